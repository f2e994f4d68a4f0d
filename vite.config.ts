import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform as transformCss } from 'lightningcss';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CRYPTO_WASM_FILE } from './src/background/crypto-wasm.ts';
import * as enStrings from './src/popup/i18n/en.ts';
import * as zhCNStrings from './src/popup/i18n/zh-CN.ts';
import {
  buildTargets,
  builtManifest,
  type SourceManifest as BuiltSource,
  type TargetBrowser,
} from './scripts/manifest.ts';

/** The browser built for (scripts/build.mjs --browser=): its oldest version is the target of scripts and styles. */
const BROWSER: TargetBrowser = process.env.TAOVAULT_BROWSER === 'firefox' ? 'firefox' : 'chrome';

/**
 * manifest.json is the one source of truth: it names the source file of each entry, and
 * scripts/build.mjs runs one build per entry (mode = entry name) and rewrites the paths.
 */
interface SourceManifest extends BuiltSource {
  version: string;
}

export const ENTRY_NAMES = ['background', 'popup', 'content', 'inpage'] as const;
export type EntryName = (typeof ENTRY_NAMES)[number];

export function readManifest(root = process.cwd()): SourceManifest {
  return JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as SourceManifest;
}

export function entrySources(m: SourceManifest): Record<EntryName, string> {
  return {
    background: m.background.service_worker,
    popup: m.action.default_popup,
    // The page script runs in the page's own world (MAIN); the relay in the extension's isolated world.
    content: m.content_scripts.find((c) => c.world !== 'MAIN')!.js[0]!,
    inpage: m.content_scripts.find((c) => c.world === 'MAIN')!.js[0]!,
  };
}

/**
 * The popup's first open is one script (checked here) and one page. Its style sheet (styles.css, beside
 * index.html) is written into the page itself, minified for the build target: parsed with the HTML while the
 * script is still on its way, where a linked sheet is one more file that holds the script back and a sheet
 * inside the script is parsed on the way to the first frame (extension pages restrict scripts, not styles).
 */
function popupPage(target: ReturnType<typeof buildTargets>): Plugin {
  let sheetPath = '';
  return {
    name: 'taovault-popup-page',
    configResolved(config) {
      sheetPath = resolve(config.root, 'styles.css');
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const main = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith('/src/popup/main.tsx')),
        );
        if (main?.type !== 'chunk' || main.imports.length > 0)
          throw new Error(
            `popup build: the first open must be one file (main.tsx's chunk imports ${main?.type === 'chunk' ? main.imports.join(', ') : '?'})`,
          );
        const { code } = transformCss({
          filename: sheetPath,
          code: readFileSync(sheetPath),
          minify: true,
          targets: { [target.name]: target.version << 16 },
        });
        const css = code.toString();
        if (css.includes('</')) throw new Error('popup build: styles.css cannot be written into the page');
        return [{ tag: 'style', children: css, injectTo: 'head' }];
      },
    },
  };
}

/**
 * The popup's string tables (English in the first-open script, Chinese in its own chunk), each written as one
 * object literal. In source a language is put together from per-feature tables with object spread, which the
 * popup paid at every open (532 keys: ~0.7 ms, measured per module); a literal comes ready-made from the code
 * cache. Same keys and values, checked: each export must be a table of strings.
 */
function flatStrings(root: string): Plugin {
  const tables = new Map<string, Record<string, unknown>>([
    [resolve(root, 'src/popup/i18n/en.ts'), enStrings],
    [resolve(root, 'src/popup/i18n/zh-CN.ts'), zhCNStrings],
  ]);
  return {
    name: 'taovault-flat-strings',
    enforce: 'pre',
    load(id) {
      const table = tables.get(id);
      if (!table) return null;
      return Object.entries(table)
        .map(([name, value]) => {
          if (
            typeof value !== 'object' ||
            value === null ||
            !Object.values(value).every((v) => typeof v === 'string')
          ) {
            throw new Error(`${id}: export ${name} is not a table of strings`);
          }
          return `export const ${name} = ${JSON.stringify(value)};`;
        })
        .join('\n');
    },
  };
}

/**
 * The worker's crypto WebAssembly, written beside it once at build (src/background/crypto-wasm.ts loads it)
 * instead of inflated from the bundle at every worker start.
 */
function cryptoWasm(): Plugin {
  return {
    name: 'taovault-crypto-wasm',
    async generateBundle() {
      const { wasmBytes } = await import('@polkadot/wasm-crypto-wasm');
      this.emitFile({ type: 'asset', fileName: CRYPTO_WASM_FILE, source: wasmBytes });
    },
  };
}

/**
 * Lighter worker start: work @polkadot packages do when their modules are evaluated, at every worker start, that
 * TaoVault does not need there (measured per module). The worker build only; the build fails if a package no
 * longer has what is replaced.
 * - @polkadot/util's hex conversions come from src/background/lib/hex.ts: the package's modules build two
 *   65,536-entry tables at import (~12 ms).
 * - @polkadot/networks sorts its network list by display name with localeCompare, whose first call loads the
 *   ICU collator (~6 ms); the worker reads that list only for its prefixes and genesis hashes, in no order, so it
 *   is sorted by code units instead.
 */
