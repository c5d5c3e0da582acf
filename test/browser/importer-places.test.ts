/**
 * A name no reference knows, put on the map by the reader: by a click where it is, or (by keyboard) at the map's
 * centre. The place joins the gazetteer, marked approximate, and what the article says of it can then be accepted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, markerFor, openApp, screenshot } from './browser.ts';

const ARTICLE = 'SIRTE, Libya — Rebels captured the village of Wadi Zamzam on Tuesday after government troops fled, a rebel spokesman said.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function review(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByLabel('Published').fill('2011-03-30');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  // Nothing to suggest yet: the article names no place Frontline knows but Sirte, of which it says nothing.
  await dialog.getByText('Frontline found no claim in it that it could date and quote.').waitFor();
}

test('a name the reference does not know is placed where the reader clicks, and its claim can be accepted', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&map=31.2/15.6/8' });
  const { page } = app;
  await review(page);
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  expect(await dialog.getByText('Wadi Zamzam, named once: not in the GeoNames reference.').count()).toBe(1);
  await dialog.getByRole('button', { name: 'Place Wadi Zamzam on the map' }).click();
  expect(await dialog.isVisible()).toBe(false);
  await screenshot(page, 'importer-placing');
  const target = await page.evaluate(() => {
    const map = window.__frontline!.map;
    const point = map.latLngToContainerPoint([31.1, 15.4]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  });
  await page.mouse.click(target.x, target.y);
  await dialog.getByRole('button', { name: 'Accept: Wadi Zamzam, rebel, 29 March' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const marker = await markerFor(page, 'Wadi Zamzam');
  expect(marker.state).toBe('rebel');
  expect(Math.abs(marker.lat - 31.1)).toBeLessThan(0.01);
  expect(Math.abs(marker.lng - 15.4)).toBeLessThan(0.01);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('by keyboard, the name goes at the centre of the map; Escape gives up and returns to the review', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&map=31.2/15.6/8' });
  const { page } = app;
  await review(page);
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByRole('button', { name: 'Place Wadi Zamzam on the map' }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Place Wadi Zamzam on the map' }).waitFor();
  await dialog.getByRole('button', { name: 'Place Wadi Zamzam on the map' }).click();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Put it at the map's centre");
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Accept: Wadi Zamzam, rebel, 29 March' }).waitFor();
  const marker = await markerFor(page, 'Wadi Zamzam');
  expect([Math.round(marker.lat * 10) / 10, Math.round(marker.lng * 10) / 10]).toEqual([31.2, 15.6]);
  expect(app.errors).toEqual([]);
  await app.close();
});
