import type { AccountView } from '../../protocol/domains/accounts-values.ts';

/** Picks one of these accounts by name (send from, receive to, stake with). */
export function AccountSelect({
  label,
  accounts,
  value,
  onChange,
}: {
  label: string;
  accounts: AccountView[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
