import { describe, expect, it } from 'vitest';
import { accruedAlpha, accruedPerSubnet, owedAfterRootRemoval, owedAlpha, taoAtSpot } from './root-dividends.ts';

const ONE = 1n << 32n; // rate 1.0 in I96F32

describe('root dividends (facts §5.4)', () => {
  it('owed = floor(rate × stake / 2^32) − claimed, never negative', () => {
    expect(owedAlpha(ONE / 4n, 1_000n, 0n)).toBe(250n);
    expect(owedAlpha(ONE / 4n, 1_000n, 100n)).toBe(150n);
    expect(owedAlpha(ONE / 4n, 1_000n, 900n)).toBe(0n);
    expect(owedAlpha(ONE / 3n, 10n, 0n)).toBe(3n); // floor, as the chain does
    expect(owedAlpha(0n, 1_000n, 0n)).toBe(0n);
  });

  it('leaving root throws away what is owed: RootClaimed drops by rate × removed, never below 0 (the chain bookkeeping)', () => {
    const TAO = 1_000_000_000n;
    // 100 τ of root stake on a hotkey whose rate on a subnet is 0.15 α per τ, nothing claimed: 15 α owed.
    const rate = (15n * ONE) / 100n;
    const stake = 100n * TAO;
    const owed = owedAlpha(rate, stake, 0n);
    expect(owed).toBe(14_999_999_990n); // 15 α, less the I96F32 rate's floor
    // Unstake everything: 15 α owed → 0.
    expect(owedAfterRootRemoval(rate, stake, 0n, stake)).toBe(0n);
    // Unstake 90 τ: only what the remaining 10 τ stand for is still owed (1.5 α); 13.5 α are lost.
    expect(owedAfterRootRemoval(rate, stake, 0n, 90n * TAO)).toBe(1_499_999_999n);
    // A position that already claimed more than the removal stands for keeps what it was owed.
    const claimed = (rate * 50n * TAO) >> 32n; // claimed at 50 τ, then grew to 100 τ: owed 7.5 α
    expect(owedAlpha(rate, stake, claimed)).toBe(7_499_999_995n);
    expect(owedAfterRootRemoval(rate, stake, claimed, 10n * TAO)).toBe(owedAlpha(rate, stake, claimed));
    // Removing more than is held removes what is held.
    expect(owedAfterRootRemoval(rate, stake, 0n, 2n * stake)).toBe(0n);
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
