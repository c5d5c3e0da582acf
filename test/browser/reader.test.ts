import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hashFields, launchBrowser, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('"Read source" in the panel opens that source in the reader, headed by its outlet', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&place=brega' });
  const group = app.page.locator('#panel .mention-group').filter({ hasText: 'The New York Times' });
  await group.getByRole('button', { name: 'Read source' }).click();
  const dialog = app.page.getByRole('dialog');
  await expect.poll(() => dialog.getByRole('heading', { level: 2 }).textContent()).toBe('The New York Times');
  expect(await dialog.textContent()).toContain('C. J. Chivers and David D. Kirkpatrick');
  await screenshot(app.page, 'reader-nyt');
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a quote\'s outlet opens the reader at that source', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&place=ajdabiya' });
  await app.page.locator('#panel .claims').getByRole('button', { name: 'The New York Times' }).first().click();
  await expect.poll(() => app.page.getByRole('dialog').isVisible()).toBe(true);
  await app.close();
});

test('the reader shows every place mention as a button, with the selected place set apart', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&place=brega' });
  await app.page.locator('#panel .mention-group').first().getByRole('button', { name: 'Read source' }).click();
  const dialog = app.page.getByRole('dialog');
  // The reader is a chunk of its own, loaded when first opened.
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const names = await dialog.locator('.reader-text button').allTextContents();
  const selected = await dialog.locator('.reader-text button.selected').allTextContents();
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBeGreaterThan(1);
  expect(selected.length).toBeGreaterThan(0);
  expect(selected.every((n) => /brega/i.test(n))).toBe(true);
  await app.close();
});

test('the reader keeps the source text as text: paragraphs, no stray markup or entities', async () => {
  const app = await openApp(browser, { hash: '#place=brega' });
  await app.page.locator('#panel .mention-group').filter({ hasText: 'The New York Times' })
    .getByRole('button', { name: 'Read source' }).click();
  const text = (await app.page.getByRole('dialog').locator('.reader-text').textContent()) ?? '';
  expect(await app.page.getByRole('dialog').locator('.reader-text p').count()).toBeGreaterThan(5);
  expect(text).not.toMatch(/&(rsquo|mdash|amp);/);
  expect(text).toContain('Libya’s foreign minister');
  await app.close();
});

test('clicking a place in the reader closes it and selects that place', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&place=brega' });
  const { page } = app;
  await page.locator('#panel .mention-group').filter({ hasText: 'The New York Times' })
    .getByRole('button', { name: 'Read source' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ajdabiya' }).first().click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await page.locator('#panel h2').textContent()).toBe('Ajdabiya');
  expect((await hashFields(page))['place']).toBe('ajdabiya');
  await screenshot(page, 'reader-to-ajdabiya');
  await app.close();
});

test('the reader works by keyboard: Enter on a place mention selects it and focus moves to its panel', async () => {
  const app = await openApp(browser, { hash: '#place=brega' });
  const { page } = app;
  await page.locator('#panel .mention-group').filter({ hasText: 'The New York Times' })
    .getByRole('button', { name: 'Read source' }).press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Tripoli' }).first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Tripoli');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
  await app.close();
});

test('Escape closes the reader and leaves the panel open', async () => {
  const app = await openApp(browser, { hash: '#place=brega' });
  const { page } = app;
  await page.locator('#panel .mention-group').first().getByRole('button', { name: 'Read source' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await page.locator('#panel').isVisible()).toBe(true);
  expect(await page.locator('#panel h2').textContent()).toBe('Brega');
  await app.close();
});

test('the close button closes the reader', async () => {
  const app = await openApp(browser, { hash: '#place=brega' });
  const { page } = app;
  await page.locator('#panel .mention-group').first().getByRole('button', { name: 'Read source' }).click();
  await page.getByRole('button', { name: 'Close reader' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await app.close();
});
