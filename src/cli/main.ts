import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyse, prepare, type Analysis } from '../core/analysis.ts';
import { changesBetween } from '../core/changes.ts';
import { changesCollection } from '../core/changesexport.ts';
import { claimRows, claimsCsv } from '../core/claimtable.ts';
import { loadDataset } from '../core/dataset.ts';
import { parseDay } from '../core/dates.ts';
import { mentionsCollection, serialize, snapshotCollection, timelineCollection } from '../core/export.ts';
import { datelinePlace, findMentions } from '../core/mentions.ts';
import { formatProblem } from '../core/problems.ts';
import { cleanText, decodeUtf8 } from '../core/text.ts';
import { stateAt } from '../core/timeline.ts';
import type { Day } from '../core/types.ts';
import { addArticle } from './add.ts';
import { DEFAULT_GEO_DIR, folderReader } from './files.ts';
import { mergeBundle } from './merge.ts';
import { suggestFile } from './suggest.ts';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A mistake in how the command was called or in what it was given: printed as one line, exit code 1. */
class UsageError extends Error {}

interface Command {
  usage: string;
  summary: string;
  /** More than a line's worth, shown by `<command> --help` only. */
  details?: string;
  run(args: Args, io: Output): Promise<number>;
}

interface Args {
  positionals: string[];
  date?: string;
  source?: string;
  published?: string;
  format?: string;
  from?: string;
  to?: string;
  outlet?: string;
  headline?: string;
  accept?: string;
  'with-places'?: boolean;
  geo: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const COMMANDS: Record<string, Command> = {
  validate: {
    usage: 'validate',
    summary: 'check every file under geo/ and list every problem (exit 1 if any)',
    async run(args, io) {
      const { dataset, problems } = await loadDataset(folderReader(args.geo));
      for (const p of problems) io.err(`${formatProblem(p)}\n`);
      const counts = { sources: dataset.sources.length, places: dataset.places.length, claims: dataset.claims.length };
      if (problems.length > 0) {
        io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${args.geo}\n`);
        return 1;
      }
      io.out(json({ ok: true, ...counts }));
      return 0;
    },
  },
  places: {
    usage: 'places',
    summary: 'every place in the gazetteer, with its spellings and km along the highway',
    async run(args, io) {
      const analysis = await load(args, io);
      io.out(json(analysis.dataset.places.map((p) => ({ ...p, km: analysis.km.get(p.id)?.km ?? null }))));
      return 0;
    },
  },
  mentions: {
    usage: 'mentions [--source ID] | mentions FILE --published YYYY-MM-DD',
    summary: 'every mention of every place in the sources, or in any text file',
    async run(args, io) {
      const analysis = await load(args, io);
      const [file] = args.positionals;
      if (file !== undefined) {
        const published = day(args.published, '--published');
        const text = cleanText(decodeFile(await readFile(file).catch(() => failRead(file)), file));
        const mentions = findMentions(analysis.matcher, file, text);
        io.out(json({ file, published, dateline: datelinePlace(analysis.matcher, text), mentions }));
        return 0;
      }
      if (args.source !== undefined && !analysis.dataset.sources.some((s) => s.id === args.source)) {
        throw new UsageError(`unknown source "${args.source}"; known: ${analysis.dataset.sources.map((s) => s.id).join(', ')}`);
      }
      io.out(json(analysis.mentions.filter((m) => args.source === undefined || m.source === args.source)));
      return 0;
    },
  },
  suggest: {
    usage: 'suggest FILE --published YYYY-MM-DD [--outlet NAME] [--headline TEXT] [--with-places]',
    summary: 'the places an article names and the dated, quoted claims it makes, suggested for a person to check (JSON)',
    details: [
      'Nothing is written. Claims are of the gazetteer\'s places; newPlaces lists the other places the article names,',
      'with where the GeoNames reference puts them. --with-places takes those it locates as the article\'s own, as',
      'add --with-places would add them: their gazetteer features are listed under places, their claims use those',
      'features\' ids, and newPlaces keeps only the places it could not locate.',
    ].join('\n'),
    async run(args, io) {
      const [file] = args.positionals;
      if (file === undefined || args.positionals.length > 1) throw new UsageError('suggest needs one FILE (a text file or a saved web page)');
      const { dataset, problems } = await loadDataset(folderReader(args.geo));
      for (const p of problems) io.err(`warning: ${formatProblem(p)}\n`);
      const options = { published: args.published, outlet: args.outlet, headline: args.headline, withPlaces: args['with-places'] === true };
      io.out(json(await suggestFile(file, dataset.places, options).catch((error: Error) => { throw new UsageError(error.message); })));
      return 0;
    },
  },
  claims: {
    usage: 'claims',
    summary: 'every cited claim',
    async run(args, io) {
      io.out(json((await load(args, io)).claims));
      return 0;
    },
  },
  state: {
    usage: 'state --date YYYY-MM-DD',
    summary: "every place's control on a day, with the claims behind it",
    async run(args, io) {
      const date = day(args.date, '--date');
      const analysis = await load(args, io);
      io.out(json(stateAt(analysis.timeline, date)));
      return 0;
    },
  },
  changes: {
    usage: 'changes --from YYYY-MM-DD --to YYYY-MM-DD',
    summary: 'what changed between two days: places (with the claims behind each step), highway, fronts',
    async run(args, io) {
      const { from, to } = twoDays(args);
      io.out(json(changesBetween(await load(args, io), from, to)));
      return 0;
    },
  },
  export: {
    usage: 'export snapshot --date YYYY-MM-DD | timeline | mentions | changes --from D --to D | claims [--format json|csv]',
    summary:
      'GeoJSON (RFC 7946): a day\'s snapshot, every control interval, every mention, or what changed between two days; ' +
      'claims: a row per claim in ACLED-style columns, JSON or (--format csv) RFC 4180 CSV',
    details: [
      'export claims columns: event_date (YYYY-MM-DD; a range\'s first day), time_precision (1 the day, 2 approximate',
      'or a range of up to 7 days, 3 a longer range), location, latitude, longitude, geo_precision (1 the place\'s own',
      'point, 2 estimated coordinates), side, event, source, outlet, published, quote, claimant, reviewed (false for a',
      'machine\'s suggestion no person has checked). Without --format: a JSON array of those rows. --format csv: UTF-8',
      'with a byte-order mark, CRLF line ends, and an apostrophe before any text that begins with = + - @ \' tab or CR,',
      'so that no spreadsheet runs it as a formula.',
    ].join('\n'),
    async run(args, io) {
      const [what] = args.positionals;
      if (args.format !== undefined && what !== 'claims') throw new UsageError('--format goes with export claims only');
      if (what === 'claims') {
        const csv = tableFormat(args.format) === 'csv';
        const analysis = await load(args, io);
        io.out(csv ? claimsCsv(analysis) : json(claimRows(analysis)));
      } else if (what === 'snapshot') {
        const date = day(args.date, '--date');
        io.out(serialize(snapshotCollection(await load(args, io), date)));
      } else if (what === 'timeline') {
        io.out(serialize(timelineCollection(await load(args, io))));
      } else if (what === 'mentions') {
        io.out(serialize(mentionsCollection(await load(args, io))));
      } else if (what === 'changes') {
        const { from, to } = twoDays(args);
        io.out(serialize(changesCollection(await load(args, io), from, to)));
      } else {
        throw new UsageError(`export needs one of snapshot, timeline, mentions, changes, claims${what === undefined ? '' : `, not "${what}"`}`);
      }
      return 0;
    },
  },
  add: {
    usage: 'add FILE --published YYYY-MM-DD [--outlet NAME] [--headline TEXT] [--accept all|none] [--with-places]',
    summary: 'make an article (text or saved web page) a source of geo/, with its suggested claims and new places if asked',
    details: [
      'The file is copied into geo/sources/ byte for byte under a new id (outlet or headline, and the day); a saved',
      'page is kept so too, and beside it the article text Readability reduces it to, which is what the source reads.',
      'Outlet, headline, byline and day come from the page where it says them, unless given. --accept all appends',
      'every suggested claim to claims.json with "reviewed": false; --accept none (the default) adds none.',
      '--with-places adds every new place the GeoNames reference locates to gazetteer.geojson. The whole result is',
      'validated before anything is written, each file is written atomically, and on any problem nothing changes.',
      'The same file twice is refused. Then read the claims, correct or delete what is wrong, set "reviewed": true on',
      'what you checked, run validate, and commit.',
    ].join('\n'),
    run: (args, io) =>
      addArticle(
        {
          file: args.positionals[0],
          published: args.published,
          outlet: args.outlet,
          headline: args.headline,
          accept: args.accept,
          withPlaces: args['with-places'] === true,
          geo: args.geo,
        },
        io,
      ),
  },
  merge: {
    usage: 'merge BUNDLE',
    summary: 'merge the articles added in the viewer ("Download your articles") into geo/, as add would',
    details: [
      'BUNDLE is the JSON file the viewer saves: each source\'s files and manifest entry, the claims a person',
      'accepted ("reviewed": true) and the places they added. The whole result is validated before anything is',
      'written, each file is written atomically, and on any problem nothing changes; a source already in geo/ is refused.',
    ].join('\n'),
    run: (args, io) => mergeBundle(args.positionals[0], args.geo, io),
  },
};

function day(value: string | undefined, flag: string): Day {
  if (value === undefined) throw new UsageError(`${flag} YYYY-MM-DD is required`);
  const parsed = parseDay(value);
  if (parsed === null) throw new UsageError(`${flag} must be a calendar day as YYYY-MM-DD, not "${value}"`);
  return parsed;
}

function twoDays(args: Args): { from: Day; to: Day } {
  const [from, to] = [day(args.from, '--from'), day(args.to, '--to')];
  if (to < from) throw new UsageError(`--to ${to} is before --from ${from}; give the earlier day as --from`);
  return { from, to };
}

function tableFormat(value = 'json'): 'json' | 'csv' {
  if (value === 'json' || value === 'csv') return value;
  throw new UsageError(`--format must be json or csv, not "${value}"`);
}

function failRead(file: string): never {
  throw new UsageError(`cannot read ${file}`);
}

function decodeFile(bytes: Uint8Array, file: string): string {
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

// Data problems are reported but do not stop output: everything valid keeps working (`validate` is the strict gate).
async function load(args: Args, io: Output): Promise<Analysis> {
  const { dataset, problems } = await loadDataset(folderReader(args.geo));
  for (const p of problems) io.err(`warning: ${formatProblem(p)}\n`);
  return analyse(prepare(dataset));
}

function help(name?: string): string {
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command !== undefined) {
    const details = command.details === undefined ? '' : `\n${command.details}\n`;
    return `usage: frontline ${command.usage} [--geo DIR]\n\n${command.summary}\n${details}`;
  }
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`);
  return `usage: frontline <command> [options] [--geo DIR]\n\ncommands:\n${lines.join('\n')}\n\n--geo DIR reads the data from DIR instead of the repo's geo/. JSON goes to stdout, errors to stderr.\n`;
}

const OPTIONS = {
  date: { type: 'string' },
  source: { type: 'string' },
  published: { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  outlet: { type: 'string' },
  headline: { type: 'string' },
  accept: { type: 'string' },
  'with-places': { type: 'boolean' },
  geo: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    const [name, ...rest] = positionals;
    if (values.help === true || name === undefined || name === 'help') {
      io.out(help(name === 'help' ? rest[0] : name));
      return name === undefined && values.help !== true ? 1 : 0;
    }
    const command = COMMANDS[name];
    if (command === undefined) throw new UsageError(`unknown command "${name}"; try --help`);
    const { help: _help, geo, ...flags } = values;
    return await command.run({ ...flags, geo: geo ?? DEFAULT_GEO_DIR, positionals: rest }, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    io.err(`frontline: ${unknown ? unknownOption(argv, message) : message}\n`);
    return 1;
  }
}

// parseArgs names the option only: say which command (and file) it was given to, and where the options are listed.
function unknownOption(argv: string[], message: string): string {
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? message;
  const [name, file] = parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals;
  const about = [name, file].filter((word) => word !== undefined).join(' ');
  return `${about === '' ? '' : `${about}: `}unknown option ${option}; see frontline ${name ?? ''} --help`.replace('  ', ' ');
}
