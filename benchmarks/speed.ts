// The performance suite, in one run, so that every ratio compares figures
// measured on the same machine at the same time (on shared machines absolute
// times drift; ratios much less):
//
//  1. in process (tinybench): each stage of the core and each extractor on
//     the seed corpus, as chars/s and as ratios to the scan floor (a bare loop
//     reading every character code) and to Recognizers-Text; the floor, the
//     stages and the rule extractor as the median of five child processes
//     that load no other extractor (see inProcessCore);
//  2. in-process scaling from 1 KB to 16 MB;
//  3. the whole process, what users meet: `zhnum extract` on 256 MiB of dense
//     report text as a file and as JSON lines on stdin, --jobs 1..N (N =
//     cores), wall and CPU time, peak resident memory, whether the outputs
//     are identical; what two threads can gain on this machine at all, and
//     what each core gives the extractor alone, and two processes each on
//     half of the file at once (the split's reference); a CPU-bound peer
//     (recognizers) at --jobs 1 and 2; the same text as one file, as 1,000
//     files and as 10,000 files (an archive of small reports);
//  4. whole-process scaling from 1 KB to 1 GB (file), and 1 GB of JSON lines
//     on stdin, with peak memory.
//
//   npm run bench:speed                full run; writes results/speed/latest.json
//   npm run bench:speed -- --quick     small sizes, no 1 GB step, fewer repeats;
//                                      writes results/speed/quick.json (never latest.json)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Bench } from 'tinybench';
import { normalize } from '../src/core/normalize.js';
import { locateNumbers } from '../src/core/numbers.js';
import { blocksOf, extractBlock, extractRules, toRawMentions } from '../src/core/pipeline.js';
import { CodePoints } from '../src/text/codepoints.js';
import { createExtractor, listExtractors } from '../src/extractors/registry.js';
import { writeAtomic } from '../src/text/io.js';
import { provenance } from '../src/eval/provenance.js';
import { projectRoot } from '../src/config.js';
import { ResultsSchema, type Extractor } from '../src/types.js';
import { jiebaSegment } from '../src/extractors/jieba.js';
import { seedCorpus } from './corpus.js';

const args = process.argv.slice(2);
const CHILD_FLAG = '--in-process-core';
const HELP = `usage: npm run bench:speed [-- --quick]
       node dist/benchmarks/speed.js [--quick]

The speed suite: in-process throughput of the scan floor, the core's stages
and every extractor (tinybench); in-process scaling 1 KB to 16 MB; the whole
process (zhnum extract, file and stdin, --jobs 1..N) with CPU time and peak
memory, and one text as one file and as many small ones; whole-process scaling to 1 GB. Every ratio is measured in this run.
Takes about 8 minutes on 2 cores and a few GB of free disk in the system's
temporary folder (the 1 GB inputs and the outputs it compares).

  --quick   small sizes, no 1 GB step, fewer repeats (about 1 minute);
            writes results/speed/quick.json and never latest.json
  --help    this text

Writes results/speed/latest.json (full run), with the provenance needed to
reproduce it; the figures quoted in the README come from such a file.
`;
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
  process.exit(0);
}
const unknown = args.filter((a) => a !== '--quick' && a !== CHILD_FLAG);
if (unknown.length > 0) {
  process.stderr.write(`speed suite: unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(' ')} (the suite takes only --quick; --help tells more)\n`);
  process.exit(2);
}
const quick = args.includes('--quick');
const ROOT = projectRoot();
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const PROBE = pathToFileURL(join(ROOT, 'dist', 'benchmarks', 'rss-probe.js')).href;
const OUT_FILE = join(ROOT, 'results', 'speed', quick ? 'quick.json' : 'latest.json');
const log = (s = '') => process.stdout.write(s + '\n');

const corpus = seedCorpus(ROOT);
const chars = corpus.length;
const corpusCps = Array.from(corpus).length;

