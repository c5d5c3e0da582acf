import type { AppContext } from './context.ts';
import { h, whenIdle } from './dom.ts';
import { formatCount, sourceLabel } from './format.ts';
import type { SourceMeta } from '../core/types.ts';

interface Row {
  box: HTMLInputElement;
  item: HTMLLIElement;
}

/**
 * Past this many sources a row of switches would push the map down the page: they fold into a menu (as fewer do
 * where their row does not fit across it).
 */
const INLINE_SOURCES = 8;

/**
 * Mounts the source switches: a checkbox per source, by outlet (or byline) and date, and "only" to keep one alone.
 * At least one source stays on: the last checked box is disabled, since a map from no source says nothing. Many
 * sources, or a row too wide for the page, fold into a menu whose summary says how many are on. Returns what folds a
 * row too wide, to call once the page around them is laid out.
 */
export function mountSources(root: HTMLElement, ctx: AppContext): () => void {
  const doc = ctx.document;
  const { store } = ctx;
  // Calendar days compare as strings; `localeCompare` would set up the browser's collation first (7-8 ms here).
  const sources = [...ctx.prepared.dataset.sources].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  const choose = (ids: Iterable<string>): void => store.set({ sources: [...ids].sort() });

  const rowOf = (source: SourceMeta): Row => {
    const label = sourceLabel(source);
    const box = h(doc, 'input', {
      type: 'checkbox',
      value: source.id,
      onchange: () => choose(boxes().filter((b) => b.checked).map((b) => b.value)),
    });
    const only = h(
      doc,
      'button',
      { type: 'button', class: 'source-only', 'aria-label': `Only ${label}`, onclick: () => choose([source.id]) },
      'only',
    );
    return { box, item: h(doc, 'li', { class: 'source' }, h(doc, 'label', { title: source.headline }, box, label), only) };
  };
  // A menu's switches (perhaps thousands) are made when it is first opened, or when the page is next idle: the
  // header, and the map under it, do not wait for them.
  let rows: Row[] | null = null;
  const built = (): Row[] => {
    if (rows) return rows;
    rows = sources.map(rowOf);
    list.replaceChildren(...rows.map((r) => r.item));
    render();
    return rows;
  };
  const boxes = (): HTMLInputElement[] => built().map((r) => r.box);
  const all = h(
    doc,
    'button',
    { type: 'button', class: 'source-all', onclick: () => choose(sources.map((s) => s.id)) },
    'All sources',
  );
  const hint = h(doc, 'p', { class: 'source-hint' }, 'At least one source stays on.');
  const legend = h(doc, 'legend', {}, 'Sources');
  const list = h(doc, 'ul', { class: 'source-list' });
  const set = h(doc, 'fieldset', { class: 'source-set' }, legend, list, all, hint);
  const summary = h(doc, 'summary', { class: 'source-summary' });
  const menu = h(doc, 'details', { class: 'source-menu' }, summary);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    summary.focus();
  });
  let folded: boolean | null = null;
  const fold = (yes: boolean): void => {
    if (yes === folded) return;
    folded = yes;
    // The summary says it for sighted readers; the fieldset keeps its name for everyone else.
    legend.classList.toggle('visually-hidden', yes);
    if (yes) menu.append(set);
    root.replaceChildren(yes ? menu : set);
  };
  // Fewer switches fold too where their row would not fit across the page (a phone): laid out in one row, with "All
  // sources" and the hint left to wrap below it as they do, and measured once the page is laid out anyway (the map's
  // first view measures it), rather than in a layout of their own.
  let fit = (): void => {};
  if (sources.length > INLINE_SOURCES) {
    fold(true);
    menu.addEventListener('toggle', () => menu.open && built());
    whenIdle(built)();
  } else {
    built();
    fold(false);
    fit = () => {
      const row = legend.getBoundingClientRect().width + gapOf(set) + list.scrollWidth;
      const fits = (width: number): boolean => row <= width;
      fold(!fits(root.clientWidth));
      new ResizeObserver(([entry]) => entry && fold(!fits(entry.contentRect.width))).observe(root);
    };
  }

  function render(): void {
    const on = new Set(store.get().sources);
    for (const { box } of rows ?? []) {
      box.checked = on.has(box.value);
      box.disabled = box.checked && on.size === 1;
    }
    all.hidden = on.size === sources.length;
    hint.hidden = on.size !== 1;
    const n = formatCount(sources.length);
    summary.textContent = on.size === sources.length ? `Sources: all ${n} on` : `Sources: ${formatCount(on.size)} of ${n} on`;
  }
  store.subscribe((next, previous) => {
    if (next.sources !== previous.sources) render();
  });
  render();
  return fit;
}

function gapOf(element: HTMLElement): number {
  return parseFloat(getComputedStyle(element).columnGap) || 0;
}
