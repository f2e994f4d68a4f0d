import { useI18n } from '../../i18n/index.tsx';
import { useStepFocus } from '../../state/use-step-focus.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { Summary } from '../approve/Summary.tsx';
import { txStatusText } from '../send/tx-text.ts';
import { cost } from './format.ts';

/** Follows one staking transaction: submitted → in block → finalized, or failed with the reason as a sentence. */
export function StakeStatus({ id, onDone }: { id: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const history = useSubscription('pri(staking.history)');
  const record = history?.find((r) => r.id === id);
  const failed = record?.status === 'failed' || record?.status === 'dropped';
  const focus = useStepFocus<HTMLDivElement>();
  return (
    <section className="stack" aria-label={t('staking.status')}>
      <div ref={focus} tabIndex={-1} data-testid="status-heading">
        {record ? <Summary summary={record.summary} /> : <h2>{t('staking.status')}</h2>}
      </div>
      <p
        aria-live="polite"
        role={failed ? 'alert' : undefined}
        data-testid="tx-status"
        data-status={record?.status ?? 'submitted'}
        className={failed ? 'error' : undefined}
      >
        {record ? txStatusText(t, record) : t('tx.submitted')}
      </p>
      {record?.wrapperHash && (
        <p className="muted" data-testid="status-shield" style={{ margin: 0 }}>
          {t('shield.sent')}
        </p>
      )}
      {record?.shieldFallback && (
        <p role="note" className="warning" data-testid="status-shield" style={{ margin: 0 }}>
          {t(`shield.off.${record.shieldFallback}`)}
        </p>
      )}
      {record && (
        <span className="muted">
          {t('staking.labelValue', { label: t('staking.txFee'), value: cost(record.fee, locale) })}
        </span>
      )}
      {record && (
        <code className="muted" style={{ wordBreak: 'break-all', fontSize: 12 }}>
          {record.hash}
        </code>
      )}
      <button type="button" className="primary" onClick={onDone}>
        {t('staking.done')}
      </button>
    </section>
  );
}
