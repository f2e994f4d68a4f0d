// The coldkey-swap guard in Chromium against the devnet's current-runtime mode: a swap of Bob's coldkey announced on
// chain shows as a red banner on Bob's card with the block it can run from, a browser notification tells of it, and
// the person disputes it from the popup through the review screen; the banner then says it was disputed.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../../devnet/chain/metadata-current.ts';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { walletOnDevnet } from '../helpers/popup.ts';

describe('coldkey-swap guard (current-runtime devnet)', () => {
  let devnet: Devnet;
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({ port: 0, instant: true, metadata: metadataCurrent() });
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({
      provider: new WsProvider(devnet.url),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    ({ session, popup } = await walletOnDevnet(devnet.url, [
      ['Alice', '//Alice'],
      ['Bob', '//Bob'],
    ]));
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
    await devnet?.stop();
  });

  it('shows an announced swap in red with when it runs, notifies, and disputes it from the popup', async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const bob = keyring.addFromUri('//Bob');
    const bobCard = popup.getByRole('article', { name: 'Balances of Bob' });
    await bobCard.waitFor({ timeout: 60_000 });
    expect(await popup.getByRole('alert', { name: 'Coldkey swap announced' }).count()).toBe(0);

    const hash = blake2AsHex(keyring.addFromUri('//Thief').publicKey, 256);
    await new Promise<void>((resolve, reject) => {
      void api.tx['subtensorModule']!['announceColdkeySwap']!(hash)
        .signAndSend(bob, (r) => {
          if (r.status.isFinalized) resolve();
        })
        .catch(reject);
    });
    const executesAt = (await api.query['subtensorModule']!['coldkeySwapAnnouncements']!(bob.address)).toJSON() as [
      number,
      string,
    ];
    devnet.produceBlock();

    const banner = bobCard.getByRole('alert', { name: 'Coldkey swap announced' });
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain(`From block #${executesAt[0]} (in about 5 d 0 h)`);
    // Alice's card has no banner.
    expect(await popup.getByRole('article', { name: 'Balances of Alice' }).getByRole('alert').count()).toBe(0);
    // The service worker told of it once, as a notification that stays until the person acts.
    await expect
      .poll(async () => Object.keys(await session.worker.evaluate(() => chrome.notifications.getAll())), {
        timeout: 15_000,
      })
      .toEqual([expect.stringMatching(/^coldkey-swap-.*-5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty-\d+$/)]);

    await banner.getByRole('button', { name: 'Dispute the coldkey swap' }).click();
    const form = popup.getByRole('form', { name: 'Dispute a coldkey swap' });
    await form.getByRole('button', { name: 'Review' }).click();
    const review = popup.getByRole('region', { name: 'Review the staking transaction' });
    await review.waitFor();
    expect(await review.textContent()).toContain('Dispute the coldkey swap announced for this account');
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('finalized');
    const disputedAt = (await api.query['subtensorModule']!['coldkeySwapDisputes']!(bob.address)).toJSON();
    expect(typeof disputedAt).toBe('number');
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
    await expect
      .poll(async () => (await bobCard.getByRole('alert', { name: 'Coldkey swap announced' }).textContent()) ?? '', {
        timeout: 30_000,
      })
      .toContain(`The swap was disputed in block #${String(disputedAt)}`);
    expect(await bobCard.getByRole('button', { name: 'Dispute the coldkey swap' }).count()).toBe(0);
  });
});
