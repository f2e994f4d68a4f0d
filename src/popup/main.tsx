import './early.ts';
import { loadDictionary, localeOf } from './i18n/locale.ts';
import { firstLive } from './state/live.ts';

// This module is small on purpose: it runs as soon as the page is parsed and sends the first screen's
// questions (early.ts) while the browser is still loading React and the screens (render.tsx, preloaded by
// the build). Strings of a language other than English start loading at once when the browser asks for one,
// else as soon as the settings answer with one. The style sheet is written into the page by the build (vite.config.ts).
void loadDictionary(localeOf(null))?.catch(() => undefined);
void firstLive('pri(settings.subscribe)').then((settings) => loadDictionary(localeOf(settings))?.catch(() => undefined));
void import('./render.tsx');
