import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseClaims, type ClaimContext } from '../../src/core/claims.ts';
import { resolveDate } from '../../src/core/dates.ts';
import { parseGazetteer } from '../../src/core/gazetteer.ts';
import { parseManifest, readSource } from '../../src/core/sources.ts';
import type { Claim } from '../../src/core/types.ts';

const geo = fileURLToPath(new URL('../../geo/', import.meta.url));
const read = (path: string): string => readFileSync(`${geo}${path}`, 'utf8');

function realContext(): ClaimContext {
  const metas = parseManifest(read('sources/manifest.json'), 'sources/manifest.json').value;
  const places = parseGazetteer(read('gazetteer.geojson'), 'gazetteer.geojson').value;
  return {
    places: new Set(places.map((p) => p.id)),
    sources: new Map(metas.map((meta) => [meta.id, readSource(meta, read(`sources/${meta.file}`))])),
  };
}

const CONTEXT = realContext();

function realClaims(): Claim[] {
  return parseClaims(read('claims.json'), 'claims.json', CONTEXT).value;
}

/** A valid claim on the New York Times piece (published Wednesday 30 March), to break one field at a time. */
const VALID = {
  id: 'nyt-ras-lanuf-abandoned',
  place: 'ras_lanuf',
  side: 'government',
  date: '2011-03-29',
  precision: 'day',
  event: 'withdrew',
  source: 'nyt-2011-03-30',
  quote: 'Having abandoned Bin Jawwad and the oil port of Ras Lanuf on Tuesday',
  claimant: 'reporter (The New York Times)',
  resolvedFrom: 'on Tuesday',
  before: {
    side: 'rebel',
    since: '2011-03-19',
    precision: 'approximate',
    source: 'bt-2011-04-01',
    quote: 'the territory the rebels had captured since air strikes began on March 19',
    resolvedFrom: 'March 19',
  },
};

const BEFORE = VALID.before;

const ITEM = 'claim 0 (id "nyt-ras-lanuf-abandoned")';

function parseOne(changes: Record<string, unknown>) {
  return parseClaims(JSON.stringify({ claims: [{ ...VALID, ...changes }] }), 'claims.json', CONTEXT);
}

function messages(changes: Record<string, unknown>): string[][] {
  return parseOne(changes).problems.map((p) => [p.item, p.field, p.message]);
}

