import { useEffect, useState } from 'react';
import type { Settings } from '../../protocol/index.ts';
import { api } from '../api/client.ts';

const CACHE_KEY = 'taovault.settings';

/** Settings from the background, live; the last known copy (not secret) paints the first frame. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(() => {
    try {
      const cached = localStorage.getItem(CACHE_KEY);
      return cached ? (JSON.parse(cached) as Settings) : null;
    } catch {
      return null;
    }
  });
  useEffect(() => {
    const keep = (s: Settings) => {
      setSettings(s);
      try {
        localStorage.setItem(CACHE_KEY, JSON.stringify(s));
      } catch {
        // storage full or disabled: the live value still works
      }
    };
    const sub = api.subscribe('pri(settings.subscribe)', null, keep);
    sub.ready.then(keep, () => undefined);
    return () => sub.unsubscribe();
  }, []);
  return settings;
}
