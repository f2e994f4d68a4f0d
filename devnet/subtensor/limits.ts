/**
 * Maximum amounts under a limit price (facts doc §5.3). `limit_price` is rao per alpha (×10^9), or
 * for swap_stake_limit the ratio origin_price / destination_price × 10^9.
 *
 * Definition used here (exact against our own pools): the largest input whose execution leaves the
 * post-trade spot price (floor(y·10^9/x)) on the acceptable side of the limit, found by bisection.
 * The chain uses closed forms for the same quantity; results agree up to rounding of a few rao.
 *  - add:    post-trade price ≤ limit; 0 when spot ≥ limit. Stable: limit ≥ 10^9 → unlimited, else 0.
 *  - remove: post-trade price ≥ limit; 0 when spot ≤ limit. Stable: limit ≤ 10^9 → unlimited, else 0.
 *  - move:   post-trade ratio ≥ limit; limit 0 → unlimited; 0 when the current ratio < limit.
 * "Unlimited" is u64::MAX. A result of 0 makes the calls fail with ZeroMaxStakeAmount.
 */
import { U64_MAX } from './fixed.ts';
import { PRICE_ONE, priceAfter, quoteBuy, quoteSell, spotPrice, tryQuote, type Pool } from './pools.ts';

/** Largest a in [0, hi] with ok(a), for ok monotone (true then false) and ok(0) true. */
function bisect(ok: (a: bigint) => boolean, hi: bigint): bigint {
  if (ok(hi)) return hi;
  let lo = 0n;
  while (hi - lo > 1n) {
    const mid = (lo + hi) >> 1n;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

export function maxAmountAdd(p: Pool, limit: bigint): bigint {
  if (p.stable) return limit >= PRICE_ONE ? U64_MAX : 0n;
  if (spotPrice(p) >= limit) return 0n;
  return bisect((g) => {
    const q = tryQuote(() => quoteBuy(p, g));
    return q !== null && priceAfter(p, q) <= limit;
  }, U64_MAX);
}

export function maxAmountRemove(p: Pool, limit: bigint): bigint {
  if (p.stable) return limit <= PRICE_ONE ? U64_MAX : 0n;
  if (limit === 0n) return U64_MAX;
  if (spotPrice(p) <= limit) return 0n;
  return bisect((a) => {
    const q = tryQuote(() => quoteSell(p, a));
    return q !== null && priceAfter(p, q) >= limit;
  }, U64_MAX);
}

/** Ratio origin/destination price × 10^9 (floor); u64::MAX if the destination price is 0. */
export function priceRatio(originPrice: bigint, destPrice: bigint): bigint {
  return destPrice === 0n ? U64_MAX : (originPrice * PRICE_ONE) / destPrice;
}

/**
 * Max alpha to move from `origin` to `dest` keeping the post-trade ratio ≥ limit. `originFee` says
 * which side pays the one swap fee (origin unless the origin is root).
 */
export function maxAmountMove(origin: Pool, dest: Pool, limit: bigint, originFee: boolean): bigint {
  if (limit === 0n) return U64_MAX;
  if (priceRatio(spotPrice(origin), spotPrice(dest)) < limit) return 0n;
  return bisect((a) => {
    const sell = tryQuote(() => quoteSell(origin, a, originFee));
    if (sell === null) return false;
    const buy = tryQuote(() => quoteBuy(dest, sell.amountOut, !originFee));
    if (buy === null) return false;
    return priceRatio(priceAfter(origin, sell), priceAfter(dest, buy)) >= limit;
  }, U64_MAX);
}
