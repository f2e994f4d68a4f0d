/**
 * Staking as spec 293 does it (opentensor/subtensor beda29a3b: staking/add_stake.rs, remove_stake.rs,
 * move_stake.rs, stake_utils.rs and SubtensorTransactionExtension in lib.rs), where it differs from the later model
 * in staking.ts / moves.ts:
 *  - the checks run in the chain's order (validate_add_stake, validate_remove_stake, validate_stake_transition), and
 *    the same checks run at pool validation, except that dispatch of add_stake / remove_stake checks the subtoken
 *    first (an unknown subnet there fails SubtokenDisabled, in the pool SubnetNotExists);
 *  - amounts are never capped at the holding: more than is staked is NotEnoughStakeToWithdraw;
 *  - every move (same subnet too) unstakes without a swap fee and stakes the TAO with the fee (StakeRemoved then
 *    StakeAdded, then StakeMoved / StakeTransferred / StakeSwapped); TAO below DefaultMinStake is not restaked;
 *  - a position staked into in a block cannot be unstaked or moved in the same block
 *    (StakingOperationRateLimitExceeded; the limiter is cleared in on_finalize);
 *  - unstake_all / unstake_all_alpha skip the subnets whose removal would not validate.
 * Swap fees stay with the pool (its liquidity positions' fees on the chain): nobody is paid.
 */
import { fail } from './errors.ts';
import { min, U64_MAX } from './fixed.ts';
import { maxAmountAdd, maxAmountMove, maxAmountRemove } from './limits.ts';
import { PRICE_ONE, quoteBuy, quoteSell, swapFee } from './pools.ts';
import { sortedNetuids, swapPool } from './state.ts';
import {
  ensureStakeOpAllowed,
  quoteOrIlliquid,
  stakeIntoSubnet,
  stakeOf,
  unstakeFromSubnet,
  type Ctx,
} from './stake-ops.ts';
import { clearSmallNomination, maybeBecomeDelegate } from './staking.ts';
import type { AccountHex, NetUid } from './types.ts';

const hotkeyExists = (ctx: Ctx, hot: AccountHex): boolean => ctx.state.owner.has(hot);
const subnetExists = (ctx: Ctx, netuid: NetUid): boolean => ctx.state.subnets.has(netuid);
/** SubtokenEnabled(netuid): false for a subnet that does not exist (the storage default). */
const subtokenEnabled = (ctx: Ctx, netuid: NetUid): boolean => ctx.state.subnets.get(netuid)?.subtokenEnabled === true;
const isStable = (ctx: Ctx, netuid: NetUid): boolean => {
  const s = ctx.state.subnets.get(netuid);
  return netuid === 0 || !s || s.mechanism === 0;
};

/** get_max_amount_add: root and stable subnets take any amount at a limit ≥ 1.0, none below. */
export function maxAdd293(ctx: Ctx, netuid: NetUid, limit: bigint): bigint {
  if (isStable(ctx, netuid)) return limit >= PRICE_ONE ? U64_MAX : fail('ZeroMaxStakeAmount');
  const m = maxAmountAdd(swapPool(ctx.state.subnets.get(netuid)!), limit);
  return m === 0n ? fail('ZeroMaxStakeAmount') : m;
}

/** get_max_amount_remove: root and stable subnets at a limit ≤ 1.0 only. */
export function maxRemove293(ctx: Ctx, netuid: NetUid, limit: bigint): bigint {
  if (isStable(ctx, netuid)) return limit <= PRICE_ONE ? U64_MAX : fail('ZeroMaxStakeAmount');
  const m = maxAmountRemove(swapPool(ctx.state.subnets.get(netuid)!), limit);
  return m === 0n ? fail('ZeroMaxStakeAmount') : m;
}

export function maxMove293(ctx: Ctx, origin: NetUid, dest: NetUid, limit: bigint): bigint {
  const so = ctx.state.subnets.get(origin);
  const sd = ctx.state.subnets.get(dest);
  if (!so || !sd) fail('ZeroMaxStakeAmount');
  const m = maxAmountMove(swapPool(so), swapPool(sd), limit, false);
  return m === 0n ? fail('ZeroMaxStakeAmount') : m;
}

