import { readFile } from 'node:fs/promises';
import { check } from '@placemarkio/check-geojson';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyse } from '../../src/core/analysis.ts';
import { CLAIM_COLUMNS, claimsCsv } from '../../src/core/claimtable.ts';
import { serialize, snapshotCollection } from '../../src/core/export.ts';
import type { Day } from '../../src/core/types.ts';
import { printed } from '../cli/cli.ts';
import { readCsv } from '../core/rfc4180.ts';
import { launchBrowser, openApp, prepareData } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What `frontline export …` prints: the CLI is the reference the viewer's download must equal. */
const cli = (...args: string[]): Promise<string> => printed('export', ...args);

async function download(page: Page, item: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('the Export menu opens from the keyboard, moves with the arrows and closes with Escape', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const button = app.page.getByRole('button', { name: 'Export' });
  const menu = app.page.getByRole('menu', { name: 'Export' });
  const focusedText = () => app.page.evaluate(() => document.activeElement?.textContent ?? '');
  await button.focus();
  await app.page.keyboard.press('Enter');
  expect(await menu.isVisible()).toBe(true);
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  expect(await focusedText()).toBe('Snapshot of 30 March 2011 (GeoJSON)');
  await app.page.keyboard.press('ArrowDown');
  expect(await focusedText()).toBe('Full timeline (GeoJSON)');
  await app.page.keyboard.press('ArrowUp');
  await app.page.keyboard.press('ArrowUp');
  expect(await focusedText()).toBe('Claims (CSV)');
  await app.page.keyboard.press('Escape');
  expect(await menu.isVisible()).toBe(false);
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
  await app.close();
});

test('a menu item chosen with the keyboard downloads its file', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  await app.page.getByRole('button', { name: 'Export' }).focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowDown');
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('frontline-timeline.geojson');
  await app.close();
});

const EXPORTS = [
  { item: /^Snapshot/, name: 'frontline-snapshot-2011-03-30.geojson', args: ['snapshot', '--date', '2011-03-30'] },
  { item: /^Full timeline/, name: 'frontline-timeline.geojson', args: ['timeline'] },
  { item: /^Mentions/, name: 'frontline-mentions.geojson', args: ['mentions'] },
];

for (const { item, name, args } of EXPORTS) {
  test(`${name} is valid GeoJSON, byte for byte what the CLI prints`, async () => {
    const app = await openApp(browser, { hash: '#day=2011-03-30' });
    const [file, expected] = await Promise.all([download(app.page, item), cli(...args)]);
    expect(file.name).toBe(name);
    expect(() => check(file.text)).not.toThrow();
    expect(file.text).toBe(expected);
    expect(app.errors).toEqual([]);
    await app.close();
  });
}

/** Records the media type of every Blob the page turns into an object URL, i.e. of every download it offers. */
async function recordBlobTypes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const types: string[] = [];
    Object.defineProperty(window, '__blobTypes', { value: types });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) types.push(blob.type);
      return create(blob);
    };
  });
}

test('Claims (CSV) downloads text/csv, byte for byte what the CLI prints, one record per claim', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30', prepare: recordBlobTypes });
  const [file, expected, prepared] = await Promise.all([
    download(app.page, /^Claims \(CSV\)$/),
    cli('claims', '--format', 'csv'),
    prepareData(),
  ]);
  expect(file.name).toBe('frontline-claims.csv');
  expect(file.text).toBe(expected);
  expect(await app.page.evaluate(() => (window as unknown as { __blobTypes: string[] }).__blobTypes)).toEqual([
    'text/csv;charset=utf-8',
  ]);
  const [header, ...records] = readCsv(file.text.replace(/^\uFEFF/, ''));
  expect(header).toEqual([...CLAIM_COLUMNS]);
  expect(records).toHaveLength(prepared.dataset.claims.length);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('the GeoJSON downloads are offered as application/geo+json', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30', prepare: recordBlobTypes });
  await download(app.page, /^Full timeline/);
  expect(await app.page.evaluate(() => (window as unknown as { __blobTypes: string[] }).__blobTypes)).toEqual([
    'application/geo+json',
  ]);
  await app.close();
});

test('with one source chosen, the claims CSV holds that source’s claims alone', async () => {
  const prepared = await prepareData();
  const only = prepared.dataset.sources[0]!.id;
  const app = await openApp(browser, { hash: `#day=2011-03-30&sources=${only}` });
  const file = await download(app.page, /^Claims \(CSV\)$/);
  expect(file.text).toBe(claimsCsv(analyse(prepared, { sources: new Set([only]) })));
  const sourceColumn = CLAIM_COLUMNS.indexOf('source');
  expect(new Set(readCsv(file.text.replace(/^\uFEFF/, '')).slice(1).map((r) => r[sourceColumn]))).toEqual(new Set([only]));
  await app.close();
});

test('with one source chosen, the snapshot is made from that source alone', async () => {
  const prepared = await prepareData();
  const only = prepared.dataset.sources[0]!.id;
  const day = '2011-03-30' as Day;
  const expected = serialize(snapshotCollection(analyse(prepared, { sources: new Set([only]) }), day));
  const app = await openApp(browser, { hash: `#day=${day}&sources=${only}` });
  const file = await download(app.page, /^Snapshot/);
  expect(file.text).toBe(expected);
  expect((JSON.parse(file.text) as { frontline: { sources: string[] } }).frontline.sources).toEqual([only]);
  await app.close();
});
