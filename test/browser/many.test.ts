/**
 * Many sources: the repo's four articles, each listed again under other outlets, so the page has thirty switches.
 * The switches fold into a menu that says how many are on, and the map keeps the height it has with four.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { launchBrowser, openApp, screenshot } from './browser.ts';

const COPIES = 26;
let browser: Browser;
let geo: string;

async function manySources(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-many-'));
  await cp('geo', dir, { recursive: true });
  const path = join(dir, 'sources/manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as { sources: Record<string, unknown>[] };
  const originals = [...manifest.sources];
  for (let i = 0; i < COPIES; i++) {
    const source = originals[i % originals.length]!;
    manifest.sources.push({ ...source, id: `copy-${i}-${String(source['id'])}`, outlet: `Wire ${i + 1}`, byline: null });
  }
  await writeFile(path, JSON.stringify(manifest, null, 2));
  return dir;
}

beforeAll(async () => {
  geo = await manySources();
  expect((await loadDataset(folderReader(geo))).problems).toEqual([]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(geo, { recursive: true, force: true });
});

const mapHeight = (page: Page): Promise<number> => page.evaluate(() => window.__frontline!.map.getSize().y);

test('thirty sources fold into a menu that says how many are on, and the map keeps its height', async () => {
  const four = await openApp(browser);
  const expected = await mapHeight(four.page);
  await four.close();
  const app = await openApp(browser, { geo });
  const { page } = app;
  const summary = page.locator('#sources summary');
  expect(await summary.textContent()).toBe(`Sources: all ${4 + COPIES} on`);
  expect(await page.locator('#sources').getByRole('checkbox').first().isVisible()).toBe(false);
  expect(Math.abs((await mapHeight(page)) - expected)).toBeLessThanOrEqual(2);
  await summary.click();
  const boxes = page.locator('#sources').getByRole('checkbox');
  expect(await boxes.count()).toBe(4 + COPIES);
  expect(await boxes.last().isVisible()).toBe(true);
  await screenshot(page, 'many-sources-menu');
  // The menu lies over the map: opening it moves nothing.
  expect(Math.abs((await mapHeight(page)) - expected)).toBeLessThanOrEqual(2);
  await page.locator('#sources').getByRole('button', { name: 'Only Wire 3, 31 Mar' }).click();
  expect(await summary.textContent()).toBe(`Sources: 1 of ${4 + COPIES} on`);
  await page.keyboard.press('Escape');
  expect(await boxes.first().isVisible()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  await app.close();
});
