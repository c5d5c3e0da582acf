import { readFile } from 'node:fs/promises';
import { datasetWith, parseBundle } from '../core/bundle.ts';
import { formatProblem } from '../core/problems.ts';
import { decodeUtf8 } from '../core/text.ts';
import { commitChanges } from './commit.ts';
import { folderReader } from './files.ts';

interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * `merge BUNDLE`: the articles a reader added in the viewer ("Download your articles") become part of `geo/`, as
 * `add` makes one: the sources' files, manifest entries, accepted claims and new places, validated as a whole
 * through the loaders before anything is written, each file written atomically, nothing changed on any problem.
 * Throws, naming the file, where the bundle cannot be read; 1 where the result would not validate.
 */
export async function mergeBundle(file: string | undefined, geo: string, io: Output): Promise<number> {
  if (file === undefined) throw new Error('merge needs BUNDLE: the file "Download your articles" saved');
  const bytes = await readFile(file).catch(() => {
    throw new Error(`${file}: cannot read it; expected the JSON file "Download your articles" saves`);
  });
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}; expected the JSON file "Download your articles" saves`);
  }
  const parsed = parseBundle(text, file);
  const refuse = (problems: readonly { file: string }[], what: string): number => {
    io.err(`frontline: ${file}: not merged; ${what} (above); nothing written\n`);
    return problems.length > 0 ? 1 : 0;
  };
  if (parsed.value === null) {
    for (const p of parsed.problems) io.err(`frontline: ${formatProblem(p)}\n`);
    return refuse(parsed.problems, 'it is not a bundle of articles');
  }
  const read = folderReader(geo);
  const { problems, changes } = await datasetWith(parsed.value, read);
  const committed = problems.length > 0 ? { problems } : await commitChanges(geo, changes);
  if (committed.problems.length > 0) {
    for (const p of committed.problems) io.err(`frontline: ${formatProblem(p)}\n`);
    const n = committed.problems.length;
    return refuse(committed.problems, `${geo} would have ${n} problem${n === 1 ? '' : 's'}`);
  }
  const bundle = parsed.value;
  io.out(`${JSON.stringify({
    sources: bundle.sources.map((s) => s.entry.id),
    written: changes.map((c) => c.path),
    claims: bundle.claims.map((c) => c.id),
    places: bundle.places.map((p) => p.properties.id),
  }, null, 2)}\n`);
  return 0;
}
