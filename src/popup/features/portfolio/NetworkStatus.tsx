import type { NetworksState } from '../../../protocol/domains/chain-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { api } from '../../api/client.ts';

/** connected / connecting / offline, with the best block; a retry button while offline. */
export function NetworkStatus({ state }: { state: NetworksState | null }) {
  const { t } = useI18n();
  if (!state) return <p className="muted">{t('common.loading')}</p>;
  const network = state.networks.find((n) => n.id === state.selected);
  const name = network?.name ?? state.selected;
  // A retry from offline stays "offline" in the background until it succeeds, so the line does not flicker.
  const s = state.status;
  const text =
    s.state === 'connected'
      ? t('network.connected', { name, block: s.bestBlock ?? '…' })
      : s.state === 'connecting'
        ? t('network.connecting', { name })
        : t('network.offline', { name });
  return (
    <section aria-label={t('network.status')} className="row" data-state={s.state} style={{ fontSize: 12 }}>
      <span
        aria-hidden="true"
        style={{
          color: s.state === 'connected' ? 'var(--accent)' : s.state === 'offline' ? 'var(--danger)' : 'var(--warn)',
        }}
      >
        ●
      </span>
      <span className="muted" style={{ flex: 1 }} data-testid="network-status">
        {text}
      </span>
      {s.state === 'offline' && (
        <button
          type="button"
          className="icon"
          onClick={() => void api.send('pri(networks.select)', { id: state.selected })}
        >
          {t('network.retry')}
        </button>
      )}
    </section>
  );
}
