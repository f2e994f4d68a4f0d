import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { percentToBps } from './format.ts';

/** The slippage tolerance of this trade (defaults to the setting); warns above 5%. */
export function SlippageField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  const bps = percentToBps(value);
  return (
    <>
      <Field
        label={t('staking.slippage')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode="decimal"
      />
      {bps !== null && bps > 500 && (
        <p role="note" className="warning" style={{ margin: 0 }}>
          {t('staking.warn.tolerance-risky')}
        </p>
      )}
    </>
  );
}
