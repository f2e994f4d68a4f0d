import { api } from '../api/client.ts';
import { Icon } from './Icon.tsx';
import { useI18n } from '../i18n/index.tsx';
import { navigate } from '../state/route.ts';

export function Header({ title, back, canLock }: { title: string; back?: string; canLock?: boolean }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      {back !== undefined && (
        <button type="button" className="icon" aria-label={t('nav.back')} onClick={() => navigate(back)}>
          ←
        </button>
      )}
      <h1>{title}</h1>
      {canLock && (
        <button
          type="button"
          className="icon"
          aria-label={t('vault.lockNow')}
          onClick={() => void api.send('pri(vault.lock)', null)}
        >
          <Icon name="lock" />
        </button>
      )}
      {/* No way to Settings from Settings itself. */}
      {!window.location.hash.startsWith('#/settings') && (
        <button type="button" className="icon" aria-label={t('nav.settings')} onClick={() => navigate('/settings')}>
          ⚙
        </button>
      )}
    </header>
  );
}
