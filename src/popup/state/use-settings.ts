import { useEffect, useState } from 'react';
import type { Settings } from '../../protocol/index.ts';
import { useSubscription } from './use-subscription.ts';

const CACHE_KEY = 'taovault.settings';

function cached(): Settings | null {
  try {
    const text = localStorage.getItem(CACHE_KEY);
    return text ? (JSON.parse(text) as Settings) : null;
  } catch {
    return null;
  }
}

/** Settings from the background, live; the last known copy (not secret) paints the first frame. */
export function useSettings(): Settings | null {
  const live = useSubscription('pri(settings.subscribe)', null);
  const [first] = useState(cached);
  useEffect(() => {
    if (!live) return;
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify(live));
    } catch {
      // storage full or disabled: the live value still works
    }
  }, [live]);
  return live ?? first;
}
