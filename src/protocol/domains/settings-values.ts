/** Plain values of the settings domain (no schema library), safe to import from the popup. */
import { isRecord } from '../guards.ts';
export const LANGUAGES = ['auto', 'en', 'zh-CN'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export interface Settings {
  language: (typeof LANGUAGES)[number];
  theme: (typeof THEMES)[number];
  /** Minutes of inactivity before the vault locks itself. */
  autoLockMinutes: number;
  /** Slippage tolerance for staking trades, in basis points (100 = 1%). */
  slippageBps: number;
  /** MEV Shield: send stake, unstake, move and swap encrypted where the chain offers it (unset: on). */
  shieldStaking?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  theme: 'system',
  autoLockMinutes: 15,
  slippageBps: 100,
};

const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T => list.some((item) => item === x);

/** Settings read back from a cache the popup keeps: the value if every field is one a setting may hold, else null. */
export function settingsFrom(x: unknown): Settings | null {
  if (!isRecord(x) || !isOneOf(LANGUAGES, x.language) || !isOneOf(THEMES, x.theme)) return null;
  const { autoLockMinutes, slippageBps } = x;
  if (!Number.isInteger(autoLockMinutes) || !Number.isInteger(slippageBps)) return null;
  if (typeof autoLockMinutes !== 'number' || typeof slippageBps !== 'number') return null;
  return { language: x.language, theme: x.theme, autoLockMinutes, slippageBps };
}
