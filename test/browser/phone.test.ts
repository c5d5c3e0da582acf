/**
 * The phone view, at 375 × 740, checked by geometry: the selected town and its name inside the part of the map
 * the bottom sheet leaves visible, every label inside the map, the sources folded into their menu, nothing wider
 * than the screen. Screenshots of each are saved to test-artifacts/ to be looked at, and one at 1280 × 800.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser.ts';

const PHONE = { width: 375, height: 740 };
const AJDABIYA = '#day=2011-03-31&place=ajdabiya';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Geometry {
  map: Rect;
  sheet: Rect;
  /** The map's controls (zoom, layers, legend, attribution), over its corners. */
  controls: Rect[];
  /** Each labelled town: its circle and its name's box, and whether the name is shown (not left out for want of room). */
  towns: { name: string; circle: Rect; label: Rect; shown: boolean }[];
  /** Each labelled front: its mark's centre and its label's box. */
  fronts: { text: string; x: number; y: number; label: Rect }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the map, the sheet, the town names and the front labels are on the page, once the map has settled. */
async function geometry(page: Page): Promise<Geometry> {
  await settled(page);
  return page.evaluate(() => {
    const rect = (element: Element): Rect => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const frontline = window.__frontline!;
    const container = frontline.map.getContainer();
    const origin = container.getBoundingClientRect();
    const towns = [...document.querySelectorAll('.leaflet-tooltip.town-label')].map((label) => {
      const name = label.textContent ?? '';
      const marker = frontline.markerFor(name)!;
      const { x, y } = marker.clientPoint;
      const r = marker.radius;
      const shown = getComputedStyle(label).visibility !== 'hidden';
      return { name, circle: { left: x - r, top: y - r, right: x + r, bottom: y + r }, label: rect(label), shown };
    });
    const labels = [...document.querySelectorAll('.front-label')];
    const fronts = frontline.fronts().flatMap((front) => {
      const title = front.text.slice(0, front.text.indexOf('. '));
      const label = labels.find((l) => l.textContent?.startsWith(title));
      if (!label) return [];
      const { x, y } = frontline.map.latLngToContainerPoint([front.lat, front.lng]);
      return [{ text: title, x: origin.left + x, y: origin.top + y, label: rect(label) }];
    });
    const controls = [...container.querySelectorAll('.leaflet-control')].map(rect);
    return { map: rect(container), sheet: rect(document.querySelector('.side')!), controls, towns, fronts };
  });
}

