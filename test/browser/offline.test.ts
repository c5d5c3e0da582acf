import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateGeo, QUICK } from '../../bench/generate.ts';
import { sentencesOf } from '../../bench/prose.ts';
import { DEFAULT_GEO_DIR, folderReader } from '../../src/cli/files.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { analyse, frontlineAt } from '../../src/core/analysis.ts';
import { CONTROL_COLOURS } from '../../src/core/palette.ts';
import type { Day } from '../../src/core/types.ts';
import {
  appOrigin, cspViolations, hashFields, launchBrowser, mapPixel, markerFor, markerPixel, openApp, paintedAs, prepareData,
  screenshot,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('with the network cut off the app loads with no console error and no failed request', async () => {
  const app = await openApp(browser);
  expect(await app.page.evaluate(() => document.documentElement.dataset['basemap'])).toBe('loaded');
  expect(app.errors).toEqual([]);
  expect(app.failed).toEqual([]);
  expect(await cspViolations(app.page)).toEqual([]);
  await screenshot(app.page, 'offline-default');
  await app.close();
});

test('every request stays on the machine, and the OpenStreetMap layer is off until chosen', async () => {
  const app = await openApp(browser);
  expect(app.requests.length).toBeGreaterThan(5);
  expect(app.requests.filter((url) => !url.startsWith(appOrigin()) && !url.startsWith('data:'))).toEqual([]);
  const osm = app.page.getByLabel('OpenStreetMap tiles (online)');
  expect(await osm.isChecked()).toBe(false);
  await app.close();
});

test('choosing the OpenStreetMap layer asks the tile server only, and credits OpenStreetMap', async () => {
  const app = await openApp(browser);
  await app.page.locator('.leaflet-control-layers').hover();
  await app.page.getByLabel('OpenStreetMap tiles (online)').check();
  await app.page.waitForFunction(() => document.querySelector('.leaflet-tile') !== null);
  const away = (): string[] => app.failed.filter((line) => !line.startsWith(appOrigin()));
  await expect.poll(() => away().length).toBeGreaterThan(0);
  expect(away().every((line) => line.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
  expect(await app.page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
  expect(await cspViolations(app.page)).toEqual([]);
  await app.close();
});

test('a broken data file is named in the banner, as text, while the rest is drawn', async () => {
  const app = await openApp(browser, {
    prepare: async (context) => {
      await context.route('**/geo/claims.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"claims": [{"id": "<img src=x onerror=alert(1)>"}]}' }),
      );
    },
  });
  const banner = app.page.getByRole('alert');
  expect(await banner.isVisible()).toBe(true);
  expect(await banner.textContent()).toContain('claims.json');
  expect(await banner.textContent()).toContain('<img src=x onerror=alert(1)>');
  expect(await app.page.locator('img[src="x"]').count()).toBe(0);
  expect((await markerFor(app.page, 'Brega')).state).toBe('no-report');
  expect(app.errors).toEqual([]);
  await screenshot(app.page, 'offline-broken-claims');
  await app.close();
});

test('a missing source file is named in the banner while the other sources are drawn', async () => {
  const app = await openApp(browser, {
    prepare: async (context) => {
      await context.route('**/geo/sources/000_*.txt', (route) => route.fulfill({ status: 404, body: 'not found' }));
    },
  });
  const text = await app.page.getByRole('alert').textContent();
  expect(text).toMatch(/sources\/000_\w+\.txt/);
  expect(text).toContain('file not found');
  expect(await app.page.evaluate(() => document.documentElement.dataset['drawn'])).toBe('1');
  await app.close();
});

test('a missing basemap leaves the data drawn and says so in the banner', async () => {
  const app = await openApp(browser, {
    prepare: async (context) => {
      await context.route('**/basemap.geojson', (route) => route.fulfill({ status: 404, body: '' }));
    },
  });
  expect(await app.page.evaluate(() => document.documentElement.dataset['basemap'])).toBe('failed');
  expect(await app.page.getByRole('alert').textContent()).toContain('basemap.geojson');
  expect((await markerFor(app.page, 'Sirte')).name).toBe('Sirte');
  await app.close();
});

/** Refuses the painting worker's script, and slows the data so the worker fails before the map that uses it exists. */
async function refuseWorker(context: BrowserContext): Promise<void> {
  await context.route('**/assets/mapworker-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await context.route('**/geo/claims.json', async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.fallback();
  });
}

test('a small map never loads the painting worker: the page paints it, markers, highway, day changes', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-28', prepare: refuseWorker });
  const { page } = app;
  expect(app.requests.filter((url) => url.includes('mapworker'))).toEqual([]);
  expect(paintedAs(await markerPixel(page, 'Ras Lanuf'), CONTROL_COLOURS.rebel, 14)).toBe(true);
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect.poll(async () => (await hashFields(page))['day']).toBe('2011-03-31');
  expect(paintedAs(await markerPixel(page, 'Ras Lanuf'), CONTROL_COLOURS.government, 14)).toBe(true);
  const held = frontlineAt(analyse(await prepareData()), '2011-03-31' as Day).segments.find((s) => s.control === 'government')!;
  const middle = held.coordinates[held.coordinates.length >> 1]!;
  expect(paintedAs(await mapPixel(page, middle), CONTROL_COLOURS.government, 30)).toBe(true);
  expect(await page.getByRole('alert').count()).toBe(0);
  await app.close();
});

