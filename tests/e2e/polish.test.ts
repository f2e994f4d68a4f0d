// Layout and Chinese polish in Chromium (issue 22, finding 15): the unlock screen counts the throttle down and says
// what to do about a forgotten password; Settings has no Settings button; targets are at least 24 px; the Chinese
// screens say 审核 for Review, use full-width colons and have no English leftovers.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { probe, TEST_PASSWORD, walletOnDevnet } from '../helpers/popup.ts';
import { openRoute, openStakeReview } from '../helpers/screens.ts';

let devnet: Devnet;
let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, instant: true });
  ({ session, popup } = await walletOnDevnet(devnet.url, [['Alice', '//Alice']]));
}, 180_000);

afterAll(async () => {
  await session?.close();
  await devnet?.stop();
});

const seconds = async (page: Page): Promise<number> =>
  Number(/(\d+)/.exec((await page.getByTestId('unlock-wait').textContent()) ?? '')?.[1] ?? NaN);

describe('polish (devnet)', () => {
  it('unlock: wrong passwords start a countdown that counts down and holds the button; a forgotten-password path', async () => {
    await probe(popup, 'pri(vault.lock)', null);
    const password = popup.getByLabel('Password', { exact: true });
    await password.waitFor();
    for (let i = 0; i < 8 && !(await popup.getByTestId('unlock-wait').count()); i++) {
      await password.fill(`wrong ${i}`);
      await popup.getByRole('button', { name: 'Unlock' }).click();
      await popup.waitForTimeout(300);
    }
    const first = await seconds(popup);
    expect(first).toBeGreaterThan(0);
    expect(await popup.getByRole('button', { name: 'Unlock' }).isDisabled()).toBe(true);
    await popup.waitForTimeout(1_300);
    if (first > 1) expect(await seconds(popup)).toBeLessThan(first);
    await popup.getByText('Forgot your password?').click();
    expect(await popup.getByText(/TaoVault cannot recover it/).isVisible()).toBe(true);
    await popup.getByTestId('unlock-wait').waitFor({ state: 'detached', timeout: 70_000 });
    await password.fill(TEST_PASSWORD);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => probe<{ locked: boolean }>(popup, 'pri(vault.status)', null).then((s) => s.locked))
      .toBe(false);
  });

  it('Settings has no Settings button; icon buttons and checkboxes are at least 24 px; titles do not wrap', async () => {
    await openRoute(popup, '#/settings');
    expect(await popup.getByRole('button', { name: 'Settings' }).count()).toBe(0);
    await openRoute(popup, '#/');
    const small = await popup.evaluate(() =>
      [...document.querySelectorAll('button, input[type="checkbox"], summary')]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ el }) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await openRoute(popup, '#/staking-proxies');
    const h1 = popup.locator('header h1');
    expect(await h1.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(30);
  });

  it('Chinese: 审核 for Review, full-width colons, no English leftovers on the stake and yield screens', async () => {
    await probe(popup, 'pri(settings.update)', { language: 'zh-CN' });
    await openRoute(popup, '#/stake');
    expect(await popup.getByRole('button', { name: '审核' }).count()).toBe(1);
    expect(await popup.locator('main').textContent()).not.toContain('检查');
    await openStakeReview(popup, 0, '1');
    const review = (await popup.locator('main').textContent()) ?? '';
    expect(review).toMatch(/根网络（SN0）/);
    await openRoute(popup, '#/yield');
    await popup.locator('details.position-row').first().waitFor({ timeout: 60_000 });
    for (const row of await popup.locator('details.position-row').all()) await row.locator('summary').click();
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/SN0 root|epoch|[\u4e00-\u9fff]: /);
    expect(text).toContain('周期');
    await probe(popup, 'pri(settings.update)', { language: 'en' });
  });
});
