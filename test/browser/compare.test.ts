import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyse, type Analysis } from '../../src/core/analysis.ts';
import { changesBetween } from '../../src/core/changes.ts';
import { CONTROL_COLOURS } from '../../src/core/palette.ts';
import { pointAlong, roadOf } from '../../src/core/road.ts';
import type { Day } from '../../src/core/types.ts';
import { canvasPixel, hashFields, launchBrowser, mapPixel, markerFor, openApp, paintedAs, prepareData, screenshot, waitForApp } from './browser.ts';

const GOLDEN = resolve(import.meta.dirname, '../golden/export/changes-2011-03-28-2011-03-31.geojson');
const COMPARED = '#day=2011-03-31&compare=2011-03-28';

let browser: Browser;
let analysis: Analysis;
beforeAll(async () => {
  browser = await launchBrowser();
  analysis = analyse(await prepareData());
});
afterAll(async () => {
  await browser?.close();
});

const compared = (page: Page) => page.evaluate(() => window.__frontline!.compared());
const title = (page: Page) => page.locator('#changes-title');
const change = (page: Page, place: string) => page.locator(`#changes li.change[data-place="${place}"]`);

/** The colours painted at the points `distance` px from `centre` (page pixels) in eight directions. */
async function around(page: Page, centre: { x: number; y: number }, distance: number): Promise<number[][]> {
  await page.evaluate(() => window.__frontline!.canvasDrawn());
  const pixels: number[][] = [];
  for (let k = 0; k < 8; k += 1) {
    const angle = (k * Math.PI) / 4;
    pixels.push(await canvasPixel(page, { x: centre.x + distance * Math.cos(angle), y: centre.y + distance * Math.sin(angle) }));
  }
  return pixels;
}

/** Where `km` along the highway is on the page. */
function kmPoint(page: Page, km: number): Promise<{ x: number; y: number }> {
  const [lon, lat] = pointAlong(roadOf(analysis.dataset.highway!), km);
  return page.evaluate((at) => {
    const map = window.__frontline!.map;
    const { x, y } = map.latLngToContainerPoint(at);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, [lat, lon] as [number, number]);
}

/** The middle of the ring drawn around a place's circle: outside its edge by the gap, plus half the ring. */
async function ringPixels(page: Page, place: string): Promise<number[][]> {
  const marker = await markerFor(page, place);
  return around(page, marker.clientPoint, marker.radius + 0.5 + 2 + 1.5);
}

test('from 28 to 31 March the list names Ras Lanuf and Bin Jawad rebel → government with the claims that say so', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  expect(await title(app.page).textContent()).toBe('Changes from 28 to 31 March 2011');
  const core = changesBetween(analysis, '2011-03-28' as Day, '2011-03-31' as Day);
  for (const place of ['ras_lanuf', 'bin_jawad']) {
    const item = change(app.page, place);
    expect(await item.locator('.change-states').textContent()).toMatch(/^rebel → government, since /);
    const said = core.places.find((p) => p.place === place)!.steps.at(-1)!.citations[0]!;
    const claim = item.locator('.change-claim', { hasText: said.quote }).first();
    expect(await claim.textContent()).toContain(`— ${said.outlet}, `);
    expect(await claim.textContent()).toMatch(/\d{1,2} March 2011/);
  }
  expect(app.errors).toEqual([]);
  await app.close();
});

test('the list is in order along the highway, as the core orders it', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  const shown = await app.page.locator('#changes li.change').evaluateAll((items) => items.map((li) => li.getAttribute('data-place')));
  expect(shown).toEqual(changesBetween(analysis, '2011-03-28' as Day, '2011-03-31' as Day).places.map((p) => p.place));
  await app.close();
});

