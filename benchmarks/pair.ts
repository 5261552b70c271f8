// Two builds of the rule extractor compared in one process. On the project's
// shared 2-vCPU machines a core's speed drifts by 10% and more within
// seconds, and separate processes of one build differ by as much (TurboFan
// inlines differently from run to run), so two suite runs cannot tell a 2–5%
// change. Here both builds are loaded side by side (each module graph
// compiled on its own) and timed in alternation, a few passes each, many
// times over: drift meets both alike. Rule 0.2.18's cost over 0.2.17 was
// measured so (the other build's time over this one's, 0.94–0.98 in the
// processes of two runs; docs/speed.md), where the suite's runs had read it
// as within their noise.
//
//   npm run bench:pair -- <other build>      (a checkout built with npm run build, or its dist folder)
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/config.js';
import { seedCorpus } from './corpus.js';

const HELP = `usage: npm run bench:pair -- [options] <other build>
       node dist/benchmarks/pair.js [options] [--] <other build>

Times this checkout's rule extractor against another build's on the seed
corpus, both in one process, in alternation: each round runs two passes of
one build, then two of the other (the order alternating), and the ratio of
their times is kept. Prints, for each process, the median ratio and its
quartiles, and whether the two builds found the same mentions (where not,
the first mention that differs).

The ratio is the other build's time over this one's: above 1, this build
is faster (1.03: the other takes 3% more time). The other build is a
checkout built with npm run build (git worktree add /tmp/old <commit> &&
cd /tmp/old && npm ci && npm run build), or its dist folder; after --, a
path may start with a dash. Pin it to one core to keep the two cores'
speeds out of it: taskset -c 0 npm run bench:pair -- /tmp/old

  --processes N   fresh processes, each its own compile (default 3)
  --rounds N      rounds a process (default 300; about 10 s a process)
  --warmup S      whole seconds each process runs both builds before
                  timing (default 3: V8's optimizing compiles mostly
                  happen then; 0 for none)
  -h, --help      this text (whatever else is given)

Node's own options (node --cpu-prof dist/benchmarks/pair.js …) reach the
timing processes too, but for the inspector's, which would wait there.

Exit status: 0 when the two builds found the same mentions, 1 when they
did not (the times then compare different work), 2 on a wrong argument,
a build missing or unable to run, or a timing process that ended without
its result.
`;

/** Set in the timing processes' environment (not an argument: a user cannot start one by mistake). */
const CHILD_ENV = 'ZHNUM_BENCH_PAIR_CHILD';
const OPTIONS = ['--processes', '--rounds', '--warmup'];
/** The child's result, on a line of its own after this mark: anything else a build prints on stdout is passed over. */
const RESULT = 'bench:pair result ';
const args = process.argv.slice(2);

/** Where a build's pipeline module is: <dir>/dist/src/core/pipeline.js or <dir>/src/core/pipeline.js. */
export function pipelineOf(dir: string): string | null {
  for (const p of [join(dir, 'dist', 'src', 'core', 'pipeline.js'), join(dir, 'src', 'core', 'pipeline.js')]) if (existsSync(p)) return p;
  return null;
}

