import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { PortfolioView } from '../../../protocol/domains/chain-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { AccountCard } from './AccountCard.tsx';

/**
 * The balances tab: one list, one item per account (its balances and positions when the chain has been read,
 * else its name and address), then adding another account.
 */
export function Portfolio({ accounts, view }: { accounts: AccountView[]; view: PortfolioView | null }) {
  const { t, locale } = useI18n();
  return (
    <section className="stack" aria-label={t('portfolio.title')}>
      {view?.cached && (
        <p className="muted" data-testid="portfolio-cached">
          {t('portfolio.cached', { time: new Date(view.at).toLocaleTimeString(locale) })}
        </p>
      )}
      <ul className="stack" aria-label={t('accounts.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {accounts.map((a) => (
          <li key={a.id}>
            <AccountCard account={a} data={view?.accounts.find((p) => p.address === a.address)} />
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" style={{ flex: 1 }} onClick={() => navigate('/create')}>
          {t('accounts.create')}
        </button>
        <button type="button" style={{ flex: 1 }} onClick={() => navigate('/import')}>
          {t('accounts.import')}
        </button>
      </div>
    </section>
  );
}
