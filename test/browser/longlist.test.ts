/**
 * A long list of places (the benchmark's generated highway: 300 places, six chunks of rows): on a day change the
 * rows on screen change at once, and every other row says the new day's state once the page is idle, as a page
 * loaded on that day says it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateGeo, QUICK } from '../../bench/generate.ts';
import { sentencesOf } from '../../bench/prose.ts';
import { DEFAULT_GEO_DIR, folderReader } from '../../src/cli/files.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { canvasPixels, launchBrowser, openApp, paintedAs } from './browser.ts';

let browser: Browser;
let dir: string;
let geo: string;

beforeAll(async () => {
  const { dataset } = await loadDataset(folderReader(DEFAULT_GEO_DIR));
  dir = await mkdtemp(join(tmpdir(), 'frontline-longlist-'));
  const sizes = { ...QUICK, places: QUICK.highwayPlaces, claims: 600, latinBytes: 20_000, arabicBytes: 10_000, fileBytes: 20_000 };
  geo = (await generateGeo(dir, sizes, sentencesOf(dataset.sources.map((s) => s.text)))).map;
  expect((await loadDataset(folderReader(geo))).problems).toEqual([]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every row's state, in list order. */
const states = (page: Page): Promise<string[]> =>
  page.$$eval('.place-row', (rows) => rows.map((r) => `${r.getAttribute('data-place')}: ${r.querySelector('.place-state')?.textContent}`));

test('a drag restates the rows on screen as it rests and the rest once the page is idle, as a fresh load of that day', async () => {
  const app = await openApp(browser, { geo });
  const { page } = app;
  expect(await page.locator('.place-chunk').count()).toBeGreaterThan(4);
  const before = await states(page);
  const dayOf = (url: string): string | undefined => /day=(\d{4}-\d{2}-\d{2})/.exec(new URL(url).hash)?.[1];
  const first = dayOf(page.url());
  // The slider moved back from the last day by two months; what the rows say straight after, and in the task in
  // which the list follows the slider at rest (its caption says the new day), before any idle time.
  const moved = (await page.evaluate(`(async () => {
    const slider = document.getElementById('date-slider');
    const onScreen = (e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; };
    const rows = [...document.querySelectorAll('.place-row')];
    const read = (list) => list.map((r) => r.getAttribute('data-place') + ': ' + r.querySelector('.place-state').textContent);
    const caption = document.querySelector('.places-caption');
    const rested = new Promise((done) => new MutationObserver((_, observer) => {
      observer.disconnect();
      done(read(rows.filter(onScreen)));
    }).observe(caption, { childList: true, characterData: true, subtree: true }));
    slider.value = String(Number(slider.value) - 60);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    return { label: document.getElementById('date-label').textContent, during: read(rows), visible: await rested };
  })()`)) as { label: string; during: string[]; visible: string[] };
  expect(moved.during).toEqual(before);

  // The address follows the day a moment later (day changes close together share one history entry).
  await expect.poll(() => dayOf(page.url())).not.toBe(first);
  const day = dayOf(page.url())!;
  const fresh = await openApp(browser, { geo, hash: `#day=${day}` });
  const expected = await states(fresh.page);
  expect(expected).not.toEqual(before);
  // The rows off screen come up to date while the page is idle, a few chunks at a time.
  await expect.poll(() => states(page), { timeout: 10_000 }).toEqual(expected);
  expect(await fresh.page.locator('#date-label').textContent()).toBe(moved.label);
  expect(moved.visible.length).toBeGreaterThan(0);
  expect(moved.visible.every((row) => expected.includes(row))).toBe(true);
  expect(app.errors).toEqual([]);
  await fresh.close();
  await app.close();
});

/** Each marker inside the map whose centre shows its own fill (no other marker over it there), by place. */
async function uncovered(page: Page): Promise<Map<string, { id: string; x: number; y: number; fill: string }>> {
  await page.evaluate(() => window.__frontline!.canvasDrawn());
  const markers = await page.evaluate(() => {
    const { map, markerFor } = window.__frontline!;
    const box = map.getContainer().getBoundingClientRect();
    const size = map.getSize();
    return [...document.querySelectorAll('.place-row')]
      .map((row) => markerFor(row.getAttribute('data-place')!)!)
      .filter(({ containerPoint: p }) => p.x > 20 && p.y > 20 && p.x < size.x - 20 && p.y < size.y - 20)
      .map((m) => ({ id: m.id, x: box.left + m.containerPoint.x, y: box.top + m.containerPoint.y, fill: m.fillColor }));
  });
  const pixels = await canvasPixels(page, markers);
  return new Map(markers.filter((m, i) => paintedAs(pixels[i]!, m.fill, 14)).map((m) => [m.id, m]));
}

test('on a screen of two device pixels to the pixel, the stamped markers are painted at their places, as on a screen of one', async () => {
  const one = await openApp(browser, { geo });
  const two = await openApp(browser, { geo, deviceScaleFactor: 2 });
  const shown = await uncovered(one.page);
  // Enough markers to stamp sprites rather than draw each circle (over 200 places), many of them on top.
  expect(shown.size).toBeGreaterThan(50);
  // Within a pixel of its centre: a circle is centred on a whole device pixel, so on the finer screen the edge of a
  // neighbour or a front mark drawn over it may fall half a pixel nearer.
  const around = [[0, 0], [-1, 0], [1, 0], [0, -1], [0, 1]] as const;
  const markers = [...shown.values()];
  const pixels = await canvasPixels(two.page, markers.flatMap(({ x, y }) => around.map(([dx, dy]) => ({ x: x + dx, y: y + dy }))));
  const missing = markers.filter((m, i) => !around.some((_, k) => paintedAs(pixels[i * around.length + k]!, m.fill, 14))).map((m) => m.id);
  expect(missing).toEqual([]);
  expect([one.errors, two.errors]).toEqual([[], []]);
  await one.close();
  await two.close();
});
