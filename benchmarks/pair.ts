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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/config.js';

const HELP = `usage: npm run bench:pair -- <other build> [--processes N] [--rounds N] [--warmup S]
       node dist/benchmarks/pair.js <other build> [--processes N] [--rounds N] [--warmup S]

Times this checkout's rule extractor against another build's on the seed
corpus, both in one process, in alternation: each round runs two passes of
one build, then two of the other (the order alternating), and the ratio of
their times is kept. Prints, for each process, the median ratio and its
quartiles, and whether the two builds found the same mentions (where not,
the first mention that differs).

The ratio is the other build's time over this one's: above 1, this build
is faster (1.03: the other takes 3% more time). The other build is a
checkout built with npm run build (git worktree add /tmp/old <commit> &&
cd /tmp/old && npm ci && npm run build), or its dist folder. Pin it to one
core to keep the two cores' speeds out of it:
taskset -c 0 npm run bench:pair -- /tmp/old

  --processes N   fresh processes, each its own compile (default 3)
  --rounds N      rounds a process (default 300; about 10 s a process)
  --warmup S      seconds each process runs both builds before timing
                  (default 3: V8's optimizing compiles mostly happen then)
  --help          this text

Exit status: 0 when the two builds found the same mentions, 1 when they
did not (the times then compare different work), 2 on a wrong argument or
a build that could not run.
`;

const CHILD = '--pair-child';
const OPTIONS = ['--processes', '--rounds', '--warmup'];
/** The child's one line of result, marked: anything else a build prints on stdout is passed over. */
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

/** Problems with the arguments, all of them (none: an empty list). */
function argumentProblems(): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === CHILD) continue;
    if (OPTIONS.includes(a)) {
      if (seen.has(a)) problems.push(`${a} is given twice`);
      seen.add(a);
      const v = args[k + 1];
      if (v === undefined || !/^\d+$/.test(v)) problems.push(`${a} takes a whole number${a === '--warmup' ? '' : ' of at least 1'}, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
      else if (a !== '--warmup' && Number(v) < 1) problems.push(`${a} takes a whole number of at least 1, got ${v}`);
      k++;
    } else if (a.startsWith('-')) {
      const eq = OPTIONS.find((o) => a.startsWith(`${o}=`));
      problems.push(eq ? `write ${eq} and its value apart: ${eq} ${a.slice(eq.length + 1)}` : `unknown option ${a}`);
    }
  }
  return problems;
}

function option(name: string, fallback: number): number {
  const k = args.indexOf(name);
  return k < 0 ? fallback : Number(args[k + 1]);
}

type Child = { median: number; q1: number; q3: number; same: boolean; counts: [number, number]; firstDifference?: { at: number; self: unknown; other: unknown } };
type Extract = (t: string) => unknown[];

async function load(path: string, which: string): Promise<Extract> {
  let mod: { extractRules?: unknown };
  try { mod = await import(pathToFileURL(path).href); } catch (e) { throw new Error(`${which} (${path}) could not be loaded: ${(e as Error).message}`); }
  if (typeof mod.extractRules !== 'function') throw new Error(`${which} (${path}) exports no extractRules function: not a build of this project's rule core`);
  const f = mod.extractRules as Extract;
  return (t) => {
    try { return f(t); } catch (e) { throw new Error(`${which} (${path}) threw: ${(e as Error).message}`); }
  };
}

async function child(self: string, other: string, rounds: number, warmup: number): Promise<void> {
  const a = await load(self, 'this build');
  const b = await load(other, 'the other build');
  const root = projectRoot();
  const corpus = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, 'seeds', f), 'utf8')).join('\n');
  const ma = a(corpus), mb = b(corpus);
  let firstDifference: Child['firstDifference'];
  for (let k = 0; k < Math.max(ma.length, mb.length) && !firstDifference; k++) {
    if (JSON.stringify(ma[k]) !== JSON.stringify(mb[k])) firstDifference = { at: k, self: ma[k] ?? null, other: mb[k] ?? null };
  }
  let sink = 0;
  const t0 = Date.now();
  while (Date.now() - t0 < warmup * 1000) sink ^= a(corpus).length ^ b(corpus).length;
  const ratios: number[] = [];
  const time = (f: Extract) => {
    const t = process.hrtime.bigint();
    sink ^= f(corpus).length ^ f(corpus).length;
    return Number(process.hrtime.bigint() - t);
  };
  for (let k = 0; k < rounds; k++) {
    // the order alternates: neither build always runs after the other's garbage
    let ta: number, tb: number;
    if (k & 1) { tb = time(b); ta = time(a); } else { ta = time(a); tb = time(b); }
    ratios.push(tb / ta);
  }
  ratios.sort((x, y) => x - y);
  const out: Child & { sink: number } = {
    median: quantile(ratios, 0.5), q1: quantile(ratios, 0.25), q3: quantile(ratios, 0.75),
    same: !firstDifference, counts: [ma.length, mb.length], firstDifference, sink: sink & 1,
  };
  process.stdout.write(`${RESULT}${JSON.stringify(out)}\n`);
}

/** One child process's result; rejects, saying why, where it ended without one. */
function runChild(k: number, other: string, rounds: number, warmup: number): Promise<Child> {
  return new Promise<Child>((done, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, process.argv[1], other, '--rounds', String(rounds), '--warmup', String(warmup), CHILD], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (d: Buffer) => { out += d; });
    p.stderr.on('data', (d: Buffer) => { err += d; });
    p.on('error', reject);
    p.on('close', (code, signal) => {
      const line = out.split('\n').reverse().find((l) => l.startsWith(RESULT));
      if (code === 0 && line) {
        try { done(JSON.parse(line.slice(RESULT.length)) as Child); } catch (e) { reject(new Error(`process ${k}: its result line could not be read (${(e as Error).message})`)); }
        return;
      }
      const why = err.split('\n').map((l) => l.replace(/^bench:pair: /, '')).filter((l) => l.trim() !== '').join('; ');
      reject(new Error(`process ${k} ${signal ? `was ended by ${signal}` : `ended with exit code ${code}`}${why ? `: ${why}` : ' and no result'}`));
    });
  });
}

async function main(): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) { process.stdout.write(HELP); return; }
  const problems = argumentProblems();
  if (problems.length > 0) fail(`${problems.join('; ')} (--help tells more)`);
  const positional = args.filter((x, k) => !x.startsWith('-') && !(k > 0 && OPTIONS.includes(args[k - 1])));
  const rounds = option('--rounds', 300);
  const warmup = option('--warmup', 3);
  const self = pipelineOf(projectRoot());
  if (!self) fail('this checkout is not built: run npm run build first');
  if (args.includes(CHILD)) { await child(self, positional[0], rounds, warmup); return; }
  if (positional.length !== 1) fail(`name one other build to compare with, got ${positional.length}${positional.length > 1 ? ` (${positional.join(', ')})` : ''} (--help tells more)`);
  const other = pipelineOf(resolve(positional[0]));
  if (!other) fail(`${positional[0]}: no build there (looked for dist/src/core/pipeline.js and src/core/pipeline.js); build it with npm run build`);
  if (resolve(other) === resolve(self)) fail(`${positional[0]} is this checkout's own build: name another`);
  const processes = option('--processes', 3);
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main().catch((e: Error) => fail(e.message));
