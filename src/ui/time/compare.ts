import { addDays, daysBetween } from '../../core/dates.ts';
import type { Day } from '../../core/types.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { formatDay } from '../format.ts';

/** The two days a comparison is between, earlier first; null while no day is compared. */
export function comparedDays(view: { day: Day; compare: Day | null }): { from: Day; to: Day } | null {
  if (view.compare === null) return null;
  return view.compare < view.day ? { from: view.compare, to: view.day } : { from: view.day, to: view.compare };
}

/** The days the Export menu's changes are between: the compared days, else the day before the slider's and its own. */
export function exportedChanges(view: { day: Day; compare: Day | null }): { from: Day; to: Day } {
  return comparedDays(view) ?? { from: addDays(view.day, -1), to: view.day };
}

/**
 * Mounts the Compare control in `root`: a toggle button, and while it is pressed a choice of the day to compare
 * the slider's day with (any day the slider reaches), which goes in the store and so in the URL. Pressing it
 * compares with the day before (the day after, at the slider's start); `jump` moves focus to the list of changes.
 */
export function mountCompare(
  root: HTMLElement,
  ctx: AppContext,
  { days, jump }: { days: { start: Day; end: Day }; jump: () => void },
): void {
  const doc = ctx.document;
  const { store } = ctx;
  const choices = Array.from({ length: daysBetween(days.start, days.end) + 1 }, (_, i) => addDays(days.start, i));
  const select = h(
    doc,
    'select',
    { id: 'compare-day', onchange: () => store.set({ compare: select.value as Day }) },
    choices.map((day) => h(doc, 'option', { value: day }, formatDay(day))),
  );
  const toggle = h(doc, 'button', {
    type: 'button',
    class: 'compare-toggle',
    'aria-pressed': 'false',
    onclick: () => {
      const { day, compare } = store.get();
      store.set({ compare: compare === null ? (day > days.start ? addDays(day, -1) : addDays(day, 1)) : null });
    },
  }, 'Compare');
  const chosen = h(
    doc,
    'span',
    { class: 'compare-choice' },
    // "Compare with" to a screen reader, "with" beside the button to the eye.
    h(doc, 'label', { for: 'compare-day' }, h(doc, 'span', { class: 'visually-hidden' }, 'Compare '), 'with'),
    select,
    h(doc, 'button', { type: 'button', class: 'link compare-jump', onclick: jump }, 'List of changes'),
  );
  root.replaceChildren(h(doc, 'div', { class: 'compare', role: 'group', 'aria-label': 'Compare two days' }, toggle, chosen));

  const show = (compare: Day | null): void => {
    toggle.setAttribute('aria-pressed', String(compare !== null));
    chosen.hidden = compare === null;
    if (compare !== null && select.value !== compare) select.value = compare;
  };
  show(store.get().compare);
  store.subscribe((view, previous) => {
    if (view.compare !== previous.compare) show(view.compare);
  });
}
