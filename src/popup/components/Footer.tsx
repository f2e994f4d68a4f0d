import { useI18n } from '../i18n/index.tsx';
import { useBackground } from '../state/use-background.ts';

/**
 * Whether the background answers, and its version. On every screen only when it does not answer (then the
 * person needs to know); in Settings always (`always`), as the "about" line.
 */
export function Footer({ always = false }: { always?: boolean }) {
  const { t } = useI18n();
  const { info, failed } = useBackground();
  if (!always && !failed) return null;
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
