/**
 * Root Reborn's root-stake hold window (spec 441, facts §12): while `RootStakeUnlockInterval` is non-zero, root stake
 * of a (coldkey, hotkey) pair cannot leave root (unstake, move, swap, transfer) until that many blocks after the
 * pair's last stake operation (`LastColdkeyHotkeyStakeBlock`); the chain refuses with RootStakeLocked. The interval
 * is 0 (no hold) unless set: the devnet's scenario sets it with `params.rootStakeUnlockInterval`.
 */
import { fail } from './errors.ts';
import type { Ctx } from './stake-ops.ts';
import type { AccountHex, NetUid } from './types.ts';

export function ensureRootUnlocked(ctx: Ctx, cold: AccountHex, hot: AccountHex, netuid: NetUid): void {
  const interval = ctx.state.params.rootStakeUnlockInterval;
  if (netuid !== 0 || interval === 0) return;
  const last = ctx.state.lastStakeBlock.get(`${cold}:${hot}`);
  if (last !== undefined && ctx.state.block < last + interval) fail('RootStakeLocked');
}
