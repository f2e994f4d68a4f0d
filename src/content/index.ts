import browser from 'webextension-polyfill';
import { PORT_CONTENT, WINDOW_SOURCE_CONTENT, WINDOW_SOURCE_PAGE } from '../protocol/ports.ts';
import { portChannel } from '../transport/port-channel.ts';
import { windowChannel } from '../transport/window-channel.ts';
import { relay } from './relay.ts';

// Inject the page script first, at document_start, so dApps find injectedWeb3.taovault on load.
const script = document.createElement('script');
script.src = browser.runtime.getURL('inpage.js');
script.onload = () => script.remove();
(document.head ?? document.documentElement).appendChild(script);

relay(windowChannel(window, WINDOW_SOURCE_CONTENT, WINDOW_SOURCE_PAGE), () =>
  portChannel(browser.runtime.connect({ name: PORT_CONTENT })),
);
