import type { Analysis } from '../../core/analysis.ts';
import { datedBefore } from '../../core/claims.ts';
import type { Claim, Interval, Mention, Source } from '../../core/types.ts';
import { h, type Child } from '../dom.ts';
import { formatClaimDate, formatDay, sourceName, stateLabel } from '../format.ts';
import { claimPassage, quotedPassage } from './passage.ts';
import { swatch } from '../swatch.ts';

/** The first day of the run of intervals, up to `interval`, that share its state: when that state began. */
function sinceOf(intervals: readonly Interval[], interval: Interval): Interval['start'] {
  let i = intervals.indexOf(interval);
  // An interval past the domain (stateAt's open tail) is not in the list; it continues the last one.
  if (i === -1) i = intervals.length;
  let start = interval.start;
  for (let j = i - 1; j >= 0 && intervals[j]!.state === interval.state; j -= 1) start = intervals[j]!.start;
  return start;
}

/** What one report says, ready to show: a claim, or the earlier state a later claim gives (its `before`). */
interface Report {
  side: Claim['side'];
  what: string;
  who: string;
  source: string;
  quote: string;
  /** Who checked it, where a reader must be told: added by this reader, or suggested and not reviewed. */
  marks: string[];
}

/**
 * Returns a place's state in one interval, in words: the side and since when, what makes it uncertain or stale,
 * and each report behind it with its quote in its sentence, its outlet (a button that opens the reader) and date.
 */
export function stateView(
  doc: Document,
  analysis: Analysis,
  place: string,
  intervals: readonly Interval[],
  interval: Interval,
  openReader: (source: string) => void,
  yours: ReadonlySet<string> = new Set(),
): Child[] {
  const claims = interval.claims.flatMap((id) => analysis.claimsById.get(id) ?? []);
  const marksOf = (claim: Claim, source: string): string[] => [
    yours.has(source) ? 'added by you' : '',
    claim.reviewed === false ? 'suggested by Frontline, not reviewed' : yours.has(source) && claim.reviewed === true ? 'checked by you' : '',
  ].filter((m) => m !== '');
  // An interval that starts before its claims was filled in from their `before`: that is what supports it.
  const inferred = claims.some((c) => c.before && c.date > interval.start);
  const notes = [
    inferred && 'Uncertain: inferred from what a later report says held before.',
    interval.uncertain && !inferred && 'Uncertain: the source gives the date only roughly.',
    interval.stale && `Stale: no fresh report for more than ${analysis.timeline.staleAfterDays} days.`,
  ].filter((note): note is string => typeof note === 'string');
  const headline =
    interval.state === 'no-report'
      ? h(doc, 'p', { class: 'panel-state-line' }, swatch(doc, interval.state), 'No report: no chosen source speaks of it by this date.')
      : h(
          doc,
          'p',
          { class: 'panel-state-line' },
          swatch(doc, interval.state, interval),
          h(doc, 'strong', {}, stateLabel(interval.state)),
          ` since ${formatDay(sinceOf(intervals, interval))}`,
          interval.stale ? ' (stale)' : '',
          interval.uncertain ? ' (uncertain)' : '',
        );
  const reports = claims.map((claim): Report => {
    const prior = datedBefore(claim);
    return prior && claim.date > interval.start
      ? {
          side: prior.side,
          what: `held since ${formatClaimDate({ date: prior.since, precision: prior.precision })}`,
          who: `the state before a later report: ${claim.event} ${formatClaimDate(claim)}`,
          source: prior.source,
          quote: prior.quote,
          marks: marksOf(claim, prior.source),
        }
      : {
          side: claim.side,
          what: `${claim.event}, ${formatClaimDate(claim)}`,
          who: `according to ${claim.claimant}`,
          source: claim.source,
          quote: claim.quote,
          marks: marksOf(claim, claim.source),
        };
  });
  const sources = new Map(analysis.sources.map((s) => [s.id, s]));
  const mentions = analysis.mentionsByPlace.get(place) ?? [];
  return [
    headline,
    notes.map((note) => h(doc, 'p', { class: 'panel-note' }, note)),
    reports.length > 0 ? h(doc, 'h4', {}, reports.length === 1 ? 'The report behind it' : 'The reports behind it') : null,
    h(doc, 'ol', { class: 'claims' }, reports.flatMap((report) => {
      const source = sources.get(report.source);
      return source ? [reportItem(doc, report, source, mentions, openReader)] : [];
    })),
  ];
}

function reportItem(
  doc: Document,
  report: Report,
  source: Source,
  mentions: readonly Mention[],
  openReader: (source: string) => void,
): HTMLElement {
  const { passage, quote } = claimPassage(report, source, mentions);
  const marks = mentions.filter((m) => m.source === source.id);
  return h(
    doc,
    'li',
    { class: 'claim' },
    h(
      doc,
      'p',
      { class: 'claim-what' },
      swatch(doc, report.side),
      h(doc, 'strong', {}, stateLabel(report.side)),
      ` — ${report.what}`,
      h(doc, 'span', { class: 'claim-who' }, ` — ${report.who}`),
      report.marks.length > 0 ? h(doc, 'span', { class: 'claim-mark' }, ` (${report.marks.join(', ')})`) : null,
    ),
    h(doc, 'blockquote', { class: 'passage' }, quotedPassage(doc, passage, quote, marks)),
    h(
      doc,
      'p',
      { class: 'claim-source' },
      h(doc, 'button', { type: 'button', class: 'link', title: 'Read this source', onclick: () => openReader(source.id) }, sourceName(source)),
      `, published ${formatDay(source.published)}`,
    ),
  );
}
