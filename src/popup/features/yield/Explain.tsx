import type { ExplainView } from '../../../protocol/domains/yield-values.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useAsk } from '../../state/use-ask.ts';
import { Estimate } from './Estimate.tsx';
import { fractionPercent, units } from './format.ts';

/** Block emission → subnet share → validator dividends → take → this nominator's share, with the numbers used. */
export function Explain({ account, hotkey, netuid }: { account: string; hotkey: string; netuid: number }) {
  const { t, locale } = useI18n();
  const { value: view, error } = useAsk('pri(yield.explain)', { account, hotkey, netuid });
  if (error)
    return (
      <main>
        <ErrorLine error={error} />
      </main>
    );
  if (!view)
    return (
      <main aria-busy="true">
        <p className="muted">{t('common.loading')}</p>
      </main>
    );
  const sym = view.netuid === 0 ? 'τ' : view.symbol;
  const show = (s: ExplainView['steps'][number]) =>
    s.unit === 'fraction'
      ? fractionPercent(s.value, locale)
      : s.unit === 'tao'
        ? units(s.value, 'τ', locale, 9)
        : units(s.value, sym, locale, 9);
  return (
    <main className="stack" style={{ fontSize: 12 }}>
      <ol aria-label={t('yield.explainTitle')} className="stack" style={{ paddingLeft: 18, margin: 0, gap: 4 }}>
        {view.steps.map((s) => (
          <li key={s.key} data-step={s.key}>
            <span>{t(`yield.step.${s.key}`)}</span>: <strong>{show(s)}</strong>
          </li>
        ))}
      </ol>
      <p className="muted">{t('yield.tempo', { tempo: view.tempo })}</p>
      {view.afterHalvingDay && <p>{t('yield.afterHalving', { day: units(view.afterHalvingDay, sym, locale) })}</p>}
      <Estimate hotkey={hotkey} netuid={netuid} symbol={sym} />
    </main>
  );
}