/** The scan floor: read every character code once. */
function scan(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

let sink = 0;
const fmt = (x: number) => (x >= 1e9 ? `${(x / 1e9).toFixed(2)} G` : x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(1)} k`);
const size = (b: number) => { const [d, u] = b >= 1 << 30 ? [2 ** 30, 'G'] : b >= 1 << 20 ? [2 ** 20, 'M'] : [2 ** 10, 'K']; const x = b / d; return `${Number.isInteger(x) ? x : x.toFixed(2)}${u}`; };
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

interface ProcessRun { seconds: number; cpuSeconds: number; peakRssKiB: number; code: number | null; sha256: string | null; mentions: number | null; stderr: string }

/** A run with output to /dev/null (beside each one to a file: bestOfJobs). */
interface NullRun { seconds: number; charsPerSecond: number; cpuSeconds: number; peakRssMiB: number }
const nullRun = (r: ProcessRun, chars: number): NullRun => ({ seconds: r.seconds, charsPerSecond: chars / r.seconds, cpuSeconds: r.cpuSeconds, peakRssMiB: r.peakRssKiB / 1024 });
/** The seconds of a whole-process row, with its output written to a file or thrown away. */
type RunSeconds = (w: { seconds: number; toNull: NullRun }) => number;
const toFileSeconds: RunSeconds = (w) => w.seconds, toNullSeconds: RunSeconds = (w) => w.toNull.seconds;

/**
 * One `zhnum extract` as a user runs it, stdin from a file, stdout to a file
 * (hashed, to compare outputs) or /dev/null; wall time and peak memory.
 */
function extractProcess(cliArgs: string[], stdinFile: string | null, keepOutput: boolean, tmp: string): Promise<ProcessRun> {
  const rssFile = join(tmp, `rss-${process.hrtime.bigint()}`);
  const outFile = join(tmp, `out-${process.hrtime.bigint()}`);
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const stdout = openSync(keepOutput ? outFile : '/dev/null', 'w');
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, ['--import', PROBE, CLI, 'extract', ...cliArgs], { stdio: [stdin, stdout, 'pipe'], env: { ...process.env, ZHNUM_RSS_FILE: rssFile } });
    let err = '';
    c.stderr!.on('data', (d) => { err += d; });
    c.on('error', reject);
    c.on('close', async (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (typeof stdin === 'number') closeSync(stdin);
      closeSync(stdout);
      let sha256: string | null = null;
      if (keepOutput) {
        const h = createHash('sha256');
        for await (const chunk of createReadStream(outFile)) h.update(chunk as Buffer);
        sha256 = h.digest('hex');
        rmSync(outFile, { force: true });
      }
      const probe = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKiB: number; userUs: number; systemUs: number } : null;
      rmSync(rssFile, { force: true });
      const m = /(\d+) mentions?/.exec(err);
      resolve({ seconds, cpuSeconds: probe ? (probe.userUs + probe.systemUs) / 1e6 : NaN, peakRssKiB: probe?.maxRssKiB ?? NaN, code, sha256, mentions: m ? Number(m[1]) : null, stderr: err });
    });
  });
}

/** The fastest run of each --jobs, with output to a file and to /dev/null. */
interface BestOfJobs { toFile: Map<number, ProcessRun>; toNull: Map<number, ProcessRun> }

/**
 * `zhnum extract --jobs N` on one input for each N of `jobsList`, `reps` times,
 * the best (fastest) run of each kept. The repeats go round every --jobs in
 * turn, so that a neighbour busy for a while slows each of them alike. Each
 * turn runs twice: output to /dev/null (what the process itself costs, as
 * the split reference runs: splitHalves) and to a file, kept for its SHA-256
 * (what a user who keeps the output meets: the kernel's copy into the page
 * cache, about 1–2.5 s of system time for the 0.75 GB of lines of 1 GiB on
 * this VM, time that takes the second core from a second worker).
 */
async function bestOfJobs(input: 'file' | 'stdin', path: string, jobsList: readonly number[], reps: number, what: string, tmp: string, extra?: () => Promise<unknown>): Promise<BestOfJobs> {
  const toFile = new Map<number, ProcessRun>(), toNull = new Map<number, ProcessRun>();
  for (let k = 0; k < reps; k++) {
    // a reference run in the same rounds (splitHalves), so that it meets the machine as the --jobs runs do
    if (extra) await extra();
    for (const jobs of jobsList) {
      let counted: number | null = null;
      for (const [keep, best] of [[false, toNull], [true, toFile]] as const) {
        const r = await extractProcess(['--jobs', String(jobs), input === 'file' ? path : '-'], input === 'stdin' ? path : null, keep, tmp);
        if (r.code !== 0) throw new Error(`zhnum extract --jobs ${jobs} on ${what} (${input}) exited ${r.code}: ${r.stderr.slice(0, 500)}`);
        // the run to /dev/null is not hashed: its mention count (stderr) must be the other's at least
        if (counted !== null && r.mentions !== counted) throw new Error(`zhnum extract --jobs ${jobs} on ${what} (${input}) counted ${counted} mentions writing to /dev/null and ${r.mentions} writing to a file`);
        counted = r.mentions;
        const prev = best.get(jobs);
        if (!prev || r.seconds < prev.seconds) best.set(jobs, r);
      }
    }
  }
  return { toFile, toNull };
}

/**
 * Two `zhnum extract --jobs 1` processes at once, each on its own half of
 * the dense input (`halves`: the two files), as GNU parallel with two jobs
 * would split it; the best wall time of the calls and the mentions of both.
 * What `--jobs 2` can gain is bounded by this where the harness costs
 * nothing: each process, like each worker, starts V8 and compiles and warms
 * the rule code anew, and `--jobs 1` already keeps part of the second core
 * busy (its main thread, V8's compiler and collector).
 */
function splitHalves(halves: readonly [string, string], tmp: string): { run: () => Promise<void>; best: () => { seconds: number; mentions: number | null } } {
  let best = Infinity, mentions: number | null = null;
  return {
    run: async () => {
      const t0 = performance.now();
      const rs = await Promise.all(halves.map((f) => extractProcess(['--jobs', '1', f], null, false, tmp)));
      const seconds = (performance.now() - t0) / 1000;
      for (const r of rs) if (r.code !== 0) throw new Error(`zhnum extract on half of the dense input exited ${r.code}: ${r.stderr.slice(0, 500)}`);
      mentions = rs.every((r) => r.mentions !== null) ? rs.reduce((a, r) => a + r.mentions!, 0) : null;
      best = Math.min(best, seconds);
    },
    best: () => ({ seconds: best, mentions }),
  };
}

/**
 * The first 80 MB of the dense input (8 MB with --quick), ending after a
 * line's 。, as one file, as 1,000 files and as 10,000 files, each way best
 * of three, alternated: what a folder of small reports costs over one large
 * file (each file's reading, messages and checks). File k ends after the
 * first line break at or past k + 1 shares of the whole (fewer files where
 * a line is longer than a share): a sentence end is too rare in the dense
 * input's tables (cuts after a 。 made 130 files where 1,000 were meant),
 * and a cut at a line break can split a mention across it (726.9亿\n元) or
 * change what a rule sees at a line's start, so the files' mentions are a
 * few fewer than the one file's (about 0.1%, 0.3% with --quick); each
 * count is kept. What is checked is that each set's output is the same
 * with every --jobs (SHA-256).
 */
async function manyFilesRuns(dense: string, tmp: string, quick: boolean, jobsList: number[]): Promise<{ files: number; jobs: number; bytes: number; seconds: number; cpuSeconds: number; mentions: number | null; sha256: string | null }[]> {
  // the first 81 MB (9 with --quick) only: the suite's own memory stays small for the processes it starts
  const want = quick ? 8e6 : 80e6;
  const buf = Buffer.alloc(want + (1 << 20));
  const fd = openSync(dense, 'r');
  let got: number;
  try { got = readSync(fd, buf, 0, buf.length, 0); } finally { closeSync(fd); }
  const all = buf.subarray(0, got);
  // ending after a line's 。 too: a cut inside a character would make the last file invalid UTF-8
  const at = all.indexOf(SENTENCE_END, want);
  if (at < 0) throw new Error(`the dense input has no 。 at a line end in the ${got - want} bytes after its first ${want} (internal error)`);
  const total = at + SENTENCE_END.length;
  const ways = [1, 1_000, 10_000];
  const counts: number[] = [];
  const dirs = ways.map((n) => {
    const dir = join(tmp, `files-${n}`);
    mkdirSync(dir);
    let pos = 0, k = 0;
    while (pos < total) {
      // after the first line break at or past the k + 1 shares, never past the whole
      const share = Math.max(pos, Math.floor(((k + 1) * total) / n));
      const nl = share >= total ? -1 : all.indexOf(10, share);
      const end = nl < 0 || nl + 1 > total ? total : nl + 1;
      writeFileSync(join(dir, `r${String(k).padStart(5, '0')}.txt`), all.subarray(pos, end));
      pos = end;
      k++;
    }
    counts.push(k);
    return dir;
  });
  const out: { files: number; jobs: number; bytes: number; seconds: number; cpuSeconds: number; mentions: number | null; sha256: string | null }[] = [];
  for (let rep = 0; rep < (quick ? 1 : 3); rep++) {
    for (const jobs of jobsList) {
      for (let w = 0; w < ways.length; w++) {
        const r = await extractProcess(['--jobs', String(jobs), dirs[w]], null, true, tmp);
        if (r.code !== 0) throw new Error(`zhnum extract --jobs ${jobs} on ${counts[w]} files exited ${r.code}: ${r.stderr.slice(0, 500)}`);
        const prev = out.find((m) => m.files === counts[w] && m.jobs === jobs);
        if (!prev) out.push({ files: counts[w], jobs, bytes: total, seconds: r.seconds, cpuSeconds: r.cpuSeconds, mentions: r.mentions, sha256: r.sha256 });
        else {
          // every repeat must write the same lines as the first
          if (r.sha256 !== prev.sha256) prev.sha256 = null;
          if (r.seconds < prev.seconds) Object.assign(prev, { seconds: r.seconds, cpuSeconds: r.cpuSeconds, mentions: r.mentions });
        }
      }
    }
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  return out;
}
const SENTENCE_END = Buffer.from('。\n');

/** A file of `copies` × the corpus, written in pieces (a 1 GB string cannot be built). */
function writeRepeated(file: string, text: string, bytes: number): number {
  const fd = openSync(file, 'w');
  const buf = Buffer.from(text);
  let written = 0;
  while (written < bytes) {
    const n = Math.min(buf.length, bytes - written);
    // cut on a character boundary
    let end = n;
    while (end < buf.length && end > 0 && (buf[end] & 0xc0) === 0x80) end--;
    writeSync(fd, buf, 0, end);
    written += end;
    if (end === 0) break;
  }
  closeSync(fd);
  return written;
}

/** JSON lines of the corpus's documents (cut at blank-line runs), `copies` times. */
function writeJsonLines(file: string, bytes: number): { bytes: number; docs: number; cps: number } {
  const docs = corpus.split('\n\n\n');
  const fd = openSync(file, 'w');
  let written = 0, n = 0, cps = 0;
  for (let k = 0; written < bytes; k++) {
    const block = docs.map((t, j) => JSON.stringify({ doc: `d${k}-${j}`, text: t })).join('\n') + '\n';
    writeSync(fd, block);
    written += Buffer.byteLength(block);
    n += docs.length;
    cps += docs.reduce((s, t) => s + Array.from(t).length, 0);
  }
  closeSync(fd);
  return { bytes: written, docs: n, cps };
}

/**
 * Throughput of two copies of a task run at once over one run alone, `start`
 * starting one copy. Best of three each, interleaved: another process taking
 * a core for a moment must not decide it.
 */
async function twoOverOne(start: () => Promise<unknown>): Promise<number> {
  const once = (n: number) => {
    const t0 = performance.now();
    return Promise.all(Array.from({ length: n }, start)).then(() => performance.now() - t0);
  };
  let one = Infinity, two = Infinity;
  for (let k = 0; k < 3; k++) { one = Math.min(one, await once(1)); two = Math.min(two, await once(2)); }
  return (2 * one) / two;
}

/** Throughput of two threads over one, on a CPU-bound loop: what the machine can give --jobs 2 (hyperthreads and busy hosts give less than ×2). */
function parallelCeiling(): Promise<number> {
  const code = 'const { parentPort } = require("node:worker_threads"); let x = 0; for (let i = 0; i < 1e9; i++) x = (x + i) | 0; parentPort.postMessage(x);';
  return twoOverOne(() => new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true });
    w.once('message', resolve);
    w.once('error', reject);
  }));
}

/**
 * A script in `tmp` that imports the rule extractor and reads the suite's
 * own corpus (handed over as a file, not assembled a second time), then runs
 * `body`; its path.
 */
function ruleScript(tmp: string, name: string, body: string): string {
  const corpusFile = join(tmp, 'rule-corpus.txt');
  if (!existsSync(corpusFile)) writeFileSync(corpusFile, corpus);
  const pipeline = pathToFileURL(join(ROOT, 'dist', 'src', 'core', 'pipeline.js')).href;
  const script = join(tmp, name);
  writeFileSync(script, `import { readFileSync } from 'node:fs';
import { extractRules } from ${JSON.stringify(pipeline)};
const corpus = readFileSync(${JSON.stringify(corpusFile)}, 'utf8');
${body}`);
  return script;
}

/**
 * Throughput of two separate processes running the in-process rule extractor
 * over one: the realistic ceiling for --jobs 2 on this machine (the loop of
 * parallelCeiling uses no memory and leaves V8's helper threads idle; the
 * extractor does not).
 */
async function ruleCeiling(tmp: string, loops: number): Promise<number> {
  const script = ruleScript(tmp, 'rule-loop.mjs', `let n = 0;
for (let i = 0; i < ${loops}; i++) n += extractRules(corpus).length;
if (n === 0) process.exit(1);
`);
  return twoOverOne(() => new Promise<void>((resolve, reject) => {
    const c = spawn(process.execPath, [script], { stdio: 'ignore' });
    c.on('error', reject);
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rule loop exited ${code}`))));
  }));
}

