// The service worker stopped (DevTools protocol) while unlocked, while a dApp's signing request waits, and right
// after a transfer was submitted; the devnet killed and restarted under an open popup; a vault write past Chrome's
// default storage quota — in Chromium.
import '@polkadot/api-augment';
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { closesByItself } from '../helpers/approval.ts';
import { launchExtension, stopServiceWorker, type ExtensionSession } from '../helpers/browser.ts';
import { buildDappSite } from '../helpers/dapp-site.ts';
import { createWallet, dumpLocalStorage, probe, DEV_PHRASE } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { recordFigures } from './figures.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
type Dapp = {
  enable(): Promise<string[]>;
  signRaw(address: string, message: string): Promise<{ signature: string; valid: boolean }>;
};
declare const dapp: Dapp;
interface Info {
  instanceId: string;
}
interface TxRecord {
  id: string;
  status: string;
  hash?: string;
  blockHash?: string;
}

let session: ExtensionSession;
let devnet: Devnet;
let chain: ApiPromise;
let site: Awaited<ReturnType<typeof serveStatic>>;
let popup: Page;
let alice: { id: string; address: string };

async function poll<T>(fn: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A fresh extension page for probes (the old one's port died with the worker). */
async function probePage(): Promise<Page> {
  const page = await session.openPopup('#/settings');
  await page.waitForLoadState();
  return page;
}

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, blockMs: 3_600_000 }); // blocks only when the test says
  const meta = loadChainMetadata(devnet.meta.file);
  chain = await ApiPromise.create({
    provider: new WsProvider(devnet.url),
    signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
    noInitWarn: true,
  });
  site = await serveStatic(await buildDappSite());
  session = await launchExtension();
  popup = await createWallet(session);
  alice = await probe(popup, 'pri(accounts.importMnemonic)', {
    mnemonic: DEV_PHRASE,
    derivationPath: '//Alice',
    name: 'Alice',
    type: 'sr25519',
  });
  const net = await probe<{ id: string }>(popup, 'pri(networks.addCustom)', { name: 'Devnet', url: devnet.url });
  await probe(popup, 'pri(networks.select)', { id: net.id });
}, 180_000);

afterAll(async () => {
  await session?.close();
  await chain?.disconnect();
  await devnet?.stop();
  await site?.close();
});

