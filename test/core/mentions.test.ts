import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/core/gazetteer.ts';
import { buildMatcher, datelinePlace, findMentions, matchSpans, sentences } from '../../src/core/mentions.ts';
import { cleanText } from '../../src/core/text.ts';
import type { Mention, Place } from '../../src/core/types.ts';

function place(id: string, name: string, aliases: string[] = []): Place {
  return {
    id, name, aliases, kind: 'town', geonames: null, coordSource: 'test', approximate: false, coordinates: [0, 0],
  };
}

/** The surfaces and places found in `text` with a gazetteer built from `places`. */
function found(places: Place[], text: string): { place: string; surface: string }[] {
  return findMentions(buildMatcher(places), 'test', text).map(({ place, surface }) => ({ place, surface }));
}

const brega = (): Place => place('brega', 'Brega', ['Marsa el Brega', 'Al Burayqah']);

describe('matching place names', () => {
  it('ignores case', () => {
    expect(found([brega()], 'BREGA, brega and bReGa')).toEqual([
      { place: 'brega', surface: 'BREGA' },
      { place: 'brega', surface: 'brega' },
      { place: 'brega', surface: 'bReGa' },
    ]);
  });

  it('matches whole words only', () => {
    expect(found([brega(), place('sirte', 'Sirte')], 'Sirtex Brega2 Abregation Bregas 2Brega')).toEqual([]);
  });

  it('treats an Arabic letter next to an Arabic name as part of the same word', () => {
    const brg = place('brega', 'البريقة');
    expect(found([brg], 'والبريقة')).toEqual([]);
    expect(found([brg], 'في البريقة، أمس')).toEqual([{ place: 'brega', surface: 'البريقة' }]);
  });

  it('treats accented, Greek, Cyrillic and astral letters next to a name as part of the same word', () => {
    expect(found([brega()], 'éBrega Bregaé αBrega жBrega 𝐀Brega Brega𝐀 Brega\u0301')).toEqual([]);
  });

  it('finds a name right after a symbol that is not a letter', () => {
    expect(found([brega()], '😀Brega (Brega) “Brega” —Brega')).toHaveLength(4);
  });

  it('prefers the longer of two spellings that share a beginning', () => {
    expect(found([place('sirte', 'Sirte', ['Sirt'])], 'Sirte and Sirt')).toEqual([
      { place: 'sirte', surface: 'Sirte' },
      { place: 'sirte', surface: 'Sirt' },
    ]);
  });

  it('finds a two-word name as one mention', () => {
    const places = [place('ras_lanuf', 'Ras Lanuf'), place('ras', 'Ras')];
    expect(found(places, 'near Ras Lanuf.')).toEqual([{ place: 'ras_lanuf', surface: 'Ras Lanuf' }]);
  });

  it('finds a name that contains another name as one mention of the longer', () => {
    expect(found([brega()], 'Marsa el Brega')).toEqual([{ place: 'brega', surface: 'Marsa el Brega' }]);
  });

  it('matches a name with its article as one mention, and the bare name where that is a spelling too', () => {
    const uqaylah = place('uqaylah', 'Al Uqaylah', ['Uqaylah']);
    expect(found([uqaylah], 'Al Uqaylah, then Uqaylah')).toEqual([
      { place: 'uqaylah', surface: 'Al Uqaylah' },
      { place: 'uqaylah', surface: 'Uqaylah' },
    ]);
  });

  it('falls back to the shorter spelling where the longer one would end inside a word', () => {
    const places = [place('ras', 'Ras'), place('ras_lanuf', 'Ras Lanuf')];
    expect(found(places, 'Ras Lanufi')).toEqual([{ place: 'ras', surface: 'Ras' }]);
  });

  it('leaves a possessive out of the mention', () => {
    const places = [brega(), place('ajdabiya', 'Ajdabiya'), place('ras_lanuf', 'Ras Lanuf')];
    expect(found(places, "Brega's port, Ajdabiya’s hospital, Ras Lanuf's refinery").map((m) => m.surface)).toEqual([
      'Brega',
      'Ajdabiya',
      'Ras Lanuf',
    ]);
  });

  it('accepts a hyphen, a line break or a run of blanks between the words of a name', () => {
    const text = 'Ras-Lanuf, Ras\nLanuf, Ras  Lanuf, Ras - Lanuf, Ras-\nLanuf';
    expect(found([place('ras_lanuf', 'Ras Lanuf')], text)).toHaveLength(5);
  });

  it('does not join the words of a name across a blank line', () => {
    expect(found([place('ras_lanuf', 'Ras Lanuf')], 'Ras\n\nLanuf')).toEqual([]);
  });

  it('matches every form of the article in a spelling', () => {
    const text = 'Al Burayqah, al-Burayqah, el-Burayqah, Al-Burayqah, El Burayqah, AL BURAYQAH';
    expect(found([brega()], text).map((m) => m.place)).toEqual(Array(6).fill('brega'));
  });

  it('matches al- and el- for a sun-letter article', () => {
    const text = 'Az Zawiyah, az-Zawiyah, al-Zawiyah, el Zawiyah';
    expect(found([place('zawiya', 'Az Zawiyah')], text)).toHaveLength(4);
  });

  it('does not take the English word "as" before a name for an article', () => {
    expect(found([place('bayda', 'Al Bayda')], 'such as Bayda')).toEqual([]);
  });

  it('treats straight and curly apostrophes alike', () => {
    const text = "Ra's Lanuf and Ra’s Lanuf";
    expect(found([place('ras_lanuf', 'Ras Lanuf', ["Ra's Lanuf"])], text)).toHaveLength(2);
  });

  it('matches the metacharacters of a spelling literally', () => {
    const places = [place('odd', 'St. Odd (Town)+')];
    expect(found(places, 'St. Odd (Town)+ and StX Odd (Town)+ and St. Odd Town')).toEqual([
      { place: 'odd', surface: 'St. Odd (Town)+' },
    ]);
  });

  it('finds nothing with an empty gazetteer', () => {
    expect(found([], 'Brega and Sirte')).toEqual([]);
  });

  it('returns mentions in text order with offsets into the text given', () => {
    const text = 'From Sirte to Brega, then Sirte again.';
    const spans = matchSpans(buildMatcher([brega(), place('sirte', 'Sirte')]), text);
    expect(spans).toEqual([
      { place: 'sirte', start: 5, end: 10 },
      { place: 'brega', start: 14, end: 19 },
      { place: 'sirte', start: 26, end: 31 },
    ]);
  });

  it('gives each mention its source id and its trimmed sentence', () => {
    const text = 'Rebels left.  They fled Brega on Wednesday.\n\nNext paragraph.';
    const [mention] = findMentions(buildMatcher([brega()]), 'src', text);
    expect(mention).toEqual({
      place: 'brega',
      source: 'src',
      start: 24,
      end: 29,
      surface: 'Brega',
      sentence: { start: 14, end: 43, text: 'They fled Brega on Wednesday.' },
    });
  });
});

