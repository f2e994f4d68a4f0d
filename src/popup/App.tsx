import type { ReactNode } from 'react';
import { DEFAULT_SETTINGS } from '../protocol/domains/settings-values.ts';
import { Footer } from './components/Footer.tsx';
import { Header } from './components/Header.tsx';
import { screenChunk } from './components/screen-chunk.tsx';
import { ApproveWindow } from './features/approve/ApproveWindow.tsx';
import { Ready } from './features/onboarding/Ready.tsx';
import { asStart, startRoute, Welcome } from './features/onboarding/Welcome.tsx';
import { Home } from './features/portfolio/Home.tsx';
import { CreateVault } from './features/vault/CreateVault.tsx';
import { Unlock } from './features/vault/Unlock.tsx';
import { I18nProvider, localeOf, useI18n, useLoadedLocale } from './i18n/index.tsx';
import { navigate, parseRoute, useRoute } from './state/route.ts';
import { useSettings } from './state/use-settings.ts';
import { useSubscription } from './state/use-subscription.ts';
import { useTheme } from './state/use-theme.ts';

// Screens other than the first are loaded when first opened (screenChunk, not React.lazy: see there), so the
// popup parses less before its first paint.
// The approval window is a first screen too (a dApp opens it, often with a burst of requests): as a lazy chunk
// it waited ~300 ms for its file while the browser carried 100 queued requests (load test), in the bundle ~0.
const AccountDetail = screenChunk(() => import('./features/accounts/AccountDetail.tsx').then((m) => m.AccountDetail));
const CreateAccount = screenChunk(() => import('./features/accounts/CreateAccount.tsx').then((m) => m.CreateAccount));
const ImportAccount = screenChunk(() => import('./features/accounts/ImportAccount.tsx').then((m) => m.ImportAccount));
const AddressBook = screenChunk(() => import('./features/addressbook/AddressBook.tsx').then((m) => m.AddressBook));
const History = screenChunk(() => import('./features/history/History.tsx').then((m) => m.History));
const Networks = screenChunk(() => import('./features/networks/Networks.tsx').then((m) => m.Networks));
const Explain = screenChunk(() => import('./features/yield/Explain.tsx').then((m) => m.Explain));
const Yield = screenChunk(() => import('./features/yield/Yield.tsx').then((m) => m.Yield));
const Receive = screenChunk(() => import('./features/receive/Receive.tsx').then((m) => m.Receive));
const Send = screenChunk(() => import('./features/send/Send.tsx').then((m) => m.Send));
const Batch = screenChunk(() => import('./features/staking/Batch.tsx').then((m) => m.Batch));
const Proxies = screenChunk(() => import('./features/staking/Proxies.tsx').then((m) => m.Proxies));
const DisputeSwap = screenChunk(() => import('./features/current/DisputeSwap.tsx').then((m) => m.DisputeSwap));
const ClaimRoot = screenChunk(() => import('./features/staking/ClaimRoot.tsx').then((m) => m.ClaimRoot));
const Stake = screenChunk(() => import('./features/staking/Stake.tsx').then((m) => m.Stake));
const Validators = screenChunk(() => import('./features/validators/Validators.tsx').then((m) => m.Validators));
const Settings = screenChunk(() => import('./pages/Settings.tsx').then((m) => m.Settings));

/** The chunk of each route's screen, started as the popup's code runs when the popup opens on that route. */
const CHUNKS: Record<string, { preload(): Promise<unknown> } | undefined> = {
  create: CreateAccount,
  import: ImportAccount,
  account: AccountDetail,
  send: Send,
  receive: Receive,
  history: History,
  addressbook: AddressBook,
  validators: Validators,
  stake: Stake,
  'claim-root': ClaimRoot,
  'dispute-swap': DisputeSwap,
  'stake-batch': Batch,
  'staking-proxies': Proxies,
  networks: Networks,
  settings: Settings,
};
const first = parseRoute(window.location.hash);
(first[0] === 'yield' ? (first[1] === 'explain' ? Explain : Yield) : CHUNKS[first[0] ?? ''])?.preload().catch(() => {
  // shown by the screen itself when it renders
});

