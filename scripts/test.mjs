// Runs every test: type check, lint, format check, unit tests (with the architecture test) (Vitest), then the build, the end-to-end tests in Chromium against the
// devnet, the real-runtime tier in Chromium against the real Subtensor runtime (spec 293 in Chopsticks), and the
// Firefox tier (the Firefox package in Firefox ESR on the real runtime), and the conformance tier (the same
// scenarios on the real runtime and on the devnet, compared).
// Ends with one plain line 'N passed, N failed, N skipped' over all of them; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve('artifacts');
mkdirSync(out, { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const counts = { passed: 0, failed: 0, skipped: 0 };
let status = 0;

function vitest(label, args) {
  const file = resolve(out, `${label}-results.json`);
  const code = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
    counts.skipped += r.numPendingTests + r.numTodoTests;
    if (r.numTotalTests === 0) status = 1;
  } catch {
    counts.failed += 1;
  }
  if (code !== 0) status = code;
}

if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.error('type check failed');
  status = 1;
}
// The rules checked by tools: ESLint (typescript-eslint) and Prettier; the architecture test runs with the units.
if (run('npx', ['eslint', '.']) !== 0) {
  console.error('lint failed');
  status = 1;
}
if (run('npx', ['prettier', '--check', '.']) !== 0) {
  console.error('format check failed');
  status = 1;
}
vitest('unit', []);
if (run('node', ['scripts/build.mjs']) !== 0) status = 1;
else {
  vitest('e2e', ['--config', 'tests/vitest.e2e.config.ts']);
  // The real Subtensor runtime (spec 293) in Chopsticks: the judge for everything it has.
  vitest('real', ['--config', 'tests/vitest.real.config.ts']);
}
// The Firefox tier: dist-firefox/ in Debian Firefox ESR (WebDriver BiDi) against the real runtime.
if (run('node', ['scripts/build.mjs', '--browser=firefox']) !== 0) status = 1;
else vitest('firefox', ['--config', 'tests/vitest.firefox.config.ts']);
vitest('conformance', ['--config', 'tests/vitest.conformance.config.ts']);

console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(status);
