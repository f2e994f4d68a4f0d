import { loadDictionary, localeOf } from './i18n/locale.ts';
import { FIRST_SCREEN_SUBSCRIPTIONS } from '../protocol/first-screen.ts';
import { readFirstScreenCopy } from './state/first-screen.ts';
import { askOnce, firstLive, prime, seed, together } from './state/live.ts';

const approval = window.location.hash.startsWith('#/approve');

// Evaluated first (main.tsx imports it before React): asks for everything the first screen shows, all at once
// (one port message), so the answers travel while React and the screens are evaluated. The footer's system.info
// is among them, so it lands in the same first commit instead of changing the page again right after it.
together(() =>
  prime(
    approval
      ? ['pri(vault.subscribe)', 'pri(settings.subscribe)', 'pri(accounts.subscribe)', 'pri(approvals.subscribe)']
      : FIRST_SCREEN_SUBSCRIPTIONS,
    [askOnce('pri(system.info)', null, 5_000)],
  ),
);

// The home screen as the worker last answered it (memory-only session storage, read without the worker): painted at
// once when the worker is stopped and would take ~0.3-0.5 s to start, replaced by the worker's answers as they come.
if (approval) seed(null);
else
  void readFirstScreenCopy(Date.now)
    .then(seed)
    .catch(() => seed(null));

// Strings of a language other than English (a chunk of their own) start loading at once when the browser asks
// for one, else as soon as the settings answer with one.
void loadDictionary(localeOf(null))?.catch(() => undefined);
void firstLive('pri(settings.subscribe)').then((settings) =>
  loadDictionary(localeOf(settings))?.catch(() => undefined),
);
