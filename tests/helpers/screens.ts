import type { Page } from 'playwright-core';

/** The popup's screens reachable by route once a wallet with accounts exists (the flows are walked separately). */
export const ROUTES = [
  ['home', '#/'],
  ['validators', '#/validators'],
  ['stake', '#/stake'],
  ['stake-batch', '#/stake-batch'],
  ['staking-proxies', '#/staking-proxies'],
  ['yield', '#/yield'],
  ['claim-root', '#/claim-root'],
  ['send', '#/send'],
  ['receive', '#/receive'],
  ['history', '#/history'],
  ['addressbook', '#/addressbook'],
  ['networks', '#/networks'],
  ['settings', '#/settings'],
  ['create-account', '#/create'],
  ['import-account', '#/import'],
] as const;

/** Opens a route in the popup and waits until the screen has settled (nothing busy, no loading line). */
export async function openRoute(popup: Page, hash: string): Promise<void> {
  await popup.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await settle(popup);
}

export async function settle(popup: Page): Promise<void> {
  await popup
    .waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 15_000 })
    .catch(() => undefined);
  await popup.waitForTimeout(400);
}

/** Fills the staking form for `amount` TAO with the first validator listed on `netuid` and opens the review. */
export async function openStakeReview(popup: Page, netuid: number, amount: string): Promise<void> {
  await openRoute(popup, '#/stake');
  await popup.getByRole('combobox', { name: /^(Subnet|子网)$/ }).selectOption(String(netuid));
  const validator = popup.getByRole('combobox', { name: /^(Validator|验证者)$/ });
  await popup.waitForFunction(() => (document.querySelectorAll('select option').length ?? 0) > 3, null, {
    timeout: 30_000,
  });
  const first = await validator.locator('option:not([value=""])').first().getAttribute('value');
  await validator.selectOption(first ?? '');
  await popup.getByRole('textbox', { name: /^(Amount \(TAO\)|金额（TAO）)/ }).fill(amount);
  await popup.getByRole('button', { name: /^(Review|审核)$/ }).click();
  await popup.locator('[data-testid="review-sentence"]').waitFor({ timeout: 30_000 });
  await settle(popup);
}
