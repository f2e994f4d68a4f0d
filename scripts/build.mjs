// Builds the unpacked extension into dist/ (or $TAOVAULT_OUT_DIR): one Vite build per manifest entry; the
// background's build writes manifest.json (scripts/manifest.ts). `--browser=firefox` builds the Firefox package
// from the same sources into dist-firefox/ (vite.config.ts reads TAOVAULT_BROWSER).
import { mkdir, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = process.cwd();
const browserArg = process.argv.find((a) => a.startsWith('--browser='))?.slice('--browser='.length) ?? 'chrome';
if (browserArg !== 'chrome' && browserArg !== 'firefox')
  throw new Error(`--browser: chrome or firefox, not ${browserArg}`);
process.env.TAOVAULT_BROWSER = browserArg;
const outDir = resolve(root, process.env.TAOVAULT_OUT_DIR ?? (browserArg === 'firefox' ? 'dist-firefox' : 'dist'));
process.env.TAOVAULT_OUT_DIR = outDir;
const entries = ['background', 'content', 'inpage', 'popup'];

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const started = Date.now();
for (const mode of entries) {
  await build({ configFile: resolve(root, 'vite.config.ts'), mode, logLevel: 'warn' });
}
await rename(resolve(outDir, 'index.html'), resolve(outDir, 'popup.html'));
console.log(`built ${outDir} (${browserArg}) in ${Date.now() - started} ms`);
