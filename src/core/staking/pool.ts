import { RAO_PER_TAO } from '../amount/constants.ts';
import { floorDiv } from '../amount/muldiv.ts';
import { rational, type Rational } from '../amount/rational.ts';
import { HALF_PERQUINTILL, PERQUINTILL } from './constants.ts';
import { mulPowCeil } from './fixedPow.ts';

/**
 * A subnet's swap pool (SUBTENSOR_FACTS §5.1): x = SubnetAlphaIn, y = SubnetTAO,
 * w_q = SwapBalancer.quote / 10^18, w_b = 1 − w_q. Root and stable subnets (SubnetMechanism 0) are 1:1.
 */
export interface Pool {
  taoReserve: bigint;
  alphaReserve: bigint;
  /** Perquintill (10^18 = 1.0); default 0.5. */
  quoteWeight?: bigint;
  /** 'stable' for root (netuid 0) and SubnetMechanism = 0: price 1, no fee, no slippage. */
  mechanism?: 'dynamic' | 'stable';
}

export function quoteWeightOf(pool: Pool): bigint {
  const q = pool.quoteWeight ?? HALF_PERQUINTILL;
  if (q <= 0n || q >= PERQUINTILL) throw new RangeError('quote weight must be inside (0, 1)');
  return q;
}

export function isStable(pool: Pool): boolean {
  return pool.mechanism === 'stable';
}

/** Exact spot price in TAO per alpha: (w_b / w_q) × (y / x). Zero when x = 0. */
export function spotPriceExact(pool: Pool): Rational {
  if (isStable(pool)) return rational(1n);
  if (pool.alphaReserve === 0n) return rational(0n);
  const q = quoteWeightOf(pool);
  return rational((PERQUINTILL - q) * pool.taoReserve, q * pool.alphaReserve);
}

/** Spot price in rao per alpha, floored (like SwapRuntimeApi.current_alpha_price). */
export function spotPrice(pool: Pool): bigint {
  const p = spotPriceExact(pool);
  return floorDiv(p.num * RAO_PER_TAO, p.den);
}

/**
 * Alpha paid out for Δy net TAO in: Δx = x × (1 − (y / (y + Δy))^(w_q / w_b)), floored.
 * Computed as x − ceil(x × power) so the floor is exact.
 */
export function alphaOutForTaoIn(pool: Pool, netTao: bigint): bigint {
  if (isStable(pool)) return netTao;
  const { taoReserve: y, alphaReserve: x } = pool;
  if (netTao <= 0n || x === 0n) return 0n;
  const q = quoteWeightOf(pool);
  return x - mulPowCeil(x, y, y + netTao, q, PERQUINTILL - q);
}

/** TAO paid out for Δx net alpha in: Δy = y × (1 − (x / (x + Δx))^(w_b / w_q)), floored. */
export function taoOutForAlphaIn(pool: Pool, netAlpha: bigint): bigint {
  if (isStable(pool)) return netAlpha;
  const { taoReserve: y, alphaReserve: x } = pool;
  if (netAlpha <= 0n || y === 0n) return 0n;
  const q = quoteWeightOf(pool);
  return y - mulPowCeil(y, x, x + netAlpha, PERQUINTILL - q, q);
}
