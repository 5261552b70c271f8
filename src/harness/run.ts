// Runs extractors over the units of a dataset split in the worker pool,
// records each document's failure, and hands the predictions to evaluation.
import { codePointsOf } from '../text/codepoints.js';
import { checkMentions, summarizeProblems } from '../data/mentions.js';
import { evaluate } from '../eval/score.js';
import { buildResults, type ScoredExtractor } from '../eval/results.js';
import { DEFAULTS } from '../config.js';
import { clip } from '../text/codepoints.js';
import { ExtractorStartError, WorkerPool, type Isolation } from './pool.js';
import type { Dataset, DocError, EvalDoc, ExtractorInfo, Mention, Results } from '../types.js';

export interface Progress {
  extractor: string;
  done: number;
  total: number;
  chars: number;
  totalChars: number;
  elapsedMs: number;
}

export interface RunOptions {
  /** registered names or file:PATH#export specs */
  extractors: string[];
  split: string;
  timeoutMs?: number;
  /** how long an extractor may take to start; default DEFAULTS.startTimeoutMs, or timeoutMs where longer */
  startTimeoutMs?: number;
  concurrency?: number;
  bootstrap?: number;
  seed?: number;
  /** worker threads or child processes (pool.ts); auto by default */
  isolation?: Isolation;
  /** options handed to every extractor's factory (e.g. { model: DIR }) */
  extractorOptions?: Record<string, unknown>;
  onProgress?: (p: Progress) => void;
}

export interface ExtractorRun {
  info: ExtractorInfo;
  /** unit ID → the valid mentions the extractor returned */
  predictions: Map<string, Mention[]>;
  errors: DocError[];
  seconds: number;
  chars: number;
  /** how many workers were started: no more than the units, nor than `concurrency` (absent where no extractor ran: `zhnum score`) */
  workers?: number;
}

export interface RunOutput {
  results: Results;
  /** per extractor, in the order of `results.extractors` */
  runs: (ExtractorRun & ScoredExtractor)[];
  units: EvalDoc[];
}

/** Run one extractor over the units, `concurrency` documents at a time; one that cannot start is recorded on every unit. */
export async function runExtractor(spec: string, units: readonly EvalDoc[], opts: Omit<RunOptions, 'extractors' | 'split'>): Promise<ExtractorRun> {
  const pool = startPool(spec, opts, units.length);
  try {
    let info: ExtractorInfo;
    try {
      info = await pool.info();
    } catch (e) {
      const message = `could not start: ${(e as Error).message}`;
      return { info: { name: spec, version: 'unknown', description: 'failed to start' }, predictions: new Map(), errors: units.map((u) => ({ doc: u.id, kind: 'threw', message })), seconds: 0, chars: 0, workers: pool.started };
    }
    return await runOn(pool, info, units, opts);
  } finally {
    await pool.close();
  }
}

/** A pool of `concurrency` workers, no more of them started than there are units (a worker of the transformer is a process with its model). */
function startPool(spec: string, opts: Omit<RunOptions, 'extractors' | 'split'>, units: number): WorkerPool {
  return new WorkerPool(spec, opts.extractorOptions ?? {}, Math.max(1, opts.concurrency ?? DEFAULTS.concurrency), {
    isolation: opts.isolation, startTimeoutMs: opts.startTimeoutMs, timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs, start: units,
  });
}

async function runOn(pool: WorkerPool, info: ExtractorInfo, units: readonly EvalDoc[], opts: Omit<RunOptions, 'extractors' | 'split'>): Promise<ExtractorRun> {
  const timeoutMs = opts.timeoutMs ?? DEFAULTS.timeoutMs;
  const predictions = new Map<string, Mention[]>();
  const errors: DocError[] = [];
  const totalChars = units.reduce((s, u) => s + u.chars, 0);
  let done = 0, chars = 0, ms = 0, measuredChars = 0;
  const t0 = performance.now();
  await Promise.all(units.map(async (u) => {
    const r = await pool.extract(u.text, timeoutMs);
    if ('error' in r) {
      errors.push({ doc: u.id, kind: r.error, message: r.message });
      predictions.set(u.id, []);
    } else {
      const { mentions, problems } = checkMentions(r.mentions, codePointsOf(u));
      if (problems.length) errors.push({ doc: u.id, kind: 'invalid', message: summarizeProblems(problems) });
      predictions.set(u.id, mentions);
      ms += r.ms;
      measuredChars += u.chars;
    }
    done++; chars += u.chars;
    opts.onProgress?.({ extractor: info.name, done, total: units.length, chars, totalChars, elapsedMs: performance.now() - t0 });
  }));
  // errors in unit order, whatever order the workers finished in
  const order = new Map(units.map((u, i) => [u.id, i]));
  errors.sort((a, b) => order.get(a.doc)! - order.get(b.doc)!);
  return { info, predictions, errors, seconds: ms / 1000, chars: measuredChars, workers: pool.started };
}

/**
 * Run every extractor on the units of a split, score them, test every pair,
 * record provenance. Every extractor is started first: one that cannot start,
 * or two under one name (their scores and the gate would mix them up), stop
 * the run before any document is read (ExtractorStartError).
 */
export async function runBenchmark(ds: Dataset, units: EvalDoc[], opts: RunOptions): Promise<RunOutput> {
  const pools = opts.extractors.map((spec) => startPool(spec, opts, units.length));
  try {
    const started = await Promise.allSettled(pools.map((p) => p.info()));
    const infos: ExtractorInfo[] = [];
    started.forEach((s, i) => {
      if (s.status === 'rejected') throw new ExtractorStartError(`extractor ${clip(opts.extractors[i])} could not start: ${(s.reason as Error).message}`);
      infos.push(s.value);
    });
    const named = new Map<string, string>();
    infos.forEach((info, i) => {
      const prev = named.get(info.name);
      if (prev !== undefined) throw new ExtractorStartError(`two extractors are named "${clip(info.name)}" (${clip(prev)} and ${clip(opts.extractors[i])}): their scores could not be told apart; give one another name`);
      named.set(info.name, opts.extractors[i]);
    });
    const runs: (ExtractorRun & ScoredExtractor)[] = [];
    for (const [i, pool] of pools.entries()) {
      const run = await runOn(pool, infos[i], units, opts);
      await pool.close();
      runs.push({ ...run, evaluation: evaluate(units, run.predictions) });
    }
    const results = buildResults(ds, units, runs, {
      split: opts.split, extractors: opts.extractors,
      bootstrap: opts.bootstrap ?? DEFAULTS.bootstrap, seed: opts.seed ?? DEFAULTS.seed,
      timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs, concurrency: opts.concurrency ?? DEFAULTS.concurrency,
      options: opts.extractorOptions ?? {},
    });
    return { results, runs, units };
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}
