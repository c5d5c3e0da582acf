import { parseDay } from '../core/dates.ts';
import type { Day } from '../core/types.ts';
import { sameView, type Store, type ViewState } from './store.ts';
import { afterRest } from './dom.ts';

/** What a URL may name: anything else in it falls back to the default for that field. */
export interface UrlRules {
  days: { start: Day; end: Day };
  places: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  zoom: { min: number; max: number };
}

/** A value longer than this is not a view anyone wrote; it is dropped rather than parsed. */
const MAX_VALUE = 2000;
/** Day changes this close together (a slider drag, held arrow key, playback) share one history entry; so do compared days. */
const COALESCE_MS = 800;
const DAY_WRITE_DELAY_MS = 120;
const DECIMALS = 4;

/**
 * Returns the fields of a view that `hash` (`#day=…&compare=…&place=…&sources=a,b&map=lat/lng/zoom&reader=…`) names
 * validly.
 * Never throws: a malformed, unknown, oversized or hostile value is left out, so the caller's default stands.
 * A source list naming no known source is left out: a view always draws from at least one.
 */
export function parseHash(hash: string, rules: UrlRules): Partial<ViewState> {
  const fields = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at < 1 || pair.length - at > MAX_VALUE) continue;
    const key = pair.slice(0, at);
    if (!fields.has(key)) fields.set(key, pair.slice(at + 1));
  }
  const view: Partial<ViewState> = {};
  const day = dayIn(fields.get('day'), rules);
  if (day !== null) view.day = day;
  const compare = dayIn(fields.get('compare'), rules);
  if (compare !== null) view.compare = compare;
  const place = decode(fields.get('place'));
  if (place !== null && rules.places.has(place)) view.place = place;
  const reader = decode(fields.get('reader'));
  if (reader !== null && rules.sources.has(reader)) view.reader = reader;
  const known = (fields.get('sources') ?? '')
    .split(',').map(decode).filter((id): id is string => id !== null && rules.sources.has(id));
  if (known.length > 0) view.sources = [...new Set(known)].sort();
  const map = decode(fields.get('map'))?.match(/^(-?\d{1,3}(?:\.\d{1,12})?)\/(-?\d{1,3}(?:\.\d{1,12})?)\/(\d{1,2}(?:\.\d{1,6})?)$/);
  if (map) {
    const [lat, lng, zoom] = [Number(map[1]), Number(map[2]), Number(map[3])];
    if (Math.abs(lat) <= 85 && Math.abs(lng) <= 180 && rules.zoom.min <= zoom && zoom <= rules.zoom.max) {
      view.center = [lat, lng];
      view.zoom = zoom;
    }
  }
  return view;
}

/** Returns the hash for `view`; sources are left out while they equal `allSources` (the default). */
export function formatHash(view: ViewState, allSources: readonly string[]): string {
  const parts = [`day=${view.day}`];
  if (view.compare !== null) parts.push(`compare=${view.compare}`);
  if (view.place !== null) parts.push(`place=${encodeURIComponent(view.place)}`);
  if (view.sources.join(',') !== [...allSources].sort().join(',')) {
    parts.push(`sources=${view.sources.map(encodeURIComponent).join(',')}`);
  }
  const [lat, lng] = view.center.map(roundCoordinate);
  parts.push(`map=${lat}/${lng}/${view.zoom}`);
  if (view.reader !== null) parts.push(`reader=${encodeURIComponent(view.reader)}`);
  return `#${parts.join('&')}`;
}

/** Rounds a map coordinate to what the URL keeps (about 10 m), so a view and its reloaded self compare equal. */
export function roundCoordinate(x: number): number {
  return Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
}

/**
 * Keeps the URL and the store in step: a user's change of day, compared day, place, sources or reader is a new
 * history entry (a run of changes of the two days is one), a map move replaces the current one, and Back/Forward restore the view they
 * lead to, fields missing from it taking `defaults` (the map view stays). Returns a function that stops it.
 */
export function syncUrl(store: Store, rules: UrlRules, defaults: ViewState, win: Window): () => void {
  const all = [...rules.sources];
  let restoring = false;
  let lastDayChange = -Infinity;
  win.history.replaceState(null, '', formatHash(store.get(), all));

  // A day change is written a moment later, once the slider rests: writing the URL costs a few milliseconds in
  // Chromium, too much for every frame of a drag or of playback.
  // Whether the write waiting for that is a new history entry; null for none waiting.
  let pending: boolean | null = null;
  const write = (push: boolean): void => {
    const hash = formatHash(store.get(), all);
    if (hash === win.location.hash) return;
    if (push) win.history.pushState(null, '', hash);
    else win.history.replaceState(null, '', hash);
  };
  const flush = (): void => {
    if (pending === null) return;
    const push = pending;
    pending = null;
    write(push);
  };
  const flushSoon = afterRest(DAY_WRITE_DELAY_MS, flush);

  const unsubscribe = store.subscribe((view, previous) => {
    if (restoring) return;
    const now = Date.now();
    if (sameExcept(view, previous, ['day', 'compare'])) {
      pending ??= now - lastDayChange >= COALESCE_MS;
      lastDayChange = now;
      flushSoon();
      return;
    }
    flush();
    lastDayChange = -Infinity;
    write(!sameExcept(view, previous, ['center', 'zoom']));
  });

  const restore = (): void => {
    pending = null;
    restoring = true;
    try {
      // A hash without a map view keeps the map where it is rather than jumping to a default.
      const { center, zoom } = store.get();
      store.set({ ...defaults, center, zoom, ...parseHash(win.location.hash, rules) });
    } finally {
      restoring = false;
    }
    lastDayChange = -Infinity;
  };
  win.addEventListener('popstate', restore);
  return () => {
    pending = null;
    unsubscribe();
    win.removeEventListener('popstate', restore);
  };
}

/** The calendar day `value` names, if the slider reaches it. */
function dayIn(value: string | undefined, rules: UrlRules): Day | null {
  const text = decode(value);
  const day = text === null ? null : parseDay(text);
  return day !== null && rules.days.start <= day && day <= rules.days.end ? day : null;
}

function decode(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Whether two views differ in nothing but `keys`. */
function sameExcept(a: ViewState, b: ViewState, keys: (keyof ViewState)[]): boolean {
  return sameView({ ...a, ...Object.fromEntries(keys.map((key) => [key, b[key]])) }, b);
}
