// The approval window in Firefox (tests/helpers/approval.ts for Playwright): the background opens it with
// windows.create; the test finds it among the browser's tabs by its extension URL.
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, extensionTab, until, type FirefoxSession } from './firefox.ts';

async function approvalTabs(session: FirefoxSession): Promise<Page[]> {
  const open: Page[] = [];
  for (const page of await session.browser.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(EXTENSION_ORIGIN) && href.includes('#/approve/')) open.push(page);
  }
  return open;
}

/**
 * Runs something in a web page that opens the approval window, and returns that window. A window still open from
 * the previous request must close by itself first (the background closes it after the last decision).
 */
export async function withApproval<T>(
  session: FirefoxSession,
  page: Page,
  run: (page: Page) => Promise<T>,
): Promise<{ approval: Page; result: Promise<T> }> {
  await approvalsClosed(session);
  const result = run(page);
  result.catch(() => undefined);
  const approval = await extensionTab(session, '#/approve/', 60_000);
  return { approval, result };
}

/** Waits until no approval window is open (the background closes it shortly after the last decision). */
export async function approvalsClosed(session: FirefoxSession): Promise<void> {
  await until(async () => (await approvalTabs(session)).length === 0, 'the approval window to close', 15_000);
}

/** True if no approval window opens within `ms`. */
export async function noApprovalWithin(session: FirefoxSession, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if ((await approvalTabs(session)).length > 0) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}
