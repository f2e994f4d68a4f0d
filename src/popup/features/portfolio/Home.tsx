import { useState } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { Menu } from '../../components/Menu.tsx';
import { errorText, useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { StakingHome } from '../staking/StakingHome.tsx';
import { tao } from './amounts.ts';
import { NetworkStatus } from './NetworkStatus.tsx';
import { Portfolio } from './Portfolio.tsx';
import { RecentActivity } from './RecentActivity.tsx';
import { Tabs } from './Tabs.tsx';

const ACTIONS = [
  ['/send', 'nav.send'],
  ['/receive', 'nav.receive'],
  ['/stake', 'home.stake'],
  ['/history', 'home.activity'],
] as const;
const MENU = [
  ['/networks', 'nav.networks'],
  ['/addressbook', 'nav.addressBook'],
  ['/staking-proxies', 'staking.navProxies'],
] as const;
type Tab = 'balances' | 'staking' | 'activity';

/**
 * The home after unlock: the total large at the top (watch-only accounts apart unless asked), four primary
 * actions, a menu for the rest, then tabs: balances (one list of accounts and their positions), staking, activity.
 */
export function Home({ accounts }: { accounts: AccountView[] }) {
  const { t, locale } = useI18n();
  const networks = useSubscription('pri(networks.subscribe)');
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const [tab, setTab] = useState<Tab>('balances');
  const [withWatch, setWithWatch] = useState(false);
  const view = portfolio && networks && portfolio.networkId === networks.selected ? portfolio : null;
  const watched = new Set(accounts.filter((a) => a.watchOnly).map((a) => a.address));
  const counted = view?.accounts.filter((a) => withWatch || !watched.has(a.address)) ?? [];
  const total = counted.reduce((sum, a) => sum + BigInt(a.total), 0n).toString();
  return (
    <main>
      <NetworkStatus state={networks} />
      <section className="hero stack" aria-label={t('home.totalTitle')}>
        <span className="muted">{withWatch ? t('home.totalWithWatch') : t('portfolio.total')}</span>
        {view && !view.unreadable ? (
          <strong className="hero-amount" aria-label={t('portfolio.total')} title={tao(total, locale, true)}>
            {tao(total, locale)}
          </strong>
        ) : view?.unreadable ? (
          <p role="alert" className="error" data-testid="portfolio-unreadable">
            {errorText(t, view.unreadable)}
          </p>
        ) : (
          <span className="muted">{t('portfolio.noData')}</span>
        )}
        {watched.size > 0 && (
          <label className="row" style={{ flexDirection: 'row', fontWeight: 400, fontSize: 12 }}>
            <input type="checkbox" checked={withWatch} onChange={(e) => setWithWatch(e.target.checked)} />
            {t('home.includeWatch')}
          </label>
        )}
      </section>
      <div className="row">
        <nav aria-label={t('nav.main')} className="row actions" style={{ flex: 1 }}>
          {ACTIONS.map(([path, key]) => (
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
        <Menu label={t('home.more')}>
          <nav aria-label={t('home.more')} className="stack menu-items">
            {MENU.map(([path, key]) => (
              <button key={path} type="button" onClick={() => navigate(path)}>
                {t(key)}
              </button>
            ))}
          </nav>
        </Menu>
      </div>
      <Tabs
        label={t('home.tabs')}
        tabs={[
          ['balances', t('home.tab.balances')],
          ['staking', t('home.tab.staking')],
          ['activity', t('home.activity')],
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'balances' && <Portfolio accounts={accounts} view={view} />}
        {tab === 'staking' && <StakingHome />}
        {tab === 'activity' && <RecentActivity />}
      </Tabs>
    </main>
  );
}
