import type { Day } from '../core/types.ts';

/** Everything a view of Frontline is: it lives here and flows one way into map, chart, panel and URL. */
export interface ViewState {
  day: Day;
  /** The day the map and the list of changes compare `day` with, or null for no comparison. */
  compare: Day | null;
  /** Selected place id, or null. */
  place: string | null;
  /** Enabled source ids, sorted. */
  sources: string[];
  /** Map centre as [lat, lng] (Leaflet order: this is view state, not data) and zoom. */
  center: [number, number];
  zoom: number;
  /** Source open in the reader view, or null. */
  reader: string | null;
  /** Counts changes to the data drawn (a reader's article accepted, edited, removed): every view redraws from it. */
  revision?: number;
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  /** Merges a patch; listeners run synchronously, once, only when something changed. */
  set(patch: Partial<ViewState>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const next = { ...state, ...patch };
      if (sameView(next, state)) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return (
    a.day === b.day &&
    a.compare === b.compare &&
    a.place === b.place &&
    a.reader === b.reader &&
    a.revision === b.revision &&
    a.zoom === b.zoom &&
    a.center[0] === b.center[0] &&
    a.center[1] === b.center[1] &&
    sameSources(a.sources, b.sources)
  );
}

/**
 * Whether two lists of sources are the same: at once where they are one list, as on every change of anything else
 * (thousands of ids joined, twice, took a good part of a millisecond of a slider step at 5,000 places).
 */
export function sameSources(a: readonly string[], b: readonly string[]): boolean {
  return a === b || a.join('\n') === b.join('\n');
}
