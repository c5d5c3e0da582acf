import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, prepare } from '../../src/core/analysis.ts';
import { addDays, parseDay, resolveDate } from '../../src/core/dates.ts';
import { mentionsCollection, serialize, snapshotCollection, timelineCollection, type Citation } from '../../src/core/export.ts';
import { buildMatcher, findMentions } from '../../src/core/mentions.ts';
import { cleanText } from '../../src/core/text.ts';
import type { Claim, Dataset, Day, LonLat, Place, PriorState, Side, Source } from '../../src/core/types.ts';

const START = '2011-03-01' as Day;
const day = (n: number): Day => addDays(START, n);

/** Bits of text as sources arrive: entities of every kind, markup, line endings, a byte-order mark, Arabic. */
const PIECES = [
  '&amp;', '&amp;lt;', '&lt;script&gt;', '&rsquo;', '&#8217;', '&#x2019;', '&#0;', '&#xD800;', '&bogus;', '&copy2011',
  '&', '&#', '&#x', '<b>', '</b>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<!--', '-->',
  '\r\n', '\r', '\n\n\n', '\t', '\u00A0', '\uFEFF', ' ', '. ', 'Mr. ', 'البريقة', 'بنغازي', 'Brega', 'Ras Lanuf',
];
const rawText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

const PLACES: Place[] = [
  place('brega', 'Brega', ['Marsa el Brega', 'البريقة'], [19.57386, 30.40624]),
  place('benghazi', 'Benghazi', ['بنغازي'], [20.06859, 32.11486]),
  place('ras_lanuf', 'Ras Lanuf', ["Ra's Lanuf"], [18.56611, 30.47889]),
];

function place(id: string, name: string, aliases: string[], coordinates: LonLat): Place {
  return { id, name, aliases, kind: 'town', geonames: null, coordSource: 'test', approximate: false, coordinates };
}

