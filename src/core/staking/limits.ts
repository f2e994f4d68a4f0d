import { RAO_PER_TAO } from '../amount/constants.ts';
import { ceilDiv, floorDiv } from '../amount/muldiv.ts';
import { BPS } from './constants.ts';

/**
 * Limit prices for the *_limit calls (SUBTENSOR_FACTS §5.3), in rao per alpha. Tolerances in basis points.
 * Note the chain refuses an unstake whose limit is not strictly below the current price, so a
 * tolerance of 0 on remove_stake_limit always fails; the UI's minimum tolerance should be ≥ 1 bp.
 */
function checkTol(toleranceBps: bigint, max: bigint): void {
  if (toleranceBps < 0n || toleranceBps > max) throw new RangeError(`tolerance must be 0..${max} bps`);
}

/** add_stake_limit: worst acceptable (highest) price = ceil(spot × (1 + tol)). */
export function limitPriceForStake(spot: bigint, toleranceBps: bigint): bigint {
  checkTol(toleranceBps, 1_000_000n);
  return ceilDiv(spot * (BPS + toleranceBps), BPS);
}

/** remove_stake_limit / remove_stake_full_limit: lowest acceptable price = floor(spot × (1 − tol)). */
export function limitPriceForUnstake(spot: bigint, toleranceBps: bigint): bigint {
  checkTol(toleranceBps, BPS);
  return floorDiv(spot * (BPS - toleranceBps), BPS);
}

/**
 * swap_stake_limit: minimum acceptable (origin price / destination price) × 10^9, less the tolerance:
 * floor(origin × 10^9 × (1 − tol) / dest). Throws if dest is 0 (a limit of 0 would mean "unlimited").
 */
export function limitRatioForSwap(originPrice: bigint, destPrice: bigint, toleranceBps: bigint): bigint {
  checkTol(toleranceBps, BPS);
  if (destPrice <= 0n) throw new RangeError('destination price must be positive');
  return floorDiv(originPrice * RAO_PER_TAO * (BPS - toleranceBps), destPrice * BPS);
}

/** Tolerance above which the UI warns (issue 5: default 1%, warning above 5%). */
export const DEFAULT_TOLERANCE_BPS = 100n;
export const WARN_TOLERANCE_BPS = 500n;

export function isToleranceRisky(toleranceBps: bigint): boolean {
  return toleranceBps > WARN_TOLERANCE_BPS;
}
