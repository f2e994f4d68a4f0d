/**
 * decrease_take / increase_take (facts §1.4, §1.5, §1.6). Takes are parts of 65535.
 *  - the origin must own the hotkey: NonAssociatedColdKey
 *  - decrease: new < current and ≥ MinDelegateTake, else DelegateTakeTooLow
 *  - increase: new > current (else DelegateTakeTooLow), ≤ MaxDelegateTake (else DelegateTakeTooHigh),
 *    and not within TxDelegateTakeRateLimit blocks of the last change (DelegateTxRateLimitExceeded).
 *  - Events TakeDecreased / TakeIncreased(coldkey, hotkey, take).
 */
import { fail } from './errors.ts';
import type { AccountHex } from './types.ts';
import type { Ctx } from './stake-ops.ts';

function requireOwned(ctx: Ctx, cold: AccountHex, hot: AccountHex): void {
  if (ctx.state.owner.get(hot) !== cold) fail('NonAssociatedColdKey');
}

export function decreaseTake(ctx: Ctx, cold: AccountHex, hot: AccountHex, take: number): void {
  const st = ctx.state;
  requireOwned(ctx, cold, hot);
  const current = st.delegates.get(hot);
  if (current !== undefined && take >= current) fail('DelegateTakeTooLow');
  if (take < st.params.minDelegateTake) fail('DelegateTakeTooLow');
  st.delegates.set(hot, take);
  st.lastTakeChange.set(hot, st.block);
  ctx.events.push({ pallet: 'SubtensorModule', name: 'TakeDecreased', data: [cold, hot, take] });
}

export function increaseTake(ctx: Ctx, cold: AccountHex, hot: AccountHex, take: number): void {
  const st = ctx.state;
  requireOwned(ctx, cold, hot);
  const current = st.delegates.get(hot);
  if (current !== undefined && take <= current) fail('DelegateTakeTooLow');
  if (take > st.params.maxDelegateTake) fail('DelegateTakeTooHigh');
  const last = st.lastTakeChange.get(hot);
  if (last !== undefined && st.block - last <= st.params.delegateTakeRateLimit) fail('DelegateTxRateLimitExceeded');
  st.delegates.set(hot, take);
  st.lastTakeChange.set(hot, st.block);
  ctx.events.push({ pallet: 'SubtensorModule', name: 'TakeIncreased', data: [cold, hot, take] });
}
