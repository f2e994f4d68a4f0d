import type { Settings } from '../../protocol/index.ts';

const CACHE_KEY = 'taovault.settings';

/** The last settings this popup saw (not secret), so the first frame has the right language and theme. */
export function cachedSettings(): Settings | null {
  try {
    const text = localStorage.getItem(CACHE_KEY);
    return text ? (JSON.parse(text) as Settings) : null;
  } catch {
    return null;
  }
}

export function cacheSettings(settings: Settings): void {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(settings));
  } catch {
    // storage full or disabled: the live value still works
  }
}