/** The value at quantile q of sorted values, interpolated between the two nearest (the median of an even count is the mean of the middle two). */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q, lo = Math.floor(at), hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function fail(msg: string): never {
  process.stderr.write(`bench:pair: ${msg}\n`);
  process.exit(2);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The arguments read: the positional ones (after `--` all are) and every problem with them, all at once. */
export function readArguments(argv: readonly string[]): { positional: string[]; values: Map<string, number>; problems: string[] } {
  const positional: string[] = [], problems: string[] = [];
  const values = new Map<string, number>();
  let rest = false;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (rest || !a.startsWith('-')) { positional.push(a); continue; }
    if (a === '--') { rest = true; continue; }
    if (OPTIONS.includes(a)) {
      const v = argv[++k];
      const least = a === '--warmup' ? 0 : 1;
      if (values.has(a)) problems.push(`${a} is given twice`);
      else if (v === undefined || !/^\d+$/.test(v) || Number(v) < least) problems.push(`${a} takes a whole number${least ? ' of at least 1' : ''}, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
      else values.set(a, Number(v));
      continue;
    }
    const eq = OPTIONS.find((o) => a.startsWith(`${o}=`));
    problems.push(eq ? `write ${eq} and its value apart: ${eq} ${a.slice(eq.length + 1)}` : `unknown option ${a} (a path? write it after --)`);
  }
  if (positional.length !== 1) problems.push(`name one other build to compare with, got ${positional.length}${positional.length > 1 ? ` (${positional.join(', ')})` : ''}`);
  else if (positional[0] === '') problems.push('the other build\'s path is empty');
  return { positional, values, problems };
}

type Child = { median: number; q1: number; q3: number; same: boolean; counts: [number, number]; firstDifference?: { at: number; self: unknown; other: unknown } };
type Extract = (t: string) => unknown[];

/** A build's extractRules, checked on a first call: a function, returning an array. */
async function load(path: string, which: string, sample: string): Promise<Extract> {
  let mod: { extractRules?: unknown };
  try {
    mod = await import(pathToFileURL(path).href);
  } catch (e) {
    // a syntax error's place is in its stack, not its message
    const at = e instanceof Error ? e.stack?.split('\n').find((l) => l.includes('file://') || l.startsWith('/')) : undefined;
    throw new Error(`${which} (${path}) could not be loaded: ${message(e)}${at ? ` (${at.trim()})` : ''}`);
  }
  if (typeof mod.extractRules !== 'function') throw new Error(`${which} (${path}) exports no extractRules function: not a build of this project's rule core`);
  const f = mod.extractRules as Extract;
  let got: unknown;
  try { got = f(sample); } catch (e) { throw new Error(`${which} (${path}) threw: ${message(e)}`); }
  if (!Array.isArray(got)) throw new Error(`${which} (${path}): extractRules returned ${got instanceof Promise ? 'a promise' : typeof got}, not an array of mentions`);
  return f;
}

async function child(self: string, other: string, rounds: number, warmup: number): Promise<void> {
  const corpus = seedCorpus(projectRoot());
  const a = await load(self, 'this build', corpus);
  const b = await load(other, 'the other build', corpus);
  const ma = a(corpus), mb = b(corpus);
  let firstDifference: Child['firstDifference'];
  for (let k = 0; k < Math.max(ma.length, mb.length) && !firstDifference; k++) {
    if (JSON.stringify(ma[k]) !== JSON.stringify(mb[k])) firstDifference = { at: k, self: ma[k] ?? null, other: mb[k] ?? null };
  }
  let sink = 0;
  const ratios: number[] = [];
  // the functions themselves are timed, not a wrapper; a throw here is the build's (both ran once above)
  const time = (f: Extract) => {
    const t = process.hrtime.bigint();
    sink ^= f(corpus).length ^ f(corpus).length;
    return Number(process.hrtime.bigint() - t);
  };
  try {
    const t0 = Date.now();
    while (Date.now() - t0 < warmup * 1000) sink ^= a(corpus).length ^ b(corpus).length;
    for (let k = 0; k < rounds; k++) {
      // the order alternates: neither build always runs after the other's garbage
      let ta: number, tb: number;
      if (k & 1) { tb = time(b); ta = time(a); } else { ta = time(a); tb = time(b); }
      ratios.push(tb / ta);
    }
  } catch (e) {
    throw new Error(`a build threw while timed, after a first run that did not: ${message(e)}`);
  }
  ratios.sort((x, y) => x - y);
  const out: Child & { sink: number } = {
    median: quantile(ratios, 0.5), q1: quantile(ratios, 0.25), q3: quantile(ratios, 0.75),
    same: !firstDifference, counts: [ma.length, mb.length], firstDifference, sink: sink & 1,
  };
  // on a line of its own whatever a build wrote before; then end, whatever timers a build left running
  process.stdout.write(`\n${RESULT}${JSON.stringify(out)}\n`, () => process.exit(0));
}

/** Node's options for the timing processes: the inspector's left out (a child would wait for a debugger nobody attaches). */
function childExecArgv(): string[] {
  return process.execArgv.filter((f) => !/^--(inspect|debug)/.test(f));
}

/** One child process's result; rejects, saying why, where it ended without one. What it wrote on stderr is passed on. */
function runChild(k: number, other: string, rounds: number, warmup: number): Promise<Child> {
  return new Promise<Child>((done, reject) => {
    const p = spawn(process.execPath, [...childExecArgv(), process.argv[1], '--rounds', String(rounds), '--warmup', String(warmup), '--', other], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, [CHILD_ENV]: '1' },
    });
    let out = '', err = '';
    p.stdout.on('data', (d: Buffer) => { out += d; });
    p.stderr.on('data', (d: Buffer) => { err += d; });
    p.on('error', reject);
    p.on('close', (code, signal) => {
      const at = out.lastIndexOf(`\n${RESULT}`);
      if (code === 0 && at >= 0) {
        for (const l of err.split('\n')) if (l.trim() !== '') process.stderr.write(`process ${k}: ${l}\n`);
        try { done(JSON.parse(out.slice(at + 1 + RESULT.length)) as Child); } catch (e) { reject(new Error(`process ${k}: its result could not be read (${message(e)})`)); }
        return;
      }
      const why = err.split('\n').map((l) => l.replace(/^bench:pair: /, '')).filter((l) => l.trim() !== '').join('; ');
      reject(new Error(`process ${k} ${signal ? `was ended by ${signal}` : `ended with exit code ${code}`}${why ? `: ${why}` : ' without its result'}`));
    });
  });
}

async function main(): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) { process.stdout.write(HELP); return; }
  const { positional, values, problems } = readArguments(args);
  if (problems.length > 0) fail(`${problems.join('; ')} (--help tells more)`);
  const rounds = values.get('--rounds') ?? 300;
  const warmup = values.get('--warmup') ?? 3;
  const self = pipelineOf(projectRoot());
  if (!self) fail('this checkout is not built: run npm run build first');
  if (process.env[CHILD_ENV] === '1') { await child(self, positional[0], rounds, warmup); return; }
  const other = pipelineOf(resolve(positional[0]));
  if (!other) fail(`${positional[0]}: no build there (looked for dist/src/core/pipeline.js and src/core/pipeline.js); build it with npm run build`);
  // Node loads a module by its real path: a link to this checkout would load this build twice
  if (realpathSync(other) === realpathSync(self)) fail(`${positional[0]} is this checkout's own build: name another`);
  const processes = values.get('--processes') ?? 3;
  process.stdout.write(`this build (${self}) against ${other}\ntime of the other ÷ time of this one, two passes of the seed corpus each, ${rounds} rounds a process; above 1: this build is faster\n`);
  const medians: number[] = [];
  let differ: Child | null = null;
  for (let k = 1; k <= processes; k++) {
    const got = await runChild(k, other, rounds, warmup);
    medians.push(got.median);
    if (!got.same) differ ??= got;
    process.stdout.write(`process ${k}/${processes}: median ${got.median.toFixed(3)} (quartiles ${got.q1.toFixed(3)}–${got.q3.toFixed(3)})${got.same ? '' : '; the two builds found different mentions'}\n`);
  }
  medians.sort((x, y) => x - y);
  process.stdout.write(`median of the processes' medians: ${quantile(medians, 0.5).toFixed(3)}\n`);
  if (differ) {
    const d = differ.firstDifference;
    process.stdout.write(`the two builds found different mentions (this build ${differ.counts[0]}, the other ${differ.counts[1]}), so the times compare different work; the first that differs, mention ${d?.at}:\n  this build: ${JSON.stringify(d?.self)}\n  the other:  ${JSON.stringify(d?.other)}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main().catch((e: unknown) => fail(message(e)));
