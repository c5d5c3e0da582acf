import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { openApp } from './browser.ts';
import { candidates, launchBrowser, launchFirst } from './chromium.ts';

/** The version @sparticuz/chromium 147.0.0 ships. */
const PACKAGED = /^147\.0\.7727\./;

/** A folder holding a `chromium` that exits at once with a complaint, as a broken install would. */
function brokenChromiumDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-broken-chromium-'));
  writeFileSync(join(dir, 'chromium'), '#!/bin/sh\necho "this chromium is broken" >&2\nexit 1\n');
  chmodSync(join(dir, 'chromium'), 0o755);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function rejection(launch: Promise<unknown>): Promise<{ message: string; ms: number }> {
  const start = performance.now();
  const error = await launch.then(
    () => new Error('it launched'),
    (e: unknown) => e as Error,
  );
  return { message: error.message, ms: performance.now() - start };
}

test('a CHROMIUM_PATH that names no file fails at once, in one line that says what to do', async () => {
  const { message, ms } = await rejection(launchBrowser({ ...process.env, CHROMIUM_PATH: '/nonexistent' }));
  expect(message).toBe(
    'CHROMIUM_PATH=/nonexistent: no such file; set CHROMIUM_PATH to a Chromium or Chrome executable, or unset it',
  );
  expect(ms).toBeLessThan(2_000);
});

test('the Chromium that npm install brings (@sparticuz/chromium) starts and draws the app', async () => {
  const browser = await launchBrowser({ ...process.env, FRONTLINE_CHROMIUM: 'packaged' });
  onTestFinished(() => browser.close());
  expect(browser.version()).toMatch(PACKAGED);
  const app = await openApp(browser);
  expect(await app.page.locator('#date-slider').count()).toBe(1);
  expect(app.errors).toEqual([]);
  expect(app.failed).toEqual([]);
});

test('a system Chromium that cannot start is passed over for the packaged one', async () => {
  const browser = await launchBrowser({ ...process.env, PATH: brokenChromiumDir() });
  onTestFinished(() => browser.close());
  expect(browser.version()).toMatch(PACKAGED);
});

test('where no Chromium can start, the error is one line naming each one tried and how to get one', async () => {
  const dir = brokenChromiumDir();
  const { message } = await rejection(launchFirst(candidates({ PATH: dir }, 'darwin', 'arm64')));
  expect(message).not.toContain('\n');
  expect(message).toMatch(/^No Chromium could start \(/);
  expect(message).toContain(`${join(dir, 'chromium')}: this chromium is broken; `);
  expect(message).toContain('@sparticuz/chromium: it runs on Linux x64 only, not darwin arm64');
  expect(message).toMatch(/install Chromium or Google Chrome \(Debian\/Ubuntu: apt-get install chromium\), or set CHROMIUM_PATH to one$/);
});

test('the order is CHROMIUM_PATH alone where it is set, else the system browsers on PATH, then the packaged one', () => {
  const dir = brokenChromiumDir();
  writeFileSync(join(dir, 'google-chrome'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  writeFileSync(join(dir, 'chromium-browser'), 'not executable\n', { mode: 0o644 });
  const labels = (env: NodeJS.ProcessEnv) => candidates(env, 'linux', 'x64').map((c) => c.label);
  expect(labels({ PATH: dir })).toEqual([join(dir, 'chromium'), join(dir, 'google-chrome'), '@sparticuz/chromium']);
  expect(labels({ PATH: dir, CHROMIUM_PATH: '/opt/chrome', FRONTLINE_CHROMIUM: 'packaged' })).toEqual(['CHROMIUM_PATH=/opt/chrome']);
  expect(labels({ PATH: dir, FRONTLINE_CHROMIUM: 'packaged' })).toEqual(['@sparticuz/chromium']);
});

test('FRONTLINE_CHROMIUM takes only "packaged"', () => {
  expect(() => candidates({ FRONTLINE_CHROMIUM: 'system' })).toThrow(
    'FRONTLINE_CHROMIUM=system: expected "packaged" (or unset); found "system"',
  );
});
