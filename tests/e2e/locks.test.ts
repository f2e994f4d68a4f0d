// Conviction locks in Chromium against the devnet's current-runtime mode (a lock of 1,200 α of Alice's 1,700 α on
// subnet 2): the home shows the locked and available alpha on the position; in the Unstake form Max fills the
// available 500 α, not the whole position; asking for more is refused before anything is signed, with the sentence
// that says how much may leave.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../../devnet/chain/metadata-current.ts';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario, DEV_ACCOUNTS } from '../../devnet/subtensor/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { fromHome, walletOnDevnet } from '../helpers/popup.ts';

const TAO = 1_000_000_000n;
const scenario = defaultScenario();
const own = scenario.validators[0]!;
const hot = encodeAddress(own.hotkey, 42);

describe('conviction locks (current-runtime devnet)', () => {
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
      scenario: {
        subtensor: {
          ...scenario,
          locks: [
            { coldkey: DEV_ACCOUNTS.alice, hotkey: own.hotkey, netuid: 2, amount: 1_200n * TAO, perpetual: true },
          ],
        },
      },
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

  it('shows the lock on the position, caps Max at what is available and refuses more before signing', async () => {
    const lock = popup.getByRole('list', { name: 'Positions of Alice' }).getByTestId('position-lock');
    await expect.poll(() => lock.count(), { timeout: 60_000 }).toBe(1);
    expect(await lock.textContent()).toMatch(/^Locked: 1,200 \S+ · can leave now: 500 \S+$/);

    await fromHome(popup, 'Stake or move');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
    await popup.getByRole('tab', { name: 'Unstake' }).click();
    const position = popup.getByRole('combobox', { name: 'Position' });
    await expect.poll(() => position.locator(`option[value="${hot}:2"]`).count(), { timeout: 30_000 }).toBe(1);
    await position.selectOption(`${hot}:2`);
    const amount = popup.getByLabel('Amount of stake (alpha)');
    await popup.getByRole('button', { name: 'Max: fill in all that is available' }).click();
    await expect.poll(() => amount.inputValue(), { timeout: 10_000 }).toBe('500');

    await amount.fill('600');
    const headBefore = (await api.rpc.chain.getHeader()).number.toNumber();
    await popup.getByRole('button', { name: 'Review' }).click();
    const alert = popup.getByRole('alert').filter({ hasText: 'conviction lock' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(
      /^Only 500 \S+ of this account's stake on subnet 2 can leave it now: 1,200 \S+ is held by a conviction lock\. Nothing was sent\.$/,
    );
    expect(await popup.getByRole('region', { name: 'Review the staking transaction' }).count()).toBe(0);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(headBefore);

    // Max's amount goes to review as an unstake of 500 α (remove_stake_limit), the locked rest staying.
    await popup.getByRole('button', { name: 'Max: fill in all that is available' }).click();
    await popup.getByRole('button', { name: 'Review' }).click();
    const review = popup.getByRole('region', { name: 'Review the staking transaction' });
    await review.waitFor({ timeout: 30_000 });
    expect(await review.textContent()).toContain('subtensorModule.removeStakeLimit');
  });
});