/** What one core gives the scan floor and the rule extractor alone (section 3). */
type CoreSpeed = { cpu: number; floorCharsPerSecond: number; ruleCharsPerSecond: number };

/**
 * The scan floor and the in-process rule extractor on each core alone, the
 * process pinned there with `taskset` (Linux, util-linux); null where it
 * cannot be run. The cores of a virtual machine need not be alike: on the
 * project's 2-vCPU VM the second ran the floor at about half the first's
 * speed and the extractor at 0.55–0.6 (docs/speed.md), which bounds what
 * --jobs N can gain there, as neither ceiling above shows (a bare loop runs
 * alike on both).
 */
async function coreSpeeds(tmp: string, cores: number): Promise<CoreSpeed[] | null> {
  if (process.platform !== 'linux') return null;
  // the pairs of inProcessCore, fewer: ten scans, then three extractions, the medians
  const script = ruleScript(tmp, 'core-probe.mjs', `${scan.toString()}
let sink = 0;
for (let i = 0; i < ${quick ? 20 : 100}; i++) sink ^= extractRules(corpus).length;
for (let i = 0; i < 1000; i++) sink ^= scan(corpus);
const floor = [], rule = [];
for (let r = 0; r < ${quick ? 5 : 20}; r++) {
  let t = performance.now();
  for (let i = 0; i < 10; i++) sink ^= scan(corpus);
  floor.push((performance.now() - t) / 10);
  t = performance.now();
  for (let i = 0; i < 3; i++) sink ^= extractRules(corpus).length;
  rule.push((performance.now() - t) / 3);
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
process.stdout.write(JSON.stringify({ floor: corpus.length / med(floor) * 1000, rule: corpus.length / med(rule) * 1000, sink }) + '\\n');
`);
  const out: CoreSpeed[] = [];
  for (let cpu = 0; cpu < Math.min(cores, 8); cpu++) {
    const got = await new Promise<{ floor: number; rule: number } | null>((resolve) => {
      const c = spawn('taskset', ['-c', String(cpu), process.execPath, script], { stdio: ['ignore', 'pipe', 'ignore'] });
      let text = '';
      c.stdout!.on('data', (d) => { text += d; });
      c.on('error', () => resolve(null)); // no taskset
      c.on('close', (code) => { try { resolve(code === 0 ? JSON.parse(text) : null); } catch { resolve(null); } });
    });
    if (!got) return null;
    out.push({ cpu, floorCharsPerSecond: got.floor, ruleCharsPerSecond: got.rule });
  }
  return out;
}

/** tinybench tasks as rows: ms per run, chars/s, relative margin of error. */
function rowsOf(tasks: Bench['tasks']): { task: string; msPerRun: number; charsPerSecond: number; rmePercent: number; samples: number | null }[] {
  return tasks.map((t) => {
    const r = t.result as { latency?: { mean: number; rme: number; samples?: unknown[] }; mean?: number; rme?: number } | undefined;
    const mean = r?.latency?.mean ?? r?.mean ?? NaN; // ms
    return { task: t.name, msPerRun: mean, charsPerSecond: chars / (mean / 1000), rmePercent: r?.latency?.rme ?? r?.rme ?? NaN, samples: r?.latency?.samples?.length ?? null };
  });
}

type ScalingRow = { task: string; size: number; charsPerSecond: number; peakRssMiB: number };