/** validate_add_stake. */
export function validateAdd293(
  ctx: Ctx,
  cold: AccountHex,
  hot: AccountHex,
  netuid: NetUid,
  amount: bigint,
  maxAmount: bigint,
  allowPartial: boolean,
): void {
  if (!subnetExists(ctx, netuid)) fail('SubnetNotExists');
  if (!subtokenEnabled(ctx, netuid)) fail('SubtokenDisabled');
  const pool = swapPool(ctx.state.subnets.get(netuid)!);
  const minStake = ctx.state.params.minStake;
  if (amount < minStake + swapFee(pool, minStake)) fail('AmountTooLow');
  let stake = amount;
  if (!allowPartial) {
    if (amount > maxAmount) fail('SlippageTooHigh');
  } else stake = min(maxAmount, amount);
  if (ctx.balances.free(cold) < stake) fail('NotEnoughBalanceToStake');
  if (!hotkeyExists(ctx, hot)) fail('HotKeyAccountNotExists');
  const q = quoteOrIlliquid(() => quoteBuy(pool, stake));
  if (q.netIn < minStake) fail('AmountTooLow');
  if (q.amountOut === 0n) fail('AmountTooLow');
}

/** validate_remove_stake. */
export function validateRemove293(
  ctx: Ctx,
  cold: AccountHex,
  hot: AccountHex,
  netuid: NetUid,
  alpha: bigint,
  maxAmount: bigint,
  allowPartial: boolean,
): void {
  if (!subnetExists(ctx, netuid)) fail('SubnetNotExists');
  ensureStakeOpAllowed(ctx, hot, cold, netuid);
  if (alpha === 0n) fail('AmountTooLow');
  const holding = stakeOf(ctx.state, hot, cold, netuid);
  if (holding < alpha) fail('NotEnoughStakeToWithdraw');
  const q = quoteOrIlliquid(() => quoteSell(swapPool(ctx.state.subnets.get(netuid)!), alpha));
  if (holding - alpha > 0n && q.amountOut < ctx.state.params.minStake) fail('AmountTooLow');
  if (!allowPartial && alpha > maxAmount) fail('SlippageTooHigh');
  if (!hotkeyExists(ctx, hot)) fail('HotKeyAccountNotExists');
}

export interface Transition293 {
  kind: 'move' | 'transfer' | 'swap';
  originColdkey: AccountHex;
  destinationColdkey: AccountHex;
  originHotkey: AccountHex;
  destinationHotkey: AccountHex;
  originNetuid: NetUid;
  destinationNetuid: NetUid;
  alpha: bigint;
  limit: bigint | null;
  allowPartial: boolean | null;
}

/** validate_stake_transition. */
export function validateTransition293(ctx: Ctx, t: Transition293, maxAmount: bigint): void {
  if (
    t.originColdkey === t.destinationColdkey &&
    t.originHotkey === t.destinationHotkey &&
    t.originNetuid === t.destinationNetuid
  )
    fail('SameNetuid');
  ensureStakeOpAllowed(ctx, t.originHotkey, t.originColdkey, t.originNetuid);
  if (!subnetExists(ctx, t.originNetuid)) fail('SubnetNotExists');
  if (t.originNetuid !== t.destinationNetuid && !subnetExists(ctx, t.destinationNetuid)) fail('SubnetNotExists');
  if (!subtokenEnabled(ctx, t.originNetuid) || !subtokenEnabled(ctx, t.destinationNetuid)) fail('SubtokenDisabled');
  if (!hotkeyExists(ctx, t.originHotkey) || !hotkeyExists(ctx, t.destinationHotkey)) fail('HotKeyAccountNotExists');
  if (t.alpha > stakeOf(ctx.state, t.originHotkey, t.originColdkey, t.originNetuid)) fail('NotEnoughStakeToWithdraw');
  const sell = quoteOrIlliquid(() => quoteSell(swapPool(ctx.state.subnets.get(t.originNetuid)!), t.alpha));
  if (sell.amountOut <= ctx.state.params.minStake) fail('AmountTooLow');
  if (t.allowPartial === false && t.alpha > maxAmount) fail('SlippageTooHigh');
  if (t.kind === 'transfer') {
    const so = ctx.state.subnets.get(t.originNetuid)!;
    const sd = ctx.state.subnets.get(t.destinationNetuid)!;
    if (!so.transferToggle || !sd.transferToggle) fail('TransferDisallowed');
  }
}

export function addStake293(
  ctx: Ctx,
  cold: AccountHex,
  hot: AccountHex,
  netuid: NetUid,
  amount: bigint,
  limit: bigint | null,
  allowPartial: boolean,
): void {
  let stake = amount;
  if (limit === null) {
    if (ctx.phase !== 'validate' && !subtokenEnabled(ctx, netuid)) fail('SubtokenDisabled');
    validateAdd293(ctx, cold, hot, netuid, amount, amount, false);
  } else {
    const maxAmount = maxAdd293(ctx, netuid, limit);
    stake = min(amount, maxAmount);
    validateAdd293(ctx, cold, hot, netuid, amount, maxAmount, allowPartial);
    if (ctx.state.owner.get(hot) !== cold) maybeBecomeDelegate(ctx, hot, cold);
  }
  if (!ctx.balances.withdraw(cold, stake, true)) fail('BalanceWithdrawalError');
  stakeIntoSubnet(ctx, hot, cold, netuid, stake, true, true);
}

