import { startMarks } from './start-mark.ts';
import './zod-config.ts';
import browser from 'webextension-polyfill';
import { browserApprovalUi, listenForClosedTabsAndWindows } from './approvals/browser-ui.ts';
import { keepAwakeWhileBusy } from './approvals/keep-awake.ts';
import { cryptoReady } from './crypto-ready.ts';
import { transactionNotifier } from './chain/notify.ts';
import { coldkeySwapNotifier } from './chain/notify-swap.ts';
import { acceptPort } from './router/index.ts';
import { createServices } from './services.ts';

const AUTOLOCK_ALARM = 'taovault-autolock';
/** Hourly snapshot of every position's share-pool state (yield history where no archive node answers). */
const YIELD_SNAPSHOT_ALARM = 'taovault-yield-snapshot';

// Session storage holds the unlocked vault's key and the popup's first screen (first-screen.ts): only the
// extension's own pages and worker may read it, never a content script (this is Chrome's default; set here so it
// stays so). Firefox has no setAccessLevel (its content scripts are not given storage.session): calling it there
// threw before any listener was registered, so it is called only where it exists.
const sessionArea: { setAccessLevel?: typeof chrome.storage.session.setAccessLevel } = chrome.storage.session;
if (typeof sessionArea.setAccessLevel === 'function')
  void sessionArea.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

// Service-worker entry: build the services once per worker instance and register listeners only.
const services = createServices({
  notify: (record) => notifyTransaction(record),
  notifySwap: (alert) => notifySwap(alert),
  approvalUi: browserApprovalUi,
  local: browser.storage.local,
  session: browser.storage.session,
  version: browser.runtime.getManifest().version,
  scheduleLock: async (at) => {
    if (at === null) await browser.alarms.clear(AUTOLOCK_ALARM);
    else await browser.alarms.create(AUTOLOCK_ALARM, { when: at });
  },
});

const notifyTransaction = transactionNotifier(
  async () => (await services.settings.get()).language,
  (id, options) => browser.notifications.create(id, options),
  navigator.language,
);

const notifySwap = coldkeySwapNotifier(
  async () => (await services.settings.get()).language,
  (id, options) => browser.notifications.create(id, options),
  navigator.language,
);

const env = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };

browser.runtime.onConnect.addListener((port) => {
  acceptPort(port, services, env);
});

// Crypto is warmed up once the worker has answered what woke it (a popup opening loads its own files from the
// extension package at that moment, and crypto.wasm would queue with them); a key operation before then
// starts it on demand.
setTimeout(() => void cryptoReady(), 500);

listenForClosedTabsAndWindows(services.approvals);
keepAwakeWhileBusy(
  () => services.approvals.busy(),
  () => browser.runtime.getPlatformInfo(),
);

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === AUTOLOCK_ALARM) void services.vault.checkAutoLock();
  if (alarm.name === YIELD_SNAPSHOT_ALARM) void services.yield.recordSnapshot().catch(() => undefined);
});

void browser.alarms.get(YIELD_SNAPSHOT_ALARM).then(async (a) => {
  if (!a) await browser.alarms.create(YIELD_SNAPSHOT_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
});

startMarks.ready = performance.now();
