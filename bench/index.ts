// `npm run bench`: prints JSON figures and writes them to bench/results.json (the README quotes them).
// `BENCH_ONLY=keyfile,popupOpen npm run bench` runs some sections and keeps the others' last figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { bundleSizes } from './bundle-sizes.ts';
import { benchKeyfile } from './keyfile.ts';
import { benchPopupOpen } from './popup-open.ts';

/** One entry per figure group; add a line here for a new group. */
const sections: Record<string, () => unknown> = {
  bundleBytes: () => bundleSizes(resolve('dist')),
  popupOpen: () => benchPopupOpen(Number(process.env.BENCH_OPENS ?? 40)),
  workerStart: async () => (await import('./worker-start.ts')).benchWorkerStart(),
  coldOpen: async () => (await import('./cold-open.ts')).benchColdOpen(),
  keyfile: () => benchKeyfile(),
  devnet: async () => (await import('./devnet.ts')).benchDevnet(),
  yield: async () => (await import('./yield.ts')).benchYield(),
  portfolio: async () => (await import('./portfolio.ts')).benchPortfolio(),
  load: async () => (await import('./load.ts')).benchLoad(),
  validators: async () => (await import('./validators.ts')).benchValidators(),
  realRuntime: async () => (await import('./real.ts')).benchReal(),
};

const file = resolve('bench/results.json');
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
const results: Record<string, unknown> = {
  ...previous,
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
};
for (const [name, run] of Object.entries(sections)) {
  if (only && !only.includes(name)) continue;
  results[name] = await run();
  console.error(`bench: ${name} done`);
}
const json = JSON.stringify(results, null, 2);
writeFileSync(file, `${json}\n`);
console.log(json);
