// Root Reborn's per-validator baskets in the current-runtime devnet (subtensor/root-baskets.ts) through an unmodified
// @polkadot/api: epochs deposit root dividends into each validator's basket (all TAO in the root slot by default,
// along the root weights where a validator has them), a nominator's payout is what the chain's formula gives from
// storage, and claim_root_with_hotkey pays exactly that onto the nominator's root stake, for that validator only.
import { encodeAddress } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { metadataCurrent } from '../chain/metadata-current.ts';
import { BASKET_ESCROW } from '../subtensor/accounts.ts';
import { defaultScenario } from '../subtensor/index.ts';
import { avoidEpochBlock, harness, sendAndFinalize, stakeAt, type Harness } from './helpers.ts';

const scenario = defaultScenario();
const amount = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform((v) => BigInt(v));
const holdingRows = z.array(z.tuple([z.number().int(), amount, amount]));
const fixed = z.object({ bits: amount });
// Bob nominates validators 3, 10 and 20 on root (default scenario); validator 10 buys its subnet's alpha with half.
const V3 = scenario.validators[2]!;
const V10 = scenario.validators[9]!;
const V10_SUBNET = V10.registrations[0]!;
// Any subnet's epoch pays root dividends into the baskets: the claims go into blocks that run none.
const ALL_SUBNETS = scenario.subnets.map((s) => s.netuid);
// Root can set RootClaimableThreshold; 0.0001 TAO here (the chain's default is 0.0005) so a test's blocks reach it.
const THRESHOLD = 100_000n;
const curated = {
  ...scenario,
  params: { ...scenario.params, rootClaimableThreshold: THRESHOLD.toString() },
  validators: scenario.validators.map((v) =>
    v === V10
      ? {
          ...v,
          rootWeights: [
            { netuid: 0, weight: 1 },
            { netuid: V10_SUBNET, weight: 1 },
          ],
        }
      : v,
  ),
};

describe('Root Reborn baskets (current-runtime devnet)', () => {
  let h: Harness;
  const big = (v: { toString(): string }) => BigInt(v.toString());
  beforeAll(async () => {
    h = await harness({ metadata: metadataCurrent(), scenario: { subtensor: curated } });
    h.devnet.produceBlocks(40);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('accrues root dividends into per-validator baskets and claims one validator at a time', async () => {
    const { api, bob } = h;
    const q = api.query['subtensorModule']!;
    const basket = api.call['betaBasketRuntimeApi']!;
    const escrow = encodeAddress(BASKET_ESCROW, 42);
    const v3 = encodeAddress(V3.hotkey, 42);
    const v10 = encodeAddress(V10.hotkey, 42);

    await avoidEpochBlock(h, ALL_SUBNETS);
    expect((await q['rootClaimableThreshold']!(0)).toJSON()).toEqual({ bits: Number(THRESHOLD << 32n) });
    // Below the threshold a claim does nothing (and fails nothing): RootClaimed of 0 TAO, the basket as it was.
    expect(big(await basket['getBasketPayout']!(v10, bob.address))).toBeLessThan(THRESHOLD);
    const sharesEarly = big(await q['basketShares']!(v10));
    const early = await sendAndFinalize(api, api.tx['subtensorModule']!['claimRootWithHotkey']!(v10), bob);
    expect(early.dispatchError).toBeNull();
    expect(early.events.find((e) => e.method === 'RootClaimed')?.data).toEqual([bob.address, 0]);
    expect(big(await q['basketShares']!(v10))).toBe(sharesEarly);
    while (big(await basket['getBasketPayout']!(v10, bob.address)) < THRESHOLD) h.devnet.produceBlocks(10);
    await avoidEpochBlock(h, ALL_SUBNETS);

    // Validator 3 keeps its basket as TAO on root (no weights); validator 10 holds root TAO and its subnet's alpha.
    const holdings = async (hot: string) => holdingRows.parse((await basket['getValidatorBasket']!(hot)).toJSON());
    const h3 = await holdings(v3);
    expect(h3.map(([n]) => n)).toEqual([0]);
    const h10 = await holdings(v10);
    expect(h10.map(([n]) => n)).toEqual([0, V10_SUBNET]);
    expect(h10[1]![1]).toBe(await stakeAt(api, v10, escrow, V10_SUBNET));
    expect(h10[1]![2]).toBeGreaterThan(0n);

    // What Bob is owed on validator 10, computed from storage as claim_root.rs does, is what the runtime API says.
    const [rate, shares, claimed] = await Promise.all([
      q['basketRate']!(v10).then((r) => fixed.parse(r.toJSON()).bits),
      q['basketShares']!(v10).then(big),
      q['basketClaimed']!(v10, bob.address).then(big),
    ]);
    const rootBefore = await stakeAt(api, v10, bob.address, 0);
    const owedBits = rate * rootBefore - (claimed << 32n);
    const owed = owedBits > 0n ? owedBits >> 32n : 0n;
    expect(owed).toBeGreaterThan(0n);
    const nav = h10.reduce((s, [, , tao]) => s + tao, 0n);
    const expected = (owed * nav) / shares;
    const payout = big(await basket['getBasketPayout']!(v10, bob.address));
    expect(payout).toBe(expected);
    const v3Payout = big(await basket['getBasketPayout']!(v3, bob.address));
    expect(v3Payout).toBeGreaterThan(0n);

    // The claim: the payout lands on Bob's root stake with validator 10; validator 3's basket is untouched.
    const out = await sendAndFinalize(api, api.tx['subtensorModule']!['claimRootWithHotkey']!(v10), bob);
    expect(out.dispatchError).toBeNull();
    const claimedEvent = out.events.find((e) => e.method === 'BasketClaimed');
    expect(claimedEvent?.data.slice(0, 2)).toEqual([v10, bob.address]);
    expect(BigInt(String(claimedEvent?.data[2]))).toBe(payout);
    const rootClaimed = out.events.find((e) => e.method === 'RootClaimed');
    expect(rootClaimed?.data).toEqual([bob.address, Number(payout)]);
    expect((await stakeAt(api, v10, bob.address, 0)) - rootBefore).toBe(payout);
    expect(big(await q['basketShares']!(v10))).toBe(shares - owed);
    expect(big(await basket['getBasketPayout']!(v10, bob.address))).toBe(0n);
    expect(big(await basket['getBasketPayout']!(v3, bob.address))).toBe(v3Payout);
    // The claimed share of the subnet holding was sold: validator 10's basket holds less of it.
    const after = await holdings(v10);
    expect(after[1]![1]).toBe(h10[1]![1] - (h10[1]![1] * owed) / shares);
  });
});
