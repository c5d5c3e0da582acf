import { analyse, knownFronts, prepare, stretchesAt, type Analysis, type Prepared } from '../core/analysis.ts';
import { loadDataset } from '../core/dataset.ts';
import { addDays } from '../core/dates.ts';
import { formatProblem } from '../core/problems.ts';
import { decodeUtf8 } from '../core/text.ts';
import { stateAt, stateNextTo } from '../core/timeline.ts';
import type { Day, FrontLine, Interval, Stretch } from '../core/types.ts';
import { mountChart } from './time/chart.ts';
import { mountCompare } from './time/compare.ts';
import type { AppContext } from './context.ts';
import { h, nextTask, whenIdle } from './dom.ts';
import { mountExport } from './export.ts';
import { comparing, mountWhen, placePanel, reading, type Chunk } from './lazy.ts';
import { mountMap, reserveMapCanvas, ZOOM, type MapHandle } from './map/map.ts';
import { startPainterFor } from './map/mapcanvas.ts';
import { mountPlaces } from './panel/places.ts';
import { mountSources } from './sources.ts';
import { installPalette } from './swatch.ts';
import { createStore, sameSources, type Store, type ViewState } from './store.ts';
import { createResting } from './time/resting.ts';
import { mountTimeControl, sliderDays } from './time/timecontrol.ts';
import { parseHash, syncUrl } from './url.ts';
import type { ImporterHost } from './importer/host.ts';
import { keptArticles, linkNotes, loadImporter, scopedStore } from './importer/boot.ts';

declare global {
  interface Window {
    /** For browser tests: the map, and each place's marker as drawn, found by the name a reader sees. */
    __frontline?: Pick<MapHandle, 'map' | 'markerFor' | 'fronts' | 'segments' | 'restyled' | 'canvasDrawn' | 'compared'>;
  }
}

/** Shown when the URL names no view: the Gulf of Sirte, until the map fits it to the screen. */
const FALLBACK_VIEW = { center: [31.5, 16.7] as [number, number], zoom: 7 };
const MAX_BANNER_LINES = 12;
const DAYS_KEPT = 8;
/** What is built again, from fresh elements, when the reader's articles change which sources or places there are. */
const VIEW_ROOTS = ['timecontrol', 'compare', 'export', 'sources', 'map', 'panel', 'changes', 'places', 'chart', 'reader'];

const banner = createBanner(element('banner'));
boot().catch((error: unknown) => {
  console.error(error);
  banner([`Frontline could not start: ${error instanceof Error ? error.message : String(error)}`]);
});

