// axe-core (pinned) over the popup's main screens and the approval window in Chromium on the devnet: no serious or
// critical violation, in English and Chinese, light and dark (issue 22: the audit found definition-list and list
// (serious), and shortened addresses as focusable <code> reading 48 characters).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import { withApproval } from '../helpers/approval.ts';
import { seriousViolations } from '../helpers/axe.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { probe, TEST_PASSWORD, walletOnDevnet } from '../helpers/popup.ts';
import { openRoute, openStakeReview, ROUTES, settle } from '../helpers/screens.ts';
import { serveStatic } from '../helpers/static-server.ts';

let devnet: Devnet;
let session: ExtensionSession;
let popup: Page;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, instant: true });
  ({ session, popup } = await walletOnDevnet(devnet.url, [
    ['Alice', '//Alice'],
    ['Bob', '//Bob'],
  ]));
  site = await serveStatic({
    '/': { type: 'text/html', body: '<!doctype html><html><head><title>dApp</title></head><body>dApp</body></html>' },
  });
}, 180_000);

afterAll(async () => {
  await session?.close();
  await devnet?.stop();
  await site?.close();
});

const VARIANTS = [
  { language: 'en', theme: 'light' },
  { language: 'zh-CN', theme: 'dark' },
] as const;

describe('axe-core over the popup (devnet)', () => {
  it.each(VARIANTS)('$language, $theme: every main screen has no serious or critical violation', async (v) => {
    await probe(popup, 'pri(settings.update)', { language: v.language, theme: v.theme });
    const found: string[] = [];
    for (const [name, hash] of ROUTES) {
      await openRoute(popup, hash);
      for (const line of await seriousViolations(popup)) found.push(`${name}: ${line}`);
    }
    await openStakeReview(popup, 1, '1');
    for (const line of await seriousViolations(popup)) found.push(`stake review: ${line}`);
    await popup.locator('details[data-testid="review-details"] > summary').click();
    for (const line of await seriousViolations(popup)) found.push(`stake review details: ${line}`);
    await popup.keyboard.press('Escape');
    await probe(popup, 'pri(vault.lock)', null);
    await settle(popup);
    for (const line of await seriousViolations(popup)) found.push(`unlock: ${line}`);
    await openRoute(popup, '#/wipe');
    for (const line of await seriousViolations(popup)) found.push(`wipe: ${line}`);
    await openRoute(popup, '#/');
    await popup.getByLabel(/^(Password|密码)$/).fill(TEST_PASSWORD);
    await popup.keyboard.press('Enter');
    await popup
      .getByRole('combobox')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await openRoute(popup, '#/');
    expect(found).toEqual([]);
  });

  it('the approval window (connect) has no serious or critical violation', async () => {
    await probe(popup, 'pri(settings.update)', { language: 'en', theme: 'light' });
    const page = await session.context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => Boolean(Reflect.get(window, 'injectedWeb3')));
    const { approval } = await withApproval(session, page, (p) =>
      p.evaluate(() => {
        const web3: Record<string, { enable(n: string): Promise<unknown> }> = Reflect.get(window, 'injectedWeb3');
        return web3['taovault']!.enable('Test dApp').catch(() => 'refused');
      }),
    );
    await approval.getByRole('heading', { name: 'Connect this site?' }).waitFor();
    await settle(approval);
    expect(await seriousViolations(approval)).toEqual([]);
    await approval.keyboard.press('Escape');
    await page.close();
  });
});
