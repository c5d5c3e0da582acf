/**
 * A reader's articles as one file (`frontline-articles.json`): the sources' files, their manifest entries, the
 * claims a person accepted and the places they added, which `merge` writes into `geo/` exactly as `add` would. The
 * viewer draws the same data by the same route: the would-be files (`bundleChanges`) read by the loaders
 * (`datasetWith`), so what the page shows and what the command line merges cannot differ.
 */
import { claimsWith, gazetteerWith, manifestWith, type PlaceFeature } from './addition.ts';
import { FILES, loadDataset, type ReadFile } from './dataset.ts';
import { isObject, parseJson, show } from './json.ts';
import type { Parsed } from './problems.ts';
import type { Claim, Dataset, Problem, SourceMeta } from './types.ts';

export const BUNDLE_FORMAT = 'frontline-articles';
export const BUNDLE_VERSION = 1;

/** One source of a bundle: its manifest entry and its files under `geo/sources/` (the entry's `file` among them). */
export interface BundleSource {
  entry: SourceMeta;
  files: { name: string; text: string }[];
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  sources: BundleSource[];
  claims: Claim[];
  places: PlaceFeature[];
}

/** A file under `geo/` to create or replace, by its path there. */
export interface FileChange {
  path: string;
  content: string;
}

/** An empty bundle, to add to. */
export function emptyBundle(): Bundle {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, sources: [], claims: [], places: [] };
}

/** The bundle as its file holds it: two-space JSON, a newline at the end. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/**
 * Reads a bundle's shape: the format and version, and lists of sources (entry and files), claims and places. What
 * the entries, claims and places say is left to the loaders, which read them as part of `geo/` (`datasetWith`).
 */
export function parseBundle(text: string, file: string): Parsed<Bundle | null> {
  const json = parseJson(text, file);
  if (!json.ok) return { value: null, problems: [json.problem] };
  const problems: Problem[] = [];
  const report = (item: string, field: string, message: string): void => void problems.push({ file, item, field, message });
  const root = json.value;
  if (!isObject(root) || root.format !== BUNDLE_FORMAT) {
    report('', 'format', `expected "${BUNDLE_FORMAT}" (a file from "Download your articles"); got ${show(isObject(root) ? root.format : root)}`);
    return { value: null, problems };
  }
  if (root.version !== BUNDLE_VERSION) {
    report('', 'version', `expected ${BUNDLE_VERSION}, the version this Frontline reads; got ${show(root.version)}`);
  }
  for (const key of ['sources', 'claims', 'places'] as const) {
    if (!Array.isArray(root[key])) report('', key, `expected an array; got ${show(root[key])}`);
  }
  const sources = Array.isArray(root.sources) ? root.sources : [];
  sources.forEach((source: unknown, i) => {
    const item = `source ${i}`;
    if (!isObject(source) || !isObject(source.entry)) return report(item, 'entry', `expected a manifest entry; got ${show(isObject(source) ? source.entry : source)}`);
    const files = Array.isArray(source.files) ? source.files : null;
    const bad = files?.findIndex((f: unknown) => !isObject(f) || !fileName(f.name) || typeof f.text !== 'string') ?? 0;
    if (files === null || bad >= 0) return report(item, files === null ? 'files' : `files[${bad}]`, 'expected { name, text }, a file name inside geo/sources/ and its text');
    const entry = source.entry as Record<string, unknown>;
    if (!files.some((f) => isObject(f) && f.name === entry.file)) {
      report(item, 'files', `expected the entry's file ${show(entry.file)} among them`);
    }
  });
  if (problems.length > 0) return { value: null, problems };
  return { value: root as unknown as Bundle, problems };
}

/**
 * What `geo/` becomes with the bundle, as files: every source file first, then the gazetteer, the manifest and the
 * claims (so that every state between two atomic writes loads). `read` gives a current file's text, null where
 * there is none; the bundle's files replace none (a name already there is left to the loaders to refuse).
 */
export async function bundleChanges(bundle: Bundle, read: ReadFile): Promise<FileChange[]> {
  const changes: FileChange[] = bundle.sources.flatMap((s) => s.files.map((f) => ({ path: `sources/${f.name}`, content: f.text })));
  if (bundle.places.length > 0) {
    changes.push({ path: FILES.gazetteer, content: gazetteerWith((await read(FILES.gazetteer)) ?? '{}', bundle.places) });
  }
  if (bundle.sources.length > 0) {
    changes.push({ path: FILES.manifest, content: manifestWith(await read(FILES.manifest), bundle.sources.map((s) => s.entry)) });
  }
  if (bundle.claims.length > 0) changes.push({ path: FILES.claims, content: claimsWith(await read(FILES.claims), bundle.claims) });
  return changes;
}

/**
 * `geo/` as `read` gives it with the bundle merged, loaded and validated by `loadDataset`, with every problem; a
 * bundle file whose name is taken already is one problem more (it would replace a file of `geo/`).
 */
export async function datasetWith(bundle: Bundle, read: ReadFile): Promise<{ dataset: Dataset; problems: Problem[]; changes: FileChange[] }> {
  const changes = await bundleChanges(bundle, read);
  const problems: Problem[] = [];
  for (const source of bundle.sources) {
    for (const f of source.files) {
      if ((await read(`sources/${f.name}`).catch(() => null)) !== null) {
        problems.push({ file: `sources/${f.name}`, item: `source "${source.entry.id}"`, field: 'file', message: 'a file of that name is in geo/ already' });
      }
    }
  }
  const byPath = new Map(changes.map((c) => [c.path, c.content]));
  const loaded = await loadDataset(async (path) => byPath.get(path) ?? read(path));
  return { dataset: loaded.dataset, problems: [...problems, ...loaded.problems], changes };
}

function fileName(name: unknown): name is string {
  return typeof name === 'string' && name.trim() !== '' && !/[/\\]/.test(name) && !name.includes('..');
}