/** Waits for the map to stop moving and for the labels placed once the day rests. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__frontline!.map;
        const done = (): void => {
          map.off('move', moved);
          resolve();
        };
        let timer = setTimeout(done, 400);
        const moved = (): void => {
          clearTimeout(timer);
          timer = setTimeout(done, 400);
        };
        map.on('move', moved);
      }),
  );
}

const inside = (a: Rect, b: Rect, margin = 0): boolean =>
  a.left >= b.left + margin && a.top >= b.top + margin && a.right <= b.right - margin && a.bottom <= b.bottom - margin;
const overlap = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const containsPoint = (r: Rect, x: number, y: number): boolean => r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
const show = (r: Rect): string => `[${[r.left, r.top, r.right, r.bottom].map(Math.round).join(', ')}]`;

test('at 375 px, Ajdabiya selected on 31 March sits inside the map with its whole name, clear of the sheet', async () => {
  const app = await openApp(browser, { hash: AJDABIYA, viewport: PHONE });
  const { map, sheet, towns } = await geometry(app.page);
  await screenshot(app.page, 'phone-ajdabiya-2011-03-31');
  const ajdabiya = towns.find((t) => t.name === 'Ajdabiya')!;
  expect(inside(ajdabiya.circle, map, 8), `circle ${show(ajdabiya.circle)} in map ${show(map)}`).toBe(true);
  expect(inside(ajdabiya.label, map, 2), `name ${show(ajdabiya.label)} in map ${show(map)}`).toBe(true);
  expect(overlap(ajdabiya.label, sheet) || overlap(ajdabiya.circle, sheet)).toBe(false);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('at 375 px, every town name and front label whose point is on the map lies wholly inside it, none over another or under a control', async () => {
  const app = await openApp(browser, { hash: AJDABIYA, viewport: PHONE });
  const { map, controls, towns, fronts } = await geometry(app.page);
  const shown = towns.filter((t) => inside(t.circle, map));
  expect(shown.map((t) => t.name).sort()).toEqual(['Ajdabiya', 'Benghazi', 'Brega', 'Misrata', 'Ras Lanuf', 'Sirte']);
  for (const town of shown) {
    expect(inside(town.label, map), `${town.name} ${show(town.label)} in ${show(map)}`).toBe(true);
    for (const control of controls) expect(overlap(town.label, control), `${town.name} under ${show(control)}`).toBe(false);
  }
  expect(fronts.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Eastern front: \d+ km/)]));
  for (const front of fronts.filter((f) => containsPoint(map, f.x, f.y))) {
    expect(inside(front.label, map), `${front.text} ${show(front.label)} in ${show(map)}`).toBe(true);
  }
  const labels = [...shown.map((t) => ({ what: t.name, box: t.label })), ...fronts.map((f) => ({ what: f.text, box: f.label }))];
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.what} over ${b.what}`).toBe(false);
  }
  await app.close();
});

test('at 375 px, where the towns crowd, no name shown covers another\'s letters, and the selected town\'s is shown', async () => {
  // Brega selected on 28 March: Ras Lanuf, Brega and Ajdabiya within 80 px of each other, under the front's label.
  const app = await openApp(browser, { hash: '#day=2011-03-28&place=brega', viewport: PHONE });
  const { towns, fronts } = await geometry(app.page);
  await screenshot(app.page, 'phone-brega-2011-03-28');
  const shown = towns.filter((t) => t.shown);
  expect(shown.map((t) => t.name)).toContain('Brega');
  // A name's box is taller than its letters (3 px above and below them): two boxes may meet in that space.
  const letters = (r: Rect): Rect => ({ left: r.left + 3, top: r.top + 3, right: r.right - 3, bottom: r.bottom - 3 });
  for (const [i, a] of shown.entries()) {
    for (const b of shown.slice(i + 1)) expect(overlap(letters(a.label), letters(b.label)), `${a.name} ${show(a.label)} over ${b.name} ${show(b.label)}`).toBe(false);
    for (const front of fronts) expect(overlap(letters(a.label), front.label), `${a.name} over ${front.text}`).toBe(false);
  }
  await app.close();
});

test('at 375 px, choosing a town at the map\'s edge from the list brings it and its name inside the map', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31', viewport: PHONE });
  const { page } = app;
  const before = await geometry(page);
  const edge = before.towns.find((t) => t.name === 'Ajdabiya')!;
  // The first view fits the whole gulf to the screen: Ajdabiya is on the map, but at its right edge.
  expect(before.map.right - edge.circle.right).toBeLessThan(40);
  await page.locator('#places li[data-place="ajdabiya"] .place-name').click();
  const after = await geometry(page);
  const ajdabiya = after.towns.find((t) => t.name === 'Ajdabiya')!;
  expect(inside(ajdabiya.circle, after.map, 8)).toBe(true);
  expect(inside(ajdabiya.label, after.map, 2)).toBe(true);
  await app.close();
});

test('at 375 px, a front label near the map\'s side slides along under its mark, and near the bottom hangs above it', async () => {
  const app = await openApp(browser, { hash: AJDABIYA, viewport: PHONE });
  const { page } = app;
  const east = async (): Promise<Geometry['fronts'][number] & { map: Rect }> => {
    const { map, fronts } = await geometry(page);
    return { ...fronts.find((f) => f.text.startsWith('Eastern front'))!, map };
  };
  const start = await east();
  // Pan so the mark sits 30 px from the right edge, then 30 px above the bottom edge.
  await page.evaluate((dx) => window.__frontline!.map.panBy([dx, 0], { animate: false }), start.x - (start.map.right - 30));
  const right = await east();
  expect(Math.abs(right.x - (right.map.right - 30))).toBeLessThan(2);
  expect(inside(right.label, right.map), `${show(right.label)} in ${show(right.map)}`).toBe(true);
  expect(right.label.left <= right.x && right.x <= right.label.right).toBe(true);
  await page.evaluate((dy) => window.__frontline!.map.panBy([0, dy], { animate: false }), right.y - (right.map.bottom - 30));
  const low = await east();
  expect(Math.abs(low.y - (low.map.bottom - 30))).toBeLessThan(2);
  expect(inside(low.label, low.map), `${show(low.label)} in ${show(low.map)}`).toBe(true);
  expect(low.label.bottom).toBeLessThan(low.y);
  await screenshot(page, 'phone-front-label-corner');
  await app.close();
});

test('at 375 px, the four sources fold into the menu, which opens inside the screen', async () => {
  const app = await openApp(browser, { hash: AJDABIYA, viewport: PHONE });
  const { page } = app;
  const summary = page.locator('#sources summary');
  expect(await summary.textContent()).toBe('Sources: all 4 on');
  const boxes = page.locator('#sources').getByRole('checkbox');
  expect(await boxes.first().isVisible()).toBe(false);
  const screen = { left: 0, top: 0, right: PHONE.width, bottom: PHONE.height };
  const box = async (selector: string): Promise<Rect> =>
    page.locator(selector).evaluate((e) => {
      const { left, top, right, bottom } = e.getBoundingClientRect();
      return { left, top, right, bottom };
    });
  expect(inside(await box('#sources'), screen)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
  await summary.click();
  expect(await boxes.count()).toBe(4);
  for (const checkbox of await boxes.all()) expect(await checkbox.isVisible()).toBe(true);
  expect(inside(await box('#sources .source-set'), screen), show(await box('#sources .source-set'))).toBe(true);
  await screenshot(page, 'phone-sources-menu');
  await page.locator('#sources').getByRole('button', { name: 'Only The New York Times, 30 Mar' }).click();
  expect(await summary.textContent()).toBe('Sources: 1 of 4 on');
  await app.close();
});

test('at 1280 × 800 the four sources stay one row of switches and every label lies inside the map', async () => {
  const app = await openApp(browser, { hash: AJDABIYA });
  const { page } = app;
  expect(await page.locator('#sources summary').count()).toBe(0);
  const tops = await page.locator('#sources .source').evaluateAll((items) => items.map((i) => i.getBoundingClientRect().top));
  expect(tops).toHaveLength(4);
  expect(new Set(tops).size).toBe(1);
  const { map, towns, fronts } = await geometry(page);
  for (const town of towns) expect(inside(town.label, map), town.name).toBe(true);
  for (const front of fronts) expect(inside(front.label, map), front.text).toBe(true);
  await screenshot(page, 'desktop-ajdabiya-2011-03-31');
  await app.close();
});