function lighterWorkerStart(root: string): Plugin {
  const hex = resolve(root, 'src/background/lib/hex.ts');
  const standIns: Array<[string, string]> = [
    ['/@polkadot/util/u8a/toHex.js', `export { u8aToHex } from ${JSON.stringify(hex)};`],
    ['/@polkadot/util/hex/toU8a.js', `export { hexToU8a } from ${JSON.stringify(hex)};`],
  ];
  const patches: Array<[string, string, string]> = [
    [
      '/@polkadot/networks/interfaces.js',
      'a.displayName.localeCompare(b.displayName)',
      '(a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0)',
    ],
  ];
  const done = new Set<string>();
  const match = (id: string, path: string) => id.replaceAll('\\', '/').endsWith(path);
  return {
    name: 'taovault-lighter-worker-start',
    enforce: 'pre',
    load(id) {
      const standIn = standIns.find(([path]) => match(id, path));
      if (standIn) done.add(standIn[0]);
      return standIn?.[1] ?? null;
    },
    transform(code, id) {
      const patch = patches.find(([path]) => match(id, path));
      if (!patch) return null;
      if (!code.includes(patch[1])) throw new Error(`${patch[0]} no longer has: ${patch[1]}`);
      done.add(patch[0]);
      return { code: code.replace(patch[1], patch[2]), map: null };
    },
    buildEnd(error) {
      const missed = [...standIns, ...patches].map(([path]) => path).filter((path) => !done.has(path));
      if (!error && missed.length > 0) throw new Error(`worker build: nothing imported ${missed.join(', ')} any more`);
    },
  };
}

/** manifest.json for the browser built for, written beside the background (scripts/manifest.ts). */
function builtManifestFile(source: SourceManifest): Plugin {
  return {
    name: 'taovault-manifest',
    generateBundle() {
      const manifest = builtManifest(source, BROWSER);
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/**
 * Every script shipped is ASCII (output.charset 'ascii' escapes the rest as \uXXXX). One character outside
 * Latin-1 (an arrow or an ellipsis in a string) makes Chromium keep a whole script as two-byte text: twice the
 * bytes to hash against the code cache and to scan when a function is first compiled. Measured on the popup
 * (38 such characters in 279 KB), A/B builds in one browser: its script evaluated ~6 ms sooner (instrumented
 * run), popup open 3.7 ms faster (median of 80 paired rounds). The escaping covers literals and identifiers;
 * this check fails the build if anything else (a comment, a plugin's code) is left.
 */
function asciiOnly(): Plugin {
  return {
    name: 'taovault-ascii-only',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const at = chunk.code.search(/[^\x00-\x7f]/);
        if (at >= 0)
          throw new Error(
            `${chunk.fileName}: a character outside ASCII is left at ${at}: ${JSON.stringify(chunk.code.slice(Math.max(0, at - 40), at + 10))}`,
          );
      }
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const root = process.cwd();
  const manifest = readManifest(root);
  const sources = entrySources(manifest);
  const entry = (ENTRY_NAMES as readonly string[]).includes(mode) ? (mode as EntryName) : 'popup';
  const outDir = resolve(root, process.env.TAOVAULT_OUT_DIR ?? 'dist');
  const target = buildTargets(BROWSER, manifest);
  const common: UserConfig = {
    logLevel: 'warn',
    define: { __TAOVAULT_VERSION__: JSON.stringify(manifest.version) },
    build: {
      outDir,
      emptyOutDir: false,
      target: `${target.name}${target.version}`,
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
    },
  };
  if (entry === 'popup') {
    return {
      ...common,
      root: resolve(root, sources.popup, '..'),
      base: './',
      publicDir: resolve(root, 'public'),
      plugins: [flatStrings(root), popupPage(target), asciiOnly()],
      build: {
        ...common.build,
        modulePreload: { polyfill: false },
        // One file for the first open: the entry and all it imports (a group takes a module's dependencies with
        // it), never split into chunks shared with the lazy screens. Each extension file costs 5–20 ms to arrive
        // whatever its size, and a second one (React apart from the entry) measured ~2 ms slower than one.
        rolldownOptions: {
          input: resolve(root, sources.popup),
          output: {
            charset: 'ascii',
            codeSplitting: { groups: [{ name: 'main', test: /src[\\/]popup[\\/]main\.tsx$/ }] },
          },
        },
      },
    };
  }
  // Background (Chrome: service worker; Firefox: event page, as a module too): one ES module file (no dynamic
  // import in workers). Content and page scripts: classic IIFE.
  // The worker loads the crypto WebAssembly from dist/crypto.wasm (cryptoWasm above).
  // Minified in full: lib mode keeps whitespace in ES output (for other bundlers' tree-shaking, which a service
  // worker does not need), and a smaller file is less for the browser to parse at every worker start.
  return {
    ...common,
    publicDir: false,
    plugins:
      entry === 'background'
        ? [lighterWorkerStart(root), cryptoWasm(), builtManifestFile(manifest), asciiOnly()]
        : [asciiOnly()],
    resolve:
      entry === 'background'
        ? {
            alias: [
              { find: /^@polkadot\/wasm-crypto-init$/, replacement: resolve(root, 'src/background/crypto-wasm.ts') },
            ],
          }
        : {},
    build: {
      ...common.build,
      lib: {
        entry: resolve(root, sources[entry]),
        formats: [entry === 'background' ? 'es' : 'iife'],
        name: `taovault_${entry}`,
        fileName: () => `${entry}.js`,
      },
      rolldownOptions: { output: { charset: 'ascii', codeSplitting: false, minify: true } },
    },
  };
});
