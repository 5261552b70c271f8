#!/usr/bin/env node
// zhnum: the command line. Exit codes: 0 fine, 1 gate failed, 2 bad usage or bad input.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_DATASET_DIR, formatProblem, loadDataset, readUtf8, splitUnits, summarize } from './dataset.js';
import { gate } from './gate.js';
import { writeAtomic } from './io.js';
import { projectRoot, zhnumVersion } from './provenance.js';
import { listExtractors } from './registry.js';
import { FORMATS, render, type Format } from './report.js';
import { runBenchmark, type Progress } from './run.js';
import { extractStream } from './stream.js';
import { mismatches } from './score.js';
import { ResultsSchema, type Problem, type Results } from './types.js';

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `zhnum ${zhnumVersion()}: benchmark extractors of numeric mentions in Chinese official reports

usage: zhnum <command> [options]

commands:
  run        run extractors on a dataset, score them, print the comparison, write results
  report     render a saved results.json again (table, md, latex, csv, json)
  gate       compare a run with a baseline; exit 1 on a real F1 drop
  validate   check a dataset folder and print every problem, or a summary
  extract    print the mentions of .txt files, a folder, or JSON lines on stdin
  ls         list extractors and datasets

Run "zhnum <command> --help" for a command's options.
Exit codes: 0 fine, 1 gate failed, 2 bad usage or bad input.`,
  run: `usage: zhnum run [--dataset DIR] [--split NAME] [--extractors a,b,...] [--out DIR] [--format F]
                 [--bootstrap N] [--seed N] [--timeout MS] [--concurrency N] [--model DIR] [--show-errors N]

Runs each extractor on every document of the split (each in its own worker thread, so a
crash or hang on one document is recorded and the run goes on), scores it under the strict,
exact, partial and value schemes, and prints the comparison.

  --dataset DIR      dataset folder (default: the seed gold, ${DEFAULT_DATASET_DIR})
  --split NAME       split to score (default: test if the dataset has one, else all)
  --extractors LIST  comma-separated names or file:PATH#export (default: every registered default extractor)
  --out DIR          write DIR/results.json, DIR/predictions.jsonl and DIR/mismatches.jsonl (atomically)
  --format F         table (default), md, latex, csv or json
  --bootstrap N      bootstrap resamples for CIs and paired tests (default 1000; 0 turns them off)
  --seed N           seed of the resampling (default 20241121)
  --timeout MS       time limit per document and extractor (default 60000)
  --concurrency N    documents in flight per extractor (default 1)
  --model DIR        model folder for the transformer extractor
  --show-errors N    list up to N mismatches per extractor (strict scheme)`,
  report: `usage: zhnum report RESULTS.json [--format table|md|latex|csv|json]

Renders a saved run without running anything again.`,
  gate: `usage: zhnum gate BASELINE.json CURRENT.json [--max-drop 0.005] [--alpha 0.05]

Exits 1 when any extractor's F1 on any scheme drops by more than --max-drop (absolute, e.g.
0.005 = half a point) and a paired bootstrap test over the same sentences gives p < --alpha;
exits 2 when the runs cannot be compared (different dataset or split). Prints what moved.`,
  validate: `usage: zhnum validate [--dataset DIR]

Checks the dataset folder (schema, offsets and text against the documents, overlaps,
checksums, UTF-8, byte-order marks, empty documents, units and splits). Prints every
problem with its file and line and exits 2, or prints a summary and exits 0.`,
  extract: `usage: zhnum extract [--extractor NAME] [--jobs N] [--model DIR] FILE.txt... | DIR | -

Prints one JSON line per mention: {"doc", "start", "end", "text", "type", "value", ...},
offsets in code points. A folder is read for its .txt files; "-" reads JSON lines
{"doc": ID, "text": TEXT} from stdin and streams the mentions out in input order, with
bounded memory; a bad input line is reported on stderr with its line number and skipped.
  --extractor NAME   default: rule
  --jobs N           worker threads (default 1)`,
  ls: `usage: zhnum ls

Lists the registered extractors and the datasets under datasets/.`,
};

