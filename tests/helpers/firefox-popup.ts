// The popup flows of tests/helpers/popup.ts (same controls, same names, same order), for Firefox.
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox.ts';
import { byName, byRole, bySelector, byText, clickRole, fill, fillNamed } from './firefox-ui.ts';
import { DEV_PHRASE, TEST_PASSWORD } from './popup.ts';

/** Sends one message to the background over the real port from an extension page (for probes, not for flows). */
export function probe<T>(page: Page, name: string, request: unknown): Promise<T> {
  return page.evaluate(
    (n, r) =>
      new Promise<T>((resolve, reject) => {
        const port = chrome.runtime.connect({ name: 'taovault-extension' });
        type Answer = { kind: string; response?: T; error?: unknown };
        port.onMessage.addListener((message: Answer | Answer[]) => {
          for (const m of Array.isArray(message) ? message : [message]) {
            if (m.kind === 'data') continue;
            port.disconnect();
            if (m.kind === 'response' && m.response !== undefined) resolve(m.response);
            else reject(new Error(JSON.stringify(m.error ?? m)));
            return;
          }
        });
        port.postMessage({ kind: 'request', id: `probe-${Math.random()}`, name: n, request: r });
      }),
    name,
    request,
  );
}

/** Everything the extension keeps in storage.local, as text. */
export function dumpLocalStorage(page: Page): Promise<string> {
  return page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}

/** First run through the popup: choose the wallet password. */
export async function createWallet(session: FirefoxSession, password = TEST_PASSWORD): Promise<Page> {
  const popup = await session.openPopup();
  await fillNamed(popup, 'Password', password);
  await fillNamed(popup, 'Repeat the password', password);
  await clickRole(popup, 'button', 'Create wallet');
  await byRole(popup, 'button', 'Create account', 120_000);
  return popup;
}

/** Imports DEV_PHRASE with a derivation path through the popup's Import form, as a person would. */
export async function importDevAccount(popup: Page, name: string, path: string): Promise<void> {
  await clickRole(popup, 'button', 'Import');
  await (await byName(popup, 'What to import')).select('mnemonic');
  await fillNamed(popup, 'Account name', name);
  await fill(await byRole(popup, 'textbox', 'Recovery phrase'), DEV_PHRASE);
  await fillNamed(popup, 'Derivation path (optional)', path);
  await clickRole(popup, 'button', 'Import');
  await byText(await byRole(popup, 'list', 'Accounts', 120_000), name);
}

/** Adds a local chain as a custom network through the Networks screen, waits until connected, goes back. */
export async function useNetwork(popup: Page, url: string, name: string): Promise<void> {
  await clickRole(popup, 'button', 'Networks');
  const form = await byRole(popup, 'form', 'Add a custom endpoint');
  await fill(await byName(form, 'Name'), name);
  await fill(await byName(form, 'Endpoint (ws:// or wss://)'), url);
  await clickRole(form, 'button', 'Add network');
  await bySelector(popup, '[aria-label="Network status"][data-state="connected"]', 60_000);
  await clickRole(popup, 'button', 'Back');
}
