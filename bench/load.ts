// Load: 200 accounts, a cached portfolio of 2,000 positions and 100 queued dApp requests. Measures the popup's
// open (navigation start → last DOM change after 250 ms of quiet, as popup-open.ts) and the approval window's
// render with the queue full (the requests come from several origins: one may have only a few waiting). Used by `npm run bench` (section `load`) and tests/reliability/browser-load.test.ts.
import { encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { launchExtension, stopServiceWorker, type ExtensionSession } from '../tests/helpers/browser.ts';
import { createWallet, probe } from '../tests/helpers/popup.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { MAX_WAITING_PER_ORIGIN } from '../src/background/domains/dapp/prompts.ts';
import { SETTLE_SCRIPT } from './popup-open.ts';
import { summary } from './stats.ts';

export const LOAD = { accounts: 200, positionsPerAccount: 10, requests: 100 } as const;

function address(i: number, salt: number): string {
  const bytes = new Uint8Array(32);
  new DataView(bytes.buffer).setUint32(0, i + 1);
  new DataView(bytes.buffer).setUint32(4, salt);
  return encodeAddress(bytes, 42);
}

/** 200 watch accounts through the contract, then a cached portfolio of 2,000 positions for them (Finney is offline here). */
export async function prepareAccountsAndPositions(page: Page): Promise<{ addresses: string[]; addMs: number }> {
  const addresses: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < LOAD.accounts; i++) {
    const a = address(i, 7);
    await probe(page, 'pri(accounts.addWatch)', { address: a, name: `Load ${String(i + 1).padStart(3, '0')}` });
    addresses.push(a);
  }
  const addMs = performance.now() - t0;
  const hotkeys = Array.from({ length: LOAD.positionsPerAccount }, (_, k) => address(k, 99));
  const accounts = addresses.map((a) => ({
    address: a,
    free: '1000000000',
    reserved: '0',
    frozen: '0',
    transferable: '1000000000',
    stakedRoot: '0',
    stakedSubnetSpot: String(LOAD.positionsPerAccount * 2_000_000_000),
    stakedSubnetUnstake: String(LOAD.positionsPerAccount * 1_990_000_000),
    total: String(1_000_000_000 + LOAD.positionsPerAccount * 2_000_000_000),
    positions: hotkeys.map((hotkey, k) => ({
      hotkey,
      validatorName: `Validator ${k + 1}`,
      netuid: k + 1,
      subnetName: `subnet ${k + 1}`,
      symbol: 'α',
      alpha: '4000000000',
      taoSpot: '2000000000',
      taoUnstake: '1990000000',
      price: '500000000',
    })),
  }));
  const n = BigInt(LOAD.accounts);
  const totals = {
    transferable: String(n * 1_000_000_000n),
    reserved: '0',
    frozen: '0',
    stakedRoot: '0',
    stakedSubnetSpot: String(n * BigInt(LOAD.positionsPerAccount) * 2_000_000_000n),
    stakedSubnetUnstake: String(n * BigInt(LOAD.positionsPerAccount) * 1_990_000_000n),
    total: String(n * (1_000_000_000n + BigInt(LOAD.positionsPerAccount) * 2_000_000_000n)),
  };
  const view = { networkId: 'finney', block: 1_000, at: Date.now(), cached: false, accounts, totals };
  await page.evaluate((v) => chrome.storage.local.set({ 'portfolio.cache': { finney: v } }), view);
  return { addresses, addMs };
}

async function openSettled(session: ExtensionSession, path: string): Promise<{ ms: number; page: Page }> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  const ms = (await page.evaluate('window.__settled')) as number;
  return { ms, page };
}

/** Popup opens with the load in place. */
export async function measurePopupOpens(session: ExtensionSession, opens: number): Promise<number[]> {
  await session.context.addInitScript(SETTLE_SCRIPT);
  const times: number[] = [];
  for (let i = 0; i < opens; i++) {
    const { ms, page } = await openSettled(session, 'popup.html');
    times.push(ms);
    await page.close();
  }
  return times;
}

