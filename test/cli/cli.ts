import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

/** Runs the CLI in this process, as the shell would; what it printed on each stream and its exit code. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** What the CLI prints for `argv`, which must succeed: a failure throws with what it said. */
export async function printed(...argv: string[]): Promise<string> {
  const { code, out, err } = await run(...argv);
  if (code !== 0) throw new Error(`frontline ${argv.join(' ')}: exit ${code}\n${err}`);
  return out;
}

/** Every file and folder under `dir` with its bytes, to tell that a command wrote nothing. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files.set(path, entry.isFile() ? (await readFile(path)).toString('base64') : 'folder');
  }
  return files;
}
