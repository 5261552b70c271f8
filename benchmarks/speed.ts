// The performance suite: one process, tinybench, all tasks on the same text.
// Figures are quoted as ratios to the scan floor (a bare loop reading every
// character code) and to Recognizers-Text, measured in the same run: on shared
// machines absolute times drift, ratios much less.
//
//   npm run bench:speed [-- --quick] [-- --max-scale-mb 16]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { normalize } from '../src/core/normalize.js';
import { tokenize } from '../src/core/tokenize.js';
import { locateNumbers } from '../src/core/numbers.js';
import { extractRules } from '../src/core/pipeline.js';
import { createExtractor, listExtractors } from '../src/extractors/registry.js';
import { writeAtomic } from '../src/text/io.js';
import { provenance } from '../src/eval/provenance.js';
import { projectRoot } from '../src/config.js';
import { ResultsSchema, type Extractor } from '../src/types.js';
import { jiebaSegment } from '../src/extractors/jieba.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const maxScaleMb = Number(args[args.indexOf('--max-scale-mb') + 1] ?? '') || (quick ? 1 : 16);
const ROOT = projectRoot();
const log = (s = '') => process.stdout.write(s + '\n');

const corpus = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')).join('\n');
const chars = corpus.length;

/** The scan floor: read every character code once. */
function scan(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

let sink = 0;
const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(1)} k`);

async function main() {
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


  log(`corpus: the five seed reports, ${chars} UTF-16 units; node ${process.version}`);
  const bench = new Bench({ time: quick ? 300 : 1500, iterations: 3, warmupTime: quick ? 100 : 500 });
  bench.add('scan floor', () => { sink ^= scan(corpus); });
  bench.add('normalize', () => { sink ^= normalize(corpus).text.length; });
  bench.add('normalize+tokenize', () => { sink ^= tokenize(normalize(corpus).text).count; });
  bench.add('numbers (normalize+tokenize+locate)', () => { const n = normalize(corpus); sink ^= locateNumbers(n.text, tokenize(n.text)).length; });
  for (const ex of extractors) bench.add(`extractor: ${ex.name}`, async () => { sink ^= (await ex.extract(corpus)).length; });
  bench.add('jieba segmentation', () => { sink ^= jiebaSegment(corpus).length; });
  await bench.run();

  const rows = bench.tasks.map((t) => {
    const r = t.result as { state?: string; latency?: { mean: number; rme: number }; mean?: number; rme?: number } | undefined;
    const mean = r?.latency?.mean ?? r?.mean ?? NaN; // ms
    const rme = r?.latency?.rme ?? r?.rme ?? NaN;
    return { task: t.name, msPerRun: mean, charsPerSecond: chars / (mean / 1000), rmePercent: rme, samples: (t.result as { latency?: { samples?: unknown[] } })?.latency?.samples?.length ?? null };
  });
  const floor = rows.find((r) => r.task === 'scan floor')!.charsPerSecond;
  const peer = rows.find((r) => r.task === 'extractor: recognizers')?.charsPerSecond;
  log('\nthroughput on the whole seed corpus (one thread)');
  log(`${'task'.padEnd(38)} ${'chars/s'.padStart(10)} ${'±%'.padStart(6)} ${'× floor'.padStart(9)} ${peer ? '× recognizers'.padStart(14) : ''}`);
  for (const r of rows) log(`${r.task.padEnd(38)} ${fmt(r.charsPerSecond).padStart(10)} ${r.rmePercent.toFixed(1).padStart(6)} ${(r.charsPerSecond / floor).toFixed(4).padStart(9)} ${peer ? (r.charsPerSecond / peer).toFixed(1).padStart(14) : ''}`);

  // scaling: chars/s and peak memory from 1 KB to N MB, doubling
  log(`\nscaling: chars/s by input size (the figure should stay flat) and the process's resident memory after the runs, MiB`);
  const scaling: { task: string; size: number; charsPerSecond: number; peakRssMiB: number }[] = [];
  const scaleTasks: [string, (t: string) => Promise<unknown> | unknown, number][] = [
    ['scan floor', scan, maxScaleMb], ['rule', extractRules, maxScaleMb],
  ];
  // the slow models stop early: their cost per size is reported up to where a run passes 20 s
  const capOf = (name: string) => (name === 'transformer' ? 1 : name === 'recognizers' ? 0.25 : 4);
  for (const ex of extractors.filter((e) => e.name !== 'rule')) scaleTasks.push([ex.name, (t: string) => ex.extract(t), Math.min(maxScaleMb, capOf(ex.name))]);
  for (const [name, fn, capMb] of scaleTasks) {
    const cells: string[] = [];
    for (let size = 1024; size <= capMb * 1024 * 1024; size *= 2) {
      const text = corpus.repeat(Math.ceil(size / corpus.length)).slice(0, size);
      let best = Infinity;
      let peak = 0;
      // best of a few runs; one run for the big inputs and for the slow models
      const slow = capMb < 4;
      const reps = slow ? (size <= 16384 ? 3 : 1) : size <= 16384 ? 10 : size <= 1 << 18 ? 3 : 1;
      for (let k = 0; k < reps; k++) {
        const t0 = performance.now();
        await fn(text);
        best = Math.min(best, performance.now() - t0);
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      const cps = size / (best / 1000);
      scaling.push({ task: name, size, charsPerSecond: cps, peakRssMiB: peak / 2 ** 20 });
      cells.push(`${size >= 1 << 20 ? `${size >> 20}M` : `${size >> 10}K`}:${fmt(cps)} (${(peak / 2 ** 20).toFixed(0)})`);
      if (best > 20_000) { cells.push('(stopped: over 20 s)'); break; }
    }
    log(`${name.padEnd(12)} ${cells.join('  ')}`);
  }

  // worker threads: the same stream through `zhnum extract --jobs N`, whole-process timing.
  // For a cheap extractor (rule) the cost is parsing and printing JSON lines on
  // the main thread, and a second worker only adds messages; a CPU-bound,
  // single-threaded extractor (recognizers) gains from a second core.
  log('\nzhnum extract --jobs N: whole-process wall time, documents as JSON lines on stdin');
  const docLines = (copies: number) => Array.from({ length: copies }, (_, k) => corpus.split('\n\n\n').map((t, j) => JSON.stringify({ doc: `d${k}-${j}`, text: t })).join('\n')).join('\n') + '\n';
  const jobs: { extractor: string; chars: number; jobs: number; seconds: number }[] = [];
  for (const [name, copies] of [['rule', quick ? 8 : 64], ['recognizers', quick ? 0 : 1]] as const) {
    if (!copies || !extractors.some((e) => e.name === name)) continue;
    const input = docLines(copies);
    for (const n of [1, 2]) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'extract', '--extractor', name, '--jobs', String(n), '-'], { input, maxBuffer: 1 << 30 });
      const sec = (performance.now() - t0) / 1000;
      jobs.push({ extractor: name, chars: corpus.length * copies, jobs: n, seconds: sec });
      log(`${name.padEnd(12)} ${(corpus.length * copies / 1e6).toFixed(1)}M chars  --jobs ${n}: ${sec.toFixed(2)} s${r.status ? ` (exit ${r.status})` : ''}`);
    }
    const [a, b] = jobs.slice(-2);
    log(`${name.padEnd(12)} speed-up 1 → 2 workers: ×${(a.seconds / b.seconds).toFixed(2)}`);
  }

  // accuracy and speed together, from the last main run if there is one
  const latest = join(ROOT, 'results', 'latest', 'results.json');
  if (existsSync(latest)) {
    const r = ResultsSchema.parse(JSON.parse(readFileSync(latest, 'utf8')));
    log(`\naccuracy and speed: ${r.dataset.name} ${r.dataset.version}, split ${r.dataset.split} (F1 from results/latest; chars/s from this run)`);
    for (const e of r.extractors) {
      const sp = rows.find((x) => x.task === `extractor: ${e.name}`);
      log(`${e.name.padEnd(14)} strict F1 ${(100 * e.scores.strict.overall.f1).toFixed(1).padStart(5)}  value F1 ${(100 * e.scores.value.overall.f1).toFixed(1).padStart(5)}  ${sp ? fmt(sp.charsPerSecond) : 'n/a'} chars/s`);
    }
  }
  const out = { corpusChars: chars, throughput: rows, floorCharsPerSecond: floor, scaling, jobs, provenance: provenance(), sink };
  writeAtomic(join(ROOT, 'results', 'speed', 'latest.json'), JSON.stringify(out, null, 2) + '\n');
  log('\nwrote results/speed/latest.json');
  for (const ex of extractors) await ex.dispose?.();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
