import { useEffect, useState } from 'react';
import type { Settings } from '../../protocol/index.ts';
import { cachedSettings, cacheSettings } from './settings-cache.ts';
import { useSubscription } from './use-subscription.ts';

/** Settings from the background, live; the last known copy (not secret) paints the first frame. */
export function useSettings(): Settings | null {
  const live = useSubscription('pri(settings.subscribe)');
  const [first] = useState(() => (live ? null : cachedSettings()));
  useEffect(() => {
    if (live) cacheSettings(live);
  }, [live]);
  return live ?? first;
}
