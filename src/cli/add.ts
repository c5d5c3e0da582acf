import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { claimsWith, gazetteerWith, manifestWith, newClaimId, newSourceId, suggestWithNewPlaces } from '../core/addition.ts';
import type { ArticleFile } from '../core/article.ts';
import { loadDataset } from '../core/dataset.ts';
import { parseDay } from '../core/dates.ts';
import { formatProblem } from '../core/problems.ts';
import { libyaReference } from '../core/reference.ts';
import { buildSuggester, suggest, toClaim, type Suggestion } from '../core/suggest/index.ts';
import type { Claim, Day, SourceMeta } from '../core/types.ts';
import { readArticleFile } from './articlefile.ts';
import { commitChanges, type Change } from './commit.ts';
import { folderReader } from './files.ts';

export interface AddOptions {
  file: string | undefined;
  published: string | undefined;
  outlet: string | undefined;
  headline: string | undefined;
  accept: string | undefined;
  withPlaces: boolean;
  geo: string;
}

interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * `add FILE`: the article becomes a source of `geo/` (its bytes copied as they are; a saved page also as the article
 * text Readability reduces it to, which is what the source reads), with its manifest entry, optionally every
 * suggested claim (`reviewed: false`) and every new place the GeoNames reference locates. Everything is validated
 * before anything is written; on any failure nothing is. Throws, naming the file, for bad input; 1 where the result
 * would not validate.
 */
export async function addArticle(options: AddOptions, io: Output): Promise<number> {
  const { file, geo } = options;
  if (file === undefined) throw new Error('add needs FILE: the article to add, a text file or a saved web page');
  if (options.accept !== undefined && options.accept !== 'all' && options.accept !== 'none') {
    throw new Error(`${file}: --accept must be all or none, not "${options.accept}"`);
  }
  const given = options.published === undefined ? undefined : givenDay(options.published, file);
  const { bytes, article } = await readArticleFile(file);
  const published = given ?? article.published;
  if (published === null) {
    throw new Error(`${file}: --published YYYY-MM-DD is required: the day the article was published (it decides every "yesterday")`);
  }
  const page = article.kind === 'html';

  const read = folderReader(geo);
  const { dataset } = await loadDataset(read);
  const stored = await readdir(join(geo, 'sources')).catch(() => [] as string[]);
  const copy = await sameBytes(join(geo, 'sources'), stored, bytes);
  if (copy !== null) {
    // A saved page is kept beside the text its source reads.
    const source = dataset.sources.find((s) => s.file === copy || s.file === copy.replace(/\.html\.txt$/, '.txt'));
    throw new Error(`${file}: already in ${join(geo, 'sources', copy)}${source ? ` (source "${source.id}")` : ''}; nothing added`);
  }

  const outlet = options.outlet ?? article.outlet;
  const headline = options.headline ?? article.headline;
  const taken = new Set([...dataset.sources.map((s) => s.id), ...stored.map((name) => name.replace(/\..*$/, ''))]);
  const id = newSourceId(taken, { outlet, headline, file, published });
  const reference = libyaReference();
  const facts = { id, text: article.text, published, outlet, headline };
  const suggester = buildSuggester(dataset.places, reference);
  const { suggestion, features } = options.withPlaces
    ? suggestWithNewPlaces(facts, dataset.places, reference, suggester)
    : { suggestion: suggest(facts, suggester), features: [] };
  const claims = options.accept === 'all' ? claimsOf(suggestion, id, dataset.claims) : [];

  const name = basename(file);
  const sourceFile = `${id}.txt`;
  const original = page ? `${id}.html.txt` : null;
  const entry: SourceMeta = {
    id,
    file: sourceFile,
    outlet,
    headline,
    byline: article.byline,
    published,
    dateline: suggestion.dateline,
    notes: notesOf(name, original, article, options, published, claims.length),
  };
  const changes: Change[] = [
    ...(original === null ? [] : [{ path: `sources/${original}`, content: bytes }]),
    { path: `sources/${sourceFile}`, content: original === null ? bytes : article.sourceText },
  ];
  if (features.length > 0) changes.push({ path: 'gazetteer.geojson', content: gazetteerWith((await read('gazetteer.geojson')) ?? '{}', features) });
  changes.push({ path: 'sources/manifest.json', content: manifestWith(await read('sources/manifest.json'), entry) });
  if (claims.length > 0) changes.push({ path: 'claims.json', content: claimsWith(await read('claims.json'), claims) });

  const { problems } = await commitChanges(geo, changes);
  if (problems.length > 0) {
    for (const p of problems) io.err(`frontline: ${formatProblem(p)}\n`);
    io.err(`frontline: ${file}: not added; ${geo} would have ${problems.length} problem${problems.length === 1 ? '' : 's'} (above); nothing written\n`);
    return 1;
  }
  const unlocated = suggestion.newPlaces.filter((p) => !features.some((f) => f.properties.name === p.name));
  io.out(`${JSON.stringify({
    source: id,
    written: changes.map((c) => c.path),
    claims: claims.map((c) => c.id),
    places: features.map((f) => f.properties.id),
    newPlaces: unlocated,
  }, null, 2)}\n`);
  return 0;
}

function givenDay(value: string, file: string): Day {
  const day = parseDay(value);
  if (day === null) throw new Error(`${file}: --published must be a calendar day as YYYY-MM-DD, not "${value}"`);
  return day;
}

/** The name of a file in `dir` with exactly these bytes, or null; only files of the same size are read. */
async function sameBytes(dir: string, names: readonly string[], bytes: Uint8Array): Promise<string | null> {
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isFile() && info.size === bytes.length && Buffer.compare(await readFile(path), bytes) === 0) return name;
  }
  return null;
}

function claimsOf(suggestion: Suggestion, source: string, existing: readonly Claim[]): Claim[] {
  const taken = new Set(existing.map((c) => c.id));
  return suggestion.claims.map((suggested) => {
    const id = newClaimId(taken, source, suggested);
    taken.add(id);
    return toClaim(suggested, source, id);
  });
}

// Where each fact of the manifest entry comes from, so a person checking it knows what to trust.
function notesOf(
  name: string,
  original: string | null,
  article: ArticleFile,
  options: AddOptions,
  published: Day,
  claims: number,
): string {
  const from = (flag: string | undefined, found: string | null): string =>
    flag !== undefined ? 'given on the command line' : found !== null ? "from the page's metadata" : 'unknown';
  const page = original === null ? '' : ` (a saved web page, kept byte for byte as ${original}; this text is its article as Readability reduced it)`;
  const day = article.published !== null && article.published !== published ? ` (the page's metadata says ${article.published})` : '';
  const said = [
    options.published === undefined ? "Publication day from the page's metadata" : `Publication day given on the command line${day}`,
    `outlet ${from(options.outlet, article.outlet)}`,
    `headline ${from(options.headline, article.headline)}`,
    ...(article.byline === null ? [] : ["byline from the page's metadata"]),
  ];
  const claimed = claims > 0 ? `${claims} claims suggested by the machine, unreviewed` : 'no claims added';
  return `Added with frontline add from ${name}${page}. ${said.join('; ')}. ${claimed}.`;
}
