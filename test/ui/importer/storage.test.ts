import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openDB } from 'idb';
import type { ReviewedArticle } from '../../../src/core/review.ts';
import type { Day } from '../../../src/core/types.ts';
import { failure, openArticleStore, RECORD_VERSION, type StoredArticle } from '../../../src/ui/importer/storage.ts';

let names = 0;
const fresh = (): string => `frontline-test-${(names += 1)}`;

function record(id: string, saved: number): StoredArticle {
  const article: ReviewedArticle = {
    file: 'a.txt',
    kind: 'text',
    original: 'Rebels held Brega on Tuesday.',
    sourceText: 'Rebels held Brega on Tuesday.',
    entry: { id, file: `${id}.txt`, outlet: null, headline: null, byline: null, published: '2011-03-30' as Day, dateline: null, notes: '' },
    rows: [],
    places: [],
  };
  return { version: RECORD_VERSION, id, saved, bytes: new TextEncoder().encode(article.original), article };
}

describe('the reader’s article store', () => {
  test('keeps a record and gives it back, bytes and all, after the store is opened again', async () => {
    const name = fresh();
    const store = await openArticleStore(name);
    await store.put(record('a-2011-03-30', 1));
    store.close();
    const again = await openArticleStore(name);
    const { records, unread } = await again.list();
    expect(unread).toBe(0);
    expect(records.map((r) => r.id)).toEqual(['a-2011-03-30']);
    expect(new TextDecoder().decode(records[0]!.bytes)).toBe('Rebels held Brega on Tuesday.');
    again.close();
  });

  test('a write that another tab has overtaken is refused, and the other tab’s record stays', async () => {
    const name = fresh();
    const tabA = await openArticleStore(name);
    const tabB = await openArticleStore(name);
    await tabA.put(record('a-2011-03-30', 1));
    await tabB.put({ ...record('a-2011-03-30', 2), bytes: new TextEncoder().encode('B') });
    await expect(tabA.put(record('a-2011-03-30', 2))).rejects.toMatchObject({ kind: 'conflict', message: expect.stringMatching(/changed in another tab/) });
    const { records } = await tabA.list();
    expect(new TextDecoder().decode(records[0]!.bytes)).toBe('B');
    tabA.close();
    tabB.close();
  });

  test('a record another version wrote is counted, left as it is, and never overwritten', async () => {
    const name = fresh();
    const store = await openArticleStore(name);
    store.close();
    const db = await openDB(name, 1);
    await db.put('articles', { version: 0, id: 'old-2011-03-30', text: 'from an older Frontline' });
    db.close();
    const again = await openArticleStore(name);
    expect(await again.list()).toMatchObject({ records: [], unread: 1 });
    await expect(again.put(record('old-2011-03-30', 1))).rejects.toMatchObject({ kind: 'version' });
    again.close();
    const raw = await openDB(name, 1);
    expect(await raw.get('articles', 'old-2011-03-30')).toEqual({ version: 0, id: 'old-2011-03-30', text: 'from an older Frontline' });
    raw.close();
  });

  test('a database a newer Frontline made is refused with a message, and left as it is', async () => {
    const name = fresh();
    const newer = await openDB(name, 5, { upgrade: (db) => void db.createObjectStore('articles', { keyPath: 'id' }) });
    newer.close();
    await expect(openArticleStore(name)).rejects.toMatchObject({ kind: 'version', message: expect.stringMatching(/newer version of Frontline/) });
  });

  test('no IndexedDB at all is said, with what still works', async () => {
    await expect(openArticleStore(fresh(), null)).rejects.toMatchObject({
      kind: 'unavailable',
      message: expect.stringMatching(/IndexedDB is unavailable.*"Download your articles"/),
    });
  });

  test('a full disk is said as such, and that what was kept before is still kept', () => {
    const error = failure(new DOMException('quota', 'QuotaExceededError'));
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/no room left.*what was kept before is still kept/);
  });
});
