/**
 * Root stakers' dividends (facts §5.4). Every subnet pays root stakers in its alpha, as a claimable rate per
 * unit of root stake: `RootClaimable[hotkey][netuid]` is an I96F32 (32 fractional bits). What a coldkey is owed on
 * subnet n is floor(rate × rootStake / 2^32) − RootClaimed(n, hotkey, coldkey), never below 0; claiming (by the
 * chain's auto-claim or `claim_root`) moves it into stake. So the rate's growth over a window, times the root
 * stake, is what the stake earned in that window whether it was claimed or not.
 */
import { floorDiv } from '../amount/muldiv.ts';

const FRAC = 32n;

/** Alpha (rao) accrued on one subnet for `stake` rao of root stake as the rate grew from `then` to `now`. */
export function accruedAlpha(rateNow: bigint, rateThen: bigint, stake: bigint): bigint {
  const grown = rateNow - rateThen;
  return grown > 0n && stake > 0n ? (grown * stake) >> FRAC : 0n;
}

/** Alpha (rao) owed now on one subnet: accrued at the rate minus what was already claimed (never negative). */
export function owedAlpha(rate: bigint, stake: bigint, claimed: bigint): bigint {
  const total = rate > 0n && stake > 0n ? (rate * stake) >> FRAC : 0n;
  return total > claimed ? total - claimed : 0n;
}

export interface SubnetAlpha {
  netuid: number;
  alpha: bigint;
}

/** TAO rao of alpha amounts at each subnet's spot price (rao of TAO per alpha); subnets without a price count 0. */
export function taoAtSpot(items: SubnetAlpha[], priceOf: (netuid: number) => bigint | undefined): bigint {
  return items.reduce((sum, x) => sum + floorDiv(x.alpha * (priceOf(x.netuid) ?? 0n), 1_000_000_000n), 0n);
}

/** The accrued alpha per subnet between two readings of one hotkey's rates (subnets that earned nothing left out). */
export function accruedPerSubnet(
  now: ReadonlyMap<number, bigint>,
  then: ReadonlyMap<number, bigint>,
  stake: bigint,
): SubnetAlpha[] {
  const out: SubnetAlpha[] = [];
  for (const [netuid, rate] of now) {
    const alpha = accruedAlpha(rate, then.get(netuid) ?? 0n, stake);
    if (alpha > 0n) out.push({ netuid, alpha });
  }
  return out.sort((a, b) => a.netuid - b.netuid);
}

/**
 * Alpha (rao) still owed on one subnet after `removed` rao leaves a root stake of `stake` (unstake, move or transfer
 * out of root). The chain lowers RootClaimed by floor(rate × removed / 2^32), never below zero, so what was owed
 * survives only while the claimed amount covers the removal: a full exit leaves 0, a large partial exit keeps at most
 * floor(rate × remaining / 2^32). The difference from `owedAlpha` is what the exit throws away unless claimed first.
 */
export function owedAfterRootRemoval(rate: bigint, stake: bigint, claimed: bigint, removed: bigint): bigint {
  const out = removed > stake ? stake : removed;
  const adj = rate > 0n && out > 0n ? (rate * out) >> FRAC : 0n;
  return owedAlpha(rate, stake - out, claimed > adj ? claimed - adj : 0n);
}
