/**
 * The pages the benchmark drives: built sites served from 127.0.0.1 to one headless Chromium (which sends every
 * other request nowhere: test/browser/chromium.ts) that the viewer and importer parts share, so that both measure in
 * the same browser.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_TYPES } from '../test/browser/app.ts';
import { launchBrowser } from '../test/browser/browser.ts';

/** A page to serve: its built files, and the folder its `geo/` requests are answered from. */
export interface Site {
  root: string;
  geo: string;
}

/** Serves each of `sites` under `/name/`. Nothing outside their folders is served. */
function serve(sites: Readonly<Record<string, Site>>): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const [, mount = '', ...rest] = path.split('/');
    const inside = rest.join('/') || 'index.html';
    const site = Object.hasOwn(sites, mount) ? sites[mount] : undefined;
    const base = site && (inside.startsWith('geo/') ? site.geo : site.root);
    const file = base && resolve(base, inside.startsWith('geo/') ? inside.slice(4) : inside);
    if (!base || !file || !file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
}

/** The browser and the server of a run; `close` ends both. */
export interface Pages {
  browser: Browser;
  origin: string;
  close(): Promise<void>;
}

/** Launches Chromium, then serves `sites` under `/name/` on a free port of 127.0.0.1. */
export async function startPages(sites: Readonly<Record<string, Site>>): Promise<Pages> {
  // Before the server: a browser that cannot start must not leave a server keeping the run alive.
  const browser = await launchBrowser();
  const server = serve(sites);
  try {
    await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

export interface OpenPage {
  page: Page;
  /** Uncaught errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

/** Resolves once the app (or the baseline page) says its map is drawn. */
export const whenDrawn = (page: Page, timeout: number): Promise<unknown> =>
  page.waitForFunction(() => document.documentElement.dataset['drawn'] === '1', undefined, { timeout });

/** Clicks "Add article" once, which loads the importer, and waits for its hooks (`window.__frontlineImporter`). */
export async function startImporter(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  // A function, not a string: the app's CSP forbids the eval a string would need.
  await page.waitForFunction(() => window.__frontlineImporter !== undefined, undefined, { timeout: 30_000 });
}

/** Opens `url` in a fresh context (its own storage) with the network cut off; resolves once the map is drawn. */
export async function openPage(browser: Browser, url: string, timeout: number): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await whenDrawn(page, timeout);
  return { page, errors, close: () => context.close() };
}
