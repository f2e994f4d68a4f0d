// Issue 22, findings 3 and 4 in Chromium against the devnet: onboarding (welcome -> create or import, btcli on
// the first screen -> password -> the chosen way -> ready; no wallet actions before an account) and the home
// (a large total without watch-only accounts unless asked, four actions, the rest in a menu, tabs, each account
// once, no developer footer).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import { formatTao } from '../../src/core/amount/format.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { DEV_PHRASE, probe, TEST_PASSWORD, useDevnet } from '../helpers/popup.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

interface Portfolio {
  networkId: string;
  accounts: Array<{ address: string; total: string }>;
}

describe('product layer: onboarding and home (devnet)', () => {
  let devnet: Devnet;
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    devnet = await startDevnet({ port: 0, instant: true });
    session = await launchExtension();
    popup = await session.openPopup();
  });
  afterAll(async () => {
    await session?.close();
    await devnet?.stop();
  });

  it('first run asks "create or import" first, with btcli on the first screen, and no wallet actions', async () => {
    await popup.getByRole('button', { name: 'Create a new wallet' }).waitFor();
    await popup.getByRole('button', { name: 'I already have one' }).waitFor();
    await popup.getByRole('button', { name: 'Import a btcli coldkey' }).click();
    await popup.getByRole('heading', { name: 'Choose a password' }).waitFor();
    await popup.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await popup.getByLabel('Repeat the password').fill(TEST_PASSWORD);
    await popup.getByRole('button', { name: 'Create wallet' }).click();
    // The chosen way to the first account follows the password.
    await expect.poll(() => popup.getByLabel('What to import').inputValue()).toBe('btcli');
    await popup.getByRole('button', { name: 'Back' }).click();
    await popup.getByRole('button', { name: 'I already have one' }).waitFor();
    expect(await popup.getByRole('navigation', { name: 'Wallet actions' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Send' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Stake', exact: true }).count()).toBe(0);
  });

  it('the first account ends on a ready screen that names it', async () => {
    await popup.getByRole('button', { name: 'I already have one' }).click();
    await popup.getByLabel('What to import').selectOption('mnemonic');
    await popup.getByLabel('Account name').fill('Alice');
    await popup.getByRole('textbox', { name: 'Recovery phrase' }).fill(DEV_PHRASE);
    await popup.getByLabel('Derivation path (optional)').fill('//Alice');
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    await popup.getByRole('heading', { name: 'Your wallet is ready' }).waitFor({ timeout: 60_000 });
    expect(await popup.locator('main').innerText()).toContain('Alice');
    await popup.getByRole('button', { name: 'Open my wallet' }).click();
    await popup.getByRole('navigation', { name: 'Wallet actions' }).waitFor();
  });

  it('home: four actions, the rest in a menu, each account once, no footer', async () => {
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    await popup.getByLabel('What to import').selectOption('watch');
    await popup.getByLabel('Account name').fill('Bob watched');
    await popup.getByLabel('Address', { exact: true }).fill(BOB);
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    await popup.getByRole('list', { name: 'Accounts' }).getByText('Bob watched').waitFor();
    await useDevnet(popup, devnet.url);
    const actions = popup.getByRole('navigation', { name: 'Wallet actions' });
    expect(await actions.getByRole('button').allTextContents()).toEqual(['Send', 'Receive', 'Stake', 'Activity']);
    expect(await popup.getByRole('button', { name: 'Networks' }).isVisible()).toBe(false);
    await popup.locator('summary[aria-label="More"]').click();
    expect(await popup.getByRole('navigation', { name: 'More' }).getByRole('button').allTextContents()).toEqual([
      'Networks',
      'Address book',
      'Staking proxies',
    ]);
    // One list of accounts: each account once.
    expect(await popup.getByRole('list', { name: 'Accounts' }).count()).toBe(1);
    expect(await popup.getByRole('article', { name: 'Balances of Alice' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Open Alice' }).count()).toBe(1);
    expect(await popup.getByRole('status', { name: 'Background ready' }).count()).toBe(0);
    expect(await popup.locator('footer').count()).toBe(0);
    // The menu closes on Escape and when the person clicks elsewhere, so it never covers the screen.
    await popup.keyboard.press('Escape');
    expect(await popup.getByRole('button', { name: 'Networks' }).isVisible()).toBe(false);
    await popup.locator('summary[aria-label="More"]').click();
    await popup.locator('strong[aria-label="Total"]').click();
    expect(await popup.getByRole('button', { name: 'Networks' }).isVisible()).toBe(false);
  });

  it('the total is large, leaves watch-only accounts out, and takes them in when asked', async () => {
    const total = popup.locator('strong[aria-label="Total"]');
    const view = () => probe<Portfolio>(popup, 'pri(portfolio.refresh)', null);
    await expect.poll(async () => (await view()).accounts.length, { timeout: 30_000 }).toBe(2);
    const { accounts } = await view();
    const of = (address: string) => BigInt(accounts.find((a) => a.address === address)?.total ?? '0');
    const alice = accounts.find((a) => a.address !== BOB)?.address ?? '';
    await expect.poll(() => total.textContent()).toBe(formatTao(of(alice), { decimals: 4 }));
    expect(of(BOB)).toBeGreaterThan(0n);
    const size = await total.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await popup.getByLabel('Include watch-only accounts in the total').check();
    await expect.poll(() => total.textContent()).toBe(formatTao(of(alice) + of(BOB), { decimals: 4 }));
  });

  it('tabs: staking entry points and recent activity are one click away', async () => {
    await popup.getByRole('tab', { name: 'Staking' }).click();
    await popup.getByRole('button', { name: 'Yield', exact: true }).waitFor();
    // Arrow keys move between tabs (from the last, on to the first).
    await popup.getByRole('tab', { name: 'Activity' }).click();
    await popup.getByRole('tab', { name: 'Activity' }).press('ArrowRight');
    await expect.poll(() => popup.getByRole('tab', { name: 'Balances' }).getAttribute('aria-selected')).toBe('true');
    await popup.getByRole('tab', { name: 'Activity' }).click();
    await popup.getByRole('button', { name: 'All activity' }).waitFor();
    expect(await popup.getByRole('tab', { name: 'Activity' }).getAttribute('aria-selected')).toBe('true');
  });
});
