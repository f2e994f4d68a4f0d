import { useI18n } from '../i18n/index.tsx';
import { useBackground } from '../state/use-background.ts';

export function Footer() {
  const { t } = useI18n();
  const { info, failed } = useBackground();
  return (
    <footer className="app-footer" role="status" aria-label={failed ? t('footer.offline') : t('footer.connected')}>
      {info
        ? `${t('footer.version', { version: info.version })} · ${t('footer.connected')}`
        : failed
          ? t('footer.offline')
          : t('common.loading')}
    </footer>
  );
}
