import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs in a second; "site" builds the real site once (global setup) and
// runs build and browser tests against it. Files run one at a time (2-core machines).
export default defineConfig({
  test: {
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          fileParallelism: false,
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