const COMMON: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };

function parse(args: string[], options: ParseArgsConfig['options'], positionals = true) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: positionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

function intOpt(v: string | undefined, name: string, dflt: number, min = 0): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${v}"`);
  return n;
}

function formatOpt(v: string | undefined): Format {
  const f = (v ?? 'table') as Format;
  if (!FORMATS.includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${v}"`);
  return f;
}

function printProblems(problems: Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
}

function defaultDataset(): string {
  return join(projectRoot(), DEFAULT_DATASET_DIR);
}

function progressPrinter(): ((p: Progress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    const rate = p.chars / Math.max(p.elapsedMs / 1000, 1e-3);
    const left = rate > 0 ? (p.totalChars - p.chars) / rate : 0;
    process.stderr.write(`\r${p.extractor}: ${p.done}/${p.total} documents, ${(rate / 1000).toFixed(0)}k chars/s, ${left.toFixed(0)} s left   `);
    if (p.done === p.total) process.stderr.write('\n');
  };
}

async function cmdRun(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    dataset: { type: 'string' }, split: { type: 'string' }, extractors: { type: 'string' }, out: { type: 'string' },
    format: { type: 'string' }, bootstrap: { type: 'string' }, seed: { type: 'string' }, timeout: { type: 'string' },
    concurrency: { type: 'string' }, model: { type: 'string' }, 'show-errors': { type: 'string' },
  });
  if (values.help) { console.log(HELP.run); return 0; }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = formatOpt(values.format as string | undefined);
  const bootstrap = intOpt(values.bootstrap as string | undefined, 'bootstrap', 1000);
  const seed = intOpt(values.seed as string | undefined, 'seed', 20241121);
  const timeoutMs = intOpt(values.timeout as string | undefined, 'timeout', 60_000, 1);
  const concurrency = intOpt(values.concurrency as string | undefined, 'concurrency', 1, 1);
  const showErrors = intOpt(values['show-errors'] as string | undefined, 'show-errors', 0);
  const dir = (values.dataset as string | undefined) ?? defaultDataset();
  const { dataset, problems } = loadDataset(dir);
  if (!dataset) { printProblems(problems); return 2; }
  const split = (values.split as string | undefined) ?? (dataset.splits.test ? 'test' : 'all');
  const units = splitUnits(dataset, split);
  if (!units) throw new UsageError(`dataset ${dataset.name} has no split "${split}"; splits: ${Object.keys(dataset.splits).join(', ')}`);
  const known = listExtractors();
  const extractors = values.extractors ? String(values.extractors).split(',').map((s) => s.trim()).filter(Boolean) : known.filter((k) => k.default).map((k) => k.name);
  for (const e of extractors) if (!e.startsWith('file:') && !known.some((k) => k.name === e)) throw new UsageError(`unknown extractor "${e}"; known: ${known.map((k) => k.name).join(', ')} (or file:PATH#export)`);
  const extractorOptions: Record<string, unknown> = {};
  if (values.model) extractorOptions.model = resolve(String(values.model));
  const { results, predictions } = await runBenchmark(dataset, units, { extractors, split, bootstrap, seed, timeoutMs, concurrency, extractorOptions, onProgress: progressPrinter() });
  process.stdout.write(render(results, format));
  if (values.out) {
    const out = resolve(String(values.out));
    writeAtomic(join(out, 'predictions.jsonl'), predictions.map((p) => JSON.stringify(p)).join('\n') + (predictions.length ? '\n' : ''));
    writeAtomic(join(out, 'mismatches.jsonl'), mismatches(results.extractors.map((e) => e.name), units, predictions).map((m) => JSON.stringify(m)).join('\n') + '\n');
    writeAtomic(join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    process.stderr.write(`wrote ${join(out, 'results.json')}, predictions.jsonl, mismatches.jsonl\n`);
  }
  if (showErrors > 0) {
    const byEx = new Map<string, string[]>(results.extractors.map((e) => [e.name, []]));
    for (const o of mismatches(results.extractors.map((e) => e.name), units, predictions)) (byEx.get(o.extractor) ?? byEx.set(o.extractor, []).get(o.extractor)!).push(`  ${o.kind.padEnd(9)} ${o.doc}  ${JSON.stringify(o.text)} ${o.detail}  …${o.context}…`);
    for (const [ex, lines] of byEx) process.stdout.write(`\n${ex}: ${lines.length} strict mismatches${lines.length > showErrors ? `, first ${showErrors}` : ''}\n${lines.slice(0, showErrors).join('\n')}\n`);
  }
  return 0;
}

