import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hashFields, launchBrowser, markerFor, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NYT = 'The New York Times, 30 Mar';

async function listState(page: Page, id: string): Promise<string> {
  return (await page.locator(`#places li[data-place="${id}"] .place-state`).textContent()) ?? '';
}

test('each source has a checkbox labelled by its outlet (or byline) and date', async () => {
  const app = await openApp(browser);
  const sources = app.page.locator('#sources');
  expect(await sources.getByRole('checkbox').count()).toBe(4);
  expect(await sources.getByRole('checkbox', { name: NYT }).isChecked()).toBe(true);
  expect(await sources.getByRole('checkbox', { name: 'Theresa McCabe, 31 Mar' }).count()).toBe(1);
  await app.close();
});

test('turning off every source but The New York Times changes what the map and the list show', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const { page } = app;
  const allList = await listState(page, 'misrata');
  const allMarker = (await markerFor(page, 'misrata')).state;
  for (const box of await page.locator('#sources').getByRole('checkbox').all()) {
    if ((await box.getAttribute('value')) !== 'nyt-2011-03-30') await box.uncheck();
  }
  expect((await hashFields(page))['sources'] ?? '').not.toContain('globalpost');
  const nytList = await listState(page, 'misrata');
  const nytMarker = (await markerFor(page, 'misrata')).state;
  await screenshot(page, 'sources-nyt-only');
  expect(allList).toMatch(/^contested/);
  expect(allMarker).toBe('contested');
  expect(nytList).toBe('no report');
  expect(nytMarker).toBe('no-report');
  await app.close();
});

test('"only" keeps one source and "All sources" brings the others back', async () => {
  const app = await openApp(browser);
  const sources = app.page.locator('#sources');
  await sources.getByRole('button', { name: `Only ${NYT}` }).click();
  expect(await sources.getByRole('checkbox', { checked: true }).count()).toBe(1);
  await sources.getByRole('button', { name: 'All sources' }).click();
  expect(await sources.getByRole('checkbox', { checked: true }).count()).toBe(4);
  await app.close();
});

test('the last source left on cannot be switched off', async () => {
  const app = await openApp(browser);
  const sources = app.page.locator('#sources');
  await sources.getByRole('button', { name: `Only ${NYT}` }).click();
  const last = sources.getByRole('checkbox', { name: NYT });
  expect(await last.isDisabled()).toBe(true);
  expect(await sources.textContent()).toContain('At least one source stays on');
  await app.close();
});

test('a panel follows the sources: with only McCabe on, Brega\'s quotes come from McCabe alone', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31&place=brega' });
  await app.page.locator('#sources').getByRole('button', { name: 'Only Theresa McCabe, 31 Mar' }).click();
  const outlets = await app.page.locator('#panel .claims .claim-source button').allTextContents();
  expect(outlets.length).toBeGreaterThan(0);
  expect(new Set(outlets)).toEqual(new Set(['Theresa McCabe']));
  await app.close();
});
