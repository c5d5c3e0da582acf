import { suggestWithNewPlaces, type PlaceFeature } from '../core/addition.ts';
import { parseDay } from '../core/dates.ts';
import { libyaReference } from '../core/reference.ts';
import { buildSuggester, suggest, type Suggester, type Suggestion } from '../core/suggest/index.ts';
import type { Day, Place } from '../core/types.ts';
import { readArticleFile } from './articlefile.ts';

/** What `suggest` prints: the suggestion, with the file it read. */
export interface SuggestOutput extends Suggestion {
  file: string;
  /** With `withPlaces`: the gazetteer features `add --with-places` would add, whose ids the claims of them use. */
  places?: PlaceFeature[];
}

export interface SuggestOptions {
  published?: string;
  outlet?: string;
  headline?: string;
  /** Takes the new places the reference locates as places of the article's, with their claims (`add --with-places`). */
  withPlaces?: boolean;
}

let built: { places: readonly Place[]; suggester: Suggester } | undefined;

/** Built once per gazetteer in a process: a batch of articles pays for the lexicons and the matcher once. */
export function suggesterFor(places: readonly Place[]): Suggester {
  if (built?.places !== places) built = { places, suggester: buildSuggester(places, libyaReference()) };
  return built.suggester;
}

/**
 * Reads an article file and suggests its claims. The publication day is `--published`, or the page's own where a
 * saved page has one; it decides every relative date, so without it there is nothing to suggest.
 */
export async function suggestFile(file: string, places: readonly Place[], options: SuggestOptions): Promise<SuggestOutput> {
  const { article } = await readArticleFile(file);
  const published = publishedDay(file, options.published, article.published);
  const facts = {
    id: file,
    text: article.text,
    published,
    outlet: options.outlet ?? article.outlet,
    headline: options.headline ?? article.headline,
  };
  if (!options.withPlaces) return { file, ...suggest(facts, suggesterFor(places)) };
  const { suggestion, features } = suggestWithNewPlaces(facts, places, libyaReference(), suggesterFor(places));
  return { file, ...suggestion, places: features };
}

function publishedDay(file: string, given: string | undefined, fromPage: Day | null): Day {
  if (given === undefined) {
    if (fromPage !== null) return fromPage;
    throw new Error(`${file}: --published YYYY-MM-DD is required (the day decides every "yesterday" and "on Tuesday")`);
  }
  const day = parseDay(given);
  if (day === null) throw new Error(`--published must be a calendar day as YYYY-MM-DD, not "${given}"`);
  return day;
}
