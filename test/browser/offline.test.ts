import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appOrigin, cspViolations, hashFields, launchBrowser, markerFor, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
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

test('a markers painter that cannot load is named in the banner, once, while the rest of the page works', async () => {
  const app = await openApp(browser, {
    prepare: async (context) => {
      await context.route('**/assets/circleworker-*.js', (route) => route.fulfill({ status: 404, body: '' }));
      // Slow data: the painter fails before the map that would use it exists.
      await context.route('**/geo/claims.json', async (route) => {
        await new Promise((done) => setTimeout(done, 400));
        await route.fallback();
      });
    },
  });
  const { page } = app;
  const banner = page.getByRole('alert');
  expect(await banner.textContent()).toContain('The place markers could not be drawn');
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.locator('#places').getByRole('button', { name: 'Brega', exact: true }).click();
  await expect.poll(async () => (await hashFields(page))['place']).toBe('brega');
  expect(await page.locator('#panel').textContent()).toContain('Brega');
  expect((await banner.locator('li').allTextContents()).filter((m) => m.includes('markers'))).toHaveLength(1);
  await app.close();
});
