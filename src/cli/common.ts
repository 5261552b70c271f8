// What several commands share: printing data problems, progress, reading a
// results file, resolving datasets and extractor lists.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { DEFAULTS } from '../config.js';
import { formatProblem, loadDataset, splitUnits } from '../data/dataset.js';
import { unitSegments } from '../eval/segments.js';
import { OutputSet } from '../text/io.js';
import { jsonFailureText } from '../text/json-failure.js';
import { oneLine } from '../text/codepoints.js';
import { resolveDatasets } from '../data/catalog.js';
import { listExtractors } from '../extractors/registry.js';
import type { Progress } from '../harness/run.js';
import { ResultsSchema, type Dataset, type EvalDoc, type Problem, type Results } from '../types.js';
import { InputError, UsageError } from './options.js';
import { resultsProblem } from '../eval/results.js';
import { clip } from '../text/codepoints.js';
import { sampleWarnings } from '../report/warnings.js';

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

/**
 * Load every dataset the argument names; all problems of all of them are
 * printed together. `option` names where the names came from in a message
 * (null: positional arguments, which need no prefix).
 */
export function loadDatasets(arg: string | undefined, option: string | null = '--dataset'): Dataset[] | null {
  const { refs, unknown, notes } = resolveDatasets(arg);
  if (unknown.length) throw new UsageError(`${option ? `${option}: ` : ''}${unknown.join('; ')}`);
  for (const n of notes) process.stderr.write(`note: ${n}\n`);
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

/**
 * Each dataset with the split to score (`--split`, else `test` where there is
 * one, else `all`) and its units. A split that is missing, or that holds no
 * unit, is a usage error: scores of nothing would read as 0.
 */
export function planSplits(datasets: readonly Dataset[], split: string | undefined): { ds: Dataset; split: string; units: EvalDoc[] }[] {
  return datasets.map((ds) => {
    const name = split ?? (ds.splits.test ? 'test' : 'all');
    const units = splitUnits(ds, name);
    if (!units) throw new UsageError(`dataset ${ds.name} has no split "${name}"; splits: ${Object.keys(ds.splits).join(', ')}`);
    if (units.length === 0) throw new UsageError(`split "${name}" of dataset ${ds.name} holds no unit: its scores would all read 0; name another split (${Object.keys(ds.splits).filter((k) => (ds.splits[k]?.length ?? 0) > 0).join(', ')}), or list the split's units in its dataset.json`);
    return { ds, split: name, units };
  });
}

/** A `cmd:COMMAND` or `file:PATH#export` extractor, not a registered name. */
const isSpec = (s: string) => s.startsWith('cmd:') || s.startsWith('file:');

/**
 * A comma list of extractors, trimmed. A comma inside a `cmd:` command or a
 * `file:` path is kept where what follows it is no extractor (`isName`, nor
 * another `cmd:` or `file:`): `cmd:tool --types=A,B` is one, since the
 * option may be given once only; `cmd:tool,rule` is two. Pieces that
 * together make a name are that name (a `file:` extractor may call itself
 * `a,b`; `gate` names its runs' extractors). A blank piece is kept as one,
 * to be refused.
 */
export function splitExtractors(arg: string, isName: (s: string) => boolean): string[] {
  const list: string[] = [];
  const pieces = arg.split(',');
  for (let i = 0; i < pieces.length; i++) {
    // a name with commas in it (a file: module may call itself anything), the longest first, of eight pieces at most (a long
    // cmd: list was tried whole at every piece: cubic)
    let j = Math.min(pieces.length, i + 8);
    while (j > i + 1 && !isName(pieces.slice(i, j).join(',').trim())) j--;
    if (j > i + 1) { list.push(pieces.slice(i, j).join(',').trim()); i = j - 1; continue; }
    const piece = pieces[i], p = piece.trim(), last = list.length - 1;
    if (last >= 0 && isSpec(list[last]) && p !== '' && !isSpec(p) && !isName(p)) list[last] += `,${piece.trimEnd()}`;
    else list.push(p);
  }
  return list;
}

/** The extractors a --extractors list names (every default one when absent): splitExtractors. */
export function extractorList(arg: string | undefined): string[] {
  const known = listExtractors();
  if (arg === undefined) return known.filter((k) => k.default).map((k) => k.name);
  const list = splitExtractors(arg, (s) => known.some((k) => k.name === s));
  if (list.length === 0 || list.some((s) => s === '')) throw new UsageError(`--extractors needs a comma-separated list of names, got "${arg}"`);
  for (const e of list) if (!isSpec(e) && !known.some((k) => k.name === e)) throw new UsageError(`unknown extractor "${e}"; known: ${known.map((k) => k.name).join(', ')} (or file:PATH#export, cmd:COMMAND)`);
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
export function readResultsList(file: string): Results[] {
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
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${name}: not a results file: not valid JSON ${clip(jsonFailureText(text, e))}`);
  }
  // what --format json prints for several datasets: {"runs": [...], "summary": {...}}, each run a results file
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('schemaVersion' in raw) && Array.isArray((raw as { runs?: unknown }).runs)) {
    const runs = (raw as { runs: unknown[] }).runs;
    if (runs.length === 0) throw new InputError(`${name}: a set of runs ("runs") with none in it`);
    return runs.map((x, i) => checkedResults(x, `${name} (run ${i + 1} of ${runs.length})`));
  }
  return [checkedResults(raw, name)];
}

/** One run's results as read back: the schema, then the figures against their counts. */
function checkedResults(raw: unknown, name: string): Results {
  const r = ResultsSchema.safeParse(raw);
  if (!r.success) throw new InputError(`${name}: not a zhnum results file: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${clip(i.message)}`).join('; ')}`);
  const why = resultsProblem(r.data);
  if (why) throw new InputError(`${name}: refused: ${why}`);
  return r.data;
}

/**
 * Formats without prose (csv, json, benchmark-json) cannot carry the
 * sample-size warnings the tables print, so they go to stderr; nor, but
 * json, the extractors' errors (documents that failed, mentions dropped),
 * without which a collapsed score would have no cause in sight.
 */
export function noticesOnStderr(r: Results, format: string): void {
  if (format !== 'csv' && format !== 'json' && format !== 'benchmark-json') return;
  for (const w of sampleWarnings(r)) process.stderr.write(`warning: ${oneLine(r.dataset.name)}: ${oneLine(w)}\n`);
  if (format === 'json') return;
  for (const e of r.extractors) for (const x of e.errors) process.stderr.write(`error: ${oneLine(r.dataset.name)}: ${oneLine(e.name)}: ${oneLine(x.doc)}: ${x.kind}: ${oneLine(x.message)}\n`);
}

/** What --bootstrap's help says of its limit (the same rule as bootstrapProblem). */
export const BOOTSTRAP_HELP = `bootstrap resamples for CIs and paired tests (0 turns them off); and resamples × the split's sentences at most ${DEFAULTS.maxResampleCells}, checked before any work`;

/**
 * The one limit on resampling, checked before any work by `run` and `score`:
 * the gate holds resamples × sentences indices, and a results.json over the
 * limit is refused when read back (eval/results.ts), so none is written.
 */
export function checkBootstrap(bootstrap: number, plan: readonly { ds: Dataset; units: readonly EvalDoc[] }[]): void {
  for (const { ds, units } of plan) {
    const n = units.reduce((k, u) => k + unitSegments(u).length, 0);
    if (bootstrap * n > DEFAULTS.maxResampleCells) throw new UsageError(`--bootstrap ${bootstrap} over the ${n} sentences of ${ds.name} would hold ${bootstrap * n} resampled indices (limit ${DEFAULTS.maxResampleCells}, about 500 MB); use --bootstrap ${Math.floor(DEFAULTS.maxResampleCells / n)} or fewer`);
  }
}

/**
 * `--out DIR`, checked before the work starts: missing folders above DIR are
 * created (as mkdir -p would), then DIR is prepared as one set (text/io.ts).
 */
export function prepareOut(arg: string): OutputSet {
  const parent = dirname(resolve(arg));
  try {
    mkdirSync(parent, { recursive: true });
  } catch (e) {
    const x = e as NodeJS.ErrnoException;
    const why = x.code === 'ENOTDIR' || x.code === 'EEXIST' ? 'a file is in the way' : x.code === 'EACCES' || x.code === 'EPERM' || x.code === 'EROFS' ? 'no permission to write there' : clip(x.message);
    throw new InputError(`--out ${arg}: cannot create the folder it goes in, ${parent} (${x.code ? `${x.code}: ` : ''}${why}); choose a place you can write to`);
  }
  return OutputSet.prepare(arg);
}

/**
 * The subfolders of `--out DIR` for several datasets, one per dataset and
 * never two alike: the dataset's folder name (seeds, reports); where two
 * folders share a name, their dataset names from dataset.json (which
 * loadDatasets keeps distinct); a number is added if even those clash.
 * Names are compared without case (macOS and Windows folders ignore it).
 */
export function outSubfolders(datasets: readonly Dataset[]): string[] {
  const safe = (s: string) => { const t = s.replace(/[^\p{L}\p{N}._-]+/gu, '_'); return t === '' || t.startsWith('.') ? `_${t}` : t; };
  const base = datasets.map((d) => safe(basename(d.dir)));
  const count = (xs: string[], x: string) => xs.filter((y) => y.toLowerCase() === x.toLowerCase()).length;
  const wanted = base.map((b, i) => (count(base, b) > 1 ? safe(datasets[i].name) : b));
  const used = new Set<string>();
  return wanted.map((w) => {
    let name = w;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${w}-${k}`;
    used.add(name.toLowerCase());
    return name;
  });
}
