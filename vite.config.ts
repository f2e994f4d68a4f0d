import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * manifest.json is the one source of truth: it names the source file of each entry, and
 * scripts/build.mjs runs one build per entry (mode = entry name) and rewrites the paths.
 */
interface SourceManifest {
  version: string;
  action: { default_popup: string };
  background: { service_worker: string };
  content_scripts: Array<{ js: string[] }>;
  web_accessible_resources: Array<{ resources: string[] }>;
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
    content: m.content_scripts[0]!.js[0]!,
    inpage: m.web_accessible_resources[0]!.resources[0]!,
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const root = process.cwd();
  const manifest = readManifest(root);
  const sources = entrySources(manifest);
  const entry = (ENTRY_NAMES as readonly string[]).includes(mode) ? (mode as EntryName) : 'popup';
  const outDir = resolve(root, process.env.TAOVAULT_OUT_DIR ?? 'dist');
  const common: UserConfig = {
    logLevel: 'warn',
    define: { __TAOVAULT_VERSION__: JSON.stringify(manifest.version) },
    build: { outDir, emptyOutDir: false, target: 'chrome116', sourcemap: false, minify: true, reportCompressedSize: false },
  };
  if (entry === 'popup') {
    return {
      ...common,
      root: resolve(root, sources.popup, '..'),
      base: './',
      publicDir: resolve(root, 'public'),
      build: { ...common.build, rollupOptions: { input: resolve(root, sources.popup) } },
    };
  }
  // Service worker: one ES module file (no dynamic import in workers). Content and page scripts: classic IIFE.
  return {
    ...common,
    publicDir: false,
    build: {
      ...common.build,
      lib: { entry: resolve(root, sources[entry]), formats: [entry === 'background' ? 'es' : 'iife'], name: `taovault_${entry}`, fileName: () => `${entry}.js` },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
});
