import { rational, type Rational } from '../amount/rational.ts';

/**
 * Decoders for substrate_fixed values ({ bits }) and SafeFloat (§1.1), to exact rationals.
 * Signed types may arrive as a negative bigint or as the raw unsigned two's-complement u128.
 */
export function fixedToRational(bits: bigint, fracBits: number, signed: boolean): Rational {
  let b = bits;
  if (signed && b >= 1n << 127n) b -= 1n << 128n;
  if (!signed && b < 0n) throw new RangeError('unsigned fixed-point value with negative bits');
  return rational(b, 1n << BigInt(fracBits));
}

export const i96f32ToRational = (bits: bigint): Rational => fixedToRational(bits, 32, true);
export const u96f32ToRational = (bits: bigint): Rational => fixedToRational(bits, 32, false);
export const u64f64ToRational = (bits: bigint): Rational => fixedToRational(bits, 64, false);
export const i64f64ToRational = (bits: bigint): Rational => fixedToRational(bits, 64, true);

export interface SafeFloat {
  mantissa: bigint;
  exponent: bigint | number;
}

/** SafeFloat value = mantissa × 10^exponent. */
export function safeFloatToRational(v: SafeFloat): Rational {
  const e = BigInt(v.exponent);
  return e >= 0n ? rational(v.mantissa * 10n ** e) : rational(v.mantissa, 10n ** -e);
}
