import { parseDay } from './dates.ts';
import { isObject, parseJson, show } from './json.ts';
import type { Parsed } from './problems.ts';
import { cleanText } from './text.ts';
import type { Problem, Source, SourceMeta } from './types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPTIONAL_TEXT = ['outlet', 'headline', 'byline', 'dateline'] as const;

/**
 * Reads `sources/manifest.json` (`{ "sources": SourceMeta[] }`). Keeps every valid entry and lists every problem;
 * of two entries with the same id, the later is dropped.
 */
export function parseManifest(text: string, file: string): Parsed<SourceMeta[]> {
  const json = parseJson(text, file);
  if (!json.ok) return { value: [], problems: [json.problem] };
  if (!isObject(json.value) || !Array.isArray(json.value.sources)) {
    const got = isObject(json.value) ? json.value.sources : json.value;
    const message = `expected { "sources": [...] }, an array of sources; got ${show(got)}`;
    return { value: [], problems: [{ file, item: '', field: 'sources', message }] };
  }

  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const value: SourceMeta[] = [];
  json.value.sources.forEach((entry: unknown, index) => {
    const read = readEntry(entry, index, file);
    problems.push(...read.problems);
    if (read.value === null) return;
    const item = sourceItem(index, read.value.id);
    const first = seen.get(read.value.id);
    if (first !== undefined) {
      problems.push({ file, item, field: 'id', message: `duplicate id; ${first} has it too` });
      return;
    }
    seen.set(read.value.id, item);
    value.push(read.value);
  });
  return { value, problems };
}

/** The source with its text: `raw` exactly as given, `text` cleaned (entities decoded, blanks folded). */
export function readSource(meta: SourceMeta, raw: string): Source {
  return { ...meta, raw, text: cleanText(raw) };
}

function sourceItem(index: number, id: unknown): string {
  return typeof id === 'string' && id !== '' ? `source ${index} (id "${id}")` : `source ${index}`;
}

function readEntry(entry: unknown, index: number, file: string): Parsed<SourceMeta | null> {
  const problems: Problem[] = [];
  const item = sourceItem(index, isObject(entry) ? entry.id : undefined);
  const report = (field: string, message: string): void => {
    problems.push({ file, item, field, message });
  };
  if (!isObject(entry)) {
    report('', `expected an object; got ${show(entry)}`);
    return { value: null, problems };
  }
  const { id, file: name, published, notes } = entry;
  if (typeof id !== 'string' || !SLUG.test(id)) {
    report('id', `expected a lowercase slug like "nyt-2011-03-30"; got ${show(id)}`);
  }
  if (typeof name !== 'string' || name.trim() === '' || /[/\\]/.test(name) || name.includes('..')) {
    report('file', `expected a file name inside geo/sources/, without "/" or ".."; got ${show(name)}`);
  }
  const day = typeof published === 'string' ? parseDay(published) : null;
  if (day === null) report('published', `expected a calendar day YYYY-MM-DD; got ${show(published)}`);
  for (const field of OPTIONAL_TEXT) {
    const v = entry[field];
    if (v !== null && !(typeof v === 'string' && v.trim() !== '')) {
      report(field, `expected a non-empty string, or null where it is unknown; got ${show(v)}`);
    }
  }
  if (typeof notes !== 'string') report('notes', `expected a string saying what is known and how; got ${show(notes)}`);
  if (problems.length > 0 || day === null) return { value: null, problems };
  const text = (field: (typeof OPTIONAL_TEXT)[number]): string | null => entry[field] as string | null;
  return {
    value: {
      id: id as string,
      file: name as string,
      outlet: text('outlet'),
      headline: text('headline'),
      byline: text('byline'),
      published: day,
      dateline: text('dateline'),
      notes: notes as string,
    },
    problems,
  };
}
