// Builds the unpacked extension into dist/ (or $TAOVAULT_OUT_DIR): one Vite build per manifest entry,
// then writes dist/manifest.json with the source paths replaced by the built files.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = process.cwd();
const outDir = resolve(root, process.env.TAOVAULT_OUT_DIR ?? 'dist');
const entries = ['background', 'content', 'inpage', 'popup'];

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const started = Date.now();
for (const mode of entries) {
  await build({ configFile: resolve(root, 'vite.config.ts'), mode, logLevel: 'warn' });
}
await rename(resolve(outDir, 'index.html'), resolve(outDir, 'popup.html'));

const manifest = JSON.parse(await readFile(resolve(root, 'manifest.json'), 'utf8'));
manifest.action.default_popup = 'popup.html';
manifest.background.service_worker = 'background.js';
for (const script of manifest.content_scripts) script.js = [script.world === 'MAIN' ? 'inpage.js' : 'content.js'];
await writeFile(resolve(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`built ${outDir} in ${Date.now() - started} ms`);
