import type { AccountView } from '../../protocol/domains/accounts-values.ts';

/** Picks one of these accounts by name (send from, receive to, stake with). */
export function AccountSelect({
  label,
  accounts,
  value,
  onChange,
  detail,
}: {
  label: string;
  /** Shown after the name in each option (its balance), when known. */
  detail?: (account: AccountView) => string | undefined;
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
            {detail?.(a) ? `${a.name} · ${detail(a)}` : a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
