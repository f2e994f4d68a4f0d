import { defineConfig } from 'vitest/config';

// The Firefox tier: the built dist-firefox/ in Debian Firefox ESR (WebDriver BiDi, puppeteer-core) against the
// real Subtensor runtime (spec 293) in Chopsticks, the same seeded chain as the real tier (its global setup).
// Files one at a time (each launches a browser; the machine has two cores).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/real/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