describe('sentences', () => {
  it.each([
    ['Col. Muammar el-Qaddafi', 'He met Col. Muammar el-Qaddafi today. Then he left.'],
    ['Mr. Koussa', 'The news of Mr. Koussa’s defection spread. Then he left.'],
    ['U.S. officials', 'Later U.S. Officials spoke. Then he left.'],
    ['initials', 'C. J. Chivers reported from Brega. Then he left.'],
  ])('do not end after %s', (_, text) => {
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      text.slice(0, text.indexOf(' Then')),
      'Then he left.',
    ]);
  });
});

describe('a street named after a place', () => {
  it('"Tripoli Street" in Misrata is no mention of Tripoli; Tripoli in the same sentence is', () => {
    const matcher = buildMatcher([place('tripoli', 'Tripoli')]);
    const text = 'Snipers held Tripoli Street, the road to Tripoli.';
    expect(findMentions(matcher, 's', text).map((m) => [m.surface, m.start])).toEqual([['Tripoli', text.lastIndexOf('Tripoli')]]);
  });
});

describe('a gulf named after a place', () => {
  it('"the Gulf of Sirte" is no mention of Sirte; Sirte on its shore is', () => {
    const matcher = buildMatcher([place('sirte', 'Sirte')]);
    const text = 'Ships patrolled the Gulf of Sirte off Sirte.';
    expect(findMentions(matcher, 's', text).map((m) => [m.surface, m.start])).toEqual([['Sirte', text.lastIndexOf('Sirte')]]);
  });
});

describe('datelines', () => {
  const matcher = (): ReturnType<typeof buildMatcher> => buildMatcher([brega(), place('benghazi', 'Benghazi')]);

  it('names the place of a dateline in capitals followed by a country and a dash', () => {
    expect(datelinePlace(matcher(), 'Headline\n\nBENGHAZI, Libya — Text.')).toBe('benghazi');
  });

  it('accepts a multi-word spelling, an en dash or a double hyphen', () => {
    expect(datelinePlace(matcher(), 'MARSA EL BREGA, Libya – Text.')).toBe('brega');
    expect(datelinePlace(matcher(), 'BREGA, Libya -- Text.')).toBe('brega');
  });

  it('reads the wires\' datelines: a day, a country and a day, or only the agency before the dash', () => {
    expect(datelinePlace(matcher(), 'BENGHAZI, April 5 (AFP) - Text.')).toBe('benghazi');
    expect(datelinePlace(matcher(), 'BREGA, Libya, April 21 (Reuters) - Text.')).toBe('brega');
    expect(datelinePlace(matcher(), 'BENGHAZI (Reuters) - Text.')).toBe('benghazi');
    expect(datelinePlace(matcher(), 'BREGA, Libya (AP) — Text.')).toBe('brega');
  });

  it('ignores a place name that is not in capitals', () => {
    expect(datelinePlace(matcher(), 'Brega, Libya — Text.')).toBeNull();
  });

  it('ignores a dateline-like line far below the top', () => {
    const text = `${'A line of prose.\n'.repeat(10)}BREGA, Libya — Text.`;
    expect(datelinePlace(matcher(), text)).toBeNull();
  });

  it('ignores capitals that name no known place', () => {
    expect(datelinePlace(matcher(), 'CAIRO, Egypt — Text.')).toBeNull();
  });
});

