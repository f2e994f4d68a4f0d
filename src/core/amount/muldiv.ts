/** Exact integer division helpers. All functions throw RangeError on a zero divisor. */

function assertDivisor(d: bigint): void {
  if (d === 0n) throw new RangeError('division by zero');
}

/** floor(n / d) for any signs (BigInt `/` truncates toward zero). */
export function floorDiv(n: bigint, d: bigint): bigint {
  assertDivisor(d);
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/** ceil(n / d) for any signs. */
export function ceilDiv(n: bigint, d: bigint): bigint {
  assertDivisor(d);
  const q = n / d;
  return n % d !== 0n && n < 0n === d < 0n ? q + 1n : q;
}

/** floor(a × b / c), exact (no intermediate overflow: bigint is unbounded). */
export function mulDivFloor(a: bigint, b: bigint, c: bigint): bigint {
  return floorDiv(a * b, c);
}

/** ceil(a × b / c), exact. */
export function mulDivCeil(a: bigint, b: bigint, c: bigint): bigint {
  return ceilDiv(a * b, c);
}

/** floor(sqrt(n)) for n ≥ 0 (Newton's method on bigints). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('square root of a negative number');
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
