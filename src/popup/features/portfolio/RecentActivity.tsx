import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { Summary } from '../approve/Summary.tsx';
import { txStatusText } from '../send/tx-text.ts';
import { tao } from './amounts.ts';

/** The home's activity tab: the latest few transactions on this network, and the way to the full list. */
export function RecentActivity() {
  const { t, locale } = useI18n();
  const transfers = useSubscription('pri(transfers.history)') ?? [];
  const staking = useSubscription('pri(staking.history)') ?? [];
  const networks = useSubscription('pri(networks.subscribe)');
  const latest = [...transfers, ...staking]
    .filter((r) => r.networkId === networks?.selected)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, 5);
  return (
    <section className="stack" aria-label={t('home.activity')}>
      {latest.length === 0 ? (
        <p className="muted">{t('history.none')}</p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: 4 }}>
          {latest.map((r) => (
            <li key={r.id} className="card stack" style={{ gap: 2 }} data-status={r.status}>
              {r.kind === 'transfer' ? (
                <strong>{t('history.entry', { amount: tao(r.amount, locale, true), to: shortAddress(r.to) })}</strong>
              ) : (
                <Summary summary={r.summary} level={1} />
              )}
              <span className={r.status === 'failed' || r.status === 'dropped' ? 'error' : 'muted'}>
                {txStatusText(t, r)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted" style={{ margin: 0, fontSize: 12 }}>
        {t('history.scope')}
      </p>
      <button type="button" onClick={() => navigate('/history')}>
        {t('home.allActivity')}
      </button>
    </section>
  );
}
