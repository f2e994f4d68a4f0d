import { DEFAULT_SETTINGS } from '../protocol/domains/settings-values.ts';
import { Footer } from './components/Footer.tsx';
import { I18nProvider, resolveLocale } from './i18n/index.tsx';
import { Home } from './pages/Home.tsx';
import { Settings } from './pages/Settings.tsx';
import { useRoute } from './state/route.ts';
import { useSettings } from './state/use-settings.ts';
import { useTheme } from './state/use-theme.ts';

export function App() {
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const route = useRoute();
  useTheme(settings.theme);
  const locale = resolveLocale(settings.language, navigator.language);
  document.documentElement.lang = locale;

  let page;
  switch (route[0]) {
    case 'settings':
      page = <Settings settings={settings} />;
      break;
    default:
      page = <Home />;
  }
  return (
    <I18nProvider locale={locale}>
      {page}
      <Footer />
    </I18nProvider>
  );
}
