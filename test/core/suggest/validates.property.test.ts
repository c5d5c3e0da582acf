import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaims } from '../../../src/core/claims.ts';
import { addDays } from '../../../src/core/dates.ts';
import { toClaim } from '../../../src/core/suggest/index.ts';
import type { Day, Source } from '../../../src/core/types.ts';
import { PLACES, suggestIn } from './fixture.ts';

// Sentences of every kind the suggester reads, and some it must not; a text is any run of them in paragraphs.
const SENTENCES = [
  "Gaddafi's forces recaptured Brega on Tuesday.",
  'Rebels captured Ras Lanuf yesterday, a rebel spokesman said.',
  'Fighting raged around Ajdabiya overnight.',
  'Bin Jawad was retaken by loyalists on March 28.',
  'They entered Sirt at dawn.',
  'Rebels vowed to retake Brega.',
  'Misrata, a rebel-held city, came under heavy shelling from government forces on the 27th.',
  'Having abandoned Ras Lanuf on Monday, the rebels regrouped in Ajdabiya.',
  'Loyalists have held Zawiya since the weekend.',
  '“Massacres are taking place in Misrata,” a rebel spokesman said.',
  'Rebels captured Brega three days before.',
  'Rebels withdrew from Ras Lanuf earlier this week.',
  'The regime said Tripoli was calm.',
  'Did the rebels capture Brega on Tuesday?',
  'Government troops entered Benghazi, the rebel capital, last month.',
];

const text = fc
  .array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
  .map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n'));
const published = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2011-03-01' as Day, n));

describe('suggest: property', () => {
  it('every suggestion quotes its text at start..end and validates as a claim of that text', () => {
    let suggested = 0;
    fc.assert(
      fc.property(text, published, (body, day) => {
        const suggestions = suggestIn(body, day);
        suggested += suggestions.length;
        const source: Source = {
          id: 'article', file: 'article.txt', outlet: 'The Test Times', headline: null, byline: null, published: day,
          dateline: null, notes: '', raw: body, text: body,
        };
        for (const s of suggestions) expect(body.slice(s.start, s.end)).toBe(s.quote);
        const claims = suggestions.map((s, i) => toClaim(s, source.id, `suggested-${i}`));
        const parsed = parseClaims(JSON.stringify({ claims }), 'claims.json', {
          places: new Set(PLACES.map((p) => p.id)),
          sources: new Map([[source.id, source]]),
        });
        expect(parsed.problems).toEqual([]);
        expect(parsed.value).toHaveLength(suggestions.length);
      }),
      { numRuns: 150 },
    );
    expect(suggested).toBeGreaterThan(150);
  });
});
