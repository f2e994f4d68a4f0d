/**
 * Delay before the next unlock attempt after `failedAttempts` consecutive wrong passwords:
 * none for the first 2 (typos), then 1 s, 2 s, 4 s … doubling, capped at 5 minutes.
 */
export const BACKOFF_FREE_ATTEMPTS = 2;
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60 * 1000;

export function backoffDelayMs(failedAttempts: number): number {
  if (!Number.isFinite(failedAttempts) || failedAttempts <= BACKOFF_FREE_ATTEMPTS) return 0;
  const exponent = Math.min(failedAttempts - BACKOFF_FREE_ATTEMPTS - 1, 30);
  return Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_MAX_MS);
}
