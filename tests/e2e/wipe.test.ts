// "Wipe this wallet" from the unlock screen (issue 22), for a person who forgot the password: the unlock screen's
// "Forgot your password?" leads to a screen that says what is erased and what brings the accounts back, asks for a
// typed word, erases every stored item and returns to the first-run screen. The locked wallet shows nothing of its
// accounts on the way. In English and Chinese, in Chromium on the devnet.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import {
  createWallet,
  dumpLocalStorage,
  importDevAccount,
  probe,
  useDevnet,
  walletOnDevnet,
} from '../helpers/popup.ts';

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

/** Every key in chrome.storage.session, as the extension's own page reads it. */
function sessionKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
}

async function lockWithButton(lockName: string, unlockHeading: string): Promise<void> {
  await popup.getByRole('button', { name: lockName }).click();
  await popup.getByRole('heading', { name: unlockHeading }).waitFor({ timeout: 30_000 });
}

describe('wiping the wallet from the unlock screen', () => {
  it('English: explains, waits for the typed word, erases every stored item and returns to the first run', async () => {
    expect(await dumpLocalStorage(popup)).toContain('"vault"');
    await lockWithButton('Lock now', 'Unlock TaoVault');
    await popup.getByText('Forgot your password?').click();
    await popup.getByRole('button', { name: 'Wipe this wallet…' }).click();

    const heading = popup.getByRole('heading', { level: 2, name: 'Wipe this wallet' });
    await heading.waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Wipe this wallet');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('erases every account in TaoVault on this device');
    expect(text).toContain('Only your recovery phrases and key files');
    // Locked: nothing of the accounts on this path (name, address, balance).
    expect(await popup.locator('body').innerText()).not.toMatch(/Alice|5Grwva|τ/);

    const erase = popup.getByRole('button', { name: 'Erase everything' });
    const word = popup.getByLabel('Type “erase” to confirm');
    expect(await erase.isDisabled()).toBe(true);
    await word.fill('eras');
    expect(await erase.isDisabled()).toBe(true);
    await word.fill('erase');
    await expect.poll(() => erase.isEnabled()).toBe(true);
    await erase.click();

    await popup.getByRole('button', { name: 'I already have one' }).waitFor({ timeout: 30_000 });
    await popup.getByRole('button', { name: 'Create a new wallet' }).waitFor();
    await expect.poll(() => dumpLocalStorage(popup)).toBe('{}');
    expect((await sessionKeys(popup)).filter((k) => k !== 'popup.firstScreen')).toEqual([]);
    expect(await probe(popup, 'pri(vault.status)', null)).toEqual({ initialised: false, locked: true });
    // Reopened, TaoVault is still on its first run (nothing came back from memory).
    await popup.reload();
    await popup.getByRole('button', { name: 'I already have one' }).waitFor({ timeout: 30_000 });
    expect(await popup.locator('body').innerText()).not.toContain('Alice');
  }, 240_000);

  it('Chinese: the same path in Simplified Chinese, cancel keeps the wallet, the Chinese word wipes it', async () => {
    await popup.close();
    popup = await createWallet(session);
    await importDevAccount(popup, 'Bob', '//Bob');
    await useDevnet(popup, devnet.url);
    await probe(popup, 'pri(settings.update)', { language: 'zh-CN' });
    await lockWithButton('立即锁定', '解锁 TaoVault');
    await popup.getByText('忘记密码？').click();
    await popup.getByRole('button', { name: '清除此钱包…' }).click();
    await popup.getByRole('heading', { level: 2, name: '清除此钱包' }).waitFor();
    expect(await popup.locator('main').innerText()).toContain('只有助记词和密钥文件');

    // Cancel goes back to the unlock screen and keeps everything.
    await popup.getByRole('button', { name: '取消' }).click();
    await popup.getByRole('heading', { name: '解锁 TaoVault' }).waitFor();
    expect(await dumpLocalStorage(popup)).toContain('"vault"');

    await popup.getByText('忘记密码？').click();
    await popup.getByRole('button', { name: '清除此钱包…' }).click();
    await popup.getByLabel('输入“清除”以确认').fill('清除');
    await popup.getByRole('button', { name: '全部清除' }).click();
    // Settings went too: the first run is in the browser's language again.
    await popup.getByRole('button', { name: 'I already have one' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => dumpLocalStorage(popup)).toBe('{}');
  }, 240_000);
});
