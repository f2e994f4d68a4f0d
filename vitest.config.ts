import { defineConfig } from 'vitest/config';

// Unit tests: beside the code in src/ and devnet/. End-to-end tests have their own config (tests/).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'devnet/**/*.test.ts', 'tests/architecture.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
