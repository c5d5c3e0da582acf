import type { Analysis, Prepared } from '../core/analysis.ts';
import type { Day, FrontLine } from '../core/types.ts';
import type { Store } from './store.ts';

/** What every view component gets: the store to read and write, and the core's answers for the current sources. */
export interface AppContext {
  store: Store;
  prepared: Prepared;
  /** The analysis for the sources enabled in the store; memoised, recomputed only when they change. */
  analysis(): Analysis;
  /** The front line on a day for the current analysis; memoised per day. */
  frontline(day: Day): FrontLine;
  document: Document;
}
