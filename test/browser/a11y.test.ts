/**
 * The accessibility audit: axe-core on each view a reader meets. No violation of impact serious or critical may
 * remain; every moderate or minor one must be accounted for in the README's "Accessibility" section.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { audit, expectAccessible } from './axe.ts';
import { cspViolations, launchBrowser, openApp, type OpenOptions } from './browser.ts';

const PHONE = { width: 375, height: 740 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The axe rule ids the README's "Accessibility" section names in backticks, as accepted and explained. */
function documentedRules(): Set<string> {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const start = readme.search(/^## Accessibility$/m);
  expect(start, 'README.md has an "## Accessibility" section').toBeGreaterThanOrEqual(0);
  const lines = readme.slice(start).split('\n');
  const end = lines.findIndex((line, i) => i > 0 && line.startsWith('## '));
  const section = lines.slice(0, end === -1 ? undefined : end).join('\n');
  return new Set([...section.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!));
}

const VIEWS: [string, OpenOptions, (page: Page) => Promise<void>][] = [
  ['the first view', {}, async () => {}],
  ['the place panel, Ajdabiya selected', { hash: '#day=2011-03-31&place=ajdabiya' }, async (page) => {
    await page.locator('#panel h2').waitFor();
  }],
  ['the reader, a source open', { hash: '#day=2011-03-30&place=brega&reader=nyt-2011-03-30' }, async (page) => {
    await page.getByRole('dialog').waitFor();
  }],
  ['the places list, filtered by "Mis"', {}, async (page) => {
    await page.getByLabel('Find a place').fill('Mis');
    await page.locator('#places li:visible').first().waitFor();
  }],
  ['the 375 px layout, Ajdabiya selected', { hash: '#day=2011-03-31&place=ajdabiya', viewport: PHONE }, async () => {}],
  ['the 375 px layout, the sources menu open', { hash: '#day=2011-03-31', viewport: PHONE }, async (page) => {
    await page.locator('#sources summary').click();
    await page.locator('#sources').getByRole('checkbox').first().waitFor();
  }],
];

test.each(VIEWS)('%s has no serious or critical violation, and the README explains any other', async (where, options, setUp) => {
  const app = await openApp(browser, options);
  await setUp(app.page);
  const remaining = await expectAccessible(app.page, where);
  const documented = documentedRules();
  for (const violation of remaining) {
    expect(documented.has(violation.id), `${violation.impact} ${violation.id} on ${where} is not in the README`).toBe(true);
  }
  // axe is run through the DevTools protocol: the page keeps its policy, and the audit breaks none of it.
  expect(await cspViolations(app.page)).toEqual([]);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('the audit finds what it is shown: an image with no text and a button with no name fail it', async () => {
  const app = await openApp(browser);
  await app.page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.append(document.createElement('button'), Object.assign(document.createElement('img'), { src: 'data:,' }));
  });
  const ids = (await audit(app.page)).map((v) => `${v.impact} ${v.id}`);
  expect(ids).toEqual(expect.arrayContaining(['critical button-name', 'critical image-alt']));
  await expect(expectAccessible(app.page, 'a page with a nameless button')).rejects.toThrow(/critical button-name/);
  await app.close();
});