describe('mentions in the four seed articles', () => {
  const SOURCES: Record<string, string> = {
    'bt-2011-04-01': '000_1e5c581d3682f255.txt',
    'mccabe-2011-03-31': '001_2e6bfad484ef333b.txt',
    'globalpost-2011-03-31': '002_a0d139c2a26c4e8e.txt',
    'nyt-2011-03-30': '003_12d0a6ac5ab71e0b.txt',
  };

  function gazetteer(): Place[] {
    const { value, problems } = parseGazetteer(readFileSync('geo/gazetteer.geojson', 'utf8'), 'gazetteer.geojson');
    expect(problems).toEqual([]);
    return value;
  }

  function textOf(id: string): string {
    return cleanText(readFileSync(`geo/sources/${SOURCES[id]}`, 'utf8'));
  }

  function mentionsOf(id: string): Mention[] {
    return findMentions(buildMatcher(gazetteer()), id, textOf(id));
  }

  // Counted by reading each article.
  const HAND_COUNTS: Record<string, Record<string, number>> = {
    'bt-2011-04-01': { benghazi: 1, ajdabiya: 1, brega: 4, ras_lanuf: 0, sirte: 0, misrata: 0, bin_jawad: 0, tripoli: 0, derna: 0, bayda: 0 },
    'mccabe-2011-03-31': { benghazi: 1, ajdabiya: 0, brega: 2, ras_lanuf: 0, sirte: 0, misrata: 2, bin_jawad: 0, tripoli: 0, derna: 0, bayda: 0 },
    'globalpost-2011-03-31': { benghazi: 4, ajdabiya: 4, brega: 7, ras_lanuf: 6, sirte: 2, misrata: 0, bin_jawad: 0, tripoli: 3, derna: 1, bayda: 1 },
    'nyt-2011-03-30': { benghazi: 2, ajdabiya: 4, brega: 4, ras_lanuf: 1, sirte: 0, misrata: 0, bin_jawad: 1, tripoli: 2, derna: 0, bayda: 0 },
  };

  for (const [source, counts] of Object.entries(HAND_COUNTS)) {
    for (const [placeId, count] of Object.entries(counts)) {
      it(`finds ${count} mention(s) of ${placeId} in ${source}`, () => {
        expect(mentionsOf(source).filter((m) => m.place === placeId)).toHaveLength(count);
      });
    }
  }

  it.each(Object.keys(SOURCES))('gives every mention in %s a surface equal to its slice of the text', (source) => {
    const text = textOf(source);
    const mentions = mentionsOf(source);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.surface).toBe(text.slice(m.start, m.end));
      expect(m.sentence.text).toBe(text.slice(m.sentence.start, m.sentence.end));
      expect(m.sentence.start <= m.start && m.end <= m.sentence.end).toBe(true);
    }
  });

  it('reads the spelling "Sirt" as Sirte', () => {
    expect(mentionsOf('globalpost-2011-03-31').filter((m) => m.place === 'sirte').map((m) => m.surface)).toEqual([
      'Sirt',
      'Sirt',
    ]);
  });

  it.each([
    ['nyt-2011-03-30', 'brega'],
    ['globalpost-2011-03-31', 'benghazi'],
    ['bt-2011-04-01', null],
    ['mccabe-2011-03-31', null],
  ])('reads the dateline of %s as %s', (source, expected) => {
    expect(datelinePlace(buildMatcher(gazetteer()), textOf(source))).toBe(expected);
  });

  it('gives the Bin Jawwad mention in the NYT piece its whole sentence', () => {
    const mention = mentionsOf('nyt-2011-03-30').find((m) => m.place === 'bin_jawad');
    expect(mention?.surface).toBe('Bin Jawwad');
    const opening = 'Having abandoned Bin Jawwad and the oil port of Ras Lanuf on Tuesday, ';
    expect(mention?.sentence.text.startsWith(opening)).toBe(true);
    expect(mention?.sentence.text.endsWith('stopped for the night at the strategic city of Ajdabiya.')).toBe(true);
  });

  it('does not take Libya for a place', () => {
    const matcher = buildMatcher(gazetteer());
    expect(findMentions(matcher, 'test', "Libya's foreign minister, Libya’s oil")).toEqual([]);
  });

  it.each(Object.keys(SOURCES))('matches the golden mentions of %s', (source) => {
    const path = `test/golden/mentions/${source}.json`;
    const actual = `${JSON.stringify(
      mentionsOf(source).map((m) => ({ place: m.place, start: m.start, end: m.end, surface: m.surface, sentence: m.sentence.text })),
      null,
      2,
    )}\n`;
    if (!existsSync(path) || process.env.UPDATE_GOLDEN === '1') {
      mkdirSync('test/golden/mentions', { recursive: true });
      writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
