/**
 * Root dividends as claimable rates (facts §5.4, §6.4). `RootClaimable[hot][netuid]` is an I96F32
 * rate: root alpha per unit of root stake on `hot`. owed(cold) = floor(rate × rootStake / 2^32) −
 * RootClaimed(netuid, hot, cold), negatives as 0. Changing a root stake adjusts RootClaimed by
 * rate × Δ so that the owed amount does not change (new stake does not claim past dividends;
 * a removal keeps what was owed, saturating at 0).
 */
import { BASKET_ESCROW } from './accounts.ts';
import { FRAC32, satSub } from './fixed.ts';
import type { State } from './state.ts';
import type { AccountHex, NetUid } from './types.ts';

function claimedKey(netuid: NetUid, hot: AccountHex, cold: AccountHex): string {
  return `${netuid}:${hot}:${cold}`;
}

export function rootClaimed(state: State, netuid: NetUid, hot: AccountHex, cold: AccountHex): bigint {
  return state.rootClaimed.get(claimedKey(netuid, hot, cold)) ?? 0n;
}

export function setRootClaimed(state: State, netuid: NetUid, hot: AccountHex, cold: AccountHex, v: bigint): void {
  const k = claimedKey(netuid, hot, cold);
  if (v === 0n) state.rootClaimed.delete(k);
  else state.rootClaimed.set(k, v);
}

/** Called whenever a root stake (hot, cold, 0) changes by `delta` (positive or negative). */
export function onRootStakeChange(state: State, hot: AccountHex, cold: AccountHex, delta: bigint): void {
  rebaseBasketClaimed(state, hot, cold, delta);
  const rates = state.rootClaimable.get(hot);
  if (!rates) return;
  for (const [netuid, rate] of rates) {
    const adj = (rate * (delta < 0n ? -delta : delta)) >> FRAC32;
    const cur = rootClaimed(state, netuid, hot, cold);
    setRootClaimed(state, netuid, hot, cold, delta > 0n ? cur + adj : satSub(cur, adj));
  }
}

export function owedRootAlpha(
  state: State,
  netuid: NetUid,
  hot: AccountHex,
  cold: AccountHex,
  rootStake: bigint,
): bigint {
  const rate = state.rootClaimable.get(hot)?.get(netuid) ?? 0n;
  return satSub((rate * rootStake) >> FRAC32, rootClaimed(state, netuid, hot, cold));
}

export function addRootClaimable(
  state: State,
  hot: AccountHex,
  netuid: NetUid,
  alpha: bigint,
  rootTotal: bigint,
): void {
  if (alpha === 0n || rootTotal === 0n) return;
  let rates = state.rootClaimable.get(hot);
  if (!rates) {
    rates = new Map();
    state.rootClaimable.set(hot, rates);
  }
  rates.set(netuid, (rates.get(netuid) ?? 0n) + (alpha << FRAC32) / rootTotal);
}

const I128_MAX = (1n << 127n) - 1n;
const I128_MIN = -(1n << 127n);
const sat128 = (v: bigint): bigint => (v > I128_MAX ? I128_MAX : v < I128_MIN ? I128_MIN : v);

/**
 * Root Reborn (root-baskets.ts): `rebase_basket_claimed_for_stake_delta`, BasketClaimed(hot, cold) += floor(BasketRate
 * × Δ) (signed, I96F32 to i128), so a root-stake change neither grants nor removes accrued basket shares. Not for the
 * escrow's own root slot.
 */
function rebaseBasketClaimed(state: State, hot: AccountHex, cold: AccountHex, delta: bigint): void {
  const rate = state.basketRate.get(hot) ?? 0n;
  if (!state.reborn || rate === 0n || cold === BASKET_ESCROW) return;
  const k = `${hot}:${cold}`;
  const next = sat128((state.basketClaimed.get(k) ?? 0n) + (sat128(rate * delta) >> FRAC32));
  if (next === 0n) state.basketClaimed.delete(k);
  else state.basketClaimed.set(k, next);
}
