import { useCallback, useSyncExternalStore } from 'react';
import type { NullRequestSubscription, Sub } from '../../protocol/index.ts';
import { readLive, watchLive } from './live.ts';

/** The live value of a subscription that takes no request, shared by the page; null until the first answer. */
export function useSubscription<N extends NullRequestSubscription>(name: N): Sub<N> | null {
  const subscribe = useCallback((onChange: () => void) => watchLive(name, onChange), [name]);
  return useSyncExternalStore(subscribe, () => readLive(name));
}
