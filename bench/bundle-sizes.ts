import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function size(files: string[]) {
  const raw = files.reduce((n, f) => n + statSync(f).size, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { raw, gzip };
}

/** Bytes of JavaScript per entry of the built extension, raw and gzip. */
export function bundleSizes(dist: string) {
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'assets', f));
  return {
    popup: size(assets),
    background: size([join(dist, 'background.js')]),
    content: size([join(dist, 'content.js')]),
    inpage: size([join(dist, 'inpage.js')]),
  };
}
