import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { tao } from '../portfolio/amounts.ts';
import { explorerUrl } from './explorer.ts';
import { txStatusText } from './tx-text.ts';

/** Follows one transaction of the history: submitted → in block → finalized, or failed with the reason. */
export function TxStatus({ id, onDone }: { id: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const history = useSubscription('pri(transfers.history)');
  const networks = useSubscription('pri(networks.subscribe)');
  const [copied, setCopied] = useState(false);
  const record = history?.find((r) => r.id === id);
  const network = networks?.networks.find((n) => n.id === record?.networkId);
  const link = record && network ? explorerUrl(network, record.blockHash) : null;
  const done = record?.status === 'finalized' || record?.status === 'inBlock';
  const copy = (hash: string) =>
    void navigator.clipboard.writeText(hash).then(
      () => setCopied(true),
      () => undefined,
    );
  return (
    <section className="stack" aria-label={t('send.status')}>
      <h2>{done ? t('send.sentTitle') : t('send.status')}</h2>
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
          <div className="row" style={{ alignItems: 'start' }}>
            <span className="muted" data-testid="tx-hash" style={{ wordBreak: 'break-all', fontSize: 12, flex: 1 }}>
              {record.hash}
            </span>
            <button type="button" onClick={() => copy(record.hash)}>
              {copied ? t('address.copied') : t('send.copyHash')}
            </button>
          </div>
          {link && (
            <a href={link} target="_blank" rel="noreferrer noopener">
              {t('send.explorer')}
            </a>
          )}
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
