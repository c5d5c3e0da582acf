import { daysBetween } from '../../core/dates.ts';
import { CONTROL_COLOURS } from '../../core/palette.ts';
import type { Day, Interval, Timeline } from '../../core/types.ts';
import { h } from '../dom.ts';
import { describeInterval, formatShortDay } from '../format.ts';
import { swatch } from '../swatch.ts';

/** A place's whole control history: coloured bars over the domain, the same in words, and the selected day. */
export interface History {
  element: HTMLElement;
  /** Moves the day marker and marks the interval holding `day` as current. */
  showDay(day: Day): void;
}

/** Returns the history of one place's `intervals` over `domain`, drawn once; only its day marker moves later. */
export function createHistory(doc: Document, domain: Timeline['domain'], intervals: readonly Interval[]): History {
  const total = daysBetween(domain.start, domain.end) + 1;
  const bars = intervals.map((interval) => {
    const bar = h(doc, 'span', { class: classes('history-bar', interval), title: describeInterval(interval) });
    bar.style.setProperty('flex-grow', String(daysBetween(interval.start, interval.end) + 1));
    bar.style.setProperty('--state-color', CONTROL_COLOURS[interval.state]);
    return bar;
  });
  const marker = h(doc, 'span', { class: 'history-marker' });
  const items = intervals.map((interval) =>
    h(
      doc,
      'li',
      { class: classes('history-item', interval) },
      swatch(doc, interval.state, interval),
      describeInterval(interval),
    ),
  );
  const element = h(
    doc,
    'div',
    { class: 'history' },
    h(doc, 'div', { class: 'history-track', 'aria-hidden': 'true' }, bars, marker),
    h(
      doc,
      'div',
      { class: 'history-axis', 'aria-hidden': 'true' },
      h(doc, 'span', {}, formatShortDay(domain.start)),
      h(doc, 'span', {}, formatShortDay(domain.end)),
    ),
    h(doc, 'ol', { class: 'history-list' }, items),
  );

  return {
    element,
    showDay(day) {
      marker.hidden = day < domain.start || day > domain.end;
      marker.style.setProperty('left', `${((daysBetween(domain.start, day) + 0.5) / total) * 100}%`);
      intervals.forEach((interval, i) => {
        const current = interval.start <= day && day <= interval.end;
        if (current) items[i]?.setAttribute('aria-current', 'true');
        else items[i]?.removeAttribute('aria-current');
      });
    },
  };
}

function classes(base: string, interval: Interval): string {
  return [base, interval.stale && 'stale', interval.uncertain && 'uncertain'].filter(Boolean).join(' ');
}
