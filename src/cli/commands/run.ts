import { join, resolve } from 'node:path';
import { DEFAULTS } from '../../config.js';
import { runBenchmark, type RunOutput } from '../../harness/run.js';
import { mismatches } from '../../eval/mismatches.js';
import { summarizeRuns } from '../../eval/summary.js';
import { FORMATS, RunsWriter, type Format } from '../../report/formats.js';
import { OutputSet } from '../../text/io.js';
import { ExtractorStartError, type Isolation } from '../../harness/pool.js';
import { htmlInputOf, renderHtml } from '../../report/html.js';
import { extractorHashes } from '../../extractors/hashes.js';
import { BOOTSTRAP_HELP, checkBootstrap, extractorList, loadDatasets, outSubfolders, planSplits, prepareOut, progressPrinter, noticesOnStderr } from '../common.js';
import { WORKER_OPTIONS } from '../worker-options.js';
import { InputError, UsageError, warnIgnored, type CommandSpec } from '../options.js';
import { oneLine } from '../../text/codepoints.js';
import type { Dataset } from '../../types.js';

/** The files of one dataset's run, into SUB of an output set (`--out`). */
export async function writeRunInto(set: OutputSet, sub: string, o: RunOutput): Promise<void> {
  const preds: string[] = [];
  for (const r of o.runs) for (const u of o.units) for (const m of r.predictions.get(u.id) ?? []) preds.push(JSON.stringify({ extractor: r.info.name, doc: u.id, ...m }));
  set.write(join(sub, 'predictions.jsonl'), preds.map((l) => `${l}\n`).join(''));
  const mm = o.runs.flatMap((r) => mismatches(r.info.name, o.units, r.evaluation, r.predictions));
  set.write(join(sub, 'mismatches.jsonl'), mm.map((m) => `${JSON.stringify(m)}\n`).join(''));
  set.write(join(sub, 'results.json'), JSON.stringify(o.results, null, 2) + '\n');
  set.write(join(sub, 'report.html'), await renderHtml(htmlInputOf(o)));
}

/**
 * The files of `--out` as one set (checked before the work, written aside,
 * renamed into place): DIR itself for one dataset, DIR/NAME/ for each of
 * several (outSubfolders: never two into one folder). `zhnum score` writes the same.
 */
export async function writeOutputs(set: OutputSet, outputs: readonly RunOutput[], datasets: readonly Dataset[]): Promise<void> {
  const subs = outputs.length === 1 ? [''] : outSubfolders(datasets);
  for (const [i, o] of outputs.entries()) await writeRunInto(set, subs[i], o);
  set.commit();
  process.stderr.write(`wrote ${subs.map((d) => set.where(join(d, 'results.json'))).join(', ')} (with predictions.jsonl, mismatches.jsonl, report.html)\n`);
}

/** A file: or cmd: extractor that could not start: every unit failed with the reason. */
export function startFailure(spec: string, r: RunOutput['runs'][number], units: number): string | null {
  if (!/^(file|cmd):/.test(spec) || units === 0 || r.chars > 0 || r.errors.length < units) return null;
  return r.errors.every((e) => e.message.startsWith('could not start')) ? r.errors[0].message : null;
}

