/**
 * The suggest part of the benchmark: `suggest` against the naive suggester (bench/naivesuggest.ts), both in this
 * run, on the same articles: their speed on a 1,500-word article made of the four sources' paragraphs, and their
 * quality on the four sources as `src/core/suggest/eval.ts` scores it against the claims a person coded.
 */
import { libyaReference } from '../src/core/reference.ts';
import { evaluate, score } from '../src/core/suggest/eval.ts';
import { buildSuggester, suggest, type Article } from '../src/core/suggest/index.ts';
import type { Dataset, Source } from '../src/core/types.ts';
import { atLeast, atMost, median, ratioAtLeast, result, timeRuns } from './measure.ts';
import { buildNaiveSuggester, naiveSuggest } from './naivesuggest.ts';
import type { Check, SectionOutput } from './sections.ts';

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

const articleOf = (source: Source): Article => ({
  id: source.id,
  text: source.text,
  published: source.published,
  outlet: source.outlet,
  headline: source.headline,
});

/**
 * An article of at least `size` words: the sources' paragraphs taken in turn, one from each, as a long wire story
 * quotes several reports; published on the last source's day.
 */
export function articleOfSources(sources: readonly Source[], size: number): Article {
  const paragraphs = sources.map((s) => s.text.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean));
  const taken: string[] = [];
  let count = 0;
  for (let i = 0; count < size && paragraphs.some((p) => i < p.length); i++) {
    for (const list of paragraphs) {
      const paragraph = list[i];
      if (paragraph === undefined || count >= size) continue;
      taken.push(paragraph);
      count += words(paragraph);
    }
  }
  const last = sources.at(-1);
  if (!last) throw new Error('suggest: the data has no sources to make an article of');
  return { ...articleOf(last), id: 'bench-article', text: taken.join('\n\n') };
}

/** Speed of both suggesters on a 1,500-word article, and their precision and recall on the four sources. */
export function suggestSection(real: Dataset, reps: { suggest: number }): SectionOutput {
  const section = 'suggest';
  const reference = libyaReference();
  let suggester = buildSuggester(real.places, reference);
  const buildMs = timeRuns(1, () => buildSuggester(real.places, reference), (s) => (suggester = s))[0]!;
  const naive = buildNaiveSuggester(real.places);

  const article = articleOfSources(real.sources, 1_500);
  const note = `${words(article.text)} words from the ${real.sources.length} sources' paragraphs`;
  // The first call of each warms its code and regular expressions; lexicons are built once per process.
  let found = suggest(article, suggester).claims;
  let naiveFound = naiveSuggest(article.text, article.published, naive);
  const ms = median(timeRuns(reps.suggest, () => suggest(article, suggester), (s) => (found = s.claims)));
  const naiveMs = median(timeRuns(reps.suggest, () => naiveSuggest(article.text, article.published, naive), (c) => (naiveFound = c)));

  // Scored as `npm run -s eval` scores suggest: every source's claims together, against every coded claim.
  const quality = evaluate(real, suggester).overall;
  const naiveQuality = score(real.sources.flatMap((s) => naiveSuggest(s.text, s.published, naive)), real.claims);
  const facts = (q: typeof quality): string => `${q.suggested} facts suggested, ${q.coded} coded`;

  const misquoted = found.filter((c) => article.text.slice(c.start, c.end) !== c.quote);
  const checks: Check[] = [{
    check: `suggest: every claim on the ${words(article.text)}-word article quotes the text at its offsets, and both suggesters find claims`,
    ok: misquoted.length === 0 && found.length > 0 && naiveFound.length > 0,
    detail: misquoted.length > 0
      ? `${misquoted.length} quotes differ from the text, e.g. ${JSON.stringify(misquoted[0]!.quote)}`
      : `${found.length} claims suggested, ${naiveFound.length} by the naive suggester`,
  }];
  return {
    results: [
      result(section, 'build suggester (once)', buildMs, 'ms', null, `${real.places.length} places and the GeoNames reference`),
      result(section, 'suggest, 1,500-word article (median)', ms, 'ms', atMost(100), note),
      result(section, 'naive: suggest, same article (median)', naiveMs, 'ms', null, `${naive.patterns.length} patterns (place × event word), each tried on every sentence`),
      // The suggester reads actors, dates and modality the naive one ignores: not being slower is the fair bar.
      result(section, 'suggest / naive speed-up', naiveMs / ms, '×', ratioAtLeast(1), 'ms against ms, same run'),
      result(section, 'precision on the four sources', quality.precision, '', atLeast(0.85), facts(quality)),
      result(section, 'naive: precision on the four sources', naiveQuality.precision, '', null, facts(naiveQuality)),
      result(section, 'recall on the four sources', quality.recall, '', atLeast(0.8)),
      result(section, 'naive: recall on the four sources', naiveQuality.recall, ''),
    ],
    checks,
  };
}
