// Chain sessions, balances and transfers in Chromium against the devnet: import //Alice, see her balance,
// refuse bad input, send 1.5 TAO and follow it to finalized, see a stake made outside the wallet, survive the
// node going away and coming back.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { formatTao } from '../../src/core/amount/format.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { createWallet, probe, DEV_PHRASE, fromHome, openWalletAfterFirst } from '../helpers/popup.ts';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

interface Portfolio {
  accounts: Array<{
    address: string;
    free: string;
    positions: Array<{ hotkey: string; netuid: number; alpha: string; taoSpot: string }>;
  }>;
}

describe('chain: balances and transfers in the popup (devnet)', () => {
  let devnet: Devnet;
  let session: ExtensionSession;
  let popup: Page;
  let api: ApiPromise;
  const keyring = new Keyring({ type: 'sr25519' });

  const free = async (address: string) => (await api.query.system.account(address)).data.free.toBigInt();
  const status = () => popup.getByRole('region', { name: 'Network status' });

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({ port: 0, instant: true });
    const meta = loadChainMetadata(devnet.meta.file);
    const provider = new WsProvider(devnet.url, 1_000);
    api = await ApiPromise.create({
      provider,
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    session = await launchExtension();
    popup = await createWallet(session);
  });
  afterAll(async () => {
    await api?.disconnect();
    await session?.close();
    await devnet?.stop();
  });

  it('imports //Alice by mnemonic and derivation path', async () => {
    await popup.getByRole('button', { name: 'I already have one' }).click();
    await popup.getByLabel('What to import').selectOption('mnemonic');
    await popup.getByLabel('Account name').fill('Alice');
    await popup.getByLabel('Recovery phrase', { exact: true }).fill(DEV_PHRASE);
    await popup.getByLabel('Derivation path (optional)').fill('//Alice');
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    await openWalletAfterFirst(popup, 'Alice');
  });

  it('refuses a non-ws endpoint with a sentence; an unreachable one shows offline', async () => {
    await fromHome(popup, 'Networks');
    const form = popup.getByRole('form', { name: 'Add a custom endpoint' });
    await form.getByLabel('Name').fill('Wrong');
    await form.getByLabel('Endpoint (ws:// or wss://)').fill('http://127.0.0.1:9944');
    await form.getByRole('button', { name: 'Add network' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('must start with ws:// or wss://');
    await form.getByLabel('Name').fill('Nowhere');
    await form.getByLabel('Endpoint (ws:// or wss://)').fill('ws://127.0.0.1:1');
    await form.getByRole('button', { name: 'Add network' }).click();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('Nowhere is offline');
    expect(await status().getAttribute('data-state')).toBe('offline');
  });

  it("connects to the devnet and shows Alice's balance and best block", async () => {
    const form = popup.getByRole('form', { name: 'Add a custom endpoint' });
    await form.getByLabel('Name').fill('Devnet');
    await form.getByLabel('Endpoint (ws:// or wss://)').fill(devnet.url);
    await form.getByRole('button', { name: 'Add network' }).click();
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 30_000 }).toBe('connected');
    // The best block arrives with the first new head, a moment after the connection.
    await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/Connected to Devnet · block #\d+/);
    await popup.getByRole('button', { name: 'Back' }).click();
    const card = popup.getByRole('article', { name: 'Balances of Alice' });
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(formatTao(await free(ALICE)));
  });

  it('bad recipient and amounts: a clear sentence each, nothing sent', async () => {
    const before = devnet.stateRoot();
    await popup.getByRole('button', { name: 'Send' }).click();
    const cases: Array<[string, string, string]> = [
      ['5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694tz', '1', 'checksum does not match'],
      ['hello', '1', 'not a Bittensor address'],
      [BOB, '1.0000000001', 'at most 9 decimal places'],
      [BOB, '100000000', 'more than this account can send'],
    ];
    for (const [to, amount, sentence] of cases) {
      await popup.getByLabel('Recipient address').fill(to);
      await popup.getByLabel('Amount (TAO)').fill(amount);
      await popup.getByRole('button', { name: 'Review' }).click();
      await expect.poll(() => popup.getByRole('alert').textContent()).toContain(sentence);
    }
    expect(devnet.stateRoot()).toBe(before);
    expect(await probe<unknown[]>(popup, 'pri(transfers.history)', null)).toEqual([]);
  });

  it('sends 1.5 TAO: review with fee, finalized, both balances move by exactly amount and fee', async () => {
    const [aliceBefore, bobBefore] = [await free(ALICE), await free(BOB)];
    await popup.getByLabel('Recipient address').fill(BOB);
    await popup.getByLabel('Amount (TAO)').fill('1.5');
    await popup.getByRole('button', { name: 'Review' }).click();
    const review = popup.getByRole('region', { name: 'Review the transfer' });
    await review.waitFor();
    expect(await review.getByTestId('review-sentence').textContent()).toContain(
      'Send 1.5 τ from Alice to 5FHne…94ty on Devnet.',
    );
    await popup.getByRole('button', { name: 'Confirm and send' }).click();
    const line = popup.getByTestId('tx-status');
    await expect.poll(() => line.getAttribute('data-status'), { timeout: 30_000 }).toBe('finalized');
    const [record] = await probe<Array<{ fee: string; status: string }>>(popup, 'pri(transfers.history)', null);
    const fee = BigInt(record!.fee);
    expect(fee).toBeGreaterThan(0n);
    expect(aliceBefore - (await free(ALICE))).toBe(1_500_000_000n + fee);
    expect((await free(BOB)) - bobBefore).toBe(1_500_000_000n);
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
    await fromHome(popup, 'Activity');
    const entry = popup.getByRole('listitem', { name: '1.5 τ to 5FHne…94ty' });
    expect(await entry.getAttribute('data-status')).toBe('finalized');
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it("history lists the selected network's transactions; another network's only when asked, named", async () => {
    const useNetwork = async (name: RegExp) => {
      await fromHome(popup, 'Networks');
      // The choice is the background's: the radio turns on when its answer arrives.
      const radio = popup.getByRole('radio', { name });
      await radio.click();
      await expect.poll(() => radio.isChecked()).toBe(true);
      await popup.getByRole('button', { name: 'Back' }).click();
    };
    await useNetwork(/^Nowhere/);
    await fromHome(popup, 'Activity');
    await popup.getByText('No transactions from this wallet on Nowhere yet.').waitFor();
    expect(await popup.getByRole('listitem', { name: '1.5 τ to 5FHne…94ty' }).count()).toBe(0);
    const all = popup.getByRole('checkbox', { name: 'Show every network (1 on other networks)' });
    await all.check();
    const entry = popup.getByRole('listitem', { name: '1.5 τ to 5FHne…94ty' });
    expect(await entry.textContent()).toContain('Devnet · ');
    await popup.getByRole('button', { name: 'Back' }).click();
    await useNetwork(/^Devnet/);
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 30_000 }).toBe('connected');
    await fromHome(popup, 'Activity');
    expect(await popup.getByRole('listitem', { name: '1.5 τ to 5FHne…94ty' }).textContent()).not.toContain('Devnet · ');
    expect(await popup.getByRole('checkbox').count()).toBe(0);
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('a stake made on the devnet outside the wallet appears as a position with the right TAO value', async () => {
    const alice = keyring.addFromUri('//Alice');
    const delegates = (await api.call['delegateInfoRuntimeApi']!['getDelegates']!()).toJSON() as Array<{
      delegateSs58: string;
      registrations: number[];
    }>;
    const v = delegates.find((d) => d.registrations.includes(6))!;
    await new Promise<void>((resolve, reject) => {
      api.tx['subtensorModule']!['addStake']!(v.delegateSs58, 6, 10_000_000_000n)
        .signAndSend(alice, (r) => {
          if (r.status.isFinalized) resolve();
        })
        .catch(reject);
    });
    const p = await probe<Portfolio>(popup, 'pri(portfolio.refresh)', null);
    const pos = p.accounts[0]!.positions.find((x) => x.hotkey === v.delegateSs58 && x.netuid === 6)!;
    const price = BigInt((await api.call['swapRuntimeApi']!['currentAlphaPrice']!(6)).toString());
    expect(BigInt(pos.taoSpot)).toBe((BigInt(pos.alpha) * price) / 1_000_000_000n);
    const item = popup.getByRole('listitem', { name: /on SN6 targon/ });
    await expect
      .poll(() => item.getByTestId('position-tao').first().textContent(), { timeout: 30_000 })
      .toBe(formatTao(BigInt(pos.taoSpot)));
  });

  it('the node stops: the popup shows offline; it comes back on the same port: the popup reconnects by itself', async () => {
    const port = devnet.port;
    await devnet.stop();
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 30_000 }).toBe('offline');
    await popup.getByTestId('portfolio-cached').waitFor({ timeout: 10_000 });
    devnet = await startDevnet({ port, instant: true });
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 60_000 }).toBe('connected');
    await expect.poll(() => popup.getByTestId('portfolio-cached').count(), { timeout: 30_000 }).toBe(0);
  });
});