/** In-process chars/s of `fn` on 1 KB up to `capMb` MB of the corpus repeated; rows into `into`, cells for the log. */
async function scaleRow(name: string, fn: (t: string) => Promise<unknown> | unknown, capMb: number, into: ScalingRow[]): Promise<string[]> {
  const cells: string[] = [];
  for (let n = 1024; n <= capMb * 1024 * 1024; n *= quick ? 8 : 4) {
    const text = corpus.repeat(Math.ceil(n / corpus.length)).slice(0, n);
    let best = Infinity, peak = 0;
    const slow = capMb < 4;
    const reps = slow ? (n <= 16384 ? 3 : 1) : n <= 16384 ? 10 : n <= 1 << 18 ? 3 : 1;
    for (let k = 0; k < reps; k++) {
      const t0 = performance.now();
      await fn(text);
      best = Math.min(best, performance.now() - t0);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    into.push({ task: name, size: n, charsPerSecond: n / (best / 1000), peakRssMiB: peak / 2 ** 20 });
    cells.push(`${size(n)}:${fmt(n / (best / 1000))}`);
    if (best > 20_000) { cells.push('(stopped: over 20 s)'); break; }
  }
  return cells;
}

/** What the in-process core child reports (see inProcessCore). */
interface CoreReport {
  rows: ReturnType<typeof rowsOf>;
  ruleCpu: number;
  ruleCpuRuns: number;
  scaling: ScalingRow[];
  scalingCells: Record<string, string[]>;
  timeShares: { normalize: number; locate: number; tablesAndRuleSteps: number; offsetsAndMentionObjects: number };
  /** the rule extractor over the scan floor, timed in alternation (pairedRatio) */
  paired: PairedRatio;
  sink: number;
}

interface PairedRatio { median: number; q1: number; q3: number; rounds: number; floorCharsPerSecond: number; ruleCharsPerSecond: number }

/**
 * The rule extractor's throughput over the scan floor's, timed in pairs a few
 * milliseconds apart (ten scans, then three extractions, of the seed corpus),
 * `rounds` times; the median and quartiles of the pairs' ratios. tinybench
 * times each task for 1.5 s in turn, and on this shared machine a core's
 * speed drifts within seconds: the floor went from 232 to 419 M chars/s
 * from one process to the next of the same run, and the ratio of two rows
 * timed seconds apart moved with it (0.131 and 0.092 in two runs of the
 * same code). A pair shares the drift. It does not undo a core slowed for
 * all of the pairs (a busy neighbour, most likely, for seconds at a time:
 * one process's floor ran at 446 M in its tinybench row and 239 M in its
 * pairs): then the floor, a loop bound by the latency of one add, slows
 * about twice and the extractor about 1.6 times, and the ratio rises (0.127
 * in such pairs, 0.099 in pairs whose floor ran at full speed, in the same
 * run). The aim (0.10 of the floor) is therefore read against the pairs
 * whose floor ran fastest, those of one process
 * (summary.ruleOfScanFloorQuiet): the stricter reading.
 */
async function pairedRatio(extract: (t: string) => unknown, rounds: number): Promise<PairedRatio> {
  const ratios: number[] = [], floorMs: number[] = [], ruleMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < 10; i++) sink ^= scan(corpus);
    floorMs.push((performance.now() - t) / 10);
    t = performance.now();
    for (let i = 0; i < 3; i++) sink ^= ((await extract(corpus)) as unknown[]).length;
    ruleMs.push((performance.now() - t) / 3);
    ratios.push(floorMs[r] / ruleMs[r]);
  }
  const a = [...ratios].sort((x, y) => x - y);
  return { median: median(a), q1: a[Math.floor(a.length / 4)], q3: a[Math.floor((3 * a.length) / 4)], rounds, floorCharsPerSecond: chars / median(floorMs) * 1000, ruleCharsPerSecond: chars / median(ruleMs) * 1000 };
}

const CORE_RUNS = quick ? 1 : 5;

const median = (xs: number[]) => { const a = [...xs].sort((x, y) => x - y); return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2; };

/**
 * One report from several: each row's chars/s (and ms per run) is the median
 * over the processes; the scaling rows and the time shares are those of the
 * process whose rule row is the median one.
 */
function medianCore(runs: CoreReport[]): CoreReport & { runs: CoreReport['rows'][]; pairedRuns: PairedRatio[] } {
  const ruleOf = (r: CoreReport) => r.rows.find((x) => x.task === 'extractor: rule')!.charsPerSecond;
  const mid = [...runs].sort((a, b) => ruleOf(a) - ruleOf(b))[runs.length >> 1];
  const rows = mid.rows.map((row) => {
    const same = runs.map((r) => r.rows.find((x) => x.task === row.task)!);
    const cps = median(same.map((x) => x.charsPerSecond));
    return { ...row, charsPerSecond: cps, msPerRun: chars / cps * 1000, rmePercent: median(same.map((x) => x.rmePercent)) };
  });
  // the paired ratio: the median of the processes' medians, each process's kept
  const m = (f: (p: PairedRatio) => number) => median(runs.map((r) => f(r.paired)));
  const paired = { ...mid.paired, median: m((p) => p.median), q1: m((p) => p.q1), q3: m((p) => p.q3), floorCharsPerSecond: m((p) => p.floorCharsPerSecond), ruleCharsPerSecond: m((p) => p.ruleCharsPerSecond) };
  return { ...mid, rows, ruleCpu: median(runs.map((r) => r.ruleCpu)), paired, pairedRuns: runs.map((r) => r.paired), runs: runs.map((r) => r.rows) };
}

/**
 * The scan floor, the core's stages and the rule extractor, timed in this
 * script run again as a child that creates the rule extractor only; the
 * child prints its report as one JSON line.
 */
