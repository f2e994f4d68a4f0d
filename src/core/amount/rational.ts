import { ceilDiv, floorDiv } from './muldiv.ts';

/** An exact non-float ratio num/den (den > 0 after `rational()`). */
export interface Rational {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds a reduced rational with a positive denominator. Throws on den = 0. */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('rational with zero denominator');
  const s = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (s * num) / g, den: (s * den) / g };
}

export function ratAdd(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function ratMul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function ratCompare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** floor(value × r): e.g. an alpha amount times a per-epoch rate. */
export function ratFloorMul(value: bigint, r: Rational): bigint {
  return floorDiv(value * r.num, r.den);
}

export function ratFloor(r: Rational): bigint {
  return floorDiv(r.num, r.den);
}

export function ratCeil(r: Rational): bigint {
  return ceilDiv(r.num, r.den);
}

/**
 * Float view of a rational, for DISPLAY ONLY (percentages). Keeps ~15 significant digits even when
 * num and den exceed 2^53, by scaling before converting.
 */
export function ratToNumber(r: Rational): number {
  const SCALE = 10n ** 18n;
  const q = floorDiv(r.num * SCALE, r.den);
  return Number(q) / 1e18;
}