describe('the service worker stopped (Chromium)', () => {
  it('while unlocked: a new worker answers and is still unlocked (until auto-lock); nothing in storage changed', async () => {
    const before = (await probe<Info>(popup, 'pri(system.info)', null)).instanceId;
    const stored = await dumpLocalStorage(popup);
    const vaultBefore = (JSON.parse(stored) as Record<string, unknown>)['vault'];
    let stops = 0;
    for (let i = 0; i < 3; i++) {
      await stopServiceWorker(session);
      stops++;
      const page = await probePage();
      expect((await probe<{ locked: boolean }>(page, 'pri(vault.status)', null)).locked).toBe(false);
      expect((await probe<Array<{ name: string }>>(page, 'pri(accounts.list)', null)).map((a) => a.name)).toEqual([
        'Alice',
      ]);
      await page.close();
    }
    popup = await probePage();
    expect((await probe<Info>(popup, 'pri(system.info)', null)).instanceId).not.toBe(before);
    expect((JSON.parse(await dumpLocalStorage(popup)) as Record<string, unknown>)['vault']).toEqual(vaultBefore);
    recordFigures({
      id: 'worker-stop-unlocked',
      area: 'Worker stops',
      tried: 'worker stopped while unlocked (Chromium, DevTools protocol)',
      count: stops,
      held: 'each new worker answered still unlocked with the accounts; the vault in storage unchanged',
    });
  });

  it('while a dApp signing request waits: the dApp gets a clear error, and the next request is signed', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/?ws=${encodeURIComponent(devnet.url)}`);
    await page.getByText('ready').waitFor();
    const approvalOf = () =>
      session.context.waitForEvent('page', { predicate: (p) => p.url().includes('#/approve/'), timeout: 30_000 });
    let opened = approvalOf();
    const enabled = page.evaluate(() => dapp.enable());
    let approval = await opened;
    await approval.getByRole('button', { name: 'Approve' }).click();
    expect(await enabled).toEqual(['taovault@0.1.0']);
    if (!approval.isClosed()) await approval.waitForEvent('close', { timeout: 10_000 }).catch(() => undefined);

    opened = approvalOf();
    const pending = page.evaluate(
      ([a]) =>
        dapp.signRaw(a, 'sign in, nonce 1').then(
          (r) => `signed ${r.valid}`,
          (e: Error) => `refused: ${e.message}`,
        ),
      [alice.address] as const,
    );
    approval = await opened;
    await approval.getByRole('button', { name: 'Sign' }).waitFor();
    await stopServiceWorker(session);
    const answer = await pending;
    expect(answer).toBe('refused: TaoVault restarted before it answered; please try again.');
    // The requests the approval window showed went with the worker: it closes by itself (maybe already has).
    await closesByItself(approval);

    opened = approvalOf();
    const again = page.evaluate(
      ([a]) =>
        dapp.signRaw(a, 'sign in, nonce 2').then(
          (r) => `signed ${r.valid}`,
          (e: Error) => `refused: ${e.message}`,
        ),
      [alice.address] as const,
    );
    approval = await opened;
    await approval.getByRole('button', { name: 'Sign' }).click();
    expect(await again).toBe('signed true');
    await page.close();
    recordFigures({
      id: 'worker-stop-dapp-waiting',
      area: 'Worker stops',
      tried: 'worker stopped while a dApp signRaw request waited in the approval window (Chromium)',
      count: 1,
      held: 'the dApp got "TaoVault restarted before it answered; please try again." (no signature); the open approval window closed by itself; the next request was approved and verified',
    });
  }, 120_000);

  it('right after a transfer was submitted: its status is recovered from the chain by hash; sent once', async () => {
    popup = await probePage();
    await poll(async () => (await probe<{ state: string }>(popup, 'pri(networks.status)', null)).state === 'connected');
    const nonceBefore = (await chain.rpc.system.accountNextIndex(alice.address)).toNumber();
    const bobBefore = (await chain.query.system.account(BOB)).data.free.toBigInt();
    const record = await probe<TxRecord>(popup, 'pri(transfers.send)', { fromId: alice.id, to: BOB, amount: '1.25' });
    expect(record.status).toBe('submitted');
    await stopServiceWorker(session);
    devnet.produceBlocks(3); // the transaction lands while no worker is running
    popup = await probePage();
    const done = await poll(
      async () =>
        (await probe<TxRecord[]>(popup, 'pri(transfers.history)', null)).find(
          (r) => r.id === record.id && r.status === 'finalized',
        ),
      60_000,
    );
    expect(done.blockHash).toMatch(/^0x/);
    devnet.produceBlocks(2);
    expect((await chain.rpc.system.accountNextIndex(alice.address)).toNumber()).toBe(nonceBefore + 1);
    expect((await chain.query.system.account(BOB)).data.free.toBigInt() - bobBefore).toBe(1_250_000_000n);
    expect(devnet.chain.pool.entries.length).toBe(0);
    recordFigures({
      id: 'worker-stop-after-transfer',
      area: 'Worker stops',
      tried:
        'worker stopped right after a transfer was submitted, block authored while it was down (Chromium + devnet)',
      count: 1,
      held: "the new worker found it on chain by hash and marked it finalized; Alice's nonce +1 and Bob +1.25 τ exactly (sent once); pool empty",
    });
  }, 120_000);

  it('the devnet killed and restarted under an open popup: offline, then reconnected without reopening it', async () => {
    const view = await session.openPopup();
    const status = view.getByRole('region', { name: 'Network status' });
    await poll(async () => (await status.getAttribute('data-state')) === 'connected');
    const port = devnet.port;
    await chain.disconnect();
    await devnet.stop();
    await poll(async () => (await status.getAttribute('data-state')) === 'offline');
    const t0 = Date.now();
    devnet = await startDevnet({ port, blockMs: 500 });
    await poll(async () => (await status.getAttribute('data-state')) === 'connected', 60_000);
    const reconnectMs = Date.now() - t0;
    const first = await poll(async () => /block #(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    await poll(
      async () => Number(/block #(\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0) > Number(first),
      30_000,
    );
    const meta = loadChainMetadata(devnet.meta.file);
    chain = await ApiPromise.create({
      provider: new WsProvider(devnet.url),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    await view.close();
    recordFigures({
      id: 'node-restart-open-popup',
      area: 'Node faults',
      tried: 'the devnet killed and restarted on the same port under an open popup (Chromium)',
      count: 1,
      held: 'the popup showed offline, then connected again by itself with the block number moving (resubscribed), same popup',
      detail: { reconnectMs },
    });
  }, 120_000);
});

describe("extension storage past Chrome's default quota (Chromium)", () => {
  it('with 11 MiB of caches already stored, a vault write still lands and survives a worker restart', async () => {
    popup = await probePage();
    const filler = 11 * 1024 * 1024;
    // What metadata, portfolio and yield caches of many networks could add up to; Chrome's default is 10 MiB.
    const wrote = await popup.evaluate(
      (n) =>
        chrome.storage.local.set({ 'test.filler': 'x'.repeat(n) }).then(
          () => 'ok',
          (e: Error) => `refused: ${e.message}`,
        ),
      filler,
    );
    expect(wrote).toBe('ok');
    const inUse = await popup.evaluate(() => chrome.storage.local.getBytesInUse(null));
    expect(inUse).toBeGreaterThan(filler);
    await probe(popup, 'pri(accounts.rename)', { id: alice.id, name: 'Alice (quota)' });
    await stopServiceWorker(session);
    popup = await probePage();
    expect((await probe<Array<{ name: string }>>(popup, 'pri(accounts.list)', null)).map((a) => a.name)).toEqual([
      'Alice (quota)',
    ]);
    await popup.evaluate(() => chrome.storage.local.remove('test.filler'));
    await probe(popup, 'pri(accounts.rename)', { id: alice.id, name: 'Alice' });
    recordFigures({
      id: 'storage-large-caches',
      area: 'Storage faults',
      tried:
        "a vault write (rename) with 11 MiB already in chrome.storage.local, past Chrome's 10 MiB default quota (Chromium)",
      count: 1,
      held:
        'the write landed and a restarted worker read it (unlimitedStorage); storage in use ' +
        Math.round(inUse / 1024) +
        ' KiB',
    });
  }, 120_000);
});
