// Runs extractors over a dataset split, isolates their failures, scores them
// and assembles the results record. Returns data; reporters print it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { CodePoints } from './text.js';
import { scoreAll } from './score.js';
import { bootstrapCi, pairedBootstrap, resamples } from './stats.js';
import { provenance } from './provenance.js';
import {
  MentionSchema, RESULTS_SCHEMA_VERSION, SCHEMES,
  type Dataset, type DocError, type EvalDoc, type ExtractorInfo, type ExtractorResult, type Mention, type PairTest, type Results,
} from './types.js';
import type { WorkerReply } from './worker.js';

export interface Progress {
  extractor: string;
  done: number;
  total: number;
  chars: number;
  totalChars: number;
  elapsedMs: number;
}

export interface RunOptions {
  extractors: string[];
  split: string;
  timeoutMs?: number;
  concurrency?: number;
  bootstrap?: number;
  seed?: number;
  /** options handed to every extractor's factory (e.g. { model: DIR }) */
  extractorOptions?: Record<string, unknown>;
  onProgress?: (p: Progress) => void;
}

export interface PredictionRecord extends Mention {
  extractor: string;
  doc: string;
}

export interface RunOutput {
  results: Results;
  predictions: PredictionRecord[];
}

function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  // running from TypeScript sources (tests): use the build
  return new URL('../dist/src/worker.js', import.meta.url);
}

/** A worker running one extractor, restarted after a timeout. */
export class ExtractorWorker {
  private worker!: Worker;
  private ready!: Promise<ExtractorInfo>;
  private pending = new Map<number, (r: WorkerReply) => void>();
  private nextId = 0;

  constructor(private readonly spec: string, private readonly options: Record<string, unknown>) {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(workerUrl(), { workerData: { spec: this.spec, options: this.options } });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      const onMsg = (m: WorkerReply) => {
        if (m.type === 'ready') resolve(m.info);
        else if (m.type === 'init-error') reject(new Error(m.message));
        else this.pending.get(m.id)?.(m);
      };
      this.worker.on('message', onMsg);
      this.worker.on('error', (e) => { reject(e); for (const [, cb] of this.pending) cb({ type: 'error', id: -1, message: `worker crashed: ${e.message}` }); this.pending.clear(); });
      this.worker.on('exit', (code) => { if (code !== 0) for (const [, cb] of this.pending) cb({ type: 'error', id: -1, message: `worker exited with code ${code}` }); this.pending.clear(); });
    });
    this.ready.catch(() => undefined);
  }

  info(): Promise<ExtractorInfo> {
    return this.ready;
  }

  async extract(text: string, timeoutMs: number): Promise<{ mentions: unknown; ms: number } | { error: DocError['kind']; message: string }> {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        void this.worker.terminate();
        this.start();
        resolve({ error: 'timeout', message: `no answer within ${timeoutMs} ms` });
      }, timeoutMs);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        this.pending.delete(id);
        if (m.type === 'result') resolve({ mentions: m.mentions, ms: m.ms });
        else if (m.type === 'error') resolve({ error: 'threw', message: m.message });
      });
      this.worker.postMessage({ type: 'extract', id, text });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Keep the well-formed mentions of an extractor's answer; report the rest. */
export function checkMentions(raw: unknown, doc: EvalDoc): { mentions: Mention[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(raw)) return { mentions: [], problems: [`returned ${typeof raw}, not an array of mentions`] };
  const cp = new CodePoints(doc.text);
  const mentions: Mention[] = [];
  raw.forEach((x, i) => {
    const r = MentionSchema.safeParse(x);
    if (!r.success) { problems.push(`mention ${i}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`); return; }
    const m = r.data;
    if (m.end > cp.length || m.end <= m.start) { problems.push(`mention ${i} [${m.start}, ${m.end}) is outside the text (${cp.length} code points)`); return; }
    if (cp.slice(m.start, m.end) !== m.text) { problems.push(`mention ${i}: text ${JSON.stringify(m.text)} differs from the document at [${m.start}, ${m.end})`); return; }
    if ((m.type === 'DATE') !== (typeof m.value === 'string')) { problems.push(`mention ${i}: a ${m.type} needs a ${m.type === 'DATE' ? 'string' : 'number'} value`); return; }
    mentions.push(m);
  });
  return { mentions, problems };
}

export interface ExtractorRun {
  info: ExtractorInfo;
  predictions: Map<string, Mention[]>;
  errors: DocError[];
  seconds: number;
  chars: number;
}

