import { parseClaims } from './claims.ts';
import { parseGazetteer } from './gazetteer.ts';
import { parseHighway } from './highway.ts';
import type { Parsed } from './problems.ts';
import { parseManifest, readSource } from './sources.ts';
import type { Dataset, Problem, Source } from './types.ts';

/** Reads a file by its path under `geo/`; null where it does not exist; throws where it cannot be read as text. */
export type ReadFile = (path: string) => Promise<string | null>;

export const FILES = {
  manifest: 'sources/manifest.json',
  gazetteer: 'gazetteer.geojson',
  highway: 'highway.geojson',
  claims: 'claims.json',
} as const;

// A browser refuses thousands of requests started at once (net::ERR_INSUFFICIENT_RESOURCES); a few at a time
// is as fast, since it opens only a handful of connections per host anyway.
const READS_AT_ONCE = 16;

/**
 * Loads and validates everything under `geo/`: the one place where data enters Frontline.
 * Never throws for bad data: every valid item is kept and every problem is listed, so a viewer can
 * render what is valid and say what is not.
 */
export async function loadDataset(readRaw: ReadFile): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const problems: Problem[] = [];
  const read = async (path: string, item = '', field = ''): Promise<string | null> => {
    try {
      const text = await readRaw(path);
      if (text === null) problems.push({ file: path, item, field, message: 'file not found' });
      return text;
    } catch (error) {
      problems.push({ file: path, item, field, message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  };
  const keep = <T>(parsed: Parsed<T>): T => {
    for (const problem of parsed.problems) problems.push(problem);
    return parsed.value;
  };

  const reading = { gazetteer: read(FILES.gazetteer), highway: read(FILES.highway), claims: read(FILES.claims) };
  // The sources are read as soon as the manifest names them, while the other files are still on their way.
  const manifestText = await read(FILES.manifest);
  const manifest = manifestText === null ? null : parseManifest(manifestText, FILES.manifest);
  const metas = manifest?.value ?? [];
  const reads = mapBounded(metas, READS_AT_ONCE, (meta) => read(`sources/${meta.file}`, `source "${meta.id}"`));

  const gazetteerText = await reading.gazetteer;
  const places = gazetteerText === null ? [] : keep(parseGazetteer(gazetteerText, FILES.gazetteer));
  const highwayText = await reading.highway;
  const highway = highwayText === null ? null : keep(parseHighway(highwayText, FILES.highway));
  if (manifest !== null) keep(manifest);
  const texts = await reads;
  const sources: Source[] = [];
  metas.forEach((meta, i) => {
    const raw = texts[i];
    if (raw === null || raw === undefined) return;
    if (raw.trim() === '') {
      problems.push({ file: `sources/${meta.file}`, item: `source "${meta.id}"`, field: '', message: 'file is empty' });
      return;
    }
    sources.push(readSource(meta, raw));
  });

  const context = { places: new Set(places.map((p) => p.id)), sources: new Map(sources.map((s) => [s.id, s])) };
  const claimsText = await reading.claims;
  const claims = claimsText === null ? [] : keep(parseClaims(claimsText, FILES.claims, context));
  return { dataset: { sources, places, highway, claims }, problems };
}

/** `Promise.all(items.map(fn))` with at most `limit` calls of `fn` under way at once; results in item order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
