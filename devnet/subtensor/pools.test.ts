import { describe, expect, it } from 'vitest';
import { maxAmountAdd, maxAmountMove, maxAmountRemove } from './limits.ts';
import { priceAfter, quoteBuy, quoteSell, spotPrice, swapFee, type Pool } from './pools.ts';
import { ModuleError } from './errors.ts';
import { blockEmission, MAX_TAO_ISSUANCE } from './emission.ts';
import { U64_MAX } from './fixed.ts';

const TAO = 1_000_000_000n;
const pool: Pool = { taoIn: 10_000n * TAO, alphaIn: 100_000n * TAO, feeRate: 33, stable: false };

describe('constant-product pool', () => {
  it('spot price is floor(y·1e9/x)', () => {
    expect(spotPrice(pool)).toBe(100_000_000n);
    expect(spotPrice({ ...pool, alphaIn: 3n * TAO, taoIn: 1n * TAO })).toBe(333_333_333n);
    expect(spotPrice({ ...pool, alphaIn: 0n })).toBe(0n);
    expect(spotPrice({ ...pool, stable: true })).toBe(TAO);
  });

  it('buy: fee on input, alpha = x·net/(y+net) floored', () => {
    const q = quoteBuy(pool, 10n * TAO);
    const fee = (10n * TAO * 33n) / 65535n;
    expect(q.fee).toBe(fee);
    expect(fee).toBe(5_035_477n);
    const net = 10n * TAO - fee;
    expect(q.amountOut).toBe((100_000n * TAO * net) / (10_000n * TAO + net));
    expect(q.taoIn).toBe(pool.taoIn + net);
    expect(q.alphaIn).toBe(pool.alphaIn - q.amountOut);
  });

  it('sell: tao = y·net/(x+net) floored', () => {
    const q = quoteSell(pool, 50n * TAO);
    const fee = swapFee(pool, 50n * TAO);
    expect(q.amountOut).toBe((10_000n * TAO * (50n * TAO - fee)) / (100_000n * TAO + 50n * TAO - fee));
  });

  it('stable pools are 1:1 without fee', () => {
    const p = { ...pool, stable: true };
    expect(quoteBuy(p, 123n)).toMatchObject({ fee: 0n, amountOut: 123n });
    expect(quoteSell(p, 77n)).toMatchObject({ fee: 0n, amountOut: 77n });
  });

  it('guards: reserves too low, input too large', () => {
    expect(() => quoteBuy({ ...pool, alphaIn: 999_999n }, TAO)).toThrow(ModuleError);
    expect(() => quoteBuy(pool, 1001n * pool.taoIn + TAO)).toThrow(/InsufficientLiquidity/);
  });
});

describe('limit prices', () => {
  it('add: max input keeps the post-trade price ≤ limit, one rao more crosses it', () => {
    const limit = 110_000_000n;
    const m = maxAmountAdd(pool, limit);
    expect(priceAfter(pool, quoteBuy(pool, m))).toBeLessThanOrEqual(limit);
    expect(priceAfter(pool, quoteBuy(pool, m + 1n))).toBeGreaterThan(limit);
    expect(maxAmountAdd(pool, spotPrice(pool))).toBe(0n);
    expect(maxAmountAdd({ ...pool, stable: true }, TAO)).toBe(U64_MAX);
    expect(maxAmountAdd({ ...pool, stable: true }, TAO - 1n)).toBe(0n);
  });

  it('remove: max input keeps the post-trade price ≥ limit', () => {
    const limit = 90_000_000n;
    const m = maxAmountRemove(pool, limit);
    expect(priceAfter(pool, quoteSell(pool, m))).toBeGreaterThanOrEqual(limit);
    expect(priceAfter(pool, quoteSell(pool, m + 1n))).toBeLessThan(limit);
    expect(maxAmountRemove(pool, spotPrice(pool))).toBe(0n);
    expect(maxAmountRemove(pool, 0n)).toBe(U64_MAX);
  });

  it('move: ratio limit ×1e9, 0 = unlimited, below current ratio = 0', () => {
    const dest: Pool = { taoIn: 5_000n * TAO, alphaIn: 25_000n * TAO, feeRate: 33, stable: false };
    // current ratio = 0.1 / 0.2 = 0.5 → 500_000_000
    expect(maxAmountMove(pool, dest, 0n, true)).toBe(U64_MAX);
    expect(maxAmountMove(pool, dest, 500_000_001n, true)).toBe(0n);
    const m = maxAmountMove(pool, dest, 450_000_000n, true);
    expect(m).toBeGreaterThan(0n);
    const sell = quoteSell(pool, m);
    const buy = quoteBuy(dest, sell.amountOut, false);
    expect((priceAfter(pool, sell) * TAO) / priceAfter(dest, buy)).toBeGreaterThanOrEqual(450_000_000n);
  });
});

describe('block emission halving (§6.1)', () => {
  const HALF = MAX_TAO_ISSUANCE / 2n;
  it('1 TAO below 10.5M TAO, 0.5 from 10.5M, 0.25 from 15.75M, 0 at 21M', () => {
    expect(blockEmission(0n)).toBe(TAO);
    expect(blockEmission(HALF - 1n)).toBe(TAO);
    expect(blockEmission(HALF)).toBe(TAO / 2n);
    expect(blockEmission(HALF + HALF / 2n - 1n)).toBe(TAO / 2n);
    expect(blockEmission(HALF + HALF / 2n)).toBe(TAO / 4n);
    expect(blockEmission(MAX_TAO_ISSUANCE - 1n)).toBe(TAO >> 54n);
    expect(blockEmission(MAX_TAO_ISSUANCE)).toBe(0n);
  });
});
