// The popup flows of tests/helpers/popup.ts (same controls, same names, same order), for Firefox.
import type { Page } from 'puppeteer-core';
import { until, type FirefoxSession } from './firefox.ts';
import { byName, byRole, bySelector, clickRole, fill, fillNamed } from './firefox-ui.ts';
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

/**
 * First run through the popup, as tests/helpers/popup.ts does it: "I already have one", the wallet password, then
 * back from the import form to the first-run choice (no account yet).
 */
export async function createWallet(session: FirefoxSession, password = TEST_PASSWORD): Promise<Page> {
  const popup = await session.openPopup();
  await clickRole(popup, 'button', 'I already have one');
  await fillNamed(popup, 'Password', password);
  await fillNamed(popup, 'Repeat the password', password);
  await clickRole(popup, 'button', 'Create wallet');
  await byName(popup, 'What to import', 120_000);
  await clickRole(popup, 'button', 'Back');
  await byRole(popup, 'button', 'I already have one');
  return popup;
}

/** Opens a screen from the home: a primary action, a button of the Staking tab, or an item of the More menu. */
export async function fromHome(popup: Page, name: string): Promise<void> {
  // Before the first account the home is the first-run choice, which offers its few entries (Networks) itself.
  const firstRun = await until(
    async () =>
      (await popup.$('::-p-aria([name="Wallet actions"][role="navigation"])'))
        ? 'home'
        : (await popup.$('::-p-aria([name="I already have one"][role="button"])'))
          ? 'first-run'
          : null,
    'the home or the first-run choice',
  );
  if (firstRun === 'first-run') return clickRole(popup, 'button', name);
  const visible = async () => {
    const button = await popup.$(`::-p-aria([name=${JSON.stringify(name)}][role="button"])`);
    return button && (await button.isVisible()) ? button : null;
  };
  let button = await visible();
  if (!button) {
    await clickRole(popup, 'tab', 'Staking');
    button = await visible();
  }
  if (!button) {
    await (await bySelector(popup, 'summary[aria-label="More"]')).click();
    button = await byRole(popup, 'button', name);
  }
  await button.click();
}

/** Imports DEV_PHRASE with a derivation path through the popup's Import form, as a person would. */
export async function importDevAccount(popup: Page, name: string, path: string): Promise<void> {
  const start =
    (await popup.$('::-p-aria([name="I already have one"][role="button"])')) ??
    (await byRole(popup, 'button', 'Import'));
  await start.click();
  await (await byName(popup, 'What to import')).select('mnemonic');
  await fillNamed(popup, 'Account name', name);
  await fill(await byRole(popup, 'textbox', 'Recovery phrase'), DEV_PHRASE);
  await fillNamed(popup, 'Derivation path (optional)', path);
  await clickRole(popup, 'button', 'Import');
  // The first account ends on the "ready" screen; later ones go straight back to the home's list.
  const listed = async () => {
    const list = await popup.$('::-p-aria([name="Accounts"][role="list"])');
    return list && (await list.$(`::-p-text(${JSON.stringify(name)})`));
  };
  await until(
    async () => {
      const ready = await popup.$('::-p-aria([name="Open my wallet"][role="button"])');
      if (ready) await ready.click();
      return (await listed()) ?? null;
    },
    `account "${name}" listed`,
    120_000,
  );
}

/** Adds a local chain as a custom network through the Networks screen, waits until connected, goes back. */
export async function useNetwork(popup: Page, url: string, name: string): Promise<void> {
  await fromHome(popup, 'Networks');
  const form = await byRole(popup, 'form', 'Add a custom endpoint');
  await fill(await byName(form, 'Name'), name);
  await fill(await byName(form, 'Endpoint (ws:// or wss://)'), url);
  await clickRole(form, 'button', 'Add network');
  await bySelector(popup, '[aria-label="Network status"][data-state="connected"]', 60_000);
  await clickRole(popup, 'button', 'Back');
}
