import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every spelling of a place, lower-cased, read from the gazetteer the app loads. */
function spellingsOf(id: string): string[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../geo/gazetteer.geojson'), 'utf8');
  const feature = (JSON.parse(text) as { features: { properties: { id: string; name: string; aliases: string[] } }[] })
    .features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no place "${id}" in the gazetteer`);
  return [feature.properties.name, ...feature.properties.aliases].map((s) => s.toLowerCase());
}

test('clicking Brega in the list of places shows quotes from at least two different sources', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31' });
  await app.page.locator('#places').getByRole('button', { name: 'Brega', exact: true }).click();
  const panel = app.page.locator('#panel');
  await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Brega');
  const outlets = await panel.locator('.claims .claim-source button').allTextContents();
  await screenshot(app.page, 'panel-brega');
  expect(new Set(outlets).size).toBeGreaterThanOrEqual(2);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('the panel marks the place inside each quoted sentence with <mark>', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31&place=brega' });
  const marks = await app.page.locator('#panel .claims mark').allTextContents();
  const spellings = spellingsOf('brega');
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.filter((m) => !spellings.includes(m.toLowerCase().replace(/\s+/g, ' ')))).toEqual([]);
  await app.close();
});

test('each quote names its outlet, its claimant and the date of the claim', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&place=ajdabiya' });
  const claims = app.page.locator('#panel .claims > li');
  await expect.poll(() => claims.count()).toBeGreaterThan(0);
  const first = (await claims.first().textContent()) ?? '';
  expect(first).toMatch(/according to .+/);
  expect(first).toMatch(/\b30 March 2011\b/);
  expect(first).toMatch(/published \d{1,2} (March|April) 2011/);
  await app.close();
});

test('the panel lists the spellings of the place', async () => {
  const app = await openApp(browser, { hash: '#place=misrata' });
  const aliases = (await app.page.locator('#panel .panel-aliases').textContent()) ?? '';
  expect(aliases).toContain('Misurata');
  await app.close();
});

test('a day change redraws the state but keeps the rest of the panel in place', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31&place=brega' });
  const { page } = app;
  const mentions = await page.locator('#panel .panel-mentions').elementHandle();
  const before = await page.locator('#panel .panel-state-line').textContent();
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.locator('#panel-day-title').textContent()).toBe('On 29 March 2011');
  expect(await page.locator('#panel .panel-state-line').textContent()).not.toBe(before);
  expect(await mentions?.evaluate((el) => el.isConnected)).toBe(true);
  await app.close();
});

test('a day change inside one interval still updates the date the state is given for', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-25&place=brega' });
  const { page } = app;
  const line = await page.locator('#panel .panel-state-line').textContent();
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.locator('#panel-day-title').textContent()).toBe('On 26 March 2011');
  expect(await page.locator('#panel .panel-state-line').textContent()).toBe(line);
  await app.close();
});

test('the history names every interval in words and marks the one holding the selected day', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&place=brega' });
  const items = await app.page.locator('#panel .history-list li').allTextContents();
  const current = await app.page.locator('#panel .history-list li[aria-current="true"]').allTextContents();
  expect(items.length).toBeGreaterThan(1);
  for (const item of items) expect(item).toMatch(/^(government|rebel|contested|no report), \d/);
  expect(current).toHaveLength(1);
  expect(current[0]).toMatch(/30 March 2011/);
  await app.close();
});

test('every sentence that mentions the place is listed under its source, with a button to read it', async () => {
  const app = await openApp(browser, { hash: '#place=brega' });
  const groups = app.page.locator('#panel .mention-group');
  await expect.poll(() => groups.count()).toBeGreaterThan(1);
  for (const group of await groups.all()) {
    expect(await group.locator('li mark').count()).toBeGreaterThan(0);
    expect(await group.getByRole('button', { name: 'Read source' }).count()).toBe(1);
  }
  await app.close();
});

test('pressing Escape closes the panel', async () => {
  const app = await openApp(browser, { hash: '#place=brega' });
  await app.page.locator('#places').getByRole('button', { name: 'Brega', exact: true }).focus();
  await app.page.keyboard.press('Escape');
  await expect.poll(() => app.page.locator('#panel').isHidden()).toBe(true);
  expect(app.page.url()).not.toContain('place=');
  await app.close();
});

test('the close button closes the panel', async () => {
  const app = await openApp(browser, { hash: '#place=brega' });
  await app.page.getByRole('button', { name: 'Close place panel' }).click();
  await expect.poll(() => app.page.locator('#panel').isHidden()).toBe(true);
  await app.close();
});
