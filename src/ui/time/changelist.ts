import type { Analysis } from '../../core/analysis.ts';
import {
  changesBetween, type ChangeCitation, type ChangeStep, type FrontMove, type PlaceChange, type StretchChange,
} from '../../core/changes.ts';
import type { ControlState, Day, SegmentControl, Source } from '../../core/types.ts';
import { comparedDays } from './compare.ts';
import type { AppContext } from '../context.ts';
import { afterRest, fill, h, setIfChanged, type Child } from '../dom.ts';
import { formatClaimDate, formatDay, formatRange, sourceName, stateLabel } from '../format.ts';
import { swatch } from '../swatch.ts';

/** A run of slider steps is listed once it rests: the map shows each step at once, the list need not. */
const SETTLE_MS = 250;
/** Places listed before a "show all" button: thousands of changes would make a page nobody reads. */
const FIRST_PLACES = 40;
const TITLE_ID = 'changes-title';

/** Moves the keyboard focus (and the view) to the list of changes, where it is shown. */
export function focusChanges(doc: Document): void {
  doc.getElementById(TITLE_ID)?.focus();
}

/**
 * Mounts the list of changes between the slider's day and the compared day in `root`: its title names the two
 * days in words; each place that changed, along the highway, with its state on each day and the claims that say
 * so; the highway that changed side; each front on both days and how far it moved. Hidden while no day is compared.
 */
export function mountChanges(root: HTMLElement, ctx: AppContext): void {
  const doc = ctx.document;
  const { store } = ctx;
  const title = h(doc, 'h2', { id: TITLE_ID, tabindex: '-1' });
  const body = h(doc, 'div', {});
  root.classList.add('changes');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', TITLE_ID);
  fill(root, title, body);
  // Whether the list is out of date, waiting for the slider to rest.
  let stale = false;
  let analysisShown: Analysis | null = null;

  const render = (): void => {
    stale = false;
    const days = comparedDays(store.get());
    root.hidden = days === null;
    root.removeAttribute('aria-busy');
    if (days === null) return fill(body);
    const analysis = ctx.analysis();
    const changes = changesBetween(analysis, days.from, days.to);
    title.textContent =
      days.from === days.to ? `Comparing ${formatDay(days.from)} with itself` : `Changes from ${formatRange(days.from, days.to, { words: true })}`;
    const sources = new Map(analysis.sources.map((s) => [s.id, s]));
    const cite = (c: ChangeCitation): HTMLElement => citation(doc, c, sources.get(c.source), (id) => store.set({ reader: id }));
    const select = (place: string): void => store.set({ place });
    const places = changes.places.map((change) => placeItem(doc, change, days.from, cite, select));
    fill(
      body,
      h(doc, 'p', { class: 'changes-summary' }, summary(changes.places.length, changes.stretches.length)),
      h(doc, 'h3', {}, 'Places'),
      places.length === 0 ? h(doc, 'p', {}, 'No place is in another state.') : listOf(doc, places),
      h(doc, 'h3', {}, 'Highway'),
      changes.stretches.length === 0
        ? h(doc, 'p', {}, 'No stretch of the highway changed side.')
        : h(doc, 'ul', { class: 'changes-road' }, changes.stretches.map((s) => h(doc, 'li', {}, stretchText(s)))),
      h(doc, 'h3', {}, 'Fronts'),
      changes.fronts.length === 0
        ? h(doc, 'p', {}, 'No front on either day.')
        : h(doc, 'ul', { class: 'changes-fronts' }, changes.fronts.map((f) => h(doc, 'li', {}, frontText(f, days)))),
    );
    analysisShown = analysis;
  };

  const renderSoon = afterRest(SETTLE_MS, () => stale && render());
  render();
  store.subscribe((view, previous) => {
    if (view.compare === null && previous.compare === null) return;
    const moved = view.day !== previous.day;
    if (view.compare !== previous.compare || ctx.analysis() !== analysisShown) {
      render();
    } else if (moved) {
      // Marked as out of date until it rests, and drawn then.
      setIfChanged(root, 'aria-busy', 'true');
      stale = true;
      renderSoon();
    }
  });
}

function summary(places: number, stretches: number): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return `${count(places, 'place', 'places')} in another state; ${count(stretches, 'stretch', 'stretches')} of highway drawn otherwise.`;
}

/** The first places, and a button that shows the rest. */
function listOf(doc: Document, items: HTMLElement[]): HTMLElement {
  const list = h(doc, 'ol', { class: 'changes-places' }, items.slice(0, FIRST_PLACES));
  if (items.length <= FIRST_PLACES) return list;
  const more = h(doc, 'button', {
    type: 'button',
    class: 'changes-more',
    onclick: () => {
      list.append(...items.slice(FIRST_PLACES));
      more.remove();
      items[FIRST_PLACES]?.querySelector('button')?.focus();
    },
  }, `Show all ${items.length} places`);
  return h(doc, 'div', {}, list, more);
}

