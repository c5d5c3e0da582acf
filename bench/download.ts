/**
 * The download part of the benchmark: gzip sizes of the build, in kB of 1,000 bytes as Vite prints them. The
 * JavaScript is told apart by the build's manifest, as the build's own size report (vite.config.ts) tells it: what
 * the first load carries (index.html's entry and the chunks it imports and so preloads) apart from the map's worker
 * (started only for a map too large for the page to paint), the importer's chunk and any other chunk loaded only
 * when asked for (a dynamic import).
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, result, type Result } from './measure.ts';

/** One chunk of Vite's build manifest (`build.manifest`), keyed by its source. */
interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** Where Vite writes the manifest in the build folder. */
export const MANIFEST = '.vite/manifest.json';

/** The importer's chunk: the dynamic entry Vite names after its folder, as the build's size report finds it. */
const isImporter = (chunk: ManifestChunk): boolean => chunk.isDynamicEntry === true && chunk.name === 'importer';

/**
 * The JavaScript files `keys` load before anything else can run: each chunk and the chunks it imports (which
 * index.html preloads); the scripts they carry as assets (workers) go in `workers`.
 */
function loadedWith(manifest: Manifest, keys: readonly string[], into = new Set<string>(), workers = new Set<string>()): Set<string> {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) continue;
    into.add(chunk.file);
    for (const asset of chunk.assets ?? []) if (asset.endsWith('.js')) workers.add(asset);
    loadedWith(manifest, chunk.imports ?? [], into, workers);
  }
  return into;
}

/**
 * The built JavaScript files the first load carries, the workers it may start, the importer's chunk and what a click
 * on "Add article" loads with it that the first load lacks, and every other chunk loaded when asked for (those the
 * importer loads too).
 */
export function jsGroups(
  manifest: Manifest,
  files: readonly string[],
): { first: string[]; workers: string[]; importer: string[]; importerOwn: string | null; lazy: string[] } {
  const keys = Object.keys(manifest);
  const workers = new Set<string>();
  const first = loadedWith(manifest, keys.filter((k) => manifest[k]!.isEntry), new Set(), workers);
  const importerKey = keys.find((k) => isImporter(manifest[k]!));
  const importerOwn = importerKey ? manifest[importerKey]!.file : null;
  const importer = loadedWith(manifest, importerKey ? [importerKey] : []);
  const lazy = loadedWith(manifest, keys.filter((k) => manifest[k]!.isDynamicEntry));
  return {
    // A script the manifest does not name is counted as first load: a budget had better count too much than too little.
    first: files.filter((f) => first.has(f) || (!lazy.has(f) && !workers.has(f))),
    workers: files.filter((f) => workers.has(f) && !first.has(f)),
    importer: files.filter((f) => importer.has(f) && !first.has(f)),
    importerOwn,
    lazy: files.filter((f) => lazy.has(f) && !first.has(f) && f !== importerOwn),
  };
}

async function gzipKb(dir: string, files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => gzipSync(await readFile(join(dir, file))).length));
  return sizes.reduce((a, b) => a + b, 0) / 1000;
}

/** `assets/index-Cdx4W6cm.js` as `index`: the chunk's name without its content hash. */
const label = (file: string): string => basename(file).replace(/-[\w-]{8}\.js$/u, '').replace(/\.js$/u, '');
const labels = (files: readonly string[]): string => files.map(label).join(', ') || 'none';

/** First-load JavaScript, the importer's chunk, other lazy chunks, CSS and the basemap, gzip. */
export async function downloadSection(dist: string, buildMs: number): Promise<{ results: Result[] }> {
  const section = 'download';
  const manifest = JSON.parse(await readFile(join(dist, MANIFEST), 'utf8')) as Manifest;
  const assets = (await readdir(join(dist, 'assets'))).sort().map((name) => `assets/${name}`);
  const groups = jsGroups(manifest, assets.filter((f) => f.endsWith('.js')));
  if (groups.importerOwn === null) throw new Error(`download: the build's manifest (${MANIFEST}) names no importer chunk (a dynamic entry named "importer")`);
  const own = await gzipKb(dist, [groups.importerOwn]);
  const withIt = (await gzipKb(dist, groups.importer)) - own;
  return {
    results: [
      result(section, 'first-load JavaScript, gzip', await gzipKb(dist, groups.first), 'kB', atMost(90), `${labels(groups.first)}; vite build: ${(buildMs / 1000).toFixed(1)} s`),
      result(section, 'map worker, gzip (started for a map of over 1,000 places)', await gzipKb(dist, groups.workers), 'kB', null, labels(groups.workers)),
      result(section, 'importer chunk, gzip (loaded when asked for)', own, 'kB', atMost(150),
        withIt > 0 ? `"Add article" also loads ${labels(groups.importer.filter((f) => f !== groups.importerOwn))} (${withIt.toFixed(1)} kB) unless already loaded` : 'nothing else to load with it'),
      result(section, 'other lazy chunks, gzip', await gzipKb(dist, groups.lazy), 'kB', null, labels(groups.lazy)),
      result(section, 'CSS, gzip', await gzipKb(dist, assets.filter((f) => f.endsWith('.css'))), 'kB'),
      result(section, 'basemap, gzip', await gzipKb(dist, ['basemap.geojson']), 'kB', atMost(150)),
    ],
  };
}
