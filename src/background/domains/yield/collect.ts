import { sameShare, type ShareState } from '../../../core/yield/shares-history.ts';
import { positionId, type HistoryReader, type PositionKey } from './history.ts';

export const BLOCKS_PER_DAY = 7200;
export const CHART_DAYS = 30;

/** The blocks every view samples: the head, one per day back to 30 days, each subnet's last epoch and the block before it, and both sides of the wallet's own transactions. */
export function sampleBlocks(head: number, lastEpochs: number[], hints: number[]): number[] {
  const set = new Set<number>(chartBlocks(head));
  for (const span of [1, 7, 30]) set.add(Math.max(0, head - span * BLOCKS_PER_DAY));
  for (const e of lastEpochs) if (e >= 1 && e <= head) [e - 1, e].forEach((b) => set.add(b));
  for (const f of hints) if (f >= 1 && f <= head) [f - 1, f].forEach((b) => set.add(b));
  return [...set].sort((a, b) => a - b);
}

/**
 * The chart's blocks, oldest first: one a day for 30 days; on a chain younger than that, 31 blocks
 * spread evenly from genesis to the head.
 */
export function chartBlocks(head: number): number[] {
  const span = CHART_DAYS * BLOCKS_PER_DAY;
  const step = head >= span ? BLOCKS_PER_DAY : head / CHART_DAYS;
  const set = new Set<number>();
  for (let k = CHART_DAYS; k >= 0; k--) set.add(Math.max(0, Math.round(head - k * step)));
  return [...set];
}

async function inBatches<T>(items: T[], size: number, fn: (x: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/**
 * Every position's states at the sampled blocks, refined so that any change of the person's shares
 * (a stake, unstake or move, by this wallet or from elsewhere) sits between two ADJACENT blocks: where
 * two samples differ in shares, bisection over the archive finds the block of the change (≈ log2(gap)
 * single-position queries), and it repeats until no gap hides a change.
 */
export async function collectStates(
  reader: HistoryReader,
  positions: PositionKey[],
  blocks: number[],
  owned: ReadonlySet<string> = new Set(),
): Promise<Map<string, ShareState[]>> {
  const byBlock = new Map<number, Map<string, ShareState>>();
  await inBatches(blocks, 8, async (b) => {
    byBlock.set(b, await reader.statesAt(b, positions));
  });
  const out = new Map<string, ShareState[]>();
  await inBatches(positions, 8, async (p) => {
    const id = positionId(p);
    const list = blocks.map((b) => byBlock.get(b)!.get(id)!);
    // On the person's own hotkey shares also change every epoch (take, owner cut, incentive): each change is found
    // the same way, within a budget of reads; a gap left unrefined is reported as inexact (shares-history).
    out.set(id, await refine(reader, p, list, owned.has(id) ? OWNED_REFINE_READS : Infinity));
  });
  return out;
}

/** Single-position reads spent refining one position on the person's own hotkey (≈ 9 per epoch at tempo 360). */
export const OWNED_REFINE_READS = 400;

/** Refines each gap between samples, the newest first (so a limited budget keeps the recent windows exact). */
async function refine(
  reader: HistoryReader,
  p: PositionKey,
  states: ShareState[],
  budget = Infinity,
): Promise<ShareState[]> {
  let reads = 0;
  const one = async (b: number): Promise<ShareState> => {
    reads++;
    return (await reader.statesAt(b, [p])).get(positionId(p))!;
  };
  const gaps: ShareState[][] = [];
  for (let i = states.length - 1; i >= 1; i--) {
    let a = states[i - 1]!;
    const b = states[i]!;
    const inner: ShareState[] = [];
    while (!sameShare(a, b) && b.block - a.block > 1 && reads < budget) {
      let lo = a;
      let hi = b;
      while (hi.block - lo.block > 1) {
        const mid = await one(Math.floor((lo.block + hi.block) / 2));
        if (sameShare(mid, a)) lo = mid;
        else hi = mid;
      }
      if (lo !== a) inner.push(lo);
      if (hi === b) break;
      inner.push(hi);
      a = hi;
    }
    gaps[i] = [...inner, b];
  }
  return [states[0]!, ...gaps.slice(1).flat()];
}
