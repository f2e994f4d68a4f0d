// The wallet on the real Subtensor runtime (spec 293 in Chopsticks), in Chromium: an account imported by phrase and
// path shows its balance, root stake and subnet alpha exactly as the chain's runtime APIs give them, at once, with
// no new block; a transfer lands with the recipient getting exactly the amount and the sender paying exactly the
// chain's own fee; bad input changes nothing; the node stopped and started again under an open popup.
import type { ApiPromise } from '@polkadot/api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealChain, type RealChain } from '../../devnet/real/chain.ts';
import { alpha, tao } from '../../src/popup/features/portfolio/amounts.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { createWallet, dumpLocalStorage, importDevAccount, probe, useDevnet } from '../helpers/popup.ts';
import {
  chainApi,
  feePaid,
  freeOf,
  freshAccounts,
  head,
  sendAndWait,
  sharedChain,
  stakesOf,
  TAO,
  txOf,
  type FreshAccount,
} from '../helpers/real-chain.ts';

const { url, seeded } = sharedChain();

describe('the wallet on the real runtime (spec 293)', () => {
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;
  let nominator: FreshAccount;
  let recipient: FreshAccount;

  beforeAll(async () => {
    api = await chainApi(url);
    const fresh = await freshAccounts(api, 2, 1_000n);
    [nominator, recipient] = [fresh[0]!, fresh[1]!];
    // Stake made outside the wallet (as btcli would): root and the seeded subnet.
    await sendAndWait(api, txOf(api, 'subtensorModule.addStake', seeded.validatorA, 0, 100n * TAO), nominator.pair);
    await sendAndWait(
      api,
      txOf(api, 'subtensorModule.addStake', seeded.validatorA, seeded.netuid, 20n * TAO),
      nominator.pair,
    );
    session = await launchExtension();
    popup = await createWallet(session);
    await useDevnet(popup, url, 'Subtensor');
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
  });

  it('an imported account shows free balance, root stake and subnet alpha exactly as the runtime APIs give them, with no new block', async () => {
    const before = await head(api);
    await importDevAccount(popup, 'Nominator', nominator.path);
    const free = await freeOf(api, nominator.address);
    const stakes = await stakesOf(api, nominator.address);
    const root = stakes.filter((s) => s.netuid === 0).reduce((sum, s) => sum + s.stake, 0n);
    const sub = stakes.find((s) => s.netuid === seeded.netuid)!;
    // Root stake is TAO, 1:1; the share pool floors a holder's value (≤ 1 rao below what went in).
    expect(100n * TAO - root).toBeLessThanOrEqual(1n);
    const price = BigInt((await api.call['swapRuntimeApi']!['currentAlphaPrice']!(seeded.netuid)).toString());
    const total = free + root + (sub.stake * price) / TAO;

    const card = popup.getByRole('article', { name: 'Balances of Nominator' });
    await expect
      .poll(() => card.getByLabel('Total Nominator').getAttribute('title'), { timeout: 20_000 })
      .toBe(tao(total.toString(), 'en', true));
    const positions = popup.getByRole('list', { name: 'Positions of Nominator' });
    const rootItem = positions.getByRole('listitem', { name: /on SN0 / });
    expect(await rootItem.getByTestId('position-amount').getAttribute('title')).toBe(tao(root.toString(), 'en', true));
    const subItem = positions.getByRole('listitem', { name: new RegExp(`on SN${seeded.netuid} `) });
    const shown = await subItem.getByTestId('position-amount').getAttribute('title');
    expect(shown).toBe(alpha(sub.stake.toString(), shown!.split(' ').pop()!, 'en', true));
    // This runtime has no sim_swap_*: the value if unstaked now says it is at spot price.
    expect(await subItem.getByTestId('position-tao').getAttribute('title')).toContain('at spot price');
    expect(await head(api)).toBe(before);
  });

  it("sends 1.5 TAO: the recipient gets exactly 1.5, the sender pays exactly amount plus the fee in the chain's own event", async () => {
    const [senderBefore, recipientBefore] = [
      await freeOf(api, nominator.address),
      await freeOf(api, recipient.address),
    ];
    await popup.getByRole('button', { name: 'Send' }).click();
    await popup.getByLabel('Recipient address').fill(recipient.address);
    await popup.getByLabel('Amount (TAO)').fill('1.5');
    await popup.getByRole('button', { name: 'Review' }).click();
    await popup.getByRole('region', { name: 'Review the transfer' }).waitFor();
    await popup.getByRole('button', { name: 'Confirm and send' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 60_000 })
      .toBe('finalized');
    const [record] = await probe<Array<{ fee: string; blockHash: string; status: string }>>(
      popup,
      'pri(transfers.history)',
      null,
    );
    const fee = await feePaid(api, record!.blockHash, nominator.address);
    expect(fee).toBeGreaterThan(0n);
    expect(BigInt(record!.fee)).toBe(fee); // the history holds what was actually paid
    expect(senderBefore - (await freeOf(api, nominator.address))).toBe(1_500_000_000n + fee);
    expect((await freeOf(api, recipient.address)) - recipientBefore).toBe(1_500_000_000n);
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
  });

  it('a transfer the account cannot pay is refused with a sentence before anything is signed; nothing changes', async () => {
    const [before, block] = [await freeOf(api, nominator.address), await head(api)];
    await popup.getByRole('button', { name: 'Send' }).click();
    await popup.getByLabel('Recipient address').fill(recipient.address);
    await popup.getByLabel('Amount (TAO)').fill('5000');
    await popup.getByRole('button', { name: 'Review' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('more than this account can send');
    expect(await freeOf(api, nominator.address)).toBe(before);
    expect(await head(api)).toBe(block);
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('storage holds nothing of the person in clear after importing a staked account and a transfer on the real chain', async () => {
    const dump = await dumpLocalStorage(popup);
    for (const secret of [nominator.address, recipient.address, 'Nominator', '1500000000', seeded.validatorA])
      expect(dump).not.toContain(secret);
    // The portfolio cache and the transfer history are there, sealed.
    expect(dump).toContain('portfolio.cache');
    expect(dump).toContain('transfers.history');
  });
});

describe('the node stops and starts again under an open popup (real runtime)', () => {
  let chain: RealChain;
  let session: ExtensionSession;
  let popup: Page;
  const status = () => popup.getByRole('region', { name: 'Network status' });

  beforeAll(async () => {
    chain = await startRealChain({ port: 0, blocks: 'instant' });
    session = await launchExtension();
    popup = await createWallet(session);
    await importDevAccount(popup, 'Alice', '//Alice');
    await useDevnet(popup, chain.url, 'Restarting node');
  });
  afterAll(async () => {
    await session?.close();
    await chain?.stop();
  });

  it('shows offline with the cached portfolio, then reconnects by itself and reads the new node at once', async () => {
    const card = popup.getByRole('article', { name: 'Balances of Alice' });
    // //Alice's genesis endowment: 1,000,000 TAO.
    await expect
      .poll(() => card.getByLabel('Total Alice').getAttribute('title'), { timeout: 20_000 })
      .toBe(tao((1_000_000n * TAO).toString(), 'en', true));
    const port = chain.port;
    await chain.stop();
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 30_000 }).toBe('offline');
    await popup.getByTestId('portfolio-cached').waitFor({ timeout: 10_000 });
    chain = await startRealChain({ port, blocks: 'instant' });
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 60_000 }).toBe('connected');
    // Read on reconnecting, not on the next block: this chain builds none until something is sent.
    await expect.poll(() => popup.getByTestId('portfolio-cached').count(), { timeout: 20_000 }).toBe(0);
    expect(chain.head()).toBe(1);
  });
});