test('the map rings Ras Lanuf and Bin Jawad in the rebels’ colour of 28 March, and no ring without Compare', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  const rings = (await compared(app.page))!.rings;
  for (const place of ['ras_lanuf', 'bin_jawad']) {
    expect(rings.find((r) => r.id === place)).toEqual({ id: place, state: 'rebel', colour: CONTROL_COLOURS.rebel });
    expect((await markerFor(app.page, place)).state).toBe('government');
    expect((await ringPixels(app.page, place)).some((p) => paintedAs(p, CONTROL_COLOURS.rebel, 14))).toBe(true);
  }
  await app.page.getByRole('button', { name: 'Compare' }).click();
  expect(await compared(app.page)).toBeNull();
  for (const place of ['ras_lanuf', 'bin_jawad']) {
    expect((await ringPixels(app.page, place)).some((p) => paintedAs(p, CONTROL_COLOURS.rebel, 14))).toBe(false);
  }
  await app.close();
});

test('the highway from Ras Lanuf to Bin Jawad, rebel then and government now, is cased in the rebels’ colour', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  const stretch = (await compared(app.page))!.stretches.find((s) => s.fromKm <= 370 && 370 <= s.toKm);
  expect([stretch?.from, stretch?.to]).toEqual(['rebel', 'government']);
  const at = await kmPoint(app.page, 370);
  // Outside the 6 px government stretch, inside the 14 px casing.
  expect((await around(app.page, at, 5)).some((p) => paintedAs(p, CONTROL_COLOURS.rebel, 14))).toBe(true);
  await app.page.getByRole('button', { name: 'Compare' }).click();
  expect((await around(app.page, at, 5)).some((p) => paintedAs(p, CONTROL_COLOURS.rebel, 14))).toBe(false);
  await app.close();
});

test('both days’ fronts are shown, and the eastern front moved east', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  const then = (await compared(app.page))!.fronts.find((f) => f.id === 'east')!;
  const now = (await app.page.evaluate(() => window.__frontline!.fronts())).find((f) => f.id === 'east')!;
  expect(now.km).toBeLessThan(then.km);
  expect(paintedAs(await mapPixel(app.page, [then.lng, then.lat]), CONTROL_COLOURS.front)).toBe(true);
  expect(await app.page.locator('.compare-front-label').first().textContent()).toBe(`28 Mar: ${Math.round(then.km)} km`);
  const move = changesBetween(analysis, '2011-03-28' as Day, '2011-03-31' as Day).fronts.find((f) => f.id === 'east')!;
  expect(move.direction).toBe('east');
  expect(await app.page.locator('.changes-fronts li', { hasText: 'Eastern front' }).textContent()).toBe(
    `Eastern front: ${Math.round(then.km)} km from Benghazi on 28 March 2011, ${Math.round(now.km)} km from Benghazi on 31 March 2011: moved ${Math.round(then.km) - Math.round(now.km)} km east`,
  );
  await app.close();
});

