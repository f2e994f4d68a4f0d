/**
 * What swap_stake_limit really enforces between two dynamic subnets (facts §5.3, §12). The chain caps the amount
 * with `get_max_amount_move` (pallets/subtensor/src/staking/move_stake.rs), a closed form that assumes two
 * constant-product pools (x·y = k, weights 0.5):
 *
 *   max = α_d × T_o / (T_o + T_d) / L − α_o × T_d / (T_o + T_d)
 *
 * in U64F64 arithmetic (L = limit / 10^9; T = SubnetTAO, α = SubnetAlphaIn), and refuses (ZeroMaxStakeAmount) when the
 * limit is above the current price ratio or the result is 0. Pools are weighted (balancer): with a quote weight off
 * 0.5 that cap no longer matches what the move really gets, so the chain refuses moves within the tolerance or lets
 * through more slippage than the limit says. This is a port of the formula (the arithmetic, not the code).
 */
import { RAO_PER_TAO } from '../amount/constants.ts';
import { alphaOutForTaoIn, isStable, taoOutForAlphaIn, type Pool } from './pool.ts';

const FRAC = 64n;
const U64_MAX = (1n << 64n) - 1n;
const fix = (n: bigint): bigint => n << FRAC;
const mul = (a: bigint, b: bigint): bigint => (a * b) >> FRAC;
/** U64F64 safe_div: 0 when dividing by 0. */
const div = (a: bigint, b: bigint): bigint => (b === 0n ? 0n : (a << FRAC) / b);

/**
 * The most origin alpha the chain moves at `limitRatio` (destination alpha per origin alpha × 10^9) between two
 * dynamic pools, or null where the chain answers ZeroMaxStakeAmount. `priceRatio` is the current origin/destination
 * price × 10^9 (the chain compares the limit with it first). A limit of 0 means no cap.
 */
export function maxAmountMove(origin: Pool, dest: Pool, limitRatio: bigint, priceRatio: bigint): bigint | null {
  if (isStable(origin) || isStable(dest)) throw new RangeError('maxAmountMove is for two dynamic pools');
  const { taoReserve: t1, alphaReserve: a1 } = origin;
  const { taoReserve: t2, alphaReserve: a2 } = dest;
  if (t1 === 0n || t2 === 0n || a1 === 0n || a2 === 0n) return null;
  if (limitRatio > priceRatio) return null;
  if (limitRatio === 0n) return U64_MAX;
  const sum = fix(t1) + fix(t2);
  const limit = div(fix(limitRatio), fix(RAO_PER_TAO));
  const first = div(mul(fix(a2), div(fix(t1), sum)), limit);
  const second = mul(fix(a1), div(fix(t2), sum));
  const result = first > second ? (first - second) >> FRAC : 0n;
  const capped = result > U64_MAX ? U64_MAX : result;
  return capped === 0n ? null : capped;
}

/** Whether swap_stake_limit of `alpha` at `limitRatio` passes the chain's cap (else SlippageTooHigh, fee paid). */
export function chainAcceptsMove(origin: Pool, dest: Pool, alpha: bigint, limitRatio: bigint, priceRatio: bigint) {
  const max = maxAmountMove(origin, dest, limitRatio, priceRatio);
  return max !== null && alpha <= max;
}

export interface MoveProtection {
  /** The chain's cap at this limit (null: ZeroMaxStakeAmount, every amount refused). */
  chainMax: bigint | null;
  /** This amount passes the chain's cap now. */
  chainAccepts: boolean;
  /**
   * The slippage the chain really lets through at this limit, ppm rounded up: the loss against the spot ratio of the
   * largest move it accepts (chainMax), on the weighted pools as they are now, before fees. null when it accepts none.
   */
  allowedSlippagePpm: bigint | null;
  /** swap_stake_limit both accepts the move and holds it within the tolerance asked: only then is it "protected". */
  protectedAtTolerance: boolean;
}

const PPM = 1_000_000n;

/** Destination alpha for `alpha` origin alpha through both weighted pools, before fees (pool.ts). */
export function moveOut(origin: Pool, dest: Pool, alpha: bigint): bigint {
  return alphaOutForTaoIn(dest, taoOutForAlphaIn(origin, alpha));
}

/**
 * Whether swap_stake_limit at `limitRatio` protects a move of `alpha` at `toleranceBps`: the chain must accept it (its
 * constant-product cap) and the worst move it accepts must stay within the tolerance on the real (weighted) pools.
 * `spotRatio` is origin spot / destination spot × 10^9.
 */
export function moveProtection(
  origin: Pool,
  dest: Pool,
  alpha: bigint,
  limitRatio: bigint,
  spotRatio: bigint,
  toleranceBps: bigint,
): MoveProtection {
  const chainMax = maxAmountMove(origin, dest, limitRatio, spotRatio);
  const chainAccepts = chainMax !== null && alpha <= chainMax;
  if (chainMax === null || spotRatio === 0n)
    return { chainMax, chainAccepts, allowedSlippagePpm: null, protectedAtTolerance: false };
  const ideal = chainMax * spotRatio;
  const got = moveOut(origin, dest, chainMax) * RAO_PER_TAO;
  const allowedSlippagePpm = got >= ideal ? 0n : (PPM * (ideal - got) + ideal - 1n) / ideal;
  // One ppm of slack for the floors of the spot ratio and the limit (the chain's own rounding).
  return {
    chainMax,
    chainAccepts,
    allowedSlippagePpm,
    protectedAtTolerance: chainAccepts && allowedSlippagePpm <= toleranceBps * 100n + 1n,
  };
}
