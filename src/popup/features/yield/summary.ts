import type { PositionYield, WindowEarnings } from '../../../protocol/domains/yield-values.ts';

/** Blocks in three days (12 s blocks): a window shorter than this is not annualised. */
export const ANNUALISE_MIN_BLOCKS = 3 * 7_200;
/** A yearly rate above this (percent) is shown flagged as implausible, not as a fact. */
export const IMPLAUSIBLE_APY = 1_000;

export type WindowRate = { kind: 'too-early' } | { kind: 'none' } | { kind: 'rate'; apy: number; implausible: boolean };

/** How a window's yearly rate may be shown: too short to annualise, unknown, or a rate (flagged when implausible). */
export function windowRate(w: WindowEarnings): WindowRate {
  if (w.window === 'epoch' || w.toBlock - w.fromBlock < ANNUALISE_MIN_BLOCKS) return { kind: 'too-early' };
  if (w.apy === null || !Number.isFinite(w.apy)) return { kind: 'none' };
  return { kind: 'rate', apy: w.apy, implausible: w.apy > IMPLAUSIBLE_APY };
}

export interface YieldSummary {
  /** rao of TAO earned in the last 24 h, 7 days, 30 days, over every position. */
  day: bigint;
  week: bigint;
  month: bigint;
  /** Projected APY weighted by each position's TAO value; null when no position has a projection. */
  blendedApy: number | null;
}

/** The totals at the top of the yield screen. */
export function summarise(positions: readonly PositionYield[]): YieldSummary {
  const sum = (window: WindowEarnings['window']) =>
    positions.reduce((s, p) => s + BigInt(p.realised?.find((w) => w.window === window)?.tao ?? '0'), 0n);
  let weight = 0n;
  let weighted = 0;
  for (const p of positions) {
    if (!p.projected || !Number.isFinite(p.projected.apy)) continue;
    weight += BigInt(p.tao);
    weighted += p.projected.apy * Number(BigInt(p.tao) / 1_000_000n);
  }
  const blendedApy = weight > 0n ? weighted / Number(weight / 1_000_000n || 1n) : null;
  return { day: sum('day'), week: sum('week'), month: sum('month'), blendedApy };
}
