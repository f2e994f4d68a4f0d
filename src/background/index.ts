import browser from 'webextension-polyfill';
import { acceptPort } from './router/index.ts';
import { createServices } from './services.ts';

// Service-worker entry: build the services once per worker instance and register listeners only.
const services = createServices({
  local: browser.storage.local,
  version: browser.runtime.getManifest().version,
});

const env = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };

browser.runtime.onConnect.addListener((port) => {
  acceptPort(port, services, env);
});
