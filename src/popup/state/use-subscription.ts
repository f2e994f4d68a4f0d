import { useCallback, useSyncExternalStore } from 'react';
import type { Req, Sub, SubscriptionName } from '../../protocol/index.ts';
import { readLive, watchLive } from './live.ts';

/** The live value of a subscription message (all take a null request); null until the first answer. */
export function useSubscription<N extends SubscriptionName>(name: N, _request: Req<N>): Sub<N> | null {
  const subscribe = useCallback((onChange: () => void) => watchLive(name, onChange), [name]);
  return useSyncExternalStore(subscribe, () => readLive(name));
}
