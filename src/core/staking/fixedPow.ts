import { isqrt } from '../amount/muldiv.ts';

/**
 * floor / ceil of m × (a/b)^(p/q) for m ≥ 0, a, b, p, q > 0.
 *
 * Exact when the reduced exponent p/q is small (p, q ≤ EXACT_LIMIT: this covers the default
 * w = 0.5 pool, where the swap exponent is 1 and the limit exponent is 1/2), via integer k-th roots.
 * Otherwise a fixed-point ln/exp with FRAC_BITS = 256 fractional bits (relative error < 2^-240):
 * the floored result can then differ from the exact value by 1 only when the exact value lies
 * within ~2^-170 of an integer. (The chain itself truncates the power to 10^-18 and works in
 * U64F64, so it may differ from the exact value by about a rao on large reserves: SUBTENSOR_FACTS §5.1.)
 */
const EXACT_LIMIT = 16n;
const FRAC_BITS = 256n;
const ONE = 1n << FRAC_BITS;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** floor(n^(1/k)) for n ≥ 0, k ≥ 1. */
export function iroot(n: bigint, k: bigint): bigint {
  if (n < 0n || k < 1n) throw new RangeError('iroot domain');
  if (k === 1n || n < 2n) return n;
  if (k === 2n) return isqrt(n);
  const bits = BigInt(n.toString(2).length);
  let x = 1n << (bits / k + 1n); // ≥ true root
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) break;
    x = y;
  }
  while (x ** k > n) x -= 1n;
  while ((x + 1n) ** k <= n) x += 1n;
  return x;
}

/** ln(a/b) × 2^FRAC_BITS, via 2·atanh series after reducing a/b into [1, 2). */
function lnFixed(a: bigint, b: bigint): bigint {
  let k = BigInt(a.toString(2).length - b.toString(2).length); // within 1 of floor(log2(a/b))
  // z = a / (b·2^k), moved into [1, 2)
  let zn = k >= 0n ? a : a << -k;
  let zd = k >= 0n ? b << k : b;
  while (zn < zd) {
    zn <<= 1n;
    k -= 1n;
  }
  while (zn >= 2n * zd) {
    zd <<= 1n;
    k += 1n;
  }
  return k * LN2 + atanhSeries2(zn - zd, zn + zd);
}

/** 2·atanh(n/d) × 2^FRAC_BITS for 0 ≤ n/d ≤ 1/3. */
function atanhSeries2(n: bigint, d: bigint): bigint {
  const t = (n << FRAC_BITS) / d;
  const t2 = (t * t) >> FRAC_BITS;
  let term = t;
  let sum = 0n;
  for (let i = 1n; term !== 0n; i += 2n) {
    sum += term / i;
    term = (term * t2) >> FRAC_BITS;
  }
  return 2n * sum;
}

const LN2 = atanhSeries2(1n, 3n); // ln 2 = 2·atanh(1/3)

/** e^(v / 2^FRAC_BITS) × 2^FRAC_BITS. */
function expFixed(v: bigint): bigint {
  let m = v / LN2;
  if (v - m * LN2 < 0n) m -= 1n;
  const r = v - m * LN2; // [0, ln 2)
  let term = ONE;
  let sum = 0n;
  for (let i = 1n; term !== 0n; i += 1n) {
    sum += term;
    term = (term * r) / (i << FRAC_BITS);
  }
  return m >= 0n ? sum << m : sum >> -m;
}

function reduce(p: bigint, q: bigint): [bigint, bigint] {
  const g = gcd(p, q);
  return [p / g, q / g];
}

export function mulPowFloor(m: bigint, a: bigint, b: bigint, p: bigint, q: bigint): bigint {
  return mulPow(m, a, b, p, q, false);
}

export function mulPowCeil(m: bigint, a: bigint, b: bigint, p: bigint, q: bigint): bigint {
  return mulPow(m, a, b, p, q, true);
}

function mulPow(m: bigint, a: bigint, b: bigint, p0: bigint, q0: bigint, ceil: boolean): bigint {
  if (m < 0n || a <= 0n || b <= 0n || p0 <= 0n || q0 <= 0n) throw new RangeError('mulPow domain');
  if (m === 0n) return 0n;
  const [p, q] = reduce(p0, q0);
  if (p <= EXACT_LIMIT && q <= EXACT_LIMIT) {
    // m·(a/b)^(p/q) = (m^q·a^p / b^p)^(1/q)
    const num = m ** q * a ** p;
    const den = b ** p;
    const r = iroot(num / den, q);
    return ceil && r ** q * den !== num ? r + 1n : r;
  }
  const pow = expFixed((lnFixed(a, b) * p) / q);
  const prod = m * pow;
  const r = prod >> FRAC_BITS;
  return ceil && (prod & (ONE - 1n)) !== 0n ? r + 1n : r;
}
