/** Wire articles that report who held the places along the road, and the claims that quote them. */
import { addDays, weekdayOf } from '../src/core/dates.ts';
import type { Day, Place, Side } from '../src/core/types.ts';
import type { Sizes } from './generate.ts';
import { pick, type Rng } from './names.ts';
import { claimSentence, type ClaimWords } from './prose.ts';

export interface Article {
  id: string;
  body: string;
  published: Day;
}

export const YEAR_START = '2011-01-01' as Day;
export const YEAR_DAYS = 365;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Who holds km `km` on day `t` (0 = 1 January 2011): the rebels east of a front that swings 1,300 km back and
 * forth over the year, an enclave (a Misrata) for most of it, a contested belt either side of the front, and a
 * few reports that say otherwise, as real reports do.
 */
function truth(rng: Rng, km: number, t: number): Side {
  if (rng() < 0.003) return pick(rng, ['government', 'rebel', 'contested'] as const);
  if (km >= 1900 && km <= 1960 && t >= 50 && t <= 300) return 'rebel';
  const front = 150 + 1300 * (0.5 - 0.5 * Math.cos((2 * Math.PI * t) / 200));
  if (Math.abs(km - front) < 4) return 'contested';
  return km < front ? 'rebel' : 'government';
}

/** `on March 19` or `on Saturday, March 19`: words `resolveDate` reads as that day of the article's year. */
function dateWords(rng: Rng, day: Day): string {
  const month = `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
  return rng() < 0.5 ? `on ${month}` : `on ${WEEKDAYS[weekdayOf(day)]}, ${month}`;
}

/** Claims about places on the road, 1–3 neighbours per sentence, in articles of `claimsPerSource` claims each. */
const CHANGES_HANDS: readonly string[] = ['captured', 'retook', 'withdrew', 'entered'];

export function claimsAlong(rng: Rng, places: readonly (Place & { km?: number })[], sizes: Sizes, sentences: readonly string[]) {
  const byKm = [...places].sort((a, b) => a.km! - b.km!);
  const events: { t: number; side: Side; group: (Place & { km?: number })[] }[] = [];
  for (let count = 0; count < sizes.claims; ) {
    const t = Math.floor(rng() * YEAR_DAYS);
    const first = Math.floor(rng() * byKm.length);
    const side = truth(rng, byKm[first]!.km!, t);
    const group = byKm.slice(first, first + Math.min(1 + Math.floor(rng() * 3), sizes.claims - count));
    events.push({ t, side, group });
    count += group.length;
  }
  events.sort((a, b) => a.t - b.t);

  const articles: Article[] = [];
  const claims: object[] = [];
  let at = 0;
  while (at < events.length) {
    const id = `wire-${articles.length}`;
    const body: string[] = [];
    let inArticle = 0;
    const lastDay = addDays(YEAR_START, events[Math.min(at + sizes.claimsPerSource, events.length) - 1]!.t);
    const published = lastDay < addDays(YEAR_START, YEAR_DAYS - 1) ? addDays(lastDay, 1) : lastDay;
    for (; at < events.length && inArticle < sizes.claimsPerSource; at++) {
      const { t, side, group } = events[at]!;
      const date = addDays(YEAR_START, t);
      const words: ClaimWords = claimSentence(rng, side, group.map((p) => p.name), dateWords(rng, date));
      body.push(words.sentence);
      if (rng() < 0.15) body.push(pick(rng, sentences));
      for (const place of group) {
        const claim: Record<string, unknown> = {
          id: `${id}-${claims.length}`, place: place.id, side, date, precision: 'day', event: words.event,
          source: id, quote: words.sentence, claimant: words.claimant, resolvedFrom: words.resolvedFrom,
        };
        if (side === 'contested' && rng() < 0.05) claim.front = true;
        if (rng() < 0.01 && t > 10) {
          const since = addDays(date, -1 - Math.floor(rng() * 10));
          const earlier = truth(rng, place.km!, t - 5);
          const sinceWords = `since ${MONTHS[Number(since.slice(5, 7)) - 1]} ${Number(since.slice(8, 10))}`;
          const quote = `${place.name} had been in ${earlier === 'rebel' ? 'rebel' : earlier === 'government' ? 'government' : 'disputed'} hands ${sinceWords}.`;
          body.push(quote);
          claim.before = { side: earlier, since, precision: 'day', source: id, quote, resolvedFrom: sinceWords };
        } else if (CHANGES_HANDS.includes(words.event)) {
          // The validator asks a change of hands who held the place before; the sentence itself says so, undated.
          claim.before = { side: side === 'rebel' ? 'government' : 'rebel', source: id, quote: words.sentence };
        }
        claims.push(claim);
        inArticle++;
      }
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < body.length; i += 4) paragraphs.push(body.slice(i, i + 4).join(' '));
    articles.push({ id, body: paragraphs.join('\n\n'), published });
  }
  return { articles, claims };
}

