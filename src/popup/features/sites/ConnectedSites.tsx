import { useState } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { SiteView } from '../../../protocol/domains/approvals-values.ts';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';

function Site({ site, accounts, onError }: { site: SiteView; accounts: AccountView[]; onError(e: unknown): void }) {
  const { t } = useI18n();
  const toggle = (id: string) => {
    const next = site.accountIds.includes(id) ? site.accountIds.filter((x) => x !== id) : [...site.accountIds, id];
    api.send('pri(sites.update)', { origin: site.origin, accountIds: next }).catch(onError);
  };
  return (
    <li className="card stack" style={{ gap: 6 }}>
      <strong style={{ wordBreak: 'break-all' }}>{site.origin}</strong>
      <span className="muted" style={{ fontSize: 12 }}>
        {site.appName}
      </span>
      <fieldset className="stack" style={{ border: 'none', padding: 0, margin: 0, gap: 4 }}>
        <legend className="muted" style={{ fontSize: 12 }}>
          {t('sites.accounts', { origin: site.origin })}
        </legend>
        {accounts.map((a) => (
          <label key={a.id} className="row" style={{ flexDirection: 'row', fontWeight: 400 }}>
            <input
              type="checkbox"
              checked={site.accountIds.includes(a.id)}
              onChange={() => toggle(a.id)}
              aria-label={`${site.origin}: ${a.name}`}
            />
            {a.name}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="danger"
        onClick={() => api.send('pri(sites.revoke)', { origin: site.origin }).catch(onError)}
      >
        {t('sites.revoke', { origin: site.origin })}
      </button>
    </li>
  );
}

/** Settings: every site the person authorised, with the accounts it sees (edit) and a way to disconnect it. */
export function ConnectedSites() {
  const { t } = useI18n();
  const sites = useSubscription('pri(sites.subscribe)');
  const accounts = useSubscription('pri(accounts.subscribe)');
  const [error, setError] = useState<unknown>(null);
  const usable = (accounts ?? []).filter((a) => !a.watchOnly);
  return (
    <section className="stack" aria-label={t('sites.title')}>
      <h2 style={{ fontSize: 16 }}>{t('sites.title')}</h2>
      {sites && sites.length === 0 && <p className="muted">{t('sites.none')}</p>}
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(sites ?? []).map((s) => (
          <Site key={s.origin} site={s} accounts={usable} onError={setError} />
        ))}
      </ul>
      <ErrorLine error={error} />
    </section>
  );
}
