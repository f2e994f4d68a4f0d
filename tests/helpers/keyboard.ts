import type { Page } from 'playwright-core';

/** The focused element's accessible name as a person hears it: aria-label, its label, or its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const labels = 'labels' in el && el.labels instanceof NodeList ? [...el.labels] : [];
    const label = labels[0]?.firstChild?.textContent ?? labels[0]?.textContent;
    return (label ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (Shift+Tab when `back`) until the focused control's name matches; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, { max = 40, back = false } = {}): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no control named ${String(name)} within ${max} Tab presses (last: ${await focusedName(page)})`);
}

/** Arrow keys on the focused <select> until its value is `value` (a closed select changes with the arrows). */
export async function arrowSelect(page: Page, value: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    const now = await page.evaluate(() =>
      document.activeElement instanceof HTMLSelectElement ? document.activeElement.value : null,
    );
    if (now === null) throw new Error('focus is not on a select');
    if (now === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the select never reached ${value}`);
}
