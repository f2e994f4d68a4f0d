// Real Firefox (Debian firefox-esr) with the built dist-firefox/ package, driven over WebDriver BiDi with
// puppeteer-core. The extension is installed the way about:debugging does (a temporary add-on), through BiDi's
// webExtension.install (Firefox 138+), into a fresh profile.
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ID } from '../../scripts/manifest.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve(process.env.TAOVAULT_DIST_FIREFOX ?? 'dist-firefox');

/**
 * Firefox gives each profile a random moz-extension:// host for an add-on; this pref fixes it, so the tests know
 * the extension's origin before it is installed.
 */
export const EXTENSION_UUID = '6b7d1f0e-4c1a-4e8b-9a57-0d2c3e4f5a61';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** Opens an extension page (popup.html + hash) in a new tab, loaded. */
  openPopup(hash?: string): Promise<Page>;
  /** Opens a web page in a new tab, loaded. */
  openPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** Prefs that keep Firefox off the network (no test talks to the internet) and quiet; FF_DUMPIO=1 prints the browser's console. */
const QUIET_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: EXTENSION_UUID }),
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:1/',
  'extensions.getAddons.cache.enabled': false,
  'browser.region.network.url': '',
  'dom.security.https_first': false,
  'devtools.console.stdout.chrome': process.env.FF_DUMPIO === '1',
  'devtools.console.stdout.content': process.env.FF_DUMPIO === '1',
};

export interface LaunchOptions {
  extensionDir?: string;
  /**
   * Firefox suspends a non-persistent background (the event page) after this long with nothing it counts as
   * activity (pref extensions.background.idle.timeout, 30 s by default); shorter makes a test meet it sooner.
   */
  backgroundIdleMs?: number;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const idle =
    options.backgroundIdleMs === undefined ? {} : { 'extensions.background.idle.timeout': options.backgroundIdleMs };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // BiDi refuses to navigate a tab to a moz-extension:// page unless the client is allowed system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...QUIET_PREFS, ...idle },
    protocolTimeout: 120_000,
    dumpio: process.env.FF_DUMPIO === '1',
  });
  const id = await browser.installExtension(options.extensionDir ?? DIST_FIREFOX);
  if (id !== FIREFOX_ID) throw new Error(`installed ${id}, expected ${FIREFOX_ID}`);
  return {
    browser,
    openPopup: (hash = '') => openLoaded(browser, `${EXTENSION_ORIGIN}/popup.html${hash}`),
    openPage: (url) => openLoaded(browser, url),
    close: () => browser.close(),
  };
}

/**
 * A new tab at `url`, once its document has loaded. Puppeteer's goto does not see a navigation into the
 * extension's process end (the tab moves process), so the document itself is asked.
 */
async function openLoaded(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await until(async () => {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    return state === `${url} complete`;
  }, `${url} to load`);
  return page;
}

/** Polls `check` every 100 ms until it gives something (not null or false), or fails naming what it waited for. */
export async function until<T>(check: () => Promise<T | null | false>, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = await check();
    if (found !== null && found !== false) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
}

/** The tab whose document is at an extension URL containing `fragment` (e.g. the approval window), once loaded. */
export async function extensionTab(session: FirefoxSession, fragment: string, timeout = 30_000): Promise<Page> {
  return until(
    async () => {
      for (const page of await session.browser.pages()) {
        const href = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
        if (href.startsWith(EXTENSION_ORIGIN) && href.includes(fragment) && href.endsWith(' complete')) return page;
      }
      return null;
    },
    `an extension tab at ${fragment}`,
    timeout,
  );
}
