import type { ReactNode } from 'react';
import { DEFAULT_SETTINGS } from '../protocol/domains/settings-values.ts';
import { Footer } from './components/Footer.tsx';
import { Header } from './components/Header.tsx';
import { AccountDetail } from './features/accounts/AccountDetail.tsx';
import { AccountList } from './features/accounts/AccountList.tsx';
import { CreateAccount } from './features/accounts/CreateAccount.tsx';
import { ImportAccount } from './features/accounts/ImportAccount.tsx';
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
    default:
      return page(t('app.name'), <AccountList accounts={accounts} />);
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
