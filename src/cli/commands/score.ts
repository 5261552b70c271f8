// zhnum score: saved predictions, from any program, scored exactly like a run.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULTS } from '../../config.js';
import { datasetHas, predictionsName, readPredictions, sourceKey, sourceShown, unitPredictions, type FileHashes } from '../../data/predictions.js';
import { evaluate } from '../../eval/score.js';
import { buildResults } from '../../eval/results.js';
import { summarizeRuns } from '../../eval/summary.js';
import type { RunOutput } from '../../harness/run.js';
import { FORMATS, RunsWriter, type Format } from '../../report/formats.js';
import { htmlInputOf, renderHtml } from '../../report/html.js';
import type { Dataset, Problem } from '../../types.js';
import { BOOTSTRAP_HELP, checkBootstrap, loadDatasets, planSplits, prepareOut, printProblems, noticesOnStderr, readResultsList } from '../common.js';
import { UsageError, type CommandSpec } from '../options.js';
import { writeOutputs } from './run.js';

export const scoreCommand: CommandSpec = {
  name: 'score',
  summary: 'score saved predictions (JSON lines, e.g. from "zhnum extract") like a run',
  positionals: 'PREDICTIONS.jsonl...',
  description: `Scores predictions written by any program, exactly as "zhnum run" scores an extractor: the
same tables, CIs, paired tests and --out files (results.json, predictions.jsonl,
mismatches.jsonl, report.html). A line is a mention in the gold format plus "doc": a document
ID with offsets into the whole document (what "zhnum extract" prints), or an evaluation unit ID
with offsets into the unit (what "zhnum run --out" writes). An "extractor" field separates
several extractors in one file (files naming the same one are its shards: a document in two
of them is a problem); without it each file is one extractor, named after the file.
A document with no line predicted nothing; an empty file, beside files whose lines name the
documents, is an extractor that found nothing (a note on stderr says so). Lines that are not
mentions, or name documents the dataset does not have, are listed with file and line (exit
2); a mention that does not fit its document is dropped and recorded as an error of that
document, as in "run", and so is every mention of an overlap (a line given twice included,
with a note on stderr). "-" reads the lines
from standard input (extractor "stdin"). Throughput is unknown (n/a); an extractor's version
is the one a results.json beside its file gives (a "run --out" folder), else unknown. --format html prints
one dataset's page (with several datasets, --out DIR writes a page for each). See
docs/protocol.md.`,
  options: {
    dataset: { type: 'string', arg: 'NAMES|DIR', help: 'project datasets by name or dataset folders', defaultText: 'the project datasets the predictions name' },
    split: { type: 'string', arg: 'NAME', help: 'split to score', defaultText: 'test where a dataset has one, else all' },
    out: { type: 'string', arg: 'DIR', help: 'write results.json, predictions.jsonl, mismatches.jsonl and report.html there (DIR/NAME/ per dataset when there are several, as "zhnum run" does); a folder zhnum wrote before is replaced as a whole, any other folder that is not empty is refused, and so is a folder zhnum wrote where other files were put since (they are named)' },
    format: { type: 'string', arg: 'F', choices: [...FORMATS, 'html'], default: 'table', help: 'output format' },
    bootstrap: { type: 'string', int: { min: 0, max: DEFAULTS.maxBootstrap }, default: DEFAULTS.bootstrap, help: BOOTSTRAP_HELP },
    seed: { type: 'string', int: { min: 0, max: 2 ** 32 - 1 }, default: DEFAULTS.seed, help: 'seed of the resampling' },
  },
  async run(v, positionals) {
    if (positionals.length === 0) throw new UsageError('score needs one or more PREDICTIONS.jsonl files');
    const format = v.format as Format | 'html';
    // each input once, as provenance names it: an absolute path, or "-" for standard input
    const keys = positionals.map(sourceKey);
    const files = positionals.filter((_f, i) => keys.indexOf(keys[i]) === i).map((f) => (f === '-' ? '-' : resolve(f)));
    const problems: Problem[] = [];
    // as given, so that messages name the files the way the user did
    if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('"-" (standard input) is named twice: it can be read once');
    const hashes: FileHashes = new Map();
    const notes: string[] = [];
    const groups = readPredictions(positionals, problems, hashes, notes);
    for (const n of notes) process.stderr.write(`note: ${n}\n`);
    if (groups.length === 0) {
      if (problems.length) { printProblems(problems); return 2; }
      throw new UsageError(`${positionals.join(', ')}: no prediction lines; a file with no mentions at all cannot say which documents it covers`);
    }
    // a file without a line, beside files that name the documents: an extractor that found nothing
    // (a file named twice, under any spelling, counts once: readPredictions read it once)
    const silent = positionals.filter((f, i) => keys.indexOf(keys[i]) === i && !groups.some((g) => g.files.some((x) => sourceKey(x) === keys[i])) && !problems.some((p) => p.file === sourceShown(f)));
    for (const f of silent) {
      const name = predictionsName(f);
      if (groups.some((g) => g.extractor === name)) { problems.push({ code: 'name', file: sourceShown(f), message: `has no lines, and another file's extractor is named "${name}": rename the file, or leave it out` }); continue; }
      groups.push({ extractor: name, files: [f], lines: [] });
      process.stderr.write(`note: ${sourceShown(f)}: no prediction lines: scored as extractor "${name}", which found nothing\n`);
    }
    const all = loadDatasets(v.dataset as string | undefined);
    if (!all) { if (problems.length) printProblems(problems); return 2; }
    // without --dataset: the project datasets the lines name
    const named = (ds: Dataset) => groups.some((g) => g.lines.some((l) => datasetHas(ds, l.doc)));
    const datasets = v.dataset === undefined ? all.filter(named) : all;
    const unknown = new Map<string, { file: string; line: number }>();
    for (const g of groups) for (const l of g.lines) if (!datasets.some((ds) => datasetHas(ds, l.doc)) && !unknown.has(l.doc)) unknown.set(l.doc, l);
    const names = datasets.length ? datasets.map((d) => d.name).join(', ') : all.map((d) => d.name).join(', ');
    for (const [doc, at] of unknown) problems.push({ code: 'unknown-doc', file: at.file, line: at.line, message: `document "${doc}" is not in ${v.dataset === undefined ? 'any project dataset' : 'the dataset'} (${names}): name the dataset with --dataset DIR, or fix the "doc" field` });
    // every problem of the lines in one list, in file and line order
    if (problems.length) {
      const fileRank = (f: string) => { const i = positionals.map(sourceShown).indexOf(f); return i < 0 ? positionals.length : i; };
      printProblems([...problems].sort((a, b) => fileRank(a.file) - fileRank(b.file) || (a.line ?? 0) - (b.line ?? 0)));
      return 2;
    }
    if (format === 'html' && datasets.length > 1) throw new UsageError('--format html renders one dataset; name one with --dataset, or use --out DIR');
    const plan = planSplits(datasets, v.split as string | undefined);
    // the limits run applies, and --out, checked before the scoring
    checkBootstrap(v.bootstrap as number, plan);
    const set = v.out ? prepareOut(String(v.out)) : null;
    try {
      const outputs: RunOutput[] = [];
      const writer = format === 'html' ? null : new RunsWriter(format, (s) => process.stdout.write(s));
      for (const { ds, split, units } of plan) {
        const placed = groups.map((g) => ({ g, p: unitPredictions(g, ds, units) }));
        // every line of an extractor outside the split scores it as having found nothing: almost surely the wrong --split
        const lost = placed.filter(({ p }) => p.inside === 0 && p.outside.lines > 0);
        if (lost.length) {
          printProblems(lost.map(({ g, p }) => ({ code: 'outside-split', file: p.outside.first!.file, line: p.outside.first!.line, message: `none of the ${p.outside.lines} lines of ${g.extractor} names a document of split "${split}" of dataset ${ds.name}: they would all be left out and every score would be 0; name the split the predictions are for with --split (splits: ${Object.keys(ds.splits).join(', ')})` })));
          return 2;
        }
        for (const { g, p } of placed) {
          if (datasets.length > 1 && g.lines.length > 0 && p.inside === 0 && p.outside.lines === 0) process.stderr.write(`note: no line of ${g.extractor} names a document of dataset ${ds.name}: scored there as having found nothing\n`);
          if (p.outside.lines) process.stderr.write(`note: ${p.outside.first!.file}:${p.outside.first!.line}: ${p.outside.lines} of the lines of ${g.extractor} fall outside split "${split}" of dataset ${ds.name} and are not scored (--split NAME scores another split)\n`);
          // (predictions for part of the split: a file cut short scores as having missed the rest; a review: no word of it)
          const bare = p.inside === 0 ? [] : units.filter((u) => (p.predictions.get(u.id)?.length ?? 0) === 0 && !p.errors.some((e) => e.doc === u.id));
          if (bare.length > 0) process.stderr.write(`note: ${bare.length} of the ${units.length} documents of split "${split}" of dataset ${ds.name} have no line of ${g.extractor} (${bare.slice(0, 3).map((u) => u.id).join(', ')}${bare.length > 3 ? ', …' : ''}): scored as having found nothing there; were the predictions cut short?\n`);
        }
        const runs = placed.map(({ g, p }) => {
          return {
            info: { name: g.extractor, version: versionBeside(g.files, g.extractor), description: `predictions from ${g.files.map((f) => (f === '-' ? 'stdin' : basename(f))).join(', ')}` },
            predictions: p.predictions, errors: p.errors, seconds: 0, chars: 0, evaluation: evaluate(units, p.predictions),
          };
        });
        const results = buildResults(ds, units, runs, {
          split, extractors: groups.map((g) => g.extractor), bootstrap: v.bootstrap as number, seed: v.seed as number,
          timeoutMs: 0, concurrency: 0, options: { predictions: files },
        });
        results.provenance.command = process.argv.slice(2);
        results.provenance.hashes = Object.fromEntries(groups.map((g) => [g.extractor, Object.fromEntries(g.files.map((f) => [f === '-' ? '-' : resolve(f), hashes.get(f)!]))]));
        const o: RunOutput = { results, runs, units };
        outputs.push(o);
        if (format === 'html') process.stdout.write(await renderHtml(htmlInputOf(o)));
        else writer!.add(results);
        noticesOnStderr(results, format);
      }
      writer?.end(() => summarizeRuns(outputs.map((o) => o.results)));
      if (set) await writeOutputs(set, outputs, datasets);
    } finally {
      set?.abort(); // nothing left to remove once committed
    }
    return 0;
  },
};

/**
 * The extractor's version where its predictions came from a run folder: the
 * lines carry its name only, and `zhnum run --out` wrote a results.json
 * beside its predictions.jsonl that names the version. "unknown" where no
 * results.json is there, it does not name the extractor, or two files say
 * different versions.
 */
function versionBeside(files: readonly string[], extractor: string): string {
  const found = new Set<string>();
  for (const f of files) {
    const beside = f === '-' ? null : join(dirname(f), 'results.json');
    found.add((beside && versionsIn(beside).get(extractor)) ?? 'unknown');
  }
  return found.size === 1 ? [...found][0] : 'unknown';
}

/** Each extractor's version in a results.json, read once a file; empty where there is none or it is not one. */
const versionsRead = new Map<string, Map<string, string>>();
function versionsIn(file: string): Map<string, string> {
  let v = versionsRead.get(file);
  if (v) return v;
  v = new Map();
  if (existsSync(file)) {
    try { for (const r of readResultsList(file)) for (const e of r.extractors) v.set(e.name, e.version); } catch { /* not a results file: no version */ }
  }
  versionsRead.set(file, v);
  return v;
}
