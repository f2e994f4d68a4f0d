import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { Address } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';

export function AccountList({ accounts }: { accounts: AccountView[] }) {
  const { t } = useI18n();
  return (
    <section className="stack" style={{ gap: 12 }}>
      {accounts.length === 0 ? (
        <p className="muted">{t('accounts.none')}</p>
      ) : (
        <ul className="stack" aria-label={t('accounts.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {accounts.map((a) => (
            <li key={a.id} className="card row">
              <Address address={a.address} name={a.name} />
              {a.watchOnly && <span className="muted">{t('accounts.watchOnly')}</span>}
              <button
                type="button"
                className="icon"
                aria-label={t('accounts.open', { name: a.name })}
                onClick={() => navigate(`/account/${a.id}`)}
              >
                ›
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="primary" style={{ flex: 1 }} onClick={() => navigate('/create')}>
          {t('accounts.create')}
        </button>
        <button type="button" style={{ flex: 1 }} onClick={() => navigate('/import')}>
          {t('accounts.import')}
        </button>
      </div>
    </section>
  );
}
