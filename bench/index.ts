// `npm run bench`: prints JSON figures and writes them to bench/results.json (the README quotes them).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSizes } from './bundle-sizes.ts';
import { benchPopupOpen } from './popup-open.ts';

const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  bundleBytes: bundleSizes(resolve('dist')),
  popupOpen: await benchPopupOpen(Number(process.env.BENCH_OPENS ?? 20)),
};
const json = JSON.stringify(results, null, 2);
writeFileSync(resolve('bench/results.json'), `${json}\n`);
console.log(json);
