import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser.ts';

/** Waits until an approval window closes by itself (the background closes it shortly after the last decision). */
export async function closesByItself(approval: Page): Promise<void> {
  await approval.waitForEvent('close', { timeout: 10_000 }).catch((e: unknown) => {
    if (!approval.isClosed()) throw e;
  });
}

/**
 * Runs something in a web page that opens the approval window, and returns that window. An approval window still
 * open from the previous request must close by itself first, so the window returned is the new one.
 */
export async function withApproval<T>(
  session: ExtensionSession,
  page: Page,
  run: (page: Page) => Promise<T>,
): Promise<{ approval: Page; result: Promise<T> }> {
  for (const open of session.context.pages().filter((p) => p.url().includes('#/approve/'))) await closesByItself(open);
  const opened = session.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('#/approve/'),
    timeout: 30_000,
  });
  const result = run(page);
  result.catch(() => undefined);
  const approval = await opened;
  await approval.waitForLoadState();
  return { approval, result };
}
