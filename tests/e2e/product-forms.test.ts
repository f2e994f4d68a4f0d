// Issue 22, findings 10-13 in Chromium against the devnet: the import form (secrets cleared on a kind change,
// unknown words marked, errors under their field, no internal wording), the account page (portfolio, actions,
// reveal with warning, hold, path and Hide), Send (balances, names, Max as a number, hash, no explorer for a
// local node) and Activity (what it lists, the fee actually paid).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import {
  createWallet,
  DEV_PHRASE,
  fieldError,
  fromHome,
  importDevAccount,
  TEST_PASSWORD,
  useDevnet,
} from '../helpers/popup.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

describe('product layer: forms, account page, send, activity (devnet)', () => {
  let devnet: Devnet;
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    devnet = await startDevnet({ port: 0, instant: true });
    session = await launchExtension();
    popup = await createWallet(session);
  });
  afterAll(async () => {
    await session?.close();
    await devnet?.stop();
  });

  it('clears the phrase when the import kind changes: it never shows in the watch-only address field', async () => {
    await popup.getByRole('button', { name: 'I already have one' }).click();
    await popup.getByLabel('What to import').selectOption('mnemonic');
    await popup.getByRole('textbox', { name: 'Recovery phrase' }).fill(DEV_PHRASE);
    await popup.getByLabel('What to import').selectOption('watch');
    expect(await popup.getByLabel('Address', { exact: true }).inputValue()).toBe('');
    expect(await popup.locator('main').innerText()).not.toContain('bottom drive');
    const values = await popup
      .locator('input, textarea')
      .evaluateAll((els) =>
        els.map((e) => (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? e.value : '')),
      );
    expect(values.join(' ')).not.toContain('bottom');
    await popup.getByLabel('What to import').selectOption('mnemonic');
    expect(await popup.getByRole('textbox', { name: 'Recovery phrase' }).inputValue()).toBe('');
  });

  it('marks misspelled words and bad fields on blur, each under its field, in sentences', async () => {
    const phrase = popup.getByRole('textbox', { name: 'Recovery phrase' });
    await phrase.fill('bottom drvie obey lake curtain smoke basket hold race lonley fit walk');
    await popup.getByLabel('Account name').focus();
    await expect.poll(() => fieldError(popup, phrase)).toContain('#2 “drvie”');
    expect(await fieldError(popup, phrase)).toContain('#10 “lonley”');
    await popup.getByLabel('Derivation path (optional)').fill('Alice');
    await popup.getByLabel('Account name').focus();
    await expect
      .poll(() => fieldError(popup, popup.getByLabel('Derivation path (optional)', { exact: true })))
      .toContain('looks like //0');
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    // Every field at fault at once, none as an internal message.
    expect(await fieldError(popup, popup.getByLabel('Account name', { exact: true }))).toBe('Give the account a name.');
    await popup.getByLabel('What to import').selectOption('seed');
    await popup.getByLabel('Account name').fill('Seed');
    await popup.getByLabel('Seed (0x + 64 hex digits)').fill('0x12');
    await popup.getByLabel('Account name').focus();
    await expect
      .poll(() => fieldError(popup, popup.getByLabel('Seed (0x + 64 hex digits)', { exact: true })))
      .toBe('A seed is 0x followed by 64 hex digits.');
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await popup.locator('body').innerText()).not.toMatch(/pri\(|Invalid request/);
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('account page: its portfolio and actions; reveal has its own password, a warning, a hold, the path', async () => {
    await importDevAccount(popup, 'Alice', '//Alice');
    await importDevAccount(popup, 'Bob', '//Bob');
    await useDevnet(popup, devnet.url);
    await popup.getByRole('button', { name: 'Open Alice' }).click();
    const actions = popup.getByRole('navigation', { name: 'Actions for this account' });
    await actions.getByRole('button', { name: 'Send' }).waitFor();
    await popup.getByRole('region', { name: 'Portfolio of Alice' }).getByText('Transferable').waitFor();
    await popup.getByText('Account settings').click();
    await popup.getByText('Show recovery phrase').click();
    await popup.getByText('Anyone who sees these words can take everything').waitFor();
    // Export and reveal have separate password fields.
    await popup.getByLabel('Wallet password (to show the phrase)').fill(TEST_PASSWORD);
    expect(await popup.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    await popup.getByRole('button', { name: 'Show', exact: true }).click();
    const hold = popup.getByRole('button', { name: 'Press and hold to show the words' });
    await hold.click(); // a click alone shows nothing
    await popup.waitForTimeout(1_500);
    expect(await popup.getByRole('list', { name: 'Recovery phrase' }).count()).toBe(0);
    await hold.hover();
    await popup.mouse.down();
    const words = popup.getByRole('list', { name: 'Recovery phrase' });
    await words.waitFor({ timeout: 5_000 });
    await popup.mouse.up();
    expect(await words.getByRole('listitem').allTextContents()).toEqual(DEV_PHRASE.split(' '));
    const path = popup.getByTestId('reveal-path');
    expect(await path.textContent()).toContain('//Alice');
    expect(await path.textContent()).toContain('You need both the words and this path');
    await popup.getByRole('button', { name: 'Hide the words' }).click();
    expect(await popup.getByRole('list', { name: 'Recovery phrase' }).count()).toBe(0);
    expect(await popup.locator('body').innerText()).not.toContain('bottom drive');
  });

  it('send: balances in the picker, names, Max writes a number, then a hash to copy and no explorer locally', async () => {
    await popup
      .getByRole('navigation', { name: 'Actions for this account' })
      .getByRole('button', { name: 'Send' })
      .click();
    const from = popup.getByLabel('From');
    await expect
      .poll(() => from.locator('option:checked').textContent(), { timeout: 30_000 })
      .toMatch(/^Alice · [\d,.]+ τ$/);
    await popup.getByLabel('Recipient address').fill(BOB);
    await popup.getByTestId('recipient-name').getByText('Bob').waitFor();
    await popup.getByRole('button', { name: 'Max' }).click();
    await expect.poll(() => popup.getByLabel('Amount (TAO)').inputValue()).toMatch(/^\d+(\.\d{1,9})?$/);
    expect(Number(await popup.getByLabel('Amount (TAO)').inputValue())).toBeGreaterThan(1_000);
    await popup.getByLabel('Amount (TAO)').fill('1.5');
    await popup.getByRole('button', { name: 'Review' }).click();
    const review = popup.getByRole('region', { name: 'Review the transfer' });
    expect(await review.getByTestId('review-sentence').textContent()).toBe('Send 1.5 τ from Alice to Bob on Devnet.');
    await popup.getByRole('button', { name: 'Confirm and send' }).click();
    const line = popup.getByTestId('tx-status');
    await expect.poll(() => line.getAttribute('data-status'), { timeout: 30_000 }).toBe('finalized');
    expect(await popup.getByTestId('tx-hash').textContent()).toMatch(/^0x[0-9a-f]{64}$/);
    await popup.getByRole('button', { name: 'Copy transaction hash' }).waitFor();
    expect(await popup.getByRole('link', { name: 'View in the block explorer' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
  });

  it('activity says what it lists, and the fee once paid is not an estimate', async () => {
    await fromHome(popup, 'Activity');
    expect(await popup.getByTestId('history-scope').textContent()).toContain('TAO received');
    const entry = popup.getByRole('listitem', { name: '1.5 τ to 5FHne…94ty' });
    await expect.poll(() => entry.textContent()).toContain('Network fee paid');
    expect(await entry.textContent()).not.toContain('estimate');
    await popup.getByRole('button', { name: 'Back' }).click();
  });
});
