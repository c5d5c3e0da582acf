import type { Analysis } from '../../core/analysis.ts';
import type { Interval, Place } from '../../core/types.ts';
import type { AppContext } from '../context.ts';
import { fill, h } from '../dom.ts';
import { formatDay } from '../format.ts';
import { createHistory, type History } from './history.ts';
import { stateView } from './placestate.ts';
import { mentionSentences } from './sentences.ts';

/**
 * Mounts the place panel: shown while a place is selected, with its names, its state on the selected day and the
 * quotes behind it, its whole history, and every sentence that mentions it. A day change redraws only the state.
 */
export function mountPanel(root: HTMLElement, ctx: AppContext): void {
  const doc = ctx.document;
  // Like the list, the panel says the day the slider rests on.
  const store = ctx.atRest;
  const title = h(doc, 'h2', { id: 'panel-title', tabindex: '-1' });
  const aliases = h(doc, 'p', { class: 'panel-aliases' });
  const dayTitle = h(doc, 'h3', { id: 'panel-day-title' });
  const stateBody = h(doc, 'div', {});
  const state = h(doc, 'section', { class: 'panel-state', 'aria-labelledby': 'panel-day-title' }, dayTitle, stateBody);
  const historySection = h(doc, 'section', { class: 'panel-history', 'aria-labelledby': 'panel-history-title' });
  const mentions = h(doc, 'section', { class: 'panel-mentions', 'aria-labelledby': 'panel-mentions-title' });
  const close = h(
    doc,
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close place panel', onclick: () => store.set({ place: null }) },
    '×',
  );
  root.classList.add('panel');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', 'panel-title');
  fill(root, h(doc, 'header', { class: 'panel-header' }, title, close), aliases, state, historySection, mentions);

  const openReader = (source: string): void => store.set({ reader: source });
  let shown: {
    place: Place;
    analysis: Analysis;
    intervals: readonly Interval[];
    interval: Interval | null;
    history: History;
  } | null = null;

  const render = (): void => {
    const { place: id, day } = store.get();
    const place = id === null ? undefined : ctx.prepared.placesById.get(id);
    // Set only when it changes: set again, an attribute costs the page a restyle of what it selects.
    if (root.hidden !== (place === undefined)) root.hidden = place === undefined;
    if (place === undefined) {
      shown = null;
      return;
    }
    const analysis = ctx.analysis();
    if (shown?.place !== place || shown.analysis !== analysis) {
      const index = analysis.timeline.places.indexOf(place.id);
      const intervals = analysis.timeline.intervals[index] ?? [];
      const history = createHistory(doc, analysis.timeline.domain, intervals);
      shown = { place, analysis, intervals, interval: null, history };
      title.textContent = place.name;
      fill(aliases, place.aliases.length > 0 ? `Also written: ${place.aliases.join(', ')}` : 'No other spellings.');
      fill(historySection, h(doc, 'h3', { id: 'panel-history-title' }, 'Control over time'), shown.history.element);
      fill(mentions, mentionSentences(doc, analysis, place.id, openReader));
    }
    const index = analysis.timeline.places.indexOf(place.id);
    const interval = ctx.states(day)[index] ?? null;
    if (interval !== shown.interval) {
      shown.interval = interval;
      fill(stateBody, interval ? stateView(doc, analysis, place.id, shown.intervals, interval, openReader, ctx.yours) : []);
    }
    dayTitle.textContent = `On ${formatDay(day)}`;
    shown.history.showDay(day);
  };

  let returnFocus: Element | null = null;
  store.subscribe((next, previous) => {
    const opening = previous.place === null && next.place !== null;
    if (opening) returnFocus = doc.activeElement;
    render();
    if (opening && !root.hidden && !root.contains(doc.activeElement)) title.focus({ preventScroll: true });
    if (next.place === null && previous.place !== null && root.contains(doc.activeElement)) {
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    }
  });
  // The reader, when open, sits above the panel and takes Escape first.
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape in a search box with text clears the text; only the next one closes the panel.
    if (event.target instanceof HTMLInputElement && event.target.type === 'search' && event.target.value !== '') return;
    if (store.get().reader !== null || store.get().place === null) return;
    event.preventDefault();
    store.set({ place: null });
  });
  render();
}
