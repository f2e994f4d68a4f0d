/**
 * Low-level stake movements shared by all calls and by emission: the `Ctx` they run in, the subnet /
 * hotkey lookups with their errors, and `stakeIntoSubnet` / `unstakeFromSubnet` (facts §5.2).
 */
import { subnetAccount } from './accounts.ts';
import { fail } from './errors.ts';
import { quoteBuy, quoteSell, tryQuote, type SwapOutcome } from './pools.ts';
import { onRootStakeChange } from './root-rates.ts';
import { addValue, removeValue, valueOf } from './shares.ts';
import { peekPool, sharePool, swapPool, type State, type SubnetState } from './state.ts';
import type { AccountHex, BalancesPort, ChainEvent, NetUid } from './types.ts';

export interface Ctx {
  state: State;
  balances: BalancesPort;
  events: ChainEvent[];
  /** 'validate': a pool-side dry run (the transaction extension's checks), else a dispatch. */
  phase?: 'validate' | 'dispatch';
}

export function requireSubnet(ctx: Ctx, netuid: NetUid): SubnetState {
  const s = ctx.state.subnets.get(netuid);
  if (!s) fail('SubnetNotExists');
  return s;
}

export function ensureSubtoken(s: SubnetState): void {
  if (!s.subtokenEnabled) fail('SubtokenDisabled');
}

export function requireHotkey(ctx: Ctx, hot: AccountHex): AccountHex {
  const owner = ctx.state.owner.get(hot);
  if (!owner) fail('HotKeyAccountNotExists');
  return owner;
}

export function stakeOf(state: State, hot: AccountHex, cold: AccountHex, netuid: NetUid): bigint {
  const p = peekPool(state, hot, netuid);
  return p ? valueOf(p, cold) : 0n;
}

function noteStakingHotkey(state: State, cold: AccountHex, hot: AccountHex): void {
  const list = state.stakingHotkeys.get(cold) ?? [];
  if (!list.includes(hot)) state.stakingHotkeys.set(cold, [...list, hot]);
}

/** Credits alpha to a position without a swap (emission, same-subnet moves). */
export function creditAlpha(state: State, hot: AccountHex, cold: AccountHex, netuid: NetUid, alpha: bigint): void {
  if (alpha <= 0n) return;
  addValue(sharePool(state, hot, netuid), cold, alpha);
  noteStakingHotkey(state, cold, hot);
  if (netuid === 0) onRootStakeChange(state, hot, cold, alpha);
}

export function debitAlpha(state: State, hot: AccountHex, cold: AccountHex, netuid: NetUid, alpha: bigint): void {
  if (alpha <= 0n) return;
  removeValue(sharePool(state, hot, netuid), cold, alpha);
  if (netuid === 0) onRootStakeChange(state, hot, cold, -alpha);
}

/** ensure_stake_operation_limit_not_exceeded (spec 293): no unstake or move of a position staked into this block. */
export function ensureStakeOpAllowed(ctx: Ctx, hot: AccountHex, cold: AccountHex, netuid: NetUid): void {
  if (ctx.state.spec === 293 && ctx.state.stakeOpLimit.includes(`${hot}:${cold}:${netuid}`))
    fail('StakingOperationRateLimitExceeded');
}

/** Quote that maps any swap failure to InsufficientLiquidity, as the staking validators do. */
export function quoteOrIlliquid(fn: () => SwapOutcome): SwapOutcome {
  try {
    return fn();
  } catch {
    fail('InsufficientLiquidity');
  }
}

/** Pays the TAO swap fee to the fee recipient (block author), or burns it. */
function payTaoFee(ctx: Ctx, fee: bigint): void {
  if (fee === 0n) return;
  const to = ctx.state.params.feeRecipient;
  if (to) ctx.balances.deposit(to, fee);
  else ctx.balances.burn(fee);
}

