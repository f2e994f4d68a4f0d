/** One amount split over n validators in rao: equal shares, the remainder (under n rao) to the first. */
export function splitEvenly(total: bigint, n: number): bigint[] {
  if (n <= 0) return [];
  const share = total / BigInt(n);
  const rest = total - share * BigInt(n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? share + rest : share));
}
