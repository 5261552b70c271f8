// Two builds of the rule extractor compared in one process. On the project's
// shared 2-vCPU machines a core's speed drifts by 10% and more within
// seconds, and separate processes of one build differ by as much (TurboFan
// inlines differently from run to run), so two suite runs cannot tell a 2–5%
// change. Here both builds are loaded side by side (each module graph
// compiled on its own) and timed in alternation, a few passes each, many
// times over: drift meets both alike. Rule 0.2.18's cost over 0.2.17 was
// measured so (time ratio medians 0.90–0.96 in three processes), where the
// suite's runs had read it as within noise.
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
quartiles, and whether the two builds found the same mentions.

A ratio above 1 means this build is faster: 1.03 takes 3% less time.
The other build is a checkout built with npm run build (git worktree add
/tmp/old <commit> && cd /tmp/old && npm ci && npm run build), or its dist
folder. Pin it to one core to keep the two cores' speeds out of it:
taskset -c 0 npm run bench:pair -- /tmp/old

  --processes N   fresh processes, each its own compile (default 3)
  --rounds N      rounds a process (default 300; about 10 s a process)
  --warmup S      seconds each process runs both builds before timing
                  (default 3: TurboFan's compiles settle in the first)
  --help          this text
`;

const CHILD = '--pair-child';
const args = process.argv.slice(2);

/** Where a build's pipeline module is: <dir>/dist/src/core/pipeline.js or <dir>/src/core/pipeline.js. */
export function pipelineOf(dir: string): string | null {
  for (const p of [join(dir, 'dist', 'src', 'core', 'pipeline.js'), join(dir, 'src', 'core', 'pipeline.js')]) if (existsSync(p)) return p;
  return null;
}

function fail(msg: string): never {
  process.stderr.write(`bench:pair: ${msg}\n`);
  process.exit(2);
}

function intOption(name: string, fallback: number, least = 1): number {
  const k = args.indexOf(name);
  if (k < 0) return fallback;
  const v = Number(args[k + 1]);
  if (!Number.isInteger(v) || v < least) fail(`${name} takes a whole number of at least ${least}, got ${args[k + 1] ?? 'nothing'} (--help tells more)`);
  return v;
}

const OPTIONS = ['--processes', '--rounds', '--warmup'];

type Child = { median: number; q1: number; q3: number; same: boolean };

async function child(self: string, other: string, rounds: number, warmup: number): Promise<void> {
  const a = (await import(pathToFileURL(self).href)).extractRules as (t: string) => unknown[];
  const b = (await import(pathToFileURL(other).href)).extractRules as (t: string) => unknown[];
  const root = projectRoot();
  const corpus = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, 'seeds', f), 'utf8')).join('\n');
  const same = JSON.stringify(a(corpus)) === JSON.stringify(b(corpus));
  let sink = 0;
  const t0 = Date.now();
  while (Date.now() - t0 < warmup * 1000) sink ^= a(corpus).length ^ b(corpus).length;
  const ratios: number[] = [];
  const time = (f: (t: string) => unknown[]) => {
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
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))];
  const out: Child & { sink: number } = { median: at(0.5), q1: at(0.25), q3: at(0.75), same, sink: sink & 1 };
  process.stdout.write(JSON.stringify(out) + '\n');
}

async function main(): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) { process.stdout.write(HELP); return; }
  const positional = args.filter((x, k) => !x.startsWith('--') && !(k > 0 && OPTIONS.includes(args[k - 1])));
  const unknown = args.filter((x) => x.startsWith('--') && !OPTIONS.includes(x) && x !== CHILD);
  if (unknown.length > 0) fail(`unknown option ${unknown.join(' ')} (--help tells more)`);
  const rounds = intOption('--rounds', 300);
  const warmup = intOption('--warmup', 3, 0);
  const self = pipelineOf(projectRoot());
  if (!self) fail('this checkout is not built: run npm run build first');
  if (args.includes(CHILD)) { await child(self, positional[0], rounds, warmup); return; }
  if (positional.length !== 1) fail(`name one other build to compare with, got ${positional.length} (--help tells more)`);
  const other = pipelineOf(resolve(positional[0]));
  if (!other) fail(`${positional[0]}: no build there (looked for dist/src/core/pipeline.js and src/core/pipeline.js); build it with npm run build`);
  if (resolve(other) === resolve(self)) fail(`${positional[0]} is this checkout's own build: name another`);
  const processes = intOption('--processes', 3);
  process.stdout.write(`this build (${self}) against ${other}\ntime of the other ÷ time of this one, two passes of the seed corpus each, ${rounds} rounds a process; above 1: this build is faster\n`);
  const medians: number[] = [];
  for (let k = 1; k <= processes; k++) {
    const got = await new Promise<Child>((done, reject) => {
      const p = spawn(process.execPath, [process.argv[1], other, '--rounds', String(rounds), '--warmup', String(warmup), CHILD], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      p.stdout.on('data', (d: Buffer) => { text += d; });
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? done(JSON.parse(text) as Child) : reject(new Error(`process ${k} ended with exit code ${code}`))));
    });
    medians.push(got.median);
    process.stdout.write(`process ${k}/${processes}: median ${got.median.toFixed(3)} (quartiles ${got.q1.toFixed(3)}–${got.q3.toFixed(3)})${got.same ? '' : '; the two builds found different mentions'}\n`);
  }
  medians.sort((x, y) => x - y);
  process.stdout.write(`median of the processes' medians: ${medians[medians.length >> 1].toFixed(3)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main().catch((e: Error) => fail(e.message));
