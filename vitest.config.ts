import { defineConfig } from 'vitest/config';
import NodeFirstSequencer from './test/sequencer.ts';

export default defineConfig({
  test: {
    // Both cores: the Node tests run beside the browser tests, which spend much of their time waiting on Chromium.
    maxWorkers: 2,
    sequence: { sequencer: NodeFirstSequencer },
    projects: [
      {
        test: {
          // Everything but the browser tests runs in Node: core, cli, bench helpers.
          name: 'core',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          // The Node tests share no state through modules (src/core is pure; the rest keeps its state local), so a
          // worker keeps the modules it has loaded from one file to the next instead of importing them all again.
          isolate: false,
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
          // As the Node tests: each file launches and closes its own Chromium, and what the files import (Playwright,
          // the CLI, the core) is loaded once per worker rather than once per file (the browser project took 192 s
          // against 202 s here, back to back).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