export const runCommand: CommandSpec = {
  name: 'run',
  summary: 'run extractors on datasets, score them, print the comparison, write results',
  positionals: '',
  description: `Runs each extractor on every document of the split (each in its own worker thread, so a
crash or hang on one document is recorded and the run goes on), scores it under the strict,
exact, partial and value schemes, and prints the comparison: one table per dataset and, for
several datasets, a summary side by side.

With --out DIR, one dataset writes DIR/results.json, DIR/predictions.jsonl,
DIR/mismatches.jsonl and DIR/report.html (one self-contained page: tables, figures, an error
browser); several datasets write the same files into DIR/NAME/ for each, NAME being the
dataset's folder name (its dataset.json name where two folders share one; never two runs
into one folder). Folders above DIR are created if missing. --format html prints one
dataset's page (with several datasets, --out DIR writes a page for each). A file: or cmd:
extractor that cannot start stops the run with exit code 2; one that fails on every document of
a dataset (each threw or timed out) ends it with exit code 2 once the results are written.`,
  options: {
    dataset: { type: 'string', arg: 'NAMES|DIR', help: 'project datasets by name (seeds, reports, seeds,reports) or dataset folders', defaultText: 'every project dataset' },
    split: { type: 'string', arg: 'NAME', help: 'split to score', defaultText: 'test where a dataset has one, else all' },
    extractors: { type: 'string', arg: 'LIST', help: 'comma-separated names, file:PATH#export or cmd:COMMAND (a comma in a command or path stays where what follows names no extractor)', defaultText: 'every registered default extractor' },
    out: { type: 'string', arg: 'DIR', help: 'write the results, predictions and mismatches there; a folder zhnum wrote before is replaced as a whole, any other folder that is not empty is refused, and so is a folder zhnum wrote where other files were put since (they are named)' },
    format: { type: 'string', arg: 'F', choices: [...FORMATS, 'html'], default: 'table', help: 'output format' },
    bootstrap: { type: 'string', int: { min: 0, max: DEFAULTS.maxBootstrap }, default: DEFAULTS.bootstrap, help: BOOTSTRAP_HELP },
    seed: { type: 'string', int: { min: 0, max: 2 ** 32 - 1 }, default: DEFAULTS.seed, help: 'seed of the resampling' },
    timeout: { type: 'string', arg: 'MS', int: { min: 1, max: DEFAULTS.maxTimeoutMs }, default: DEFAULTS.timeoutMs, help: 'time limit per document and extractor, in ms' },
    concurrency: { type: 'string', int: { min: 1, max: DEFAULTS.maxWorkers }, default: DEFAULTS.concurrency, help: 'documents in flight per extractor (one worker each; no more workers start than the split has documents)' },
    ...WORKER_OPTIONS,
    'show-errors': { type: 'string', int: { min: 0, max: 1_000_000 }, default: 0, help: 'list up to N errors per extractor (missed, spurious, wrong type, wrong value/unit/qualifier, boundary)' },
  },
  async run(v, positionals, given) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = v.format as Format | 'html';
    const extractors = extractorList(v.extractors as string | undefined);
    // (a file: module's factory is given the options; cmd: programs and the other registered extractors are not)
    if (!extractors.some((e) => e === 'transformer' || e.startsWith('file:'))) warnIgnored('run', given, ['model'], `it is for the transformer extractor (or a file: extractor), and --extractors ${extractors.join(',')} has neither`);
    const datasets = loadDatasets(v.dataset as string | undefined);
    if (!datasets) return 2;
    const plan = planSplits(datasets, v.split as string | undefined);
    checkBootstrap(v.bootstrap as number, plan);
    if (format === 'html' && plan.length > 1) throw new UsageError('--format html renders one dataset; name one with --dataset, or use --out DIR (it writes DIR/NAME/report.html for each)');
    const extractorOptions: Record<string, unknown> = {};
    if (v.model) extractorOptions.model = resolve(String(v.model));
    // --out is checked now, not after an hour of extraction
    const set = v.out ? prepareOut(String(v.out)) : null;
    try {
      return await runAndWrite(set);
    } catch (e) {
      if (e instanceof ExtractorStartError) throw new InputError(e.message);
      throw e;
    } finally {
      set?.abort(); // nothing left to remove once committed
    }
    async function runAndWrite(set: OutputSet | null): Promise<number> {
      const outputs: RunOutput[] = [];
      const writer = format === 'html' ? null : new RunsWriter(format, (s) => process.stdout.write(s));
      for (const { ds, split, units } of plan) {
        const o = await runBenchmark(ds, units, {
          extractors, split, bootstrap: v.bootstrap as number, seed: v.seed as number, timeoutMs: v.timeout as number,
          startTimeoutMs: v['start-timeout'] as number | undefined,
          concurrency: v.concurrency as number, isolation: v.isolation as Isolation, extractorOptions, onProgress: progressPrinter(),
        });
        for (const [i, r] of o.runs.entries()) {
          const why = startFailure(extractors[i], r, units.length);
          if (why) { process.stderr.write(`zhnum run: extractor ${extractors[i]}: ${why}\n`); return 2; }
        }
        o.results.provenance.command = process.argv.slice(2);
        o.results.provenance.hashes = extractorHashes(extractors, extractorOptions);
        outputs.push(o);
        if (format === 'html') process.stdout.write(await renderHtml(htmlInputOf(o)));
        else writer!.add(o.results);
        noticesOnStderr(o.results, format);
      }
      writer?.end(() => summarizeRuns(outputs.map((o) => o.results)));
      if (set) await writeOutputs(set, outputs, plan.map((p) => p.ds));
      const show = v['show-errors'] as number;
      if (show > 0) {
        for (const o of outputs) for (const r of o.runs) {
          const lines = mismatches(r.info.name, o.units, r.evaluation, r.predictions).map((m) => `  ${m.kind.padEnd(10)} ${m.doc}  ${JSON.stringify(m.text)} ${m.detail}  …${m.context}…`);
          process.stdout.write(`\n${o.results.dataset.name} · ${r.info.name}: ${lines.length} errors${lines.length > show ? `, first ${show}` : ''}\n${lines.slice(0, show).join('\n')}\n`);
        }
      }
      // (an extractor that failed on every document scores zero by failure, not by reading: exit 2, as "zhnum extract"
      // does, once the results are written; a review: exit 0 with the reason only in the errors table)
      let failed = 0;
      for (const o of outputs) for (const r of o.runs) {
        const whole = r.errors.filter((e) => e.kind !== 'invalid');
        if (o.units.length === 0 || r.chars > 0 || whole.length < o.units.length) continue;
        failed++;
        process.stderr.write(`zhnum run: extractor ${oneLine(r.info.name)} failed on every document of ${oneLine(o.results.dataset.name)} (${whole.length} document${whole.length === 1 ? '' : 's'}; the first: ${whole[0].kind}: ${oneLine(whole[0].message).slice(0, 300)}): its scores are zero by failure\n`);
      }
      return failed > 0 ? 2 : 0;
    }
  },
};