describe('cleanText (property)', () => {
  it('never throws, and gives trimmed text without carriage returns, a byte-order mark or three line breaks in a row', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const text = cleanText(raw);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\r|^\uFEFF|\n\n\n/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives mentions whose offsets slice to their surface inside the cleaned text', () => {
    const matcher = buildMatcher(PLACES);
    fc.assert(
      fc.property(rawText, (raw) => {
        const text = cleanText(raw);
        for (const m of findMentions(matcher, 's', text)) {
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          expect(text.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const WEEKDAY = fc.constantFrom(
  'monday', 'Tuesday', 'wednesday', 'THURSDAY', 'friday', 'saturday', 'sunday', 'Wendesay', 'Funday',
);
const MONTH = fc.constantFrom('february', 'March', 'april', 'december', 'Smarch');
const COUNT = fc.oneof(fc.constantFrom('a', 'three', 'ten', 'eleven'), fc.nat({ max: 100_000_000 }).map(String));
const words = (...parts: fc.Arbitrary<string>[]): fc.Arbitrary<string> =>
  fc.tuple(...parts).map((w) => w.filter((part) => part !== '').join(' '));
/** Date words as sources write them, some broken (29 February, a weekday that is not that day, a huge count). */
const expression = fc.oneof(
  fc.constantFrom(
    'today', 'now', 'yesterday', 'last night', 'overnight yesterday', 'the next day', 'earlier this week', 'days ago',
    'this month',
  ),
  words(fc.constantFrom('', 'on', 'last', 'by', 'late'), WEEKDAY, fc.constantFrom('', 'morning', 'night')),
  words(fc.constantFrom('', 'on', 'since'), fc.constantFrom('', 'Tuesday,', 'friday'), MONTH, fc.nat(32).map(String)),
  words(
    fc.constantFrom('', 'only', 'just'),
    COUNT,
    fc.constantFrom('day', 'days', 'week', 'weeks'),
    fc.constantFrom('ago', 'before', 'earlier', 'later'),
  ),
  words(fc.constantFrom('in the past', 'past', 'the past'), COUNT, fc.constantFrom('days', 'hours')),
  fc.string({ maxLength: 20 }),
);

describe('resolveDate (property)', () => {
  it('never throws, and gives a calendar day (and a later last day for a range) or ok: false with a reason', () => {
    let resolved = 0;
    fc.assert(
      fc.property(
        expression,
        fc.integer({ min: -4000, max: 4000 }),
        fc.option(fc.integer({ min: -30, max: 30 })),
        (words, published, narrative) => {
          const ctx = { published: day(published), ...(narrative === null ? {} : { narrative: day(published + narrative) }) };
          const answer = resolveDate(words, ctx);
          if (!answer.ok) {
            expect(answer.reason).toMatch(/\S/);
            return;
          }
          resolved += 1;
          expect(parseDay(answer.date)).toBe(answer.date);
          if (answer.precision === 'range') {
            expect(parseDay(answer.dateEnd ?? '')).toBe(answer.dateEnd);
            expect(answer.dateEnd! >= answer.date).toBe(true);
          } else {
            expect(answer.dateEnd).toBeUndefined();
          }
        },
      ),
      { numRuns: 1000 },
    );
    // The words are chosen so that many resolve: a run where none did would prove nothing about the days.
    expect(resolved).toBeGreaterThan(200);
  });

  it('refuses a count of days that runs off the four-digit years, rather than giving a day that is not one', () => {
    expect(resolveDate('in the past 731046 days', { published: '2001-05-18' as Day })).toEqual({
      ok: false,
      reason: '"in the past 731046 days" lands outside the years 0000–9999',
    });
  });
});

const NAMES = ['Brega', 'Ras Lanuf', 'البريقة', '<img src=x onerror=alert(1)>', 'Q&A "x"', 'Zuwāra', '𝔸 town', 'a\\b'];

const position = fc.tuple(fc.double({ min: 12, max: 24, noNaN: true }), fc.double({ min: 29, max: 33, noNaN: true }));

/** A small dataset built directly (no parser): up to four places, two or three sources, up to eight claims. */
const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    places: fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), position), {
      selector: ([name]) => name,
      minLength: 1,
      maxLength: 4,
    }),
    sources: fc.array(fc.tuple(fc.nat(20), rawText, fc.option(fc.constantFrom('<b>Outlet</b>', 'Times'))), {
      minLength: 2,
      maxLength: 3,
    }),
    claims: fc.array(
      fc.record({
        place: fc.nat(),
        source: fc.nat(),
        side: fc.constantFrom('government', 'rebel', 'contested'),
        date: fc.integer({ min: 0, max: 20 }),
        precision: fc.constantFrom('day', 'approximate', 'range'),
        before: fc.option(fc.record({ side: fc.constantFrom('government', 'rebel'), back: fc.nat(6) })),
      }),
      { maxLength: 8 },
    ),
    highway: fc.boolean(),
  })
  .map(({ places: named, sources, claims, highway }): Dataset => {
    const names = named.map(([name]) => name);
    const places = named.map(([name, at], i) => place(`p${i}`, name, [], at));
    const made = sources.map(([published, raw, outlet], i): Source => ({
      id: `s${i}`,
      file: `s${i}.txt`,
      outlet,
      headline: null,
      byline: null,
      published: day(published),
      dateline: null,
      notes: '',
      // Each source names every place once, so there are mentions to lose.
      raw: `${raw} ${names.join(', ')}.`,
      text: cleanText(`${raw} ${names.join(', ')}.`),
    }));
    return {
      places,
      sources: made,
      highway: highway ? { coordinates: Array.from({ length: 60 }, (_, i): LonLat => [24 - i * 0.2, 30.5]), properties: {} } : null,
      claims: claims.map((c, i): Claim => {
        const source = made[c.source % made.length]!;
        return {
          id: `c${i}`,
          place: places[c.place % places.length]!.id,
          side: c.side,
          date: day(c.date),
          precision: c.precision,
          ...(c.precision === 'range' ? { dateEnd: day(c.date + 2) } : {}),
          event: 'held',
          source: source.id,
          quote: source.text.slice(0, 12) || 'x',
          claimant: 'reporter',
          resolvedFrom: 'on Tuesday',
          ...(c.before ? { before: priorState(c.before.side, day(c.date - c.before.back), source.id) } : {}),
        };
      }),
    };
  });

function priorState(side: Side, since: Day, source: string): PriorState {
  return { side, since, precision: 'day', source, quote: 'q', resolvedFrom: 'r' };
}

describe('exports (property)', () => {
  it('give the same bytes when parsed and serialised again, for random small datasets', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: -2, max: 25 }), (data, n) => {
        const analysis = analyse(prepare(data));
        const collections = [snapshotCollection(analysis, day(n)), timelineCollection(analysis), mentionsCollection(analysis)];
        for (const collection of collections) {
          const text = serialize(collection);
          expect(serialize(JSON.parse(text))).toBe(text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('cite every claim in the timeline and keep every mention, for random small datasets', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const analysis = analyse(prepare(data));
        const timeline = JSON.parse(serialize(timelineCollection(analysis))) as {
          features: { properties: { citations: Citation[] } }[];
        };
        const cited = new Set(timeline.features.flatMap((f) => f.properties.citations.map((c) => c.claim)));
        expect([...cited].sort()).toEqual(data.claims.map((c) => c.id).sort());
        const mentions = JSON.parse(serialize(mentionsCollection(analysis))) as { features: unknown[] };
        expect(mentions.features).toHaveLength(analysis.mentions.length);
        expect(analysis.mentions.length).toBeGreaterThanOrEqual(data.sources.length * data.places.length);
      }),
      { numRuns: 150 },
    );
  });
});
