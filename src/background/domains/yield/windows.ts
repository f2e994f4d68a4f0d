import { floorDiv } from '../../../core/amount/muldiv.ts';
import { annualisedFromRealised, realisedRate } from '../../../core/yield/realised.ts';
import { earningsSince, valueAt, type ShareState } from '../../../core/yield/shares-history.ts';
import type { ChartPoint, WindowEarnings } from '../../../protocol/domains/yield-values.ts';
import { BLOCKS_PER_DAY, chartBlocks } from './collect.ts';

/** The calendar windows (7200 blocks a day), shared by subnet and root positions. */
export const SPANS: Array<[WindowEarnings['window'], number]> = [
  ['day', BLOCKS_PER_DAY],
  ['week', 7 * BLOCKS_PER_DAY],
  ['month', 30 * BLOCKS_PER_DAY],
];

const taoOf = (alpha: bigint, price: bigint): bigint => floorDiv(alpha * price, 1_000_000_000n);

function one(
  window: WindowEarnings['window'],
  states: ShareState[],
  from: number,
  complete: boolean,
  price: bigint,
  own?: ReadonlySet<number>,
): WindowEarnings | null {
  const r = earningsSince(states, from, own);
  if (!r) return null;
  const snaps = [
    { block: r.first.block, alpha: valueAt(r.first) },
    { block: r.last.block, alpha: valueAt(r.last) },
  ];
  const rate = realisedRate(snaps, r.flows);
  return {
    window,
    fromBlock: r.first.block,
    toBlock: r.last.block,
    complete,
    alpha: r.earned.toString(),
    tao: taoOf(r.earned, price).toString(),
    flows: r.flows.reduce((s, f) => s + f.deltaAlpha, 0n).toString(),
    apy: rate ? annualisedFromRealised(rate) : null,
  };
}

/**
 * The realised windows of one position from its refined states (sorted, the head last): the subnet's last
 * epoch (from the block before it), and the last day, week and month (or as far back as the chain goes).
 * null = no history yet: no epoch of the subnet has run since the position was opened. Root stake (paid by every
 * subnet's epoch where the runtime has no root claims) has no epoch window of its own (`epochWindow` false).
 */
export function realisedWindows(
  states: ShareState[],
  head: number,
  lastEpoch: number | null,
  price: bigint,
  own?: ReadonlySet<number>,
  epochWindow = true,
): { windows: WindowEarnings[] | null; exact: boolean } {
  const opened = states.find((s) => s.share.num !== 0n)?.block ?? head;
  if (lastEpoch === null || lastEpoch < 1 || lastEpoch <= opened) return { windows: null, exact: true };
  const out: WindowEarnings[] = [];
  const epoch = epochWindow ? one('epoch', states, lastEpoch - 1, true, price, own) : null;
  if (epoch) out.push(epoch);
  for (const [w, span] of SPANS) {
    const x = one(w, states, Math.max(0, head - span), head - span >= 0, price, own);
    if (x) out.push(x);
  }
  const exact = earningsSince(states, Math.max(0, head - 30 * BLOCKS_PER_DAY), own)?.exact ?? true;
  return { windows: out, exact };
}

/** The position's value at each chart block (oldest first), at the block times estimated from `now`. */
export function chartPoints(states: ShareState[], head: number, now: number, blockMs = 12_000): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const block of chartBlocks(head)) {
    const s = [...states].reverse().find((x) => x.block <= block);
    points.push({ block, at: now - (head - block) * blockMs, alpha: (s ? valueAt(s) : 0n).toString() });
  }
  return points;
}
