import { useEffect, useState } from 'react';
import type { NetworksState } from '../../../protocol/domains/chain-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { api } from '../../api/client.ts';

type Shown = NetworksState['status']['state'];

/**
 * The state to show: a retry from offline ("connecting") is shown only if it lasts more than 400 ms, so a
 * quick failed retry (every popup open retries at once) does not make the line flicker.
 */
function useSteadyState(actual: Shown | undefined): Shown | undefined {
  const [shown, setShown] = useState(actual);
  useEffect(() => {
    if (actual === 'connecting') {
      const timer = setTimeout(() => setShown(actual), 400);
      setShown((prev) => (prev === 'offline' ? prev : actual));
      return () => clearTimeout(timer);
    }
    setShown(actual);
    return undefined;
  }, [actual]);
  return shown;
}

/** connected / connecting / offline, with the best block; a retry button while offline. */
export function NetworkStatus({ state }: { state: NetworksState | null }) {
  const { t } = useI18n();
  const steady = useSteadyState(state?.status.state);
  if (!state) return <p className="muted">{t('common.loading')}</p>;
  const network = state.networks.find((n) => n.id === state.selected);
  const name = network?.name ?? state.selected;
  const s = { ...state.status, state: steady ?? state.status.state };
  const text =
    s.state === 'connected'
      ? t('network.connected', { name, block: s.bestBlock ?? '…' })
      : s.state === 'connecting'
        ? t('network.connecting', { name })
        : t('network.offline', { name });
  return (
    <section aria-label={t('network.status')} className="row" data-state={s.state} style={{ fontSize: 12 }}>
      <span aria-hidden="true" style={{ color: s.state === 'connected' ? 'var(--accent)' : s.state === 'offline' ? 'var(--danger)' : 'var(--warn)' }}>
        ●
      </span>
      <span className="muted" style={{ flex: 1 }} data-testid="network-status">
        {text}
      </span>
      {s.state === 'offline' && (
        <button type="button" className="icon" onClick={() => void api.send('pri(networks.select)', { id: state.selected })}>
          {t('network.retry')}
        </button>
      )}
    </section>
  );
}
