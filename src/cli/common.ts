// What several commands share: printing data problems, progress, reading a
// results file, resolving datasets and extractor lists.
import { readFileSync, statSync } from 'node:fs';
import { formatProblem, loadDataset } from '../data/dataset.js';
import { resolveDatasets } from '../data/catalog.js';
import { listExtractors } from '../extractors/registry.js';
import type { Progress } from '../harness/run.js';
import { ResultsSchema, type Dataset, type Problem, type Results } from '../types.js';
import { InputError, UsageError } from './options.js';
import { resultsProblem } from '../eval/results.js';
import { clip } from '../text/codepoints.js';

export function printProblems(problems: Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
}

/** A progress line on stderr, only when it is a terminal. */
export function progressPrinter(): ((p: Progress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    const rate = p.chars / Math.max(p.elapsedMs / 1000, 1e-3);
    const left = rate > 0 ? (p.totalChars - p.chars) / rate : 0;
    process.stderr.write(`\r${p.extractor}: ${p.done}/${p.total} documents, ${(rate / 1000).toFixed(0)}k chars/s, ${left.toFixed(0)} s left   `);
    if (p.done === p.total) process.stderr.write('\n');
  };
}

/** Load every dataset the argument names; all problems of all of them are printed together. */
export function loadDatasets(arg: string | undefined): Dataset[] | null {
  const { refs, unknown } = resolveDatasets(arg);
  if (unknown.length) throw new UsageError(`--dataset: ${unknown.join('; ')}`);
  if (refs.length === 0) throw new UsageError('no dataset: name one with --dataset NAME or --dataset DIR');
  const out: Dataset[] = [];
  const problems: Problem[] = [];
  for (const ref of refs) {
    const r = loadDataset(ref.dir);
    problems.push(...r.problems);
    if (r.dataset) out.push(r.dataset);
  }
  if (problems.length) { printProblems(problems); return null; }
  const names = new Map<string, string>();
  for (const d of out) {
    if (names.has(d.name)) throw new UsageError(`two datasets are named "${d.name}" (${names.get(d.name)} and ${d.dir}); give one a different name in its dataset.json`);
    names.set(d.name, d.dir);
  }
  return out;
}

/** The extractors a --extractors list names (every default one when absent). */
export function extractorList(arg: string | undefined): string[] {
  const known = listExtractors();
  if (arg === undefined) return known.filter((k) => k.default).map((k) => k.name);
  const list = arg.split(',').map((s) => s.trim());
  if (list.length === 0 || list.some((s) => s === '')) throw new UsageError(`--extractors needs a comma-separated list of names, got "${arg}"`);
  for (const e of list) if (!e.startsWith('file:') && !e.startsWith('cmd:') && !known.some((k) => k.name === e)) throw new UsageError(`unknown extractor "${e}"; known: ${known.map((k) => k.name).join(', ')} (or file:PATH#export, cmd:COMMAND)`);
  const dup = list.find((e, i) => list.indexOf(e) !== i);
  if (dup) throw new UsageError(`--extractors names "${dup}" twice`);
  return list;
}

/** Larger than any results file a run writes (the seed gold's is 2 MB); a bigger one is refused before it is parsed. */
const MAX_RESULTS_BYTES = 512 * 2 ** 20;

/**
 * A results.json (or "-" for stdin), checked: the schema, then that it is
 * self-consistent and within limits (eval/results.ts). A byte-order mark is
 * allowed. Every refusal names the file and what is wrong.
 */
export function readResults(file: string): Results {
  const name = file === '-' ? 'stdin' : file;
  let bytes: Buffer;
  try {
    if (file !== '-' && statSync(file).size > MAX_RESULTS_BYTES) throw new InputError(`${name}: larger than ${MAX_RESULTS_BYTES / 2 ** 20} MiB: not a results file zhnum wrote`);
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const x = e as NodeJS.ErrnoException;
    throw new InputError(`${name}: cannot read: ${x.code === 'ENOENT' ? 'no such file' : x.code === 'EISDIR' ? 'it is a folder (name the results.json in it)' : clip(x.message)}`);
  }
  if (bytes.length > MAX_RESULTS_BYTES) throw new InputError(`${name}: larger than ${MAX_RESULTS_BYTES / 2 ** 20} MiB: not a results file zhnum wrote`);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${name}: not a results file: not valid JSON (${clip((e as Error).message)})`);
  }
  const r = ResultsSchema.safeParse(raw);
  if (!r.success) throw new InputError(`${name}: not a zhnum results file: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${clip(i.message)}`).join('; ')}`);
  const why = resultsProblem(r.data);
  if (why) throw new InputError(`${name}: refused: ${why}`);
  return r.data;
}
