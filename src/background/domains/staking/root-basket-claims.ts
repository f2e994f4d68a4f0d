import { formatTao } from '../../../core/amount/format.ts';
import { parseRecipient } from '../../lib/parse-input.ts';
import { calls } from './calls.ts';
import { refuse } from './plan-steps.ts';
import type { Plan, PlanCtx } from './plan-types.ts';
import { hasRootBaskets, rootBasketsOf } from './root-baskets.ts';

/**
 * Root Reborn's claims (facts §12): claim_root_with_hotkey for one validator, or for several in one utility.batch_all
 * (all or nothing). Refused with a sentence where the runtime has no such call, where the coldkey has nothing with a
 * validator named, or where what it would pay is below RootClaimableThreshold (the chain would take the fee and
 * skip the claim).
 */
export async function basketClaimPlan(ctx: PlanCtx, hotkeysText: string[]): Promise<Plan> {
  const { api } = ctx;
  if (!hasRootBaskets(api))
    throw refuse(
      'root-baskets-unavailable',
      "This network's runtime has no per-validator root claims (claim_root_with_hotkey).",
    );
  const hotkeys = [...new Set(hotkeysText.map((h) => parseRecipient(h)))];
  const state = await rootBasketsOf(api, ctx.coldkey);
  for (const hotkey of hotkeys) {
    const basket = state.baskets.find((b) => b.hotkey === hotkey);
    if (!basket || BigInt(basket.payout) === 0n)
      throw refuse('basket-nothing-owed', 'This account has nothing to claim from that validator.', { hotkey });
    if (!basket.claimable)
      throw refuse(
        'basket-below-threshold',
        `What this validator owes you (${tao(basket.payout)} τ) is below the chain's smallest claim (${tao(state.threshold)} τ): a claim now would pay nothing.`,
        { amount: tao(basket.payout), threshold: tao(state.threshold) },
      );
  }
  const built = hotkeys.map((h) => calls.claimRootWithHotkey(api, h));
  return {
    built: built.length === 1 ? built[0]! : calls.batchAll(api, built),
    legs: [],
    warnings: [],
    spend: 0n,
    allowPartial: false,
  };
}

const tao = (rao: string): string => formatTao(BigInt(rao), { full: true, symbol: '' });
