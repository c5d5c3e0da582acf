import type { Analysis, Prepared } from '../core/analysis.ts';
import type { Day, Front, FrontLine, Interval, Stretch } from '../core/types.ts';
import type { Store } from './store.ts';
import type { RestingStore } from './time/resting.ts';

/** What every view component gets: the store to read and write, and the core's answers for the current sources. */
export interface AppContext {
  store: Store;
  /**
   * The store as the list, the chart's day, the fronts' labels and the place panel see it: a drag of the slider
   * reaches them once it rests. The map and the date follow `store`.
   */
  atRest: RestingStore;
  prepared: Prepared;
  /** The analysis for the sources enabled in the store; memoised, recomputed only when they change. */
  analysis(): Analysis;
  /** The front line on a day for the current analysis, by km (as the map draws it); memoised per day. */
  frontline(day: Day): FrontLine<Stretch>;
  /** The fronts on a day, as `frontline(day).fronts`, without working out the day's stretches where they are known. */
  fronts(day: Day): readonly Front[];
  /** Every place's interval on a day (`stateAt` of the current analysis), aligned with its timeline's places; memoised per day. */
  states(day: Day): Interval[];
  document: Document;
  /** Ids of the sources the reader added in this browser, whose claims the panel marks as theirs. */
  yours?: ReadonlySet<string> | undefined;
}
