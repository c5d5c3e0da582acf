import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Both cores: the browser tests spend much of their time waiting on Chromium, the Node tests on their own work.
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
          // Each file drives its own Chromium against the one built app, so files can run side by side.
          fileParallelism: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
