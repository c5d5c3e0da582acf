import { describe, expect, test } from 'vitest';
import type { Day } from '../../src/core/types.ts';
import { chunk, mountWhen, type Chunk } from '../../src/ui/lazy.ts';
import { createStore, type ViewState } from '../../src/ui/store.ts';

const VIEW: ViewState = { day: '2011-03-30' as Day, compare: null, place: null, sources: ['a'], center: [31, 17], zoom: 7, reader: null };
const onPage = { isConnected: true } as Element;
const needsReader = (view: ViewState): boolean => view.reader !== null;
/** A chunk whose first import fails with `message` and whose later ones give `value`; `imports()` counts them. */
function failingOnce<T>(message: string, value: T): { part: Chunk<T>; imports: () => number } {
  let imports = 0;
  const part = chunk(async () => {
    imports += 1;
    if (imports === 1) throw new Error(message);
    return value;
  });
  return { part, imports: () => imports };
}
/** Lets every promise settled by now run its callbacks. */
const settled = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('chunks loaded when a view needs them', () => {
  test('a chunk is imported once however often it is asked for, and is there to use once it has come', async () => {
    let imports = 0;
    const part = chunk(async () => ({ n: ++imports }));
    expect(part.loaded()).toBeNull();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect([a, b, part.loaded()]).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(imports).toBe(1);
  });

  test('a chunk that failed to load is imported again the next time it is asked for', async () => {
    const { part, imports } = failingOnce('offline', 'module');
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.loaded()).toBeNull();
    expect(await part.load()).toBe('module');
    expect(imports()).toBe(2);
  });

  test('a view the URL already needs is mounted at once where its chunk has loaded, so it is drawn with the rest', async () => {
    const part = chunk(async () => 'reader');
    await part.load();
    const store = createStore({ ...VIEW, reader: 'nyt' });
    const mounted: string[] = [];
    mountWhen(part, { store, root: onPage, needs: needsReader }, (m) => mounted.push(m), () => mounted.push('failed'));
    expect(mounted).toEqual(['reader']);
  });

  test('a view not yet needed is not loaded; once needed it is mounted once, after the change that asked for it', async () => {
    let imports = 0;
    const part = chunk(async () => `reader ${++imports}`);
    const store = createStore(VIEW);
    const heard: string[] = [];
    mountWhen(part, { store, root: onPage, needs: needsReader }, (m) => {
      heard.push(`mounted ${m}`);
      store.subscribe((view) => heard.push(`view heard ${view.reader}`));
    }, () => heard.push('failed'));
    store.set({ day: '2011-03-31' as Day });
    await settled();
    expect(imports).toBe(0);
    store.set({ reader: 'nyt' });
    await settled();
    store.set({ reader: null });
    store.set({ reader: 'globalpost' });
    await settled();
    // The change that opened it is not heard again by the view it mounted; the later ones are.
    expect(heard).toEqual(['mounted reader 1', 'view heard null', 'view heard globalpost']);
  });

  test('a chunk that comes after its element has left the page (the views were built again) mounts nothing', async () => {
    const part = chunk(async () => 'reader');
    const store = createStore({ ...VIEW, reader: 'nyt' });
    const root = { isConnected: true };
    const mounted: string[] = [];
    mountWhen(part, { store, root: root as Element, needs: needsReader }, (m) => mounted.push(m), () => mounted.push('failed'));
    root.isConnected = false;
    await settled();
    expect(mounted).toEqual([]);
  });

  test('a chunk that cannot load is reported, and asked for again at the next change that needs it', async () => {
    const { part } = failingOnce('Failed to fetch dynamically imported module', 'reader');
    const store = createStore({ ...VIEW, reader: 'nyt' });
    const heard: string[] = [];
    mountWhen(part, { store, root: onPage, needs: needsReader }, (m) => heard.push(m), (e) => heard.push((e as Error).message));
    await settled();
    expect(heard).toEqual(['Failed to fetch dynamically imported module']);
    store.set({ reader: 'globalpost' });
    await settled();
    expect(heard).toEqual(['Failed to fetch dynamically imported module', 'reader']);
  });

  test('a view that throws as it mounts is reported, not thrown into the store', async () => {
    const part = chunk(async () => 'reader');
    const store = createStore(VIEW);
    const heard: string[] = [];
    mountWhen(part, { store, root: onPage, needs: needsReader }, () => {
      throw new Error('no #reader');
    }, (e) => heard.push((e as Error).message));
    expect(() => store.set({ reader: 'nyt' })).not.toThrow();
    await settled();
    expect(heard).toEqual(['no #reader']);
  });
});
