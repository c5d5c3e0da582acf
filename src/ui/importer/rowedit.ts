/**
 * The edit of one suggested claim: its place, side, event, and day with its precision and the words that fix it.
 * The quote stays. What the loaders refuse is said in the form, field by field; Save accepts the claim as edited.
 */
import { parseDay } from '../../core/dates.ts';
import type { ClaimEdit, ReviewRow } from '../../core/review.ts';
import type { ClaimEvent, Day, Place, Precision, Side } from '../../core/types.ts';
import { fill, h } from '../dom.ts';

const SIDES: Side[] = ['government', 'rebel', 'contested'];
const EVENTS: ClaimEvent[] = ['captured', 'retook', 'held', 'entered', 'advanced', 'withdrew', 'attacked', 'contested'];
const PRECISIONS: [Precision, string][] = [['day', 'that day'], ['approximate', 'about that day'], ['range', 'a range of days']];

let forms = 0;

export function editForm(
  doc: Document,
  row: ReviewRow,
  places: readonly Place[],
  on: { label: string; save(edit: ClaimEdit): string[]; cancel(): void },
): HTMLFormElement {
  const n = (forms += 1);
  const { claim } = row;
  const select = (values: [string, string][], value: string): HTMLSelectElement =>
    h(doc, 'select', {}, values.map(([v, label]) => h(doc, 'option', { value: v, selected: v === value }, label)));
  const byName = [...places].sort((a, b) => a.name.localeCompare(b.name));
  const place = select(byName.map((p) => [p.id, p.name]), claim.place);
  const side = select(SIDES.map((s) => [s, s]), claim.side);
  const event = select(EVENTS.map((e) => [e, e]), claim.event);
  const date = h(doc, 'input', { type: 'date', value: claim.date, required: true });
  const precision = select(PRECISIONS, claim.precision);
  const dateEnd = h(doc, 'input', { type: 'date', value: claim.dateEnd ?? '' });
  const words = h(doc, 'input', { type: 'text', value: claim.resolvedFrom, autocomplete: 'off' });
  const problems = h(doc, 'ul', { class: 'row-problems', role: 'alert' });
  const field = (label: string, input: HTMLElement, hint?: string): HTMLElement => {
    input.id = `edit-${n}-${label.toLowerCase().replace(/\W+/g, '-')}`;
    return h(doc, 'p', { class: 'importer-field' }, h(doc, 'label', { for: input.id }, label), input, hint ? h(doc, 'span', { class: 'importer-hint' }, hint) : null);
  };
  const end = field('Last day', dateEnd);
  const showEnd = (): void => void (end.hidden = precision.value !== 'range');
  precision.addEventListener('change', showEnd);
  showEnd();
  const form = h(doc, 'form', {
    class: 'row-edit',
    novalidate: true,
    'aria-label': `Edit: ${on.label}`,
    onsubmit: (e) => {
      e.preventDefault();
      const day = parseDay(date.value);
      const last = parseDay(dateEnd.value);
      const edit: ClaimEdit = {
        place: place.value,
        side: side.value as Side,
        event: event.value as ClaimEvent,
        precision: precision.value as Precision,
        resolvedFrom: words.value,
        ...(day ? { date: day as Day } : {}),
        ...(last && precision.value === 'range' ? { dateEnd: last as Day } : {}),
      };
      const said = day === null ? ['date: give a day'] : on.save(edit);
      fill(problems, said.map((p) => h(doc, 'li', {}, p)));
    },
  },
  field('Place', place), field('Side', side), field('Event', event), field('Day', date), field('Precision', precision), end,
  field('Words that fix the day', words, 'They must be in the article; the day must follow from them.'),
  h(doc, 'p', { class: 'row-quote' }, `The quote stays: “${claim.quote}”`),
  problems,
  h(doc, 'p', { class: 'row-actions' },
    h(doc, 'button', { type: 'submit', 'aria-label': `Save and accept: ${on.label}` }, 'Save and accept'),
    h(doc, 'button', { type: 'button', onclick: on.cancel }, 'Cancel')));
  queueMicrotask(() => place.focus());
  return form;
}
