import { formatUnits } from '../../../core/amount/format.ts';
import { readStakeAvailability, type StakeAvailability } from '../../chain/read/stake-availability.ts';
import { refuse, type PlanCtx } from './plan-steps.ts';

/** The coldkey's conviction lock on a subnet, or null when the runtime has no locks or nothing is locked there. */
export async function lockOn(ctx: PlanCtx, netuid: number): Promise<StakeAvailability | null> {
  const all = await readStakeAvailability(ctx.api, [ctx.coldkey], [netuid]);
  const found = all ? [...all.values()][0]?.get(netuid) : undefined;
  return found && found.locked > 0n ? found : null;
}

/**
 * Refuses, before anything is signed, an unstake or a move to another subnet of more alpha than the lock leaves (the
 * chain would fail it with StakeUnavailable, fee paid); for "everything", returns what may leave instead.
 */
export async function withinLock(ctx: PlanCtx, netuid: number, alpha: bigint, everything: boolean): Promise<bigint> {
  const lock = await lockOn(ctx, netuid);
  if (!lock || alpha <= lock.available) return alpha;
  if (everything && lock.available > 0n) return lock.available;
  throw lockedRefusal(ctx, netuid, lock);
}

export function lockedRefusal(ctx: PlanCtx, netuid: number, lock: StakeAvailability) {
  const symbol = ctx.symbolOf(netuid);
  const amount = (v: bigint) => formatUnits(v, { symbol, full: true });
  return refuse(
    'stake-locked',
    `Only ${amount(lock.available)} of this account's stake on subnet ${netuid} can leave it now: ${amount(lock.locked)} is held by a conviction lock. Nothing was sent.`,
    { netuid, available: amount(lock.available), locked: amount(lock.locked) },
  );
}
