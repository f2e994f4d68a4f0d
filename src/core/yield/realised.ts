import { rational, type Rational } from '../amount/rational.ts';
import { apyFromPeriodRate } from './project.ts';
import { BLOCKS_PER_DAY } from './emission.ts';

export interface PositionSnapshot {
  block: number;
  alpha: bigint;
}
export interface PositionFlow {
  block: number;
  deltaAlpha: bigint;
}

/**
 * A snapshot at block B is the position after block B. A flow in block B (stake +, unstake −, move
 * in/out ±) is therefore inside the window (first.block, last.block] when first.block < B ≤ last.block.
 */
function window(snapshots: PositionSnapshot[]): [PositionSnapshot, PositionSnapshot] | null {
  if (snapshots.length < 2) return null;
  const sorted = [...snapshots].sort((a, b) => a.block - b.block);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first && last && last.block > first.block ? [first, last] : null;
}

/**
 * Alpha earned between the first and last snapshot: change in position minus the person's own net
 * flows, so adding stake never looks like yield. null without two snapshots at different blocks
 * ("no history yet" rather than 0). May be negative (e.g. a fee paid in alpha).
 */
export function realisedEarnings(snapshots: PositionSnapshot[], flows: PositionFlow[]): bigint | null {
  const w = window(snapshots);
  if (!w) return null;
  const [first, last] = w;
  const net = flows
    .filter((f) => f.block > first.block && f.block <= last.block)
    .reduce((s, f) => s + f.deltaAlpha, 0n);
  return last.alpha - first.alpha - net;
}

/**
 * Period return over the window, exact, by the Modified Dietz method: earned / (start + Σ flow × w_f),
 * w_f = (end − flow block) / (end − start), so money added late in the window weighs little.
 * null when there is no history or no capital at work.
 */
export function realisedRate(
  snapshots: PositionSnapshot[],
  flows: PositionFlow[],
): { rate: Rational; blocks: number } | null {
  const w = window(snapshots);
  const earned = realisedEarnings(snapshots, flows);
  if (!w || earned === null) return null;
  const [first, last] = w;
  const span = BigInt(last.block - first.block);
  let capital = first.alpha * span;
  for (const f of flows) {
    if (f.block > first.block && f.block <= last.block) capital += f.deltaAlpha * BigInt(last.block - f.block);
  }
  if (capital <= 0n) return null;
  return { rate: rational(earned * span, capital), blocks: Number(span) };
}

/** Annualised percentage with compounding from a realised window; float, display only. */
export function annualisedFromRealised(r: { rate: Rational; blocks: number }): number {
  return apyFromPeriodRate(r.rate, (365 * Number(BLOCKS_PER_DAY)) / r.blocks);
}