test('both days live in the URL: a reload shows the same comparison', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  const check = async (): Promise<void> => {
    expect(await hashFields(app.page)).toMatchObject({ day: '2011-03-31', compare: '2011-03-28' });
    expect(await app.page.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe('true');
    expect(await app.page.getByLabel('Compare with').inputValue()).toBe('2011-03-28');
    expect(await title(app.page).textContent()).toBe('Changes from 28 to 31 March 2011');
    expect((await compared(app.page))?.day).toBe('2011-03-28');
  };
  await check();
  await app.page.reload();
  await waitForApp(app.page);
  await check();
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a compared day that is off the calendar, outside the slider or markup falls back to no comparison', async () => {
  for (const bad of ['2011-02-30', '1999-01-01', encodeURIComponent('<img src=x onerror=alert(1)>')]) {
    const app = await openApp(browser, { hash: `#day=2011-03-31&compare=${bad}` });
    expect((await hashFields(app.page))['compare']).toBeUndefined();
    expect(await app.page.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe('false');
    expect(await app.page.locator('#changes').isHidden()).toBe(true);
    expect(await compared(app.page)).toBeNull();
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  }
});

test('Back and Forward turn the comparison off and on again', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31' });
  await app.page.getByRole('button', { name: 'Compare' }).click();
  await app.page.getByLabel('Compare with').selectOption('2011-03-28');
  await app.page.waitForFunction(() => location.hash.includes('compare=2011-03-28'));
  expect(await title(app.page).textContent()).toBe('Changes from 28 to 31 March 2011');

  await app.page.goBack();
  await app.page.waitForFunction(() => !location.hash.includes('compare='));
  expect(await app.page.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe('false');
  expect(await app.page.locator('#changes').isHidden()).toBe(true);
  expect(await compared(app.page)).toBeNull();

  await app.page.goForward();
  await app.page.waitForFunction(() => location.hash.includes('compare=2011-03-28'));
  expect(await app.page.getByLabel('Compare with').inputValue()).toBe('2011-03-28');
  expect(await title(app.page).textContent()).toBe('Changes from 28 to 31 March 2011');
  expect((await compared(app.page))?.rings.map((r) => r.id)).toContain('ras_lanuf');
  expect(app.errors).toEqual([]);
  await app.close();
});

test('Compare works from the keyboard: toggle, choose the day, go to the list, open a place', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31' });
  const focused = () => app.page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');
  await app.page.getByRole('button', { name: 'Compare' }).focus();
  await app.page.keyboard.press('Enter');
  // The day before, at first.
  await app.page.waitForFunction(() => location.hash.includes('compare=2011-03-30'));
  await app.page.keyboard.press('Tab');
  expect(await focused()).toBe('compare-day');
  await app.page.keyboard.press('ArrowUp');
  await app.page.keyboard.press('ArrowUp');
  await app.page.waitForFunction(() => location.hash.includes('compare=2011-03-28'));
  expect(await title(app.page).textContent()).toBe('Changes from 28 to 31 March 2011');
  await app.page.keyboard.press('Tab');
  expect(await focused()).toBe('List of changes');
  await app.page.keyboard.press('Enter');
  expect(await focused()).toBe('changes-title');
  await app.page.keyboard.press('Tab');
  expect(await focused()).toBe('Benghazi');
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => location.hash.includes('place=benghazi'));
  await app.page.getByRole('button', { name: 'Compare' }).focus();
  await app.page.keyboard.press('Space');
  await app.page.waitForFunction(() => !location.hash.includes('compare='));
  expect(await app.page.locator('#changes').isHidden()).toBe(true);
  await app.close();
});

test('the controls are labelled for screen readers', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  expect(await app.page.getByRole('group', { name: 'Compare two days' }).count()).toBe(1);
  expect(await app.page.getByRole('button', { name: 'Compare', pressed: true }).count()).toBe(1);
  expect(await app.page.getByRole('combobox', { name: 'Compare with' }).count()).toBe(1);
  expect(await app.page.getByRole('region', { name: 'Changes from 28 to 31 March 2011' }).count()).toBe(1);
  await app.close();
});

test('moving the slider while comparing marks the new day’s differences at once, and the list follows once it rests', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  const slider = app.page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  for (let i = 0; i < 3; i += 1) await slider.press('ArrowLeft');
  expect(await compared(app.page)).toMatchObject({ day: '2011-03-28', rings: [], stretches: [] });
  await app.page.waitForFunction(() => document.getElementById('changes-title')?.textContent === 'Comparing 28 March 2011 with itself');
  expect(await app.page.locator('#changes').textContent()).toContain('No place is in another state.');
  await slider.press('ArrowLeft');
  await app.page.waitForFunction(() => document.getElementById('changes-title')?.textContent === 'Changes from 27 to 28 March 2011');
  await app.close();
});

test('the Export menu saves the changes as the GeoJSON the CLI prints', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  await app.page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('menuitem', { name: 'Changes from 28 to 31 March 2011 (GeoJSON)' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('frontline-changes-2011-03-28-2011-03-31.geojson');
  expect(await readFile(await file.path(), 'utf8')).toBe(await readFile(GOLDEN, 'utf8'));
  await app.close();
});

test('a screenshot of 28 against 31 March, and of the same on a phone', async () => {
  const app = await openApp(browser, { hash: COMPARED });
  await app.page.evaluate(() => window.__frontline!.canvasDrawn());
  await screenshot(app.page, 'compare-2011-03-28-2011-03-31');
  await app.close();
  const phone = await openApp(browser, { hash: COMPARED, viewport: { width: 375, height: 740 } });
  await phone.page.evaluate(() => window.__frontline!.canvasDrawn());
  await screenshot(phone.page, 'compare-2011-03-28-2011-03-31-phone');
  expect(phone.errors).toEqual([]);
  await phone.close();
});
