import { floorDiv } from '../amount/muldiv.ts';
import { type Rational } from '../amount/rational.ts';
import { u64f64ShareValue } from '../staking/shares.ts';
import type { PositionFlow } from './realised.ts';

/**
 * A position's share-pool state after block `block` (§4.2): value = floor(total × share / denom), or the chain's
 * U64F64 arithmetic when both are legacy fixed-point shares (`fixed`).
 * `epoch` says whether the subnet ran its epoch in that block (LastMechansimStepBlock = block).
 */
export interface ShareState {
  block: number;
  total: bigint;
  share: Rational;
  denom: Rational;
  epoch: boolean;
  /** Share and denominator are legacy U64F64 values (Alpha / TotalHotkeyShares): valued as the chain does. */
  fixed?: boolean;
}

/** U64F64 bits of a rational made from them (its denominator divides 2^64). */
function bitsOf(r: Rational): bigint {
  return (r.num << 64n) / r.den;
}

/** The value of `share` against `denom` and `total`, as the chain computes it; 0 without shares. */
export function shareValue(total: bigint, share: Rational, denom: Rational, fixed = false): bigint {
  if (share.num === 0n || denom.num === 0n) return 0n;
  if (fixed) return u64f64ShareValue(total, bitsOf(share), bitsOf(denom));
  return floorDiv(total * share.num * denom.den, share.den * denom.num);
}

export const valueAt = (s: ShareState): bigint => shareValue(s.total, s.share, s.denom, s.fixed);

export function sameShare(a: ShareState, b: ShareState): boolean {
  return a.share.num * b.share.den === b.share.num * a.share.den;
}

/**
 * Earnings between two consecutive states p → q. Dividends raise TotalHotkeyAlpha without minting
 * shares and flows mint or burn shares at the current value per share, so:
 *  - same shares: every change of value is yield (exact: the chain's own formula at both ends);
 *  - shares changed within ONE block in which the subnet ran no epoch: the whole change is a flow (a stake,
 *    unstake, move or root-claim credit from anywhere, this wallet or not); exact;
 *  - shares changed in a block that also ran the subnet's epoch: the epoch runs first (on_initialize, before the
 *    block's extrinsics), so what was earned is p's shares valued after the block, floor(T_q s_p / S_q), less their
 *    value before, and the rest is the block's flow (which bought its shares at that same after-epoch value per
 *    share); exact up to one rao of share rounding, reported as inexact. On the person's OWN hotkey
 *    (`ownFlowBlocks` given: the blocks of the wallet's own transactions) the epoch also pays take, owner cut and
 *    incentive in new shares: with no transaction of theirs in that block the whole change is income (exact).
 * States further apart with different shares must be refined first (bisection), else inexact.
 */
export function segmentEarnings(
  p: ShareState,
  q: ShareState,
  ownFlowBlocks?: ReadonlySet<number>,
): { earned: bigint; flow: bigint; exact: boolean } {
  const delta = valueAt(q) - valueAt(p);
  if (sameShare(p, q)) return { earned: delta, flow: 0n, exact: true };
  const oneBlock = q.block === p.block + 1;
  if (oneBlock && !q.epoch) return { earned: 0n, flow: delta, exact: true };
  if (oneBlock && ownFlowBlocks && !ownFlowBlocks.has(q.block)) return { earned: delta, flow: 0n, exact: true };
  if (!oneBlock && ownFlowBlocks) return { earned: delta, flow: 0n, exact: false };
  const earned = oneBlock
    ? shareValue(q.total, p.share, q.denom, p.fixed && q.fixed) - valueAt(p)
    : shareValue(q.total, q.share, q.denom, q.fixed) - shareValue(p.total, q.share, p.denom, p.fixed && q.fixed);
  return { earned, flow: delta - earned, exact: false };
}

export interface WindowResult {
  earned: bigint;
  flows: PositionFlow[];
  exact: boolean;
  first: ShareState;
  last: ShareState;
}

/** Earnings over the states from `fromBlock` to the last one (states sorted by block, deduplicated). */
export function earningsSince(
  states: ShareState[],
  fromBlock: number,
  ownFlowBlocks?: ReadonlySet<number>,
): WindowResult | null {
  const inWindow = states.filter((s) => s.block >= fromBlock);
  const first = inWindow[0];
  const last = inWindow[inWindow.length - 1];
  if (!first || !last || last.block === first.block) return null;
  let earned = 0n;
  let exact = true;
  const flows: PositionFlow[] = [];
  for (let i = 1; i < inWindow.length; i++) {
    const seg = segmentEarnings(inWindow[i - 1]!, inWindow[i]!, ownFlowBlocks);
    earned += seg.earned;
    exact &&= seg.exact;
    if (seg.flow !== 0n) flows.push({ block: inWindow[i]!.block, deltaAlpha: seg.flow });
  }
  return { earned, flows, exact, first, last };
}
