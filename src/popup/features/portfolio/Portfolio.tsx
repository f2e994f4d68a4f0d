import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { errorText, useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { AccountCard } from './AccountCard.tsx';
import { tao } from './amounts.ts';
import { NetworkStatus } from './NetworkStatus.tsx';

const NAV = [
  ['/send', 'nav.send'],
  ['/receive', 'nav.receive'],
  ['/history', 'nav.history'],
  ['/addressbook', 'nav.addressBook'],
  ['/networks', 'nav.networks'],
  ['/yield', 'nav.yield'],
] as const;

/** The home after unlock: network status, totals, each account's balances and positions, navigation. */
export function Portfolio({ accounts }: { accounts: AccountView[] }) {
  const { t, locale } = useI18n();
  const networks = useSubscription('pri(networks.subscribe)', null);
  const portfolio = useSubscription('pri(portfolio.subscribe)', null);
  const view = portfolio && networks && portfolio.networkId === networks.selected ? portfolio : null;
  const nameOf = (address: string) => accounts.find((a) => a.address === address)?.name ?? address;
  return (
    <section className="stack" aria-label={t('portfolio.title')}>
      <NetworkStatus state={networks} />
      <nav aria-label={t('nav.main')} className="row" style={{ flexWrap: 'wrap' }}>
        {NAV.map(([path, key]) => (
          <button
            key={path}
            type="button"
            className={path === '/send' ? 'primary' : undefined}
            onClick={() => navigate(path)}
          >
            {t(key)}
          </button>
        ))}
      </nav>
      {view?.unreadable ? (
        <p role="alert" className="error" data-testid="portfolio-unreadable">
          {errorText(t, view.unreadable)}
        </p>
      ) : view ? (
        <>
          {view.cached && (
            <p className="muted" data-testid="portfolio-cached">
              {t('portfolio.cached', { time: new Date(view.at).toLocaleTimeString(locale) })}
            </p>
          )}
          <p className="row" style={{ justifyContent: 'space-between', margin: 0 }}>
            <span>{t('portfolio.total')}</span>
            <strong aria-label={t('portfolio.total')} title={tao(view.totals.total, locale, true)}>
              {tao(view.totals.total, locale)}
            </strong>
          </p>
          {view.accounts.map((a) => (
            <AccountCard key={a.address} name={nameOf(a.address)} data={a} block={view.block} />
          ))}
        </>
      ) : (
        <p className="muted">{t('portfolio.noData')}</p>
      )}
    </section>
  );
}
