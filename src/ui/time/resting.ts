import { afterRest } from '../dom.ts';
import { createStore, type Store } from '../store.ts';

/**
 * How long the slider must rest before what follows it at rest catches up, ms: longer than the gap between the
 * input events of a drag or of a held arrow key (a frame, or about 33 ms), short enough to read as at once when
 * the hand stops.
 */
export const REST_AFTER_MS = 150;

/** The store as the parts of the page that follow a drag only once it rests see it (see `createResting`). */
export interface RestingStore extends Store {
  /** Says that the day changes about to come are a drag's: until the slider rests, this store keeps the day it had. */
  drag(): void;
}

/**
 * Returns a view of `store` whose day does not move while the slider is dragged, and moves to where it rested once
 * it has rested REST_AFTER_MS; everything else, and a day set any other way (a button, playback, a link), it passes
 * on at once. The map and the date follow every step of a drag; the list, the chart's day line, the place panel and
 * the fronts' labels, which subscribe here, wait for the hand to stop: a frame of a drag then does little more than a
 * page with the map alone (the benchmark's baseline). Meanwhile the list and the panel name the day they show, and
 * the fronts' labels, which would not, are hidden.
 */
export function createResting(store: Store): RestingStore {
  // What its parts see, kept as a store of its own: its `set` passes on a change only where there is one.
  const view = createStore(store.get());
  let dragging = false;
  const rested = afterRest(REST_AFTER_MS, () => {
    dragging = false;
    view.set(store.get());
  });
  store.subscribe((next) => view.set(dragging ? { ...next, day: view.get().day } : next));
  return {
    get: view.get,
    set: store.set,
    subscribe: view.subscribe,
    drag() {
      dragging = true;
      rested();
    },
  };
}
