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

const U128_MAX = (1n << 128n) - 1n;
const U64_MAX = (1n << 64n) - 1n;
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/**
 * The chain's own value of legacy shares (primitives/share-pool `get_value`, U64F64 arithmetic): value per share =
 * TotalHotkeyAlpha / denominator, truncated to 64 fraction bits (checked: on overflow the chain multiplies first),
 * times the share, truncated, then the integer part (saturating to u64). It can be a rao below the exact
 * floor(T × share / denominator): the chain truncates twice.
 */
export function u64f64ShareValue(total: bigint, shareBits: bigint, denomBits: bigint): bigint {
  if (denomBits === 0n) return 0n;
  const shared = total << 64n;
  const perShare = (shared << 64n) / denomBits;
  let value: bigint;
  if (perShare <= U128_MAX) value = min((perShare * shareBits) >> 64n, U128_MAX);
  else {
    const product = min((shared * shareBits) >> 64n, U128_MAX);
    const quotient = (product << 64n) / denomBits;
    value = quotient <= U128_MAX ? quotient : 0n;
  }
  return min(value >> 64n, U64_MAX);
}

/**
 * §4.2: a coldkey's alpha on (hotkey, netuid), as the chain computes it: legacy U64F64 shares with the chain's
 * fixed-point arithmetic, SafeFloat (V2) shares as floor(TotalHotkeyAlpha × share / denominator).
 * Returns 0 when the share or the denominator is zero.
 */
export function stakeFromShares(totalHotkeyAlpha: bigint, share: ShareValue, denominator: ShareValue): bigint {
  if (isZeroShare(share) || isZeroShare(denominator)) return 0n;
  if ('bits' in share && 'bits' in denominator) return u64f64ShareValue(totalHotkeyAlpha, share.bits, denominator.bits);
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
