import './early.ts';
import { loadDictionary, localeOf } from './i18n/locale.ts';
import { cachedSettings } from './state/settings-cache.ts';

// This module is small on purpose: it runs as soon as the page is parsed and sends the first screen's
// questions (early.ts) while the browser is still loading React and the screens (render.tsx, preloaded by
// the build), and starts loading the strings of the language last shown if that is not English.
void loadDictionary(localeOf(cachedSettings()))?.catch(() => undefined);
void import('./render.tsx');
