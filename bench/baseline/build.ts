/** Builds the viewer's baseline page (index.html, main.ts) with Vite, as the app is built for the benchmark. */
import { build } from 'vite';

/** Builds the baseline page into `outDir`, a folder of the caller's own; its `geo/` is served by the caller. */
export async function buildBaseline(outDir: string): Promise<void> {
  await build({
    root: import.meta.dirname,
    configFile: false,
    base: './',
    logLevel: 'error',
    // The same Leaflet module the app's build uses, so the comparison is of the pages, not of two Leaflet builds.
    resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}
