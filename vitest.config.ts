import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs its files in parallel (seconds); "site" builds the real site once
// (global setup, which prints progress) and runs build and browser tests against it one file at
// a time, since each of them is a heavy process on a 2-core machine.
export default defineConfig({
  test: {
    // One line per finished test file, also when the output is not a terminal (CI, logs).
    reporters: [['default', { summary: false }]],
    projects: [
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
