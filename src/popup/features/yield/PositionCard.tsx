import type { PositionYield, WindowEarnings } from '../../../protocol/domains/yield-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { Chart } from './Chart.tsx';
import type { ChartMark } from './marks.ts';
import { fractionPercent, percent, units } from './format.ts';
import { IMPLAUSIBLE_APY, windowRate } from './summary.ts';

/**
 * One position: realised windows (or "no history yet"), projected rate, 30-day chart, a link to the explanation;
 * on root, what is owed and its claim (and, once per account, the claim type).
 */
export function PositionCard({ p, marks }: { p: PositionYield; marks?: ChartMark[] }) {
  const { t, locale } = useI18n();
  const validator = p.validatorName ?? shortAddress(p.hotkey);
  const subnet = t('portfolio.subnet', { netuid: p.netuid, name: p.netuid === 0 ? t('yield.rootName') : p.subnetName });
  const sym = p.netuid === 0 ? 'τ' : p.symbol;
  const flows = p.realised?.reduce((s, w) => (w.window === 'month' ? s + BigInt(w.flows) : s), 0n) ?? 0n;
  const chartFrom = p.chart[0];
  const chartTo = p.chart[p.chart.length - 1];
  return (
    <article
      className="card stack"
      aria-label={t('yield.position', { validator, subnet })}
      style={{ gap: 4, fontSize: 12 }}
    >
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong title={p.hotkey}>{validator}</strong>
        <span className="muted">{subnet}</span>
      </div>
      <span>
        {units(p.alpha, sym, locale, 4)} · {units(p.tao, 'τ', locale, 4)}
      </span>
      <section aria-label={t('yield.realised')}>
        <strong>{t('yield.realised')}</strong>
        {p.realised ? (
          <table style={{ width: '100%' }}>
            <tbody>
              {p.realised.map((w) => (
                <tr key={w.window} data-window={w.window}>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                    {t(`yield.window.${w.window}`)}
                    {!w.complete && <span className="muted"> ({t('yield.partial', { block: w.fromBlock })})</span>}
                  </th>
                  <td title={units(w.alpha, sym, locale, 9)}>{units(w.alpha, sym, locale)}</td>
                  {p.netuid !== 0 && <td>{units(w.tao, 'τ', locale)}</td>}
                  <td className="muted">
                    <RateCell w={w} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted" data-testid="no-history" style={{ margin: 0 }}>
            {t(p.netuid === 0 ? 'yield.rootNoHistory' : 'yield.noHistory')}
          </p>
        )}
        {flows !== 0n && (
          <p className="muted" style={{ margin: 0 }}>
            {t('yield.flowsOut', { amount: units(flows.toString(), sym, locale) })}
          </p>
        )}
        {p.realised && !p.exact && (
          <p className="muted" style={{ margin: 0 }}>
            {t(p.netuid === 0 ? 'yield.rootInexact' : 'yield.inexact')}
          </p>
        )}
        {p.netuid === 0 && p.realised && (
          <p className="muted" style={{ margin: 0 }}>
            {t('yield.rootHow')}
          </p>
        )}
        {p.rootOwed && (
          <p data-testid="root-owed" style={{ margin: 0 }}>
            {t('yield.rootOwed', {
              amount: units(p.rootOwed.tao, 'τ', locale),
              subnets: p.rootOwed.subnets.map((x) => x.netuid).join(', ') || '—',
            })}
          </p>
        )}
        {p.source === 'snapshots' && (
          <p className="muted" style={{ margin: 0 }}>
            {t('yield.fromSnapshots')}
          </p>
        )}
      </section>
      <section aria-label={t('yield.projected')}>
        <strong>{t('yield.projected')}</strong>{' '}
        {p.projected ? (
          <span data-testid="projected">
            {t('yield.projectedRate', {
              rate: fractionPercent(p.projected.dailyRate, locale),
              apy:
                p.projected.apy > IMPLAUSIBLE_APY
                  ? t('yield.apyImplausible', { limit: percent(IMPLAUSIBLE_APY, locale) })
                  : percent(p.projected.apy, locale),
            })}{' '}
            {p.projectedDay &&
              t('yield.projectedDay', {
                amount: units(p.alpha, sym, locale, 4),
                day: units(p.projectedDay, sym, locale),
              })}
          </span>
        ) : (
          <span className="muted">{t('yield.noProjection')}</span>
        )}
      </section>
      {chartFrom && chartTo && (
        <Chart
          points={p.chart}
          marks={marks}
          marksText={(n) => t('yield.chartMarks', { in: n.in, out: n.out })}
          label={t('yield.chart', { validator, subnet })}
          ends={`${units(chartFrom.alpha, sym, locale, 4)} → ${units(chartTo.alpha, sym, locale, 4)}`}
          range={t('yield.chartRange', {
            from: new Date(chartFrom.at).toLocaleDateString(locale),
            to: new Date(chartTo.at).toLocaleDateString(locale),
          })}
        />
      )}
      <button
        type="button"
        onClick={() =>
          navigate(`/yield/explain/${encodeURIComponent(p.account)}/${encodeURIComponent(p.hotkey)}/${p.netuid}`)
        }
      >
        {t('yield.explain', { validator, subnet })}
      </button>
    </article>
  );
}

/** A window's yearly rate: not annualised under three days, flagged when implausible. */
function RateCell({ w }: { w: WindowEarnings }) {
  const { t, locale } = useI18n();
  const r = windowRate(w);
  if (r.kind === 'too-early') return <span data-testid="too-early">{t('yield.tooEarly')}</span>;
  if (r.kind === 'none') return <span>—</span>;
  return (
    <span className={r.implausible ? 'warning' : undefined}>
      {t('yield.apy', { apy: percent(r.apy, locale) })}
      {r.implausible && ` ${t('yield.implausible')}`}
    </span>
  );
}

/** claim_root takes up to five subnets: the most valuable of those above the chain's claim threshold. */
export function claimableSubnets(p: PositionYield): number[] {
  return (p.rootOwed?.subnets ?? [])
    .filter((x) => x.claimable)
    .sort((a, b) => (BigInt(b.tao) > BigInt(a.tao) ? 1 : BigInt(b.tao) < BigInt(a.tao) ? -1 : 0))
    .slice(0, 5)
    .map((x) => x.netuid);
}

/** The claim type is the coldkey's, not a position's: its button goes on each account's first root position only. */
export function claimTypeLinks(positions: PositionYield[]): boolean[] {
  const linked = new Set<string>();
  return positions.map((p) => {
    if (p.rootOwed === undefined || linked.has(p.account)) return false;
    linked.add(p.account);
    return true;
  });
}
