import { RAO_PER_TAO } from './constants.ts';
import { mulDivCeil, mulDivFloor } from './muldiv.ts';

/**
 * Conversions at a price given in rao per 1 alpha (SwapRuntimeApi.current_alpha_price: price × 10^9).
 * These are spot conversions with no slippage or fee; use the staking previews for real trades.
 * Default rounding is floor (what you would at least get); pass 'ceil' for "what it costs at most".
 */
export type Rounding = 'floor' | 'ceil';

/** alpha × price / 10^9 → rao. */
export function alphaToTao(alpha: bigint, priceRaoPerAlpha: bigint, rounding: Rounding = 'floor'): bigint {
  const f = rounding === 'ceil' ? mulDivCeil : mulDivFloor;
  return f(alpha, priceRaoPerAlpha, RAO_PER_TAO);
}

/** tao × 10^9 / price → alpha rao. Throws RangeError when the price is 0. */
export function taoToAlpha(tao: bigint, priceRaoPerAlpha: bigint, rounding: Rounding = 'floor'): bigint {
  const f = rounding === 'ceil' ? mulDivCeil : mulDivFloor;
  return f(tao, RAO_PER_TAO, priceRaoPerAlpha);
}
