/**
 * "Your articles": every article the reader added, with what became of its suggestions, a button to review it again
 * and "Remove"; "Download your articles" as one bundle for `merge`; and what the browser's storage cannot do.
 */
import { bundleOf } from '../../core/review.ts';
import { serializeBundle } from '../../core/bundle.ts';
import { fill, h } from '../dom.ts';
import { download } from '../export.ts';
import { formatDay, sourceName } from '../format.ts';
import type { ImporterHost } from './host.ts';
import type { Session } from './session.ts';

export const BUNDLE_FILE = 'frontline-articles.json';

export function mountYours(host: ImporterHost, session: Session, on: { review(id: string): void; redraw(): Promise<void> }): void {
  const doc = host.root.ownerDocument;
  const summary = h(doc, 'summary', { class: 'yours-summary' });
  const list = h(doc, 'ul', { class: 'yours-list' });
  const status = h(doc, 'p', { class: 'yours-status', role: 'status' });
  const download = h(doc, 'button', { type: 'button', class: 'yours-download', onclick: () => save(doc, session) }, 'Download your articles');
  const panel = h(doc, 'div', { class: 'yours-panel' }, h(doc, 'h2', { class: 'yours-title' }, 'Your articles'), status, list, download);
  const menu = h(doc, 'details', { class: 'yours' }, summary, panel);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    summary.focus();
  });
  host.root.prepend(menu);

  const render = (): void => {
    const { entries } = session;
    // For whoever must know that what is shown is kept (a test about to reload): the writes under way.
    host.root.dataset['saving'] = String(session.writing);
    menu.hidden = entries.length === 0 && session.storage === null;
    summary.textContent = `Your articles (${entries.length})`;
    status.textContent = session.storage ?? '';
    status.hidden = session.storage === null;
    download.disabled = entries.length === 0;
    fill(list, entries.map(({ article, unsaved }) => {
      const { entry, rows } = article;
      const count = (d: string): number => rows.filter((r) => r.decision === d).length;
      const title = entry.headline ?? sourceName(entry);
      const facts = `${sourceName(entry)}, ${formatDay(entry.published)}: ${count('accepted')} accepted, ${count('rejected')} rejected, ${count('pending')} to review${unsaved ? '; not kept in this browser' : ''}`;
      return h(doc, 'li', { class: 'yours-item', 'data-source': entry.id },
        h(doc, 'p', { class: 'yours-name' }, h(doc, 'strong', {}, title)),
        h(doc, 'p', { class: 'yours-facts' }, facts),
        h(doc, 'button', { type: 'button', 'aria-label': `Review: ${title}`, onclick: () => { menu.open = false; on.review(entry.id); } }, 'Review'),
        h(doc, 'button', {
          type: 'button',
          class: 'yours-remove',
          'aria-label': `Remove: ${title}`,
          onclick: async () => {
            void session.remove(entry.id);
            await on.redraw();
            summary.focus();
          },
        }, 'Remove'));
    }));
  };
  session.subscribe(render);
  render();
}

/** Saves every article as one bundle, the file `merge` reads. */
function save(doc: Document, session: Session): void {
  download(doc, BUNDLE_FILE, serializeBundle(bundleOf(session.entries.map((e) => e.article))), 'application/json');
}
