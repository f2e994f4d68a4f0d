import type { ReactNode } from 'react';
import { DEFAULT_SETTINGS } from '../protocol/domains/settings-values.ts';
import { Footer } from './components/Footer.tsx';
import { Header } from './components/Header.tsx';
import { AccountDetail } from './features/accounts/AccountDetail.tsx';
import { AccountList } from './features/accounts/AccountList.tsx';
import { CreateAccount } from './features/accounts/CreateAccount.tsx';
import { ImportAccount } from './features/accounts/ImportAccount.tsx';
import { AddressBook } from './features/addressbook/AddressBook.tsx';
import { ApproveWindow } from './features/approve/ApproveWindow.tsx';
import { History } from './features/history/History.tsx';
import { Networks } from './features/networks/Networks.tsx';
import { Explain } from './features/yield/Explain.tsx';
import { Yield } from './features/yield/Yield.tsx';
import { Portfolio } from './features/portfolio/Portfolio.tsx';
import { Receive } from './features/receive/Receive.tsx';
import { Send } from './features/send/Send.tsx';
import { Batch } from './features/staking/Batch.tsx';
import { Proxies } from './features/staking/Proxies.tsx';
import { Stake } from './features/staking/Stake.tsx';
import { StakingHome } from './features/staking/StakingHome.tsx';
import { Validators } from './features/validators/Validators.tsx';
import { CreateVault } from './features/vault/CreateVault.tsx';
import { Unlock } from './features/vault/Unlock.tsx';
import { I18nProvider, resolveLocale, useI18n } from './i18n/index.tsx';
import { Settings } from './pages/Settings.tsx';
import { useRoute } from './state/route.ts';
import { useSettings } from './state/use-settings.ts';
import { useSubscription } from './state/use-subscription.ts';
import { useTheme } from './state/use-theme.ts';

function Screens({ route, settings }: { route: string[]; settings: typeof DEFAULT_SETTINGS }) {
  const { t } = useI18n();
  const vault = useSubscription('pri(vault.subscribe)', null);
  const accounts = useSubscription('pri(accounts.subscribe)', null);

  if (route[0] === 'settings') return <Settings settings={settings} unlocked={vault?.locked === false} />;
  if (!vault) return <Header title={t('app.name')} />;
  if (route[0] === 'approve') return <ApproveWindow id={route[1]} vault={vault} accounts={accounts} />;
  const page = (title: string, body: ReactNode, back?: string) => (
    <>
      <Header title={title} back={back} canLock={!vault.locked} />
      {body}
    </>
  );
  if (!vault.initialised) return page(t('app.name'), <CreateVault />);
  if (vault.locked) return page(t('app.name'), <Unlock />);
  if (!accounts) return page(t('app.name'), <main aria-busy="true" />);

  switch (route[0]) {
    case 'create':
      return page(t('accounts.create'), <CreateAccount />, '/');
    case 'import':
      return page(t('accounts.import'), <ImportAccount />, '/');
    case 'account': {
      const account = accounts.find((a) => a.id === route[1]);
      return page(account?.name ?? t('errors.not-found'), account ? <AccountDetail key={account.id} account={account} /> : <main />, '/');
    }
    case 'send':
      return page(t('send.title'), <Send accounts={accounts} />, '/');
    case 'receive':
      return page(t('receive.title'), <Receive accounts={accounts} />, '/');
    case 'history':
      return page(t('history.title'), <History />, '/');
    case 'addressbook':
      return page(t('book.title'), <AddressBook />, '/');
    case 'validators':
      return page(t('validators.title'), <Validators />, '/');
    case 'stake':
      return page(t('staking.title'), <Stake key={route.join('/')} accounts={accounts} route={route} />, '/');
    case 'stake-batch':
      return page(t('batch.title'), <Batch accounts={accounts} />, '/');
    case 'staking-proxies':
      return page(t('proxies.title'), <Proxies accounts={accounts} />, '/');
    case 'networks':
      return page(t('networks.title'), <Networks />, '/');
    case 'yield':
      if (route[1] === 'explain' && route[2] && route[3] && route[4]) return page(t('yield.explainTitle'), <Explain account={route[2]} hotkey={route[3]} netuid={Number(route[4])} />, '/yield');
      return page(t('yield.title'), <Yield />, '/');
    default:
      return page(
        t('app.name'),
        <main>
          <Portfolio accounts={accounts} />
          <StakingHome accounts={accounts} />
          <AccountList accounts={accounts} />
        </main>,
      );
  }
}

export function App() {
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const route = useRoute();
  useTheme(settings.theme);
  const locale = resolveLocale(settings.language, navigator.language);
  document.documentElement.lang = locale;
  return (
    <I18nProvider locale={locale}>
      <Screens route={route} settings={settings} />
      <Footer />
    </I18nProvider>
  );
}
