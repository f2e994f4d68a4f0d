// Leaving root with root dividends owed, in Chromium against the devnet: the review of "unstake everything" from a
// root position shows that the owed dividends are claimed first (claim_root inside the batch_all, the owed amount
// per subnet), and after approval the chain has both: no root stake left, and the owed alpha credited as stake
// (claim type Keep), nothing lost.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { fromHome, probe, walletOnDevnet } from '../helpers/popup.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const hot = encodeAddress(defaultScenario().validators[2]!.hotkey, 42);

interface Preview {
  calls: string[];
  rootOwed?: { claimed: boolean; subnets: Array<{ netuid: number; alpha: string; lost: boolean }> };
}

describe('an exit out of root claims what is owed first (devnet, Chromium)', () => {
  let devnet: Devnet;
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({ port: 0, instant: true });
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({
      provider: new WsProvider(devnet.url),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    // Keep: a claim stakes the owed alpha on (hotkey, subnet), so what was owed is visible as stake afterwards.
    const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    await new Promise<void>((resolve, reject) => {
      void api.tx['subtensorModule']!['setRootClaimType']!('Keep')
        .signAndSend(bob, (r) => {
          if (r.status.isFinalized) resolve();
        })
        .catch(reject);
    });
    devnet.produceBlocks(300); // several epochs: root dividends accrue as claimable rates
    ({ session, popup } = await walletOnDevnet(devnet.url, [['Bob', '//Bob']]));
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
    await devnet?.stop();
  });

  const stakeOf = async (netuid: number): Promise<bigint> => {
    const call = api.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!;
    const got = (await call(hot, BOB, netuid)).toJSON();
    return got && typeof got === 'object' && 'stake' in got ? BigInt(String(got.stake)) : 0n;
  };

  it('shows the claim and the owed amount in the review; after approval the claim and the exit both landed', async () => {
    const op = { op: 'unstake', hotkey: hot, netuid: 0, amount: '0', all: true };
    await fromHome(popup, 'Stake or move');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
    const accountId = await popup.getByRole('combobox', { name: 'Account' }).inputValue();
    // What the wallet will claim, as the background plans it (the review below must show the same).
    const preview = await probe<Preview>(popup, 'pri(staking.prepare)', { accountId, op });
    const owed = (preview.rootOwed?.subnets ?? []).filter((x) => !x.lost);
    expect(preview.rootOwed?.claimed).toBe(true);
    expect(owed.length).toBeGreaterThan(0);

    await popup.getByRole('tab', { name: 'Unstake' }).click();
    const position = popup.getByRole('combobox', { name: 'Position' });
    await expect.poll(() => position.locator(`option[value="${hot}:0"]`).count(), { timeout: 30_000 }).toBe(1);
    await position.selectOption(`${hot}:0`);
    await popup.getByRole('button', { name: 'Max: fill in all that is available' }).click();
    await popup.getByRole('button', { name: 'Review' }).click();
    const review = popup.getByRole('region', { name: 'Review the staking transaction' });
    await review.waitFor({ timeout: 30_000 });
    const text = (await review.textContent()) ?? '';
    expect(text).toContain('utility.batchAll');
    expect(text).toContain('subtensorModule.claimRoot');
    const warning = review.getByRole('note').filter({ hasText: 'The wallet claims them first' });
    expect(await warning.textContent()).toMatch(/^Leaving root would throw away .+ of root dividends you are owed\./);
    for (const x of owed) expect(await warning.textContent()).toContain(`(subnet ${x.netuid})`);

    const rootBefore = await stakeOf(0);
    expect(rootBefore).toBeGreaterThan(0n);
    const alphaBefore = new Map<number, bigint>();
    for (const x of owed) alphaBefore.set(x.netuid, await stakeOf(x.netuid));
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 60_000 })
      .toBe('finalized');
    // Exited: no root stake left. Claimed: each subnet's owed alpha is Bob's stake now (an epoch in that block may
    // add to it; the share pool floors a credit by at most one rao).
    expect(await stakeOf(0)).toBe(0n);
    for (const x of owed)
      expect((await stakeOf(x.netuid)) - alphaBefore.get(x.netuid)!).toBeGreaterThanOrEqual(BigInt(x.alpha) - 1n);
  });
});
