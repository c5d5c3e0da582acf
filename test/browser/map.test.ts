import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyse, frontlineAt } from '../../src/core/analysis.ts';
import { CONTROL_COLOURS } from '../../src/core/palette.ts';
import { addDays } from '../../src/core/dates.ts';
import { pointAlong, roadOf } from '../../src/core/road.ts';
import { stateAt } from '../../src/core/timeline.ts';
import type { Day } from '../../src/core/types.ts';
import {
  canvasPixel, hashFields, launchBrowser, mapPixel, markerFor, markerPixel, openApp, paintedAs, prepareData, screenshot,
} from './browser.ts';

const SIX_TOWNS = ['Benghazi', 'Ajdabiya', 'Brega', 'Ras Lanuf', 'Sirte', 'Misrata'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the six towns are drawn on the map and labelled by name', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const size = await app.page.evaluate(() => window.__frontline!.map.getSize());
  for (const name of SIX_TOWNS) {
    const marker = await markerFor(app.page, name);
    expect(marker.containerPoint.x).toBeGreaterThan(0);
    expect(marker.containerPoint.x).toBeLessThan(size.x);
    expect(marker.containerPoint.y).toBeGreaterThan(0);
    expect(marker.containerPoint.y).toBeLessThan(size.y);
    const label = app.page.locator('.leaflet-tooltip.town-label', { hasText: new RegExp(`^${name}$`) });
    expect(await label.count()).toBe(1);
    expect(await label.isVisible()).toBe(true);
  }
  await screenshot(app.page, 'map-2011-03-30');
  await app.close();
});

test.each([
  ['28 March', 'the rebels', '2011-03-28', 'rebel'],
  ['31 March', 'the government', '2011-03-31', 'government'],
] as const)('on %s Ras Lanuf and Bin Jawad are drawn as held by %s', async (_date, _words, day, side) => {
  const app = await openApp(browser, { hash: `#day=${day}` });
  for (const name of ['Ras Lanuf', 'Bin Jawad']) {
    const marker = await markerFor(app.page, name);
    expect(marker.state).toBe(side);
    expect(marker.fillColor).toBe(CONTROL_COLOURS[side]);
    expect(paintedAs(await markerPixel(app.page, name), CONTROL_COLOURS[side], 14)).toBe(true);
  }
  await screenshot(app.page, `map-${day}`);
  await app.close();
});

test('on a screen of two device pixels to the pixel, each town is painted at its own place, in its colour', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-28', deviceScaleFactor: 2 });
  expect(await app.page.evaluate(() => window.devicePixelRatio)).toBe(2);
  for (const name of ['Ras Lanuf', 'Bin Jawad', 'Brega']) {
    const marker = await markerFor(app.page, name);
    expect(paintedAs(await markerPixel(app.page, name), marker.fillColor, 14), name).toBe(true);
  }
  await screenshot(app.page, 'map-2011-03-28-dpr2');
  await app.close();
});

test('on 31 March the front lies between Ajdabiya and Brega, labelled with its km and how it moved', async () => {
  const prepared = await prepareData();
  const analysis = analyse(prepared);
  const before = frontlineAt(analysis, '2011-03-30' as Day).fronts.find((f) => f.id === 'east');
  const app = await openApp(browser, { hash: '#day=2011-03-31' });
  const front = (await app.page.evaluate(() => window.__frontline!.fronts())).find((f) => f.id === 'east');
  expect(front).toBeDefined();
  expect(front!.km).toBeGreaterThanOrEqual(prepared.km.get('ajdabiya')!.km);
  expect(front!.km).toBeLessThanOrEqual(prepared.km.get('brega')!.km);
  const moved = Math.round(front!.km - before!.km);
  const words = moved === 0 ? 'no move' : `moved ${Math.abs(moved)} km ${moved > 0 ? 'west' : 'east'}`;
  const label = app.page.locator('.front-label', {
    hasText: `${Math.round(front!.km)} km from Benghazi`,
  });
  expect(await label.isVisible()).toBe(true);
  expect(await label.textContent()).toContain(words);
  await app.close();
});

test('clicking a town on the map selects it', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-29' });
  const brega = await markerFor(app.page, 'Brega');
  await app.page.mouse.click(brega.clientPoint.x, brega.clientPoint.y);
  await app.page.waitForFunction(() => location.hash.includes('place=brega'));
  expect((await hashFields(app.page))['place']).toBe('brega');
  expect((await markerFor(app.page, 'Brega')).selected).toBe(true);
  await screenshot(app.page, 'map-brega-selected');
  await app.close();
});

test('a date change restyles in place only the markers whose state changed', async () => {
  const prepared = await prepareData();
  const { timeline } = analyse(prepared);
  const [from, to] = ['2011-03-28', '2011-03-29'] as Day[];
  const before = stateAt(timeline, from!);
  const changed = stateAt(timeline, to!).filter(
    (interval, i) => interval.state !== before[i]?.state || interval.stale !== before[i]?.stale,
  ).length;
  const app = await openApp(browser, { hash: `#day=${from}` });
  const ids = async (): Promise<number[]> =>
    app.page.evaluate((places) => places.map((id) => window.__frontline!.markerFor(id)!.serial), timeline.places);
  const layersBefore = await ids();
  await app.page.getByRole('button', { name: 'Next day' }).click();
  await app.page.waitForFunction((day) => location.hash.includes(`day=${day}`), to);
  expect(changed).toBeGreaterThan(0);
  expect(await app.page.evaluate(() => window.__frontline!.restyled())).toBe(changed);
  expect(await ids()).toEqual(layersBefore);
  await app.close();
});

