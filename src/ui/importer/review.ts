/**
 * The review of an article: its text with every place it names marked and the focused claim's quote picked out, a
 * row per suggested claim (accept, reject, edit), "Accept all", and the names Frontline does not know yet.
 */
import { readSource } from '../../core/sources.ts';
import type { Mention, Span } from '../../core/types.ts';
import { fill, h } from '../dom.ts';
import { formatDay, sourceName } from '../format.ts';
import { marked, quotedPassage } from '../panel/passage.ts';
import { paragraphs } from '../panel/reader.ts';
import { refind } from './find.ts';
import type { ImporterHost } from './host.ts';
import { newPlaceOffers } from './newplaces.ts';
import { decideAll, reviewRow } from './rows.ts';
import type { Session } from './session.ts';

export interface ReviewOptions {
  host: ImporterHost;
  session: Session;
  redraw: () => Promise<void>;
  /** The source id of the article. */
  id: string;
  /** Goes on to the next article given, where there is one. */
  next: (() => void) | null;
  close(): void;
  /** Closes it for a moment (a name is being placed on the map), focus left to the caller. */
  hide(): void;
  /** Opens the dialog on this review again (after a name was placed on the map). */
  reopen(): void;
}

export function renderReview(body: HTMLElement, options: ReviewOptions): void {
  const { host, session, id } = options;
  const doc = body.ownerDocument;
  const entry = session.find(id);
  if (!entry) return;
  const found = refind(entry.article, host.ctx().prepared.dataset);
  if (found.article !== entry.article) {
    void session.put(found.article);
    void options.redraw();
  }
  const { suggestion } = found;
  const source = readSource(found.article.entry, found.article.sourceText);
  const mentions: Mention[] = suggestion.mentions;
  const text = h(doc, 'div', { class: 'review-text', tabindex: 0, role: 'region', 'aria-label': 'The article, places marked' });
  const showText = (quote: Span | null): void => {
    fill(text, paragraphs(source.text).map((p) => {
      const inside = quote !== null && quote.start < p.start + p.text.length && quote.end > p.start;
      return h(doc, 'p', {}, inside ? quotedPassage(doc, p, quote, mentions) : marked(doc, p, mentions));
    }));
    text.querySelector('.quote')?.scrollIntoView({ block: 'nearest' });
  };
  showText(null);

  const status = h(doc, 'p', { class: 'review-status', role: 'status' });
  const list = h(doc, 'ol', { class: 'review-rows', 'aria-label': 'Suggested claims' });
  const article = () => session.find(id)!.article;
  const counted = (): void => {
    const rows = article().rows;
    const n = (d: string): number => rows.filter((r) => r.decision === d).length;
    status.textContent = rows.length === 0
      ? 'Frontline found no claim in it that it could date and quote.'
      : `${rows.length} suggested claim${rows.length === 1 ? '' : 's'}: ${n('accepted')} accepted, ${n('rejected')} rejected, ${n('pending')} to review.`;
    acceptAll.disabled = n('pending') === 0;
  };
  const rowOptions = { host, session, redraw: options.redraw, id, onChange: counted, focusQuote: showText };
  const acceptAll = h(doc, 'button', { type: 'button', onclick: async () => {
    await decideAll(rowOptions);
    renderRows();
    counted();
  } }, 'Accept all');
  const busy = async (reason: string, work: () => Promise<void>): Promise<void> => {
    const held = [...body.querySelectorAll('button')].filter((b) => !b.disabled);
    for (const b of held) b.disabled = true;
    body.setAttribute('aria-busy', 'true');
    status.textContent = reason;
    try {
      await work();
    } finally {
      body.removeAttribute('aria-busy');
      // When the work drew the review again these buttons are gone; otherwise they come back as they were.
      for (const b of held) b.disabled = false;
      if (status.isConnected) counted();
    }
  };
  const renderRows = (): void => fill(list, article().rows.map((_, i) => reviewRow(doc, i, rowOptions)));
  renderRows();
  counted();

  const { entry: meta } = found.article;
  const facts = `${sourceName(meta)}, published ${formatDay(meta.published)}; ${mentions.length} mention${mentions.length === 1 ? '' : 's'} of places marked in the text.`;
  const read = h(doc, 'button', { type: 'button', class: 'link', onclick: () => { options.close(); host.store.set({ reader: id }); } }, 'Read it in the reader');
  const done = options.next
    ? h(doc, 'button', { type: 'button', class: 'importer-primary', onclick: options.next }, 'Next article')
    : h(doc, 'button', { type: 'button', class: 'importer-primary', onclick: options.close }, 'Done');
  fill(body, h(doc, 'div', { class: 'review' },
    h(doc, 'div', { class: 'review-head' },
      h(doc, 'h3', { class: 'review-title', tabindex: -1 }, meta.headline ?? sourceName(meta)),
      h(doc, 'p', { class: 'review-facts' }, facts, ' ', read)),
    h(doc, 'div', { class: 'review-columns' },
      text,
      h(doc, 'section', { class: 'review-claims', 'aria-labelledby': 'review-claims-title' },
        h(doc, 'h4', { id: 'review-claims-title' }, 'Suggested claims'),
        h(doc, 'p', { class: 'review-hint' }, 'Nothing is on the map until you accept it; what you accept is marked as checked by you.'),
        status, h(doc, 'p', { class: 'review-all' }, acceptAll), list,
        newPlaceOffers(doc, found.article, suggestion.newPlaces, { host, session, redraw: options.redraw, hide: options.hide, reopen: options.reopen, busy }))),
    h(doc, 'p', { class: 'importer-actions' }, done)));
  // The button that led here is gone: a keyboard reader starts at the review's title.
  if (!body.contains(doc.activeElement)) body.querySelector<HTMLElement>('.review-title')?.focus();
}
