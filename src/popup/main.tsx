import { DEFAULT_SETTINGS } from '../protocol/domains/settings-values.ts';
import './early.ts';
import { loadDictionary, resolveLocale } from './i18n/locale.ts';
import { cachedSettings } from './state/settings-cache.ts';
import { whenPrimed } from './state/live.ts';

// This module is small on purpose: it runs as soon as the page is parsed and sends the first screen's
// questions (early.ts) while the browser is still loading React and the screens (render.tsx, preloaded by
// the build), and starts loading the strings of the language last shown if that is not English.
// First paint with the data when it comes quickly (one commit, no "Loading…" flash); a slow worker start
// (it may have been stopped) gets the loading screen after 80 ms instead of a blank popup.
void loadDictionary(resolveLocale((cachedSettings() ?? DEFAULT_SETTINGS).language, navigator.language))?.catch(() => undefined);
void Promise.all([import('./render.tsx'), whenPrimed(80)]).then(([m]) => m.render());
