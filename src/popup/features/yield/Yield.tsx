import { useCallback, useEffect, useState } from 'react';
import type { YieldView } from '../../../protocol/domains/yield-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { api } from '../../api/client.ts';
import { Halving } from './Halving.tsx';
import { claimTypeLinks, PositionCard } from './PositionCard.tsx';
import { units } from './format.ts';

/** Realised and projected yield of every position, per-validator totals, and the next halving. */
export function Yield() {
  const { t, locale } = useI18n();
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
  const links = view ? claimTypeLinks(view.positions) : [];
  return (
    <main className="stack" aria-busy={busy}>
      <button type="button" onClick={load} disabled={busy}>
        {t('yield.refresh')}
      </button>
      {error !== null && <ErrorLine error={error} />}
      {!view && busy && <p className="muted">{t('yield.loading')}</p>}
      {view && view.positions.length === 0 && <p className="muted">{t('yield.none')}</p>}
      {view && view.totals.length > 0 && (
        <section aria-label={t('yield.totals')} className="card stack" style={{ gap: 2, fontSize: 12 }}>
          <strong>{t('yield.totals')}</strong>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {view.totals.map((x) => (
              <li key={`${x.account}|${x.hotkey}`}>
                {t('yield.totalsRow', {
                  validator: x.validatorName ?? shortAddress(x.hotkey),
                  day: units(x.day, 'τ', locale),
                  month: units(x.month, 'τ', locale),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view && view.positions.length > 0 && (
        <section aria-label={t('yield.positions')} className="stack">
          {view.positions.map((p, i) => (
            <PositionCard key={`${p.account}|${p.hotkey}|${p.netuid}`} p={p} claimTypeLink={links[i]!} />
          ))}
        </section>
      )}
      {view && <Halving halving={view.halving} />}
      {view && (
        <p className="muted" style={{ fontSize: 11 }}>
          {t('yield.queries', { queries: view.archiveQueries, ms: view.computeMs })}
        </p>
      )}
    </main>
  );
}
