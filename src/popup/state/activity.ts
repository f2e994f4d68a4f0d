import { api } from '../api/client.ts';

/** At most one report per this many milliseconds: the background moves the deadline in steps of minutes. */
const EVERY_MS = 5_000;
let last = 0;

function onInput(event: Event): void {
  // Only the person's own key presses and clicks: events a script dispatches (isTrusted false) do not count.
  if (!event.isTrusted) return;
  const now = Date.now();
  if (now - last < EVERY_MS) return;
  last = now;
  api.send('pri(vault.activity)', null).catch(() => undefined);
}

/**
 * Auto-lock is pushed back by deliberate input in TaoVault's own pages and nothing else: not by opening a window,
 * subscriptions or reads, which a web page can cause (it opens the approval window with enable()).
 */
export function reportActivity(target: Window = window): void {
  for (const type of ['pointerdown', 'keydown'])
    target.addEventListener(type, onInput, { capture: true, passive: true });
}
