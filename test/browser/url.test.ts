import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyse } from '../../src/core/analysis.ts';
import { hashFields, launchBrowser, markerFor, openApp, prepareData, spoken, waitForApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dateText = (page: Page): Promise<string | null> =>
  page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext');

const mapView = (page: Page) =>
  page.evaluate(() => {
    const map = window.__frontline!.map;
    return { lat: map.getCenter().lat, lng: map.getCenter().lng, zoom: map.getZoom() };
  });

test('a view named in the URL is shown, and a reload shows the same view', async () => {
  const { dataset } = await prepareData();
  const two = dataset.sources.slice(0, 2).map((s) => s.id).sort();
  const hash = `#day=2011-03-29&place=brega&sources=${two.join(',')}&map=31/18.5/8`;
  const app = await openApp(browser, { hash });
  const check = async (): Promise<void> => {
    expect(await dateText(app.page)).toBe(spoken('2011-03-29'));
    expect(await hashFields(app.page)).toEqual({ day: '2011-03-29', place: 'brega', sources: two.join(','), map: '31/18.5/8' });
    // Leaflet snaps the view to whole pixels: at zoom 8 one is about 0.005 degrees.
    const view = await mapView(app.page);
    expect(view.zoom).toBe(8);
    expect(view.lat).toBeCloseTo(31, 2);
    expect(view.lng).toBeCloseTo(18.5, 2);
    expect((await markerFor(app.page, 'brega')).selected).toBe(true);
  };
  await check();
  await app.page.reload();
  await waitForApp(app.page);
  await check();
  expect(app.errors).toEqual([]);
  await app.close();
});

test('malformed or hostile parameters fall back to the defaults, with no error and nothing run', async () => {
  const { timeline } = analyse(await prepareData());
  const hostile = [
    'day=2011-02-30',
    `place=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    `sources=${encodeURIComponent('<script>alert(1)</script>')}`,
    'map=NaN/Infinity/99',
    'reader=%E0%A4%A',
    'junk',
  ].join('&');
  const app = await openApp(browser, { hash: `#${hostile}` });
  const fields = await hashFields(app.page);
  expect(fields['day']).toBe(timeline.domain.end);
  expect(fields['place']).toBeUndefined();
  expect(fields['sources']).toBeUndefined();
  expect(fields['reader']).toBeUndefined();
  expect(fields['map']).toMatch(/^-?\d+(\.\d+)?\/-?\d+(\.\d+)?\/\d+$/);
  expect(await app.page.locator('img[src="x"]').count()).toBe(0);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a day outside the slider falls back to the default day', async () => {
  const { timeline } = analyse(await prepareData());
  const app = await openApp(browser, { hash: '#day=1999-01-01&place=sirte' });
  const fields = await hashFields(app.page);
  expect(fields['day']).toBe(timeline.domain.end);
  expect(fields['place']).toBe('sirte');
  await app.close();
});

test('a huge hash is ignored field by field without errors', async () => {
  const { timeline } = analyse(await prepareData());
  const app = await openApp(browser, { hash: `#day=${'2011-03-30'.repeat(20_000)}&place=${'b'.repeat(100_000)}` });
  const fields = await hashFields(app.page);
  expect(fields['day']).toBe(timeline.domain.end);
  expect(fields['place']).toBeUndefined();
  expect(app.errors).toEqual([]);
  await app.close();
});

test('Back and Forward move between the views the reader made', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-29' });
  await app.page.getByRole('button', { name: 'Next day' }).click();
  await app.page.waitForFunction(() => location.hash.includes('day=2011-03-30'));
  const brega = await markerFor(app.page, 'Brega');
  await app.page.mouse.click(brega.clientPoint.x, brega.clientPoint.y);
  await app.page.waitForFunction(() => location.hash.includes('place=brega'));

  await app.page.goBack();
  await app.page.waitForFunction(() => !location.hash.includes('place='));
  expect(await dateText(app.page)).toBe(spoken('2011-03-30'));
  expect((await markerFor(app.page, 'brega')).selected).toBe(false);

  await app.page.goBack();
  await app.page.waitForFunction(() => location.hash.includes('day=2011-03-29'));
  expect(await dateText(app.page)).toBe(spoken('2011-03-29'));

  await app.page.goForward();
  await app.page.goForward();
  await app.page.waitForFunction(() => location.hash.includes('place=brega'));
  expect(await dateText(app.page)).toBe(spoken('2011-03-30'));
  expect((await markerFor(app.page, 'brega')).selected).toBe(true);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a quick run of day changes is one history entry', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-25' });
  const length = await app.page.evaluate(() => history.length);
  const slider = app.page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  for (let i = 0; i < 4; i += 1) await slider.press('ArrowRight');
  await app.page.waitForFunction(() => location.hash.includes('day=2011-03-29'));
  expect(await app.page.evaluate(() => history.length)).toBe(length + 1);
  await app.page.goBack();
  await app.page.waitForFunction(() => location.hash.includes('day=2011-03-25'));
  expect(await dateText(app.page)).toBe(spoken('2011-03-25'));
  await app.close();
});

test('moving the map updates the URL without adding a history entry', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&map=31/18/7' });
  const length = await app.page.evaluate(() => history.length);
  await app.page.evaluate(() => window.__frontline!.map.setView([30.5, 19.5], 9));
  await app.page.waitForFunction(() => location.hash.includes('/9'));
  const [lat, lng, zoom] = ((await hashFields(app.page))['map'] ?? '').split('/').map(Number);
  expect(lat).toBeCloseTo(30.5, 2);
  expect(lng).toBeCloseTo(19.5, 2);
  expect(zoom).toBe(9);
  expect(await app.page.evaluate(() => history.length)).toBe(length);
  await app.close();
});
