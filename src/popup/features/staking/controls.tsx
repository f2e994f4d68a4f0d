import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { percentToBps } from './format.ts';

export function AccountSelect({ accounts, value, onChange }: { accounts: AccountView[]; value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('staking.account')}
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

/** The slippage tolerance of this trade (defaults to the setting); warns above 5%. */
export function SlippageField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  const bps = percentToBps(value);
  return (
    <>
      <Field label={t('staking.slippage')} value={value} onChange={(e) => onChange(e.target.value)} inputMode="decimal" />
      {bps !== null && bps > 500 && (
        <p role="note" className="warning" style={{ margin: 0 }}>
          {t('staking.warn.tolerance-risky')}
        </p>
      )}
    </>
  );
}