function inProcessCore(): Promise<CoreReport> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [process.argv[1], CHILD_FLAG, ...(quick ? ['--quick'] : [])], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    c.stdout!.on('data', (d) => { out += d; });
    c.on('error', reject);
    c.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the in-process core measurement exited ${code}`));
      try { resolve(JSON.parse(out) as CoreReport); } catch (e) { reject(new Error(`the in-process core measurement printed no report: ${(e as Error).message}`)); }
    });
  });
}

/** The child's side of inProcessCore. */
async function coreChild(): Promise<void> {
  const rule = await createExtractor('rule', {});
  await rule.init?.();
  // the floor loop optimized as a whole function before it meets the corpus: once, its first
  // optimization was the loop alone (on-stack replacement), no other followed, and the floor ran at 38%
  const warm = String.fromCharCode(...Array.from({ length: 32 }, (_, i) => corpus.charCodeAt(i)));
  for (let i = 0; i < 20_000; i++) sink ^= scan(warm);
  const bench = new Bench({ time: quick ? 300 : 1500, iterations: 3, warmupTime: quick ? 100 : 500 });
  bench.add('scan floor', () => { sink ^= scan(corpus); });
  // the stages as the pipeline runs them: on the blocks it cuts the text into
  const blocks = blocksOf(corpus);
  bench.add('normalize (with the numeral runs)', () => { for (const b of blocks) sink ^= normalize(b, true).text.length; });
  bench.add('numbers (normalize + locate)', () => { for (const b of blocks) { const n = normalize(b, true); sink ^= locateNumbers(n.text, n.numerals).length; } });
  bench.add('stages 1-3 (numbers + tables + rule steps)', () => { for (const b of blocks) sink ^= extractBlock(b, undefined, true).found.length; });
  bench.add('extractor: rule', async () => { sink ^= (await rule.extract(corpus)).length; });
  await bench.run();
  // the rule extractor per CPU second, for the load-robust comparison with the whole process
  const ruleCpuRuns = quick ? 5 : 20;
  const c0 = process.cpuUsage();
  for (let i = 0; i < ruleCpuRuns; i++) sink ^= (await rule.extract(corpus)).length;
  const c = process.cpuUsage(c0);
  const ruleCpu = (ruleCpuRuns * corpusCps) / ((c.user + c.system) / 1e6);
  const paired = await pairedRatio((t) => rule.extract(t), quick ? 10 : 60);
  const scaling: ScalingRow[] = [];
  const maxInMb = quick ? 1 : 16;
  const scalingCells: Record<string, string[]> = {
    'scan floor': await scaleRow('scan floor', scan, maxInMb, scaling),
    rule: await scaleRow('rule', extractRules, maxInMb, scaling),
  };
  // where the rule extractor's time goes: every stage timed on every block, in one loop
  const spent = new Float64Array(5);
  const cp = new CodePoints(corpus);
  let t = 0;
  const lap = (k: number) => { const now = performance.now(); spent[k] += now - t; t = now; };
  for (let rep = 0; rep < (quick ? 20 : 200); rep++) {
    let base = 0;
    for (const b of blocks) {
      t = performance.now();
      const { norm, found } = extractBlock(b, lap, true);
      sink ^= toRawMentions(norm, found, cp, base).length;
      lap(4);
      base += b.length;
    }
  }
  const total = spent.reduce((a, b) => a + b, 0);
  const timeShares = { normalize: spent[1] / total, locate: spent[2] / total, tablesAndRuleSteps: spent[3] / total, offsetsAndMentionObjects: spent[4] / total };
  const report: CoreReport = { rows: rowsOf(bench.tasks), ruleCpu, ruleCpuRuns, scaling, scalingCells, timeShares, paired, sink };
  process.stdout.write(JSON.stringify(report) + '\n');
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'zhnum-speed-'));
  const cores = availableParallelism();
  const load0 = loadavg();
  try {
    const extractors: Extractor[] = [];
    for (const f of listExtractors()) {
      try {
        const ex = await createExtractor(f.name, {});
        await ex.init?.();
        extractors.push(ex);
      } catch (e) {
        log(`(skipping ${f.name}: ${(e as Error).message})`);
      }
    }

    log(`zhnum speed suite${quick ? ' (--quick: small sizes, fewer repeats; writes results/speed/quick.json)' : ''}`);
    log(`corpus: the five seed reports, ${chars} UTF-16 units; node ${process.version}; ${cores} cores; load average before: ${load0.map((x) => x.toFixed(2)).join(' ')}`);

    // ---------- 1. in process ----------
    // The scan floor, the core's stages and the rule extractor are timed in
    // CORE_RUNS fresh processes, and each row is the median of them. On this
    // shared machine one process can be off for its whole life, in any row:
    // the rule row came out 40% low in about one process in four, also in
    // processes that load the rule extractor only, and the scan floor at
    // half its speed in others, which doubles every ratio to it (README,
    // Speed). The whole-process rows are best of three for the same reason.
    const coreRuns: CoreReport[] = [];
    for (let k = 0; k < CORE_RUNS; k++) coreRuns.push(await inProcessCore());
    const core = medianCore(coreRuns);
    // the models take seconds a run: fewer of them (one in --quick)
    const SLOW = new Set(['transformer', 'recognizers']);
    const bench = new Bench({ time: quick ? 300 : 1500, iterations: 3, warmupTime: quick ? 100 : 500 });
    const slowBench = new Bench({ time: 0, iterations: quick ? 1 : 3, warmupTime: 0, warmupIterations: quick ? 0 : 1 });
    for (const ex of extractors.filter((e) => e.name !== 'rule')) (SLOW.has(ex.name) ? slowBench : bench).add(`extractor: ${ex.name}`, async () => { sink ^= (await ex.extract(corpus)).length; });
    bench.add('jieba segmentation', () => { sink ^= jiebaSegment(corpus).length; });
    await bench.run();
    await slowBench.run();
    const rows = [...core.rows, ...rowsOf([...bench.tasks, ...slowBench.tasks])];
    const cps = (task: string) => rows.find((r) => r.task === task)?.charsPerSecond ?? NaN;
    const floor = cps('scan floor');
    const peer = cps('extractor: recognizers');
    const ruleIn = cps('extractor: rule');
    log(`\n1. in process: throughput on the whole seed corpus (one thread; the scan floor, the stages and the rule extractor: ${CORE_RUNS > 1 ? `median of ${CORE_RUNS} fresh processes, which load` : 'in a fresh process, which loads'} no other extractor)`);
    if (coreRuns.length > 1) log(`   rule extractor in each of them: ${coreRuns.map((r) => fmt(r.rows.find((x) => x.task === 'extractor: rule')!.charsPerSecond)).join(', ')}; scan floor: ${coreRuns.map((r) => fmt(r.rows.find((x) => x.task === 'scan floor')!.charsPerSecond)).join(', ')}`);
    log(`${'task'.padEnd(38)} ${'chars/s'.padStart(10)} ${'±%'.padStart(6)} ${'× floor'.padStart(9)} ${'× recognizers'.padStart(14)}`);
    for (const r of rows) log(`${r.task.padEnd(38)} ${fmt(r.charsPerSecond).padStart(10)} ${r.rmePercent.toFixed(1).padStart(6)} ${(r.charsPerSecond / floor).toFixed(4).padStart(9)} ${(r.charsPerSecond / peer).toFixed(1).padStart(14)}`);
    const pr = core.paired;
    log(`rule extractor: ${(ruleIn / floor).toFixed(3)} of the scan floor from the rows above; timed in pairs with the floor (${pr.rounds} alternations${CORE_RUNS > 1 ? ` in each process, the median of ${CORE_RUNS}: ${core.pairedRuns.map((r) => r.median.toFixed(3)).join(', ')}` : ''}): ${pr.median.toFixed(3)}, quartiles ${pr.q1.toFixed(3)}–${pr.q3.toFixed(3)}; in the pairs the floor ran at ${fmt(pr.floorCharsPerSecond)} chars/s and the extractor at ${fmt(pr.ruleCharsPerSecond)}${CORE_RUNS > 1 ? ` (the floor in each process: ${core.pairedRuns.map((r) => fmt(r.floorCharsPerSecond)).join(', ')})` : ''}; the aim (0.10 or more) is read against the process whose floor ran fastest`);
    const ruleCpu = core.ruleCpu;
    log(`rule extractor per CPU second (${core.ruleCpuRuns} runs${CORE_RUNS > 1 ? ' in each process, the median' : ''}): ${fmt(ruleCpu)} chars`);

    // ---------- 2. in-process scaling ----------
    const maxInMb = quick ? 1 : 16;
    log(`\n2. in process, by input size: chars/s (the figure should stay flat) and the process's resident memory after the runs`);
    const scaling = core.scaling;
    for (const name of ['scan floor', 'rule']) log(`${name.padEnd(12)} ${core.scalingCells[name].join('  ')}`);
    const scaleTasks: [string, (t: string) => Promise<unknown> | unknown, number][] = [];
    // the slow models stop early
    const capOf = (name: string) => (quick ? (SLOW.has(name) ? 1 / 16 : 1) : name === 'transformer' ? 1 : name === 'recognizers' ? 0.25 : 4);
    for (const ex of extractors.filter((e) => e.name !== 'rule')) scaleTasks.push([ex.name, (t: string) => ex.extract(t), Math.min(maxInMb, capOf(ex.name))]);
    for (const [name, fn, capMb] of scaleTasks) {
      const cells = await scaleRow(name, fn, capMb, scaling);
      log(`${name.padEnd(12)} ${cells.join('  ')}`);
    }

    // ---------- 3. the whole process ----------
    log(`\n3. the whole process: zhnum extract (rule) on dense report text, wall time from start to exit, peak RSS`);
    // large enough that starting the workers and warming their JIT (1–1.5 s of CPU each) do not decide
    // the throughput figures; they still weigh on the --jobs ratio here, which section 4 measures at 1 GiB too
    const copies = Math.round((quick ? 8 << 20 : 256 << 20) / Buffer.byteLength(corpus));
    const dense = join(tmp, 'dense.txt');
    const denseBytes = writeRepeated(dense, corpus, Buffer.byteLength(corpus) * copies);
    const denseCps = corpusCps * copies;
    const ceiling = await parallelCeiling();
    log(`what this machine gives two threads: ×${ceiling.toFixed(2)} the throughput of one (a CPU-bound loop in 1 and in 2 worker threads)`);
    // each process extracts as much text as the dense input below holds, so that its fixed costs weigh as they do there
    // (with 60 passes, 14 M characters, start-up and JIT decided the reference: ×1.15–1.20)
    const ruleTwo = cores >= 2 ? await ruleCeiling(tmp, quick ? 10 : copies) : NaN;
    log(`what it gives the rule extractor itself: ×${ruleTwo.toFixed(2)} the throughput of one process (the in-process extractor over the seed corpus ${quick ? 10 : copies} times, in 1 and in 2 separate processes, no harness); one process already uses part of the second core (V8 compiles and collects on helper threads): a measured reference for what --jobs 2 can gain`);
    const perCore = await coreSpeeds(tmp, cores);
    const fastestRule = perCore ? Math.max(...perCore.map((c) => c.ruleCharsPerSecond)) : NaN;
    // what all the cores together give the extractor over the fastest alone: the most --jobs N could gain
    const coresCeiling = perCore ? perCore.reduce((a, c) => a + c.ruleCharsPerSecond, 0) / fastestRule : NaN;
    if (perCore) log(`what each core gives alone (the process pinned with taskset): ${perCore.map((c) => `cpu${c.cpu}: floor ${fmt(c.floorCharsPerSecond)}, rule ${fmt(c.ruleCharsPerSecond)} chars/s`).join('; ')}; the cores together give the rule extractor ×${coresCeiling.toFixed(2)} of the fastest alone, the most --jobs ${perCore.length} could gain here`);
    else log('what each core gives alone: not measured (taskset could not run)');
    const jl = join(tmp, 'dense.jsonl');
    const jlInfo = writeJsonLines(jl, denseBytes);
    log(`input: the seed corpus × ${copies}: ${(denseBytes / 2 ** 20).toFixed(1)} MiB, ${denseCps} code points (file); the same documents as ${jlInfo.docs} JSON lines, ${(jlInfo.bytes / 2 ** 20).toFixed(1)} MiB (stdin)`);
    const jobsList = [1, 2, 4, 8, 16, 32].filter((j) => j === 1 || j <= cores);
    const reps = quick ? 1 : 3;
    const whole: { input: 'file' | 'stdin'; extractor: string; jobs: number; chars: number; bytes: number; seconds: number; charsPerSecond: number; cpuSeconds: number; charsPerCpuSecond: number; peakRssMiB: number; mentions: number | null; sha256: string | null; toNull: NullRun }[] = [];
    // the dense input in two halves, each whole copies of the corpus (no mention is cut), for the split reference
    // (on one core there is no second process to run: nothing written)
    const halves = [join(tmp, 'half-1.txt'), join(tmp, 'half-2.txt')] as const;
    const firstHalf = Math.floor(copies / 2);
    if (cores >= 2) {
      writeRepeated(halves[0], corpus, Buffer.byteLength(corpus) * firstHalf);
      writeRepeated(halves[1], corpus, Buffer.byteLength(corpus) * (copies - firstHalf));
    }
    const split = cores >= 2 ? splitHalves(halves, tmp) : null;
    for (const input of ['file', 'stdin'] as const) {
      const runs = await bestOfJobs(input, input === 'file' ? dense : jl, jobsList, reps, 'the dense input', tmp, input === 'file' ? split?.run : undefined);
      for (const jobs of jobsList) {
        const best = runs.toFile.get(jobs)!, toNull = runs.toNull.get(jobs)!;
        const c = input === 'file' ? denseCps : jlInfo.cps;
        whole.push({ input, extractor: 'rule', jobs, chars: c, bytes: input === 'file' ? denseBytes : jlInfo.bytes, seconds: best.seconds, charsPerSecond: c / best.seconds, cpuSeconds: best.cpuSeconds, charsPerCpuSecond: c / best.cpuSeconds, peakRssMiB: best.peakRssKiB / 1024, mentions: best.mentions, sha256: best.sha256, toNull: nullRun(toNull, c) });
        const w = whole[whole.length - 1];
        log(`${input.padEnd(6)} --jobs ${String(jobs).padEnd(3)} ${w.seconds.toFixed(2).padStart(7)} s  ${fmt(w.charsPerSecond).padStart(9)} chars/s  ×${(w.charsPerSecond / ruleIn).toFixed(2)} of in-process rule  ×${(w.charsPerSecond / peer).toFixed(0)} of recognizers  CPU ${w.cpuSeconds.toFixed(2)} s (×${(w.charsPerCpuSecond / ruleCpu).toFixed(2)} of in-process rule per CPU second)  peak ${w.peakRssMiB.toFixed(0)} MiB  ${w.mentions} mentions; to /dev/null ${w.toNull.seconds.toFixed(2)} s, CPU ${w.toNull.cpuSeconds.toFixed(2)} s`);
      }
    }
    const at = (input: string, jobs: number) => whole.find((w) => w.input === input && w.jobs === jobs)!;
    const identical = (input: string) => new Set(whole.filter((w) => w.input === input).map((w) => w.sha256)).size === 1;
    // --jobs 2 over --jobs 1, by the seconds `of` a run (to a file, or to /dev/null)
    const speedupBy = (of: RunSeconds) => (input: string) => (jobsList.includes(2) ? of(at(input, 1)) / of(at(input, 2)) : NaN);
    const speedup = speedupBy(toFileSeconds), speedupToNull = speedupBy(toNullSeconds);
    log(`--jobs 2 vs --jobs 1: file ×${speedup('file').toFixed(2)}, stdin ×${speedup('stdin').toFixed(2)}; to /dev/null: file ×${speedupToNull('file').toFixed(2)}, stdin ×${speedupToNull('stdin').toFixed(2)} (aim: ×1.4 or more); outputs identical across --jobs: file ${identical('file')}, stdin ${identical('stdin')}`);
    for (const h of halves) rmSync(h, { force: true });
    const splitBest = split?.best() ?? null;
    // speedupOverJobs1: over --jobs 1 with output to a file, as every run of the record read it; the halves write
    // to /dev/null, so speedupOverJobs1ToNull is the like-for-like figure (since --jobs runs to /dev/null were added)
    const splitRef = splitBest ? { seconds: splitBest.seconds, mentions: splitBest.mentions, speedupOverJobs1: at('file', 1).seconds / splitBest.seconds, speedupOverJobs1ToNull: at('file', 1).toNull.seconds / splitBest.seconds, mentionsAsJobs1: splitBest.mentions === at('file', 1).mentions } : null;
    if (splitRef) log(`two processes at once, each --jobs 1 on half the file (GNU parallel's way), output to /dev/null: ${splitRef.seconds.toFixed(2)} s, ×${splitRef.speedupOverJobs1ToNull.toFixed(2)} of --jobs 1 to /dev/null (--jobs 2 ×${speedupToNull('file').toFixed(2)}; ×${splitRef.speedupOverJobs1.toFixed(2)} of --jobs 1 to a file); ${splitRef.mentions} mentions together${splitRef.mentionsAsJobs1 ? ', as --jobs 1' : `, --jobs 1 ${at('file', 1).mentions}`}`);

    // a CPU-bound peer: the gain of a second worker where extraction dominates
    const peers: { extractor: string; jobs: number; chars: number; seconds: number }[] = [];
    if (!quick && extractors.some((e) => e.name === 'recognizers') && cores >= 2) {
      const small = join(tmp, 'peer.jsonl');
      // four copies of eight documents: each worker loads the peer and compiles its
      // regular expressions anew (about a second of CPU), which a smaller input
      // would mostly measure instead of the extraction
      const eight = corpus.split('\n\n\n').slice(0, 8).map((t) => t.slice(0, 8000));
      const docs = [0, 1, 2, 3].flatMap(() => eight);
      writeFileSync(small, docs.map((t, j) => JSON.stringify({ doc: `p${j}`, text: t })).join('\n') + '\n');
      const c = docs.reduce((s, t) => s + Array.from(t).length, 0);
      for (const jobs of [1, 2]) {
        const r = await extractProcess(['--extractor', 'recognizers', '--jobs', String(jobs), '-'], small, false, tmp);
        peers.push({ extractor: 'recognizers', jobs, chars: c, seconds: r.seconds });
      }
      log(`recognizers (CPU-bound), ${peers[0].chars} chars in ${docs.length} documents: --jobs 1 ${peers[0].seconds.toFixed(2)} s, --jobs 2 ${peers[1].seconds.toFixed(2)} s: ×${(peers[0].seconds / peers[1].seconds).toFixed(2)}`);
    }

    // an archive of small reports: the same bytes as one file, 1,000 files and 10,000 files
    const manyFiles = await manyFilesRuns(dense, tmp, quick, cores >= 2 ? [1, 2] : [1]);
    for (const m of manyFiles) log(`${m.files === 1 ? 'one file' : `${m.files} files`} of ${fmt(m.bytes / m.files).replace(' ', '')}B, --jobs ${m.jobs}: ${m.seconds.toFixed(2)} s, CPU ${m.cpuSeconds.toFixed(2)} s, ${m.mentions} mentions${m.files > 1 ? `, ×${(manyFiles.find((o) => o.files === 1 && o.jobs === m.jobs)!.seconds / m.seconds).toFixed(2)} the speed of one file` : ''}`);

    // ---------- 4. whole-process scaling, up to 1 GB ----------
    const sizes = quick ? [1 << 10, 1 << 20, 16 << 20] : [1 << 10, 1 << 20, 16 << 20, 256 << 20, 1 << 30];
    const topJobs = Math.min(cores, 32);
    log(`\n4. the whole process by input size (file, --jobs ${topJobs}; at ${size(sizes[sizes.length - 1])} --jobs 1 too${quick ? '' : ', and 1 GiB of JSON lines'}): chars/s and peak RSS; memory must not grow with the input`);
    const processScaling: { input: 'file' | 'stdin'; bytes: number; chars: number; seconds: number; charsPerSecond: number; peakRssMiB: number; mentions: number | null }[] = [];
    const cpsPerByte = corpusCps / Buffer.byteLength(corpus);
    // At the largest size (1 GiB; 16 MiB with --quick), --jobs 1 as well as --jobs N, best of two each, interleaved, outputs
    // compared: each worker pays a fixed cost (its own JIT compile and warm-up, about
    // 1–1.5 s of CPU), which decides the --jobs ratio at 256 MiB (section 3) more than
    // at this size, where a user with an archive meets it.
    const large: { input: 'file' | 'stdin'; jobs: number; bytes: number; chars: number; seconds: number; charsPerSecond: number; cpuSeconds: number; peakRssMiB: number; mentions: number | null; sha256: string | null; toNull: NullRun }[] = [];
    const bothJobs = async (input: 'file' | 'stdin', f: string, b: number, c: number): Promise<ProcessRun> => {
      const jobsHere = cores >= 2 ? [1, topJobs] : [1];
      const runs = await bestOfJobs(input, f, jobsHere, 2, size(b), tmp);
      for (const jobs of jobsHere) {
        const r = runs.toFile.get(jobs)!;
        large.push({ input, jobs, bytes: b, chars: c, seconds: r.seconds, charsPerSecond: c / r.seconds, cpuSeconds: r.cpuSeconds, peakRssMiB: r.peakRssKiB / 1024, mentions: r.mentions, sha256: r.sha256, toNull: nullRun(runs.toNull.get(jobs)!, c) });
        log(`${input.padEnd(5)} ${size(b).padStart(5)} --jobs ${String(jobs).padEnd(3)} ${r.seconds.toFixed(2).padStart(7)} s  ${fmt(c / r.seconds).padStart(9)} chars/s  CPU ${r.cpuSeconds.toFixed(2)} s  peak ${mib(r.peakRssKiB)}  ${r.mentions} mentions; to /dev/null ${large[large.length - 1].toNull.seconds.toFixed(2)} s`);
      }
      return runs.toFile.get(jobsHere[jobsHere.length - 1])!;
    };
    for (const bytes of sizes) {
      const f = join(tmp, `scale-${bytes}.txt`);
      const b = writeRepeated(f, corpus, bytes);
      const c = Math.round(b * cpsPerByte);
      let r: ProcessRun;
      const largest = bytes === sizes[sizes.length - 1];
      if (largest) r = await bothJobs('file', f, b, c);
      else {
        r = await extractProcess(['--jobs', String(topJobs), f], null, false, tmp);
        if (r.code !== 0) throw new Error(`zhnum extract on ${size(bytes)} exited ${r.code}: ${r.stderr.slice(0, 500)}`);
      }
      rmSync(f, { force: true });
      processScaling.push({ input: 'file', bytes: b, chars: c, seconds: r.seconds, charsPerSecond: c / r.seconds, peakRssMiB: r.peakRssKiB / 1024, mentions: r.mentions });
      // the largest size's row is the --jobs N one bothJobs printed
      if (!largest) log(`file  ${size(bytes).padStart(5)}: ${r.seconds.toFixed(2).padStart(7)} s  ${fmt(c / r.seconds).padStart(9)} chars/s  peak ${mib(r.peakRssKiB)}  ${r.mentions} mentions`);
    }
    if (!quick) {
      const f = join(tmp, 'scale-1g.jsonl');
      const info = writeJsonLines(f, 1 << 30);
      const r = await bothJobs('stdin', f, info.bytes, info.cps);
      rmSync(f, { force: true });
      processScaling.push({ input: 'stdin', bytes: info.bytes, chars: info.cps, seconds: r.seconds, charsPerSecond: info.cps / r.seconds, peakRssMiB: r.peakRssKiB / 1024, mentions: r.mentions });
    }
    const largeAt = (input: string, jobs: number) => large.find((w) => w.input === input && w.jobs === jobs);
    const largeSpeedupBy = (of: RunSeconds) => (input: string) => { const a = largeAt(input, 1), z = largeAt(input, topJobs); return a && z && topJobs > 1 ? of(a) / of(z) : null; };
    const largeSpeedup = largeSpeedupBy(toFileSeconds), largeSpeedupToNull = largeSpeedupBy(toNullSeconds);
    const largeIdentical = (input: string) => { const xs = large.filter((w) => w.input === input); return xs.length > 1 ? new Set(xs.map((w) => w.sha256)).size === 1 : null; };

    // ---------- the figures the README quotes ----------
    const best = whole.filter((w) => w.input === 'file').reduce((a, b) => (b.charsPerSecond > a.charsPerSecond ? b : a));
    const timeShares = core.timeShares;
    const summary = {
      parallelCeiling: ceiling,
      ruleTwoProcessCeiling: ruleTwo,
      // each core alone (null where taskset could not run), and their sum over the fastest for the rule extractor
      coreSpeeds: perCore,
      ruleCoresCeiling: perCore ? coresCeiling : null,
      timeShares,
      denseInput: { bytes: denseBytes, chars: denseCps, copies },
      ruleOfScanFloor: ruleIn / floor,
      ruleOfScanFloorPaired: core.paired,
      ruleOfScanFloorPairedRuns: core.pairedRuns,
      // the pairs whose floor ran fastest (one process's): the least slowed core (see pairedRatio)
      ruleOfScanFloorQuiet: core.pairedRuns.reduce((a, b) => (b.floorCharsPerSecond > a.floorCharsPerSecond ? b : a)),
      ruleCharsPerCpuSecond: ruleCpu,
      wholeProcessFileJobs1: { charsPerSecond: at('file', 1).charsPerSecond, ofInProcessRule: at('file', 1).charsPerSecond / ruleIn, ofRecognizers: at('file', 1).charsPerSecond / peer, perCpuSecondOfInProcessRule: at('file', 1).charsPerCpuSecond / ruleCpu },
      wholeProcessBest: { jobs: best.jobs, charsPerSecond: best.charsPerSecond, ofInProcessRule: best.charsPerSecond / ruleIn, ofRecognizers: best.charsPerSecond / peer },
      jobs2Speedup: { file: speedup('file'), stdin: speedup('stdin') },
      // the same with output to /dev/null: the process's own cost, as the split reference (splitHalves) writes
      jobs2SpeedupToNull: { file: speedupToNull('file'), stdin: speedupToNull('stdin') },
      // one text as many small files, over the same bytes as one file (1 = as fast)
      manyFiles: {
        speedOfOneFile: Object.fromEntries(manyFiles.filter((m) => m.files > 1).map((m) => [`${m.files} files, --jobs ${m.jobs}`, manyFiles.find((o) => o.files === 1 && o.jobs === m.jobs)!.seconds / m.seconds])),
        // each set's output the same with every --jobs and in every repeat
        identicalAcrossJobs: manyFiles.every((m) => m.sha256 !== null && m.sha256 === manyFiles.find((o) => o.files === m.files)!.sha256),
      },
      // two independent processes on the halves of the file: what --jobs 2 could reach with a harness that cost nothing
      splitHalves: splitRef,
      identicalOutputAcrossJobs: { file: identical('file'), stdin: identical('stdin') },
      // the same ratio at the largest size (section 4: 1 GiB), where the workers' fixed cost weighs a quarter as much
      jobs2SpeedupLargest: { bytes: sizes[sizes.length - 1], jobs: topJobs, file: largeSpeedup('file'), stdin: largeSpeedup('stdin') },
      jobs2SpeedupLargestToNull: { bytes: sizes[sizes.length - 1], jobs: topJobs, file: largeSpeedupToNull('file'), stdin: largeSpeedupToNull('stdin') },
      identicalOutputLargest: { file: largeIdentical('file'), stdin: largeIdentical('stdin') },
      largest: processScaling.length ? { ...processScaling.filter((p) => p.input === 'file').slice(-1)[0] } : null,
      oneGbJsonLines: processScaling.find((p) => p.input === 'stdin') ?? null,
    };
    const load1 = loadavg();
    log('\nsummary (ratios measured in this run)');
    const quiet = summary.ruleOfScanFloorQuiet;
    log(`  rule extractor in process: ${quiet.median.toFixed(3)} of the scan floor timed in pairs in the process whose floor ran fastest (${fmt(quiet.floorCharsPerSecond)} chars/s; aim ≥ 0.10); over all processes ${summary.ruleOfScanFloorPaired.median.toFixed(3)}, from the tinybench rows ${(summary.ruleOfScanFloor).toFixed(3)}; its time: ${Object.entries(timeShares).map(([k, v]) => `${k} ${(100 * v).toFixed(0)}%`).join(', ')}`);
    log(`  zhnum extract FILE --jobs 1: ×${summary.wholeProcessFileJobs1.ofInProcessRule.toFixed(2)} of the in-process rule extractor (aim ≥ 0.33; per CPU second ×${summary.wholeProcessFileJobs1.perCpuSecondOfInProcessRule.toFixed(2)}), ×${summary.wholeProcessFileJobs1.ofRecognizers.toFixed(0)} of recognizers (aim ≥ 1000)`);
    log(`  best (--jobs ${best.jobs}): ×${summary.wholeProcessBest.ofInProcessRule.toFixed(2)} of in-process rule, ×${summary.wholeProcessBest.ofRecognizers.toFixed(0)} of recognizers`);
    log(`  --jobs 2 vs 1: file ×${summary.jobs2Speedup.file.toFixed(2)}, stdin ×${summary.jobs2Speedup.stdin.toFixed(2)}; output to /dev/null: file ×${summary.jobs2SpeedupToNull.file.toFixed(2)}, stdin ×${summary.jobs2SpeedupToNull.stdin.toFixed(2)} (aim ×1.4; a bare loop in two threads: ×${ceiling.toFixed(2)}; the in-process rule extractor in two processes: ×${ruleTwo.toFixed(2)}${perCore ? `; the cores' sum over the fastest for the extractor: ×${coresCeiling.toFixed(2)}` : ''}${splitRef ? `; two processes on the file's halves, to /dev/null: ×${splitRef.speedupOverJobs1ToNull.toFixed(2)}` : ''}); identical output: ${summary.identicalOutputAcrossJobs.file && summary.identicalOutputAcrossJobs.stdin}`);
    const sl = summary.jobs2SpeedupLargest;
    const sn = summary.jobs2SpeedupLargestToNull;
    if (sl.file !== null) log(`  at ${size(sl.bytes)}, --jobs ${topJobs} vs 1: file ×${sl.file.toFixed(2)}${sl.stdin !== null ? `, stdin ×${sl.stdin.toFixed(2)}` : ''}; output to /dev/null: file ×${sn.file!.toFixed(2)}${sn.stdin !== null ? `, stdin ×${sn.stdin.toFixed(2)}` : ''}; identical output: file ${summary.identicalOutputLargest.file}, stdin ${summary.identicalOutputLargest.stdin}`);
    log(`  one text as many small files, over one file: ${Object.entries(summary.manyFiles.speedOfOneFile).map(([k, v]) => `${k} ×${v.toFixed(2)}`).join(', ')}; each set's output identical across --jobs: ${summary.manyFiles.identicalAcrossJobs}`);
    if (summary.largest) log(`  ${size(sizes[sizes.length - 1])} file: peak RSS ${summary.largest.peakRssMiB.toFixed(0)} MiB`);
    if (summary.oneGbJsonLines) log(`  1 GB of JSON lines on stdin: peak RSS ${summary.oneGbJsonLines.peakRssMiB.toFixed(0)} MiB`);
    log(`  load average before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')} (${cores} cores)`);

    // accuracy and speed together, from the last main run if there is one
    const latest = join(ROOT, 'results', 'latest', 'results.json');
    if (existsSync(latest)) {
      const parsed = ResultsSchema.safeParse(JSON.parse(readFileSync(latest, 'utf8')));
      if (parsed.success) {
        const r = parsed.data;
        log(`\naccuracy and speed: ${r.dataset.name} ${r.dataset.version}, split ${r.dataset.split} (F1 from results/latest; chars/s from this run)`);
        for (const e of r.extractors) {
          const sp = rows.find((x) => x.task === `extractor: ${e.name}`);
          log(`${e.name.padEnd(14)} strict F1 ${(100 * e.scores.strict.overall.f1).toFixed(1).padStart(5)}  value F1 ${(100 * e.scores.value.overall.f1).toFixed(1).padStart(5)}  ${sp ? fmt(sp.charsPerSecond) : 'n/a'} chars/s`);
        }
      }
    }
    const out = {
      quick, corpusChars: chars, cores, loadAverage: { before: load0, after: load1 },
      throughput: rows, inProcessCoreRuns: core.runs, floorCharsPerSecond: floor, scaling, wholeProcess: whole, peers, manyFiles, processScaling, wholeProcessLargest: large, summary,
      provenance: provenance(), sink,
    };
    writeAtomic(OUT_FILE, JSON.stringify(out, null, 2) + '\n');
    log(`\nwrote ${OUT_FILE.slice(ROOT.length + 1)}`);
    for (const ex of extractors) await ex.dispose?.();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

(args.includes(CHILD_FLAG) ? coreChild() : main()).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
