import type { Analysis } from '../../core/analysis.ts';
import { normaliseName } from '../../core/mentions.ts';
import type { Interval, Place } from '../../core/types.ts';
import type { AppContext } from '../context.ts';
import { h, whenIdle } from '../dom.ts';
import { formatDay, stateLabel } from '../format.ts';
import { paintSwatch, swatch } from '../swatch.ts';

interface Row {
  place: Place;
  /** Every spelling, normalised as the matcher does, so a search finds what the sources would. */
  keys: { spelling: string; key: string }[];
  item: HTMLLIElement;
  button: HTMLButtonElement;
  swatch: HTMLElement;
  state: HTMLElement;
  count: HTMLElement;
  alias: HTMLElement;
  /** The interval shown (null: none, no report; undefined: nothing shown yet). */
  interval: Interval | null | undefined;
  /** What the row shows of it: state and flags. */
  look: string;
  /** The analysis its count of mentions is from. */
  counted: Analysis | null;
}

/** Past this many chunks, rows off screen are brought up to date when the page is idle (see `mountPlaces`). */
const VISIBLE_FIRST_CHUNKS = 4;
/** How long rows off screen are brought up to date at a time, ms (a chunk of them takes well under this). */
const IDLE_SLICE_MS = 2;

/**
 * Mounts the list of places, east to west along the highway: each one's state on the selected day in words, how
 * often the sources name it, and a button that selects it. A search box filters by any spelling. It is the text
 * version of the map.
 */
export function mountPlaces(root: HTMLElement, ctx: AppContext): void {
  const doc = ctx.document;
  const { prepared } = ctx;
  // The rows say the day the slider rests on: restated at every step of a drag, they held each of its frames back.
  const store = ctx.atRest;
  const input = h(doc, 'input', { type: 'search', id: 'places-search', autocomplete: 'off', spellcheck: 'false' });
  const caption = h(doc, 'p', { class: 'places-caption' });
  const status = h(doc, 'p', { class: 'places-status', role: 'status' });
  const rows = byRoad(prepared.dataset.places, prepared.km).map((place) => row(doc, place, store));
  const chunks = chunked(doc, rows);
  const list = h(doc, 'div', { class: 'places-list', role: 'list' }, chunks.map((c) => c.element));
  root.replaceChildren(
    h(doc, 'h2', {}, 'Places'),
    h(doc, 'label', { for: 'places-search', class: 'places-label' }, 'Find a place'),
    input,
    caption,
    status,
    list,
  );

  // A long list is brought up to date where it can be seen at once, and elsewhere when the page is next idle: a
  // day change then costs the rows on screen, not thousands (a drag or playback never waits for the rest). Assistive
  // technology and find-in-page read every row, so none is left behind once the day rests.
  const visibleFirst = chunks.length > VISIBLE_FIRST_CHUNKS;
  const onScreen = new Set<Chunk>();
  const stale = new Set<Chunk>();
  // The day's states and the analysis they are from, and each row's place's index in its timeline (-1: none).
  let states: readonly Interval[] = [];
  let analysis: Analysis | null = null;
  let at: number[] = [];
  let selected: Row | null = null;
  const restateRow = (r: Row, i: number): void => {
    const interval = states[at[i]!] ?? null;
    if (interval !== r.interval) {
      r.interval = interval;
      const state = interval?.state ?? 'no-report';
      const look = `${state} ${interval?.stale ?? false} ${interval?.uncertain ?? false}`;
      // A new interval often says what the last one did (a fresh report of the same side): nothing to redo.
      if (look !== r.look) {
        r.look = look;
        paintSwatch(r.swatch, state, interval ?? {});
        const notes = [interval?.uncertain && 'uncertain', interval?.stale && 'stale'].filter(Boolean);
        r.state.textContent = stateLabel(state) + (notes.length ? ` (${notes.join(', ')})` : '');
      }
    }
    if (r.counted !== analysis && analysis) {
      r.counted = analysis;
      const n = analysis.mentionsByPlace.get(r.place.id)?.length ?? 0;
      r.count.textContent = n === 1 ? '1 mention' : `${n} mentions`;
    }
  };
  const restateChunk = (chunk: Chunk): void => {
    stale.delete(chunk);
    chunk.rows.forEach((r, k) => restateRow(r, chunk.first + k));
  };
  // A few chunks at a time, then the page's turn again: rows off screen must never hold up the next step of a drag,
  // which an idle period of 50 ms would (input a page makes itself does not end one).
  const idle = whenIdle((deadline) => {
    const began = performance.now();
    for (const chunk of stale) {
      if (deadline && (performance.now() - began > IDLE_SLICE_MS || deadline.timeRemaining() <= 0)) return idle();
      restateChunk(chunk);
    }
  });
  const restate = (all = false): void => {
    const { day, place } = store.get();
    const current = ctx.analysis();
    if (current !== analysis) {
      const index = new Map(current.timeline.places.map((id, i) => [id, i]));
      at = rows.map((r) => index.get(r.place.id) ?? -1);
      analysis = current;
    }
    states = ctx.states(day);
    caption.textContent = `East to west along the highway; state on ${formatDay(day)}.`;
    for (const chunk of chunks) {
      if (all || !visibleFirst || onScreen.has(chunk)) restateChunk(chunk);
      else stale.add(chunk);
    }
    if (stale.size > 0) idle();
    // Touching every row's attributes would make the browser restyle thousands of rows on each day change.
    if (place !== (selected?.place.id ?? null)) {
      selected?.button.removeAttribute('aria-current');
      selected?.item.classList.remove('selected');
      selected = rows.find((r) => r.place.id === place) ?? null;
      selected?.button.setAttribute('aria-current', 'true');
      selected?.item.classList.add('selected');
    }
  };
  if (visibleFirst) {
    const byElement = new Map<Element, Chunk>(chunks.map((c) => [c.element, c]));
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const chunk = byElement.get(entry.target)!;
        if (!entry.isIntersecting) onScreen.delete(chunk);
        else if (onScreen.add(chunk) && stale.has(chunk)) restateChunk(chunk);
      }
    });
    for (const chunk of chunks) observer.observe(chunk.element);
  }

  const filter = (): void => {
    const query = normaliseName(input.value);
    let shown = 0;
    for (const r of rows) {
      const hit = query === '' ? r.keys[0] : r.keys.find((k) => k.key.includes(query));
      r.item.hidden = hit === undefined;
      r.alias.textContent = hit && hit !== r.keys[0] ? `also “${hit.spelling}”` : '';
      if (hit) shown += 1;
    }
    // A chunk off screen is as tall as its shown rows say, so the scroll bar stays true while filtering.
    for (const chunk of chunks) {
      const count = chunk.rows.filter((r) => !r.item.hidden).length;
      chunk.element.hidden = count === 0;
      chunk.element.style.setProperty('--rows', String(count));
    }
    status.textContent =
      query === '' ? '' : shown === 0 ? 'No place is spelt like that.' : `${shown} of ${rows.length} places`;
  };

  input.addEventListener('input', filter);
  store.subscribe((next, previous) => {
    if (next.day !== previous.day || next.place !== previous.place || next.sources !== previous.sources || next.revision !== previous.revision) restate();
  });
  restate(true);
  filter();
}