function Screens({ route, settings }: { route: string[]; settings: typeof DEFAULT_SETTINGS }) {
  const { t } = useI18n();
  const vault = useSubscription('pri(vault.subscribe)');
  const accounts = useSubscription('pri(accounts.subscribe)');

  if (route[0] === 'settings') return <Settings settings={settings} unlocked={vault?.locked === false} />;
  if (!vault) return <Header title={t('app.name')} />;
  if (route[0] === 'approve') return <ApproveWindow id={route[1]} vault={vault} accounts={accounts} />;
  const page = (title: string, body: ReactNode, back?: string) => (
    <>
      <Header title={title} back={back} canLock={!vault.locked} />
      {body}
    </>
  );
  // Onboarding: welcome (create or import) -> password -> the chosen way to the first account -> ready.
  if (!vault.initialised) {
    const start = route[0] === 'start' ? asStart(route[1]) : null;
    return start
      ? page(t('onboarding.passwordTitle'), <CreateVault onCreated={() => navigate(startRoute(start))} />, '/')
      : page(t('app.name'), <Welcome onChoose={(s) => navigate(`/start/${s}`)} />);
  }
  if (vault.locked) return page(t('app.name'), <Unlock />);
  if (!accounts) return page(t('app.name'), <main aria-busy="true" />);
  // Until the first account, its steps end on the ready screen and the home is the welcome's choice.
  const first = accounts.length === 0;
  const ready = () => navigate('/ready');

  switch (route[0]) {
    case 'create':
      return page(t('accounts.create'), <CreateAccount onDone={first ? ready : undefined} />, '/');
    case 'import':
      return page(
        t('accounts.import'),
        <ImportAccount key={route[1] ?? ''} initialKind={route[1]} onDone={first ? ready : undefined} />,
        '/',
      );
    case 'ready':
      return page(t('app.name'), <Ready account={accounts[accounts.length - 1]} />);
    case 'account': {
      const account = accounts.find((a) => a.id === route[1]);
      return page(
        account?.name ?? t('errors.not-found'),
        account ? <AccountDetail key={account.id} account={account} /> : <main />,
        '/',
      );
    }
    case 'send':
      return page(t('send.title'), <Send accounts={accounts} fromId={route[1]} />, '/');
    case 'receive':
      return page(t('receive.title'), <Receive accounts={accounts} accountId={route[1]} />, '/');
    case 'history':
      return page(t('history.title'), <History />, '/');
    case 'addressbook':
      return page(t('book.title'), <AddressBook />, '/');
    case 'validators':
      return page(t('validators.title'), <Validators />, '/');
    case 'stake':
      return page(t('staking.title'), <Stake key={route.join('/')} accounts={accounts} route={route} />, '/');
    case 'claim-root':
      return page(
        route[2] === undefined ? t('claimType.open') : t('claim.title'),
        <ClaimRoot accounts={accounts} route={route} />,
        '/yield',
      );
    case 'dispute-swap':
      return page(t('swapGuard.title'), <DisputeSwap accounts={accounts} route={route} />, '/');
    case 'stake-batch':
      return page(t('batch.title'), <Batch accounts={accounts} route={route} />, '/');
    case 'staking-proxies':
      return page(t('proxies.title'), <Proxies accounts={accounts} />, '/');
    case 'networks':
      return page(t('networks.title'), <Networks />, '/');
    case 'yield':
      if (route[1] === 'explain' && route[2] && route[3] && route[4])
        return page(
          t('yield.explainTitle'),
          <Explain account={route[2]} hotkey={route[3]} netuid={Number(route[4])} />,
          '/yield',
        );
      return page(t('yield.title'), <Yield />, '/');
    default:
      return page(
        t('app.name'),
        first ? (
          <Welcome onChoose={(start) => navigate(startRoute(start))} onNetworks={() => navigate('/networks')} />
        ) : (
          <Home accounts={accounts} />
        ),
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
      {route[0] !== 'settings' && <Footer />}
    </I18nProvider>
  );
}
