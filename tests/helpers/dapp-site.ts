import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

/** Bundles tests/fixtures/dapp with Vite into a temp dir and returns its files as pages for serveStatic. */
export async function buildDappSite(): Promise<Record<string, { type: string; body: Buffer }>> {
  const root = resolve('tests/fixtures/dapp');
  const outDir = await mkdtemp(join(tmpdir(), 'taovault-dapp-'));
  try {
    await build({
      configFile: false,
      root,
      base: './',
      logLevel: 'warn',
      publicDir: false,
      build: { outDir, emptyOutDir: true, target: 'es2022', minify: false, reportCompressedSize: false },
    });
    const pages: Record<string, { type: string; body: Buffer }> = {};
    for (const file of await walk(outDir)) {
      const path = `/${relative(outDir, file).split('\\').join('/')}`;
      const ext = path.slice(path.lastIndexOf('.'));
      pages[path] = { type: TYPES[ext] ?? 'application/octet-stream', body: await readFile(file) };
    }
    pages['/'] = pages['/index.html']!;
    return pages;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
