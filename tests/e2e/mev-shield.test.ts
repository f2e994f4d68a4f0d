// MEV Shield in Chromium against the devnet's current-runtime mode: a subnet stake reviewed as "protected from
// front-running" lands, and the chain's block holds a MevShield.submit_encrypted signed by the account and, right
// after it, the decrypted stake signed by the same account, with its StakeAdded; with the setting off the review says
// it goes in the clear and the block holds the stake alone.
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
const hot = encodeAddress(scenario.validators.find((v) => v.registrations.includes(1))!.hotkey, 42);

describe('MEV Shield (current-runtime devnet)', () => {
  let devnet: Devnet;
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;
  const alice = new Keyring({ type: 'sr25519', ss58Format: 42 });

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({ port: 0, instant: true, metadata: metadataCurrent() });
    devnet.produceBlocks(3);
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

  const review = () => popup.getByRole('region', { name: 'Review the staking transaction' });
  async function stakeReview(amount: string): Promise<void> {
    await fromHome(popup, 'Stake or move');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
    await popup.getByRole('combobox', { name: 'Subnet', exact: true }).selectOption('1');
    const box = popup.getByRole('combobox', { name: 'Validator', exact: true });
    await expect.poll(() => box.locator(`option[value="${hot}"]`).count(), { timeout: 30_000 }).toBe(1);
    await box.selectOption(hot);
    await popup.getByLabel('Amount (TAO)').fill(amount);
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor({ timeout: 30_000 });
  }
  /** Approves, waits for finalized, and returns the blocks produced meanwhile (numbers after `head`). */
  async function approve(): Promise<number> {
    const head = devnet.chain.head.number;
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 60_000 })
      .toBe('finalized');
    return head;
  }
  /** Extrinsics of the blocks after `from`, as the chain decodes them, with their events. */
  async function blocksAfter(from: number) {
    const out: Array<{
      call: string;
      signer: string | null;
      nonce: number | null;
      args: Record<string, unknown>;
      events: string[];
    }> = [];
    for (let n = from + 1; n <= devnet.chain.head.number; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const [block, events] = await Promise.all([
        api.rpc.chain.getBlock(hash),
        api.at(hash).then((a) => a.query.system.events()),
      ]);
      block.block.extrinsics.forEach((x, i) =>
        out.push({
          call: `${x.method.section}.${x.method.method}`,
          signer: x.isSigned ? x.signer.toString() : null,
          nonce: x.isSigned ? x.nonce.toNumber() : null,
          args: x.method.toJSON()['args'] as Record<string, unknown>,
          events: events
            .filter((e) => e.phase.isApplyExtrinsic && e.phase.asApplyExtrinsic.toNumber() === i)
            .map((e) => `${e.event.section}.${e.event.method}`),
        }),
      );
    }
    return out;
  }

  it('a subnet stake is sent shielded: the block holds the wrapper from the account and the decrypted stake', async () => {
    const me = alice.addFromUri('//Alice').address;
    const nonce = (await api.rpc.system.accountNextIndex(me)).toNumber();
    await stakeReview('3');
    const text = (await review().textContent()) ?? '';
    expect(text).toContain('Protected from front-running');
    await review().getByText('Details').click();
    expect(await review().textContent()).toMatch(/MEV Shield fee \(free TAO\)/);
    const head = await approve();
    await expect
      .poll(() => popup.getByTestId('status-shield').textContent())
      .toBe('Sent encrypted through MEV Shield.');
    const xts = await blocksAfter(head);
    const w = xts.findIndex((x) => x.call === 'mevShield.submitEncrypted' && x.signer === me);
    expect(w).toBeGreaterThanOrEqual(0);
    expect(xts[w]!.nonce).toBe(nonce);
    expect(xts[w]!.events).toContain('mevShield.EncryptedSubmitted');
    const inner = xts[w + 1]!;
    expect(inner.call).toMatch(/^subtensorModule\.addStake(Limit)?$/);
    expect(inner.signer).toBe(me);
    expect(inner.nonce).toBe(nonce + 1);
    expect(inner.args).toMatchObject({ hotkey: hot, netuid: 1, amount_staked: 3_000_000_000 });
    expect(inner.events).toEqual(expect.arrayContaining(['subtensorModule.StakeAdded', 'system.ExtrinsicSuccess']));
    // Exactly once: no other stake of Alice in those blocks.
    expect(xts.filter((x) => x.call.startsWith('subtensorModule.addStake') && x.signer === me)).toHaveLength(1);
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
  });

  it('with the setting off, the review says it goes in the clear and the block holds the stake alone', async () => {
    const me = alice.addFromUri('//Alice').address;
    await popup.getByRole('button', { name: 'Settings' }).click();
    const toggle = popup.getByRole('checkbox', { name: /Protect staking from front-running/ });
    expect(await toggle.isChecked()).toBe(true);
    // The box follows the saved setting (a round trip to the background), so click and wait rather than uncheck().
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await popup.getByRole('button', { name: 'Back' }).first().click();
    await stakeReview('1');
    const note = review().getByTestId('review-shield');
    expect(await note.textContent()).toBe(
      'Sent in the clear: protection from front-running is turned off in Settings.',
    );
    expect(await review().textContent()).not.toContain('Protected from front-running');
    const head = await approve();
    const xts = await blocksAfter(head);
    expect(xts.some((x) => x.call === 'mevShield.submitEncrypted')).toBe(false);
    const stake = xts.find((x) => x.call.startsWith('subtensorModule.addStake') && x.signer === me);
    expect(stake?.events).toContain('subtensorModule.StakeAdded');
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
    await popup.getByRole('button', { name: 'Settings' }).click();
    const again = popup.getByRole('checkbox', { name: /Protect staking from front-running/ });
    await again.click();
    await expect.poll(() => again.isChecked()).toBe(true);
  });
});
