import { lazy, Suspense, type ReactNode } from 'react';
import { DEFAULT_SETTINGS } from '../protocol/domains/settings-values.ts';
import { Footer } from './components/Footer.tsx';
import { Header } from './components/Header.tsx';
import { AccountList } from './features/accounts/AccountList.tsx';
import { ApproveWindow } from './features/approve/ApproveWindow.tsx';
import { Portfolio } from './features/portfolio/Portfolio.tsx';
import { StakingHome } from './features/staking/StakingHome.tsx';
import { CreateVault } from './features/vault/CreateVault.tsx';
import { Unlock } from './features/vault/Unlock.tsx';
import { I18nProvider, localeOf, useI18n, useLoadedLocale } from './i18n/index.tsx';
import { useRoute } from './state/route.ts';
import { useSettings } from './state/use-settings.ts';
import { useSubscription } from './state/use-subscription.ts';
import { useTheme } from './state/use-theme.ts';

// Screens other than the first are loaded when first opened, so the popup parses less before its first paint.
// The approval window is a first screen too (a dApp opens it, often with a burst of requests): as a lazy chunk
// it waited ~300 ms for its file while the browser carried 100 queued requests (load test), in the bundle ~0.
const AccountDetail = lazy(() => import('./features/accounts/AccountDetail.tsx').then((m) => ({ default: m.AccountDetail })));
const CreateAccount = lazy(() => import('./features/accounts/CreateAccount.tsx').then((m) => ({ default: m.CreateAccount })));
const ImportAccount = lazy(() => import('./features/accounts/ImportAccount.tsx').then((m) => ({ default: m.ImportAccount })));
const AddressBook = lazy(() => import('./features/addressbook/AddressBook.tsx').then((m) => ({ default: m.AddressBook })));
const History = lazy(() => import('./features/history/History.tsx').then((m) => ({ default: m.History })));
const Networks = lazy(() => import('./features/networks/Networks.tsx').then((m) => ({ default: m.Networks })));
const Explain = lazy(() => import('./features/yield/Explain.tsx').then((m) => ({ default: m.Explain })));
const Yield = lazy(() => import('./features/yield/Yield.tsx').then((m) => ({ default: m.Yield })));
const Receive = lazy(() => import('./features/receive/Receive.tsx').then((m) => ({ default: m.Receive })));
const Send = lazy(() => import('./features/send/Send.tsx').then((m) => ({ default: m.Send })));
const Batch = lazy(() => import('./features/staking/Batch.tsx').then((m) => ({ default: m.Batch })));
const Proxies = lazy(() => import('./features/staking/Proxies.tsx').then((m) => ({ default: m.Proxies })));
const ClaimRoot = lazy(() => import('./features/staking/ClaimRoot.tsx').then((m) => ({ default: m.ClaimRoot })));
const Stake = lazy(() => import('./features/staking/Stake.tsx').then((m) => ({ default: m.Stake })));
const Validators = lazy(() => import('./features/validators/Validators.tsx').then((m) => ({ default: m.Validators })));
const Settings = lazy(() => import('./pages/Settings.tsx').then((m) => ({ default: m.Settings })));

/** While a screen's code loads (a few ms, once): an empty busy main. */
function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<main aria-busy="true" />}>{children}</Suspense>;
}

function Screens({ route, settings }: { route: string[]; settings: typeof DEFAULT_SETTINGS }) {
  const { t } = useI18n();
  const vault = useSubscription('pri(vault.subscribe)', null);
  const accounts = useSubscription('pri(accounts.subscribe)', null);

  if (route[0] === 'settings') return <Later><Settings settings={settings} unlocked={vault?.locked === false} /></Later>;
  if (!vault) return <Header title={t('app.name')} />;
  if (route[0] === 'approve') return <ApproveWindow id={route[1]} vault={vault} accounts={accounts} />;
  const page = (title: string, body: ReactNode, back?: string) => (
    <>
      <Header title={title} back={back} canLock={!vault.locked} />
      {body}
    </>
  );
  // A screen of its own chunk (the first open's screens are in the bundle and need no boundary).
  const later = (title: string, body: ReactNode, back?: string) => page(title, <Later>{body}</Later>, back);
  if (!vault.initialised) return page(t('app.name'), <CreateVault />);
  if (vault.locked) return page(t('app.name'), <Unlock />);
  if (!accounts) return page(t('app.name'), <main aria-busy="true" />);

  switch (route[0]) {
    case 'create':
      return later(t('accounts.create'), <CreateAccount />, '/');
    case 'import':
      return later(t('accounts.import'), <ImportAccount />, '/');
    case 'account': {
      const account = accounts.find((a) => a.id === route[1]);
      return later(account?.name ?? t('errors.not-found'), account ? <AccountDetail key={account.id} account={account} /> : <main />, '/');
    }
    case 'send':
      return later(t('send.title'), <Send accounts={accounts} />, '/');
    case 'receive':
      return later(t('receive.title'), <Receive accounts={accounts} />, '/');
    case 'history':
      return later(t('history.title'), <History />, '/');
    case 'addressbook':
      return later(t('book.title'), <AddressBook />, '/');
    case 'validators':
      return later(t('validators.title'), <Validators />, '/');
    case 'stake':
      return later(t('staking.title'), <Stake key={route.join('/')} accounts={accounts} route={route} />, '/');
    case 'claim-root':
      return later(route[2] === undefined ? t('claimType.open') : t('claim.title'), <ClaimRoot accounts={accounts} route={route} />, '/yield');
    case 'stake-batch':
      return later(t('batch.title'), <Batch accounts={accounts} />, '/');
    case 'staking-proxies':
      return later(t('proxies.title'), <Proxies accounts={accounts} />, '/');
    case 'networks':
      return later(t('networks.title'), <Networks />, '/');
    case 'yield':
      if (route[1] === 'explain' && route[2] && route[3] && route[4]) return later(t('yield.explainTitle'), <Explain account={route[2]} hotkey={route[3]} netuid={Number(route[4])} />, '/yield');
      return later(t('yield.title'), <Yield />, '/');
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
  const locale = useLoadedLocale(localeOf(settings));
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  return (
    <I18nProvider locale={locale}>
      <Screens route={route} settings={settings} />
      <Footer />
    </I18nProvider>
  );
}
