/**
 * Vitest global setup for the browser tests: builds the app once with Vite's JS API, serves the build from a tiny
 * static server on 127.0.0.1 under a sub-path (the build must work from any path), and provides its URL.
 * The build goes to a fresh temporary folder rather than dist/, so no other build (`npm run build`, another test
 * run) can pull the files from under a test; it is removed afterwards.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, CONTENT_TYPES } from './app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app's URL, ending in `/`. */
    appUrl: string;
  }
}

const PREFIX = '/frontline/';


export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = mkdtempSync(join(tmpdir(), 'frontline-dist-'));
  await buildApp(dist);
  const server = serve(dist);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  project.provide('appUrl', `http://127.0.0.1:${port}${PREFIX}`);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(dist, { recursive: true, force: true });
  };
}

/** A static file server for `dir` under PREFIX: no directory listing, no path outside `dir`, a real 404. */
function serve(dir: string): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(PREFIX)) return notFound(res);
    let file: string;
    try {
      file = resolve(dir, `.${decodeURIComponent(path.slice(PREFIX.length - 1))}`);
    } catch {
      return notFound(res);
    }
    if (path.endsWith('/')) file = resolve(file, 'index.html');
    if (file !== dir && !file.startsWith(dir + sep)) return notFound(res);
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return notFound(res);
      size = stat.size;
    } catch {
      return notFound(res);
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });

  function notFound(res: ServerResponse): void {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }
}
