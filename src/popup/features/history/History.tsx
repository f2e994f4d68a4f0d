import type { TxRecord } from '../../../protocol/domains/chain-values.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { Summary } from '../approve/Summary.tsx';
import { tao, taoCost } from '../portfolio/amounts.ts';
import { txStatusText } from '../send/tx-text.ts';

/** This wallet's transactions (transfers and staking), newest first, with their live status. */
export function History() {
  const { t, locale } = useI18n();
  const transfers = useSubscription('pri(transfers.history)', null);
  const staking = useSubscription('pri(staking.history)', null);
  if (!transfers || !staking) return <main aria-busy="true"><p className="muted">{t('common.loading')}</p></main>;
  const history: Array<TxRecord | StakeTxRecord> = [...transfers, ...staking].sort((a, b) => b.createdAt - a.createdAt);
  if (history.length === 0) return <main><p className="muted">{t('history.none')}</p></main>;
  return (
    <main>
      <ul aria-label={t('history.list')} className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {history.map((r) => {
          const label = r.kind === 'transfer' ? t('history.entry', { amount: tao(r.amount, locale, true), to: shortAddress(r.to) }) : undefined;
          return (
            <li key={r.id} className="card stack" style={{ gap: 2 }} aria-label={label} data-status={r.status} data-kind={r.kind}>
              {r.kind === 'transfer' ? <strong>{label}</strong> : <Summary summary={r.summary} level={1} />}
              <span className="muted" style={{ fontSize: 12 }}>
                {new Date(r.createdAt).toLocaleString(locale)} · {t('send.fee')}: {taoCost(r.fee, locale, true)}
              </span>
              <span className={r.status === 'failed' || r.status === 'dropped' ? 'error' : undefined}>{txStatusText(t, r)}</span>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
