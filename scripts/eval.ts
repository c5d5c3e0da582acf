/**
 * `npm run -s eval`: the suggester on the sources of a data folder (the repo's geo/ unless `--geo DIR`), scored
 * against the claims a person coded there as unique (place, side, day) facts, contested against a side counting
 * half. Prints each source's precision and recall, the overall figures, and every fact missed or wrong.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_GEO_DIR, folderReader } from '../src/cli/files.ts';
import { loadDataset } from '../src/core/dataset.ts';
import { libyaReference } from '../src/core/reference.ts';
import { evaluate, type Fact } from '../src/core/suggest/eval.ts';
import { buildSuggester } from '../src/core/suggest/index.ts';

const { values } = parseArgs({ options: { geo: { type: 'string' }, json: { type: 'boolean' } } });
const { dataset, problems } = await loadDataset(folderReader(values.geo ?? DEFAULT_GEO_DIR));
if (problems.length > 0) console.error(`${problems.length} data problems; scoring what is valid`);
const result = evaluate(dataset, buildSuggester(dataset.places, libyaReference()));
const fact = (f: Fact): string => `${f.place} ${f.side} ${f.date}`;
const pct = (x: number): string => x.toFixed(3);

if (values.json === true) {
  process.stdout.write(`${JSON.stringify(result.overall, null, 2)}\n`);
} else {
  for (const { id, score } of result.sources) {
    console.log(`${id.padEnd(24)} precision ${pct(score.precision)}  recall ${pct(score.recall)}  (${score.suggested} suggested, ${score.coded} coded)`);
  }
  const { overall } = result;
  console.log(`${'all sources'.padEnd(24)} precision ${pct(overall.precision)}  recall ${pct(overall.recall)}  (${overall.suggested} suggested, ${overall.coded} coded)`);
  console.log(`missed: ${overall.missed.map(fact).join('; ') || 'none'}`);
  console.log(`wrong:  ${overall.wrong.map(fact).join('; ') || 'none'}`);
}
