import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Compares the two PGlite paths of every prepared call (test/prepared-paths-setup.ts); off by default.
    setupFiles: process.env.MUP_COMPARE_PREPARED ? ['test/prepared-paths-setup.ts'] : [],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    env: { NODE_ENV: 'test' },
  },
});
