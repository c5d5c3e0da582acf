import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Both cores: the Node tests run beside the browser tests, which spend much of their time waiting on Chromium.
    maxWorkers: 2,
    projects: [
      {
        test: {
          // Everything but the browser tests runs in Node: core, cli, bench helpers.
          name: 'core',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // Builds the app once, serves dist/ on 127.0.0.1 and drives headless Chromium against it.
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/setup.ts'],
          // One browser file at a time (side by side, the importer's timing-dependent flows raced under load); the
          // Node tests run beside them on the other worker.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
