/**
 * add_stake / add_stake_limit / remove_stake / remove_stake_limit / remove_stake_full_limit /
 * unstake_all / unstake_all_alpha (facts §1.2–§1.4, §5.3). Every check runs before the first mutation
 * (validate-then-apply); dispatch also snapshots, so a late failure still leaves no trace.
 */
import { ensureRootUnlocked } from './root-hold.ts';
import { ensureAvailable } from './locks.ts';
import { ED } from './accounts.ts';
import { fail } from './errors.ts';
import { min, satSub, U64_MAX } from './fixed.ts';
import { maxAmountAdd, maxAmountRemove } from './limits.ts';
import { quoteBuy, quoteSell, spotPrice, swapFee, PRICE_ONE } from './pools.ts';
import { sortedNetuids, swapPool } from './state.ts';
import type { AccountHex, NetUid } from './types.ts';
import {
  ensureSubtoken,
  quoteOrIlliquid,
  requireHotkey,
  requireSubnet,
  stakeIntoSubnet,
  stakeOf,
  unstakeFromSubnet,
  type Ctx,
} from './stake-ops.ts';

/** maybe_become_delegate: a hotkey staked to by someone else becomes a delegate with the default take. */
export function maybeBecomeDelegate(ctx: Ctx, hot: AccountHex, cold: AccountHex): void {
  const st = ctx.state;
  if (st.owner.get(hot) !== cold && !st.delegates.has(hot)) st.delegates.set(hot, st.params.defaultTake);
}

export function addStake(
  ctx: Ctx,
  cold: AccountHex,
  hot: AccountHex,
  netuid: NetUid,
  requested: bigint,
  limit: bigint | null,
  allowPartial: boolean,
): void {
  const { state, balances } = ctx;
  const s = requireSubnet(ctx, netuid);
  ensureSubtoken(s);
  const pool = swapPool(s);
  let maxAmount = U64_MAX;
  let amount = requested;
  if (limit !== null) {
    maxAmount = maxAmountAdd(pool, limit);
    if (maxAmount === 0n) fail('ZeroMaxStakeAmount');
    if (allowPartial) amount = min(amount, maxAmount);
  }
  const minStake = state.params.minStake;
  if (amount < minStake + swapFee(pool, minStake)) fail('AmountTooLow');
  if (!allowPartial && amount > maxAmount) fail('SlippageTooHigh');
  const free = balances.free(cold);
  if (free < amount) fail('NotEnoughBalanceToStake');
  requireHotkey(ctx, hot);
  const q = quoteOrIlliquid(() => quoteBuy(pool, amount));
  if (q.netIn < minStake) fail('AmountTooLow');
  // ED is kept back: the transfer is capped at the preserve-reducible balance (facts §1.3).
  const actual = min(amount, satSub(free, ED));
  if (actual === 0n) fail('InsufficientBalance');
  quoteOrIlliquid(() => quoteBuy(pool, actual));
  if (!balances.withdraw(cold, actual, true)) fail('BalanceWithdrawalError');
  stakeIntoSubnet(ctx, hot, cold, netuid, actual, true);
  if (limit !== null) maybeBecomeDelegate(ctx, hot, cold);
}

export interface RemoveOptions {
  limit: bigint | null;
  allowPartial: boolean;
  /** remove_stake caps the amount at the holding; remove_stake_limit does not. */
  cap: boolean;
  /** remove_stake checks SubtokenEnabled; remove_stake_limit does not. */
  checkSubtoken: boolean;
}

export function removeStake(
  ctx: Ctx,
  cold: AccountHex,
  hot: AccountHex,
  netuid: NetUid,
  requested: bigint,
  o: RemoveOptions,
): void {
  const s = requireSubnet(ctx, netuid);
  if (o.checkSubtoken) ensureSubtoken(s);
  const pool = swapPool(s);
  const holding = stakeOf(ctx.state, hot, cold, netuid);
  let alpha = o.cap ? min(requested, holding) : requested;
  let maxAmount = U64_MAX;
  if (o.limit !== null) {
    maxAmount = maxAmountRemove(pool, o.limit);
    if (maxAmount === 0n) fail('ZeroMaxStakeAmount');
    if (o.allowPartial) alpha = min(alpha, maxAmount);
  }
  if (alpha === 0n) fail('AmountTooLow');
  requireHotkey(ctx, hot);
  ensureRootUnlocked(ctx, cold, hot, netuid);
  if (alpha > holding) fail('NotEnoughStakeToWithdraw');
  const q = quoteOrIlliquid(() => quoteSell(pool, alpha));
  if (holding - alpha > 0n && q.amountOut < ctx.state.params.minStake) fail('AmountTooLow');
  if (!o.allowPartial && alpha > maxAmount) fail('SlippageTooHigh');
  ensureAvailable(ctx, cold, netuid, alpha);
  const tao = unstakeFromSubnet(ctx, hot, cold, netuid, alpha, true);
  ctx.balances.deposit(cold, tao);
  clearSmallNomination(ctx, hot, cold, netuid);
}

