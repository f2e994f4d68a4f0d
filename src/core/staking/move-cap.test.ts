// swap_stake_limit's cap (move_stake.rs get_max_amount_move, a constant-product closed form) against weighted pools:
// what the chain really lets through at a 1 % tolerance, per origin quote weight.
import { describe, expect, it } from 'vitest';
import { HALF_PERQUINTILL, PERQUINTILL } from './constants.ts';
import { limitRatioForSwap } from './limits.ts';
import { maxAmountMove, moveOut, moveProtection } from './move-cap.ts';
import { spotPrice, type Pool } from './pool.ts';

const TAO = 1_000_000_000n;
const pool = (tao: bigint, alpha: bigint, quoteWeight = HALF_PERQUINTILL): Pool => ({
  taoReserve: tao * TAO,
  alphaReserve: alpha * TAO,
  quoteWeight,
  mechanism: 'dynamic',
});
const weight = (permille: bigint) => (PERQUINTILL * permille) / 1000n;

describe("swap_stake_limit's cap on weighted pools (1 % tolerance)", () => {
  const dest = pool(20_000n, 40_000n);
  const at = (w: bigint, alpha: bigint) => {
    const origin = pool(10_000n, 20_000n, w);
    const spotRatio = (spotPrice(origin) * TAO) / spotPrice(dest);
    const limit = limitRatioForSwap(spotPrice(origin), spotPrice(dest), 100n);
    return { origin, spotRatio, limit, p: moveProtection(origin, dest, alpha, limit, spotRatio, 100n) };
  };

  it('weights 0.5: the cap is the tolerance itself: a move inside it is protected, one past it refused', () => {
    const { origin, limit, spotRatio, p } = at(HALF_PERQUINTILL, 20n * TAO);
    expect(p.chainAccepts).toBe(true);
    expect(p.protectedAtTolerance).toBe(true);
    expect(p.allowedSlippagePpm! <= 10_001n && p.allowedSlippagePpm! >= 9_990n).toBe(true);
    // The largest amount it accepts lands at the limit (average rate), the next rao is refused.
    const max = maxAmountMove(origin, dest, limit, spotRatio)!;
    expect((moveOut(origin, dest, max) * TAO) / max).toBeGreaterThanOrEqual(limit - 1n);
    expect(moveProtection(origin, dest, max + 1n, limit, spotRatio, 100n).chainAccepts).toBe(false);
  });

  it('weight 0.495: the chain refuses every move at 1 % (ZeroMaxStakeAmount, fee paid): never sent as protected', () => {
    const { p } = at(weight(495n), 1n * TAO);
    expect(p.chainMax).toBeNull();
    expect(p.chainAccepts).toBe(false);
    expect(p.protectedAtTolerance).toBe(false);
  });

  it('weight 0.505: the chain accepts moves that lose about 3 %, so 1 % is not what it protects', () => {
    const { p } = at(weight(505n), 20n * TAO);
    expect(p.chainAccepts).toBe(true);
    expect(p.allowedSlippagePpm!).toBeGreaterThan(25_000n);
    expect(p.allowedSlippagePpm!).toBeLessThan(35_000n);
    expect(p.protectedAtTolerance).toBe(false);
  });

  it('weight 0.55: the chain lets through many times the slippage shown', () => {
    const { p } = at(weight(550n), 20n * TAO);
    expect(p.chainAccepts).toBe(true);
    expect(p.allowedSlippagePpm!).toBeGreaterThan(150_000n);
    expect(p.protectedAtTolerance).toBe(false);
  });
});
