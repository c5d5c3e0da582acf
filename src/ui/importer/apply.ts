/**
 * Shows data with the reader's articles on the page. Only claims changed (an article's claim accepted, rejected or
 * edited): the analysis is worked out again and every view redraws in place from it. Sources, places or the days
 * changed (an article added or removed, a place added): the views are built again around the same view state.
 */
import { analyse, prepare } from '../../core/analysis.ts';
import type { Dataset, Day } from '../../core/types.ts';
import { sliderDays } from '../time/timecontrol.ts';
import type { ViewState } from '../store.ts';
import type { ImporterHost, Shown } from './host.ts';

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]): boolean =>
  a.length === b.length && a.every((x, i) => x.id === b[i]!.id);

/** Resolves once the page shows `shown`. */
export async function show(host: ImporterHost, { dataset, yours }: Shown): Promise<void> {
  const ctx = host.ctx();
  const old = ctx.prepared.dataset;
  const { store } = host;
  if (sameIds(old.sources, dataset.sources) && sameIds(old.places, dataset.places)) {
    const prepared = { ...ctx.prepared, dataset };
    const everything = analyse(prepared, { sources: new Set(store.get().sources) });
    const { start, end } = ctx.analysis().timeline.domain;
    if (everything.timeline.domain.start === start && everything.timeline.domain.end === end) {
      Object.assign(ctx, { prepared, yours, ...host.memoised(prepared, everything) });
      store.set({ revision: (store.get().revision ?? 0) + 1 });
      return;
    }
  }
  const sources = sourcesFor(host, old, dataset);
  const prepared = prepare(dataset);
  const everything = analyse(prepared, { sources: new Set(sources) });
  const patch = viewFor(host, dataset, everything.timeline.domain, sources);
  await host.remount({ ...ctx, prepared, yours, ...host.memoised(prepared, everything) }, patch);
}

/** The sources switched on with the new data: a new one comes on, one gone is dropped; all where none is left. */
function sourcesFor(host: ImporterHost, old: Dataset, dataset: Dataset): string[] {
  const ids = dataset.sources.map((s) => s.id).sort();
  const had = new Set(old.sources.map((s) => s.id));
  const kept = host.store.get().sources.filter((id) => ids.includes(id));
  const sources = [...kept, ...ids.filter((id) => !had.has(id))].sort();
  return sources.length > 0 ? sources : ids;
}

/**
 * The view on the new data, and what a URL may name on it: a place, reader or day the data no longer has falls back
 * as a URL's would.
 */
function viewFor(host: ImporterHost, dataset: Dataset, domain: { start: Day; end: Day }, sources: string[]): Partial<ViewState> {
  const { rules, defaults, store } = host;
  const ids = dataset.sources.map((s) => s.id).sort();
  rules.sources.clear();
  for (const id of ids) rules.sources.add(id);
  rules.places.clear();
  for (const p of dataset.places) rules.places.add(p.id);
  Object.assign(rules.days, sliderDays(domain));
  defaults.sources = ids;
  defaults.day = domain.end;
  const view = store.get();
  return {
    sources,
    day: view.day < rules.days.start || view.day > rules.days.end ? domain.end : view.day,
    place: view.place !== null && rules.places.has(view.place) ? view.place : null,
    reader: view.reader !== null && rules.sources.has(view.reader) ? view.reader : null,
  };
}
