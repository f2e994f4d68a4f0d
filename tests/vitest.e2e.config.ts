import { defineConfig } from 'vitest/config';

// End-to-end tests: the built dist/ loaded into Debian Chromium with Playwright. One file at a time
// (each launches a browser; the machine has two cores).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
