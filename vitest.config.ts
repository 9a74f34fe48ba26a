import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build and browser suites build the site; they run one file at a time (2-core machines).
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
