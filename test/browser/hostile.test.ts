/**
 * Hostile text in the data: a place, a source and a claim full of markup that would run script, hide the page or
 * cover it, served as the app's geo/. Everywhere the app shows them (panel, reader, list, tooltip, exports) they
 * must be plain text, and nothing of them may become an element, a style or a dialog.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { analyse } from '../../src/core/analysis.ts';
import { CLAIM_COLUMNS, claimsCsv } from '../../src/core/claimtable.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { mentionsCollection, serialize, snapshotCollection, timelineCollection } from '../../src/core/export.ts';
import type { Day } from '../../src/core/types.ts';
import { readCsv } from '../core/rfc4180.ts';
import {
  cspViolations, hashFields, launchBrowser, markerFor, openApp, prepareData, screenshot, type AppPage,
} from './browser.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const LINK = '<a href="javascript:alert(1)">click</a>';
const STYLE = '<style>body{display:none}</style>';
const COVER = '<div style="position:fixed;inset:0">';

const NAME = `Zarqa ${IMG}`;
const ALIAS = `Zarqa ${SCRIPT}`;
const SOURCE = 'hostile-2011-03-31';
const QUOTE = `they had taken ${NAME} from government forces`;
const CLAIMANT = `commander ${SCRIPT}`;
const OUTLET = `The <b>Bold</b> Times ${IMG}`;
const TEXT = [
  `Rebels said on Wednesday that ${QUOTE}.`,
  `A commander in ${ALIAS} said the road to Brega was open. ${LINK}`,
  `${STYLE}${COVER}Nothing to see</div> &lt;img src=x onerror=alert(2)&gt; &amp;lt;script&amp;gt;`,
].join('\n\n');

let browser: Browser;
let geo: string;

/** The repo's geo/ plus the hostile place, a fifth source about it and a claim quoting it. */
async function hostileGeo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-hostile-'));
  await cp('geo', dir, { recursive: true });
  const edit = async (path: string, change: (json: Record<string, unknown[]>) => void): Promise<void> => {
    const json = JSON.parse(await readFile(join(dir, path), 'utf8')) as Record<string, unknown[]>;
    change(json);
    await writeFile(join(dir, path), JSON.stringify(json, null, 2));
  };
  await edit('gazetteer.geojson', (g) =>
    g['features']!.push({
      type: 'Feature',
      properties: {
        id: 'zarqa', name: NAME, aliases: [ALIAS], kind: 'town', geonames: null, coordSource: STYLE, approximate: true,
      },
      geometry: { type: 'Point', coordinates: [18.9, 30.2] },
    }),
  );
  await edit('sources/manifest.json', (m) =>
    m['sources']!.push({
      id: SOURCE, file: '004_hostile.txt', outlet: OUTLET, headline: `${SCRIPT} Zarqa falls`, byline: LINK,
      published: '2011-03-31', dateline: null, notes: `${STYLE}${COVER}`,
    }),
  );
  await writeFile(join(dir, 'sources/004_hostile.txt'), TEXT);
  await edit('claims.json', (c) =>
    c['claims']!.push({
      id: 'hostile-zarqa-taken', place: 'zarqa', side: 'rebel', date: '2011-03-30', precision: 'day', event: 'captured',
      source: SOURCE, quote: QUOTE, claimant: CLAIMANT, resolvedFrom: 'on Wednesday',
      // A claim that a place changed hands says who held it before: undated, so it fills in no day.
      before: { side: 'government', source: SOURCE, quote: QUOTE },
    }),
  );
  return dir;
}

beforeAll(async () => {
  geo = await hostileGeo();
  // The hostile folder is valid data: nothing is turned away at the door, so all of it reaches the page.
  expect((await loadDataset(folderReader(geo))).problems).toEqual([]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(geo, { recursive: true, force: true });
});

/** What the hostile data would have made of the page, had any of it been read as markup. */
function injected(page: Page) {
  return page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src || s.textContent !== '').length,
    foreignScripts: [...document.scripts].filter((s) => !s.src.startsWith(`${location.origin}/`)).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript" i]').length,
    styles: document.querySelectorAll('style').length,
    boldElements: document.querySelectorAll('b').length,
    styledByData: document.querySelectorAll('[style*="inset"], [style*="position:fixed"]').length,
    bodyShown: getComputedStyle(document.body).display !== 'none',
  }));
}

async function expectNothingRan(app: AppPage): Promise<void> {
  expect(await injected(app.page)).toEqual({
    images: 0,
    inlineScripts: 0,
    foreignScripts: 0,
    javascriptLinks: 0,
    styles: 0,
    boldElements: 0,
    styledByData: 0,
    bodyShown: true,
  });
  // Dialogs (an alert) are recorded as errors by openApp; a CSP violation would mean something tried to run.
  expect(app.errors).toEqual([]);
  expect(await cspViolations(app.page)).toEqual([]);
}

test('the panel shows the hostile name, claimant and quote as text', async () => {
  const app = await openApp(browser, { geo, hash: '#day=2011-03-31&place=zarqa' });
  const panel = app.page.locator('#panel');
  expect(await panel.locator('#panel-title').textContent()).toBe(NAME);
  expect(await panel.locator('.panel-aliases').textContent()).toBe(`Also written: ${ALIAS}`);
  const text = (await panel.textContent()) ?? '';
  for (const words of [QUOTE, CLAIMANT, OUTLET]) expect(text).toContain(words);
  await screenshot(app.page, 'hostile-panel');
  await expectNothingRan(app);
  await app.close();
});