function readResults(file: string): Results {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file}: cannot read results: ${(e as Error).message}`);
  }
  const r = ResultsSchema.safeParse(raw);
  if (!r.success) throw new UsageError(`${file}: not a zhnum results file: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

async function cmdReport(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' } });
  if (values.help) { console.log(HELP.report); return 0; }
  if (positionals.length !== 1) throw new UsageError('report needs exactly one RESULTS.json');
  process.stdout.write(render(readResults(positionals[0]), formatOpt(values.format as string | undefined)));
  return 0;
}

async function cmdGate(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'max-drop': { type: 'string' }, alpha: { type: 'string' } });
  if (values.help) { console.log(HELP.gate); return 0; }
  if (positionals.length !== 2) throw new UsageError('gate needs BASELINE.json and CURRENT.json');
  const maxDrop = values['max-drop'] === undefined ? 0.005 : Number(values['max-drop']);
  const alpha = values.alpha === undefined ? 0.05 : Number(values.alpha);
  if (!(maxDrop >= 0 && maxDrop < 1)) throw new UsageError(`--max-drop must be a number in [0, 1), got "${values['max-drop']}"`);
  if (!(alpha > 0 && alpha < 1)) throw new UsageError(`--alpha must be a number in (0, 1), got "${values.alpha}"`);
  const base = readResults(positionals[0]);
  const cur = readResults(positionals[1]);
  const g = gate(base, cur, { maxDrop, alpha });
  if (g.incomparable.length) { for (const m of g.incomparable) process.stderr.write(`gate: ${m}\n`); return 2; }
  for (const r of g.rows) {
    const moved = Math.abs(r.delta) >= 1e-12;
    if (!moved && !r.failed) continue;
    process.stdout.write(`${r.failed ? 'FAIL' : 'ok  '} ${r.extractor} ${r.scheme}: F1 ${(100 * r.baseline).toFixed(2)} → ${(100 * r.current).toFixed(2)} (${r.delta >= 0 ? '+' : ''}${(100 * r.delta).toFixed(2)} points, p ${r.pValue === null ? 'n/a' : r.pValue.toFixed(3)})\n`);
  }
  for (const m of g.missing) process.stdout.write(`FAIL ${m}: in the baseline but not in the current run\n`);
  process.stdout.write(g.ok ? `gate passed: no F1 drop above ${maxDrop} with p < ${alpha}\n` : 'gate failed\n');
  return g.ok ? 0 : 1;
}

async function cmdValidate(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { dataset: { type: 'string' } });
  if (values.help) { console.log(HELP.validate); return 0; }
  const dir = (values.dataset as string | undefined) ?? positionals[0] ?? defaultDataset();
  const { dataset, problems } = loadDataset(dir);
  if (!dataset) { printProblems(problems); return 2; }
  const s = summarize(dataset);
  const lines = [
    `${s.name} ${s.version}: valid`,
    `  sha256      ${s.sha256}`,
    `  documents   ${s.documents} (${s.units} evaluation units)`,
    `  characters  ${s.characters}`,
    `  mentions    ${s.mentions} (${s.optional} optional)`,
    `  by type     ${Object.entries(s.byType).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ')}`,
    ...Object.entries(s.splits).map(([k, v]) => `  split ${k.padEnd(6)}${String(v.units).padStart(3)} units, ${String(v.characters).padStart(7)} chars, ${String(v.mentions).padStart(5)} mentions`),
  ];
  console.log(lines.join('\n'));
  return 0;
}

