import { expect, test } from 'vitest';
import type { ReviewRow } from '../../../src/core/review.ts';
import { rowSentence } from '../../../src/ui/importer/rows.ts';

const row = (side: string, event: string): ReviewRow =>
  ({
    claim: { place: 'misrata', side, event, date: '2011-04-20', precision: 'approximate', resolvedFrom: 'now', claimant: 'rebels' },
  }) as unknown as ReviewRow;

test('a row says its side and event once where they are the same word', () => {
  expect(rowSentence(row('contested', 'contested'), 'Misrata')).toBe('Misrata: contested, about 20 April 2011 (told in the present tense), according to rebels.');
  expect(rowSentence(row('rebel', 'held'), 'Misrata')).toBe('Misrata: rebel, held, about 20 April 2011 (told in the present tense), according to rebels.');
});