test('the reader shows the hostile source, its markup and its metadata as text', async () => {
  const app = await openApp(browser, { geo, hash: `#day=2011-03-31&place=zarqa&reader=${SOURCE}` });
  const dialog = app.page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const body = (await dialog.locator('.reader-text').textContent()) ?? '';
  for (const words of [NAME, ALIAS, LINK, STYLE, COVER, '<img src=x onerror=alert(2)>', '&lt;script&gt;']) {
    expect(body).toContain(words);
  }
  const whole = (await dialog.textContent()) ?? '';
  for (const words of [OUTLET, `${SCRIPT} Zarqa falls`, LINK]) expect(whole).toContain(words);
  expect(await dialog.locator('.reader-text button[data-place="zarqa"]').allTextContents()).toEqual([NAME, ALIAS]);
  await screenshot(app.page, 'hostile-reader');
  await expectNothingRan(app);
  await app.close();
});

test('searching the list for "<script>" finds the place by its hostile alias, shown as text', async () => {
  const app = await openApp(browser, { geo });
  await app.page.locator('#places-search').fill('<script>');
  const row = app.page.locator('#places .place-row:not([hidden])');
  expect(await row.count()).toBe(1);
  expect(await row.locator('.place-name').textContent()).toBe(NAME);
  expect(await row.locator('.place-alias').textContent()).toBe(`also “${ALIAS}”`);
  await expectNothingRan(app);
  await app.close();
});

test('the map tooltip and the front label name the hostile place as text', async () => {
  const app = await openApp(browser, { geo, hash: '#day=2011-03-31' });
  const tip = app.page.locator('.leaflet-tooltip.place-tip', { hasText: 'Zarqa' });
  expect(await tip.count()).toBe(0);
  const marker = await markerFor(app.page, 'zarqa');
  await app.page.mouse.move(marker.clientPoint.x, marker.clientPoint.y);
  await expect.poll(() => tip.allTextContents()).toEqual([NAME]);
  // The front west of Brega is drawn against the hostile place, which the rebels took on 30 March.
  const front = app.page.locator('.front-label', { hasText: 'Zarqa' });
  const label = (await front.textContent()) ?? '';
  expect(label.startsWith(`${NAME}: `)).toBe(true);
  expect(label).toMatch(/: \d+ km from Benghazi/);
  await screenshot(app.page, 'hostile-tooltip');
  await expectNothingRan(app);
  await app.close();
});

test('the three exports carry the hostile text as JSON strings, byte for byte what the core writes', async () => {
  const day = '2011-03-31' as Day;
  const analysis = analyse(await prepareData(geo));
  const expected = [
    serialize(snapshotCollection(analysis, day)),
    serialize(timelineCollection(analysis)),
    serialize(mentionsCollection(analysis)),
  ];
  const app = await openApp(browser, { geo, hash: `#day=${day}` });
  const texts: string[] = [];
  for (const item of [/^Snapshot/, /^Full timeline/, /^Mentions/]) {
    await app.page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('menuitem', { name: item }).click()]);
    texts.push(await readFile(await file.path(), 'utf8'));
  }
  expect(texts).toEqual(expected);
  const [snapshot, timeline, mentions] = texts.map((t) => JSON.stringify(JSON.parse(t)));
  expect(snapshot).toContain(JSON.stringify(QUOTE));
  expect(timeline).toContain(JSON.stringify(CLAIMANT));
  expect(mentions).toContain(JSON.stringify(ALIAS));
  await expectNothingRan(app);
  await app.close();
});

test('the claims CSV carries the hostile text as plain cells, byte for byte what the core writes', async () => {
  const expected = claimsCsv(analyse(await prepareData(geo)));
  const app = await openApp(browser, { geo, hash: '#day=2011-03-31' });
  await app.page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('menuitem', { name: /^Claims \(CSV\)$/ }).click(),
  ]);
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toBe(expected);
  const cell = (name: (typeof CLAIM_COLUMNS)[number]) => CLAIM_COLUMNS.indexOf(name);
  const row = readCsv(text.replace(/^\uFEFF/, '')).find((r) => r[cell('source')] === SOURCE);
  expect([row?.[cell('location')], row?.[cell('quote')], row?.[cell('claimant')], row?.[cell('outlet')]]).toEqual([
    NAME, QUOTE, CLAIMANT, OUTLET,
  ]);
  await expectNothingRan(app);
  await app.close();
});

test('a script in every URL parameter falls back to the defaults and runs nothing', async () => {
  const { timeline } = analyse(await prepareData(geo));
  const hostile = encodeURIComponent(SCRIPT);
  const hash = ['day', 'place', 'sources', 'map', 'reader'].map((key) => `${key}=${hostile}`).join('&');
  const app = await openApp(browser, { geo, hash: `#${hash}&${IMG}` });
  const fields = await hashFields(app.page);
  expect(Object.keys(fields).sort()).toEqual(['day', 'map']);
  expect(fields['day']).toBe(timeline.domain.end);
  expect(fields['map']).toMatch(/^-?\d+(\.\d+)?\/-?\d+(\.\d+)?\/\d+$/);
  expect(await app.page.getByRole('dialog').count()).toBe(0);
  await expectNothingRan(app);
  await app.close();
});
