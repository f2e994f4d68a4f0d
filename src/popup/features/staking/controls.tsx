import { useId } from 'react';
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

/** An amount with what is available beside it and a Max button that fills a number. */
export function AmountField({
  label,
  value,
  onChange,
  available,
  onMax,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  available: string | null;
  onMax: (() => void) | null;
}) {
  const { t } = useI18n();
  const hint = useId();
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <label style={{ flex: 1 }}>
          {label}
          <input
            value={value}
            onChange={(e) => onChange(e.target.value)}
            inputMode="decimal"
            autoComplete="off"
            aria-describedby={available ? hint : undefined}
          />
        </label>
        <button type="button" onClick={onMax ?? undefined} disabled={!onMax} aria-label={t('staking.maxLabel')}>
          {t('staking.max')}
        </button>
      </div>
      {available && (
        <span id={hint} className="muted num-text" data-testid="available" style={{ fontSize: 13 }}>
          {t('staking.available', { amount: available })}
        </span>
      )}
    </div>
  );
}

const TABS = ['stake', 'unstake', 'move'] as const;

/** Stake / Unstake / Move as tabs (arrow keys move between them, as in a tab list). */
export function OpTabs({ value, onChange }: { value: string; onChange: (op: (typeof TABS)[number]) => void }) {
  const { t } = useI18n();
  const go = (i: number) => {
    const next = TABS[(i + TABS.length) % TABS.length]!;
    onChange(next);
    document.getElementById(`stake-tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('staking.op')} className="row tabs">
      {TABS.map((o, i) => (
        <button
          key={o}
          id={`stake-tab-${o}`}
          type="button"
          role="tab"
          aria-selected={value === o}
          tabIndex={value === o || (i === 0 && !TABS.some((x) => x === value)) ? 0 : -1}
          onClick={() => onChange(o)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') go(i + 1);
            if (e.key === 'ArrowLeft') go(i - 1);
          }}
          style={{ flex: 1 }}
        >
          {t(`staking.tab.${o}`)}
        </button>
      ))}
    </div>
  );
}
