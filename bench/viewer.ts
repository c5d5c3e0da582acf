/**
 * The viewer part of the benchmark: the built app in headless Chromium, served from 127.0.0.1 with every other
 * request aborted, on the real data and on a generated geo folder served in place of dist/geo.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_TYPES } from '../test/browser/app.ts';
import { launchBrowser } from '../test/browser/browser.ts';
import { atMost, median, percentile, result, type Result } from './measure.ts';

/**
 * Serves the built app (`dist`) under `/real/`, and under `/generated/` the same app with `geo/` taken from
 * `generatedGeo`. Nothing outside those folders is served.
 */
function serve(dist: string, generatedGeo: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const [, mount, ...rest] = path.split('/');
    const inside = rest.join('/') || 'index.html';
    const base = mount === 'generated' && inside.startsWith('geo/') ? generatedGeo : dist;
    const file = resolve(base, mount === 'generated' && inside.startsWith('geo/') ? inside.slice(4) : inside);
    const ok = (mount === 'real' || mount === 'generated') && file.startsWith(base + sep) && existsSync(file) && statSync(file).isFile();
    if (!ok) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
}

/** Opens `url` in a fresh context with the network cut off; resolves once the app says the map is drawn. */
async function open(browser: Browser, url: string, timeout: number): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.fallback() : route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset['drawn'] === '1', undefined, { timeout });
  return { page, errors, close: () => context.close() };
}

interface Steps {
  /** Per step: the input handler plus the frame that paints it, without the wait for that frame to begin. */
  work: number[];
  /** Per step: from the input to the end of the frame that paints it, wait included. */
  latency: number[];
  /** Per step: from the input until the place markers on screen show the new day (painted off the main thread). */
  markers: number[];
  longTasks: number[];
  /** Frames with no change, timed the same way: the floor of the method on this machine. */
  empty: number[];
}

// Page code as text: the bundler that runs this file would otherwise wrap its functions in helpers the page lacks.
// A message posted from a frame's animation callback is handled once that frame's rendering is done.
const SLIDER_STEPS = `async (count) => {
  const slider = document.getElementById('date-slider');
  if (!slider) throw new Error('no #date-slider');
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const painted = () => new Promise((done) => requestAnimationFrame((frameStart) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(frameStart);
    channel.port2.postMessage(null);
  }));
  await painted();
  const frame = async () => {
    const start = performance.now();
    const frameStart = await painted();
    return performance.now() - Math.max(frameStart, start);
  };
  const empty = [];
  for (let i = 0; i < 20; i++) empty.push(await frame());
  const work = [];
  const latency = [];
  const markers = [];
  let value = Number(slider.value);
  let step = value >= Number(slider.max) ? -1 : 1;
  for (let i = 0; i < count; i++) {
    if (value + step > Number(slider.max) || value + step < Number(slider.min)) step = -step;
    value += step;
    const start = performance.now();
    slider.value = String(value);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const handled = performance.now();
    const shown = window.__frontline.canvasDrawn().then(() => performance.now());
    const frameStart = await painted();
    const end = performance.now();
    work.push(handled - start + (end - Math.max(frameStart, handled)));
    latency.push(end - start);
    markers.push((await shown) - start);
  }
  await new Promise((done) => setTimeout(done, 200));
  observer.disconnect();
  return { work, latency, markers, longTasks, empty };
}`;

/**
 * Moves the date slider one day `count` times (back and forth within its range), each step as a reader's input
 * event, and times it until the next frame has been painted; long tasks are observed throughout.
 */
function sliderSteps(page: Page, count: number): Promise<Steps> {
  return page.evaluate(`(${SLIDER_STEPS})(${count})`) as Promise<Steps>;
}

export interface ViewerOptions {
  /** The built app. */
  dist: string;
  generatedGeo: string;
  loads: number;
  steps: number;
  /** How long the generated data may take to load and draw, ms. */
  generatedTimeout: number;
}

/** Navigation to first full draw, slider steps and long tasks, on the real and on the generated data. */
export async function measureViewer(options: ViewerOptions): Promise<{ results: Result[]; chromium: string; errors: string[] }> {
  const section = 'viewer';
  const server = serve(options.dist, options.generatedGeo);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  const errors: string[] = [];
  try {
    const draws: number[] = [];
    for (let i = 0; i <= options.loads; i++) {
      const app = await open(browser, `${origin}/real/`, 30_000);
      const drawn = (await app.page.evaluate("performance.getEntriesByName('frontline:drawn')[0]?.startTime ?? NaN")) as number;
      // The first load warms the browser's caches of code; it is not counted.
      if (i > 0) draws.push(drawn);
      errors.push(...app.errors);
      await app.close();
    }
    const real = await open(browser, `${origin}/real/`, 30_000);
    await real.page.waitForTimeout(300);
    const realSteps = await sliderSteps(real.page, options.steps);
    errors.push(...real.errors);
    await real.close();

    const generated = await open(browser, `${origin}/generated/`, options.generatedTimeout);
    await generated.page.waitForTimeout(300);
    const generatedSteps = await sliderSteps(generated.page, options.steps);
    errors.push(...generated.errors);
    await generated.close();

    const stepNote = 'input handler + the frame painting it; p95';
    const markerNote = 'from the input until the worker-painted markers and highway of the new day are on the canvas';
    return {
      chromium: browser.version(),
      errors,
      results: [
        result(section, 'navigation → map drawn, real data (median)', median(draws), 'ms', atMost(300), `${draws.length} loads`),
        result(section, 'slider step, real data (p95)', percentile(realSteps.work, 0.95), 'ms', atMost(8), `${options.steps} steps; ${stepNote}`),
        result(section, 'slider step incl. wait for frame, real data (p95)', percentile(realSteps.latency, 0.95), 'ms'),
        result(section, 'slider step until map painted, real data (p95)', percentile(realSteps.markers, 0.95), 'ms', null, markerNote),
        result(section, 'frame with no change, real data (p95)', percentile(realSteps.empty, 0.95), 'ms', null, 'the floor of the method'),
        result(section, 'slider step, generated data (p95)', percentile(generatedSteps.work, 0.95), 'ms', atMost(16), `${options.steps} steps; ${stepNote}`),
        result(section, 'slider step incl. wait for frame, generated data (p95)', percentile(generatedSteps.latency, 0.95), 'ms'),
        result(section, 'slider step until map painted, generated data (p95)', percentile(generatedSteps.markers, 0.95), 'ms', null, markerNote),
        result(section, 'long tasks > 50 ms during steps, real data', realSteps.longTasks.length, 'tasks', atMost(0)),
        result(section, 'long tasks > 50 ms during steps, generated data', generatedSteps.longTasks.length, 'tasks', atMost(0)),
      ],
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
