import { settingsFrom } from '../../protocol/domains/settings-values.ts';
import type { Settings } from '../../protocol/index.ts';

const CACHE_KEY = 'taovault.settings';

/**
 * The last settings this popup saw (not secret), for a first frame drawn before the background answers (a
 * stopped worker). Read only then: the first localStorage access of a page loads its whole storage area
 * synchronously (~1 ms), which the usual open, with the live settings already in, does not pay.
 */
export function cachedSettings(): Settings | null {
  try {
    const text = localStorage.getItem(CACHE_KEY);
    return text ? settingsFrom(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

let firstWrite = true;
let waiting: ReturnType<typeof setTimeout> | undefined;

/**
 * Remembers the settings: the popup's first answer a moment after the first frame (not in its way), a change
 * made afterwards (language, theme) at once, so a popup closed right after it opens in the new one next time.
 * Writes only a change.
 */
export function cacheSettings(settings: Settings): void {
  const text = JSON.stringify(settings);
  const write = () => {
    try {
      if (localStorage.getItem(CACHE_KEY) !== text) localStorage.setItem(CACHE_KEY, text);
    } catch {
      // storage full or disabled: the live value still works
    }
  };
  clearTimeout(waiting);
  if (firstWrite) waiting = setTimeout(write, 200);
  else write();
  firstWrite = false;
}
