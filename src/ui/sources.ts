import type { AppContext } from './context.ts';
import { h } from './dom.ts';
import { sourceLabel } from './format.ts';

/**
 * Mounts the source switches: a checkbox per source, by outlet (or byline) and date, and "only" to keep one alone.
 * At least one source stays on: the last checked box is disabled, since a map from no source says nothing.
 */
export function mountSources(root: HTMLElement, ctx: AppContext): void {
  const doc = ctx.document;
  const { store } = ctx;
  const sources = [...ctx.prepared.dataset.sources].sort((a, b) => a.published.localeCompare(b.published));
  const choose = (ids: Iterable<string>): void => store.set({ sources: [...ids].sort() });

  const rows = sources.map((source) => {
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
  });
  const boxes = (): HTMLInputElement[] => rows.map((r) => r.box);
  const all = h(
    doc,
    'button',
    { type: 'button', class: 'source-all', onclick: () => choose(sources.map((s) => s.id)) },
    'All sources',
  );
  const hint = h(doc, 'p', { class: 'source-hint' }, 'At least one source stays on.');
  root.replaceChildren(
    h(
      doc,
      'fieldset',
      { class: 'source-set' },
      h(doc, 'legend', {}, 'Sources'),
      h(doc, 'ul', { class: 'source-list' }, rows.map((r) => r.item)),
      all,
      hint,
    ),
  );

  const render = (): void => {
    const on = new Set(store.get().sources);
    for (const { box } of rows) {
      box.checked = on.has(box.value);
      box.disabled = box.checked && on.size === 1;
    }
    all.hidden = on.size === sources.length;
    hint.hidden = on.size !== 1;
  };
  store.subscribe((next, previous) => {
    if (next.sources !== previous.sources) render();
  });
  render();
}
