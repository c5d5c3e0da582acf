/**
 * Helpers for the browser tests: headless Chromium (whichever ./chromium.ts finds, with the network cut off: only
 * 127.0.0.1 answers) through playwright-core, pages that record every console error, page error and failed request,
 * and screenshots to look at.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEFAULT_GEO_DIR, folderReader } from '../../src/cli/files.ts';
import { prepare, type Prepared } from '../../src/core/analysis.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { CONTENT_TYPES } from './app.ts';

export { launchBrowser } from './chromium.ts';

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught page errors and dialogs (an injected `alert` would show up here). */
  errors: string[];
  /** Requests that failed, including every one that tried to leave the machine. */
  failed: string[];
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** URL hash, e.g. `#day=2011-03-30`. */
  hash?: string;
  viewport?: { width: number; height: number };
  /** Device pixels to the CSS pixel: 2 for a laptop's or a phone's high-density screen. */
  deviceScaleFactor?: number;
  timezoneId?: string;
  /** Wait for the first draw of the data (default) and the basemap. */
  wait?: boolean;
  /** Runs before the page loads, e.g. to route a data file to something broken. */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** A folder to serve as the app's `geo/` instead of the built copy of the repo's own. */
  geo?: string;
}

/** Opens the built app in a fresh context: nothing is shared with any other test but the browser. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    acceptDownloads: true,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const errors: string[] = [];
  const failed: string[] = [];
  const requests: string[] = [];
  // Chromium logs CSP violations to the console too; this keeps them where a test can count them.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (options.geo !== undefined) await serveGeo(context, options.geo);
  await options.prepare?.(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? '?'}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(appUrl(options.hash));
  if (options.wait !== false) {
    await waitForApp(page).catch((error: Error) => {
      throw new Error(`${error.message}\nerrors: ${errors.join('\n')}\nfailed: ${failed.join('\n')}`);
    });
  }
  return { page, context, errors, failed, requests, close: () => context.close() };
}

/** Answers the app's requests under `geo/` from `dir`, byte for byte, with a real 404 where `dir` has no such file. */
async function serveGeo(context: BrowserContext, dir: string): Promise<void> {
  const root = resolve(dir);
  const prefix = `${appUrl()}geo/`;
  await context.route(`${prefix}**`, async (route) => {
    const url = route.request().url().split(/[?#]/)[0] ?? '';
    const file = resolve(root, decodeURIComponent(url.slice(prefix.length)));
    const body = file.startsWith(root + sep) ? await readFile(file).catch(() => null) : null;
    if (body === null) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
}

/** The built app's URL with `hash`. */
export function appUrl(hash = ''): string {
  return `${inject('appUrl')}${hash}`;
}

/** The built app's origin, `http://127.0.0.1:port`: every request the app makes must start with it. */
export function appOrigin(): string {
  return new URL(inject('appUrl')).origin;
}

/** Waits until the data is drawn and the basemap has loaded (or failed). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['drawn'] === '1', null, { timeout: 15_000 });
  await page.waitForFunction(() => document.documentElement.dataset['basemap'] !== undefined, null, { timeout: 15_000 });
}

/** Saves a screenshot as test-artifacts/`name`.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Every Content-Security-Policy violation the page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** The current URL hash's fields. */
export async function hashFields(page: Page): Promise<Record<string, string>> {
  const hash = await page.evaluate(() => location.hash);
  return Object.fromEntries(
    hash
      .replace(/^#/, '')
      .split('&')
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1))]),
  );
}

/** A place's marker as the page draws it (see `window.__frontline.markerFor`). */
export async function markerFor(page: Page, idOrName: string) {
  const marker = await page.evaluate((key) => window.__frontline?.markerFor(key) ?? null, idOrName);
  if (marker === null) throw new Error(`no marker for "${idOrName}"`);
  return marker;
}

/**
 * The colour painted at `idOrName`'s marker centre, [r, g, b, a], read from the markers' canvas as it is on screen
 * (once it shows every change made so far): proof the marker is drawn where the map says, not only styled.
 */
export async function markerPixel(page: Page, idOrName: string): Promise<number[]> {
  await page.evaluate(() => window.__frontline!.canvasDrawn());
  return canvasPixel(page, (await markerFor(page, idOrName)).clientPoint);
}

/** The colour painted at `[lon, lat]` on the map, read as `markerPixel` reads a marker's. */
export async function mapPixel(page: Page, [lon, lat]: readonly [number, number]): Promise<number[]> {
  await page.evaluate(() => window.__frontline!.canvasDrawn());
  const point = await page.evaluate((at) => {
    const map = window.__frontline!.map;
    const { x, y } = map.latLngToContainerPoint(at);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, [lat, lon] as [number, number]);
  return canvasPixel(page, point);
}

/** The colour on the map's canvas at a point of the page, [r, g, b, a]; all zero where nothing is painted. */
export async function canvasPixel(page: Page, point: { x: number; y: number }): Promise<number[]> {
  return (await canvasPixels(page, [point]))[0]!;
}

/** The colours on the map's canvas at points of the page, read from one copy of it. */
export function canvasPixels(page: Page, points: readonly { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate((points) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.map-canvas');
    if (!canvas) throw new Error('no map canvas');
    const box = canvas.getBoundingClientRect();
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [canvas.width, canvas.height];
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    return points.map(({ x, y }) => {
      const px = Math.floor(((x - box.left) * canvas.width) / box.width);
      const py = Math.floor(((y - box.top) * canvas.height) / box.height);
      return [...context.getImageData(px, py, 1, 1).data];
    });
  }, points);
}

/** True where `pixel` ([r, g, b, a]) is `hex` (#rrggbb) to within `tolerance` on each channel, and not transparent. */
export function paintedAs(pixel: readonly number[], hex: string, tolerance = 6): boolean {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (pixel[3] ?? 0) > 0 && want.every((v, i) => Math.abs((pixel[i] ?? -255) - v) <= tolerance);
}

/** The core's view of the repo's geo/ data (or of `dir`), computed in Node: what the page should be showing. */
export async function prepareData(dir = DEFAULT_GEO_DIR): Promise<Prepared> {
  const { dataset } = await loadDataset(folderReader(dir));
  return prepare(dataset);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 March 2011" for `2011-03-30`: how the page should write a day, whatever the time zone. */
export function spoken(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
