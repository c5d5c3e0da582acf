import type { Mention, Source } from '../../core/types.ts';
import type { AppContext } from '../context.ts';
import { fill, h, splitBySpans, type Child } from '../dom.ts';
import { formatDay, sourceTitle } from '../format.ts';
import type { Passage } from './passage.ts';

/**
 * Mounts the reader: a modal dialog, open while `state.reader` names a source, showing its cleaned text with every
 * place name as a button that selects the place and returns to the map. Escape and the close button close it.
 */
export function mountReader(root: HTMLElement, ctx: AppContext): void {
  const doc = ctx.document;
  const { store, prepared } = ctx;
  const sources = new Map(prepared.dataset.sources.map((s) => [s.id, s]));
  const title = h(doc, 'h2', { id: 'reader-title', tabindex: '-1' });
  const meta = h(doc, 'dl', { class: 'reader-meta' });
  const note = h(doc, 'p', { class: 'reader-note' });
  const body = h(doc, 'div', { class: 'reader-text' });
  const close = h(
    doc,
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close reader', onclick: () => store.set({ reader: null }) },
    '×',
  );
  const dialog = h(
    doc,
    'dialog',
    { class: 'reader-dialog', 'aria-labelledby': 'reader-title' },
    h(doc, 'header', { class: 'reader-header' }, title, close),
    meta,
    note,
    body,
  );
  // Escape closes a modal dialog by itself; the store must hear of it, and stays the one source of truth.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    store.set({ reader: null });
  });
  dialog.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-place]');
    if (button instanceof HTMLElement) store.set({ place: button.dataset['place'] ?? null, reader: null });
  });
  fill(root, dialog);

  let shownId: string | null = null;
  const render = (): void => {
    const { reader, place } = store.get();
    const source = reader === null ? undefined : sources.get(reader);
    if (source === undefined) {
      shownId = null;
      if (dialog.open) dialog.close();
      return;
    }
    if (source.id !== shownId) {
      shownId = source.id;
      show(source);
    }
    for (const button of body.querySelectorAll<HTMLElement>('button[data-place]')) {
      button.classList.toggle('selected', button.dataset['place'] === place);
    }
    if (!dialog.open) {
      dialog.showModal();
      const first = body.querySelector('button.selected');
      if (first) first.scrollIntoView({ block: 'center' });
      else dialog.scrollTop = 0;
      title.focus({ preventScroll: true });
    }
  };

  const show = (source: Source): void => {
    const mentions = prepared.mentions.filter((m) => m.source === source.id);
    const enabled = store.get().sources.includes(source.id);
    title.textContent = sourceTitle(source);
    fill(meta, ...facts(doc, source, ctx));
    const off = enabled ? '' : 'This source is switched off: the map and chart do not use it now.';
    note.textContent = [off, source.notes].filter(Boolean).join(' ');
    fill(body, paragraphs(source.text).map((p) => h(doc, 'p', {}, placeButtons(doc, p, mentions, ctx))));
  };

  store.subscribe((next, previous) => {
    if (next.reader === previous.reader && next.place === previous.place) return;
    render();
    // Leaving the reader for a place: the panel now shows it, so that is where the reader's focus should land.
    if (next.reader === null && previous.reader !== null && next.place !== previous.place && next.place !== null) {
      doc.getElementById('panel-title')?.focus();
    }
  });
  render();
}

function facts(doc: Document, source: Source, ctx: AppContext): Child[] {
  const dateline = source.dateline === null ? null : ctx.prepared.placesById.get(source.dateline)?.name;
  const rows: [string, string][] = [
    ['Outlet', source.outlet ?? 'unknown'],
    ['Byline', source.byline ?? 'none given'],
    ['Published', formatDay(source.published)],
    ['Dateline', dateline ?? 'none'],
  ];
  return rows.map(([term, value]) => h(doc, 'div', {}, h(doc, 'dt', {}, term), h(doc, 'dd', {}, value)));
}

export function paragraphs(text: string): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, text: part });
    start += part.length + 2;
  }
  return out;
}

function placeButtons(doc: Document, paragraph: Passage, mentions: readonly Mention[], ctx: AppContext): Node[] {
  return splitBySpans(doc, paragraph.text, paragraph.start, mentions, (piece, mention) => {
    const name = ctx.prepared.placesById.get(mention.place)?.name ?? mention.place;
    return h(
      doc,
      'button',
      { type: 'button', class: 'place-mention', 'data-place': mention.place, title: `Show ${name} on the map` },
      piece,
    );
  });
}
