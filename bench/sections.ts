/** The core parts of the benchmark: mention matching, timeline queries, front line and snapshot. */
import { analyse, prepare } from '../src/core/analysis.ts';
import { addDays, daysBetween } from '../src/core/dates.ts';
import { snapshotCollection } from '../src/core/export.ts';
import { buildMatcher, findMentions, matchSpans, type PlaceSpan } from '../src/core/mentions.ts';
import { bruteForceStateAt, buildTimeline, stateAt } from '../src/core/timeline.ts';
import type { Dataset, Day } from '../src/core/types.ts';
import { atLeast, atMost, mbPerSecond, median, ratioAtLeast, result, timeRuns, type Result } from './measure.ts';
import { naivePatterns, naiveSpans } from './naive.ts';
import { random } from './names.ts';

/** A check whose failure makes the run fail, whatever the mode. */
export interface Check {
  check: string;
  ok: boolean;
  detail: string;
}

export interface SectionOutput {
  results: Result[];
  checks: Check[];
}

export interface Repetitions {
  build: number;
  scan: number;
  naive: number;
  sliceBytes: number;
  timelineBuild: number;
  queries: number;
  bruteDates: number;
  snapshots: number;
}

const bytes = (texts: readonly string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** The first paragraphs of `text` that make up at least `size` bytes: a slice that cuts no name in two. */
function sliceOf(text: string, size: number): string {
  const end = text.indexOf('\n\n', size);
  return end < 0 ? text : text.slice(0, end);
}

function sameSpans(label: string, real: readonly PlaceSpan[], naive: readonly PlaceSpan[]): Check {
  const key = (s: PlaceSpan): string => `${s.start}-${s.end}:${s.place}`;
  const a = new Set(real.map(key));
  const b = new Set(naive.map(key));
  const onlyReal = [...a].filter((k) => !b.has(k));
  const onlyNaive = [...b].filter((k) => !a.has(k));
  const ok = onlyReal.length === 0 && onlyNaive.length === 0 && real.length > 0;
  const detail = ok
    ? `${real.length} mentions, the same`
    : `${real.length} vs ${naive.length} mentions; only matcher: ${onlyReal.slice(0, 5).join(' ')}; only naive: ${onlyNaive.slice(0, 5).join(' ')}`;
  return { check: label, ok, detail };
}

/** Matcher build, MB/s on the Latin and Arabic text, the naive baseline and whether both find the same. */
export function mentionSection(dataset: Dataset, reps: Repetitions): SectionOutput {
  const section = 'mentions';
  const { places } = dataset;
  const latin = dataset.sources.filter((s) => s.id.startsWith('latin-')).map((s) => s.text);
  const arabic = dataset.sources.filter((s) => s.id.startsWith('arabic-')).map((s) => s.text);
  let matcher = buildMatcher(places);
  const buildMs = median(timeRuns(reps.build, () => buildMatcher(places), (m) => (matcher = m)));
  const spellings = places.reduce((n, p) => n + 1 + p.aliases.length, 0);
  const scan = (texts: string[]): number =>
    median(timeRuns(reps.scan, () => texts.reduce((n, t) => n + matchSpans(matcher, t).length, 0)));
  const latinMbs = mbPerSecond(bytes(latin), scan(latin));
  const arabicMbs = mbPerSecond(bytes(arabic), scan(arabic));
  const findMs = median(timeRuns(Math.max(1, reps.scan - 2), () => latin.reduce((n, t) => n + findMentions(matcher, 's', t).length, 0)));

  const patterns = naivePatterns(places);
  const slice = sliceOf(latin[0] ?? '', reps.sliceBytes);
  // The first run compiles every pattern (V8 caches them): it is the checked one; the timed runs only scan.
  const naiveFound = naiveSpans(patterns, slice);
  const naiveMs = median(timeRuns(reps.naive, () => naiveSpans(patterns, slice)));
  const naiveMbs = mbPerSecond(bytes([slice]), naiveMs);
  const arabicSlice = sliceOf(arabic[0] ?? '', reps.sliceBytes / 4);
  const kb = (text: string): string => `${(bytes([text]) / 1000).toFixed(0)} KB`;
  return {
    results: [
      result(section, `build matcher (${places.length} places)`, buildMs, 'ms', atMost(200), `${spellings} spellings`),
      result(section, 'match, Latin text', latinMbs, 'MB/s', atLeast(40), `${(bytes(latin) / 1e6).toFixed(1)} MB`),
      result(section, 'match, Arabic text', arabicMbs, 'MB/s', atLeast(10), `${(bytes(arabic) / 1e6).toFixed(1)} MB`),
      result(section, 'findMentions (with sentences), Latin text', mbPerSecond(bytes(latin), findMs), 'MB/s'),
      result(section, 'naive: one RegExp per spelling, Latin', naiveMbs, 'MB/s', null, `${patterns.length} patterns, compiled beforehand, on a ${kb(slice)} slice`),
      result(section, 'matcher / naive', latinMbs / naiveMbs, '×', ratioAtLeast(100), 'MB/s against MB/s, same run'),
    ],
    checks: [
      sameSpans(`mentions: matcher and naive agree on the Latin slice (${kb(slice)})`, matchSpans(matcher, slice), naiveFound),
      sameSpans(`mentions: matcher and naive agree on the Arabic slice (${kb(arabicSlice)})`, matchSpans(matcher, arabicSlice), naiveSpans(patterns, arabicSlice)),
    ],
  };
}

/** Timeline build, `stateAt` per query against the brute force, and whether they answer the same. */
export function timelineSection(dataset: Dataset, reps: Repetitions): SectionOutput {
  const section = 'timeline';
  const { claims } = dataset;
  const placeIds = dataset.places.map((p) => p.id);
  let timeline = buildTimeline(claims, placeIds);
  const buildMs = median(timeRuns(reps.timelineBuild, () => buildTimeline(claims, placeIds), (t) => (timeline = t)));
  const rng = random(7);
  const { start, end } = timeline.domain;
  const span = daysBetween(start, end) + 8;
  const days = Array.from({ length: reps.queries }, () => addDays(start, Math.floor(rng() * span) - 3));
  const queryMs = median(days.flatMap((day) => timeRuns(1, () => stateAt(timeline, day))));
  const compared = days.slice(0, reps.bruteDates);
  const mismatches: string[] = [];
  const bruteTimes = compared.map((day) => {
    const start = performance.now();
    const slow = bruteForceStateAt(claims, placeIds, day);
    const ms = performance.now() - start;
    const fast = stateAt(timeline, day);
    slow.forEach((b, i) => {
      const f = fast[i]!;
      const same = f.place === b.place && f.state === b.state && f.uncertain === b.uncertain &&
        f.stale === b.stale && f.claims.join() === b.claims.join();
      if (!same) mismatches.push(`${day} ${b.place}: ${f.state}/${f.claims.join()} vs ${b.state}/${b.claims.join()}`);
    });
    return ms;
  });
  const bruteMs = median(bruteTimes);
  const note = `${placeIds.length} places, ${claims.length} claims`;
  return {
    results: [
      result(section, 'build timeline', buildMs, 'ms', null, note),
      result(section, 'stateAt, every place (median)', queryMs, 'ms', atMost(1), `${days.length} dates`),
      result(section, 'brute force, every place (median)', bruteMs, 'ms', null, `${compared.length} dates`),
      result(section, 'stateAt / brute force speed-up', bruteMs / queryMs, '×', ratioAtLeast(100), 'ms against ms, same run'),
    ],
    checks: [{
      check: `timeline: stateAt equals the brute force on ${compared.length} dates × ${placeIds.length} places`,
      ok: mismatches.length === 0,
      detail: mismatches.length === 0 ? 'identical' : `${mismatches.length} differ, e.g. ${mismatches.slice(0, 3).join('; ')}`,
    }],
  };
}

/** `snapshotCollection` (places, segments, fronts) on the real data and on the generated highway. */
export function snapshotSection(real: Dataset, generated: Dataset, reps: Repetitions): SectionOutput {
  const section = 'snapshot';
  const timed = (dataset: Dataset, label: string, goal: number): Result[] => {
    let prepared = prepare(dataset);
    const prepareMs = timeRuns(1, () => prepare(dataset), (p) => (prepared = p))[0]!;
    let analysis = analyse(prepared);
    const analyseMs = timeRuns(1, () => analyse(prepared), (a) => (analysis = a))[0]!;
    const { start, end } = analysis.timeline.domain;
    const span = daysBetween(start, end) + 1;
    const days: Day[] = Array.from({ length: reps.snapshots }, (_, i) => addDays(start, Math.floor((i * span) / reps.snapshots)));
    let features = 0;
    const ms = median(days.flatMap((day) => timeRuns(1, () => snapshotCollection(analysis, day), (fc) => (features += fc.features.length))));
    const fronts = analysis.fronts.reduce((n, d) => Math.max(n, d.fronts.length), 0);
    return [
      result(section, `prepare, ${label} (once)`, prepareMs, 'ms', null, `${dataset.places.length} places, ${dataset.sources.length} sources`),
      result(section, `analyse, ${label} (once)`, analyseMs, 'ms', null, `up to ${fronts} fronts a day`),
      result(section, `snapshotCollection, ${label} (median)`, ms, 'ms', atMost(goal), `${days.length} days, ${Math.round(features / days.length)} features each`),
    ];
  };
  return {
    results: [...timed(real, 'real data', 5), ...timed(generated, 'generated highway', 50)],
    checks: [],
  };
}
