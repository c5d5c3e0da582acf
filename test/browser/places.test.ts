import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CONTROL_COLOURS } from '../../src/core/palette.ts';
import { launchBrowser, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('searching the list by another spelling finds the place: "Sirt" finds Sirte', async () => {
  const app = await openApp(browser);
  await app.page.getByLabel('Find a place').fill('Sirt');
  const shown = await app.page.locator('#places li:visible .place-name').allTextContents();
  expect(shown).toEqual(['Sirte']);
  await app.close();
});

test('searching "Misurata" finds Misrata alone, and says which spelling matched', async () => {
  const app = await openApp(browser);
  await app.page.getByLabel('Find a place').fill('Misurata');
  const rows = app.page.locator('#places li:visible');
  expect(await rows.locator('.place-name').allTextContents()).toEqual(['Misrata']);
  expect(await rows.first().textContent()).toContain('Misurata');
  await screenshot(app.page, 'places-search-misurata');
  await app.close();
});

test('a search nothing matches says so', async () => {
  const app = await openApp(browser);
  await app.page.getByLabel('Find a place').fill('Atlantis');
  expect(await app.page.locator('#places li:visible').count()).toBe(0);
  expect(await app.page.locator('#places [role="status"]').textContent()).toMatch(/no place/i);
  await app.close();
});

test('the list gives each place\'s state in words for the selected date', async () => {
  const rasLanuf = async (day: string): Promise<string> => {
    const app = await openApp(browser, { hash: `#day=${day}` });
    const text = (await app.page.locator('#places li[data-place="ras_lanuf"] .place-state').textContent()) ?? '';
    await app.close();
    return text;
  };
  expect(await rasLanuf('2011-03-28')).toMatch(/^rebel/);
  expect(await rasLanuf('2011-03-31')).toMatch(/^government/);
});

test('each row\'s colour dot follows the day: Ras Lanuf rebel blue on 28 March, government orange three days later', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-28' });
  const dot = app.page.locator('#places li[data-place="ras_lanuf"] .swatch');
  const colour = (): Promise<string> => dot.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await colour()).toBe(rgb(CONTROL_COLOURS.rebel));
  await app.page.getByRole('slider', { name: 'Date' }).focus();
  for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowRight');
  await expect.poll(colour).toBe(rgb(CONTROL_COLOURS.government));
  await app.close();
});

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  return `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
}

test('a place\'s button in the list selects it and opens its panel', async () => {
  const app = await openApp(browser);
  const button = app.page.locator('#places').getByRole('button', { name: 'Ajdabiya', exact: true });
  await button.click();
  await expect.poll(() => app.page.locator('#panel h2').textContent()).toBe('Ajdabiya');
  expect(await button.getAttribute('aria-current')).toBe('true');
  await app.close();
});