/** A served page that the person authorises, then sends `count` signRaw requests at once; returns the approval window. */
/** Connects one origin (the person approves it in the approval window); returns its page. */
async function connectedPage(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'injectedWeb3' in window);
  const opened = session.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('#/approve/'),
    timeout: 30_000,
  });
  const enabled = page.evaluate(() =>
    (window as unknown as { injectedWeb3: Record<string, { enable(n: string): Promise<unknown> }> }).injectedWeb3[
      'taovault'
    ]!.enable('Load test'),
  );
  const connect = await opened;
  await connect.getByRole('button', { name: 'Approve' }).click();
  await enabled;
  if (!connect.isClosed()) await connect.waitForEvent('close', { timeout: 10_000 }).catch(() => undefined);
  return page;
}

/**
 * `count` signRaw requests queued at once. TaoVault lets one origin have MAX_WAITING_PER_ORIGIN requests waiting,
 * so they come from as many connected origins (one page each, on its own port) as that takes.
 */
export async function queueRequests(session: ExtensionSession, address: string, count: number) {
  const origins = Math.ceil(count / MAX_WAITING_PER_ORIGIN);
  const sites = await Promise.all(
    Array.from({ length: origins }, () =>
      serveStatic({ '/': { type: 'text/html', body: '<!doctype html><title>load</title><p>load page</p>' } }),
    ),
  );
  const pages: Page[] = [];
  for (const site of sites) pages.push(await connectedPage(session, site.url));
  const nextWindow = session.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('#/approve/'),
    timeout: 30_000,
  });
  const t0 = Date.now();
  const answers = Promise.all(
    pages.map((page, k) =>
      page.evaluate(
        async ([a, from, n]) => {
          const ext = await (
            window as unknown as {
              injectedWeb3: Record<
                string,
                { enable(n: string): Promise<{ signer: { signRaw(r: unknown): Promise<unknown> } }> }
              >;
            }
          ).injectedWeb3['taovault']!.enable('Load test');
          const all = Array.from({ length: n }, (_, i) =>
            ext.signer
              .signRaw({ address: a, data: `0x${(from + i).toString(16).padStart(4, '0')}`, type: 'bytes' })
              .then(
                () => 'signed',
                (e: Error) => e.message,
              ),
          );
          return Promise.all(all);
        },
        [
          address,
          k * MAX_WAITING_PER_ORIGIN,
          Math.min(MAX_WAITING_PER_ORIGIN, count - k * MAX_WAITING_PER_ORIGIN),
        ] as const,
      ),
    ),
  ).then((lists) => lists.flat());
  const approval = await nextWindow;
  await approval.getByRole('button', { name: 'Sign' }).waitFor({ timeout: 30_000 });
  const windowMs = Date.now() - t0;
  // The pages go first: a server waits for the connections its open pages keep alive.
  const site = {
    close: async () => {
      await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
      for (const x of sites) x.server.closeAllConnections();
      await Promise.all(sites.map((x) => x.close()));
    },
  };
  return { site, page: pages[0]!, approval, answers, windowMs };
}

/** `npm run bench` section: the popup with 200 accounts and 2,000 positions, and the approval window with 100 requests queued. */
export async function benchLoad(opens = Number(process.env.BENCH_OPENS ?? 10)) {
  const session = await launchExtension();
  try {
    const setup = await createWallet(session);
    // The accounts need a key-bearing one to be exposed to the site.
    const alice = await probe<{ address: string }>(setup, 'pri(accounts.importMnemonic)', {
      mnemonic: 'bottom drive obey lake curtain smoke basket hold race lonely fit walk',
      derivationPath: '//Alice',
      name: 'Alice',
      type: 'sr25519',
    });
    const { addMs } = await prepareAccountsAndPositions(setup);
    await stopServiceWorker(session); // a new worker reads the injected portfolio cache
    const popup = summary(await measurePopupOpens(session, opens));
    const q = await queueRequests(session, alice.address, LOAD.requests);
    await q.approval.close();
    const answers = await q.answers;
    await q.site.close();
    await setup.close();
    return {
      unit: 'ms',
      load: {
        accounts: LOAD.accounts + 1,
        positions: LOAD.accounts * LOAD.positionsPerAccount,
        queuedRequests: LOAD.requests,
      },
      popupOpen: popup,
      approvalWindowFirstRequestMs: q.windowMs,
      add200AccountsMs: Math.round(addMs),
      requestsAnsweredOnClose: answers.length,
    };
  } finally {
    await session.close();
  }
}
