import type { PositionView } from '../../../protocol/domains/chain-values.ts';

/**
 * What a conviction lock lets leave this position in `op`, or null when nothing caps it. The chain holds locked alpha
 * back from unstakes and from moves or transfers to another subnet (StakeUnavailable); within the subnet the lock
 * does not stop a move, and a transfer carries the lock along.
 */
export function lockCap(p: PositionView, op: string, toNetuid: number): bigint | null {
  if (!p.lock || BigInt(p.lock.locked) === 0n) return null;
  const leaves = op === 'unstake' || ((op === 'move' || op === 'transferStake') && toNetuid !== p.netuid);
  return leaves ? BigInt(p.lock.available) : null;
}
