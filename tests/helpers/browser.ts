import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = resolve(process.env.TAOVAULT_DIST ?? 'dist');

/** Flags that keep Chromium quiet on a machine with no network, as root, with no display. */
export function chromiumArgs(extensionDir: string, headless = true, extraExtensionDirs: string[] = []): string[] {
  const dirs = [extensionDir, ...extraExtensionDirs].join(',');
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
  ];
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  openPopup(hash?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension in a fresh profile and waits for its service worker. */
export async function launchExtension(
  options: { extensionDir?: string; headless?: boolean; extraExtensionDirs?: string[] } = {},
): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? DIST;
  const userDataDir = await mkdtemp(join(tmpdir(), 'taovault-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
    args: chromiumArgs(extensionDir, options.headless ?? true, options.extraExtensionDirs),
    viewport: { width: 360, height: 600 },
  });
  const worker = await extensionWorker(context, unpackedExtensionId(resolve(extensionDir)));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openPopup(hash = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${hash}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium's id for an unpacked extension: the first 128 bits of SHA-256 of its absolute path, in letters a–p. */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/**
 * The extension's service worker. Usually it is already running; if the browser has not started it (or
 * Playwright missed the event), opening one of the extension's pages wakes it.
 */
async function extensionWorker(context: BrowserContext, id: string): Promise<Worker> {
  const ours = () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`));
  const deadline = Date.now() + 45_000;
  let woken = false;
  while (Date.now() < deadline) {
    const found = ours();
    if (found) return found;
    await context.waitForEvent('serviceworker', { timeout: 3_000 }).catch(() => undefined);
    if (!ours() && !woken) {
      woken = true;
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/popup.html`).catch(() => undefined);
      await page.close();
    }
  }
  throw new Error(`the extension's service worker did not start (id ${id})`);
}

/** Stops the extension's service worker the way the browser does when it is idle (DevTools protocol). */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
