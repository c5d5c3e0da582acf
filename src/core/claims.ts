import { parseDay, resolveDate } from './dates.ts';
import { isObject, parseJson, show } from './json.ts';
import type { Parsed } from './problems.ts';
import type { Claim, ClaimEvent, DatedPrior, Day, Precision, PriorState, Problem, Side, Source } from './types.ts';

/** What a claim may refer to: the gazetteer's place ids and the sources by id. */
export interface ClaimContext {
  places: ReadonlySet<string>;
  sources: ReadonlyMap<string, Source>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SIDES: readonly Side[] = ['government', 'rebel', 'contested'];
const PRECISIONS: readonly Precision[] = ['day', 'range', 'approximate'];
const EVENTS: readonly ClaimEvent[] = [
  'captured', 'retook', 'held', 'entered', 'advanced', 'withdrew', 'attacked', 'contested',
];
/** Events that say a place changed hands: such a claim must say who held it before. */
const CHANGES_HANDS: readonly ClaimEvent[] = ['captured', 'retook', 'withdrew', 'entered'];
const FIELDS = new Set([
  'id', 'place', 'side', 'date', 'precision', 'dateEnd', 'event', 'source', 'quote', 'claimant', 'resolvedFrom',
  'narrativeDay', 'before', 'front', 'reviewed',
]);
const BEFORE_FIELDS = new Set(['side', 'since', 'precision', 'source', 'quote', 'resolvedFrom']);

type Report = (field: string, message: string) => void;

// A state told in the present tense ("Ajdabiya, a rebel-held city") has no word of its own for its day: `now` names
// the tense, the time of writing, whether or not the word is in the text.
const PRESENT = 'now';

/** Whether a claim of this event says the place changed hands (and so must say who held it before). */
export function changesHands(event: ClaimEvent): boolean {
  return CHANGES_HANDS.includes(event);
}

/** The claim's `before` where a source dates it (the only kind that fills in days), else undefined. */
export function datedBefore(claim: Claim): DatedPrior | undefined {
  const prior = claim.before;
  return prior?.since !== undefined && prior.precision !== undefined && prior.resolvedFrom !== undefined
    ? (prior as DatedPrior)
    : undefined;
}

/**
 * Reads `claims.json` (`{ "claims": Claim[] }`). Keeps every valid claim and lists every problem. Besides shape,
 * each quote must occur verbatim in its source's cleaned text (a miss shows the closest passage there), and each
 * date must follow from the source's own words: `resolveDate(resolvedFrom, { published, narrative: narrativeDay })`
 * has to give exactly `date`, `precision` and `dateEnd`, so no date can be invented.
 */
export function parseClaims(text: string, file: string, ctx: ClaimContext): Parsed<Claim[]> {
  const json = parseJson(text, file);
  if (!json.ok) return { value: [], problems: [json.problem] };
  if (!isObject(json.value) || !Array.isArray(json.value.claims)) {
    const got = isObject(json.value) ? json.value.claims : json.value;
    const message = `expected { "claims": [...] }; got ${show(got)}`;
    return { value: [], problems: [{ file, item: '', field: 'claims', message }] };
  }

  const problems: Problem[] = [];
  const value: Claim[] = [];
  const seen = new Map<string, string>();
  json.value.claims.forEach((entry: unknown, index) => {
    const id = isObject(entry) ? entry.id : undefined;
    const item = typeof id === 'string' && id !== '' ? `claim ${index} (id "${id}")` : `claim ${index}`;
    const problemsSoFar = problems.length;
    const report: Report = (field, message) => problems.push({ file, item, field, message });
    const claim = readClaim(entry, ctx, report);
    if (typeof id === 'string') {
      const first = seen.get(id);
      if (first !== undefined) report('id', `duplicate id; ${first} has it too`);
      else seen.set(id, item);
    }
    if (claim !== null && problems.length === problemsSoFar) value.push(claim);
  });
  return { value, problems };
}

function readClaim(entry: unknown, ctx: ClaimContext, report: Report): Claim | null {
  if (!isObject(entry)) {
    report('', `expected an object; got ${show(entry)}`);
    return null;
  }
  unknownFields(entry, FIELDS, '', report);
  const { id, place, claimant, front, reviewed } = entry;
  if (typeof id !== 'string' || !SLUG.test(id)) {
    report('id', `expected a lowercase slug like "nyt-ras-lanuf-abandoned"; got ${show(id)}`);
  }
  if (typeof place !== 'string' || !ctx.places.has(place)) report('place', `unknown place ${show(place)}`);
  const side = oneOf(entry.side, SIDES, 'side', report);
  const event = oneOf(entry.event, EVENTS, 'event', report);
  const precision = oneOf(entry.precision, PRECISIONS, 'precision', report);
  const date = day(entry.date, 'date', report);
  const dateEnd = entry.dateEnd === undefined ? undefined : day(entry.dateEnd, 'dateEnd', report);
  const narrativeDay = entry.narrativeDay === undefined ? undefined : day(entry.narrativeDay, 'narrativeDay', report);
  if (precision === 'range' && entry.dateEnd === undefined) report('dateEnd', 'a range needs dateEnd, its last day');
  if (precision !== null && precision !== 'range' && entry.dateEnd !== undefined) {
    report('dateEnd', `only a range has dateEnd; this claim's precision is ${precision}`);
  }
  if (date && dateEnd && dateEnd < date) report('dateEnd', `range ends ${dateEnd} before it starts ${date}`);
  if (!nonEmpty(claimant)) report('claimant', `expected who says it, a non-empty string; got ${show(claimant)}`);
  if (front !== undefined && typeof front !== 'boolean') report('front', `expected true or false; got ${show(front)}`);
  if (reviewed !== undefined && typeof reviewed !== 'boolean') {
    report('reviewed', `expected true (a person checked it) or false (suggested, not checked); got ${show(reviewed)}`);
  }
  const source = cited(entry, '', ctx, report);
  const dated = date && precision && dateEnd !== null && (precision !== 'range' || dateEnd) && narrativeDay !== null;
  if (source && nonEmpty(entry.resolvedFrom) && dated) {
    const resolved = resolveDate(entry.resolvedFrom, { published: source.published, narrative: narrativeDay });
    const claimed = describe({ date, precision, dateEnd });
    const outcome = resolved.ok ? `resolves to ${describe(resolved)}` : resolved.reason;
    if (!resolved.ok || describe(resolved) !== claimed) {
      report('date', `date ${claimed} does not follow from ${show(entry.resolvedFrom)} (${outcome})`);
    }
  }
  const before = entry.before === undefined ? undefined : readBefore(entry.before, date, ctx, report);
  if (event && changesHands(event) && entry.before === undefined) {
    report('before', `a claim that the place changed hands (${event}) says which side held it just before`);
  }
  if (!side || !event || !date || !precision || dateEnd === null || narrativeDay === null || !source || before === null) {
    return null;
  }
  return {
    id: id as string,
    place: place as string,
    side,
    date,
    precision,
    ...(dateEnd ? { dateEnd } : {}),
    event,
    source: source.id,
    quote: entry.quote as string,
    claimant: claimant as string,
    resolvedFrom: entry.resolvedFrom as string,
    ...(narrativeDay ? { narrativeDay } : {}),
    ...(before ? { before } : {}),
    ...(typeof front === 'boolean' ? { front } : {}),
    ...(typeof reviewed === 'boolean' ? { reviewed } : {}),
  };
}

function readBefore(entry: unknown, date: Day | null, ctx: ClaimContext, report: Report): PriorState | null {
  if (!isObject(entry)) {
    report('before', `expected { side, since, precision, source, quote, resolvedFrom }; got ${show(entry)}`);
    return null;
  }
  unknownFields(entry, BEFORE_FIELDS, 'before.', report);
  const side = oneOf(entry.side, SIDES, 'before.side', report);
  const dated = entry.since !== undefined;
  const source = cited(entry, 'before.', ctx, report, dated);
  if (!dated) {
    // No source dates the earlier state: the side and its quote are kept, and nothing that would date it.
    for (const field of ['precision', 'resolvedFrom'] as const) {
      if (entry[field] !== undefined) report(`before.${field}`, 'only a before with a since has it');
    }
    return side && source ? { side, source: source.id, quote: entry.quote as string } : null;
  }
  const precision = oneOf(entry.precision, PRECISIONS, 'before.precision', report);
  const since = day(entry.since, 'before.since', report);
  if (since && date && since > date) report('before.since', `since ${since} is after the claim's date ${date}`);
  if (source && since && nonEmpty(entry.resolvedFrom)) {
    // Only the day must follow: the earlier state may be known more loosely than the words' own precision.
    const resolved = resolveDate(entry.resolvedFrom, { published: source.published });
    if (!resolved.ok || resolved.date !== since) {
      const outcome = resolved.ok ? `resolves to ${resolved.date}` : resolved.reason;
      report('before.since', `since ${since} does not follow from ${show(entry.resolvedFrom)} (${outcome})`);
    }
  }
  if (!side || !precision || !since || !source) return null;
  const { quote, resolvedFrom } = entry as { quote: string; resolvedFrom: string };
  return { side, since, precision, source: source.id, quote, resolvedFrom };
}

/**
 * The cited source, or null where unknown; checks that `quote` and, where the entry is `dated`, `resolvedFrom`
 * (under `prefix`) occur in it.
 */
function cited(entry: Record<string, unknown>, prefix: string, ctx: ClaimContext, report: Report, dated = true): Source | null {
  const source = (typeof entry.source === 'string' && ctx.sources.get(entry.source)) || null;
  if (!source) report(`${prefix}source`, `unknown source ${show(entry.source)}`);
  const { quote, resolvedFrom } = entry;
  if (!nonEmpty(quote)) report(`${prefix}quote`, `expected the source's words, a non-empty string; got ${show(quote)}`);
  else if (source && !source.text.includes(quote)) {
    const closest = closestPassage(source.text, quote);
    report(`${prefix}quote`, `not in the cleaned text of "${source.id}"; closest passage there: "${closest}"`);
  }
  if (!dated) return source;
  if (!nonEmpty(resolvedFrom)) {
    report(`${prefix}resolvedFrom`, `expected the words that fix the date, a non-empty string; got ${show(resolvedFrom)}`);
  } else if (source && resolvedFrom.trim().toLowerCase() !== PRESENT && !lowercase(source).includes(resolvedFrom.toLowerCase())) {
    report(`${prefix}resolvedFrom`, `${show(resolvedFrom)} does not occur in the text of "${source.id}"`);
  }
  return source;
}

// Lowercased once per source, not once per claim: a source may carry thousands of claims.
const lowered = new WeakMap<Source, string>();
function lowercase(source: Source): string {
  let text = lowered.get(source);
  if (text === undefined) lowered.set(source, (text = source.text.toLowerCase()));
  return text;
}

/**
 * The stretch of `text`, as long as `quote` and widened to whole words, that shares the longest run of characters
 * with the quote's start or its end: a slip anywhere but at both ends still lands on the passage meant.
 */
function closestPassage(text: string, quote: string): string {
  let best = { length: -1, start: 0 };
  for (let i = 0; i < text.length; i++) {
    let n = 0;
    while (n < quote.length && text[i + n] === quote[n]) n++;
    if (n > best.length) best = { length: n, start: i };
    let m = 0;
    while (m < quote.length && m <= i && text[i - m] === quote[quote.length - 1 - m]) m++;
    if (m > best.length) best = { length: m, start: Math.max(0, i + 1 - quote.length) };
  }
  let [start, end] = [best.start, best.start + quote.length];
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (end < text.length && /\S/.test(text[end]!)) end++;
  return text.slice(start, end);
}

function describe(d: { date: Day; precision: Precision; dateEnd?: Day | undefined }): string {
  if (d.precision === 'day') return d.date;
  return d.precision === 'approximate' ? `about ${d.date}` : `${d.date} to ${d.dateEnd ?? '?'}`;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, report: Report): T | null {
  if (allowed.includes(value as T)) return value as T;
  report(field, `expected one of ${allowed.join(', ')}; got ${show(value)}`);
  return null;
}

function day(value: unknown, field: string, report: Report): Day | null {
  const parsed = typeof value === 'string' ? parseDay(value) : null;
  if (parsed === null) report(field, `expected a calendar day YYYY-MM-DD; got ${show(value)}`);
  return parsed;
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unknownFields(entry: Record<string, unknown>, known: ReadonlySet<string>, prefix: string, report: Report): void {
  for (const key of Object.keys(entry)) if (!known.has(key)) report(`${prefix}${key}`, 'unknown field');
}
