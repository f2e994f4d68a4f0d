import browser from 'webextension-polyfill';
import { PORT_CONTENT, WINDOW_SOURCE_CONTENT, WINDOW_SOURCE_PAGE } from '../protocol/ports.ts';
import { portChannel } from '../transport/port-channel.ts';
import { windowChannel } from '../transport/window-channel.ts';
import { relay } from './relay.ts';

// The page script (injectedWeb3.taovault) is a content script of its own in the page's world (manifest "world":
// "MAIN", document_start): no web-accessible file a page could probe, and no script tag that lands late.
relay(windowChannel(window, WINDOW_SOURCE_CONTENT, WINDOW_SOURCE_PAGE), () =>
  portChannel(browser.runtime.connect({ name: PORT_CONTENT })),
);