describe('geo/claims.json', () => {
  it('parses against the real sources and gazetteer with no problems', () => {
    const parsed = parseClaims(read('claims.json'), 'claims.json', CONTEXT);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.length).toBe((JSON.parse(read('claims.json')) as { claims: unknown[] }).claims.length);
  });

  it('quotes every claim verbatim from the cleaned text of its source', () => {
    const cited = realClaims().flatMap((c) => [c, ...(c.before ? [c.before] : [])]);
    expect(cited.filter((c) => !CONTEXT.sources.get(c.source)!.text.includes(c.quote))).toEqual([]);
  });

  it('dates every claim by its own words, resolved from publication or the narrated day', () => {
    const wrong = realClaims().filter((c) => {
      const published = CONTEXT.sources.get(c.source)!.published;
      const resolved = resolveDate(c.resolvedFrom, { published, narrative: c.narrativeDay });
      if (!resolved.ok) return true;
      return resolved.date !== c.date || resolved.precision !== c.precision || resolved.dateEnd !== c.dateEnd;
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  it('has the rebels abandon Bin Jawad and Ras Lanuf on 29 March, holding them since air strikes began on 19 March', () => {
    const abandoned = realClaims().filter((c) => c.source === 'nyt-2011-03-30' && c.resolvedFrom === 'on Tuesday');
    expect(abandoned.map((c) => [c.place, c.side, c.date, c.before?.side, c.before?.since]).sort()).toEqual([
      ['bin_jawad', 'government', '2011-03-29', 'rebel', '2011-03-19'],
      ['ras_lanuf', 'government', '2011-03-29', 'rebel', '2011-03-19'],
    ]);
  });

  it('has Ajdabiya taken by the rebels about three days before the Wednesday GlobalPost narrates', () => {
    const taken = realClaims().filter((c) => c.place === 'ajdabiya' && c.event === 'captured');
    expect(taken.map((c) => [c.side, c.date, c.precision, c.narrativeDay])).toEqual([
      ['rebel', '2011-03-27', 'approximate', '2011-03-30'],
    ]);
  });

  it('never has a source put Benghazi or Ajdabiya in government hands, or Sirte or Tripoli in rebel hands', () => {
    const rebelHeld = ['benghazi', 'ajdabiya'];
    const governmentHeld = ['sirte', 'tripoli'];
    const against = realClaims().filter(
      (c) => (rebelHeld.includes(c.place) && c.side !== 'rebel') || (governmentHeld.includes(c.place) && c.side !== 'government'),
    );
    expect(against).toEqual([]);
  });
});

describe('parseClaims', () => {
  it('keeps a valid claim with its prior state', () => {
    const parsed = parseOne({ before: BEFORE });
    expect(parsed).toEqual({ value: [{ ...VALID, before: BEFORE }], problems: [] });
  });

  it('shows the closest passage of the source when a quote does not occur in it', () => {
    expect(messages({ quote: 'Having abandoned Bin Jawad and the oil port of Ras Lanuf on Tuesday' })).toEqual([
      [
        ITEM,
        'quote',
        'not in the cleaned text of "nyt-2011-03-30"; ' +
          'closest passage there: "Having abandoned Bin Jawwad and the oil port of Ras Lanuf on Tuesday,"',
      ],
    ]);
  });

  it('reads quotes against the cleaned text, so an HTML entity in the raw file does not match', () => {
    expect(messages({ quote: 'Libya&rsquo;s foreign minister defected to Britain' })[0]?.[1]).toBe('quote');
  });

  it('names an unknown place', () => {
    expect(messages({ place: 'foo' })).toEqual([[ITEM, 'place', 'unknown place "foo"']]);
  });

  it('names an unknown source', () => {
    expect(messages({ source: 'nyt-2011-03-31' })).toEqual([[ITEM, 'source', 'unknown source "nyt-2011-03-31"']]);
  });

  it('refuses a date the calendar does not have', () => {
    expect(messages({ date: '2011-02-30' })).toEqual([
      [ITEM, 'date', 'expected a calendar day YYYY-MM-DD; got "2011-02-30"'],
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    const problems = messages({ precision: 'range', date: '2011-03-30', dateEnd: '2011-03-28' });
    expect(problems[0]).toEqual([ITEM, 'dateEnd', 'range ends 2011-03-28 before it starts 2011-03-30']);
  });

  it('refuses dateEnd on a claim that is not a range', () => {
    expect(messages({ dateEnd: '2011-03-30' })).toEqual([
      [ITEM, 'dateEnd', "only a range has dateEnd; this claim's precision is day"],
    ]);
  });

  it('refuses a side that is not government, rebel or contested', () => {
    expect(messages({ side: 'loyalist' })).toEqual([
      [ITEM, 'side', 'expected one of government, rebel, contested; got "loyalist"'],
    ]);
  });

  it('refuses a claim that a place changed hands without saying who held it before', () => {
    expect(messages({ before: undefined })).toEqual([
      [ITEM, 'before', 'a claim that the place changed hands (withdrew) says which side held it just before'],
    ]);
  });

  it('keeps a before that no source dates: its side and quote, and no since', () => {
    const before = { side: 'rebel', source: 'nyt-2011-03-30', quote: 'Having abandoned Bin Jawwad' };
    const parsed = parseOne({ before });
    expect(parsed.problems).toEqual([]);
    expect(parsed.value[0]?.before).toEqual(before);
  });

  it('refuses words that would date a before that has no since', () => {
    const before = { side: 'rebel', source: 'nyt-2011-03-30', quote: 'Having abandoned Bin Jawwad', resolvedFrom: 'on Tuesday' };
    expect(messages({ before })).toEqual([[ITEM, 'before.resolvedFrom', 'only a before with a since has it']]);
  });

  it('refuses an event that is not a ClaimEvent', () => {
    expect(messages({ event: 'fell' })[0]?.slice(1)).toEqual([
      'event',
      'expected one of captured, retook, held, entered, advanced, withdrew, attacked, contested; got "fell"',
    ]);
  });

  it('refuses a date that does not follow from its words', () => {
    expect(messages({ date: '2011-03-30' })).toEqual([
      [ITEM, 'date', 'date 2011-03-30 does not follow from "on Tuesday" (resolves to 2011-03-29)'],
    ]);
  });

  it('refuses a precision that does not follow from its words', () => {
    expect(messages({ precision: 'approximate' })).toEqual([
      [ITEM, 'date', 'date about 2011-03-29 does not follow from "on Tuesday" (resolves to 2011-03-29)'],
    ]);
  });

  it('refuses a date drawn from words too vague to resolve', () => {
    expect(messages({ resolvedFrom: 'just days ago' })).toEqual([
      [
        ITEM,
        'date',
        'date 2011-03-29 does not follow from "just days ago" ("just days ago" is too vague to place on the calendar)',
      ],
    ]);
  });

  it('counts the words from narrativeDay when the claim gives one, else from publication', () => {
    const firedInto = {
      source: 'globalpost-2011-03-31',
      quote: 'he fired back into Ras Lanuf at 1 a.m. last night',
      resolvedFrom: 'last night',
      date: '2011-03-29',
      precision: 'approximate',
    };
    expect([messages({ ...firedInto, narrativeDay: '2011-03-30' }), messages(firedInto)]).toEqual([
      [],
      [[ITEM, 'date', 'date about 2011-03-29 does not follow from "last night" (resolves to about 2011-03-30)']],
    ]);
  });

  it('refuses words for the date that do not occur in the source', () => {
    expect(messages({ resolvedFrom: 'on Monday' })[0]).toEqual([
      ITEM,
      'resolvedFrom',
      '"on Monday" does not occur in the text of "nyt-2011-03-30"',
    ]);
  });

  it('refuses a narrativeDay that is not a calendar day', () => {
    expect(messages({ narrativeDay: '2011-3-30' })).toEqual([
      [ITEM, 'narrativeDay', 'expected a calendar day YYYY-MM-DD; got "2011-3-30"'],
    ]);
  });

  it('refuses an empty claimant', () => {
    expect(messages({ claimant: ' ' })).toEqual([[ITEM, 'claimant', 'expected who says it, a non-empty string; got " "']]);
  });

  it('refuses an id that is not a slug', () => {
    expect(messages({ id: 'Ras Lanuf' })).toEqual([
      ['claim 0 (id "Ras Lanuf")', 'id', 'expected a lowercase slug like "nyt-ras-lanuf-abandoned"; got "Ras Lanuf"'],
    ]);
  });

  it('refuses a field the Claim type does not have', () => {
    expect(messages({ narativeDay: '2011-03-30' })).toEqual([[ITEM, 'narativeDay', 'unknown field']]);
  });

  it('refuses a prior state that starts after the claim', () => {
    expect(messages({ before: { ...BEFORE, since: '2011-03-30' } })).toContainEqual([
      ITEM,
      'before.since',
      "since 2011-03-30 is after the claim's date 2011-03-29",
    ]);
  });

  it('refuses a prior state whose since does not follow from its words', () => {
    expect(messages({ before: { ...BEFORE, since: '2011-03-20' } })).toEqual([
      [ITEM, 'before.since', 'since 2011-03-20 does not follow from "March 19" (resolves to 2011-03-19)'],
    ]);
  });

  it('refuses a prior state whose quote is not in its source', () => {
    const problems = messages({ before: { ...BEFORE, source: 'nyt-2011-03-30' } });
    expect(problems.map((p) => p[1])).toEqual(['before.quote', 'before.resolvedFrom']);
  });

  it('refuses a second claim with the same id and keeps the first', () => {
    const parsed = parseClaims(JSON.stringify({ claims: [VALID, VALID] }), 'claims.json', CONTEXT);
    expect([parsed.value.length, parsed.problems.map((p) => [p.item, p.field, p.message])]).toEqual([
      1,
      [['claim 1 (id "nyt-ras-lanuf-abandoned")', 'id', `duplicate id; ${ITEM} has it too`]],
    ]);
  });

  it('keeps every valid claim and lists every problem of the invalid ones', () => {
    const claims = [
      { ...VALID, place: 'foo', side: 'loyalist' },
      { ...VALID, id: 'nyt-bin-jawad-abandoned', place: 'bin_jawad' },
    ];
    const parsed = parseClaims(JSON.stringify({ claims }), 'claims.json', CONTEXT);
    expect([parsed.value.map((c) => c.id), parsed.problems.map((p) => p.field)]).toEqual([
      ['nyt-bin-jawad-abandoned'],
      ['place', 'side'],
    ]);
  });

  it('reports text that is not JSON as one problem for the file', () => {
    const problems = parseClaims('{ "claims": [', 'claims.json', CONTEXT).problems;
    expect(problems.map((p) => [p.file, p.item, p.field])).toEqual([['claims.json', '', '']]);
  });

  it('refuses JSON without a claims array', () => {
    expect(parseClaims('{ "claim": [] }', 'claims.json', CONTEXT).problems).toEqual([
      { file: 'claims.json', item: '', field: 'claims', message: 'expected { "claims": [...] }; got nothing' },
    ]);
  });
});
