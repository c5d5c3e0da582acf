/**
 * What the reader added, taken home: "Download your articles" merged into a copy of geo/ with the command line gives
 * the exports the page gives. A new place the reference knows joins the map; a browser that keeps nothing says so
 * and still downloads; a link naming an article this browser lacks falls back and says so.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { printed as cli } from '../cli/cli.ts';
import { launchBrowser, markerFor, openApp, screenshot } from './browser.ts';

const ARTICLE = await readFile('test/fixtures/articles/test-wire.txt', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function exported(page: Page, item: RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return readFile(await file.path(), 'utf8');
}

async function addArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByLabel('Outlet').fill('Test Wire');
  await dialog.getByLabel('Published').fill('2011-03-30');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  await dialog.getByRole('list', { name: 'Suggested claims' }).waitFor();
}

test('a place the reference knows is added at its position, and what the article says of it becomes a claim', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const { page } = app;
  await addArticle(page);
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  expect(await dialog.getByText('Marada, named once: GeoNames 2215282, “Marādah”, at 29.22° N, 19.20° E.').count()).toBe(1);
  await dialog.getByRole('button', { name: 'Add Marada to the map' }).click();
  await dialog.getByRole('button', { name: 'Accept: Marada, contested, 30 March' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const marada = await markerFor(page, 'Marada');
  expect([marada.lng, marada.lat]).toEqual([19.20454, 29.22054]);
  expect(marada.state).toBe('contested');
  expect(app.errors).toEqual([]);
  await app.close();
});

test('the downloaded articles merged into geo/ with the command line give the same exports as the page', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const { page } = app;
  await addArticle(page);
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  // The click and what it does at once, in one task of the page: the rows read without Marada are held still.
  const held = await page.evaluate(() => {
    const button = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => b.textContent === name)!;
    const acceptAll = button('Accept all');
    button('Add Marada to the map').click();
    return { acceptAll: acceptAll.disabled, busy: document.querySelector('.importer-body')?.getAttribute('aria-busy'), status: document.querySelector('.review-status')?.textContent };
  });
  expect(held).toEqual({ acceptAll: true, busy: 'true', status: 'Adding Marada to the map and reading the article again…' });
  await dialog.getByRole('button', { name: 'Accept all' }).click();
  await dialog.getByRole('button', { name: 'Reject: Brega, rebel, about 29 March' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByText('Your articles (1)').click();
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your articles' }).click()]);
  expect(bundle.suggestedFilename()).toBe('frontline-articles.json');
  await page.keyboard.press('Escape');
  const page_ = {
    snapshot: await exported(page, /^Snapshot of 30 March 2011/),
    timeline: await exported(page, /^Full timeline/),
    mentions: await exported(page, /^Mentions/),
    claims: await exported(page, /^Claims/),
  };

  const dir = await mkdtemp(join(tmpdir(), 'frontline-merged-'));
  await cp('geo', dir, { recursive: true });
  const merged = JSON.parse(await cli('merge', await bundle.path(), '--geo', dir)) as { claims: string[]; places: string[] };
  expect(merged.places).toEqual(['marada']);
  expect(merged.claims.length).toBe(4);
  expect(await cli('export', 'snapshot', '--date', '2011-03-30', '--geo', dir)).toBe(page_.snapshot);
  expect(await cli('export', 'timeline', '--geo', dir)).toBe(page_.timeline);
  expect(await cli('export', 'mentions', '--geo', dir)).toBe(page_.mentions);
  expect(await cli('export', 'claims', '--format', 'csv', '--geo', dir)).toBe(page_.claims);
  expect(page_.claims).toContain('Test Wire');
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a browser that cannot keep anything says so, keeps the article in the tab, and still downloads it', async () => {
  const app = await openApp(browser, {
    prepare: async (context) => {
      await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    },
  });
  const { page } = app;
  await addArticle(page);
  await page.getByRole('dialog', { name: 'Add article' }).getByRole('button', { name: 'Done' }).click();
  await page.getByText('Your articles (1)').click();
  expect(await page.locator('.yours-status').textContent()).toMatch(/IndexedDB is unavailable\). What you added is kept in this tab until it closes; "Download your articles" saves it as a file\./);
  expect(await page.locator('.yours-facts').textContent()).toMatch(/not kept in this browser/);
  await screenshot(page, 'importer-no-storage');
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your articles' }).click()]);
  expect(JSON.parse(await readFile(await bundle.path(), 'utf8'))).toMatchObject({ format: 'frontline-articles', sources: [{ entry: { outlet: 'Test Wire' } }] });
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a link naming an article this browser does not have shows the sources it has, and says so', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30&sources=test-wire-2011-03-30,nyt-2011-03-30&reader=test-wire-2011-03-30' });
  const banner = await app.page.locator('#banner').textContent();
  expect(banner).toContain('This link names a source this browser does not have ("test-wire-2011-03-30"); it shows what it has.');
  expect(await app.page.locator('#sources input[type=checkbox]:checked').count()).toBe(1);
  await app.close();
});

test('a claim that came unreviewed (add --accept all) is marked in the panel as suggested and not reviewed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-unreviewed-'));
  await cp('geo', dir, { recursive: true });
  const claims = JSON.parse(await readFile(join(dir, 'claims.json'), 'utf8')) as { claims: { place: string; reviewed?: boolean }[] };
  for (const claim of claims.claims) if (claim.place === 'bin_jawad') claim.reviewed = false;
  await writeFile(join(dir, 'claims.json'), JSON.stringify(claims));
  const app = await openApp(browser, { geo: dir, hash: '#day=2011-03-30&place=bin_jawad' });
  const marks = await app.page.locator('#panel .claim-mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(new Set(marks)).toEqual(new Set([' (suggested by Frontline, not reviewed)']));
  await app.close();
});

