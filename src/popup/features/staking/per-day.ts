const SCALE = 1_000_000_000_000n;

/**
 * What `amount` earns in a day at a daily rate given as a decimal fraction ("0.000123"), floored; null when the
 * rate is unknown or not a plain non-negative decimal. Exact: the rate is read as digits, never as a float.
 */
export function perDay(amount: bigint, rate: string | null | undefined): bigint | null {
  if (!rate) return null;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!m) return null;
  const frac = (m[2] ?? '').slice(0, 12).padEnd(12, '0');
  const scaled = BigInt(m[1]!) * SCALE + BigInt(frac);
  return (amount * scaled) / SCALE;
}
