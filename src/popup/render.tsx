import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadLocale, localeOf } from './i18n/index.tsx';
import { reportActivity } from './state/activity.ts';
import { readLive, whenPrimed } from './state/live.ts';
import { cachedSettings } from './state/settings-cache.ts';

// Evaluated after early.ts (main.tsx): the root is created while the first answers may still be on their way.
const root = createRoot(document.getElementById('root')!);

/** Mounts the popup, in the person's language: its strings are loaded first (early.ts started that). */
async function render(): Promise<void> {
  await loadLocale(localeOf(readLive('pri(settings.subscribe)') ?? cachedSettings())).catch(() => undefined);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

reportActivity();

// First paint with the data when it comes quickly (one commit, no "Loading…" flash): when the answers are in
// by the time this module is evaluated, the popup renders right after it, with no task in between. A slow worker
// start (it may have been stopped) gets the loading screen 80 ms after the questions left instead of a blank popup.
void whenPrimed(80).then(render);
