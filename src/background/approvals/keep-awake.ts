/**
 * How often the background shows the browser it is at work while a request waits for the person: well inside the
 * 30 s after which Firefox suspends an idle event page (pref extensions.background.idle.timeout) and Chrome stops
 * an idle service worker.
 */
export const KEEP_AWAKE_MS = 5_000;

/**
 * Keeps the background running while `busy()` says a request waits (for the person, or a hold). Firefox counts
 * neither an open port nor the chain's WebSocket as activity: an event page with a connect or sign request on
 * screen was suspended after 30 s, its ports closed, and the site got 'TaoVault restarted before it answered'. An
 * extension API call from the background is activity in both browsers, so one cheap call (`touch`) every
 * KEEP_AWAKE_MS while busy keeps it; when nothing waits nothing is called and the browser may suspend it as
 * usual. Returns the stop.
 */
export function keepAwakeWhileBusy(
  busy: () => boolean,
  touch: () => Promise<unknown>,
  every = KEEP_AWAKE_MS,
): () => void {
  const timer = setInterval(() => {
    if (busy()) void touch().catch(() => undefined);
  }, every);
  return () => clearInterval(timer);
}
