/**
 * Coldkey swap with announcement (opentensor/subtensor HEAD `macros/dispatches.rs` call indices 125–127 and
 * `guards/check_coldkey_swap.rs`, facts §12), for runtimes whose metadata has it:
 *  - announce_coldkey_swap(hash): the first announcement recycles the key swap cost (0.1 TAO); a new one is refused
 *    until the re-announcement delay after the first possible execution block has passed; the swap may run from
 *    now + ColdkeySwapAnnouncementDelay (36,000 blocks, 5 days);
 *  - dispute_coldkey_swap(): needs an announcement and no dispute yet; records the block;
 *  - the guard: while a coldkey has an announcement, every call it signs other than the swap calls (and
 *    MevShield.submit_encrypted) is refused (ColdkeySwapAnnounced); once disputed, every call is
 *    (ColdkeySwapDisputed). At pool validation these are InvalidTransaction::Custom(0) and Custom(21).
 * swap_coldkey_announced (moving every position to the new key) is not modelled.
 */
import { fail } from './errors.ts';
import type { Ctx } from './stake-ops.ts';
import type { State } from './state.ts';
import type { AccountHex } from './types.ts';

/** SubtensorInitialKeySwapCost (runtime/src/lib.rs): 0.1 TAO. */
export const KEY_SWAP_COST = 100_000_000n;
/** InitialColdkeySwapAnnouncementDelay and InitialColdkeySwapReannouncementDelay of a production runtime. */
export const ANNOUNCEMENT_DELAY = 36_000;
export const REANNOUNCEMENT_DELAY = 7_200;

/** Calls a coldkey with an undisputed announcement may still make (CheckColdkeySwap::is_allowed_during_swap). */
const ALLOWED_DURING_SWAP = new Set([
  'SubtensorModule.announce_coldkey_swap',
  'SubtensorModule.swap_coldkey_announced',
  'SubtensorModule.dispute_coldkey_swap',
  'SubtensorModule.clear_coldkey_swap_announcement',
  'MevShield.submit_encrypted',
]);

export function announceColdkeySwap(ctx: Ctx, who: AccountHex, hash: `0x${string}`): void {
  const st = ctx.state;
  const now = st.block;
  const known = st.swapAnnouncements.get(who);
  if (known) {
    if (now < known.when + REANNOUNCEMENT_DELAY) fail('ColdkeySwapReannouncedTooEarly');
  } else {
    // recycle_tao: the cost leaves the balance and the issuance.
    if (!ctx.balances.withdraw(who, KEY_SWAP_COST, false)) fail('NotEnoughBalanceToPaySwapColdKey');
    ctx.balances.burn(KEY_SWAP_COST);
  }
  st.swapAnnouncements.set(who, { when: now + ANNOUNCEMENT_DELAY, hash });
  ctx.events.push({ pallet: 'SubtensorModule', name: 'ColdkeySwapAnnounced', data: [who, hash] });
}

export function disputeColdkeySwap(ctx: Ctx, who: AccountHex): void {
  const st = ctx.state;
  if (!st.swapAnnouncements.has(who)) fail('ColdkeySwapAnnouncementNotFound');
  if (st.swapDisputes.has(who)) fail('ColdkeySwapAlreadyDisputed');
  st.swapDisputes.set(who, st.block);
  ctx.events.push({ pallet: 'SubtensorModule', name: 'ColdkeySwapDisputed', data: [who] });
}

/** CheckColdkeySwap::check for a call `pallet.method` signed (or dispatched) with origin `who`; null: allowed. */
export function coldkeySwapGuard(
  st: State,
  who: AccountHex,
  pallet: string,
  method: string,
): 'ColdkeySwapAnnounced' | 'ColdkeySwapDisputed' | null {
  if (!st.swapAnnouncements.has(who)) return null;
  if (st.swapDisputes.has(who)) return 'ColdkeySwapDisputed';
  return ALLOWED_DURING_SWAP.has(`${pallet}.${method}`) ? null : 'ColdkeySwapAnnounced';
}
