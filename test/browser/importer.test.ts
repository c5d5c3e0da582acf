/**
 * The importer as a reader uses it: an article pasted, its day set, its claims found, some accepted, one rejected,
 * one edited; the map, list, sources and panel show them; a reload keeps them; removing the article puts the map
 * back as it was.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectAccessible } from './axe.ts';
import { launchBrowser, markerFor, openApp, screenshot, waitForApp } from './browser.ts';

const ARTICLE = readFileSync('test/fixtures/articles/test-wire.txt', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function listState(page: Page, id: string): Promise<string> {
  return (await page.locator(`#places li[data-place="${id}"] .place-state`).textContent()) ?? '';
}

/** Waits until every change the page made is kept in the browser. */
async function kept(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('importer')?.dataset['saving'] === '0');
}

async function findClaims(page: Page, text: string, published: string): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel('Outlet').fill('Test Wire');
  await dialog.getByLabel('Published').fill(published);
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  await dialog.getByRole('list', { name: 'Suggested claims' }).waitFor();
}

test('a pasted article’s claims, accepted, rejected and edited, change the map and the list, and survive a reload', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const { page } = app;
  const before = { rasLanuf: await listState(page, 'ras_lanuf'), ajdabiya: (await markerFor(page, 'ajdabiya')).state, binJawad: (await markerFor(page, 'bin_jawad')).state };

  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  // The suggester is readied as the dialog opens, while the reader pastes: the first "Find claims" waits less.
  await page.waitForFunction(() => performance.getEntriesByName('frontline:warm-up').length === 2);
  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByLabel('Outlet').fill('Test Wire');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  expect(await dialog.getByRole('alert').textContent()).toMatch(/Give the day it was published/);
  expect(await dialog.getByLabel('Published').evaluate((e) => e === document.activeElement)).toBe(true);
  await dialog.getByLabel('Published').fill('2011-03-30');
  await screenshot(page, 'importer-dialog');
  await expectAccessible(page, 'the "Add article" dialog');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  const rows = dialog.getByRole('list', { name: 'Suggested claims' });
  await rows.waitFor();
  expect(await rows.getByRole('listitem').count()).toBe(4);
  expect(await rows.getByRole('listitem').first().locator('.row-sentence').textContent())
    .toBe('Bin Jawad: government, captured, 29 March 2011 ("on Tuesday" → 29 March), according to rebel fighters. Suggested, not reviewed.');
  // Nothing is on the map before it is accepted.
  expect(await listState(page, 'ras_lanuf')).toBe(before.rasLanuf);

  await rows.getByRole('listitem').nth(1).focus();
  expect(await dialog.locator('.review-text .quote').textContent()).toBe('By Wednesday morning the rebels had withdrawn from Ras Lanuf, a rebel commander said.');
  expect(await dialog.locator('.review-text mark').allTextContents()).toEqual(expect.arrayContaining(['RAS LANUF', 'Bin Jawad', 'Brega', 'Ajdabiya']));
  await screenshot(page, 'importer-review');

  await dialog.getByRole('button', { name: 'Accept: Ras Lanuf, government, 30 March' }).click();
  await dialog.getByRole('button', { name: 'Accept: Bin Jawad, government, 29 March' }).click();
  await dialog.getByRole('button', { name: 'Reject: Brega, rebel, about 29 March' }).click();
  await dialog.getByRole('button', { name: 'Edit: Ajdabiya, rebel, 30 March' }).click();
  const edit = dialog.getByRole('form', { name: 'Edit: Ajdabiya, rebel, 30 March' });
  // Government forces said to hold it the day a source has rebels holding it: contested.
  await edit.getByLabel('Side').selectOption('government');
  await edit.getByRole('button', { name: 'Save and accept: Ajdabiya, rebel, 30 March' }).click();
  await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('4 suggested claims: 3 accepted, 1 rejected, 0 to review.');
  expect(await dialog.locator('li[data-claim] .row-sentence').last().textContent())
    .toBe('Ajdabiya: government, held, 30 March 2011 ("on Wednesday" → 30 March), according to reporter (Test Wire). Accepted by you: on the map. Edited by you.');
  await expectAccessible(page, 'the review');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);

  expect(await listState(page, 'ras_lanuf')).toBe('government');
  expect((await markerFor(page, 'ras_lanuf')).state).toBe('government');
  expect((await markerFor(page, 'ajdabiya')).state).toBe('contested');
  expect(await listState(page, 'brega')).not.toBe('');
  expect(await page.locator('#sources').getByRole('checkbox', { name: 'Test Wire, 30 Mar', includeHidden: true }).isChecked()).toBe(true);
  await page.locator('#places li[data-place="ras_lanuf"] button').click();
  expect(await page.locator('#panel .claim-mark').first().textContent()).toBe(' (added by you, checked by you)');
  // The map was built again with each decision; the land it had came along, not asked for again.
  expect(app.requests.filter((url) => url.endsWith('/basemap.geojson'))).toHaveLength(1);

  await kept(page);
  await page.reload();
  await waitForApp(page);
  expect(await listState(page, 'ras_lanuf')).toBe('government');
  expect((await markerFor(page, 'ajdabiya')).state).toBe('contested');
  await page.getByText('Your articles (1)').click();
  await page.getByRole('button', { name: 'Remove: Test Wire' }).click();
  await expect.poll(() => listState(page, 'ras_lanuf')).toBe(before.rasLanuf);
  expect((await markerFor(page, 'ajdabiya')).state).toBe(before.ajdabiya);
  expect((await markerFor(page, 'bin_jawad')).state).toBe(before.binJawad);
  expect(await page.locator('#sources').getByRole('checkbox', { name: 'Test Wire, 30 Mar', includeHidden: true }).count()).toBe(0);
  await kept(page);
  await page.reload();
  await waitForApp(page);
  expect(await listState(page, 'ras_lanuf')).toBe(before.rasLanuf);
  expect(app.errors).toEqual([]);
  expect(app.failed).toEqual([]);
  await app.close();
});

