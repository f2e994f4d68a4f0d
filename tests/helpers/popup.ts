import type { Locator, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './browser.ts';

export const TEST_PASSWORD = 'e2e password 2026';

/**
 * Sends one message to the background over the real port from an extension page (for probes, not for flows). Fails
 * when the port closes without an answer or none comes within timeoutMs, instead of waiting for ever.
 */
export function probe<T>(page: Page, name: string, request: unknown, timeoutMs = 60_000): Promise<T> {
  return page.evaluate(
    ([n, r, ms]) =>
      new Promise<unknown>((resolve, reject) => {
        const port = chrome.runtime.connect({ name: 'taovault-extension' });
        const timer = setTimeout(() => {
          port.disconnect();
          reject(new Error(`no answer to ${n} within ${ms} ms`));
        }, ms);
        port.onDisconnect.addListener(() => {
          clearTimeout(timer);
          reject(new Error(`the background closed the port before answering ${n}`));
        });
        type Answer = { kind: string; response?: unknown; error?: unknown };
        // A port message carries one envelope or a list of them (progress and answer ready together).
        port.onMessage.addListener((message: Answer | Answer[]) => {
          for (const m of Array.isArray(message) ? message : [message]) {
            if (m.kind === 'data') continue; // progress of a subscription: wait for the answer
            clearTimeout(timer);
            port.disconnect();
            if (m.kind === 'response') resolve(m.response);
            else reject(new Error(JSON.stringify(m.error ?? m)));
            return;
          }
        });
        port.postMessage({ kind: 'request', id: `probe-${Math.random()}`, name: n, request: r });
      }),
    [name, request, timeoutMs] as const,
  ) as Promise<T>;
}

/** Everything the extension keeps in chrome.storage.local, as text. */
export function dumpLocalStorage(page: Page): Promise<string> {
  return page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}

/**
 * First run through the popup as a person would: the welcome's "I already have one", the wallet password, then
 * back from the import form to the home, which (no account yet) offers the welcome's choice again.
 */
export async function createWallet(session: ExtensionSession, password = TEST_PASSWORD): Promise<Page> {
  const popup = await session.openPopup();
  await popup.getByRole('button', { name: 'I already have one' }).click();
  await popup.getByLabel('Password', { exact: true }).fill(password);
  await popup.getByLabel('Repeat the password').fill(password);
  await popup.getByRole('button', { name: 'Create wallet' }).click();
  await popup.getByLabel('What to import').waitFor();
  await popup.getByRole('button', { name: 'Back' }).click();
  await popup.getByRole('button', { name: 'I already have one' }).waitFor();
  return popup;
}

/** After the first account: the ready screen's "Open my wallet", then the home's list shows the account. */
export async function openWalletAfterFirst(popup: Page, name: string): Promise<void> {
  const ready = popup.getByRole('button', { name: 'Open my wallet' });
  const listed = popup.getByRole('list', { name: 'Accounts' }).getByText(name);
  await ready.or(listed).first().waitFor({ timeout: 90_000 });
  if (await ready.isVisible()) await ready.click();
  await listed.waitFor();
}

/**
 * Opens a screen from the home as a person would: a primary action, a button of the Staking tab, or an item of
 * the More menu.
 */
export async function fromHome(popup: Page, name: string): Promise<void> {
  // Before the first account the home is the first-run choice, which offers its few entries (Networks) itself.
  const firstRun = popup.getByRole('button', { name: 'I already have one' });
  await popup.getByRole('navigation', { name: 'Wallet actions' }).or(firstRun).first().waitFor();
  const button = popup.getByRole('button', { name, exact: true });
  if ((await firstRun.isVisible()) || (await button.isVisible())) return button.click();
  await popup.getByRole('tab', { name: 'Staking' }).click();
  if (await button.isVisible()) return button.click();
  await popup.locator('summary[aria-label="More"]').click();
  await button.click();
}

/** The development phrase: //Alice … //Ferdie and //Demo are funded on the devnet. */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

/** Imports DEV_PHRASE with a derivation path through the popup's Import form, as a person would. */
export async function importDevAccount(popup: Page, name: string, path: string): Promise<void> {
  await popup.getByRole('button', { name: /^(Import|I already have one)$/ }).click();
  await popup.getByLabel('What to import').selectOption('mnemonic');
  await popup.getByLabel('Account name').fill(name);
  await popup.getByRole('textbox', { name: 'Recovery phrase' }).fill(DEV_PHRASE);
  await popup.getByLabel('Derivation path (optional)').fill(path);
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
  await openWalletAfterFirst(popup, name);
}

/** A fresh browser with TaoVault: a wallet created, these development accounts imported in order, the devnet selected. */
export async function walletOnDevnet(
  url: string,
  accounts: ReadonlyArray<readonly [name: string, path: string]>,
): Promise<{ session: ExtensionSession; popup: Page }> {
  const session = await launchExtension();
  const popup = await createWallet(session);
  for (const [name, path] of accounts) await importDevAccount(popup, name, path);
  await useDevnet(popup, url);
  return { session, popup };
}

/** Adds a local chain as a custom network through the Networks screen, waits until connected, goes back. */
export async function useDevnet(popup: Page, url: string, name = 'Devnet'): Promise<void> {
  await fromHome(popup, 'Networks');
  const form = popup.getByRole('form', { name: 'Add a custom endpoint' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Endpoint (ws:// or wss://)').fill(url);
  await form.getByRole('button', { name: 'Add network' }).click();
  await popup.locator('[aria-label="Network status"][data-state="connected"]').waitFor({ timeout: 30_000 });
  await popup.getByRole('button', { name: 'Back' }).click();
}

/** The error sentence shown under a field (its aria-describedby), once the field is marked aria-invalid. */
export async function fieldError(popup: Page, field: Locator): Promise<string> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return '';
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const texts = await Promise.all(ids.map((id) => popup.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}
