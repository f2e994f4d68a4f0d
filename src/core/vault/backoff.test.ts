import { describe, expect, it } from 'vitest';
import { backoffDelayMs, BACKOFF_MAX_MS } from './backoff.ts';

describe('backoffDelayMs', () => {
  it('is free for two typos, then doubles from 1 s, capped at 5 min', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(backoffDelayMs)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(backoffDelayMs(50)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelayMs(1e9)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelayMs(-1)).toBe(0);
    expect(backoffDelayMs(Number.NaN)).toBe(0);
  });
});
