import type { MessageName, NullRequestSubscription } from './index.ts';
import { isRecord } from './guards.ts';

/**
 * The popup's first screen, as the worker last answered it, kept in chrome.storage.session (memory only, gone at
 * browser restart, not readable by content scripts) so a popup opened while the worker is stopped paints the
 * person's wallet at once instead of waiting for the worker to start. Written by the worker only; nothing secret
 * in it (account views, balances, staking history: what the popup shows), and nothing personal while locked.
 */
export const FIRST_SCREEN_KEY = 'popup.firstScreen';

/** The subscriptions the home screen opens first (early.ts). */
export const FIRST_SCREEN_SUBSCRIPTIONS = [
  'pri(vault.subscribe)',
  'pri(settings.subscribe)',
  'pri(accounts.subscribe)',
  'pri(networks.subscribe)',
  'pri(portfolio.subscribe)',
  'pri(staking.history)',
] as const satisfies readonly NullRequestSubscription[];

/** What the home screen asks first (early.ts: those subscriptions and system.info); each kept as its latest answer. */
export const FIRST_SCREEN_NAMES = [
  ...FIRST_SCREEN_SUBSCRIPTIONS,
  'pri(system.info)',
] as const satisfies readonly MessageName[];

export type FirstScreenName = (typeof FIRST_SCREEN_NAMES)[number];

/** Kept while locked too: they say nothing about the person (the wallet is locked; language and theme; version). */
export const LOCKED_FIRST_SCREEN_NAMES: readonly FirstScreenName[] = [
  'pri(vault.subscribe)',
  'pri(settings.subscribe)',
  'pri(system.info)',
];

export interface FirstScreen {
  /** Format version: a popup of another version ignores a record it does not know. */
  v: 1;
  answers: Partial<Record<FirstScreenName, unknown>>;
}

export function isFirstScreenName(name: string): name is FirstScreenName {
  return (FIRST_SCREEN_NAMES as readonly string[]).includes(name);
}

/** The record read from storage, or null when there is none or it is not one this version wrote. */
export function readFirstScreen(x: unknown): FirstScreen | null {
  if (!isRecord(x) || x['v'] !== 1 || !isRecord(x['answers'])) return null;
  const answers: FirstScreen['answers'] = {};
  for (const [name, value] of Object.entries(x['answers'])) if (isFirstScreenName(name)) answers[name] = value;
  return { v: 1, answers };
}
