/** Integer helpers and fixed-point encodings used by storage (bits as bigint, facts doc §1.1). */

export const U64_MAX = (1n << 64n) - 1n;
/** U64F64 / I64F64: value = bits / 2^64. */
export const FRAC64 = 64n;
/** I96F32 / U96F32: value = bits / 2^32. */
export const FRAC32 = 32n;

export function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
export function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
export function satSub(a: bigint, b: bigint): bigint {
  return a > b ? a - b : 0n;
}

/** floor(sqrt(n)) for n >= 0 (Newton's method on bigint). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < 2n) return n;
  let x = 1n << (BigInt(n.toString(2).length + 1) >> 1n);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** A rao-per-alpha price (u64, ×10^9) as I96F32 bits (TAO per alpha × 2^32), floored. */
export function priceToI96F32(priceRao: bigint): bigint {
  return (priceRao << FRAC32) / 1_000_000_000n;
}
/** I96F32 bits of a TAO-per-alpha price back to rao per alpha, floored. */
export function i96f32ToPrice(bits: bigint): bigint {
  return (bits * 1_000_000_000n) >> FRAC32;
}