test('a day change repaints a marker in its new colour, and after a pan it is still painted on its place', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-28' });
  const { page } = app;
  expect(paintedAs(await markerPixel(page, 'Ras Lanuf'), CONTROL_COLOURS.rebel, 14)).toBe(true);
  await page.getByRole('slider', { name: 'Date' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash.includes('day=2011-03-31'));
  expect(paintedAs(await markerPixel(page, 'Ras Lanuf'), CONTROL_COLOURS.government, 14)).toBe(true);
  const before = (await markerFor(page, 'Ras Lanuf')).clientPoint;
  await page.evaluate(() => window.__frontline!.map.panBy([-200, 120], { animate: false }));
  const after = (await markerFor(page, 'Ras Lanuf')).clientPoint;
  expect(Math.round(after.x - before.x)).toBe(200);
  expect(paintedAs(await markerPixel(page, 'Ras Lanuf'), CONTROL_COLOURS.government, 14)).toBe(true);
  // Where it was is now open sea on the map: nothing is painted there.
  expect(await canvasPixel(page, before)).toEqual([0, 0, 0, 0]);
  await app.close();
});

test('scrubbing back and forth, the highway always shows exactly the day\'s segments, painted in their colours', async () => {
  const prepared = await prepareData();
  const analysis = analyse(prepared);
  const road = roadOf(prepared.dataset.highway!);
  const app = await openApp(browser, { hash: '#day=2011-03-26' });
  const { page } = app;
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  const key = (s: { control: string; fromKm: number; toKm: number }): string => `${s.control} ${s.fromKm} ${s.toKm}`;
  const { start, end } = analysis.timeline.domain;
  // The slider reaches two days past the domain at each end.
  const steps: [string, Day][] = [
    ...[27, 28, 29, 30, 31].map((d): [string, Day] => ['ArrowRight', `2011-03-${d}` as Day]),
    ['ArrowLeft', '2011-03-30' as Day],
    ['ArrowLeft', '2011-03-29' as Day],
    ['Home', addDays(start, -2)],
    ['End', addDays(end, 2)],
  ];
  for (const [press, day] of steps) {
    await page.keyboard.press(press);
    await expect.poll(async () => (await hashFields(page))['day']).toBe(day);
    const drawn = (await page.evaluate(() => window.__frontline!.segments())).map(key).sort();
    const { segments } = frontlineAt(analysis, day);
    expect(drawn, day).toEqual(segments.map(key).sort());
    // The longest held stretch, halfway along: painted in its side's colour, under no marker.
    const held = segments.filter((s) => s.control !== 'front').sort((a, b) => b.toKm - b.fromKm - (a.toKm - a.fromKm))[0];
    if (held) {
      const pixel = await mapPixel(page, pointAlong(road, (held.fromKm + held.toKm) / 2));
      expect(paintedAs(pixel, CONTROL_COLOURS[held.control], 30), `${day} ${key(held)}: ${pixel.join(' ')}`).toBe(true);
    }
  }
  await app.close();
});

test('the legend names every state the map draws', async () => {
  const app = await openApp(browser);
  const legend = app.page.locator('.legend');
  expect(await legend.isVisible()).toBe(true);
  const text = (await legend.textContent()) ?? '';
  for (const words of ['government', 'rebels', 'Contested', 'No report', 'no fresh report', 'Front']) {
    expect(text).toContain(words);
  }
  const swatches = await app.page.$$eval('.legend-dot', (dots) =>
    dots.map((dot) => getComputedStyle(dot).getPropertyValue('--swatch').trim().toUpperCase()),
  );
  expect(swatches).toEqual(
    [CONTROL_COLOURS.government, CONTROL_COLOURS.rebel, CONTROL_COLOURS.contested, CONTROL_COLOURS['no-report']],
  );
  await app.close();
});

test('the attribution always credits Natural Earth and GeoNames', async () => {
  const app = await openApp(browser);
  const text = await app.page.locator('.leaflet-control-attribution').textContent();
  expect(text).toContain('Natural Earth');
  expect(text).toContain('GeoNames');
  await app.close();
});

test('the basemap is fetched only after the data is drawn, and then drawn under it', async () => {
  const app = await openApp(browser);
  const timing = await app.page.evaluate(() => ({
    drawn: performance.getEntriesByName('frontline:drawn')[0]?.startTime ?? null,
    basemap: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/basemap.geojson'))?.startTime ?? null,
    state: document.documentElement.dataset['basemap'],
  }));
  expect(timing.state).toBe('loaded');
  expect(timing.drawn).not.toBeNull();
  expect(timing.basemap).toBeGreaterThanOrEqual(timing.drawn!);
  await app.close();
});

test('at 375 px wide the details become a bottom sheet under a map that stays usable', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30', viewport: { width: 375, height: 740 } });
  const box = async (selector: string) => (await app.page.locator(selector).boundingBox())!;
  const map = await box('#map');
  const sheet = await box('.side');
  expect(map.width).toBe(375);
  expect(map.height).toBeGreaterThanOrEqual(200);
  expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height);
  expect(sheet.y + sheet.height).toBeLessThanOrEqual(740.5);
  expect(sheet.height).toBeGreaterThan(150);
  expect(await app.page.getByRole('slider', { name: 'Date' }).isVisible()).toBe(true);
  expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const brega = await markerFor(app.page, 'Brega');
  await app.page.mouse.click(brega.clientPoint.x, brega.clientPoint.y);
  await app.page.waitForFunction(() => location.hash.includes('place=brega'));
  await screenshot(app.page, 'map-375px-brega');
  expect(app.errors).toEqual([]);
  await app.close();
});
