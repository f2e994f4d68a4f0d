import { floorDiv } from '../amount/muldiv.ts';
import type { Rational } from '../amount/rational.ts';
import { safeFloatToRational, u64f64ToRational, type SafeFloat } from './fixedPoint.ts';

/** A share or share total as stored: V2 SafeFloat, or legacy U64F64 bits. */
export type ShareValue = SafeFloat | { bits: bigint };

export function shareToRational(v: ShareValue): Rational {
  return 'bits' in v ? u64f64ToRational(v.bits) : safeFloatToRational(v);
}

export function isZeroShare(v: ShareValue | null | undefined): boolean {
  return !v || ('bits' in v ? v.bits === 0n : v.mantissa === 0n);
}

/**
 * §4.2: a coldkey's alpha on (hotkey, netuid) = floor(TotalHotkeyAlpha × share / denominator), exact.
 * Returns 0 when the share or the denominator is zero.
 */
export function stakeFromShares(totalHotkeyAlpha: bigint, share: ShareValue, denominator: ShareValue): bigint {
  if (isZeroShare(share) || isZeroShare(denominator)) return 0n;
  const s = shareToRational(share);
  const d = shareToRational(denominator);
  return floorDiv(totalHotkeyAlpha * s.num * d.den, s.den * d.num);
}

/**
 * Picks the share the chain reads (§4.2): the legacy V1 entry when present and nonzero (ValueQuery
 * zero means "absent"), else the V2 entry; null when neither exists.
 */
export function pickShare(legacy: ShareValue | null | undefined, v2: ShareValue | null | undefined): ShareValue | null {
  if (!isZeroShare(legacy)) return legacy ?? null;
  return v2 ?? null;
}