export function removeStake293(
  ctx: Ctx,
  cold: AccountHex,
  hot: AccountHex,
  netuid: NetUid,
  alpha: bigint,
  limit: bigint | null,
  allowPartial: boolean,
): void {
  let amount = alpha;
  if (limit === null) {
    if (ctx.phase !== 'validate' && !subtokenEnabled(ctx, netuid)) fail('SubtokenDisabled');
    validateRemove293(ctx, cold, hot, netuid, alpha, alpha, false);
  } else {
    const maxAmount = maxRemove293(ctx, netuid, limit);
    amount = min(alpha, maxAmount);
    validateRemove293(ctx, cold, hot, netuid, alpha, maxAmount, allowPartial);
  }
  ctx.balances.deposit(cold, unstakeFromSubnet(ctx, hot, cold, netuid, amount, true));
  clearSmallNomination(ctx, hot, cold, netuid);
}

export function transition293(ctx: Ctx, t: Transition293): void {
  const maxAmount = t.limit === null ? t.alpha : maxMove293(ctx, t.originNetuid, t.destinationNetuid, t.limit);
  validateTransition293(ctx, t, maxAmount);
  const amount = min(t.alpha, maxAmount);
  const tao = unstakeFromSubnet(ctx, t.originHotkey, t.originColdkey, t.originNetuid, amount, false);
  if (tao >= ctx.state.params.minStake) {
    if (ctx.state.owner.get(t.destinationHotkey) !== t.destinationColdkey)
      maybeBecomeDelegate(ctx, t.destinationHotkey, t.destinationColdkey);
    stakeIntoSubnet(
      ctx,
      t.destinationHotkey,
      t.destinationColdkey,
      t.destinationNetuid,
      tao,
      true,
      t.kind !== 'transfer',
    );
  }
  const base = { pallet: 'SubtensorModule' as const };
  if (t.kind === 'move')
    ctx.events.push({
      ...base,
      name: 'StakeMoved',
      data: [t.originColdkey, t.originHotkey, t.originNetuid, t.destinationHotkey, t.destinationNetuid, tao],
    });
  else if (t.kind === 'transfer')
    ctx.events.push({
      ...base,
      name: 'StakeTransferred',
      data: [t.originColdkey, t.destinationColdkey, t.originHotkey, t.originNetuid, t.destinationNetuid, tao],
    });
  else
    ctx.events.push({
      ...base,
      name: 'StakeSwapped',
      data: [t.originColdkey, t.originHotkey, t.originNetuid, t.destinationNetuid, tao],
    });
}

/** unstake_all (onlyAlpha = false) and unstake_all_alpha (true, the TAO then staked on root). */
export function unstakeAll293(ctx: Ctx, cold: AccountHex, hot: AccountHex, onlyAlpha: boolean): void {
  if (!hotkeyExists(ctx, hot)) fail('HotKeyAccountNotExists');
  if (ctx.phase === 'validate') {
    // validate_unstake_all: some subnet must validate a full removal.
    const any = sortedNetuids(ctx.state).some((n) => {
      const alpha = stakeOf(ctx.state, hot, cold, n);
      return !(onlyAlpha && n === 0) && validates(() => validateRemove293(ctx, cold, hot, n, alpha, alpha, false));
    });
    if (!any) fail('AmountTooLow');
    return;
  }
  let total = 0n;
  for (const n of sortedNetuids(ctx.state)) {
    if (!subtokenEnabled(ctx, n) || (onlyAlpha && n === 0)) continue;
    const alpha = stakeOf(ctx.state, hot, cold, n);
    if (!validates(() => validateRemove293(ctx, cold, hot, n, alpha, alpha, false)) || alpha === 0n) continue;
    const tao = unstakeFromSubnet(ctx, hot, cold, n, alpha, true);
    if (onlyAlpha) total += tao;
    else ctx.balances.deposit(cold, tao);
    clearSmallNomination(ctx, hot, cold, n);
  }
  if (onlyAlpha) stakeIntoSubnet(ctx, hot, cold, 0, total, false, false);
}

function validates(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}
