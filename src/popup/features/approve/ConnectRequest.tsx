import { useState } from 'react';
import type { ConnectApproval } from '../../../protocol/domains/approvals-values.ts';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { Address } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { tao } from '../portfolio/amounts.ts';
import { Decide, From } from './parts.tsx';

export function ConnectRequest({
  request,
  accounts,
  decide,
}: {
  request: ConnectApproval;
  accounts: AccountView[];
  decide(approve: boolean, accountIds?: string[]): void;
}) {
  const { t, locale } = useI18n();
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const freeOf = (address: string) => portfolio?.accounts.find((b) => b.address === address)?.free;
  const usable = accounts.filter((a) => !a.watchOnly);
  const [chosen, setChosen] = useState<string[]>(() => (usable[0] ? [usable[0].id] : []));
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <>
      <h2>{t('approve.connect.title')}</h2>
      <From origin={request.origin} appName={request.appName} topOrigin={request.topOrigin} />
      <p className="muted" style={{ margin: 0 }}>
        {t('approve.connect.body')}
      </p>
      {usable.length === 0 ? (
        <p role="alert">{t('approve.connect.noAccounts')}</p>
      ) : (
        <fieldset className="stack" style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 500, marginBottom: 6 }}>{t('approve.connect.choose')}</legend>
          {usable.length > 1 && (
            <label className="row" style={{ flexDirection: 'row', padding: '0 8px' }}>
              <input
                type="checkbox"
                checked={chosen.length === usable.length}
                onChange={(e) => setChosen(e.target.checked ? usable.map((a) => a.id) : [])}
              />
              {t('approve.connect.selectAll')}
            </label>
          )}
          {usable.map((a) => (
            <label key={a.id} className="row card" style={{ flexDirection: 'row', padding: 8 }}>
              <input
                type="checkbox"
                aria-label={a.name}
                checked={chosen.includes(a.id)}
                onChange={() => toggle(a.id)}
              />
              <Address address={a.address} name={a.name} />
              {freeOf(a.address) !== undefined && (
                <span className="muted num" style={{ marginLeft: 'auto' }}>
                  {t('approve.connect.free', { free: tao(freeOf(a.address) ?? '0', locale) })}
                </span>
              )}
            </label>
          ))}
        </fieldset>
      )}
      <Decide
        approveLabel={t('approve.approve')}
        disabled={chosen.length === 0}
        onApprove={() => decide(true, chosen)}
        onReject={() => decide(false)}
      />
    </>
  );
}
