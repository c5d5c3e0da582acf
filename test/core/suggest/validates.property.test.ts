import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.ts';
import type { Day } from '../../../src/core/types.ts';
import { asData, suggestIn } from './fixture.ts';

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
        for (const s of suggestions) expect(body.slice(s.start, s.end)).toBe(s.quote);
        const parsed = asData(suggestions, body, day, 'The Test Times');
        expect(parsed.problems).toEqual([]);
        expect(parsed.value).toHaveLength(suggestions.length);
      }),
      { numRuns: 150 },
    );
    expect(suggested).toBeGreaterThan(150);
  });
});
