import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import { ceilDiv } from '../../../core/amount/muldiv.ts';
import { basketClaimPays, basketPayout, basketTake, owedBasketShares } from '../../../core/yield/root-basket.ts';
import type { RootBasketsState, RootBasketView } from '../../../protocol/domains/staking-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { big } from '../../chain/read/decoders.ts';
import { requiredCall } from '../../chain/read/runtime-api.ts';
import { bitsOf } from '../yield/root.ts';
import { hasCall } from './calls.ts';
import { stakeOf } from './read.ts';
import { rootHoldUntil } from './root-hold.ts';

/** A signed integer (BasketClaimed is an i128 watermark) as toJSON gives it. */
const signed = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]).transform((v) => BigInt(v));
const holdings = z.array(z.tuple([z.number().int().min(0).max(0xffff), big, big]));
const hotkeys = z.array(z.string());

/** Whether the runtime has Root Reborn's per-validator claims (facts §12), read from its metadata. */
export function hasRootBaskets(api: ApiPromise): boolean {
  return hasCall(api, 'subtensorModule', 'claimRootWithHotkey');
}

/**
 * What `coldkey` can claim from each validator it stakes with (StakingHotkeys, the list the chain's claims walk) and
 * what each validator's basket holds, computed as the chain computes it (core/yield/root-basket.ts) from BasketRate,
 * BasketShares and BasketClaimed and the chain's own valuation of the holdings
 * (BetaBasketRuntimeApi.get_validator_basket). Validators where it has neither root stake nor anything owed are left
 * out. On runtimes without claim_root_with_hotkey: not available, nothing read.
 */
export async function rootBasketsOf(api: ApiPromise, coldkey: string): Promise<RootBasketsState> {
  if (!hasRootBaskets(api)) return { available: false, threshold: '0', baskets: [] };
  const q = api.query['subtensorModule'];
  const rate = q?.['basketRate'];
  const shares = q?.['basketShares'];
  const claimed = q?.['basketClaimed'];
  const staking = q?.['stakingHotkeys'];
  const thresholdQ = q?.['rootClaimableThreshold'];
  if (!rate || !shares || !claimed || !staking)
    throw new ProtocolError('unavailable', "This network's runtime has claim_root_with_hotkey but no basket storage.", {
      reason: 'root-baskets-missing',
    });
  const basketOf = requiredCall(api, 'betaBasketRuntimeApi', 'getValidatorBasket', 'BetaBasketRuntimeApi');
  const [list, thresholdBits] = await Promise.all([
    staking(coldkey).then((v) => hotkeys.parse(v.toJSON())),
    thresholdQ ? thresholdQ(0).then((v) => bitsOf(v)) : Promise.resolve(0n),
  ]);
  const views = await Promise.all(
    [...new Set(list)].map(async (hotkey): Promise<RootBasketView | null> => {
      const [rootStake, rateBits, total, watermark, held] = await Promise.all([
        stakeOf(api, hotkey, coldkey, 0),
        rate(hotkey).then((v) => bitsOf(v)),
        shares(hotkey).then((v) => big.parse(v.toJSON())),
        claimed(hotkey, coldkey).then((v) => signed.parse(v.toJSON())),
        basketOf(hotkey).then((v) => holdings.parse(v.toJSON())),
      ]);
      const owed = owedBasketShares(rateBits, rootStake, watermark);
      if (rootStake === 0n && owed === 0n) return null;
      const nav = held.reduce((s, [, , tao]) => s + tao, 0n);
      const payout = basketPayout(owed, nav, total);
      return {
        hotkey,
        rootStake: rootStake.toString(),
        owedShares: owed.toString(),
        sharesTotal: total.toString(),
        payout: payout.toString(),
        claimable: basketClaimPays(payout, thresholdBits),
        holdings: held.map(([netuid, alpha, tao]) => ({
          netuid,
          alpha: alpha.toString(),
          tao: tao.toString(),
          yours: basketTake(alpha, owed, total).toString(),
        })),
        holdUntil: rootStake > 0n ? await rootHoldUntil(api, coldkey, hotkey) : null,
      };
    }),
  );
  const baskets = views.filter((v): v is RootBasketView => v !== null);
  baskets.sort((a, b) => (BigInt(b.payout) > BigInt(a.payout) ? 1 : BigInt(b.payout) < BigInt(a.payout) ? -1 : 0));
  return { available: true, threshold: ceilDiv(thresholdBits, 1n << 32n).toString(), baskets };
}
