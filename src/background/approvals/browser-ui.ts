import browser from 'webextension-polyfill';
import type { ApprovalQueue } from './queue.ts';
import type { ApprovalUi } from './types.ts';

const WIDTH = 380;
const HEIGHT = 640;

/** The approval window and badge through chrome.windows and chrome.action (the windows API needs no permission). */
export const browserApprovalUi: ApprovalUi = {
  async open(path) {
    const win = await browser.windows.create({
      type: 'popup',
      url: browser.runtime.getURL(path),
      width: WIDTH,
      height: HEIGHT,
      focused: true,
    });
    return win.id;
  },
  async focus(windowId) {
    await browser.windows.update(windowId, { focused: true });
  },
  async close(windowId) {
    await browser.windows.remove(windowId);
  },
  async setBadge(count) {
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ color: '#0a7d5a' });
  },
};

/** A request is rejected when its tab closes, and every shown request when the approval window closes. */
export function listenForClosedTabsAndWindows(queue: ApprovalQueue): void {
  browser.tabs.onRemoved.addListener((tabId) => queue.tabClosed(tabId));
  browser.windows.onRemoved.addListener((windowId) => queue.windowClosed(windowId));
}
