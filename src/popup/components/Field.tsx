import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';

/** The hint and error lines under a control, and the attributes that tie them to it. */
export function useFieldNotes(hint?: string, error?: string | null) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const notes: ReactNode = (
    <>
      {hint && (
        <span id={hintId} className="muted" style={{ fontSize: 12 }}>
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="error field-error" style={{ fontSize: 12 }}>
          {error}
        </span>
      )}
    </>
  );
  return { describedBy, invalid: error ? true : undefined, notes };
}

/**
 * A labelled input: the label text is the control's accessible name; the hint and the error (shown under it,
 * usually after the field loses focus) are its description, and an error marks it aria-invalid.
 */
export function Field({
  label,
  hint,
  error,
  ref,
  ...input
}: {
  label: string;
  hint?: string;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
} & InputHTMLAttributes<HTMLInputElement>) {
  const { describedBy, invalid, notes } = useFieldNotes(hint, error);
  return (
    <div className="stack" style={{ gap: 2 }}>
      <label>
        {label}
        <input ref={ref} {...input} aria-describedby={describedBy} aria-invalid={invalid} />
      </label>
      {notes}
    </div>
  );
}

/** Field's multi-line sibling (a recovery phrase). */
export function TextAreaField({
  label,
  hint,
  error,
  ...area
}: { label: string; hint?: string; error?: string | null } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { describedBy, invalid, notes } = useFieldNotes(hint, error);
  return (
    <div className="stack" style={{ gap: 2 }}>
      <label>
        {label}
        <textarea {...area} aria-describedby={describedBy} aria-invalid={invalid} />
      </label>
      {notes}
    </div>
  );
}
