import { useId } from 'react';
import { useFieldNotes } from '../../components/Field.tsx';
import { shortAddress } from '../../components/Address.tsx';

export interface Suggestion {
  address: string;
  name: string;
  /** 'own' | 'contact' | 'recent', in the person's language. */
  group: string;
}

/** The one recipient field: type any address, or pick from own accounts, contacts and recent recipients. */
export function RecipientField({
  label,
  hint,
  value,
  suggestions,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  suggestions: Suggestion[];
  onChange: (address: string) => void;
}) {
  const listId = useId();
  const { describedBy, notes } = useFieldNotes(hint);
  const known = suggestions.find((s) => s.address === value);
  return (
    <div className="stack" style={{ gap: 2 }}>
      <label>
        {label}
        <input
          list={listId}
          value={value}
          onChange={(e) => onChange(e.target.value.trim())}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
        />
      </label>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={`${s.group}:${s.address}`} value={s.address} label={`${s.name} · ${s.group}`} />
        ))}
      </datalist>
      {known && (
        <span className="muted" data-testid="recipient-name" style={{ fontSize: 12 }}>
          {known.name} · {shortAddress(known.address)}
        </span>
      )}
      {notes}
    </div>
  );
}
