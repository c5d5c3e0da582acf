/** What the page gives the importer: the data as loaded, the store, and how to show the data with the reader's added. */
import type * as L from 'leaflet';
import type { Analysis, Prepared } from '../../core/analysis.ts';
import type { Dataset, Day, Problem } from '../../core/types.ts';
import type { AppContext } from '../context.ts';
import type { Store, ViewState } from '../store.ts';

/** `geo/` as the page loaded it: each file's text by its path there, and what the loaders made of them. */
export interface Geo {
  files: ReadonlyMap<string, string>;
  geo: { dataset: Dataset; problems: Problem[] };
  report(messages: string[]): void;
}

export interface ImporterHost extends Geo {
  /** The page's one store (views get a scoped view of it). */
  store: Store;
  /** What a URL may name; the importer adds the reader's sources and places. */
  rules: { days: { start: Day; end: Day }; places: Set<string>; sources: Set<string> };
  defaults: ViewState;
  /** Where the "Add article" button and the reader's articles are. */
  root: HTMLElement;
  ctx(): AppContext;
  map(): L.Map;
  /** The memoised analysis for `prepared`, starting from `everything` (its analysis for the store's sources). */
  memoised(prepared: Prepared, everything: Analysis): Pick<AppContext, 'analysis' | 'frontline' | 'states'>;
  /**
   * Builds every view again, from fresh elements, with this context and the view changed by `patch` (set once the
   * old views are let go of): for data with other sources or places.
   */
  remount(next: AppContext, patch: Partial<ViewState>): Promise<void>;
}

/** The data with the reader's articles, and which sources are theirs. */
export interface Shown {
  dataset: Dataset;
  yours: Set<string>;
}
