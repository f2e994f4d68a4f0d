import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { tao, taoCost } from '../portfolio/amounts.ts';
import { txStatusText } from '../send/tx-text.ts';

/** This wallet's transactions, newest first, with their live status. */
export function History() {
  const { t, locale } = useI18n();
  const history = useSubscription('pri(transfers.history)', null);
  if (!history) return <main aria-busy="true"><p className="muted">{t('common.loading')}</p></main>;
  if (history.length === 0) return <main><p className="muted">{t('history.none')}</p></main>;
  return (
    <main>
      <ul aria-label={t('history.list')} className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {history.map((r) => (
          <li key={r.id} className="card stack" style={{ gap: 2 }} aria-label={t('history.entry', { amount: tao(r.amount, locale, true), to: shortAddress(r.to) })} data-status={r.status}>
            <strong>{t('history.entry', { amount: tao(r.amount, locale, true), to: shortAddress(r.to) })}</strong>
            <span className="muted" style={{ fontSize: 12 }}>
              {new Date(r.createdAt).toLocaleString(locale)} · {t('send.fee')}: {taoCost(r.fee, locale, true)}
            </span>
            <span className={r.status === 'failed' || r.status === 'dropped' ? 'error' : undefined}>{txStatusText(t, r)}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