test('a small map is painted in the task that changes the day, before any worker could answer', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-28' });
  const { page } = app;
  const ras = await markerFor(page, 'Ras Lanuf');
  expect(paintedAs(await markerPixel(page, 'Ras Lanuf'), CONTROL_COLOURS.rebel, 14)).toBe(true);
  // Three days on, in one task of the page: the input, then the marker's pixel read after the task's microtasks.
  const pixel = await page.evaluate(async ({ x, y }) => {
    const slider = document.getElementById('date-slider') as HTMLInputElement;
    slider.value = String(Number(slider.value) + 3);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    await Promise.resolve();
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.map-canvas')!;
    const box = canvas.getBoundingClientRect();
    const px = Math.floor(((x - box.left) * canvas.width) / box.width);
    const py = Math.floor(((y - box.top) * canvas.height) / box.height);
    return [...canvas.getContext('2d')!.getImageData(px, py, 1, 1).data];
  }, ras.clientPoint);
  expect(paintedAs(pixel, CONTROL_COLOURS.government, 14)).toBe(true);
  await app.close();
});

test('when the painting worker of a large map cannot load, the page paints every picture itself', async () => {
  const { dataset } = await loadDataset(folderReader(DEFAULT_GEO_DIR));
  const dir = await mkdtemp(join(tmpdir(), 'frontline-large-'));
  try {
    // Past the size a page paints itself (1,000 circles), the worker paints every picture after the first.
    const sizes = { ...QUICK, places: 1_200, highwayPlaces: 1_200, claims: 2_400, latinBytes: 20_000, arabicBytes: 10_000, fileBytes: 20_000 };
    const geo = (await generateGeo(dir, sizes, sentencesOf(dataset.sources.map((s) => s.text)))).map;
    const app = await openApp(browser, { geo, prepare: refuseWorker });
    const { page } = app;
    expect(app.failed.some((url) => url.includes('mapworker'))).toBe(true);
    const picture = (): Promise<string> => page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.map-canvas')!.toDataURL());
    const first = await picture();
    // Two months back: hundreds of the places change state.
    await page.evaluate(() => {
      const slider = document.getElementById('date-slider') as HTMLInputElement;
      slider.value = String(Number(slider.value) - 60);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.evaluate(() => window.__frontline!.canvasDrawn());
    expect(await page.evaluate(() => window.__frontline!.restyled())).toBeGreaterThan(50);
    expect(await picture()).not.toBe(first);
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a map that cannot be painted at all is named in the banner, once, while the rest of the page works', async () => {
  const app = await openApp(browser, {
    prepare: async (context) => {
      await refuseWorker(context);
      // No 2D canvas off the page either: the page's own painter fails too.
      await context.addInitScript(() => {
        const getContext = OffscreenCanvas.prototype.getContext;
        OffscreenCanvas.prototype.getContext = function (this: OffscreenCanvas, ...args: Parameters<typeof getContext>) {
          return args[0] === '2d' ? null : getContext.apply(this, args);
        } as typeof getContext;
      });
    },
  });
  const { page } = app;
  const banner = page.getByRole('alert');
  expect(await banner.textContent()).toContain('could not be drawn');
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.locator('#places').getByRole('button', { name: 'Brega', exact: true }).click();
  await expect.poll(async () => (await hashFields(page))['place']).toBe('brega');
  expect(await page.locator('#panel').textContent()).toContain('Brega');
  expect((await banner.locator('li').allTextContents()).filter((m) => m.includes('could not be drawn'))).toHaveLength(1);
  await app.close();
});
