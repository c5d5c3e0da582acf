/**
 * Hooks for the benchmark (bench/, issue 13), on `window.__frontlineImporter` once the importer is loaded (click
 * "Add article" once): "Find claims" as the dialog runs it, many articles added at once, and one claim accepted
 * until the map's canvas shows it.
 */
import { parseDay } from '../../core/dates.ts';
import { decide } from '../../core/review.ts';
import type { Day } from '../../core/types.ts';
import { findClaims } from './find.ts';
import type { ImporterHost } from './host.ts';
import { readPasted } from './read.ts';
import type { Session } from './session.ts';

export interface ImporterBench {
  /** "Find claims" on `text` against the page's gazetteer, as the dialog runs it, nothing added: its time in ms. */
  find(text: string, published: string): { ms: number; claims: number };
  /** Adds the articles as the dialog does (every claim accepted, or all pending), drawn once; their source ids. */
  addMany(articles: { text: string; published: string; outlet?: string }[], accept: boolean): Promise<string[]>;
  /** Accepts claim `index` of `source` (first set back to pending) and resolves with the ms until the map shows it. */
  accept(source: string, index: number): Promise<number>;
}

declare global {
  interface Window {
    __frontlineImporter?: ImporterBench;
  }
}

export function exposeBench(host: ImporterHost, session: Session, redraw: () => Promise<void>): void {
  const day = (text: string): Day => {
    const parsed = parseDay(text);
    if (parsed === null) throw new Error(`not a calendar day: ${text}`);
    return parsed;
  };
  window.__frontlineImporter = {
    find(text, published) {
      const t0 = performance.now();
      const { article } = findClaims(readPasted(text), { outlet: null, headline: null, published: day(published) }, host.ctx().prepared.dataset);
      return { ms: performance.now() - t0, claims: article.rows.length };
    },
    async addMany(articles, accept) {
      const ids: string[] = [];
      for (const a of articles) {
        // Each is found against the data with the ones before it, so their ids differ as the dialog's would.
        const dataset = { ...host.ctx().prepared.dataset };
        const taken = session.entries.map((e) => ({ ...e.article.entry, raw: '', text: '' }));
        const { article } = findClaims(readPasted(a.text), { outlet: a.outlet ?? null, headline: null, published: day(a.published) }, { ...dataset, sources: [...dataset.sources, ...taken] });
        void session.put({ ...article, rows: article.rows.map((r) => decide(r, accept ? 'accepted' : 'pending')) });
        ids.push(article.entry.id);
      }
      await redraw();
      return ids;
    },
    async accept(source, index) {
      const entry = session.find(source);
      if (!entry) throw new Error(`no article of yours has the source id ${source}`);
      const rows = [...entry.article.rows];
      rows[index] = decide(rows[index]!, 'pending');
      void session.put({ ...entry.article, rows });
      await redraw();
      await window.__frontline?.canvasDrawn();
      const t0 = performance.now();
      rows[index] = decide(rows[index]!, 'accepted');
      void session.put({ ...entry.article, rows });
      await redraw();
      await window.__frontline?.canvasDrawn();
      return performance.now() - t0;
    },
  };
}
