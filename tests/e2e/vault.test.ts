import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, stopServiceWorker, type ExtensionSession } from '../helpers/browser.ts';
import {
  createWallet,
  dumpLocalStorage,
  fieldError,
  openWalletAfterFirst,
  probe,
  TEST_PASSWORD,
} from '../helpers/popup.ts';

const FIXTURES = resolve('../shared/fixtures/keyfiles');
const nacl = JSON.parse(readFileSync(resolve(FIXTURES, 'nacl-python/expected.json'), 'utf8'));

let session: ExtensionSession;
let popup: Page;
const shownWords: string[] = [];

beforeAll(async () => {
  session = await launchExtension();
  popup = await createWallet(session);
});

afterAll(async () => {
  await session?.close();
});

describe('the vault in Chromium', () => {
  it('creates an account: shows the words once and checks chosen ones typed back', async () => {
    await popup.getByRole('button', { name: 'Create a new wallet' }).click();
    await popup.getByLabel('Account name').fill('Main');
    await popup.getByRole('button', { name: 'Next' }).click();
    const list = popup.getByRole('list', { name: 'Recovery phrase' });
    shownWords.push(...(await list.getByRole('listitem').allTextContents()).map((w) => w.trim()));
    expect(shownWords).toHaveLength(12);
    await popup.getByLabel('I have written these words down').check();
    await popup.getByRole('button', { name: 'Next' }).click();
    const fields = popup.getByLabel(/^Word #\d+$/);
    const count = await fields.count();
    expect(count).toBe(3);
    for (let i = 0; i < count; i++) await fields.nth(i).fill('wrong');
    await popup.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('do not match');
    for (let i = 0; i < count; i++) {
      const label = (await fields.nth(i).evaluate((el) => el.closest('label')?.textContent ?? '')) as string;
      const n = Number(/#(\d+)/.exec(label)![1]);
      await fields.nth(i).fill(shownWords[n - 1]!);
    }
    await popup.getByRole('button', { name: 'Create account' }).click();
    // The first account ends on the ready screen, which names it.
    await popup.getByRole('heading', { name: 'Your wallet is ready' }).waitFor();
    await openWalletAfterFirst(popup, 'Main');
  });

  it('imports a btcli $NACL coldkey file (Argon2i, 512 MiB) with progress shown, to the expected address', async () => {
    await popup.getByRole('button', { name: 'Import' }).click();
    await popup.getByLabel('What to import').selectOption('btcli');
    await popup.getByLabel('Account name').fill('From btcli');
    await popup.getByLabel('coldkey or coldkeypub.txt file').setInputFiles(resolve(FIXTURES, 'nacl-python/coldkey'));
    await popup.getByLabel(/btcli password/).fill(nacl.password);
    await popup.getByRole('button', { name: 'Import' }).click();
    await popup.getByRole('progressbar', { name: 'Import progress' }).waitFor({ timeout: 10_000 });
    const accounts = popup.getByRole('list', { name: 'Accounts' });
    await accounts.getByText('From btcli').waitFor({ timeout: 90_000 });
    const listed = await probe<Array<{ name: string; address: string }>>(popup, 'pri(accounts.list)', null);
    expect(listed.find((a) => a.name === 'From btcli')?.address).toBe(nacl.ss58Address);
  });

  it('refuses a wrong btcli password with a sentence and adds nothing', async () => {
    await popup.getByRole('button', { name: 'Import' }).click();
    await popup.getByLabel('What to import').selectOption('btcli');
    await popup.getByLabel('Account name').fill('Wrong');
    await popup.getByLabel('coldkey or coldkeypub.txt file').setInputFiles(resolve(FIXTURES, 'fernet-legacy/coldkey'));
    await popup.getByLabel(/btcli password/).fill('not the password');
    await popup.getByRole('button', { name: 'Import' }).click();
    // The sentence stands under the password field it is about (aria-invalid, aria-describedby).
    await expect
      .poll(() => fieldError(popup, popup.getByLabel(/btcli password/)), { timeout: 60_000 })
      .toContain('password is wrong');
    expect((await probe<unknown[]>(popup, 'pri(accounts.list)', null)).length).toBe(2);
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('reorders accounts from the account screen', async () => {
    const accounts = popup.getByRole('list', { name: 'Accounts' });
    await accounts.getByText('From btcli').waitFor();
    const names = async () =>
      (await accounts.getByRole('listitem').allTextContents()).map((t) =>
        t.includes('From btcli') ? 'From btcli' : t.includes('Main') ? 'Main' : t,
      );
    expect(await names()).toEqual(['Main', 'From btcli']);
    await popup.getByRole('button', { name: 'Open From btcli' }).click();
    await popup.getByText('Account settings').click();
    await popup.getByText('Order in the list').click();
    await popup.getByRole('button', { name: 'Move up' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await popup.getByRole('button', { name: 'Back' }).click();
    await expect.poll(names).toEqual(['From btcli', 'Main']);
  });

  it('keeps no mnemonic, seed, private key or password in chrome.storage.local', async () => {
    const dump = await dumpLocalStorage(popup);
    expect(dump).toContain('ciphertext');
    const forbidden = [
      TEST_PASSWORD,
      nacl.password,
      nacl.mnemonic.split(' ').slice(0, 3).join(' '),
      shownWords.slice(0, 3).join(' '),
      nacl.ss58Address,
    ];
    for (const f of forbidden) expect(dump).not.toContain(f);
    expect(dump).not.toMatch(/0x[0-9a-f]{64}/i);
  });

  it('stays unlocked after the browser stops the service worker, and locks on "Lock now"', async () => {
    await stopServiceWorker(session);
    const again = await session.openPopup();
    await again.getByRole('list', { name: 'Accounts' }).getByText('Main').waitFor({ timeout: 20_000 });
    await again.getByRole('button', { name: 'Lock now' }).click();
    await again.getByRole('button', { name: 'Unlock' }).waitFor();
    await again.getByLabel('Password').fill('wrong wrong');
    await again.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => again.getByRole('alert').textContent()).toBe('The password is wrong.');
    await again.getByLabel('Password').fill(TEST_PASSWORD);
    await again.getByRole('button', { name: 'Unlock' }).click();
    await again.getByRole('list', { name: 'Accounts' }).waitFor();
    await again.close();
  });

  it('locks by itself after the idle time set in Settings', async () => {
    await probe(popup, 'pri(settings.update)', { autoLockMinutes: 1 });
    await probe(popup, 'pri(vault.lock)', null);
    await probe(popup, 'pri(vault.unlock)', { password: TEST_PASSWORD });
    await popup.close();
    const page = await session.openPopup('#/settings');
    expect(await probe<{ locked: boolean }>(page, 'pri(vault.status)', null)).toMatchObject({ locked: false });
    await page.close();
    await new Promise((r) => setTimeout(r, 65_000));
    const later = await session.openPopup();
    await later.getByRole('button', { name: 'Unlock' }).waitFor({ timeout: 10_000 });
    await later.close();
  }, 120_000);
});
