/**
 * "Find claims": the suggester run in the page on the reader's article, against the gazetteer as it now is (with
 * the places the reader added), and the article as it becomes a source under review.
 */
import { newSourceId } from '../../core/addition.ts';
import { libyaReference } from '../../core/reference.ts';
import { reviewRows, type ReviewedArticle, type ReviewRow } from '../../core/review.ts';
import { buildSuggester, suggest, type Suggester, type Suggestion } from '../../core/suggest/index.ts';
import { readSource } from '../../core/sources.ts';
import type { Dataset, Day, Place, SourceMeta } from '../../core/types.ts';
import { nextTask } from '../dom.ts';
import type { Given } from './read.ts';
import { Session } from './session.ts';

let built: { places: readonly Place[]; suggester: Suggester } | null = null;

/** The suggester for these places: built once per gazetteer, as the command line builds it. */
export function suggesterFor(places: readonly Place[]): Suggester {
  if (built?.places !== places) built = { places, suggester: buildSuggester(places, libyaReference()) };
  return built.suggester;
}

/**
 * Readies the suggester for these places as soon as the dialog is on screen, before the reader has pasted anything:
 * built, then run once on a few sentences of its own. Most of a first "Find claims" is the suggester's first run in
 * the page, whatever the article (its code compiled, its regular expressions compiled on first use); done here, in
 * the second or more a reader takes to paste, the first click waits only for their article. Not left for an idle
 * period: Chromium may not offer one until well after the dialog is up. Each task is a `frontline:warm-up` measure.
 */
export async function warmUp(places: readonly Place[]): Promise<void> {
  const [one, other = one] = places;
  if (!one || built?.places === places) return;
  await new Promise((painted) => requestAnimationFrame(painted));
  await nextTask();
  const building = performance.now();
  const suggester = suggesterFor(places);
  performance.measure('frontline:warm-up', { start: building });
  // The build and the run in two tasks: a keystroke in between waits for one, not both.
  await nextTask();
  const ran = performance.now();
  const text = `${one.name}, Libya (Reuters) - Rebel fighters took ${one.name} on Monday, a spokesman said on Tuesday. Forces loyal to Gaddafi shelled ${other!.name} last week. "We still hold ${one.name}," he said.`;
  suggest({ id: 'warm-up', text, published: '2011-03-30' as Day, outlet: null, headline: null }, suggester);
  performance.measure('frontline:warm-up', { start: ran });
}

export interface Facts {
  outlet: string | null;
  headline: string | null;
  published: Day;
}

/** The given article as a new source of `dataset`, every suggestion a pending row. */
export function findClaims(given: Given, facts: Facts, dataset: Dataset): { article: ReviewedArticle; suggestion: Suggestion } {
  const id = newSourceId(Session.taken(dataset), { ...facts, file: given.file });
  const { article } = given;
  const suggestion = suggest({ id, text: article.text, ...facts }, suggesterFor(dataset.places));
  const entry: SourceMeta = {
    id,
    file: `${id}.txt`,
    ...facts,
    byline: article.byline,
    dateline: suggestion.dateline,
    notes: notesOf(given, facts),
  };
  const rows = reviewRows(suggestion.claims, id, new Set(dataset.claims.map((c) => c.id)));
  const reviewed: ReviewedArticle = { file: given.file, kind: article.kind, original: given.original, sourceText: article.sourceText, entry, rows, places: [] };
  return { article: reviewed, suggestion };
}

/**
 * The suggestions for an article under review against the gazetteer as it now is: rows the reader has not seen
 * (about a place they have just added) join theirs, whose decisions and edits stay.
 */
export function refind(article: ReviewedArticle, dataset: Dataset): { article: ReviewedArticle; suggestion: Suggestion } {
  const { entry } = article;
  const source = readSource(entry, article.sourceText);
  const suggestion = suggest({ id: entry.id, text: source.text, published: entry.published, outlet: entry.outlet, headline: entry.headline }, suggesterFor(dataset.places));
  const seen = (s: { place: string; start: number; end: number }) => (r: ReviewRow): boolean =>
    r.start === s.start && r.end === s.end && (r.claim.place === s.place || r.edited);
  const fresh = suggestion.claims.filter((s) => !article.rows.some(seen(s)));
  if (fresh.length === 0) return { article, suggestion };
  const taken = new Set([...dataset.claims.map((c) => c.id), ...article.rows.map((r) => r.claim.id)]);
  return { article: { ...article, rows: [...article.rows, ...reviewRows(fresh, entry.id, taken)] }, suggestion };
}

function notesOf(given: Given, facts: Facts): string {
  const from = (value: string | null, found: string | null): string =>
    value === null ? 'unknown' : value === found ? "from the page's metadata" : 'given by the reader';
  const kind = given.article.kind === 'html' ? 'a saved web page, reduced to its article by Readability' : 'a text';
  return `Added in the viewer from ${given.file} (${kind}). Publication day ${facts.published === given.article.published ? "from the page's metadata, confirmed by the reader" : 'given by the reader'}; outlet ${from(facts.outlet, given.article.outlet)}; headline ${from(facts.headline, given.article.headline)}. Claims accepted by the reader are marked "reviewed": true.`;
}
