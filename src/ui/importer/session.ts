/**
 * The reader's articles in this tab: held in memory, drawn on the page with `geo/` (through the loaders, as `merge`
 * would write them), and kept in the browser after every change. Memory is the truth while the tab is open: a
 * failed write is said and nothing is dropped, so "Download your articles" always has everything.
 */
import { datasetWith } from '../../core/bundle.ts';
import { formatProblem } from '../../core/problems.ts';
import { bundleOf, type ReviewedArticle } from '../../core/review.ts';
import type { Dataset } from '../../core/types.ts';
import type { Geo, Shown } from './host.ts';
import { openArticleStore, RECORD_VERSION, StorageError, type ArticleStore, type StoredArticle } from './storage.ts';

export interface Entry {
  article: ReviewedArticle;
  bytes: Uint8Array;
  /** Writes of it that the store has taken. */
  saved: number;
  /** Its last change is not in the store (it could not be written). */
  unsaved: boolean;
}

export class Session {
  readonly entries: Entry[] = [];
  /** Why the store cannot keep what is added, or null while it can. */
  storage: string | null = null;
  private store: ArticleStore | null = null;
  private readonly listeners = new Set<() => void>();
  private chain: Promise<void> = Promise.resolve();
  private inFlight = 0;

  constructor(readonly geo: Geo) {}

  /** Opens the store and reads what it keeps; says what it cannot read, and keeps it. */
  async open(): Promise<void> {
    try {
      this.store = await openArticleStore();
      const { records, unread } = await this.store.list();
      for (const r of records) this.entries.push({ article: r.article, bytes: r.bytes, saved: r.saved, unsaved: false });
      if (unread > 0) {
        this.storage = `${unread} kept article${unread === 1 ? ' was' : 's were'} written by another version of Frontline; ${unread === 1 ? 'it is' : 'they are'} left as kept, unread.`;
      }
      this.store.onOtherTab((id) => {
        this.storage = `Your articles were changed in another tab ("${id}"). This tab keeps its own; reload it to see the other tab's.`;
        this.changed();
      });
    } catch (error) {
      this.storage = error instanceof Error ? error.message : String(error);
    }
    this.entries.sort((a, b) => a.article.entry.id.localeCompare(b.article.entry.id));
  }

  /** `geo/` with every article, loaded and validated, and any problem the articles bring reported. */
  async shown(): Promise<Shown> {
    const { files, geo } = this.geo;
    const { dataset, problems } = await datasetWith(bundleOf(this.entries.map((e) => e.article)), async (path) => files.get(path) ?? null);
    const known = new Set(geo.problems.map(formatProblem));
    this.geo.report(problems.map(formatProblem).filter((p) => !known.has(p)));
    return { dataset, yours: new Set(this.entries.map((e) => e.article.entry.id)) };
  }

  find(id: string): Entry | undefined {
    return this.entries.find((e) => e.article.entry.id === id);
  }

  /**
   * Adds an article or replaces the one with its id, at once; resolves once the store keeps it (or could not). The
   * writes go one after another, so each knows how many the store took before it.
   */
  put(article: ReviewedArticle, bytes?: Uint8Array): Promise<void> {
    let entry = this.find(article.entry.id);
    if (entry) entry.article = article;
    else this.entries.push((entry = { article, bytes: bytes ?? new TextEncoder().encode(article.original), saved: 0, unsaved: false }));
    this.changed();
    const kept = entry;
    return this.queue(() => this.keep(kept));
  }

  /** How many writes are under way: the page says so while any is. */
  get writing(): number {
    return this.inFlight;
  }

  remove(id: string): Promise<void> {
    const at = this.entries.findIndex((e) => e.article.entry.id === id);
    if (at < 0) return Promise.resolve();
    this.entries.splice(at, 1);
    this.changed();
    return this.queue(async () => {
      await this.store?.remove(id).catch((error: unknown) => this.failed(error));
    });
  }

  /** Calls `listener` after every change to the articles or to what the store can do. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** A dataset whose sources include the reader's: the ids taken, for a new source's id. */
  static taken(dataset: Dataset): Set<string> {
    return new Set([...dataset.sources.map((s) => s.id), ...dataset.sources.map((s) => s.file.replace(/\..*$/, ''))]);
  }

  private queue(write: () => Promise<void>): Promise<void> {
    this.inFlight += 1;
    this.chain = this.chain.then(write).finally(() => {
      this.inFlight -= 1;
      this.changed();
    });
    return this.chain;
  }

  private async keep(entry: Entry): Promise<void> {
    if (!this.entries.includes(entry)) return;
    if (this.store === null) {
      entry.unsaved = true;
      return;
    }
    const record: StoredArticle = { version: RECORD_VERSION, id: entry.article.entry.id, saved: entry.saved + 1, bytes: entry.bytes, article: entry.article };
    try {
      await this.store.put(record);
      entry.saved = record.saved;
      entry.unsaved = false;
      if (this.storage !== null && !/another version/.test(this.storage)) this.storage = null;
    } catch (error) {
      entry.unsaved = true;
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    this.storage = error instanceof StorageError || error instanceof Error ? error.message : String(error);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
