import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyse, prepare } from '../../src/core/analysis.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { ARTIFACTS, hashFields, launchBrowser, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The core's answer for the shipped data: every front id over the whole domain, and the number of days. */
async function expected(): Promise<{ fronts: string[]; days: number }> {
  const geo = resolve(import.meta.dirname, '../../geo');
  const { dataset } = await loadDataset((path) => readFile(resolve(geo, path), 'utf8').catch(() => null));
  const analysis = analyse(prepare(dataset));
  return { fronts: [...new Set(analysis.fronts.flatMap((d) => d.fronts.map((f) => f.id)))], days: analysis.fronts.length };
}

test('the chart draws one line per front, each named in its legend', async () => {
  const { fronts } = await expected();
  const app = await openApp(browser);
  const drawn = await app.page.locator('#chart [data-front]').evaluateAll((els) => els.map((el) => el.getAttribute('data-front')));
  await app.page.locator('#chart').screenshot({ path: resolve(ARTIFACTS, 'chart.png') });
  expect(fronts.length).toBeGreaterThan(0);
  expect(drawn.sort()).toEqual([...fronts].sort());
  expect(await app.page.locator('#chart .chart-legend li').count()).toBe(fronts.length + 1);
  await app.close();
});

test('clicking a day in the chart sets the date slider to that day', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31' });
  await app.page.locator('#chart rect[data-day="2011-03-28"]').click();
  const slider = app.page.getByRole('slider', { name: 'Date' });
  await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('28 March 2011');
  await screenshot(app.page, 'chart-day-28');
  await app.close();
});

test('clicking a claim dot picks the day of its column too', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-27' });
  const dot = app.page.locator('#chart circle.chart-claim').last();
  const day = await dot.getAttribute('data-day');
  await dot.click();
  expect(day).not.toBe('2011-03-27');
  await expect.poll(async () => (await hashFields(app.page))['day']).toBe(day);
  await app.close();
});

test('a day change moves the marker and leaves the chart drawn as it was', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31' });
  const { page } = app;
  const svg = await page.locator('#chart svg.chart-svg').elementHandle();
  const x = (): Promise<string | null> => page.locator('#chart .chart-day').getAttribute('x1');
  const before = await x();
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(x).not.toBe(before);
  expect(await svg?.evaluate((el) => el.isConnected)).toBe(true);
  await app.close();
});

test('the chart has a title, a description and a table of the front by day for screen readers', async () => {
  const { days } = await expected();
  const app = await openApp(browser);
  const chart = app.page.locator('#chart');
  expect(await chart.locator('svg > title').textContent()).toMatch(/km from Benghazi/);
  expect(await chart.locator('svg > desc').textContent()).toMatch(/Eastern front: km \d+/);
  expect(await chart.locator('table tbody tr').count()).toBe(days);
  expect(await chart.textContent()).toContain('km from Benghazi');
  await app.close();
});
