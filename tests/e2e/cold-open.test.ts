import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountName, COLD, FINAL, prepareColdWallet } from '../../bench/cold-open.ts';
import { finalContentScript, openRecordOf } from '../../bench/final-content.ts';
import type { SystemInfo } from '../../src/protocol/domains/system.ts';
import { launchExtension, stopServiceWorker, type ExtensionSession } from '../helpers/browser.ts';
import { probe } from '../helpers/popup.ts';

// A popup opened while the service worker is stopped (Chrome stops an idle one after 30 s, so most opens are like
// this) paints the person's wallet in its first frame, from the worker's session-only copy, never a loading state.

let session: ExtensionSession;
let home: Page;

const instance = async (page: Page) => (await probe<SystemInfo>(page, 'pri(system.info)', null)).instanceId;

/** Opens the popup with the worker stopped; what its first paint showed, and the worker instance that answers after. */
async function coldOpen(state: 'unlocked' | 'locked') {
  const before = await instance(home);
  await stopServiceWorker(session);
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?bench=${state}`);
  const rec = openRecordOf(await page.evaluate('window.__open'));
  const after = await instance(page);
  const copy = await page.evaluate(async () => JSON.stringify(await chrome.storage.session.get('popup.firstScreen')));
  await page.close();
  return { rec, restarted: before !== after, copy };
}

beforeAll(async () => {
  session = await launchExtension();
  home = await prepareColdWallet(session);
  await session.context.addInitScript(finalContentScript(FINAL));
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe('cold open (worker stopped before the popup opens)', () => {
  it('has every account in the first paint, with no loading state', async () => {
    for (let i = 0; i < 3; i++) {
      const { rec, restarted } = await coldOpen('unlocked');
      expect(restarted).toBe(true); // the popup was opened on a stopped worker
      for (let k = 0; k < COLD.accounts; k++) expect(rec.firstText).toContain(accountName(k));
      expect(rec.firstText).not.toContain('Loading');
      expect(rec.sawLoading).toBe(false);
      expect(rec.final).not.toBeNull();
    }
  });

  it('locked: the unlock screen in the first paint, and nothing of the person kept for it', async () => {
    await probe(home, 'pri(vault.lock)', null);
    const { rec, restarted, copy } = await coldOpen('locked');
    expect(restarted).toBe(true);
    expect(rec.firstText).toContain('Unlock');
    expect(rec.firstText).not.toContain('Loading');
    expect(rec.sawLoading).toBe(false);
    expect(rec.firstText).not.toContain(accountName(0));
    expect(copy).toContain('"locked":true');
    expect(copy).not.toContain(accountName(0));
    expect(copy).not.toContain('5C4hr'); // the accounts' addresses
  });
});