/** Run one extractor over the units, `concurrency` documents at a time. */
export async function runExtractor(spec: string, units: EvalDoc[], opts: Omit<RunOptions, 'extractors' | 'split'>): Promise<ExtractorRun> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const workers = Array.from({ length: concurrency }, () => new ExtractorWorker(spec, opts.extractorOptions ?? {}));
  const predictions = new Map<string, Mention[]>();
  const errors: DocError[] = [];
  let info: ExtractorInfo;
  try {
    info = await workers[0].info();
    await Promise.all(workers.map((w) => w.info()));
  } catch (e) {
    await Promise.all(workers.map((w) => w.close()));
    const message = `could not start: ${(e as Error).message}`;
    for (const u of units) errors.push({ doc: u.id, kind: 'threw', message });
    return { info: { name: spec, version: 'unknown', description: 'failed to start' }, predictions, errors, seconds: 0, chars: 0 };
  }
  const idle = workers.slice();
  const limit = pLimit(concurrency);
  const totalChars = units.reduce((s, u) => s + u.chars, 0);
  let done = 0, chars = 0, ms = 0, measuredChars = 0;
  const t0 = performance.now();
  await Promise.all(units.map((u) => limit(async () => {
    const w = idle.pop()!;
    try {
      const r = await w.extract(u.text, timeoutMs);
      if ('error' in r) {
        errors.push({ doc: u.id, kind: r.error, message: r.message });
        predictions.set(u.id, []);
      } else {
        const { mentions, problems } = checkMentions(r.mentions, u);
        if (problems.length) errors.push({ doc: u.id, kind: 'invalid', message: `${problems.length} invalid mention(s) dropped; first: ${problems[0]}` });
        predictions.set(u.id, mentions);
        ms += r.ms;
        measuredChars += u.chars;
      }
    } finally {
      idle.push(w);
      done++; chars += u.chars;
      opts.onProgress?.({ extractor: info.name, done, total: units.length, chars, totalChars, elapsedMs: performance.now() - t0 });
    }
  })));
  await Promise.all(workers.map((w) => w.close()));
  return { info, predictions, errors, seconds: ms / 1000, chars: measuredChars };
}

/** Run every extractor on a split, score, test pairs, and record provenance. */
export async function runBenchmark(ds: Dataset, units: EvalDoc[], opts: RunOptions): Promise<RunOutput> {
  const bootstrap = opts.bootstrap ?? 1000;
  const seed = opts.seed ?? 20241121;
  const results: ExtractorResult[] = [];
  const predictions: PredictionRecord[] = [];
  const segmentCount = { n: 0 };
  let draws: Uint32Array[] | null = null;
  for (const spec of opts.extractors) {
    const run = await runExtractor(spec, units, opts);
    const items = units.map((doc) => ({ doc, predictions: run.predictions.get(doc.id) ?? [] }));
    const { scores, segments } = scoreAll(items);
    segmentCount.n = segments.strict.tp.length;
    draws ??= bootstrap > 0 ? resamples(segmentCount.n, bootstrap, seed) : [];
    if (draws.length) for (const scheme of SCHEMES) scores[scheme].overall.ci95 = bootstrapCi(segments[scheme], draws);
    results.push({
      name: run.info.name, version: run.info.version, description: run.info.description,
      scores, segments,
      throughput: { chars: run.chars, seconds: run.seconds, charsPerSecond: run.seconds > 0 ? run.chars / run.seconds : 0 },
      errors: run.errors,
    });
    for (const doc of units) for (const m of run.predictions.get(doc.id) ?? []) predictions.push({ extractor: run.info.name, doc: doc.id, ...m });
  }
  const pairs: PairTest[] = [];
  for (let a = 0; a < results.length; a++) for (let b = a + 1; b < results.length; b++) {
    for (const scheme of SCHEMES) {
      const t = pairedBootstrap(results[a].segments[scheme], results[b].segments[scheme], draws ?? []);
      pairs.push({ a: results[a].name, b: results[b].name, scheme, deltaF1: t.delta, pValue: t.pValue });
    }
  }
  const results_: Results = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    dataset: {
      name: ds.name, version: ds.version, sha256: ds.sha256, dir: ds.dir, split: opts.split,
      documents: units.length, characters: units.reduce((s, u) => s + u.chars, 0),
      mentions: units.reduce((s, u) => s + u.gold.filter((m) => !m.optional).length, 0), segments: segmentCount.n,
    },
    config: {
      extractors: opts.extractors, bootstrap, seed, timeoutMs: opts.timeoutMs ?? 60_000,
      concurrency: opts.concurrency ?? 1, options: opts.extractorOptions ?? {},
    },
    extractors: results,
    pairs,
    provenance: provenance(),
  };
  return { results: results_, predictions };
}