/** remove_stake_full_limit: the whole position; Some(limit) = fill-or-kill, None = plain remove. */
export function removeStakeFull(
  ctx: Ctx,
  cold: AccountHex,
  hot: AccountHex,
  netuid: NetUid,
  limit: bigint | null,
): void {
  requireSubnet(ctx, netuid);
  const holding = stakeOf(ctx.state, hot, cold, netuid);
  if (limit === null)
    removeStake(ctx, cold, hot, netuid, holding, { limit: null, allowPartial: false, cap: true, checkSubtoken: true });
  else removeStake(ctx, cold, hot, netuid, holding, { limit, allowPartial: false, cap: false, checkSubtoken: false });
}

/**
 * Small nominations are swept (facts §1.3): if `cold` does not own `hot` and the remaining alpha is
 * worth less than minStake × NominatorMinRequiredStake / 10^6 TAO at spot, it is unstaked (with fee)
 * to the coldkey's free balance.
 */
export function clearSmallNomination(ctx: Ctx, hot: AccountHex, cold: AccountHex, netuid: NetUid): void {
  const st = ctx.state;
  if (st.owner.get(hot) === cold) return;
  const s = st.subnets.get(netuid);
  if (!s) return;
  const price = spotPrice(swapPool(s));
  const thresholdTao = (st.params.minStake * st.params.nominatorMinRequiredStake) / 1_000_000n;
  if (price === 0n || thresholdTao === 0n) return;
  const minAlpha = (thresholdTao * PRICE_ONE) / price;
  const alpha = stakeOf(st, hot, cold, netuid);
  if (alpha > 0n && alpha < minAlpha) {
    const tao = unstakeFromSubnet(ctx, hot, cold, netuid, alpha, true);
    ctx.balances.deposit(cold, tao);
  }
}

/** validate_unstake_all: the whole position on every subnet must be free of the coldkey's lock there. */
function ensureAllAvailable(ctx: Ctx, cold: AccountHex, hot: AccountHex, onlyAlpha: boolean): void {
  for (const netuid of sortedNetuids(ctx.state))
    if (!(onlyAlpha && netuid === 0)) ensureAvailable(ctx, cold, netuid, stakeOf(ctx.state, hot, cold, netuid));
}

/** unstake_all: every subnet with subtoken enabled, root included, at any price. */
export function unstakeAll(ctx: Ctx, cold: AccountHex, hot: AccountHex): void {
  requireHotkey(ctx, hot);
  ensureAllAvailable(ctx, cold, hot, false);
  for (const netuid of sortedNetuids(ctx.state)) {
    const s = requireSubnet(ctx, netuid);
    const alpha = stakeOf(ctx.state, hot, cold, netuid);
    if (!s.subtokenEnabled || alpha === 0n) continue;
    quoteOrIlliquid(() => quoteSell(swapPool(s), alpha));
    ctx.balances.deposit(cold, unstakeFromSubnet(ctx, hot, cold, netuid, alpha, true));
  }
}

/** unstake_all_alpha: every non-root subnet, then the total TAO is staked on root to the same hotkey. */
export function unstakeAllAlpha(ctx: Ctx, cold: AccountHex, hot: AccountHex): void {
  requireHotkey(ctx, hot);
  ensureAllAvailable(ctx, cold, hot, true);
  let total = 0n;
  for (const netuid of sortedNetuids(ctx.state)) {
    const s = requireSubnet(ctx, netuid);
    const alpha = stakeOf(ctx.state, hot, cold, netuid);
    if (netuid === 0 || !s.subtokenEnabled || alpha === 0n) continue;
    quoteOrIlliquid(() => quoteSell(swapPool(s), alpha));
    total += unstakeFromSubnet(ctx, hot, cold, netuid, alpha, true);
  }
  if (total > 0n) stakeIntoSubnet(ctx, hot, cold, 0, total, false);
}
