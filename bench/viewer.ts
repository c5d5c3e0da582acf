/**
 * The viewer part of the benchmark: the built app and its baseline page (bench/baseline/) in headless Chromium
 * (bench/pages.ts), each on the real data and on a generated geo folder.
 */
import type { Browser, Page } from 'playwright-core';
import { atMost, median, percentile, ratioAtLeast, result, type Result } from './measure.ts';
import { openPage, type Pages } from './pages.ts';

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

/**
 * How long a page is left after its turn of steps, ms: longer than anything the app does once the slider rests (the
 * announcement of the day, 500 ms after; Compare's list of changes, 250 ms after; the URL, 120 ms after).
 */
const REST_MS = 700;

// Page code as text: the bundler that runs this file would otherwise wrap its functions in helpers the page lacks.
// A message posted from a frame's animation callback is handled once that frame's rendering is done. The direction
// of travel is kept on the page between calls, so that runs in several turns walk the range as one run would.
const SLIDER_STEPS = `async (count, empties) => {
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
  for (let i = 0; i < empties; i++) empty.push(await frame());
  const work = [];
  const latency = [];
  const markers = [];
  let value = Number(slider.value);
  let step = window.__benchStep ?? (value >= Number(slider.max) ? -1 : 1);
  for (let i = 0; i < count; i++) {
    if (value + step > Number(slider.max) || value + step < Number(slider.min)) step = -step;
    window.__benchStep = step;
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
  // The page finishes what it does once the slider rests before the next page's turn begins: measured during that
  // turn, its work (an announcement, a list redrawn) would be counted against the other page, on two cores.
  await new Promise((done) => setTimeout(done, ${REST_MS}));
  await new Promise((done) => requestIdleCallback(done));
  observer.disconnect();
  return { work, latency, markers, longTasks, empty };
}`;

/**
 * Moves the date slider one day `count` times (back and forth within its range), each step as a reader's input
 * event, and times it until the next frame has been painted, after timing `empties` frames with no change; long
 * tasks are observed throughout.
 */
function sliderSteps(page: Page, count: number, empties: number): Promise<Steps> {
  return page.evaluate(`(${SLIDER_STEPS})(${count}, ${empties})`) as Promise<Steps>;
}

/** Steps in turns of this many, the pages taken in turn: a machine busy for a while slows both, not one. */
const TURN = 10;

export interface ViewerOptions {
  /** How many places each page draws, for the notes. */
  places: { real: number; generated: number };
  /** Loads of each page with the real data, and with the generated data, counted after one that is not. */
  loads: number;
  generatedLoads: number;
  steps: number;
  /** How long the generated data may take to load and draw, ms. */
  generatedTimeout: number;
}

interface PageRuns {
  /** Per load: navigation to the `frontline:drawn` mark. */
  draws: number[];
  /** Per load: from the `frontline:analysed` mark (the core's work on the data done) to `frontline:drawn`. */
  drawing: number[];
  steps: Steps;
  errors: string[];
}

/**
 * Loads each of `paths` 1 + `loads` times, the pages taken in turn, and times navigation to the `frontline:drawn`
 * mark; then opens them and the `compared` pages (the app comparing a second day, not timed loading) side by side
 * and moves each one's slider `steps` times, in turns.
 */
async function runPages(browser: Browser, paths: readonly string[], loads: number, steps: number, timeout: number, compared: readonly string[] = []): Promise<PageRuns[]> {
  const all = [...paths, ...compared];
  const runs: PageRuns[] = all.map(() => ({ draws: [], drawing: [], steps: { work: [], latency: [], markers: [], longTasks: [], empty: [] }, errors: [] }));
  for (let i = 0; i <= loads; i++) {
    for (const [n, path] of paths.entries()) {
      const page = await openPage(browser, path, timeout);
      const [analysed, drawn] = (await page.page.evaluate(
        "['frontline:analysed', 'frontline:drawn'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN)",
      )) as [number, number];
      // The first load warms the browser's caches of code; it is not counted.
      if (i > 0) {
        runs[n]!.draws.push(drawn);
        runs[n]!.drawing.push(drawn - analysed);
      }
      runs[n]!.errors.push(...page.errors);
      await page.close();
    }
  }
  const pages = [];
  for (const path of all) pages.push(await openPage(browser, path, timeout));
  try {
    // Compare's chunk loads with such a link; a page stepped before it marks the changes would time nothing of it.
    for (const page of pages.slice(paths.length)) {
      await page.page.waitForFunction('window.__frontline?.compared() != null', null, { timeout });
    }
    await pages[0]!.page.waitForTimeout(300);
    for (let done = 0; done < steps; done += TURN) {
      for (const [n, page] of pages.entries()) {
        const turn = await sliderSteps(page.page, Math.min(TURN, steps - done), done === 0 ? 20 : 2);
        for (const key of Object.keys(turn) as (keyof Steps)[]) runs[n]!.steps[key].push(...turn[key]);
      }
    }
  } finally {
    for (const [n, page] of pages.entries()) {
      runs[n]!.errors.push(...page.errors);
      await page.close();
    }
  }
  return runs;
}

