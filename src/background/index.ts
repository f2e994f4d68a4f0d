import browser from 'webextension-polyfill';
import { cryptoReady } from './crypto-ready.ts';
import { acceptPort } from './router/index.ts';
import { createServices } from './services.ts';

const AUTOLOCK_ALARM = 'taovault-autolock';

// Service-worker entry: build the services once per worker instance and register listeners only.
const services = createServices({
  local: browser.storage.local,
  session: browser.storage.session,
  version: browser.runtime.getManifest().version,
  scheduleLock: async (at) => {
    if (at === null) await browser.alarms.clear(AUTOLOCK_ALARM);
    else await browser.alarms.create(AUTOLOCK_ALARM, { when: at });
  },
});

const env = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };

browser.runtime.onConnect.addListener((port) => {
  acceptPort(port, services, env);
});

void cryptoReady();

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === AUTOLOCK_ALARM) void services.vault.checkAutoLock();
});
