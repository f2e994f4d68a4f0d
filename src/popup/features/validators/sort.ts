import type { ValidatorRow } from '../../../protocol/domains/validators-values.ts';

export const SORTS = ['stake', 'take', 'yield', 'nominators'] as const;
export type SortKey = (typeof SORTS)[number];

const cmpBig = (a: string, b: string): number => {
  const d = BigInt(b) - BigInt(a);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

/** Rows matching the search (name or hotkey) and subnet, sorted; yields unknown (null) sort last. */
export function filterRows(
  rows: readonly ValidatorRow[],
  query: string,
  netuid: number | null,
  sort: SortKey,
): ValidatorRow[] {
  const q = query.trim().toLowerCase();
  const out = rows.filter(
    (r) =>
      (netuid === null || r.netuid === netuid) &&
      (!q || r.hotkey.toLowerCase().includes(q) || (r.name ?? '').toLowerCase().includes(q)),
  );
  const bySort: Record<SortKey, (a: ValidatorRow, b: ValidatorRow) => number> = {
    stake: (a, b) => cmpBig(a.stakeTao, b.stakeTao),
    take: (a, b) => a.take - b.take || cmpBig(a.stakeTao, b.stakeTao),
    nominators: (a, b) => b.nominators - a.nominators,
    // Root pays τ per τ staked, a subnet α per α: two units, never ranked against each other (subnet rows first).
    yield: (a, b) =>
      (a.projectedDailyRate === null ? 1 : 0) - (b.projectedDailyRate === null ? 1 : 0) ||
      (a.netuid === 0 ? 1 : 0) - (b.netuid === 0 ? 1 : 0) ||
      Number(b.projectedDailyRate ?? 0) - Number(a.projectedDailyRate ?? 0) ||
      cmpBig(a.stakeTao, b.stakeTao),
  };
  return out.sort(bySort[sort]);
}

/** Take in parts of 65535 → "9.00 %" (rounded up: a cost is never understated). */
export function takePercent(take: number): string {
  const bps = Math.ceil((take * 10_000) / 65_535);
  return `${(bps / 100).toFixed(2)} %`;
}

/** A projected daily rate (decimal fraction as text) → "0.0123 %", or "—" when there is none yet. */
export function yieldText(rate: string | null): string {
  if (rate === null) return '—';
  const n = Number(rate);
  return Number.isFinite(n) ? `${(n * 100).toFixed(4)} %` : '—';
}

/**
 * A projected daily rate compounded over a year, as one unit everywhere (directory, stake form): "12.34 %"; null
 * when there is no rate. A rate, not an amount: a float is fine here.
 */
export function apyText(rate: string | null): string | null {
  if (rate === null) return null;
  const d = Number(rate);
  if (!Number.isFinite(d) || d < 0) return null;
  const apy = (Math.pow(1 + d, 365) - 1) * 100;
  // Above 1,000 % a year the figure says more about a short tempo or a young chain than about a return: flagged.
  return apy > 1_000 ? '>1,000 % (!)' : `${apy.toFixed(2)} %`;
}
