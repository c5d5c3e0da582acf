import type { Claim, ControlState, Day, Interval, SourceMeta } from '../core/types.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(day: Day): { year: string; month: string; date: number } {
  const [year = '', month = '1', date = '1'] = day.split('-');
  return { year, month: MONTHS[Number(month) - 1] ?? month, date: Number(date) };
}

/** "29 March 2011": read straight off the string, so no time zone can move it. */
export function formatDay(day: Day): string {
  const p = parts(day);
  return `${p.date} ${p.month} ${p.year}`;
}

/**
 * "1,975": a count with its thousands marked, as British English writes it. Not `toLocaleString('en-GB')`: its
 * first call in a page sets up the browser's number formats, 17-18 ms in Chromium here, in the map's way.
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "30 Mar". */
export function formatShortDay(day: Day): string {
  const p = parts(day);
  return `${p.date} ${p.month.slice(0, 3)}`;
}

/**
 * "28–30 March 2011", "31 March – 2 April 2011", or one day where `start` equals `end`; in `words`, "28 to 30 March
 * 2011", as a title reads.
 */
export function formatRange(start: Day, end: Day, { words = false } = {}): string {
  if (start === end) return formatDay(start);
  const [near, apart] = words ? [' to ', ' to '] : ['–', ' – '];
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) return `${formatDay(start)}${apart}${formatDay(end)}`;
  if (a.month !== b.month) return `${a.date} ${a.month}${apart}${formatDay(end)}`;
  return `${a.date}${near}${formatDay(end)}`;
}

/** A claim's date as precisely as it is known: "29 March 2011", "about 27 March 2011", "28–30 March 2011". */
export function formatClaimDate(claim: Pick<Claim, 'date' | 'precision' | 'dateEnd'>): string {
  if (claim.precision === 'approximate') return `about ${formatDay(claim.date)}`;
  if (claim.precision === 'range' && claim.dateEnd) return formatRange(claim.date, claim.dateEnd);
  return formatDay(claim.date);
}

/** "no report" for `no-report`; the side's own word otherwise. */
export function stateLabel(state: ControlState): string {
  return state === 'no-report' ? 'no report' : state;
}

/** "rebel, 19–28 March 2011 (uncertain)": an interval in words, for lists and screen readers. */
export function describeInterval(interval: Interval): string {
  const notes = [interval.uncertain && 'uncertain', interval.stale && 'stale'].filter(Boolean);
  const tail = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `${stateLabel(interval.state)}, ${formatRange(interval.start, interval.end)}${tail}`;
}

/** Who published a source, as far as is known: outlet, else byline, else "outlet unknown". */
export function sourceName(source: SourceMeta): string {
  return source.outlet ?? source.byline ?? 'outlet unknown';
}

/** A source's title for headings: its headline, else its outlet or byline. */
export function sourceTitle(source: SourceMeta): string {
  return source.headline ?? sourceName(source);
}

/** "The New York Times, 30 Mar": short enough for a checkbox label. */
export function sourceLabel(source: SourceMeta): string {
  return `${sourceName(source)}, ${formatShortDay(source.published)}`;
}
