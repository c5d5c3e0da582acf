/**
 * The "Add article" dialog: a modal `<dialog>` (the page behind it inert, Escape closes it) with the article's text,
 * its files, its outlet, headline and day, and "Find claims"; then the review of what was found.
 */
import type { Day } from '../../core/types.ts';
import { parseDay } from '../../core/dates.ts';
import { fill, h } from '../dom.ts';
import { findClaims, warmUp } from './find.ts';
import type { ImporterHost } from './host.ts';
import { PASTED, readGiven, readPasted, type Given } from './read.ts';
import { renderReview } from './review.ts';
import type { Session } from './session.ts';

let dialog: HTMLDialogElement | null = null;

/** Opens the dialog: on a new article, or on the review of the reader's article `reviewing`. */
export function openDialog(host: ImporterHost, session: Session, redraw: () => Promise<void>, reviewing?: string): void {
  const doc = host.root.ownerDocument;
  dialog ??= create(doc);
  const d = dialog;
  const body = h(doc, 'div', { class: 'importer-body' });
  fill(d, h(doc, 'header', { class: 'importer-header' },
    h(doc, 'h2', { id: 'importer-title' }, 'Add article'),
    h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close "Add article"', onclick: () => d.close() }, '×')), body);
  const review = (id: string, queue: Given[]): void => renderReview(body, {
    host, session, redraw, id,
    next: queue.length > 0 ? () => form(queue) : null,
    close: () => d.close(),
    hide: () => hide(d),
    reopen: () => openDialog(host, session, redraw, id),
  });
  const form = (queue: Given[] = []): void => renderForm(body, { host, session, redraw, queue, review });
  if (reviewing !== undefined && session.find(reviewing)) review(reviewing, []);
  else {
    form();
    void warmUp(host.ctx().prepared.dataset.places);
  }
  if (!d.open) d.showModal();
  (d.querySelector<HTMLElement>('[autofocus]') ?? d.querySelector<HTMLElement>('textarea, button'))?.focus();
}

function create(doc: Document): HTMLDialogElement {
  const d = h(doc, 'dialog', { class: 'reader-dialog importer', 'aria-labelledby': 'importer-title' });
  // Focus goes back where it was (the button that opened it, or the list of the reader's articles), unless the
  // dialog only steps aside while a name is placed on the map.
  let opener: Element | null = null;
  d.addEventListener('close', () => {
    if (!stepsAside.has(d) && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    stepsAside.delete(d);
  });
  const showModal = d.showModal.bind(d);
  d.showModal = () => {
    opener = doc.activeElement;
    showModal();
  };
  // A modal dialog makes the page inert, but Tab can still leave it for the browser's own controls: it goes round.
  d.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const stops = [...d.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.tabIndex >= 0 && e.getClientRects().length > 0);
    const [first, last] = [stops[0], stops[stops.length - 1]];
    const to = event.shiftKey ? (doc.activeElement === first ? last : null) : doc.activeElement === last ? first : null;
    if (!to) return;
    event.preventDefault();
    to.focus();
  });
  doc.body.append(d);
  return d;
}

const stepsAside = new WeakSet<HTMLDialogElement>();

/** Closes the dialog for a moment, leaving focus where the caller puts it. */
function hide(d: HTMLDialogElement): void {
  stepsAside.add(d);
  d.close();
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [href], [tabindex]';

interface FormOptions {
  host: ImporterHost;
  session: Session;
  redraw: () => Promise<void>;
  queue: Given[];
  review(id: string, queue: Given[]): void;
}

function renderForm(body: HTMLElement, { host, session, redraw, queue, review }: FormOptions): void {
  const doc = body.ownerDocument;
  const text = h(doc, 'textarea', { id: 'importer-text', rows: 10, spellcheck: 'false', autofocus: true });
  const picker = h(doc, 'input', { type: 'file', multiple: true, accept: '.txt,.html,.htm,text/plain,text/html', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  const choose = h(doc, 'button', { type: 'button', onclick: () => picker.click() }, 'Choose files');
  const files = h(doc, 'p', { class: 'importer-files', role: 'status' });
  const outlet = h(doc, 'input', { id: 'importer-outlet', type: 'text', autocomplete: 'off' });
  const headline = h(doc, 'input', { id: 'importer-headline', type: 'text', autocomplete: 'off' });
  const published = h(doc, 'input', { id: 'importer-published', type: 'date', required: true, 'aria-describedby': 'importer-published-why' });
  const error = h(doc, 'p', { class: 'importer-error', role: 'alert' });
  const find = h(doc, 'button', { type: 'submit', class: 'importer-primary' }, 'Find claims');
  const drop = h(doc, 'div', { class: 'importer-drop' }, choose, h(doc, 'span', {}, ' or drop .txt or .html files here (several at once)'));
  let given: Given | null = null;

  const show = (next: Given | null): void => {
    given = next;
    files.textContent = next === null ? '' : `${next.file}${queue.length > 0 ? `; ${queue.length} more to add after it: ${queue.map((g) => g.file).join(', ')}` : ''}`;
    if (next === null) return;
    text.value = next.article.text;
    outlet.value = next.article.outlet ?? '';
    headline.value = next.article.headline ?? '';
    published.value = next.article.published ?? '';
  };
  const take = async (list: FileList | null): Promise<void> => {
    error.textContent = '';
    const read: Given[] = [];
    const problems: string[] = [];
    for (const file of list ?? []) await readGiven(file).then((g) => read.push(g), (e: Error) => problems.push(e.message));
    error.textContent = problems.join(' ');
    if (read.length === 0) return;
    queue.push(...read.slice(1));
    show(read[0]!);
  };
  picker.addEventListener('change', () => void take(picker.files).then(() => (picker.value = '')));
  for (const target of [body, drop]) {
    target.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    target.addEventListener('dragleave', () => drop.classList.remove('over'));
    target.addEventListener('drop', (event) => {
      event.preventDefault();
      event.stopPropagation();
      drop.classList.remove('over');
      void take(event.dataTransfer?.files ?? null);
    });
  }
  if (queue.length > 0) show(queue.shift()!);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    error.textContent = '';
    const day = parseDay(published.value);
    if (day === null) {
      error.textContent = 'Give the day it was published: it decides every relative date in it ("yesterday", "on Tuesday").';
      published.focus();
      return;
    }
    let article: Given;
    try {
      article = given !== null && text.value === given.article.text ? given : readPasted(text.value);
    } catch (e) {
      error.textContent = text.value.trim() === '' ? 'Paste the article\'s text, or choose or drop its file.' : (e as Error).message.replace(PASTED, 'The pasted text');
      text.focus();
      return;
    }
    const dataset = host.ctx().prepared.dataset;
    const copy = dataset.sources.find((s) => s.raw === article.article.sourceText);
    if (copy) {
      error.textContent = `This article is here already, as "${copy.headline ?? copy.id}"; it is not added twice.`;
      return;
    }
    find.disabled = true;
    const facts = { outlet: outlet.value.trim() || null, headline: headline.value.trim() || null, published: day as Day };
    const { article: found } = findClaims(article, facts, dataset);
    void session.put(found, article.bytes);
    await redraw();
    review(found.entry.id, queue);
  };

  const field = (label: string, input: HTMLElement, ...after: HTMLElement[]): HTMLElement =>
    h(doc, 'p', { class: 'importer-field' }, h(doc, 'label', { for: input.id }, label), input, ...after);
  // Checked here, not by the browser's bubble: the message says why the day matters.
  fill(body, h(doc, 'form', { class: 'importer-form', novalidate: true, onsubmit: (e) => void submit(e) },
    h(doc, 'p', { class: 'importer-lead' }, 'Paste a news report, or choose its file. Frontline finds the places it names and suggests the dated, quoted claims it makes, for you to check: nothing goes on the map until you accept it.'),
    h(doc, 'p', { class: 'importer-field importer-text' }, h(doc, 'label', { for: 'importer-text' }, 'Article text'), text),
    drop, picker, files,
    h(doc, 'div', { class: 'importer-facts' },
      field('Outlet', outlet),
      field('Headline', headline),
      field('Published', published, h(doc, 'span', { id: 'importer-published-why', class: 'importer-hint' }, 'Required: it decides every relative date.'))),
    error,
    h(doc, 'p', { class: 'importer-actions' }, find)));
}
