/**
 * The reader's articles kept in this browser (IndexedDB, through `idb`): one record per article, written whole,
 * never dropped for being unreadable. Every way it can fail is a `StorageError` with a message for the page: no
 * IndexedDB (a private window), a full disk, a database or record of another version, another tab's change.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { ReviewedArticle } from '../../core/review.ts';
import { DB_NAME } from './boot.ts';

/** The record layout this code writes and reads; a record of another is kept as it is, unread. */
export const RECORD_VERSION = 1;
const DB_VERSION = 1;
const STORE = 'articles';
const CHANNEL = 'frontline-articles';

export interface StoredArticle {
  version: typeof RECORD_VERSION;
  /** The source id. */
  id: string;
  /** Counts this record's writes: a write that expected another count was overtaken by another tab. */
  saved: number;
  /** The file as it came, byte for byte. */
  bytes: Uint8Array;
  article: ReviewedArticle;
}

export type StorageFailure = 'unavailable' | 'quota' | 'version' | 'conflict' | 'closed' | 'failed';

export class StorageError extends Error {
  constructor(readonly kind: StorageFailure, message: string) {
    super(message);
    this.name = 'StorageError';
  }
}

const KEPT_HERE = 'What you added is kept in this tab until it closes; "Download your articles" saves it as a file.';

export interface ArticleStore {
  /** Every record this code can read, and how many it cannot (left in place). */
  list(): Promise<{ records: StoredArticle[]; unread: number }>;
  /** Writes the record if the one stored has `saved - 1` writes (or none is stored for a first write). */
  put(record: StoredArticle): Promise<void>;
  remove(id: string): Promise<void>;
  /** Calls `listener` with an article's id when another tab changes or removes it. */
  onOtherTab(listener: (id: string) => void): void;
  close(): void;
}

/** Opens the reader's store; throws a StorageError where this browser has none to give (`idb` null: none). */
export async function openArticleStore(name = DB_NAME, idb: IDBFactory | null = globalThis.indexedDB ?? null): Promise<ArticleStore> {
  if (idb === null) throw new StorageError('unavailable', `This browser keeps no data for pages (IndexedDB is unavailable). ${KEPT_HERE}`);
  let closed = false;
  let db: IDBPDatabase;
  try {
    db = await openDB(name, DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'id' });
      },
      blocking() {
        // A newer Frontline in another tab needs the database: this tab lets go, keeping what it has in memory.
        closed = true;
        db.close();
      },
    });
  } catch (error) {
    throw failure(error);
  }
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const guard = (): void => {
    if (closed) throw new StorageError('closed', `A newer Frontline in another tab now keeps your articles; reload this page to use it. ${KEPT_HERE}`);
  };
  const tell = (id: string): void => channel?.postMessage({ id });
  return {
    async list() {
      guard();
      const all: unknown[] = await db.getAll(STORE).catch((error: unknown) => { throw failure(error); });
      const records = all.filter(readable);
      return { records, unread: all.length - records.length };
    },
    async put(record) {
      guard();
      try {
        const tx = db.transaction(STORE, 'readwrite');
        // Observed at once: an aborted transaction rejects it, and that is answered below, not left unhandled.
        const done = tx.done.then(() => null, (error: unknown) => error);
        const stored: unknown = await tx.store.get(record.id);
        const had = stored === undefined ? 0 : readable(stored) ? stored.saved : null;
        if (had === null) {
          tx.abort();
          await done;
          throw new StorageError('version', `"${record.id}" is kept in a form another version of Frontline wrote; it is left as it is, and this change is not saved. ${KEPT_HERE}`);
        }
        if (had !== record.saved - 1) {
          tx.abort();
          await done;
          throw new StorageError('conflict', `"${record.id}" was changed in another tab, so this tab's change is not saved (the other one is kept); reload to see it. ${KEPT_HERE}`);
        }
        await tx.store.put(record);
        const error = await done;
        if (error !== null) throw error;
      } catch (error) {
        throw failure(error);
      }
      tell(record.id);
    },
    async remove(id) {
      guard();
      await db.delete(STORE, id).catch((error: unknown) => { throw failure(error); });
      tell(id);
    },
    onOtherTab(listener) {
      channel?.addEventListener('message', (event: MessageEvent<{ id?: unknown }>) => {
        if (typeof event.data?.id === 'string') listener(event.data.id);
      });
    },
    close() {
      closed = true;
      channel?.close();
      db.close();
    },
  };
}

/** A record this code wrote: its version and the fields it reads, by type. */
function readable(record: unknown): record is StoredArticle {
  const r = record as Partial<StoredArticle> | null;
  return (
    typeof r === 'object' && r !== null && r.version === RECORD_VERSION && typeof r.id === 'string' &&
    typeof r.saved === 'number' && r.bytes instanceof Uint8Array && typeof r.article === 'object' && r.article !== null &&
    Array.isArray(r.article.rows) && Array.isArray(r.article.places) && typeof r.article.sourceText === 'string'
  );
}

/** The error as a StorageError whose message says what happened and that nothing is lost. */
export function failure(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError('quota', `This browser has no room left to keep your articles (its storage quota is used up); what was kept before is still kept. ${KEPT_HERE}`);
  }
  if (name === 'VersionError') {
    return new StorageError('version', `Your articles are kept by a newer version of Frontline than this page; they are left as they are. ${KEPT_HERE}`);
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StorageError('unavailable', `This browser does not let the page keep data (IndexedDB: ${name}), as in a private window. ${KEPT_HERE}`);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new StorageError('failed', `Your articles could not be kept (${reason}). ${KEPT_HERE}`);
}