function row(doc: Document, place: Place, store: AppContext['store']): Row {
  const spellings = [place.name, ...place.aliases];
  const button = h(
    doc,
    'button',
    { type: 'button', class: 'place-name', onclick: () => store.set({ place: place.id }) },
    place.name,
  );
  const mark = swatch(doc, 'no-report');
  const state = h(doc, 'span', { class: 'place-state' });
  const count = h(doc, 'span', { class: 'place-count' });
  const alias = h(doc, 'span', { class: 'place-alias' });
  const item = h(doc, 'li', { class: 'place-row', role: 'listitem', 'data-place': place.id }, mark, button, alias, state, count);
  return {
    place,
    keys: spellings.map((spelling) => ({ spelling, key: normaliseName(spelling) })),
    item,
    button,
    swatch: mark,
    state,
    count,
    alias,
    interval: undefined,
    look: '',
    counted: null,
  };
}

/** Rows per chunk: the browser skips whole chunks off screen, and watches a hundred of them, not thousands of rows. */
const CHUNK_ROWS = 50;

interface Chunk {
  element: HTMLElement;
  rows: Row[];
  /** Its first row's index in the list. */
  first: number;
}

function chunked(doc: Document, rows: Row[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const members = rows.slice(i, i + CHUNK_ROWS);
    // One list to assistive technology: the chunks are presentational, and each row says it is a list item.
    chunks.push({ element: h(doc, 'ul', { class: 'place-chunk', role: 'none' }, members.map((r) => r.item)), rows: members, first: i });
  }
  return chunks;
}

/** Places on the road by km from Benghazi, then those off it by name. */
function byRoad(places: readonly Place[], km: ReadonlyMap<string, { km: number }>): Place[] {
  const at = (p: Place): number => km.get(p.id)?.km ?? Number.POSITIVE_INFINITY;
  return [...places].sort((a, b) => at(a) - at(b) || a.name.localeCompare(b.name));
}