async function boot(): Promise<void> {
  // The data first: the sources' texts are asked for once the manifest is read, which nothing here should delay.
  // Bytes, not `response.text()`: that would drop a byte-order mark and quietly mangle a file that is not UTF-8.
  const files = new Map<string, string>();
  const loading = loadDataset(async (path) => {
    const response = await fetch(`geo/${path.split('/').map(encodeURIComponent).join('/')}`);
    const text = response.ok ? decodeUtf8(new Uint8Array(await response.arrayBuffer())) : null;
    if (text !== null) files.set(path, text);
    return text;
  });
  // While it is on its way: the map's canvas takes its memory once the page is idle, and the browser says whether it
  // keeps articles of the reader's.
  whenIdle(() => reserveMapCanvas(element('map')))();
  const keeping = keptArticles();
  installPalette(document);
  // A link that compares two days, selects a place or opens the reader: their chunks load with the data, not after it.
  const linked = new URLSearchParams(location.hash.slice(1));
  const early = [linked.has('compare') && comparing.load(), linked.has('place') && placePanel.load(), linked.has('reader') && reading.load()];
  void Promise.all(early).catch(() => undefined);
  const geo = await loading;
  banner(geo.problems.map(formatProblem));
  // The reader's own articles, where this browser keeps some, are drawn from the start, so a link to one works.
  const importer = (await keeping) ? await loadImporter() : null;
  const kept = await importer?.restore({ files, geo, report: banner });
  const dataset = kept?.dataset ?? geo.dataset;
  // A map too large for the page to paint every picture: its worker loads and starts while the data is analysed.
  startPainterFor(dataset.places.length);
  const prepared = prepare(dataset);
  const everything = analyse(prepared);
  // For the benchmark: what follows is the page's own work, apart from the core's on the data.
  performance.mark('frontline:analysed');
  const allSources = dataset.sources.map((s) => s.id).sort();
  const rules = {
    days: sliderDays(everything.timeline.domain),
    places: new Set(dataset.places.map((p) => p.id)),
    sources: new Set(allSources),
    zoom: ZOOM,
  };
  const defaults: ViewState = {
    day: everything.timeline.domain.end,
    compare: null,
    place: null,
    sources: allSources,
    reader: null,
    ...FALLBACK_VIEW,
  };
  const fromUrl = parseHash(location.hash, rules);
  banner(linkNotes(location.hash, rules));
  const store = createStore({ ...defaults, ...fromUrl });
  // Such a link is drawn as such at once: the chunks it needs come before the views (a chunk that cannot load is
  // reported by the part that needs it).
  await Promise.all([fromUrl.compare && comparing.load(), fromUrl.place && placePanel.load(), fromUrl.reader && reading.load()]).catch(() => undefined);
  let scope = scopedStore(store);
  let ctx: AppContext = { store: scope.store, atRest: createResting(scope.store), prepared, ...memoised(prepared, store, everything), document, yours: kept?.yours };
  const roots = VIEW_ROOTS.map((id) => document.getElementById(id)?.cloneNode(false));

  // The header and the time control first: they decide the map's size. Then the map, which is what a reader waits
  // for; the side panels are built once it is on screen.
  const views = async (ctx: AppContext, fit: boolean): Promise<MapHandle> => {
  // A part in a chunk of its own, mounted in its element once a view first needs it.
  const later = <T>(part: Chunk<T>, id: string, needs: (view: ViewState) => boolean, mount: (chunk: T, root: HTMLElement) => void, name: string): void => {
    const root = element(id);
    mountWhen(part, { store: ctx.store, root, needs }, (chunk) => mount(chunk, root), failed(name));
  };
  let fitSources = (): void => {};
  mountAll([
    ['date controls', () => mountTimeControl(element('timecontrol'), ctx, { label: element('date-label'), announcer: element('announcer') })],
    ['compare control', () => mountCompare(element('compare'), ctx, { days: rules.days, jump: () => void comparing.load().then((m) => m.focusChanges(document), failed('list of changes')) })],
    ['export menu', () => mountExport(element('export'), ctx, { report: banner })],
    ['source choices', () => void (fitSources = mountSources(element('sources'), ctx))],
  ]);
  const map = mountMap(element('map'), ctx, { fit, report: banner });
  // Measured in the layout the map's first view made, before the map settles in what room is left.
  mountAll([['source choices', fitSources]]);
  const { markerFor, fronts, segments, restyled, canvasDrawn, compared } = map;
  window.__frontline = { map: map.map, markerFor, fronts, segments, restyled, canvasDrawn, compared };
  map.settle();
  await map.drawn;
  performance.mark('frontline:drawn');
  // The side panels in the frame after the map's first: built in this one, they held the map back from the screen.
  await nextTask();
  mountAll([
    ['place panel', () => later(placePanel, 'panel', (view) => view.place !== null, (m, root) => m.mountPanel(root, ctx), 'place panel')],
    ['list of changes', () => later(comparing, 'changes', (view) => view.compare !== null, (m, root) => m.mountChanges(root, ctx), 'list of changes')],
    ['list of places', () => mountPlaces(element('places'), ctx)],
    ['front chart', () => mountChart(element('chart'), ctx)],
    ['reader', () => later(reading, 'reader', (view) => view.reader !== null, (m, root) => m.mountReader(root, ctx), 'reader')],
  ]);
  map.map.invalidateSize();
  workAhead(ctx, rules.days);
  // The panel's chunk is not in the first load; it comes while the page is idle, so a first click finds it there.
  whenIdle(() => void placePanel.load().catch(() => undefined))();
  return map;
  };
  let map = await views(ctx, fromUrl.center === undefined);
  syncUrl(store, rules, defaults, window);
  // The importer is loaded when first asked for; its host is how it shows the reader's articles with the rest.
  const host: ImporterHost = {
    files, geo, store, rules, defaults, report: banner, root: element('importer'),
    ctx: () => ctx,
    map: () => map.map,
    memoised: (next, everything) => memoised(next, store, everything),
    async remount(next, patch) {
      scope.detach();
      map.map.remove();
      store.set(patch);
      // Fresh elements: whatever still holds the old ones (an observer, a listener) holds nothing on the page.
      VIEW_ROOTS.forEach((id, i) => roots[i] && document.getElementById(id)?.replaceWith(roots[i].cloneNode(false)));
      scope = scopedStore(store);
      ctx = { ...next, store: scope.store, atRest: createResting(scope.store) };
      map = await views(ctx, false);
      await map.loadBasemap('basemap.geojson').catch(() => undefined);
    },
  };
  void importer?.attach(host);
  host.root.append(h(document, 'button', { type: 'button', class: 'importer-open', onclick: () => void loadImporter().then((m) => m.open(host)) }, 'Add article'));
  document.documentElement.dataset['drawn'] = '1';
  // The land goes under the data only once the data is on screen: the basemap never delays the first paint.
  await map.loadBasemap('basemap.geojson').then(
    () => (document.documentElement.dataset['basemap'] = 'loaded'),
    (error: unknown) => {
      document.documentElement.dataset['basemap'] = 'failed';
      banner([error instanceof Error ? error.message : String(error)]);
    },
  );
}

/**
 * The analysis for the enabled sources, recomputed only when they change, and its answers per day memoised: on a
 * day change the map, list, panel and announcer all ask for the same day, and the front line for the day before.
 */
