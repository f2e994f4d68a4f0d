import { useState } from 'react';
import type { TxRecord } from '../../../protocol/domains/chain-values.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { Summary } from '../approve/Summary.tsx';
import { tao, taoCost } from '../portfolio/amounts.ts';
import { txStatusText } from '../send/tx-text.ts';

type Entry = TxRecord | StakeTxRecord;

/**
 * This wallet's transactions (transfers and staking), newest first, with their live status: those of the selected
 * network, and on request those of every network (each then names its network).
 */
export function History() {
  const { t, locale } = useI18n();
  const transfers = useSubscription('pri(transfers.history)');
  const staking = useSubscription('pri(staking.history)');
  const networks = useSubscription('pri(networks.subscribe)');
  const [all, setAll] = useState(false);
  if (!transfers || !staking || !networks)
    return (
      <main aria-busy="true">
        <p className="muted">{t('common.loading')}</p>
      </main>
    );
  const everything: Entry[] = [...transfers, ...staking].sort((a, b) => b.createdAt - a.createdAt);
  const here = everything.filter((r) => r.networkId === networks.selected);
  const elsewhere = everything.length - here.length;
  const shown = all ? everything : here;
  const networkName = (id: string) => networks.networks.find((n) => n.id === id)?.name ?? t('history.removedNetwork');
  const current = networkName(networks.selected);
  return (
    <main>
      <p className="muted" data-testid="history-scope">
        {t('history.scope')}
      </p>
      {elsewhere > 0 && (
        <label className="row" style={{ flexDirection: 'row', fontWeight: 400 }}>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          <span>{t('history.allNetworks', { count: elsewhere })}</span>
        </label>
      )}
      {shown.length === 0 ? (
        <p className="muted">
          {everything.length === 0 ? t('history.none') : t('history.noneHere', { network: current })}
        </p>
      ) : (
        <ul aria-label={t('history.list')} className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((r) => {
            const label =
              r.kind === 'transfer'
                ? t('history.entry', { amount: tao(r.amount, locale, true), to: shortAddress(r.to) })
                : undefined;
            return (
              <li
                key={r.id}
                className="card stack"
                style={{ gap: 2 }}
                aria-label={label}
                data-status={r.status}
                data-kind={r.kind}
                data-network={r.networkId}
              >
                {r.kind === 'transfer' ? <strong>{label}</strong> : <Summary summary={r.summary} level={1} />}
                <span className="muted" style={{ fontSize: 12 }}>
                  {all && <>{networkName(r.networkId)} · </>}
                  {new Date(r.createdAt).toLocaleString(locale)} · {r.blockHash ? t('history.feePaid') : t('send.fee')}:{' '}
                  {taoCost(r.fee, locale, true)}
                </span>
                <span className={r.status === 'failed' || r.status === 'dropped' ? 'error' : undefined}>
                  {txStatusText(t, r)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
