import { useId, type InputHTMLAttributes } from 'react';

/** A labelled input: the label text is the control's accessible name; the hint is its description. */
export function Field({
  label,
  hint,
  ...input
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const hintId = useId();
  return (
    <div className="stack" style={{ gap: 2 }}>
      <label>
        {label}
        <input {...input} aria-describedby={hint ? hintId : undefined} />
      </label>
      {hint && (
        <span id={hintId} className="muted" style={{ fontSize: 12 }}>
          {hint}
        </span>
      )}
    </div>
  );
}
