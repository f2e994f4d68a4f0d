/**
 * move_stake / transfer_stake / swap_stake / swap_stake_limit (facts §1.2–§1.4, §5.3).
 *  - The amount is capped at the holding (all four calls).
 *  - Same subnet: no swap, no fee; the TAO value at spot must be ≥ DefaultMinStake.
 *  - Cross subnet: unstake then stake, ONE swap fee: on the origin side, or on the destination side
 *    when the origin is root. The simulated TAO must be > DefaultMinStake. If the TAO out of the
 *    unstake is below the minimum it is not restaked and goes to the origin coldkey's free balance.
 *  - Events: StakeRemoved + StakeAdded for the two legs (cross subnet), then StakeMoved /
 *    StakeTransferred / StakeSwapped carrying the TAO amount (spot value for same-subnet moves).
 */
import { fail } from './errors.ts';
import { min, U64_MAX } from './fixed.ts';
import { maxAmountMove } from './limits.ts';
import { ensureRootUnlocked } from './root-hold.ts';
import { ensureAvailable } from './locks.ts';
import { quoteBuy, quoteSell, spotPrice, PRICE_ONE } from './pools.ts';
import { swapPool } from './state.ts';
import type { AccountHex, NetUid } from './types.ts';
import {
  creditAlpha,
  debitAlpha,
  ensureSubtoken,
  quoteOrIlliquid,
  requireHotkey,
  requireSubnet,
  stakeIntoSubnet,
  stakeOf,
  unstakeFromSubnet,
  type Ctx,
} from './stake-ops.ts';
import { clearSmallNomination, maybeBecomeDelegate } from './staking.ts';

export type TransitionKind = 'move' | 'transfer' | 'swap';

export interface Transition {
  kind: TransitionKind;
  originColdkey: AccountHex;
  destinationColdkey: AccountHex;
  originHotkey: AccountHex;
  destinationHotkey: AccountHex;
  originNetuid: NetUid;
  destinationNetuid: NetUid;
  alpha: bigint;
  limit: bigint | null;
  allowPartial: boolean;
}

export function transitionStake(ctx: Ctx, t: Transition): void {
  const { state } = ctx;
  const so = requireSubnet(ctx, t.originNetuid);
  const sd = requireSubnet(ctx, t.destinationNetuid);
  ensureSubtoken(so);
  ensureSubtoken(sd);
  const sameNet = t.originNetuid === t.destinationNetuid;
  if (t.kind === 'swap' && sameNet) fail('SameNetuid');
  requireHotkey(ctx, t.originHotkey);
  requireHotkey(ctx, t.destinationHotkey);
  ensureRootUnlocked(ctx, t.originColdkey, t.originHotkey, t.originNetuid);
  if (t.kind === 'transfer' && (!so.transferToggle || !sd.transferToggle)) fail('TransferDisallowed');

  const po = swapPool(so);
  const pd = swapPool(sd);
  const originFee = t.originNetuid !== 0;
  const holding = stakeOf(state, t.originHotkey, t.originColdkey, t.originNetuid);
  let alpha = min(t.alpha, holding);
  let maxAmount = U64_MAX;
  if (t.limit !== null) {
    maxAmount = maxAmountMove(po, pd, t.limit, originFee);
    if (maxAmount === 0n) fail('ZeroMaxStakeAmount');
    if (t.allowPartial) alpha = min(alpha, maxAmount);
  }
  if (alpha === 0n) fail('AmountTooLow');
  if (alpha > holding) fail('NotEnoughStakeToWithdraw');
  const minStake = state.params.minStake;
  if (sameNet) {
    if ((alpha * spotPrice(po)) / PRICE_ONE < minStake) fail('AmountTooLow');
  } else {
    const sell = quoteOrIlliquid(() => quoteSell(po, alpha, originFee));
    if (sell.amountOut <= minStake) fail('AmountTooLow');
    quoteOrIlliquid(() => quoteBuy(pd, sell.amountOut, !originFee));
  }
  if (!t.allowPartial && alpha > maxAmount) fail('SlippageTooHigh');
  // The lock invariant: a cross-subnet move must leave the origin subnet's lock covered.
  if (!sameNet) ensureAvailable(ctx, t.originColdkey, t.originNetuid, alpha);

  let tao: bigint;
  if (sameNet) {
    tao = (alpha * spotPrice(po)) / PRICE_ONE;
    debitAlpha(state, t.originHotkey, t.originColdkey, t.originNetuid, alpha);
    creditAlpha(state, t.destinationHotkey, t.destinationColdkey, t.destinationNetuid, alpha);
  } else {
    tao = unstakeFromSubnet(ctx, t.originHotkey, t.originColdkey, t.originNetuid, alpha, originFee);
    if (tao < minStake) ctx.balances.deposit(t.originColdkey, tao);
    else stakeIntoSubnet(ctx, t.destinationHotkey, t.destinationColdkey, t.destinationNetuid, tao, !originFee);
  }
  ctx.events.push(transitionEvent(t, tao));
  clearSmallNomination(ctx, t.originHotkey, t.originColdkey, t.originNetuid);
  if (!sameNet) maybeBecomeDelegate(ctx, t.destinationHotkey, t.destinationColdkey);
}

function transitionEvent(t: Transition, tao: bigint) {
  const base = { pallet: 'SubtensorModule' as const };
  switch (t.kind) {
    case 'move':
      return {
        ...base,
        name: 'StakeMoved',
        data: [t.originColdkey, t.originHotkey, t.originNetuid, t.destinationHotkey, t.destinationNetuid, tao],
      };
    case 'transfer':
      return {
        ...base,
        name: 'StakeTransferred',
        data: [t.originColdkey, t.destinationColdkey, t.originHotkey, t.originNetuid, t.destinationNetuid, tao],
      };
    case 'swap':
      return {
        ...base,
        name: 'StakeSwapped',
        data: [t.originColdkey, t.originHotkey, t.originNetuid, t.destinationNetuid, tao],
      };
  }
}