function memoised(prepared: Prepared, store: Store, everything: Analysis): Pick<AppContext, 'analysis' | 'frontline' | 'fronts' | 'states'> {
  // The sources the analysis is for, kept as the store's own list once it matches: asked for several times a step,
  // the list is then compared by identity, not joined (thousands of ids took 0.7 ms of each step at 5,000 places).
  let drawnFrom: readonly string[] = everything.sources.map((s) => s.id).sort();
  let current = everything;
  let lines = new Map<Day, FrontLine<Stretch>>();
  let states = new Map<Day, Interval[]>();
  const analysis = (): Analysis => {
    const { sources } = store.get();
    if (!sameSources(sources, drawnFrom)) {
      current = analyse(prepared, { sources: new Set(sources) });
      lines = new Map();
      states = new Map();
    }
    drawnFrom = sources;
    return current;
  };
  const perDay = <T>(cache: () => Map<Day, T>, compute: (from: Analysis, day: Day) => T) => (day: Day): T => {
    const from = analysis();
    const memo = cache();
    let value = memo.get(day);
    if (value === undefined) {
      // Only the days around the slider are asked for again; an unbounded cache would grow with every drag.
      if (memo.size >= DAYS_KEPT) memo.delete(memo.keys().next().value!);
      memo.set(day, (value = compute(from, day)));
    }
    return value;
  };
  // A day next to one already worked out (a slider step, playback) is worked out from it: at 5,000 places that is a
  // few changed places instead of a search for every one.
  const statesOf = perDay(() => states, (from, day) => {
    const near = [addDays(day, -1), addDays(day, 1)].find((d) => states.has(d));
    return near === undefined ? stateAt(from.timeline, day) : stateNextTo(from.timeline, day, { day: near, states: states.get(near)! });
  });
  const frontline = perDay(() => lines, (from, day) => stretchesAt(from, day, statesOf(day)));
  return {
    analysis,
    frontline,
    // Within the analysis's days a day's fronts are in its front history: the first drawing's day before (how far
    // each front moved) then costs a lookup, not that day's states and stretches (over 10 ms at 5,000 places).
    fronts: (day) => {
      const from = analysis();
      return lines.get(day)?.fronts ?? knownFronts(from, day) ?? frontline(day).fronts;
    },
    states: statesOf,
  };
}

/**
 * Works out, while the page is idle, what the next step of the slider either way will ask the memo for: the day
 * after, the day before, and the fronts of the one before that (the road shows how far the fronts moved since the
 * day before; a lookup inside the data's days). A step then finds them worked out; the first one after a load also
 * finds its code warm.
 */
function workAhead(ctx: AppContext, range: { start: Day; end: Day }): void {
  let tasks: (() => unknown)[] = [];
  // How long the last task took: the next is begun only in an idle period with that much left, so that working ahead
  // does not hold up the frame it was meant to spare (a day past the data's last one takes longest: over 10 ms at
  // 5,000 places). Each idle period too short for it halves the guess, so a slow day does not stop the rest.
  let guess = 0;
  const work = whenIdle((deadline) => {
    while (tasks.length > 0) {
      if (deadline && deadline.timeRemaining() < guess) {
        guess /= 2;
        return work();
      }
      const began = performance.now();
      tasks.shift()!();
      guess = performance.now() - began;
    }
  });
  const around = (day: Day): void => {
    const within = (d: Day): boolean => range.start <= d && d <= range.end;
    const twoBefore = addDays(day, -2);
    tasks = [addDays(day, 1), addDays(day, -1)].filter(within).map((d) => () => ctx.frontline(d));
    if (within(twoBefore)) tasks.push(() => ctx.fronts(twoBefore));
    work();
  };
  around(ctx.store.get().day);
  ctx.store.subscribe((view, previous) => view.day !== previous.day && around(view.day));
}

function mountAll(mounts: [string, () => void][]): void {
  for (const [name, mount] of mounts) {
    try {
      mount();
    } catch (error) {
      failed(name)(error);
    }
  }
}

/** Reports that the part `name` could not be shown (or its chunk loaded), in the banner. */
function failed(name: string): (error: unknown) => void {
  return (error) => {
    // One broken part should not take the others down; the console keeps the stack for whoever fixes it.
    console.error(error);
    banner([`The ${name} could not be shown: ${error instanceof Error ? error.message : String(error)}`]);
  };
}

/** Returns a function that adds messages to the banner, as text: problems name files and quote data. */
function createBanner(root: HTMLElement): (messages: string[]) => void {
  const messages: string[] = [];
  const list = h(document, 'ul', {});
  const dismiss = h(document, 'button', { type: 'button', class: 'banner-close', onclick: () => (root.hidden = true) }, 'Dismiss');
  root.replaceChildren(h(document, 'p', {}, 'Some data could not be used; everything else is shown.'), list, dismiss);
  return (more) => {
    if (more.length === 0) return;
    for (const message of more) messages.push(message);
    const shown = messages.slice(0, MAX_BANNER_LINES).map((m) => h(document, 'li', {}, m));
    const hidden = messages.length - shown.length;
    list.replaceChildren(...shown, ...(hidden > 0 ? [h(document, 'li', {}, `and ${hidden} more`)] : []));
    root.hidden = false;
  };
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}