function placeItem(
  doc: Document,
  change: PlaceChange,
  from: Day,
  cite: (c: ChangeCitation) => HTMLElement,
  select: (place: string) => void,
): HTMLElement {
  const [first, ...later] = change.steps;
  const before = first?.citations ?? [];
  return h(
    doc,
    'li',
    { class: 'claim change', 'data-place': change.place },
    h(
      doc,
      'h4',
      { class: 'change-head' },
      h(doc, 'button', { type: 'button', class: 'link', title: 'Show on the map', onclick: () => select(change.place) }, change.name),
      change.km === null ? h(doc, 'span', { class: 'change-km' }, ' off the highway') : h(doc, 'span', { class: 'change-km' }, ` km ${Math.round(change.km)}`),
    ),
    h(
      doc,
      'p',
      { class: 'change-states' },
      swatch(doc, change.from), stateLabel(change.from), ' → ', swatch(doc, change.to), h(doc, 'strong', {}, stateLabel(change.to)),
      `, since ${formatDay(change.since)}`,
    ),
    runsOf(later).map((run) =>
      h(
        doc,
        'div',
        { class: 'change-step' },
        h(doc, 'p', { class: 'change-step-head' }, swatch(doc, run.state), `${stateLabel(run.state)}, ${formatRange(run.start, run.end)}`),
        run.citations.length > 0 ? h(doc, 'ol', { class: 'change-claims' }, run.citations.map(cite)) : null,
      ),
    ),
    before.length > 0
      ? h(
          doc,
          'details',
          { class: 'change-before' },
          h(doc, 'summary', {}, `What says it was ${stateLabel(change.from)} on ${formatDay(from)} (${before.length})`),
          h(doc, 'ol', { class: 'change-claims' }, before.map(cite)),
        )
      : null,
  );
}

/** Neighbouring steps in the same state as one run, with each claim behind them once. */
function runsOf(steps: readonly ChangeStep[]): { state: ControlState; start: Day; end: Day; citations: ChangeCitation[] }[] {
  const runs: { state: ControlState; start: Day; end: Day; citations: ChangeCitation[]; seen: Set<string> }[] = [];
  for (const step of steps) {
    let run = runs[runs.length - 1];
    if (run?.state === step.state) run.end = step.end;
    else runs.push((run = { state: step.state, start: step.start, end: step.end, citations: [], seen: new Set() }));
    for (const c of step.citations) {
      const key = `${c.claim} ${c.basis}`;
      if (!run.seen.has(key)) run.citations.push(c);
      run.seen.add(key);
    }
  }
  return runs;
}

/** “quote” — outlet (a button that opens the reader), date; and whether no person has reviewed it. */
function citation(doc: Document, c: ChangeCitation, source: Source | undefined, open: (source: string) => void): HTMLElement {
  const date = formatClaimDate(c.dateEnd === null ? { date: c.date, precision: c.precision } : { date: c.date, precision: c.precision, dateEnd: c.dateEnd });
  const outlet: Child = source
    ? h(doc, 'button', { type: 'button', class: 'link', title: 'Read this source', onclick: () => open(source.id) }, sourceName(source))
    : (c.outlet ?? 'outlet unknown');
  return h(
    doc,
    'li',
    { class: 'change-claim' },
    h(doc, 'q', {}, c.quote),
    ' — ', outlet, `, ${date}`,
    c.reviewed === false ? h(doc, 'span', { class: 'unreviewed' }, ' (suggested by a machine; not yet reviewed)') : null,
  );
}

const CONTROL_WORDS: Record<SegmentControl, string> = {
  government: 'government',
  rebel: 'rebel',
  contested: 'contested',
  front: 'front zone',
};

function stretchText(s: StretchChange): string {
  const words = (control: SegmentControl | null): string => (control === null ? 'no report' : CONTROL_WORDS[control]);
  return `km ${Math.round(s.fromKm)}–${Math.round(s.toKm)}: ${words(s.from)} → ${words(s.to)}`;
}

function frontText(move: FrontMove, days: { from: Day; to: Day }): string {
  const at = (km: number | undefined, day: Day): string =>
    km === undefined ? `none on ${formatDay(day)}` : `${Math.round(km)} km from Benghazi on ${formatDay(day)}`;
  const where = `${move.label}: ${at(move.from?.km, days.from)}, ${at(move.to?.km, days.to)}`;
  if (move.movedKm === null) return where;
  return move.direction === 'none' ? `${where}: it did not move` : `${where}: moved ${Math.abs(move.movedKm)} km ${move.direction}`;
}
