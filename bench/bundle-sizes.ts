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
  const assets = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dist, 'assets', f));
  // What opening the popup loads before its first screen: popup.html's module script and its preloaded imports
  // (the other screens are separate chunks, loaded when first opened).
  const html = readFileSync(join(dist, 'popup.html'), 'utf8');
  const firstOpen = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => join(dist, m[1]!));
  return {
    popup: size(assets),
    popupFirstOpen: size(firstOpen),
    background: size([join(dist, 'background.js')]),
    content: size([join(dist, 'content.js')]),
    inpage: size([join(dist, 'inpage.js')]),
  };
}
