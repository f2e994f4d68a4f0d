import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { useAsk } from '../../state/use-ask.ts';
import { StakeFlowScreens } from './flow.tsx';

/** Add or remove a Staking proxy of an account; each change goes through the shared review and status. */
export function Proxies({ accounts }: { accounts: AccountView[] }) {
  const { t } = useI18n();
  const signers = accounts.filter((a) => !a.watchOnly);
  const [accountId, setAccountId] = useState(signers[0]?.id ?? '');
  const [delegate, setDelegate] = useState('');
  const proxies = useAsk('pri(staking.proxies)', accountId ? { accountId } : null);
  const state = proxies.value;

  return (
    <StakeFlowScreens>
      {(flow) => {
        const submit = (e: FormEvent) => {
          e.preventDefault();
          flow.review({ accountId, op: { op: 'addProxy', delegate: delegate.trim() } });
        };
        return (
          <div className="stack">
            <p className="muted" style={{ margin: 0 }}>
              {t('proxies.help')}
            </p>
            <AccountSelect label={t('staking.account')} accounts={signers} value={accountId} onChange={setAccountId} />
            <ul aria-label={t('proxies.list')} className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {accountId && !state && !proxies.error && (
                <li className="muted" aria-busy="true">
                  {t('common.loading')}
                </li>
              )}
              {state && state.proxies.length === 0 && <li className="muted">{t('proxies.none')}</li>}
              {state?.proxies.map((p) => (
                <li
                  key={`${p.delegate}:${p.proxyType}`}
                  className="card row"
                  style={{ justifyContent: 'space-between' }}
                >
                  <span title={p.delegate}>
                    {t('proxies.entry', { address: shortAddress(p.delegate), type: p.proxyType })}
                  </span>
                  {p.proxyType === 'Staking' && (
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('proxies.remove', { address: shortAddress(p.delegate) })}
                      onClick={() => flow.review({ accountId, op: { op: 'removeProxy', delegate: p.delegate } })}
                    >
                      ✕
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <ErrorLine error={proxies.error} />
            <form className="stack" onSubmit={submit} aria-label={t('proxies.add')}>
              <Field
                label={t('proxies.delegate')}
                value={delegate}
                onChange={(e) => setDelegate(e.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
              <button type="submit" className="primary" disabled={flow.busy || !delegate.trim()}>
                {flow.busy ? t('common.working') : t('proxies.add')}
              </button>
            </form>
          </div>
        );
      }}
    </StakeFlowScreens>
  );
}
