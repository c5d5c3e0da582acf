/**
 * The parts of the viewer a first view may not need, each a chunk of its own, loaded when a view first needs it (at
 * start where the URL already asks for it), so the first load carries what draws the map, the list and the chart.
 */
import type { Store, ViewState } from './store.ts';

export interface Chunk<T> {
  /** The chunk's module, loaded the first time; a load that failed is tried again the next time. */
  load(): Promise<T>;
  /** The module once it has loaded, else null: for code that must not wait. */
  loaded(): T | null;
}

/** A chunk that `importer` loads (a dynamic `import()`, which is what makes it a chunk of its own). */
export function chunk<T>(importer: () => Promise<T>): Chunk<T> {
  let loading: Promise<T> | null = null;
  let module: T | null = null;
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => module,
  };
}

/** Compare's list of changes and its marks on the map, with the core's changes between two days. */
export const comparing = chunk(() => import('./time/comparing.ts'));
/** The place panel: a town's names, its state and history, and its sources' sentences. */
export const placePanel = chunk(() => import('./panel/panel.ts'));
/** The reader: a source in full. */
export const reading = chunk(() => import('./panel/reader.ts'));
/** The Export menu's files: the core's GeoJSON and CSV serialisers. */
export const exporting = chunk(() => import('./exportfiles.ts'));

/**
 * Calls `mount` with the chunk's module once `needs` first holds for the store's view: at once where the chunk has
 * loaded (so a view a link opens is built with the rest), else once it has, unless `root` has left the page by then
 * (the views were built again, around new elements). `failed` hears of a chunk that could not load or mount; a
 * chunk that could not load is asked for again at the next change of view that needs it.
 */
export function mountWhen<T>(
  part: Chunk<T>,
  { store, root, needs }: { store: Store; root: Element; needs: (view: ViewState) => boolean },
  mount: (module: T) => void,
  failed: (error: unknown) => void,
): void {
  const run = (module: T): void => {
    if (!root.isConnected) return;
    try {
      mount(module);
    } catch (error) {
      failed(error);
    }
  };
  // Later than the store's change that asked for it, even where the chunk is there: mounted within a change, a
  // view would hear that same change again.
  const start = (): void => void part.load().then(run, (error: unknown) => (failed(error), watch()));
  const watch = (): void => {
    const off = store.subscribe((view) => {
      if (!needs(view)) return;
      off();
      start();
    });
  };
  const module = part.loaded();
  if (!needs(store.get())) watch();
  else if (module !== null) run(module);
  else start();
}
