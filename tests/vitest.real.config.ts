import { defineConfig } from 'vitest/config';

// The real-runtime tier: the built dist/ in Debian Chromium against the real Subtensor runtime (spec 293) in
// Chopsticks. One seeded chain for all files (global setup); files one at a time (each launches a browser).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/real/**/*.test.ts'],
    globalSetup: ['tests/real/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
