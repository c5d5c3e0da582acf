import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { defineConfig, type Logger, type Plugin } from 'vite';
import { basemapText } from './scripts/basemap.ts';

const ROOT = import.meta.dirname;
const GEO = resolve(ROOT, 'geo');

/** Gzip budgets from the viewer and importer issues, in kB: over them the build says so. */
const BUDGET = { js: 90, basemap: 150, importer: 150 };

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res: ServerResponse, path: string): void {
  res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(readFileSync(path));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * The viewer fetches `geo/…` at run time (so a broken file is reported while the rest renders): served as-is in
 * dev, with a real 404 for a missing file rather than Vite's index.html fallback, and copied byte-for-byte on build.
 */
function geoData(): Plugin {
  return {
    name: 'frontline-geo',
    configureServer(server) {
      server.middlewares.use('/geo', (req, res, next) => {
        let path: string;
        try {
          path = resolve(GEO, `.${decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')}`);
        } catch {
          return next();
        }
        if (!path.startsWith(GEO + sep) || !existsSync(path) || !statSync(path).isFile()) {
          res.statusCode = 404;
          res.end();
          return;
        }
        send(res, path);
      });
    },
    generateBundle() {
      for (const path of filesUnder(GEO)) {
        const fileName = `geo/${relative(GEO, path).split(sep).join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
    },
  };
}

/** Natural Earth land and borders for the region, made from world-atlas at build (and dev) time. */
function basemap(): Plugin {
  let text: string | undefined;
  const get = (): string => (text ??= basemapText());
  return {
    name: 'frontline-basemap',
    configureServer(server) {
      server.middlewares.use('/basemap.geojson', (_req, res) => {
        res.setHeader('Content-Type', TYPES['.geojson'] ?? '');
        res.end(get());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'basemap.geojson', source: get() });
    },
  };
}

/**
 * Prints gzip totals against the budgets, so a size regression shows in every build log. The first load is the entry
 * and what it imports statically; the map's worker is started only for a map too large for the page to paint every
 * picture itself (over 1,000 places); a chunk reached only through a dynamic `import()` (the importer, Compare, the
 * reader, the Export menu's files) is loaded when a reader first needs it.
 */
function sizeReport(): Plugin {
  let logger: Logger | undefined;
  return {
    name: 'frontline-size-report',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle(_options, bundle) {
      const totals = { js: 0, worker: 0, css: 0, basemap: 0, importer: 0 };
      const first = new Set<string>();
      const visit = (fileName: string): void => {
        const item = bundle[fileName];
        if (first.has(fileName) || item?.type !== 'chunk') return;
        first.add(fileName);
        item.imports.forEach(visit);
      };
      for (const item of Object.values(bundle)) if (item.type === 'chunk' && item.isEntry) visit(item.fileName);
      const later: string[] = [];
      for (const item of Object.values(bundle)) {
        const bytes = item.type === 'chunk' ? item.code : item.source;
        // kB of 1000 bytes, as Vite prints them.
        const size = gzipSync(bytes).length / 1000;
        if (item.type === 'chunk' && item.isDynamicEntry && item.name === 'importer') totals.importer += size;
        else if (item.type === 'chunk' && !first.has(item.fileName)) later.push(`${item.name} ${size.toFixed(1)}`);
        // A script emitted as an asset is a worker's.
        else if (item.type === 'asset' && item.fileName.endsWith('.js')) totals.worker += size;
        else if (item.fileName.endsWith('.js')) totals.js += size;
        else if (item.fileName.endsWith('.css')) totals.css += size;
        else if (item.fileName === 'basemap.geojson') totals.basemap += size;
      }
      const over = (kb: number, budget: number): string => (kb > budget ? ` — OVER the ${budget} kB budget` : '');
      logger?.info(
        [
          `frontline: JS ${totals.js.toFixed(1)} kB gzip on first load (budget ${BUDGET.js} kB)${over(totals.js, BUDGET.js)}`,
          `frontline: map worker JS ${totals.worker.toFixed(1)} kB gzip, started for a map of over 1,000 places`,
          `frontline: importer JS ${totals.importer.toFixed(1)} kB gzip, loaded when asked for (budget ${BUDGET.importer} kB)${over(totals.importer, BUDGET.importer)}`,
          `frontline: other JS loaded when asked for, kB gzip: ${later.sort().join(', ') || 'none'}`,
          `frontline: CSS ${totals.css.toFixed(1)} kB gzip`,
          `frontline: basemap ${totals.basemap.toFixed(1)} kB gzip (budget ${BUDGET.basemap} kB)${over(totals.basemap, BUDGET.basemap)}`,
        ].join('\n'),
      );
    },
  };
}

export default defineConfig({
  root: ROOT,
  // Relative asset URLs: dist/ works from any static server, at any sub-path.
  base: './',
  plugins: [geoData(), basemap(), sizeReport()],
  resolve: {
    // Leaflet's ES module build: the same code as its UMD `main`, but the bundler can drop what is never used.
    alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Modulepreload is only a hint: a browser without it (Safari before 17) fetches each chunk as it is imported, a
    // little later. Its polyfill would be on every first load.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
});
