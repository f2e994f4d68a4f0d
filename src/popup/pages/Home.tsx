import { Header } from '../components/Header.tsx';
import { useI18n } from '../i18n/index.tsx';

export function Home() {
  const { t } = useI18n();
  return (
    <>
      <Header title={t('app.name')} />
      <main>
        <h2>{t('home.welcome')}</h2>
        <p className="muted">{t('app.tagline')}</p>
      </main>
    </>
  );
}
