import { describe, expect, it } from 'vitest';
import {
  alphaOutForTaoIn,
  limitOutcome,
  limitPriceForStake,
  limitPriceForUnstake,
  limitRatioForSwap,
  maxAmountAddForLimit,
  maxAmountRemoveForLimit,
  spotPrice,
  UNLIMITED,
  type Pool,
} from './index.ts';

const TAO = 1_000_000_000n;
const small: Pool = { taoReserve: 10n * TAO, alphaReserve: 10n * TAO };

describe('limit prices', () => {
  it('stake ceil, unstake floor', () => {
    expect(limitPriceForStake(1_000_000_000n, 100n)).toBe(1_010_000_000n);
    expect(limitPriceForStake(123_456_789n, 100n)).toBe(124_691_357n); // 124 691 356.89 → ceil
    expect(limitPriceForUnstake(123_456_789n, 100n)).toBe(122_222_221n); // 122 222 221.11 → floor
    expect(limitPriceForUnstake(1_000_000_000n, 10_000n)).toBe(0n);
    expect(() => limitPriceForUnstake(1n, 10_001n)).toThrow(RangeError);
  });
  it('swap ratio ×10^9', () => {
    // origin 0.02 τ/α, destination 0.5 τ/α: ratio 0.04 → 40 000 000; less 1% → 39 600 000
    expect(limitRatioForSwap(20_000_000n, 500_000_000n, 100n)).toBe(39_600_000n);
    // 1/3 → 333 333 333.33, ×0.995 = 331 666 666.66 → floor
    expect(limitRatioForSwap(1n, 3n, 50n)).toBe(331_666_666n);
  });
});

describe('amount to reach a limit price (w = 0.5)', () => {
  it('add: Δy = y(sqrt(p′/p) − 1) + fee', () => {
    // y·sqrt(1.01) = floor(sqrt(10^20 · 1.01)) = 10 049 875 621 → Δy = 49 875 621; fee = floor(Δy·33/65502) = 25 127
    expect(maxAmountAddForLimit({ pool: small, feeRate: 33n, limitPrice: 1_010_000_000n })).toBe(49_900_748n);
    expect(maxAmountAddForLimit({ pool: small, feeRate: 33n, limitPrice: 1_000_000_000n })).toBe(0n);
    expect(maxAmountAddForLimit({ pool: small, feeRate: 33n, limitPrice: 900_000_000n })).toBe(0n);
  });
  it('add: buying the net amount lands the price at the limit', () => {
    // after Δy = 49 875 621: spot = (y+Δy)²/(x·y) ≈ 1.00999999…, just below the limit
    const dy = 49_875_621n;
    const dx = alphaOutForTaoIn(small, dy);
    const after = spotPrice({ taoReserve: small.taoReserve + dy, alphaReserve: small.alphaReserve - dx });
    expect(after).toBeLessThanOrEqual(1_010_000_000n);
    expect(after).toBeGreaterThan(1_009_999_990n);
  });
  it('remove: Δx = x(sqrt(p/p′) − 1) + fee', () => {
    // x·sqrt(1/0.99) = floor(sqrt(10^20/0.99)) = 10 050 378 152 → Δx = 50 378 152; fee 25 380
    expect(maxAmountRemoveForLimit({ pool: small, feeRate: 33n, limitPrice: 990_000_000n })).toBe(50_403_532n);
    expect(maxAmountRemoveForLimit({ pool: small, feeRate: 33n, limitPrice: 1_000_000_000n })).toBe(0n);
  });
  it('stable / root subnets', () => {
    const root: Pool = { ...small, mechanism: 'stable' };
    expect(maxAmountAddForLimit({ pool: root, feeRate: 0n, limitPrice: TAO })).toBe(UNLIMITED);
    expect(maxAmountAddForLimit({ pool: root, feeRate: 0n, limitPrice: TAO - 1n })).toBe(0n);
    expect(maxAmountRemoveForLimit({ pool: root, feeRate: 0n, limitPrice: TAO })).toBe(UNLIMITED);
    expect(maxAmountRemoveForLimit({ pool: root, feeRate: 0n, limitPrice: TAO + 1n })).toBe(0n);
  });
  it('weighted pool: buying the max lands at the limit', () => {
    const pool: Pool = {
      taoReserve: 98_765_432_109_876n,
      alphaReserve: 123_456_789_012_345n,
      quoteWeight: 512_345_678_901_234_567n,
    };
    const limit = limitPriceForStake(spotPrice(pool), 200n);
    const gross = maxAmountAddForLimit({ pool, feeRate: 0n, limitPrice: limit });
    const dx = alphaOutForTaoIn(pool, gross);
    const after = spotPrice({ ...pool, taoReserve: pool.taoReserve + gross, alphaReserve: pool.alphaReserve - dx });
    expect(after).toBeLessThanOrEqual(limit);
    expect(limit - after).toBeLessThanOrEqual(1n);
  });
  it('fill-or-kill explanation', () => {
    expect(limitOutcome(10n, 20n, false)).toEqual({ outcome: 'full', executes: 10n });
    expect(limitOutcome(30n, 20n, false)).toEqual({ outcome: 'fails', executes: 0n });
    expect(limitOutcome(30n, 20n, true)).toEqual({ outcome: 'partial', executes: 20n });
    expect(limitOutcome(30n, 0n, true)).toEqual({ outcome: 'fails', executes: 0n });
  });
});
