import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchExtension, stopServiceWorker, type ExtensionSession } from '../helpers/browser.ts';
import { probe } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';
import type { SystemInfo } from '../../src/protocol/domains/system.ts';
import type { Page } from 'playwright-core';

let session: ExtensionSession;

/** What the background says about the running worker, over the real port from an extension page. */
const systemInfo = (page: Page) => probe<SystemInfo>(page, 'pri(system.info)', null);
const workerInstance = async (page: Page) => (await systemInfo(page)).instanceId;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  session = await launchExtension();
  site = await serveStatic({
    '/': {
      type: 'text/html',
      body: '<!doctype html><html><head><title>dApp</title></head><body><h1>Test dApp</h1></body></html>',
    },
  });
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('the built extension in Chromium', () => {
  it('loads: the service worker runs from dist and the popup shows the app, served by the background', async () => {
    expect(session.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('TaoVault');
    // No developer footer while the background answers; its version and state are in Settings.
    await popup.getByRole('button', { name: 'I already have one' }).waitFor();
    expect(await popup.getByRole('status', { name: 'Background ready' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Settings' }).click();
    const footer = popup.getByRole('status', { name: 'Background ready' });
    await footer.waitFor();
    await expect.poll(() => footer.textContent()).toContain('TaoVault 0.1.0');
    // The style sheet the build writes into popup.html applies: the popup's size and the primary button's colour.
    expect(await popup.evaluate(() => getComputedStyle(document.body).width)).toBe('360px');
    expect(
      await popup.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
    ).toMatch(/^#[0-9a-f]{6}$/);
    await popup.close();
  });

  it('changes the language to Simplified Chinese through the settings page, and keeps it after reopening', async () => {
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByLabel('Language').selectOption('zh-CN');
    await popup.getByRole('heading', { name: '设置' }).waitFor();
    await popup.close();
    const again = await session.openPopup('#/settings');
    await again.getByRole('heading', { name: '设置' }).waitFor();
    await again.getByLabel('语言').selectOption('en');
    await again.getByRole('heading', { name: 'Settings' }).waitFor();
    await again.close();
  });

  it('says so when a screen cannot be loaded (its file is gone), and the rest of the popup keeps working', async () => {
    // A copy of dist without the settings screen's chunk: what an open popup meets after an update replaced it.
    const copy = await mkdtemp(join(tmpdir(), 'taovault-dist-'));
    await cp(DIST, copy, { recursive: true });
    const chunks = (await readdir(join(copy, 'assets'))).filter((f) => /^Settings-.*\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    await rm(join(copy, 'assets', chunks[0]!));
    const broken = await launchExtension({ extensionDir: copy });
    try {
      const popup = await broken.openPopup('#/settings');
      await expect
        .poll(() => popup.getByRole('alert').textContent())
        .toBe(
          'This screen could not be loaded (TaoVault may have just been updated). Close TaoVault and open it again.',
        );
      await popup.evaluate(() => {
        window.location.hash = '#/';
      });
      await popup.getByRole('button', { name: 'Create a new wallet' }).waitFor();
    } finally {
      await broken.close();
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('refuses a bad setting with a sentence and keeps the old value', async () => {
    const popup = await session.openPopup('#/settings');
    const minutes = popup.getByLabel('Lock after minutes of inactivity');
    await minutes.fill('0');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('not valid');
    await popup.reload();
    await expect.poll(() => popup.getByLabel('Lock after minutes of inactivity').inputValue()).toBe('15');
    await popup.close();
  });

  it('exposes injectedWeb3.taovault on a web page; enable reaches the background, opens the approval window, and closing it refuses', async () => {
    const page = await session.context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() =>
      Boolean((window as unknown as { injectedWeb3?: Record<string, unknown> }).injectedWeb3?.taovault),
    );
    const approval = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('#/approve/connect.') });
    const result = page.evaluate(async () => {
      const injected = (
        window as unknown as { injectedWeb3: Record<string, { version: string; enable(n: string): Promise<unknown> }> }
      ).injectedWeb3;
      try {
        await injected.taovault!.enable('Test dApp');
        return { version: injected.taovault!.version, outcome: 'enabled' };
      } catch (e) {
        const err = e as { code?: string; message?: string };
        return { version: injected.taovault!.version, outcome: `${err.code}: ${err.message}` };
      }
    });
    await (await approval).close();
    expect(await result).toEqual({ version: '0.1.0', outcome: 'rejected: The approval window was closed.' });
    await page.close();
  });

  it('signs with the WebAssembly crypto it loads from crypto.wasm, also in a restarted worker', async () => {
    const popup = await session.openPopup();
    await expect.poll(async () => (await systemInfo(popup)).crypto, { timeout: 20_000 }).toBe('wasm');
    await stopServiceWorker(session);
    const again = await session.openPopup();
    await expect.poll(async () => (await systemInfo(again)).crypto, { timeout: 20_000 }).toBe('wasm');
    await popup.close();
    await again.close();
  });

  it('keeps answering after the browser stops the service worker (a new worker instance answers)', async () => {
    const popup = await session.openPopup();
    const before = await workerInstance(popup);
    await stopServiceWorker(session);
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.reload();
    await popup.getByRole('status', { name: 'Background ready' }).waitFor({ timeout: 20_000 });
    const after = await workerInstance(popup);
    expect(after).not.toBe(before);
    await popup.close();
  });
});
