// Cold open to the final content: the popup opened with its service worker stopped before every open, until the
// person's accounts (unlocked, 20 accounts with a cached portfolio) or the unlock screen (locked) are painted, never a
// loading state; beside the cold floor built and opened in turn in the same browser: a minimal React popup that asks
// a minimal worker one question and renders the answer (bench/floors/cold/).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import {
  launchExtension,
  stopServiceWorker,
  unpackedExtensionId,
  type ExtensionSession,
} from '../tests/helpers/browser.ts';
import { createWallet, probe, TEST_PASSWORD } from '../tests/helpers/popup.ts';
import { finalContentScript, openRecordOf, type FinalContent, type OpenRecord } from './final-content.ts';
import { round, summary } from './stats.ts';

export const COLD = { accounts: 20, positionsPerAccount: 5 } as const;

export const accountName = (i: number) => `Cold ${String(i + 1).padStart(2, '0')}`;

function address(i: number, salt: number): string {
  const bytes = new Uint8Array(32);
  new DataView(bytes.buffer).setUint32(0, i + 1);
  new DataView(bytes.buffer).setUint32(4, salt);
  return encodeAddress(bytes, 42);
}

/** The cold floor extension (manifest, worker, React popup), built into dir. */
export async function buildColdFloor(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('bench/floors/cold'),
    base: './',
    build: {
      outDir: dir,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: { popup: resolve('bench/floors/cold/popup.html'), worker: resolve('bench/floors/cold/worker.ts') },
        output: { entryFileNames: (c) => (c.name === 'worker' ? 'worker.js' : 'assets/[name]-[hash].js') },
      },
    },
  });
  const manifest = {
    manifest_version: 3,
    name: 'cold floor',
    version: '1.0.0',
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'worker.js', type: 'module' },
  };
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** A wallet with 20 watch accounts and a cached portfolio of 5 positions each (Finney is offline here). */
export async function prepareColdWallet(session: ExtensionSession): Promise<Page> {
  const setup = await createWallet(session);
  const addresses: string[] = [];
  for (let i = 0; i < COLD.accounts; i++) {
    const a = address(i, 11);
    await probe(setup, 'pri(accounts.addWatch)', { address: a, name: accountName(i) });
    addresses.push(a);
  }
  const hotkeys = Array.from({ length: COLD.positionsPerAccount }, (_, k) => address(k, 99));
  const per = BigInt(COLD.positionsPerAccount);
  const accounts = addresses.map((a) => ({
    address: a,
    free: '1000000000',
    reserved: '0',
    frozen: '0',
    transferable: '1000000000',
    stakedRoot: '0',
    stakedSubnetSpot: String(per * 2_000_000_000n),
    stakedSubnetUnstake: String(per * 1_990_000_000n),
    total: String(1_000_000_000n + per * 2_000_000_000n),
    positions: hotkeys.map((hotkey, k) => ({
      hotkey,
      validatorName: `Validator ${k + 1}`,
      netuid: k + 1,
      subnetName: `subnet ${k + 1}`,
      symbol: 'a',
      alpha: '4000000000',
      taoSpot: '2000000000',
      taoUnstake: '1990000000',
      price: '500000000',
    })),
  }));
  const n = BigInt(COLD.accounts);
  const totals = {
    transferable: String(n * 1_000_000_000n),
    reserved: '0',
    frozen: '0',
    stakedRoot: '0',
    stakedSubnetSpot: String(n * per * 2_000_000_000n),
    stakedSubnetUnstake: String(n * per * 1_990_000_000n),
    total: String(n * (1_000_000_000n + per * 2_000_000_000n)),
  };
  const view = { networkId: 'finney', block: 1_000, at: Date.now(), cached: false, accounts, totals };
  await setup.evaluate((v) => chrome.storage.local.set({ 'portfolio.cache': { finney: v } }), view);
  // The next unlock seals the injected record (as one an older version left in clear).
  await probe(setup, 'pri(vault.lock)', null);
  await probe(setup, 'pri(vault.unlock)', { password: TEST_PASSWORD });
  await setup.close();
  // A popup opened on a new worker: what the worker keeps a copy of.
  await stopServiceWorker(session);
  const popup = await session.openPopup();
  await popup
    .getByText(accountName(COLD.accounts - 1))
    .first()
    .waitFor();
  await popup.waitForTimeout(600);
  return popup;
}

/** Final content per page: the unlocked home (every account, and a balance), the unlock screen, the floor's answer. */
export const FINAL: Record<'unlocked' | 'locked' | 'floor', FinalContent> = {
  unlocked: {
    texts: Array.from({ length: COLD.accounts }, (_, i) => accountName(i)),
    selector: '[data-testid="network-status"]',
  },
  locked: { texts: ['Unlock'], selector: 'input[type="password"]' },
  floor: { texts: ['floor answer'] },
};

export async function openRecorded(session: ExtensionSession, url: string): Promise<OpenRecord> {
  const page = await session.context.newPage();
  await page.goto(url);
  const rec = openRecordOf(await page.evaluate('window.__open'));
  await page.close();
  return rec;
}

function report(recs: OpenRecord[]) {
  const final = recs.map((r) => r.final ?? Number.NaN);
  return {
    ...summary(final.filter((x) => !Number.isNaN(x))),
    missed: final.filter((x) => Number.isNaN(x)).length,
    withLoadingState: recs.filter((r) => r.sawLoading).length,
  };
}

/** Opens the popup and the cold floor in turn, the worker(s) stopped before each open. */
async function coldRounds(session: ExtensionSession, popupUrl: string, floorUrl: string, opens: number) {
  const popup: OpenRecord[] = [];
  const floor: OpenRecord[] = [];
  for (let i = 0; i < opens; i++) {
    await stopServiceWorker(session);
    popup.push(await openRecorded(session, popupUrl));
    await stopServiceWorker(session);
    floor.push(await openRecorded(session, floorUrl));
  }
  const p = report(popup);
  const f = report(floor);
  return { popup: p, coldFloor: f, ratio: round(p.median / f.median, 2) };
}

/** `npm run bench` section `coldOpen`: unlocked with 20 accounts, then locked; each beside the cold floor. */
export async function benchColdOpen(opens = Number(process.env.BENCH_COLD_OPENS ?? 24), dist = 'dist') {
  const dir = resolve('.bench/cold-ext');
  const floorDir = resolve('.bench/cold-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(resolve(dist), dir, { recursive: true });
  await buildColdFloor(floorDir);
  const session = await launchExtension({ extensionDir: dir, extraExtensionDirs: [floorDir] });
  try {
    const home = await prepareColdWallet(session);
    await session.context.addInitScript(finalContentScript(FINAL));
    const popupUrl = (state: string) => `chrome-extension://${session.extensionId}/popup.html?bench=${state}`;
    const floorUrl = `chrome-extension://${unpackedExtensionId(floorDir)}/popup.html?bench=floor`;
    const unlocked = await coldRounds(session, popupUrl('unlocked'), floorUrl, opens);
    await probe(home, 'pri(vault.lock)', null);
    await home.close();
    const locked = await coldRounds(session, popupUrl('locked'), floorUrl, opens);
    return {
      unit: 'ms from navigation start to the frame after the final content (accounts or unlock screen) is in the DOM',
      opens,
      accounts: COLD.accounts,
      unlocked,
      locked,
    };
  } finally {
    await session.close();
  }
}
