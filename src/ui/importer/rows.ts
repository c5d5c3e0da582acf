/**
 * A suggested claim as a row of the review: one sentence a screen reader reads whole (place, side, event, the day
 * with the words that fixed it, who says so, and what became of it), and buttons named for the claim.
 */
import { decide, editClaim, type Decision, type ReviewRow } from '../../core/review.ts';
import { readSource } from '../../core/sources.ts';
import type { Span } from '../../core/types.ts';
import { fill, h } from '../dom.ts';
import { formatClaimDate } from '../format.ts';
import type { ImporterHost } from './host.ts';
import { editForm } from './rowedit.ts';
import type { Session } from './session.ts';

export interface RowOptions {
  host: ImporterHost;
  session: Session;
  redraw: () => Promise<void>;
  /** The article's source id. */
  id: string;
  onChange(): void;
  focusQuote(quote: Span | null): void;
}

const DECISIONS: Record<Decision, string> = {
  pending: 'Suggested, not reviewed.',
  accepted: 'Accepted by you: on the map.',
  rejected: 'Rejected by you: not on the map.',
};

/** "Bin Jawad, government, 29 March": what each button of a row is named after. */
export function rowName(row: ReviewRow, placeName: string): string {
  return `${placeName}, ${row.claim.side}, ${formatClaimDate(row.claim).replace(/ \d{4}$/, '')}`;
}

/** The row's claim in words: "Bin Jawad: government, captured, on 29 March 2011 ("on Tuesday"), according to rebel fighters." */
export function rowSentence(row: ReviewRow, placeName: string): string {
  const { claim } = row;
  const day = claim.resolvedFrom.toLowerCase() === 'now' ? `${formatClaimDate(claim)} (told in the present tense)` : `${formatClaimDate(claim)} ("${claim.resolvedFrom}" → ${formatClaimDate(claim).replace(/ \d{4}$/, '')})`;
  // "Misrata: contested, about 20 April", not "contested, contested".
  const what = claim.side === claim.event ? claim.side : `${claim.side}, ${claim.event}`;
  return `${placeName}: ${what}, ${day}, according to ${claim.claimant}.`;
}

export function reviewRow(doc: Document, index: number, options: RowOptions): HTMLLIElement {
  const { host, session, id } = options;
  const entry = session.find(id)!;
  const row = entry.article.rows[index]!;
  const placeName = host.ctx().prepared.placesById.get(row.claim.place)?.name ?? row.claim.place;
  const name = rowName(row, placeName);
  const replace = (): void => {
    const next = reviewRow(doc, index, options);
    item.replaceWith(next);
    next.focus();
    options.onChange();
  };
  const save = async (changed: ReviewRow): Promise<void> => {
    const rows = [...session.find(id)!.article.rows];
    rows[index] = changed;
    void session.put({ ...session.find(id)!.article, rows });
    await options.redraw();
    replace();
  };
  const button = (label: string, decision: Decision, pressed: boolean): HTMLButtonElement =>
    h(doc, 'button', { type: 'button', 'aria-label': `${label}: ${name}`, 'aria-pressed': String(pressed), onclick: () => void save(decide(row, pressed ? 'pending' : decision)) }, label);
  const actions = h(doc, 'p', { class: 'row-actions' },
    button('Accept', 'accepted', row.decision === 'accepted'),
    button('Reject', 'rejected', row.decision === 'rejected'),
    h(doc, 'button', { type: 'button', 'aria-label': `Edit: ${name}`, 'aria-expanded': 'false', onclick: () => edit() }, 'Edit'));
  const editor = h(doc, 'div', { class: 'row-editor' });
  const item = h(doc, 'li', { class: `review-row ${row.decision}`, tabindex: 0, 'data-claim': row.claim.id },
    h(doc, 'p', { class: 'row-sentence' }, rowSentence(row, placeName), ' ',
      h(doc, 'span', { class: 'row-decision' }, `${DECISIONS[row.decision]}${row.edited ? ' Edited by you.' : ''}`)),
    h(doc, 'p', { class: 'row-why' }, `Quote: “${row.claim.quote}” (found by ${row.why}; confidence ${Math.round(row.confidence * 100)}%)`),
    actions, editor);
  item.addEventListener('focusin', () => options.focusQuote({ start: row.start, end: row.end }));
  const edit = (): void => {
    const dataset = host.ctx().prepared.dataset;
    const source = readSource(entry.article.entry, entry.article.sourceText);
    const ctx = { places: new Set(dataset.places.map((p) => p.id)), sources: new Map([[source.id, source]]) };
    actions.hidden = true;
    fill(editor, editForm(doc, row, dataset.places, {
      label: name,
      save: (change) => {
        const result = editClaim(row, change, source, ctx);
        if ('problems' in result) return result.problems.map((p) => `${p.field}: ${p.message}`);
        void save(result.row);
        return [];
      },
      cancel: () => {
        fill(editor);
        actions.hidden = false;
        item.focus();
      },
    }));
  };
  return item;
}

/** Accepts every row still pending. */
export async function decideAll(options: RowOptions): Promise<void> {
  const { session, id } = options;
  const article = session.find(id)!.article;
  void session.put({ ...article, rows: article.rows.map((r) => (r.decision === 'pending' ? decide(r, 'accepted') : r)) });
  await options.redraw();
}
