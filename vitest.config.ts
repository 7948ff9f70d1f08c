import { defineConfig } from 'vitest/config';

/**
 * Sized for a 2-core machine: two worker processes, each test file in its
 * own process. An embedded PGlite database takes ~4 s to start (longer when
 * both cores are busy), so hooks get a generous timeout.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    setupFiles: ['tests/setup/test-environment.ts'],
    globalSetup: ['tests/setup/announce-skips.ts'],
  },
});
