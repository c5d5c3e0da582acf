/**
 * The headless Chromium the browser tests and the benchmark drive. It is looked for in this order: `CHROMIUM_PATH`
 * if set (and then only that); a system Chromium or Chrome; else the Chromium inside the npm package
 * `@sparticuz/chromium`, so that `npm install` alone brings one (Linux x64). `FRONTLINE_CHROMIUM=packaged` skips the
 * system's. A system browser that cannot start is passed over; where none starts, the error is one line that says
 * how to get one.
 */
import { execFile } from 'node:child_process';
import {
  accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

/** Nothing that phones home; no GPU (software raster, alike on every machine) and no sandbox (CI runs as root). */
/**
 * The network, cut off for every page this browser opens: whatever is not for 127.0.0.1 goes to a proxy where
 * nothing listens, and fails at once. In the browser itself, unlike intercepting each request in Playwright, which
 * cost a page load about 100 ms here (the app makes a dozen requests); the requests are still seen and counted.
 */
const NO_NETWORK = { server: 'http://127.0.0.1:9', bypass: '127.0.0.1,localhost' };

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_ONE =
  'install Chromium or Google Chrome (Debian/Ubuntu: apt-get install chromium), or set CHROMIUM_PATH to one';

/** A browser to try: where it is, or why it cannot be had. */
export interface Candidate {
  label: string;
  /** The executable and the environment it needs, or a reason it is unavailable, worked out only when tried. */
  resolve: () => Promise<{ path: string; env?: Record<string, string> } | { unavailable: string }>;
  /** A named choice (CHROMIUM_PATH) that fails is reported rather than passed over. */
  explicit?: boolean;
}

/** The browsers to try for `env`, in order. */
export function candidates(env: NodeJS.ProcessEnv, platform = process.platform, arch = process.arch): Candidate[] {
  const named = env['CHROMIUM_PATH'];
  if (named) {
    return [{
      label: `CHROMIUM_PATH=${named}`,
      explicit: true,
      resolve: async () => (existsSync(named) ? { path: named } : { unavailable: 'no such file' }),
    }];
  }
  const choice = env['FRONTLINE_CHROMIUM'];
  if (choice !== undefined && choice !== '' && choice !== 'packaged') {
    throw new Error(`FRONTLINE_CHROMIUM=${choice}: expected "packaged" (or unset); found "${choice}"`);
  }
  const packaged: Candidate = { label: '@sparticuz/chromium', resolve: () => packagedChromium(platform, arch) };
  if (choice === 'packaged') return [packaged];
  const system = systemBrowsers(env['PATH'] ?? '', platform).map((path) => ({ label: path, resolve: async () => ({ path }) }));
  return [...system, packaged];
}

/** Chromium or Chrome executables installed on this machine, on `PATH` first, then in the usual app folders. */
function systemBrowsers(path: string, platform: string): string[] {
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
  const exe = platform === 'win32' ? '.exe' : '';
  const onPath = path.split(delimiter).filter(Boolean).flatMap((dir) => names.map((name) => join(dir, name + exe)));
  const apps: Record<string, string[]> = {
    darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
  };
  return [...new Set([...onPath, ...(apps[platform] ?? [])])].filter(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Launches the first of `list` that starts; throws one line naming each one tried and how to get one. */
export async function launchFirst(list: readonly Candidate[]): Promise<Browser> {
  const tried: string[] = [];
  for (const candidate of list) {
    let reason: string;
    try {
      const found = await candidate.resolve();
      if ('path' in found) {
        return await chromium.launch({
          executablePath: found.path,
          args: ARGS,
          proxy: NO_NETWORK,
          timeout: 30_000,
          ...(found.env ? { env: { ...process.env, ...found.env } } : {}),
        });
      }
      reason = found.unavailable;
    } catch (error) {
      reason = summary(error);
    }
    if (candidate.explicit) {
      throw new Error(`${candidate.label}: ${reason}; set CHROMIUM_PATH to a Chromium or Chrome executable, or unset it`);
    }
    tried.push(`${candidate.label}: ${reason}`);
  }
  throw new Error(`No Chromium could start (${tried.join('; ')}); ${HOW_TO_GET_ONE}`);
}

/** Launches headless Chromium with nothing that phones home, found as this module's comment says. */
export function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  return launchFirst(candidates(env));
}

/** A launch error in one line: the browser's own first complaint where it left one, else Playwright's first line. */
function summary(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const complaint = /\[pid=\d+\]\[err\] (.+)/.exec(text)?.[1];
  return (complaint ?? text.split('\n')[0] ?? '').replace(/^browserType\.launch: /, '').slice(0, 300);
}

/**
 * The packaged Chromium, unpacked once into node_modules/.cache/ (which `npm ci` clears). Each process unpacks into
 * a folder of its own and renames it into place, so a run killed halfway or two runs at once never leave a
 * half-written browser behind for the next one.
 */
async function packagedChromium(platform: string, arch: string) {
  if (platform !== 'linux' || arch !== 'x64') return { unavailable: `it runs on Linux x64 only, not ${platform} ${arch}` };
  const packageDir = resolve(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '../..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const parent = join(ROOT, 'node_modules', '.cache', 'frontline-chromium');
  const dir = join(parent, version);
  if (!existsSync(join(dir, 'chromium'))) await unpack(parent, dir);
  return {
    path: join(dir, 'chromium'),
    env: {
      // The package's own copy of the libraries it was built against (NSS), which a bare machine lacks.
      LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
}

async function unpack(parent: string, dir: string): Promise<void> {
  mkdirSync(parent, { recursive: true });
  for (const name of readdirSync(parent)) {
    const old = join(parent, name);
    if (name.startsWith('.unpack-') && Date.now() - statSync(old).mtimeMs > 10 * 60_000) rmSync(old, { recursive: true, force: true });
  }
  const staging = mkdtempSync(join(parent, '.unpack-'));
  try {
    // `executablePath()` unpacks into os.tmpdir(); a child with its own TMPDIR keeps /tmp/chromium, which other
    // tools share, out of it. Its Amazon Linux branch also unpacks the libraries the binary needs.
    const script = "const { default: c } = await import('@sparticuz/chromium'); await c.executablePath();";
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: staging, CODEBUILD_BUILD_IMAGE: 'nodejs20' },
      timeout: 120_000,
    });
    // The machine's fonts where it has a fontconfig, and the package's Open Sans where it has none.
    writeFileSync(join(staging, 'fonts.conf'), [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${join(dir, 'fonts', 'fonts')}</dir>`,
      `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'));
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run got there first with the same files.
      if (!existsSync(join(dir, 'chromium'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
