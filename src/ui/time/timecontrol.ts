import { addDays, daysBetween, weekdayOf } from '../../core/dates.ts';
import type { Day, Interval, Timeline } from '../../core/types.ts';
import type { AppContext } from '../context.ts';
import { afterRest, h, setIfChanged } from '../dom.ts';
import { formatDay, formatShortDay } from '../format.ts';

/** Days shown either side of the claims' domain, so the first and last states have room to be seen. */
const MARGIN_DAYS = 2;
/** A burst of date changes (a drag, a held key, playback) is announced once, when it settles. */
const ANNOUNCE_AFTER_MS = 500;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SPEEDS = [
  { label: 'Slow', ms: 1500 },
  { label: 'Normal', ms: 800 },
  { label: 'Fast', ms: 300 },
];

/** The first and last day the slider reaches: the timeline's domain with a margin. */
export function sliderDays(domain: Timeline['domain']): { start: Day; end: Day } {
  return { start: addDays(domain.start, -MARGIN_DAYS), end: addDays(domain.end, MARGIN_DAYS) };
}

/**
 * Mounts the date slider (one step per calendar day), previous/next buttons, play/pause and speed in `root`;
 * writes the selected day to `label` and a short note of each settled change to the live region `announcer`.
 */
export function mountTimeControl(
  root: HTMLElement,
  ctx: AppContext,
  { label, announcer }: { label: HTMLElement; announcer: HTMLElement },
): void {
  const doc = ctx.document;
  const { start, end } = sliderDays(ctx.analysis().timeline.domain);
  const last = daysBetween(start, end);
  const dayAt = (index: number): Day => addDays(start, Math.min(Math.max(index, 0), last));
  const indexOf = (day: Day): number => daysBetween(start, day);
  const go = (day: Day): void => ctx.store.set({ day });

  const slider = h(doc, 'input', {
    id: 'date-slider',
    type: 'range',
    min: 0,
    max: last,
    step: 1,
    oninput: () => {
      ctx.atRest.drag();
      go(dayAt(Number(slider.value)));
    },
  });
  const previous = h(doc, 'button', { type: 'button', class: 'step', 'aria-label': 'Previous day', title: 'Previous day', onclick: () => go(dayAt(indexOf(ctx.store.get().day) - 1)) }, '◀');
  const next = h(doc, 'button', { type: 'button', class: 'step', 'aria-label': 'Next day', title: 'Next day', onclick: () => go(dayAt(indexOf(ctx.store.get().day) + 1)) }, '▶');
  const speed = h(
    doc,
    'select',
    { id: 'play-speed', onchange: () => timer !== null && play() },
    SPEEDS.map((s) => h(doc, 'option', { value: s.ms, selected: s.label === 'Normal' }, s.label)),
  );
  const playButton = h(doc, 'button', { type: 'button', class: 'play', onclick: () => (timer === null ? play() : pause()) }, 'Play');

  let timer: ReturnType<typeof setInterval> | null = null;
  const pause = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    playButton.textContent = 'Play';
  };
  const play = (): void => {
    if (timer !== null) clearInterval(timer);
    if (indexOf(ctx.store.get().day) >= last) go(start);
    playButton.textContent = 'Pause';
    timer = setInterval(() => {
      const at = indexOf(ctx.store.get().day);
      if (at >= last) pause();
      else go(dayAt(at + 1));
    }, Number(speed.value));
  };

  root.replaceChildren(
    h(
      doc,
      'div',
      { class: 'time', role: 'group', 'aria-label': 'Date controls' },
      previous,
      h(
        doc,
        'div',
        { class: 'time-track' },
        h(doc, 'label', { for: 'date-slider', class: 'visually-hidden' }, 'Date'),
        slider,
        h(doc, 'div', { class: 'time-axis', 'aria-hidden': 'true' }, h(doc, 'span', {}, formatShortDay(start)), h(doc, 'span', {}, formatShortDay(end))),
      ),
      next,
      playButton,
      h(doc, 'label', { class: 'speed' }, 'Speed ', speed),
    ),
  );

  let announced = ctx.store.get().day;
  const announce = afterRest(ANNOUNCE_AFTER_MS, () => {
    const { day } = ctx.store.get();
    if (day === announced) return;
    const changed = changedPlaces(ctx.states(announced), ctx.states(day));
    announcer.textContent = `${formatDay(day)}: ${changed} ${changed === 1 ? 'place' : 'places'} changed`;
    announced = day;
  });

  // The label's parts, kept and given new text on each step rather than made again (text set as `textContent`
  // is a new node, which the page lays out afresh).
  const weekday = doc.createTextNode('');
  const date = doc.createTextNode('');
  label.replaceChildren(h(doc, 'span', { class: 'weekday' }, weekday), date);
  const show = (day: Day): void => {
    const index = indexOf(day);
    if (slider.value !== String(index)) slider.value = String(index);
    slider.setAttribute('aria-valuetext', formatDay(day));
    weekday.data = `${WEEKDAYS[weekdayOf(day)]} `;
    date.data = formatDay(day);
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus of someone stepping to the end.
    setIfChanged(previous, 'aria-disabled', String(index <= 0));
    setIfChanged(next, 'aria-disabled', String(index >= last));
  };
  show(ctx.store.get().day);
  ctx.store.subscribe((view, before) => {
    if (view.day === before.day) return;
    show(view.day);
    announce();
  });
}

/** How many places are in a different state in `after` than in `before` (both aligned with one timeline). */
function changedPlaces(before: readonly Interval[], after: readonly Interval[]): number {
  let changed = 0;
  after.forEach((interval, i) => (changed += interval.state !== before[i]?.state ? 1 : 0));
  return changed;
}