test('the dialog keeps the keyboard inside it, Escape closes it, and focus goes back to "Add article"', async () => {
  const app = await openApp(browser);
  const { page } = app;
  const open = page.getByRole('button', { name: 'Add article' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  expect(await dialog.getByLabel('Article text').evaluate((e) => e === document.activeElement)).toBe(true);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  expect(await dialog.isVisible()).toBe(false);
  expect(await open.evaluate((e) => e === document.activeElement)).toBe(true);
  await open.press('Enter');
  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByLabel('Published').fill('2011-03-30');
  await dialog.getByLabel('Published').press('Enter');
  await dialog.getByRole('list', { name: 'Suggested claims' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('review-title');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Accept all');
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a browser whose storage is full keeps the article in the tab, says so, and loses nothing it kept before', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const { page } = app;
  await findClaims(page, ARTICLE, '2011-03-30');
  await page.getByRole('dialog', { name: 'Add article' }).getByRole('button', { name: 'Accept all' }).click();
  await page.getByRole('dialog', { name: 'Add article' }).getByRole('button', { name: 'Done' }).click();
  await kept(page);
  // From now on every write is refused as a full disk refuses it.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await findClaims(page, ARTICLE.replace('Test Wire', 'Second Wire') + '\n\nA second dispatch.', '2011-03-31');
  await page.getByRole('dialog', { name: 'Add article' }).getByRole('button', { name: 'Done' }).click();
  await page.getByText('Your articles (2)').click();
  expect(await page.locator('.yours-status').textContent()).toMatch(/no room left to keep your articles .*what was kept before is still kept/);
  expect(await page.locator('.yours-item').allTextContents()).toEqual([expect.not.stringMatching(/not kept/), expect.stringMatching(/not kept in this browser/)]);
  await page.reload();
  await waitForApp(page);
  await page.getByText('Your articles (1)').click();
  expect(await page.locator('.yours-facts').textContent()).toBe('Test Wire, 30 March 2011: 4 accepted, 0 rejected, 0 to review');
  expect(await listState(page, 'ras_lanuf')).toBe('government');
  await app.close();
});

test('a change made in another tab is said in this one, and this tab does not overwrite it', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const { page, context } = app;
  await findClaims(page, ARTICLE, '2011-03-30');
  await page.getByRole('dialog', { name: 'Add article' }).getByRole('button', { name: 'Done' }).click();
  await kept(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await waitForApp(other);
  await other.getByText('Your articles (1)').click();
  await other.getByRole('button', { name: 'Review: Test Wire' }).click();
  await other.getByRole('button', { name: 'Accept: Ras Lanuf, government, 30 March' }).click();
  await kept(other);
  await page.getByText('Your articles (1)').click();
  await expect.poll(() => page.locator('.yours-status').textContent()).toMatch(/changed in another tab \("test-wire-2011-03-30"\)/);
  // This tab's copy is older: its next change is refused, and the other tab's accepted claim stays kept.
  await page.getByRole('button', { name: 'Review: Test Wire' }).click();
  await page.getByRole('button', { name: 'Reject: Bin Jawad, government, 29 March' }).click();
  await kept(page);
  await page.getByRole('dialog', { name: 'Add article' }).getByRole('button', { name: 'Done' }).click();
  await page.getByText('Your articles (1)').click();
  expect(await page.locator('.yours-status').textContent()).toMatch(/was changed in another tab, so this tab's change is not saved/);
  const third = await context.newPage();
  await third.goto(page.url());
  await waitForApp(third);
  expect(await listState(third, 'ras_lanuf')).toBe('government');
  await app.close();
});

test('on a phone the review is one column that fits the screen, and the article opens in the reader', async () => {
  const app = await openApp(browser, { viewport: { width: 390, height: 844 } });
  const { page } = app;
  await findClaims(page, ARTICLE, '2011-03-30');
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
  const [text, claims] = await Promise.all([dialog.locator('.review-text').boundingBox(), dialog.locator('.review-claims').boundingBox()]);
  expect(claims!.y).toBeGreaterThanOrEqual(text!.y + text!.height);
  await screenshot(page, 'importer-review-phone');
  await dialog.getByRole('button', { name: 'Read it in the reader' }).click();
  const reader = page.getByRole('dialog', { name: 'Test Wire' });
  await reader.waitFor();
  expect(await reader.locator('.reader-text').textContent()).toContain('Government forces drove rebels out of Bin Jawad on Tuesday');
  expect(app.errors).toEqual([]);
  await app.close();
});

