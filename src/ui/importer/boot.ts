/**
 * The little of the importer the first load carries: whether this browser keeps any of the reader's articles, the
 * importer itself loaded on demand, a store whose listeners can be let go of when the views are built again, and a
 * word for a link that names what this browser does not have.
 */
import type { Store } from '../store.ts';

/** The IndexedDB database the reader's articles are kept in. */
export const DB_NAME = 'frontline';

/** Whether this browser may keep articles of the reader's (its database exists); false where it cannot say. */
export async function keptArticles(): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return false;
  }
}

/** The importer's chunk, loaded once, when first needed. */
export const loadImporter = (): Promise<typeof import('./index.ts')> => import('./index.ts');

/** The store as views see it: the same state, and listeners that `detach` lets go of all at once. */
export function scopedStore(store: Store): { store: Store; detach(): void } {
  const offs = new Set<() => unknown>();
  let live = true;
  return {
    store: {
      get: store.get,
      set: store.set,
      subscribe(listener) {
        if (!live) return () => false;
        const off = store.subscribe(listener);
        offs.add(off);
        return off;
      },
    },
    detach() {
      live = false;
      for (const off of offs) off();
      offs.clear();
    },
  };
}

/** What a link names that this browser lacks (an article someone added in their own, most likely), in words. */
export function linkNotes(hash: string, rules: { sources: ReadonlySet<string>; places: ReadonlySet<string> }): string[] {
  const fields = new URLSearchParams(hash.slice(1));
  const lacks = (what: string, ids: (string | null)[], known: ReadonlySet<string>): string[] => {
    const missing = [...new Set(ids)].filter((id) => id && !known.has(id));
    return missing.length === 0 ? [] : [`This link names ${what} this browser does not have (${missing.map((id) => `"${id}"`).join(', ')}); it shows what it has.`];
  };
  return [
    ...lacks('a source', [...(fields.get('sources')?.split(',') ?? []), fields.get('reader')], rules.sources),
    ...lacks('a place', [fields.get('place')], rules.places),
  ];
}
