// Finding and using the popup's controls in Firefox the way a person (or a screen reader) names them: by ARIA
// role and accessible name, from Firefox's own accessibility tree (BiDi browsingContext.locateNodes). Each query
// waits until the element is there. The names are the ones the Chromium tests use with Playwright's getByRole.
import type { ElementHandle, Page } from 'puppeteer-core';
import { until } from './firefox.ts';

export type Scope = Page | ElementHandle<Element>;
type Handle = ElementHandle<Element>;

const quote = (s: string) => JSON.stringify(s);

async function first(scope: Scope, selector: string, what: string, timeout: number): Promise<Handle> {
  return until(() => scope.$(selector), what, timeout);
}

/** The first element matching a CSS selector, once there. */
export function bySelector(scope: Scope, selector: string, timeout = 30_000): Promise<Handle> {
  return first(scope, selector, selector, timeout);
}

/** The element with this role and accessible name (exact). */
export function byRole(scope: Scope, role: string, name: string, timeout = 30_000): Promise<Handle> {
  return first(scope, `::-p-aria([name=${quote(name)}][role=${quote(role)}])`, `${role} "${name}"`, timeout);
}

/**
 * The element with this accessible name, whatever its role (a password field has none; a labelled value). A
 * <label> is named by its own text too: the control it labels comes first.
 */
export function byName(scope: Scope, name: string, timeout = 30_000): Promise<Handle> {
  return until(
    async () => {
      const all = await scope.$$(`::-p-aria(${quote(name)})`);
      const tags = await Promise.all(all.map((h) => h.evaluate((e) => e.tagName)));
      const control = tags.findIndex((t) => t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT');
      const other = tags.findIndex((t) => t !== 'LABEL');
      return all[control >= 0 ? control : other] ?? null;
    },
    `"${name}"`,
    timeout,
  );
}

export function byTestId(scope: Scope, id: string, timeout = 30_000): Promise<Handle> {
  return first(scope, `[data-testid=${quote(id)}]`, `data-testid ${id}`, timeout);
}

/** The element whose text contains `text`. */
export function byText(scope: Scope, text: string, timeout = 30_000): Promise<Handle> {
  return first(scope, `::-p-text(${quote(text)})`, `text "${text}"`, timeout);
}

export async function count(scope: Scope, selector: string): Promise<number> {
  return (await scope.$$(selector)).length;
}

/**
 * Types into a field as a person does (key by key), replacing what it held. Clearing goes through the element's
 * own value setter and an input event (what React listens to): BiDi key presses of Backspace did not delete.
 */
export async function fill(field: Handle, value: string): Promise<void> {
  // Tag names, not instanceof: the handle may come from another realm than the page's classes.
  await field.evaluate((el) => {
    if (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA') return;
    if (Reflect.get(el, 'value') === '') return;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set?.call(el, '');
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await field.type(value);
}

/**
 * Clicks the control with this role and name once it is enabled, as Playwright's click does in the Chromium tests
 * (the approval window keeps its buttons disabled for a moment after a request appears; a click before that is
 * lost, as a person's would be).
 */
export async function clickRole(scope: Scope, role: string, name: string, timeout = 30_000): Promise<void> {
  const selector = `::-p-aria([name=${quote(name)}][role=${quote(role)}])`;
  const enabled = await until(
    async () => {
      const el = await scope.$(selector);
      if (!el) return null;
      const disabled = await el.evaluate((e) => e.matches(':disabled') || e.getAttribute('aria-disabled') === 'true');
      return disabled ? null : el;
    },
    `${role} "${name}" to be enabled`,
    timeout,
  );
  await enabled.click();
}

export async function fillNamed(scope: Scope, name: string, value: string): Promise<void> {
  await fill(await byName(scope, name), value);
}

export function attribute(el: Handle, name: string): Promise<string | null> {
  return el.evaluate((e, n) => e.getAttribute(n), name);
}

export function value(el: Handle): Promise<string> {
  return el.evaluate((e) => String(Reflect.get(e, 'value') ?? ''));
}

/** Polls what `read` gives until it equals `expected`; fails with the last value seen. */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  what: string,
  timeout = 30_000,
): Promise<void> {
  let last: T | undefined;
  await until(
    async () => {
      last = await read().catch(() => undefined);
      return last === expected;
    },
    `${what} to be ${String(expected)} (last: ${String(last)})`,
    timeout,
  ).catch((e: unknown) => {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; last: ${String(last)}`);
  });
}
