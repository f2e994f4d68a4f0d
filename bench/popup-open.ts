import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchExtension, stopServiceWorker, type ExtensionSession } from '../tests/helpers/browser.ts';
import { createWallet, probe } from '../tests/helpers/popup.ts';
import { round, summary } from './stats.ts';

/** In every page: the time (ms since navigation start) of the last DOM change, once the DOM has been quiet for 250 ms. */
export const SETTLE_SCRIPT = `
  (() => {
    let last = 0;
    const mark = () => { last = performance.now(); };
    new MutationObserver(mark).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    window.__settled = new Promise((resolve) => {
      const check = () => {
        const domReady = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0;
        if (document.readyState !== 'loading' && domReady > 0 && performance.now() - Math.max(last, domReady) >= 250) {
          resolve(Math.max(last, domReady));
        } else setTimeout(check, 25);
      };
      check();
    });
  })();
`;

async function buildFloors(dir: string) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('bench/floors'),
    base: './',
    build: {
      outDir: resolve(dir, 'floors'),
      emptyOutDir: true,
      rolldownOptions: { input: [resolve('bench/floors/empty.html'), resolve('bench/floors/react.html')] },
    },
  });
}

async function openSettled(session: ExtensionSession, path: string): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  const t = (await page.evaluate('window.__settled')) as number;
  await page.close();
  return t;
}

/** Popup cold open to settled DOM, beside an empty extension page and a minimal React page built in the same run. */
export async function benchPopupOpen(opens = 20) {
  const dir = resolve('.bench/ext');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(resolve('dist'), dir, { recursive: true });
  await buildFloors(dir);
  const session = await launchExtension({ extensionDir: dir });
  try {
    // Measure the screen people see most: an unlocked wallet with accounts.
    const setup = await createWallet(session);
    await probe(setup, 'pri(accounts.importMnemonic)', {
      mnemonic: 'bottom drive obey lake curtain smoke basket hold race lonely fit walk',
      derivationPath: '//Alice',
      name: 'Alice',
      type: 'sr25519',
    });
    await probe(setup, 'pri(accounts.addWatch)', {
      address: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
      name: 'Bob (watch)',
    });
    await setup.close();
    await session.context.addInitScript(SETTLE_SCRIPT);
    const pages = { popup: 'popup.html', emptyFloor: 'floors/empty.html', reactFloor: 'floors/react.html' } as const;
    const warm: Record<keyof typeof pages, number[]> = { popup: [], emptyFloor: [], reactFloor: [] };
    const cold: number[] = [];
    for (const path of Object.values(pages)) await openSettled(session, path); // first-load compile caches
    for (let i = 0; i < opens; i++) {
      for (const [k, path] of Object.entries(pages) as Array<[keyof typeof pages, string]>)
        warm[k].push(await openSettled(session, path));
    }
    for (let i = 0; i < opens; i++) {
      await stopServiceWorker(session);
      cold.push(await openSettled(session, pages.popup));
    }
    const popup = summary(warm.popup);
    const reactFloor = summary(warm.reactFloor);
    const emptyFloor = summary(warm.emptyFloor);
    const popupWorkerStopped = summary(cold);
    return {
      unit: 'ms from navigation start to the last DOM change',
      popup,
      popupWorkerStopped,
      emptyFloor,
      reactFloor,
      ratioToReactFloor: round(popup.median / reactFloor.median, 2),
      ratioToReactFloorWorkerStopped: round(popupWorkerStopped.median / reactFloor.median, 2),
      ratioToEmptyFloor: round(popup.median / emptyFloor.median, 2),
    };
  } finally {
    await session.close();
  }
}