async function cmdLs(args: string[]): Promise<number> {
  const { values } = parse(args, {});
  if (values.help) { console.log(HELP.ls); return 0; }
  console.log('extractors:');
  for (const f of listExtractors()) console.log(`  ${f.name.padEnd(12)} ${f.default ? '(default) ' : ''}${f.description}`);
  console.log('datasets:');
  const root = join(projectRoot(), 'datasets');
  for (const d of readdirSync(root)) {
    const dir = join(root, d);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'annotations'))) continue;
    let desc = '';
    try { const m = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')); desc = `${m.name} ${m.version}`; } catch { /* no manifest */ }
    console.log(`  ${join('datasets', d).padEnd(20)} ${desc}`);
  }
  return 0;
}

async function cmdExtract(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { extractor: { type: 'string' }, jobs: { type: 'string' }, model: { type: 'string' } });
  if (values.help) { console.log(HELP.extract); return 0; }
  if (positionals.length === 0) throw new UsageError('extract needs FILE.txt..., a folder, or - for JSON lines on stdin');
  const name = (values.extractor as string | undefined) ?? 'rule';
  const jobs = intOpt(values.jobs as string | undefined, 'jobs', 1, 1);
  const options: Record<string, unknown> = {};
  if (values.model) options.model = resolve(String(values.model));
  if (!name.startsWith('file:') && !listExtractors().some((k) => k.name === name)) throw new UsageError(`unknown extractor "${name}"; known: ${listExtractors().map((k) => k.name).join(', ')}`);
  if (positionals.length === 1 && positionals[0] === '-') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    const stats = await extractStream(lines, name, options, jobs, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    process.stderr.write(`${stats.docs} documents, ${stats.mentions} mentions, ${stats.bad} bad lines skipped\n`);
    return stats.bad > 0 && stats.docs === 0 ? 2 : 0;
  }
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const p of positionals) {
    if (!existsSync(p)) { problems.push({ code: 'missing', file: p, message: 'no such file or folder' }); continue; }
    if (statSync(p).isDirectory()) files.push(...readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => join(p, f)));
    else files.push(p);
  }
  const docs: { doc: string; text: string }[] = [];
  for (const f of files) {
    const r = readUtf8(f, problems);
    if (r) docs.push({ doc: basename(f).replace(/\.txt$/, ''), text: r.text });
  }
  if (problems.length) { printProblems(problems); if (docs.length === 0) return 2; }
  async function* asLines() { for (const d of docs) yield JSON.stringify(d); }
  await extractStream(asLines(), name, options, jobs, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  return problems.length ? 2 : 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  run: cmdRun, report: cmdReport, gate: cmdGate, validate: cmdValidate, ls: cmdLs, extract: cmdExtract,
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { console.log(HELP[rest[0] ?? 'main'] ?? HELP.main); return cmd ? 0 : 2; }
  if (cmd === '--version' || cmd === '-v') { console.log(zhnumVersion()); return 0; }
  const fn = COMMANDS[cmd];
  if (!fn) { process.stderr.write(`zhnum: unknown command "${cmd}"\n\n${HELP.main}\n`); return 2; }
  try {
    return await fn(rest);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`zhnum ${cmd}: ${e.message}\nRun "zhnum ${cmd} --help" for usage.\n`); return 2; }
    throw e;
  }
}

let isMain = false;
try { isMain = !!process.argv[1] && realpathSync(process.argv[1]).endsWith(join('src', 'cli.js')); } catch { /* not a file */ }
if (isMain) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`zhnum: internal error: ${e instanceof Error ? e.stack : String(e)}\n`); process.exitCode = 2; });
}
