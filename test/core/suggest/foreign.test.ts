import { describe, expect, it } from 'vitest';
import { foreignMention, foreignTest, isForeignCountryWord } from '../../../src/core/suggest/foreign.ts';

// The span of the first `name` in `text`.
const at = (text: string, name: string): { start: number; end: number } => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};
const foreign = (text: string, name = 'Tripoli'): boolean => foreignMention(text, at(text, name));

describe('foreignMention', () => {
  it.each([
    'Gunmen clashed in Tripoli, Lebanon, on Sunday.',
    'Gunmen clashed in Tripoli in northern Lebanon.',
    'Gunmen clashed in Tripoli in Lebanon, Libya’s rebels said.',
    'Gunmen clashed in the northern Lebanese city of Tripoli, a Libyan witness said.',
    'Gunmen clashed in Lebanon’s second city, Tripoli, as Libya’s war went on.',
    'The Libyan embassy said Lebanon’s Tripoli was calm.',
  ])('is true where the words place it in another country: %s', (text) => {
    expect(foreign(text)).toBe(true);
  });

  it('reads a dateline in capitals the same way', () => {
    expect(foreign('TRIPOLI, Lebanon — Libyan state TV reported fighting.', 'TRIPOLI')).toBe(true);
  });

  it.each([
    'Rebels said Tripoli, Libya, was quiet.',
    'The Egyptian embassy in Tripoli was closed.',
    'Gaddafi spoke in Tripoli as Lebanon and Lebanese leaders watched.',
    'Rebels took Brega from Tripoli, a British official said.',
    'Tripoli was quiet.',
  ])('is false for a Libyan story or a place left unplaced: %s', (text) => {
    expect(foreign(text)).toBe(false);
  });

  it('is true for every place of a story that names another country twice and Libya never', () => {
    const text = 'Clashes in Tripoli killed three. The Lebanese army deployed, and Lebanon’s prime minister called for calm in Zawiya.';
    expect(foreign(text)).toBe(true);
    expect(foreign(text, 'Zawiya')).toBe(true);
  });

  it('gives the same answers as a test built once for the article', () => {
    const text = 'Gunmen clashed in Tripoli, Lebanon. Rebels in Misrata held out.';
    const test = foreignTest(text);
    expect([test(at(text, 'Tripoli')), test(at(text, 'Misrata'))]).toEqual([true, false]);
  });
});

describe('isForeignCountryWord', () => {
  it('knows another country, its people and their plural, and not Libya or a town', () => {
    expect(['Lebanon', 'Lebanese', 'Egyptians', 'Saudi Arabia'].map(isForeignCountryWord)).toEqual([true, true, true, true]);
    expect(['Libya', 'Libyan', 'Brega', 'lebanon'].map(isForeignCountryWord)).toEqual([false, false, false, false]);
  });
});
