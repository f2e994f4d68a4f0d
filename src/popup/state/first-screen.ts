import {
  FIRST_SCREEN_KEY,
  FIRST_SCREEN_NAMES,
  LOCKED_FIRST_SCREEN_NAMES,
  readFirstScreen,
  type FirstScreen,
  type FirstScreenName,
} from '../../protocol/first-screen.ts';
import { isRecord } from '../../protocol/guards.ts';

/**
 * The answers the popup may paint from the worker's copy of its first screen, or null when the copy cannot paint a
 * whole screen (then the popup waits for the worker, as before). An unlocked copy whose auto-lock time has passed
 * paints the unlock screen and nothing of the person's: the worker, once started, locks the wallet.
 */
export function firstScreenAnswers(copy: FirstScreen, now: number): Map<FirstScreenName, unknown> | null {
  const { answers } = copy;
  const vault = answers['pri(vault.subscribe)'];
  if (!isRecord(vault) || typeof vault['locked'] !== 'boolean' || vault['initialised'] !== true) return null;
  const expired = vault['locked'] === false && !(typeof vault['lockAt'] === 'number' && now < vault['lockAt']);
  const locked = vault['locked'] === true || expired;
  const names = locked ? LOCKED_FIRST_SCREEN_NAMES : FIRST_SCREEN_NAMES;
  if (names.some((n) => answers[n] === undefined)) return null;
  const out = new Map<FirstScreenName, unknown>(names.map((n) => [n, answers[n]]));
  if (expired) out.set('pri(vault.subscribe)', { initialised: true, locked: true });
  return out;
}

/** Reads the copy from chrome.storage.session (the browser answers this; the worker need not be running). */
export async function readFirstScreenCopy(now: () => number): Promise<Map<FirstScreenName, unknown> | null> {
  const items = await chrome.storage.session.get(FIRST_SCREEN_KEY);
  const copy = readFirstScreen(items[FIRST_SCREEN_KEY]);
  return copy ? firstScreenAnswers(copy, now()) : null;
}
