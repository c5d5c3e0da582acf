/** The built app as the browser tests and the benchmark both serve it. */
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** Content types of the files a build and a geo folder hold. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Builds the app with Vite's JS API into `outDir`, a folder of the caller's own: dist/ may be rebuilt by someone
 * else (`npm run build`, another run) at the same moment. `manifest` also writes Vite's `.vite/manifest.json`,
 * which tells the chunks the first load carries from those loaded when asked for (the benchmark's sizes).
 */
export async function buildApp(outDir: string, { manifest = false } = {}): Promise<void> {
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest },
  });
}
