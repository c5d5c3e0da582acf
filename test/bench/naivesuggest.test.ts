import { describe, expect, it } from 'vitest';
import { buildNaiveSuggester, naiveSuggest } from '../../bench/naivesuggest.ts';
import type { Day, Place } from '../../src/core/types.ts';

const place = (id: string, name: string, aliases: string[] = []): Place => ({
  id, name, aliases, kind: 'town', geonames: null, coordSource: 'test', approximate: false, coordinates: [20, 30],
});
const PLACES = [place('brega', 'Brega', ['Marsa el-Brega']), place('ajdabiya', 'Ajdabiya', ['Ajdabiyah'])];
const DAY = '2011-03-31' as Day;

describe('the naive suggester', () => {
  it('has one pattern per place and event word', () => {
    const { patterns } = buildNaiveSuggester(PLACES);
    expect(patterns.length % PLACES.length).toBe(0);
    expect(new Set(patterns.map((p) => p.place))).toEqual(new Set(['brega', 'ajdabiya']));
  });

  it('makes a claim of each sentence with a place and an event word, dated on the publication day, on the side of its first actor', () => {
    const text = 'The weather was fine. Qaddafi forces retook Brega after rebels fled on Tuesday. Ajdabiyah was quiet.';
    const claims = naiveSuggest(text, DAY, buildNaiveSuggester(PLACES));
    expect(claims.map((c) => [c.place, c.event, c.side, c.date])).toEqual([
      ['brega', 'retook', 'government', DAY],
      ['brega', 'withdrew', 'government', DAY],
    ]);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toBe('Qaddafi forces retook Brega after rebels fled on Tuesday.');
  });

  it('calls fighting contested, and a sentence that names no actor contested too', () => {
    const text = 'Fighting raged near Ajdabiya. Brega was captured.';
    const claims = naiveSuggest(text, DAY, buildNaiveSuggester(PLACES));
    expect(claims.map((c) => [c.place, c.event, c.side])).toEqual([
      ['ajdabiya', 'contested', 'contested'],
      ['brega', 'captured', 'contested'],
    ]);
  });

  it('does not end a sentence at a title such as "Col."', () => {
    const text = 'Forces loyal to Col. Qaddafi shelled Ajdabiya.';
    const [claim] = naiveSuggest(text, DAY, buildNaiveSuggester(PLACES));
    expect(claim?.quote).toBe(text);
    expect(claim?.side).toBe('government');
  });
});
