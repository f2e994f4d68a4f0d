// Root Reborn in Chromium against the devnet's current-runtime mode (per-validator baskets): from the yield screen
// Bob opens his root dividends per validator, sees what each validator's basket holds and the hold window of a root
// stake he just added; the retired claim-type screen is not there. He claims from one validator: the chain pays the
// claim onto his root stake with that validator (BasketClaimed), and the other validators' baskets are untouched.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { metadataCurrent } from '../../devnet/chain/metadata-current.ts';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { fromHome, walletOnDevnet } from '../helpers/popup.ts';

const scenario = defaultScenario();
// Bob nominates validators 3, 10 and 20 on root; validator 10's basket buys its subnet's alpha with half.
const V3 = scenario.validators[2]!;
const V10 = scenario.validators[9]!;
const V10_SUBNET = V10.registrations[0]!;
const HOLD = 1_000;
// Root may set RootClaimableThreshold; 0.00005 TAO here (default 0.0005) so the devnet's first epochs reach it.
const THRESHOLD = 50_000n;
const stakeInfo = z
  .object({ stake: z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform((v) => BigInt(v)) })
  .nullable();
const v3 = encodeAddress(V3.hotkey, 42);
const v10 = encodeAddress(V10.hotkey, 42);

describe('Root Reborn claims per validator (current-runtime devnet)', () => {
  let devnet: Devnet;
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;
  const big = (v: { toString(): string }) => BigInt(v.toString());
  const rootOf = async (hot: string, cold: string) =>
    stakeInfo.parse(
      (await api.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(hot, cold, 0)).toJSON(),
    )?.stake ?? 0n;

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({
      port: 0,
      instant: true,
      metadata: metadataCurrent(),
      scenario: {
        subtensor: {
          ...scenario,
          params: {
            ...scenario.params,
            rootStakeUnlockInterval: HOLD,
            rootClaimableThreshold: THRESHOLD.toString(),
          },
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
        },
      },
    });
    devnet.produceBlocks(40);
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({
      provider: new WsProvider(devnet.url),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    ({ session, popup } = await walletOnDevnet(devnet.url, [['Bob', '//Bob']]));
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
    await devnet?.stop();
  });

  it('shows each validator’s basket and hold window, and a claim from one validator lands on root', async () => {
    const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    // Bob adds 1 τ of root stake with validator 3: that root stake is now in its hold window.
    const stakedIn = await new Promise<string>((resolve, reject) => {
      void api.tx['subtensorModule']!['addStake']!(v3, 0, 1_000_000_000n)
        .signAndSend(bob, (r) => {
          if (r.status.isFinalized) resolve(r.status.asFinalized.toHex());
        })
        .catch(reject);
    });
    const stakedAt = (await api.rpc.chain.getHeader(stakedIn)).number.toNumber();

    await fromHome(popup, 'Yield');
    const card = popup.getByRole('region', { name: 'Root dividends to claim' });
    await card.waitFor({ timeout: 90_000 });
    await card.getByRole('button', { name: 'Root dividends per validator' }).click();
    const claims = popup.getByRole('region', { name: 'Root dividends per validator' });
    await claims.waitFor({ timeout: 30_000 });
    // The retired claim type (set_root_claim_type, KeepSubnets) is not offered on this runtime.
    expect(await popup.getByRole('form', { name: 'What claims do with your root dividends' }).count()).toBe(0);
    expect(await popup.getByRole('combobox', { name: 'Claim type' }).count()).toBe(0);

    // Validator 3: the hold window of the root stake just added, ending HOLD blocks after it.
    const basket3 = claims.getByRole('article', { name: 'Validator 3' });
    expect(await basket3.getByRole('status').textContent()).toBe(
      `Held until block #${stakedAt + HOLD}: it cannot be unstaked, moved or transferred before then.`,
    );
    // Validator 10: its basket holds root TAO and its subnet's alpha, and Bob's share of each.
    const basket10 = claims.getByRole('article', { name: 'Validator 10' });
    await basket10.getByText('What the basket holds').click();
    const rows = await basket10.getByRole('listitem').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^Root \(SN0\): [\d.,]+ τ \(worth [\d.,]+ τ\); your share [\d.,]+ τ$/);
    expect(rows[1]).toMatch(new RegExp(`^SN${V10_SUBNET}: [\\d.,]+ α \\(worth [\\d.,]+ τ\\); your share [\\d.,]+ α$`));
    expect(await basket10.textContent()).toMatch(/Claimable now: [\d.,]+ τ/);

    const rootBefore = await rootOf(v10, bob.address);
    const claimedBefore3 = big(await api.query['subtensorModule']!['basketClaimed']!(v3, bob.address));
    const payoutBefore = big(await api.call['betaBasketRuntimeApi']!['getBasketPayout']!(v10, bob.address));
    expect(payoutBefore).toBeGreaterThanOrEqual(THRESHOLD);

    await basket10.getByRole('button', { name: 'Claim from Validator 10' }).click();
    const review = popup.getByRole('region', { name: 'Review the staking transaction' });
    await review.waitFor({ timeout: 30_000 });
    expect(await review.textContent()).toContain('Claim your root dividends held in the basket of validator');
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 60_000 })
      .toBe('finalized');

    // In the chain: the block's BasketClaimed pays Bob on validator 10, and exactly that is now root stake.
    const events = (await api.query.system.events()).map((r) => r.event);
    const paid = events.find((e) => e.section === 'subtensorModule' && e.method === 'BasketClaimed');
    expect(paid?.data[0]?.toString()).toBe(v10);
    expect(paid?.data[1]?.toString()).toBe(bob.address);
    const tao = big(paid!.data[2]!);
    expect(tao).toBeGreaterThanOrEqual(THRESHOLD);
    expect((await rootOf(v10, bob.address)) - rootBefore).toBe(tao);
    expect(big(await api.call['betaBasketRuntimeApi']!['getBasketPayout']!(v10, bob.address))).toBeLessThan(THRESHOLD);
    // Validator 3's basket was not claimed.
    expect(big(await api.query['subtensorModule']!['basketClaimed']!(v3, bob.address))).toBe(claimedBefore3);
  });
});
