import { defineConfig } from 'vitest/config';

// Three projects: "unit" runs its files in parallel (seconds); "components" renders .astro
// components with Astro's Container API (test/components/vitest.config.ts); "site" builds the real site once
// (global setup, which prints progress) and runs build and browser tests against it one file at
// a time, since each of them is a heavy process on a 2-core machine.
export default defineConfig({
  test: {
    // One line per finished test file, also when the output is not a terminal (CI, logs).
    reporters: [['default', { summary: false }]],
    projects: [
      'test/components/vitest.config.ts',
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          pool: 'threads',
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/build-real-site.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