/**
 * Pays an alpha swap fee to the fee recipient (block author) by selling it fee-less into the pool
 * (facts §2: "as alpha sold fee-less to TAO"); with no recipient, or an amount too small to sell, the
 * fee alpha is recycled (it leaves SubnetAlphaOut without entering the pool).
 */
function payAlphaFee(ctx: Ctx, s: SubnetState, fee: bigint): void {
  const to = ctx.state.params.feeRecipient;
  if (fee === 0n || !to) return;
  const q = tryQuote(() => quoteSell(swapPool(s), fee, false));
  if (!q || q.amountOut === 0n) return;
  if (!ctx.balances.withdraw(subnetAccount(s.netuid), q.amountOut, false)) return;
  s.taoIn = q.taoIn;
  s.alphaIn = q.alphaIn;
  ctx.balances.deposit(to, q.amountOut);
}

/**
 * Buys alpha with `taoGross` TAO that the caller has already taken from its source (a coldkey or a
 * subnet account) and credits it to (hot, cold, netuid). Net TAO goes to the subnet account, the fee
 * to the fee recipient. Emits StakeAdded(coldkey, hotkey, tao, alpha, netuid, fee).
 */
export function stakeIntoSubnet(
  ctx: Ctx,
  hot: AccountHex,
  cold: AccountHex,
  netuid: NetUid,
  taoGross: bigint,
  withFee: boolean,
  setLimit = false,
): bigint {
  const s = requireSubnet(ctx, netuid);
  const q = quoteBuy(swapPool(s), taoGross, withFee);
  if (ctx.state.spec === 293) {
    // stake_into_subnet (spec 293): nothing bought is an error; the rate limiter marks the position for the block.
    if (q.amountOut === 0n) fail('AmountTooLow');
    if (setLimit) ctx.state.stakeOpLimit.push(`${hot}:${cold}:${netuid}`);
  }
  ctx.state.lastStakeBlock.set(`${cold}:${hot}`, ctx.state.block);
  s.taoIn = q.taoIn;
  s.alphaIn = q.alphaIn;
  s.alphaOut += q.amountOut;
  s.volume += taoGross;
  ctx.balances.deposit(subnetAccount(netuid), q.netIn);
  payTaoFee(ctx, q.fee);
  creditAlpha(ctx.state, hot, cold, netuid, q.amountOut);
  ctx.events.push({
    pallet: 'SubtensorModule',
    name: 'StakeAdded',
    data: [cold, hot, taoGross, q.amountOut, netuid, q.fee],
  });
  return q.amountOut;
}

/**
 * Sells `alpha` of (hot, cold, netuid) and takes the TAO out of the subnet account; the caller decides
 * where it goes. The alpha fee goes to the fee recipient (payAlphaFee) or is recycled.
 * Emits StakeRemoved(coldkey, hotkey, tao, alpha, netuid, fee).
 */
export function unstakeFromSubnet(
  ctx: Ctx,
  hot: AccountHex,
  cold: AccountHex,
  netuid: NetUid,
  alpha: bigint,
  withFee: boolean,
): bigint {
  const s = requireSubnet(ctx, netuid);
  const q = quoteSell(swapPool(s), alpha, withFee);
  ctx.state.lastStakeBlock.set(`${cold}:${hot}`, ctx.state.block);
  debitAlpha(ctx.state, hot, cold, netuid, alpha);
  s.taoIn = q.taoIn;
  s.alphaIn = q.alphaIn;
  s.alphaOut = s.alphaOut > alpha ? s.alphaOut - alpha : 0n;
  s.volume += q.amountOut;
  if (!ctx.balances.withdraw(subnetAccount(netuid), q.amountOut, false)) fail('InsufficientLiquidity');
  payAlphaFee(ctx, s, q.fee);
  ctx.events.push({
    pallet: 'SubtensorModule',
    name: 'StakeRemoved',
    data: [cold, hot, q.amountOut, alpha, netuid, q.fee],
  });
  return q.amountOut;
}
