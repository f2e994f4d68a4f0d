/**
 * The dispatch table: snake_case call names from the metadata → handlers over typed arguments.
 * Arguments are keyed by the metadata's arg names (see facts §1.2).
 */
import { account, big, bool, netuidList, num, optBig } from './args.ts';
import { fail } from './errors.ts';
import { transitionStake } from './moves.ts';
import { claimBaskets } from './root-baskets.ts';
import { claimRoot, setRootClaimType } from './root-claims.ts';
import { announceColdkeySwap, disputeColdkeySwap } from './coldkey-swap.ts';
import { addStake, removeStake, removeStakeFull, unstakeAll, unstakeAllAlpha } from './staking.ts';
import { decreaseTake, increaseTake } from './takes.ts';
import type { AccountHex, DispatchArgs } from './types.ts';
import { stakeOf, type Ctx } from './stake-ops.ts';
import { addStake293, removeStake293, transition293, unstakeAll293 } from './staking293.ts';

export type Handler = (ctx: Ctx, origin: AccountHex, a: DispatchArgs) => void;

export const CALLS: Readonly<Record<string, Handler>> = {
  add_stake: (ctx, o, a) =>
    addStake(ctx, o, account(a, 'hotkey'), num(a, 'netuid'), big(a, 'amount_staked'), null, false),
  add_stake_limit: (ctx, o, a) =>
    addStake(
      ctx,
      o,
      account(a, 'hotkey'),
      num(a, 'netuid'),
      big(a, 'amount_staked'),
      big(a, 'limit_price'),
      bool(a, 'allow_partial'),
    ),
  remove_stake: (ctx, o, a) =>
    removeStake(ctx, o, account(a, 'hotkey'), num(a, 'netuid'), big(a, 'amount_unstaked'), {
      limit: null,
      allowPartial: false,
      cap: true,
      checkSubtoken: true,
    }),
  remove_stake_limit: (ctx, o, a) =>
    removeStake(ctx, o, account(a, 'hotkey'), num(a, 'netuid'), big(a, 'amount_unstaked'), {
      limit: big(a, 'limit_price'),
      allowPartial: bool(a, 'allow_partial'),
      cap: false,
      checkSubtoken: false,
    }),
  remove_stake_full_limit: (ctx, o, a) =>
    removeStakeFull(ctx, o, account(a, 'hotkey'), num(a, 'netuid'), optBig(a, 'limit_price')),
  move_stake: (ctx, o, a) =>
    transitionStake(ctx, {
      kind: 'move',
      originColdkey: o,
      destinationColdkey: o,
      originHotkey: account(a, 'origin_hotkey'),
      destinationHotkey: account(a, 'destination_hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: null,
      allowPartial: false,
    }),
  // move_stake_limit (spec 448): the limit protects the swap when the subnets differ (RaoFoundation/subtensor #3089).
  move_stake_limit: (ctx, o, a) => {
    const originNetuid = num(a, 'origin_netuid');
    const destinationNetuid = num(a, 'destination_netuid');
    const cross = originNetuid !== destinationNetuid;
    transitionStake(ctx, {
      kind: 'move',
      originColdkey: o,
      destinationColdkey: o,
      originHotkey: account(a, 'origin_hotkey'),
      destinationHotkey: account(a, 'destination_hotkey'),
      originNetuid,
      destinationNetuid,
      alpha: big(a, 'alpha_amount'),
      limit: cross ? big(a, 'limit_price') : null,
      allowPartial: cross && bool(a, 'allow_partial'),
    });
  },
  transfer_stake: (ctx, o, a) =>
    transitionStake(ctx, {
      kind: 'transfer',
      originColdkey: o,
      destinationColdkey: account(a, 'destination_coldkey'),
      originHotkey: account(a, 'hotkey'),
      destinationHotkey: account(a, 'hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: null,
      allowPartial: false,
    }),
  swap_stake: (ctx, o, a) =>
    transitionStake(ctx, {
      kind: 'swap',
      originColdkey: o,
      destinationColdkey: o,
      originHotkey: account(a, 'hotkey'),
      destinationHotkey: account(a, 'hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: null,
      allowPartial: false,
    }),
  swap_stake_limit: (ctx, o, a) =>
    transitionStake(ctx, {
      kind: 'swap',
      originColdkey: o,
      destinationColdkey: o,
      originHotkey: account(a, 'hotkey'),
      destinationHotkey: account(a, 'hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: big(a, 'limit_price'),
      allowPartial: bool(a, 'allow_partial'),
    }),
  unstake_all: (ctx, o, a) => unstakeAll(ctx, o, account(a, 'hotkey')),
  unstake_all_alpha: (ctx, o, a) => unstakeAllAlpha(ctx, o, account(a, 'hotkey')),
  decrease_take: (ctx, o, a) => decreaseTake(ctx, o, account(a, 'hotkey'), num(a, 'take')),
  increase_take: (ctx, o, a) => increaseTake(ctx, o, account(a, 'hotkey'), num(a, 'take')),
  try_associate_hotkey: (ctx, o, a) => {
    const hot = account(a, 'hotkey');
    const owner = ctx.state.owner.get(hot);
    if (owner && owner !== o) fail('NonAssociatedColdKey');
    ctx.state.owner.set(hot, o);
  },
  // Root Reborn: claim_root claims every validator's basket (its subnets are ignored), claim_root_with_hotkey one.
  claim_root: (ctx, o, a) =>
    ctx.state.reborn
      ? claimBaskets(ctx, o, ctx.state.stakingHotkeys.get(o) ?? [])
      : claimRoot(ctx, o, netuidList(a, 'subnets')),
  claim_root_with_hotkey: (ctx, o, a) => claimBaskets(ctx, o, [account(a, 'hotkey')]),
  set_root_claim_type: (ctx, o, a) => setRootClaimType(ctx, o, a['new_root_claim_type']),
  announce_coldkey_swap: (ctx, o, a) => announceColdkeySwap(ctx, o, account(a, 'new_coldkey_hash')),
  dispute_coldkey_swap: (ctx, o) => disputeColdkeySwap(ctx, o),
};

/** Calls whose checks run at pool validation time as well (see validation.ts). */
export const STAKING_CALLS: ReadonlySet<string> = new Set([
  'add_stake',
  'add_stake_limit',
  'remove_stake',
  'remove_stake_limit',
  'remove_stake_full_limit',
  'move_stake',
  'move_stake_limit',
  'transfer_stake',
  'swap_stake',
  'swap_stake_limit',
  'unstake_all',
  'unstake_all_alpha',
]);
export const TAKE_CALLS: ReadonlySet<string> = new Set(['decrease_take', 'increase_take']);

/** Spec 293's dispatch table: its own staking paths (staking293.ts), the rest shared. */
export const CALLS_293: Readonly<Record<string, Handler>> = {
  ...CALLS,
  add_stake: (ctx, o, a) =>
    addStake293(ctx, o, account(a, 'hotkey'), num(a, 'netuid'), big(a, 'amount_staked'), null, false),
  add_stake_limit: (ctx, o, a) =>
    addStake293(
      ctx,
      o,
      account(a, 'hotkey'),
      num(a, 'netuid'),
      big(a, 'amount_staked'),
      big(a, 'limit_price'),
      bool(a, 'allow_partial'),
    ),
  remove_stake: (ctx, o, a) =>
    removeStake293(ctx, o, account(a, 'hotkey'), num(a, 'netuid'), big(a, 'amount_unstaked'), null, false),
  remove_stake_limit: (ctx, o, a) =>
    removeStake293(
      ctx,
      o,
      account(a, 'hotkey'),
      num(a, 'netuid'),
      big(a, 'amount_unstaked'),
      big(a, 'limit_price'),
      bool(a, 'allow_partial'),
    ),
  remove_stake_full_limit: (ctx, o, a) => {
    const hot = account(a, 'hotkey');
    const netuid = num(a, 'netuid');
    const limit = optBig(a, 'limit_price');
    removeStake293(ctx, o, hot, netuid, stakeOf(ctx.state, hot, o, netuid), limit, false);
  },
  move_stake: (ctx, o, a) =>
    transition293(ctx, {
      kind: 'move',
      originColdkey: o,
      destinationColdkey: o,
      originHotkey: account(a, 'origin_hotkey'),
      destinationHotkey: account(a, 'destination_hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: null,
      allowPartial: null,
    }),
  transfer_stake: (ctx, o, a) =>
    transition293(ctx, {
      kind: 'transfer',
      originColdkey: o,
      destinationColdkey: account(a, 'destination_coldkey'),
      originHotkey: account(a, 'hotkey'),
      destinationHotkey: account(a, 'hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: null,
      allowPartial: null,
    }),
  swap_stake: (ctx, o, a) =>
    transition293(ctx, {
      kind: 'swap',
      originColdkey: o,
      destinationColdkey: o,
      originHotkey: account(a, 'hotkey'),
      destinationHotkey: account(a, 'hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: null,
      allowPartial: null,
    }),
  swap_stake_limit: (ctx, o, a) =>
    transition293(ctx, {
      kind: 'swap',
      originColdkey: o,
      destinationColdkey: o,
      originHotkey: account(a, 'hotkey'),
      destinationHotkey: account(a, 'hotkey'),
      originNetuid: num(a, 'origin_netuid'),
      destinationNetuid: num(a, 'destination_netuid'),
      alpha: big(a, 'alpha_amount'),
      limit: big(a, 'limit_price'),
      allowPartial: bool(a, 'allow_partial'),
    }),
  unstake_all: (ctx, o, a) => unstakeAll293(ctx, o, account(a, 'hotkey'), false),
  unstake_all_alpha: (ctx, o, a) => unstakeAll293(ctx, o, account(a, 'hotkey'), true),
};

/** The calls spec 293's SubtensorTransactionExtension checks in the pool (takes and remove_stake_full_limit are not). */
export const VALIDATED_293: ReadonlySet<string> = new Set([
  'add_stake',
  'add_stake_limit',
  'remove_stake',
  'remove_stake_limit',
  'unstake_all',
  'unstake_all_alpha',
  'move_stake',
  'transfer_stake',
  'swap_stake',
  'swap_stake_limit',
]);
