import { useCallback, useEffect, useState } from 'react';
import type { PositionYield, YieldView } from '../../../protocol/domains/yield-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { api } from '../../api/client.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { Claimable } from './Claimable.tsx';
import { Halving } from './Halving.tsx';
import { PositionCard } from './PositionCard.tsx';
import { percent, units } from './format.ts';
import { IMPLAUSIBLE_APY, summarise } from './summary.ts';

/**
 * Yield: a summary (earned in 24 h, 7 and 30 days, blended APY), what root is owed in one Claimable card, then one
 * row per position grouped by account, each opening to its table, chart and explanation. The halving and how the
 * figures were read are behind a disclosure.
 */
export function Yield() {
  const { t, locale } = useI18n();
  const accounts = useSubscription('pri(accounts.subscribe)');
  const [view, setView] = useState<YieldView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    setBusy(true);
    api.send('pri(yield.get)', null).then(
      (v) => {
        setView(v);
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        setError(e);
        setBusy(false);
      },
    );
  }, []);
  useEffect(load, [load]);
  const nameOf = (address: string) => accounts?.find((a) => a.address === address)?.name ?? shortAddress(address);
  const groups = new Map<string, PositionYield[]>();
  for (const p of view?.positions ?? []) groups.set(p.account, [...(groups.get(p.account) ?? []), p]);
  const sum = view ? summarise(view.positions) : null;
  return (
    <main className="stack" aria-busy={busy}>
      {error !== null && <ErrorLine error={error} />}
      {!view && busy && <p className="muted">{t('yield.loading')}</p>}
      {view && view.positions.length === 0 && <p className="muted">{t('yield.none')}</p>}
      {sum && view && view.positions.length > 0 && (
        <section aria-label={t('yield.summary')} className="card stack" data-testid="yield-summary" style={{ gap: 4 }}>
          <strong>{t('yield.summary')}</strong>
          <dl className="row num-text" style={{ margin: 0, justifyContent: 'space-between', flexWrap: 'wrap' }}>
            {(['day', 'week', 'month'] as const).map((w) => (
              <div key={w} className="stack" style={{ gap: 0 }}>
                <dt className="muted">{t(`yield.window.${w}`)}</dt>
                <dd className="num" style={{ margin: 0 }}>
                  {units(sum[w].toString(), 'τ', locale, 4)}
                </dd>
              </div>
            ))}
          </dl>
          <span className="muted">
            {sum.blendedApy === null
              ? t('yield.noProjection')
              : t('yield.blended', {
                  apy:
                    sum.blendedApy > IMPLAUSIBLE_APY
                      ? t('yield.apyImplausible', { limit: percent(IMPLAUSIBLE_APY, locale) })
                      : percent(sum.blendedApy, locale),
                })}
          </span>
        </section>
      )}
      {view && view.positions.length > 0 && (
        <section aria-label={t('yield.positions')} className="stack">
          <Claimable positions={view.positions} nameOf={nameOf} />
          {[...groups].map(([account, list]) => (
            <section key={account} aria-label={nameOf(account)} className="stack" style={{ gap: 6 }}>
              <h2 style={{ fontSize: 15 }}>{nameOf(account)}</h2>
              {list.map((p) => (
                <PositionRow key={`${p.hotkey}|${p.netuid}`} p={p} />
              ))}
            </section>
          ))}
        </section>
      )}
      {view && (
        <details className="card">
          <summary>{t('yield.about')}</summary>
          <div className="stack" style={{ marginTop: 8 }}>
            <Halving halving={view.halving} />
            <p className="muted" style={{ fontSize: 12, margin: 0 }}>
              {t('yield.queries', { queries: view.archiveQueries, ms: view.computeMs })}
            </p>
            <button type="button" onClick={load} disabled={busy}>
              {t('yield.refresh')}
            </button>
          </div>
        </details>
      )}
    </main>
  );
}

/** One position in one line (validator, subnet, value, earned in 30 days); open for its card. */
function PositionRow({ p }: { p: PositionYield }) {
  const { t, locale } = useI18n();
  const month = p.realised?.find((w) => w.window === 'month');
  const validator = p.validatorName ?? shortAddress(p.hotkey);
  return (
    <details className="position-row">
      <summary className="num-text">
        {t('yield.row', {
          validator,
          subnet: t('portfolio.subnet', {
            netuid: p.netuid,
            name: p.netuid === 0 ? t('yield.rootName') : p.subnetName,
          }),
          value: units(p.tao, 'τ', locale, 4),
          earned: month ? units(month.tao, 'τ', locale, 4) : t('yield.rowNoHistory'),
        })}
      </summary>
      <PositionCard p={p} />
    </details>
  );
}
