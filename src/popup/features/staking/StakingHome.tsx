import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { Summary } from '../approve/Summary.tsx';
import { txStatusText } from '../send/tx-text.ts';

const NAV = [
  ['/yield', 'nav.yield'],
  ['/validators', 'staking.navValidators'],
  ['/stake', 'staking.navStake'],
  ['/stake-batch', 'staking.navBatch'],
] as const;

/** The staking entry points on the home screen, and the latest staking transactions with their status. */
export function StakingHome() {
  const { t } = useI18n();
  const history = useSubscription('pri(staking.history)');
  return (
    <section className="stack" aria-label={t('staking.nav')}>
      <nav aria-label={t('staking.nav')} className="row" style={{ flexWrap: 'wrap' }}>
        {NAV.map(([path, key]) => (
          <button key={path} type="button" onClick={() => navigate(path)}>
            {t(key)}
          </button>
        ))}
      </nav>
      {history && history.length > 0 && (
        <ul
          aria-label={t('staking.history')}
          className="stack"
          style={{ listStyle: 'none', padding: 0, margin: 0, gap: 4 }}
        >
          {history.slice(0, 5).map((r) => (
            <li key={r.id} className="card stack" style={{ gap: 2, fontSize: 12 }} data-status={r.status}>
              <Summary summary={r.summary} level={1} />
              <span className={r.status === 'failed' || r.status === 'dropped' ? 'error' : 'muted'}>
                {txStatusText(t, r)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
