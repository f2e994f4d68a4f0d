// Root Reborn's hold window in Chromium against the devnet's current-runtime mode (RootStakeUnlockInterval set):
// right after Alice stakes on root, an unstake of that root stake is refused before anything is signed, with a
// sentence that says until which block; the chain holds the same rule (RootStakeLocked) for what gets through.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../../devnet/chain/metadata-current.ts';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { fromHome, walletOnDevnet } from '../helpers/popup.ts';

const scenario = defaultScenario();
const HOLD = 100;
const hot = encodeAddress(scenario.validators[1]!.hotkey, 42);

describe('root stake hold window (current-runtime devnet)', () => {
  let devnet: Devnet;
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({
      port: 0,
      instant: true,
      metadata: metadataCurrent(),
      scenario: { subtensor: { ...scenario, params: { ...scenario.params, rootStakeUnlockInterval: HOLD } } },
    });
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({
      provider: new WsProvider(devnet.url),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    ({ session, popup } = await walletOnDevnet(devnet.url, [['Alice', '//Alice']]));
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
    await devnet?.stop();
  });

  it('refuses to unstake root stake inside its hold window, saying until when', async () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const stakedIn = await new Promise<string>((resolve, reject) => {
      void api.tx['subtensorModule']!['addStake']!(hot, 0, 10_000_000_000n)
        .signAndSend(alice, (r) => {
          if (r.status.isFinalized) resolve(r.status.asFinalized.toHex());
        })
        .catch(reject);
    });
    const stakedAt = (await api.rpc.chain.getHeader(stakedIn)).number.toNumber();
    expect((await api.query['subtensorModule']!['rootStakeUnlockInterval']!()).toString()).toBe(String(HOLD));

    await fromHome(popup, 'Stake or move');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
    await popup.getByRole('tab', { name: 'Unstake' }).click();
    const position = popup.getByRole('combobox', { name: 'Position' });
    await expect.poll(() => position.locator(`option[value="${hot}:0"]`).count(), { timeout: 30_000 }).toBe(1);
    await position.selectOption(`${hot}:0`);
    await popup.getByLabel('Amount of stake (alpha)').fill('1');
    const headBefore = (await api.rpc.chain.getHeader()).number.toNumber();
    await popup.getByRole('button', { name: 'Review' }).click();
    const alert = popup.getByRole('alert').filter({ hasText: 'hold window' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(
      new RegExp(
        `^This root stake is in its hold window until block #${stakedAt + HOLD} \\(about \\d+ min\\): it cannot be unstaked, moved or transferred before then\\.$`,
      ),
    );
    expect(await popup.getByRole('region', { name: 'Review the staking transaction' }).count()).toBe(0);
    // Nothing was sent.
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(headBefore);

    // The chain enforces the same window: a root unstake sent anyway fails in its block with RootStakeLocked.
    const failed = await new Promise<string | null>((resolve, reject) => {
      void api.tx['subtensorModule']!['removeStake']!(hot, 0, 1_000_000_000n)
        .signAndSend(alice, (r) => {
          if (!r.status.isFinalized) return;
          const e = r.dispatchError;
          resolve(e?.isModule ? api.registry.findMetaError(e.asModule).name : null);
        })
        .catch((e: unknown) => (String(e).includes('1010') ? resolve('refused in the pool') : reject(e)));
    });
    expect(['RootStakeLocked', 'refused in the pool']).toContain(failed);
  });
});
