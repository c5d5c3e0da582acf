import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { launchBrowser, markerFor, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function copyOfGeo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-baddata-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await cp('geo', dir, { recursive: true });
  return dir;
}

const bannerLines = (page: Page): Promise<string[]> => page.getByRole('alert').locator('li').allTextContents();

test('a gazetteer feature with swapped coordinates is named in the banner, and every other place is drawn', async () => {
  const dir = await copyOfGeo();
  const path = join(dir, 'gazetteer.geojson');
  const gazetteer = JSON.parse(await readFile(path, 'utf8')) as {
    features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
  };
  const tobruk = gazetteer.features.findIndex((f) => f.properties.id === 'tobruk');
  gazetteer.features[tobruk]!.geometry.coordinates.reverse();
  await writeFile(path, JSON.stringify(gazetteer));

  const app = await openApp(browser, { geo: dir, hash: '#day=2011-03-30' });
  expect(await bannerLines(app.page)).toEqual([
    `gazetteer.geojson: feature ${tobruk} (id "tobruk"): geometry.coordinates: [32.08963, 23.95385] lies outside Libya ` +
      '(lon 9–26, lat 19–34); looks like [lat, lon]; GeoJSON wants [lon, lat]',
  ]);
  await expect(markerFor(app.page, 'tobruk')).rejects.toThrow('no marker for "tobruk"');
  expect((await markerFor(app.page, 'Brega')).state).toBe('government');
  expect((await markerFor(app.page, 'Derna')).name).toBe('Derna');
  expect(await app.page.locator('#places .place-row').count()).toBe(gazetteer.features.length - 1);
  expect(app.errors).toEqual([]);
  await screenshot(app.page, 'baddata-gazetteer');
  await app.close();
});

test('a source that is not UTF-8 is named in the banner with the offset of its first bad byte, and the others are read', async () => {
  const dir = await copyOfGeo();
  const file = join(dir, 'sources/000_1e5c581d3682f255.txt');
  const bytes = await readFile(file);
  // A Latin-1 é where the file has its first "e".
  const at = bytes.indexOf('e');
  bytes[at] = 0xe9;
  await writeFile(file, bytes);

  const app = await openApp(browser, { geo: dir });
  const lines = await bannerLines(app.page);
  expect(lines[0]).toBe(
    `sources/000_1e5c581d3682f255.txt: source "bt-2011-04-01": not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8`,
  );
  // Its claims lose their source; the claims of the other three sources still draw Brega.
  const rest = lines.slice(1).filter((line) => !/^and \d+ more$/.test(line));
  expect(rest.length).toBeGreaterThan(0);
  for (const line of rest) expect(line).toMatch(/^claims\.json: claim \d+ \(id "[\w-]+"\): (before\.)?source: unknown source "bt-2011-04-01"$/);
  expect((await markerFor(app.page, 'Brega')).state).not.toBe('no-report');
  expect(app.errors).toEqual([]);
  await app.close();
});
