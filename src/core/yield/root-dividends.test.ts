import { describe, expect, it } from 'vitest';
import { accruedAlpha, accruedPerSubnet, owedAlpha, taoAtSpot } from './root-dividends.ts';

const ONE = 1n << 32n; // rate 1.0 in I96F32

describe('root dividends (facts §5.4)', () => {
  it('owed = floor(rate × stake / 2^32) − claimed, never negative', () => {
    expect(owedAlpha(ONE / 4n, 1_000n, 0n)).toBe(250n);
    expect(owedAlpha(ONE / 4n, 1_000n, 100n)).toBe(150n);
    expect(owedAlpha(ONE / 4n, 1_000n, 900n)).toBe(0n);
    expect(owedAlpha(ONE / 3n, 10n, 0n)).toBe(3n); // floor, as the chain does
    expect(owedAlpha(0n, 1_000n, 0n)).toBe(0n);
  });

  it('accrued over a window is the rate growth times the stake; claims in between do not matter', () => {
    expect(accruedAlpha(ONE / 2n, ONE / 4n, 1_000n)).toBe(250n);
    expect(accruedAlpha(ONE / 4n, ONE / 4n, 1_000n)).toBe(0n);
    expect(accruedAlpha(ONE / 4n, ONE / 2n, 1_000n)).toBe(0n);
    const now = new Map([
      [3, ONE],
      [1, ONE / 2n],
      [7, 5n],
    ]);
    const then = new Map([
      [1, ONE / 4n],
      [7, 5n],
    ]);
    expect(accruedPerSubnet(now, then, 400n)).toEqual([
      { netuid: 1, alpha: 100n },
      { netuid: 3, alpha: 400n },
    ]);
  });

  it('values alpha per subnet in TAO at spot, exactly', () => {
    const prices = new Map([
      [1, 500_000_000n],
      [3, 2_000_000_001n],
    ]);
    expect(
      taoAtSpot(
        [
          { netuid: 1, alpha: 3n },
          { netuid: 3, alpha: 1_000_000_000n },
          { netuid: 9, alpha: 5n },
        ],
        (n) => prices.get(n),
      ),
    ).toBe(1n + 2_000_000_001n);
  });
});
