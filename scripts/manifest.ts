// The built manifest for each browser, from the one source manifest.json: the entries' source paths replaced by
// the built files, and the few keys where Firefox differs from Chrome (everything else is the same package).

export type TargetBrowser = 'chrome' | 'firefox';

/** Firefox's id for TaoVault (browser_specific_settings.gecko.id): storage and permissions are kept under it. */
export const FIREFOX_ID = 'taovault@taovault.app';

/**
 * The oldest Firefox the package installs in: 128 (ESR) is the first with content scripts in the page's world
 * (`"world": "MAIN"`, which injects injectedWeb3.taovault); storage.session (115), background.type "module" (112),
 * 'wasm-unsafe-eval' (102) and MV3 itself (109) came before it.
 */
export const FIREFOX_MIN_VERSION = '128.0';

/** The oldest Chrome (minimum_chrome_version in manifest.json); the build targets it, and Firefox's minimum. */
export function buildTargets(browser: TargetBrowser, source: { minimum_chrome_version: string }) {
  return browser === 'firefox'
    ? { browser, name: 'firefox', version: Number.parseInt(FIREFOX_MIN_VERSION, 10) }
    : { browser, name: 'chrome', version: Number.parseInt(source.minimum_chrome_version, 10) };
}

interface ContentScript {
  js: string[];
  world?: string;
  [key: string]: unknown;
}

export interface SourceManifest {
  minimum_chrome_version: string;
  action: { default_popup: string; [key: string]: unknown };
  background: { service_worker: string; type: string };
  content_scripts: ContentScript[];
  [key: string]: unknown;
}

/**
 * Chrome runs the background as an extension service worker. Firefox has none: it runs the same file as an event
 * page (background.scripts, non-persistent in MV3), as an ES module like the worker; Firefox ignores
 * minimum_chrome_version and names its own minimum under browser_specific_settings.gecko.
 */
export function builtManifest(source: SourceManifest, browser: TargetBrowser): Record<string, unknown> {
  const built: Record<string, unknown> = {};
  // Key by key, in the source's order (the Chrome manifest is the source with its paths replaced).
  for (const [key, value] of Object.entries(source)) {
    if (key === 'minimum_chrome_version' && browser === 'firefox') continue;
    if (key === 'action') built[key] = { ...source.action, default_popup: 'popup.html' };
    else if (key === 'background')
      built[key] =
        browser === 'firefox'
          ? { scripts: ['background.js'], type: source.background.type }
          : { service_worker: 'background.js', type: source.background.type };
    else if (key === 'content_scripts')
      built[key] = source.content_scripts.map((script) => ({
        ...script,
        js: [script.world === 'MAIN' ? 'inpage.js' : 'content.js'],
      }));
    else built[key] = value;
  }
  if (browser === 'firefox')
    built['browser_specific_settings'] = { gecko: { id: FIREFOX_ID, strict_min_version: FIREFOX_MIN_VERSION } };
  return built;
}
