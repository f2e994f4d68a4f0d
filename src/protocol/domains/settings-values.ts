/** Plain values of the settings domain (no schema library), safe to import from the popup. */
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
