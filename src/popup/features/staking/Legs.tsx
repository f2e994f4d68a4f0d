import type { TradeLeg } from '../../../protocol/domains/staking-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { full, ppmPercent, price } from './format.ts';

/**
 * Every swap of the operation: amounts from the chain's simulation (or an estimate, said so), prices, impact, fee
 * and limit. Root is TAO 1:1 with no pool: its legs are no swap and get no card. "You receive at least" only where
 * the limit promises it (see minimumOf).
 */
export function Legs({
  legs,
  ratio,
  minimumOf,
}: {
  legs: TradeLeg[];
  ratio: boolean;
  minimumOf: (leg: TradeLeg) => string | null;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      {legs.map((leg, i) => {
        if (leg.netuid === 0) return null;
        const inSym = leg.direction === 'buy' ? 'τ' : leg.symbol;
        const outSym = leg.direction === 'buy' ? leg.symbol : 'τ';
        const rows: Array<[string, string]> = [
          [t('staking.amountIn'), full(leg.amountIn, inSym, locale)],
          [t(leg.simulated ? 'staking.out' : 'staking.outEstimate'), full(leg.out, outSym, locale)],
          [t('staking.spot'), price(leg.spot, leg.symbol, locale)],
          [t('staking.spotAfter'), price(leg.spotAfter, leg.symbol, locale)],
          [t('staking.impact'), ppmPercent(leg.priceImpactPpm)],
          [t(leg.simulated ? 'staking.swapFee' : 'staking.swapFeeEstimate'), full(leg.swapFee, inSym, locale)],
          [
            ratio && i === 0 ? t('staking.limitRatio') : t('staking.limit'),
            leg.limitPrice === undefined
              ? t('staking.unlimited')
              : ratio && i === 0
                ? full(leg.limitPrice, '', locale)
                : price(leg.limitPrice, leg.symbol, locale),
          ],
        ];
        const min = minimumOf(leg);
        if (min) rows.push([t('staking.minOut'), full(min, outSym, locale)]);
        const title = t('staking.leg', {
          direction: t(leg.direction === 'buy' ? 'staking.leg.buy' : 'staking.leg.sell'),
          netuid: leg.netuid,
        });
        const note = leg.simulated ? null : (
          <p
            key={`note-${i}`}
            className="muted"
            role="note"
            data-testid={`leg-${i}-no-simulation`}
            style={{ margin: 0, fontSize: 13 }}
          >
            {t('staking.noSimulation')}
          </p>
        );
        return [
          note,
          <div
            key={i}
            role="group"
            className="card stack"
            aria-label={title}
            data-testid={`leg-${i}`}
            style={{ gap: 2 }}
          >
            <strong>{title}</strong>
            <dl className="stack" style={{ margin: 0, gap: 2, fontSize: 13 }}>
              {rows.map(([k, v]) => (
                <div key={k} className="row" style={{ justifyContent: 'space-between', flexWrap: 'wrap' }}>
                  <dt className="muted">{k}</dt>
                  <dd className="num-text" style={{ margin: 0, textAlign: 'right' }} data-testid={`leg-${i}-${k}`}>
                    {v}
                  </dd>
                </div>
              ))}
            </dl>
          </div>,
        ];
      })}
    </>
  );
}
