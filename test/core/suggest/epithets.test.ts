import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/mentions.ts';
import { epithetsOf } from '../../../src/core/suggest/epithets.ts';
import { buildSuggester, suggest } from '../../../src/core/suggest/index.ts';
import type { Day } from '../../../src/core/types.ts';
import { PLACES } from './fixture.ts';

describe('epithets: towns the press named by what they are', () => {
  it('are the gazetteer\'s towns, found by any of their spellings', () => {
    const spelt = PLACES.map((p) => (p.id === 'misrata' ? { ...p, name: 'Misurata', aliases: ['Misrata'] } : p));
    expect(epithetsOf(buildMatcher(spelt)).map((e) => e.place)).toEqual(['tripoli', 'benghazi', 'misrata', 'sirte']);
  });

  it('are none for a town the gazetteer lacks: "the capital" is then no place', () => {
    const places = PLACES.filter((p) => p.id !== 'tripoli' && p.id !== 'sirte');
    expect(epithetsOf(buildMatcher(places)).map((e) => e.place)).toEqual(['benghazi', 'misrata']);
    const text = "The capital remains in government hands. Gaddafi's home town remains in government hands.";
    const { claims } = suggest({ id: 't', text, published: '2011-03-30' as Day, outlet: null, headline: null }, buildSuggester(places));
    expect(claims).toEqual([]);
  });
});
