import { defineConfig } from 'vitest/config';

// Conformance: the same scenarios on the real Subtensor runtime (spec 293 in Chopsticks) and on the devnet, compared
// as a client sees them. One file at a time (each starts both chains; the machine has two cores), generous timeouts
// (the real runtime builds a block in ~0.5-1 s).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/conformance/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
