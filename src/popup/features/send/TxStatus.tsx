import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { tao } from '../portfolio/amounts.ts';
import { txStatusText } from './tx-text.ts';

/** Follows one transaction of the history: submitted → in block → finalized, or failed with the reason. */
export function TxStatus({ id, onDone }: { id: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const history = useSubscription('pri(transfers.history)', null);
  const record = history?.find((r) => r.id === id);
  return (
    <section className="stack" aria-label={t('send.status')}>
      <h2>{t('send.status')}</h2>
      {record ? (
        <>
          <p>{tao(record.amount, locale, true)}</p>
          <p
            aria-live="polite"
            data-testid="tx-status"
            data-status={record.status}
            className={record.status === 'failed' || record.status === 'dropped' ? 'error' : undefined}
          >
            {txStatusText(t, record)}
          </p>
          <code className="muted" style={{ wordBreak: 'break-all', fontSize: 11 }}>
            {record.hash}
          </code>
        </>
      ) : (
        <p aria-live="polite">{t('tx.submitted')}</p>
      )}
      <button type="button" className="primary" onClick={onDone}>
        {t('send.done')}
      </button>
    </section>
  );
}
