import { describe, expect, it } from 'vitest';
import { alphaOutForTaoIn, iroot, maxAmountAddForLimit, mulPowCeil, mulPowFloor, type Pool } from './index.ts';

const TAO = 1_000_000_000n;

describe('mulPow: m × (a/b)^(p/q)', () => {
  it('iroot', () => {
    expect(iroot(26n, 3n)).toBe(2n);
    expect(iroot(27n, 3n)).toBe(3n);
    expect(iroot(2n ** 200n, 5n)).toBe(2n ** 40n);
    expect(iroot(2n ** 200n - 1n, 5n)).toBe(2n ** 40n - 1n);
  });
  it('exact integer results are not nudged off by one (exact path)', () => {
    expect(mulPowFloor(10n ** 10n, 1n, 2n, 1n, 1n)).toBe(5n * 10n ** 9n);
    expect(mulPowCeil(10n ** 10n, 1n, 2n, 1n, 1n)).toBe(5n * 10n ** 9n);
    expect(mulPowFloor(10n ** 10n, 4n, 1n, 1n, 2n)).toBe(2n * 10n ** 10n); // ×sqrt(4)
    expect(mulPowCeil(10n ** 10n, 2n, 1n, 1n, 2n)).toBe(14_142_135_624n); // ×sqrt(2) = 14 142 135 623.73
    expect(mulPowFloor(10n ** 10n, 2n, 1n, 1n, 2n)).toBe(14_142_135_623n);
  });
  it('fixed-point path agrees with float to ~1e-15 on non-trivial exponents', () => {
    const got = Number(mulPowFloor(10n ** 30n, 3n, 7n, 17n, 19n));
    expect(got / (1e30 * Math.pow(3 / 7, 17 / 19))).toBeCloseTo(1, 14);
    const big = Number(mulPowFloor(10n ** 30n, 1000n, 3n, 170n, 19n));
    expect(big / (1e30 * Math.pow(1000 / 3, 170 / 19))).toBeCloseTo(1, 13);
  });
  it('pool cases with exact answers', () => {
    const pool: Pool = { taoReserve: 10n * TAO, alphaReserve: 10n * TAO };
    // 10 τ net into 10/10: Δx = 10·10/20 = exactly 5 α
    expect(alphaOutForTaoIn(pool, 10n * TAO)).toBe(5n * TAO);
    // limit 4 τ/α from 1 τ/α: Δy = y(sqrt(4) − 1) = exactly 10 τ (fee 0)
    expect(maxAmountAddForLimit({ pool, feeRate: 0n, limitPrice: 4n * TAO })).toBe(10n * TAO);
  });
});