/** The second day of the Compare pages: a day on each data's slider, away from its ends. */
const COMPARED = { real: '2011-03-28', generated: '2011-06-01' };
/**
 * "Not slower", allowing for what two p95s of the same work differ by from run to run here (about 10%): a compared
 * day that cost a step anything measurable (the marks of changes redrawn with every day) shows well below it.
 */
const NOT_SLOWER = 0.9;

/** How many times faster Frontline is than its baseline, by two times: the baseline's over Frontline's. */
const faster = (baseline: number, frontline: number): number => baseline / frontline;

/**
 * Navigation to first full draw, slider steps and long tasks, on the real and on the generated data, for the app
 * and for the baseline page, with the app's speed-up over the baseline.
 */
export async function measureViewer(pages: Pages, options: ViewerOptions): Promise<{ results: Result[]; errors: string[] }> {
  const section = 'viewer';
  const { browser, origin } = pages;
  // The same app with a second day compared, stepped in turn with the others: a compared day must not slow a step.
  const comparing = (path: string, day: string): string => `${path}#compare=${day}`;
  const [app, base, appCompared] = await runPages(browser, [`${origin}/real/`, `${origin}/baseline-real/`], options.loads, options.steps, 30_000, [comparing(`${origin}/real/`, COMPARED.real)]);
  const [gen, genBase, genCompared] = await runPages(
    browser,
    [`${origin}/generated/`, `${origin}/baseline-generated/`],
    options.generatedLoads,
    options.steps,
    options.generatedTimeout,
    [comparing(`${origin}/generated/`, COMPARED.generated)],
  );
  const p95 = (samples: readonly number[]): number => percentile(samples, 0.95);
  const stepNote = `${options.steps} steps; input handler + the frame painting it; p95`;
  const markerNote = 'from the input until the markers and highway of the new day are on the map canvas (page or worker)';
  const drawingNote = 'from the frontline:analysed mark, after loading, prepare and analyse, which both pages share';
  const baseNote = 'baseline: Leaflet alone, one circleMarker per place, one polyline per segment';
  const rows = (data: string, places: number, frontline: PageRuns, baseline: PageRuns, goal: number, compared: PageRuns): Result[] => [
    result(section, `navigation → map drawn, ${data} (median)`, median(frontline.draws), 'ms', data === 'real data' ? atMost(300) : null, `${frontline.draws.length} loads`),
    result(section, `baseline: navigation → map drawn, ${data} (median)`, median(baseline.draws), 'ms', null, `${baseline.draws.length} loads; ${baseNote}`),
    result(section, `map drawn, baseline / Frontline, ${data}`, faster(median(baseline.draws), median(frontline.draws)), '×', ratioAtLeast(1), `${places} places`),
    result(section, `of which drawing (after the analysis), ${data} (median)`, median(frontline.drawing), 'ms', null, drawingNote),
    result(section, `baseline: of which drawing, ${data} (median)`, median(baseline.drawing), 'ms'),
    result(section, `drawing, baseline / Frontline, ${data}`, faster(median(baseline.drawing), median(frontline.drawing)), '×', ratioAtLeast(goal), `${places} places`),
    result(section, `slider step, ${data} (p95)`, p95(frontline.steps.work), 'ms', atMost(data === 'real data' ? 8 : 16), stepNote),
    result(section, `baseline: slider step, ${data} (p95)`, p95(baseline.steps.work), 'ms', null, `${stepNote}; ${baseNote}`),
    result(section, `slider step, baseline / Frontline, ${data}`, faster(p95(baseline.steps.work), p95(frontline.steps.work)), '×', ratioAtLeast(goal), `${places} places`),
    result(section, `slider step with a day compared, ${data} (p95)`, p95(compared.steps.work), 'ms', null, `${stepNote}; the same app, another day compared (Compare)`),
    result(section, `slider step, no day compared / a day compared, ${data}`, faster(p95(frontline.steps.work), p95(compared.steps.work)), '×', ratioAtLeast(NOT_SLOWER), 'choosing a second day must not slow a step'),
    result(section, `slider step incl. wait for frame, ${data} (p95)`, p95(frontline.steps.latency), 'ms'),
    result(section, `slider step until map painted, ${data} (p95)`, p95(frontline.steps.markers), 'ms', null, markerNote),
    result(section, `frame with no change, ${data} (p95)`, p95(frontline.steps.empty), 'ms', null, 'the floor of the method'),
    result(section, `long tasks > 50 ms during steps, ${data}`, frontline.steps.longTasks.length, 'tasks', atMost(0)),
    result(section, `baseline: long tasks > 50 ms during steps, ${data}`, baseline.steps.longTasks.length, 'tasks'),
  ];
  return {
    errors: [app, base, appCompared, gen, genBase, genCompared].flatMap((run) => run!.errors),
    results: [
      ...rows('real data', options.places.real, app!, base!, 1, appCompared!),
      ...rows('generated data', options.places.generated, gen!, genBase!, 5, genCompared!),
    ],
  };
}
