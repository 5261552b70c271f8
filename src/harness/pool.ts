// The one worker pool. Every extractor runs out of the main thread, for `run`
// and `extract` alike, so that a document that throws, hangs or kills its
// worker is recorded and the next document goes on in a fresh worker.
//
// Isolation. Worker threads are cheap to start and to talk to, and contain a
// throw, a hang (terminate), `process.exit()` and stdout (each worker's stdout
// is sent to our stderr, never into the JSON lines). They cannot contain a
// native abort: an addon that runs work on its own threads (onnxruntime, the
// transformer's engine) calls std::terminate when its worker is stopped in
// the middle of a call, and that takes the whole process down. Such
// extractors run in child processes, killed with SIGKILL on a timeout.
// `auto` picks processes for the transformer and threads for the rest;
// `--isolation process` is there for a user's own native extractor.
import { fork, type ChildProcess } from 'node:child_process';
import { DEFAULTS } from '../config.js';
import { Worker } from 'node:worker_threads';
import { clip } from '../text/codepoints.js';
import { countNewlines } from '../text/utf8.js';
import type { DocError, ExtractorInfo } from '../types.js';
import type { BlockJob, BlockResult, Note } from './blocks.js';
import { PROGRESS_BYTES, type WorkerReply, type WorkerRequest } from './protocol.js';
import { takePrestarted, workerPath } from './prestart.js';

export const ISOLATIONS = ['auto', 'thread', 'process'] as const;
export type Isolation = (typeof ISOLATIONS)[number];

/** Extractors known to run native code on threads of its own (see above). */
const NEEDS_PROCESS = new Set(['transformer']);

export function isolationFor(spec: string, wanted: Isolation = 'auto'): 'thread' | 'process' {
  if (wanted !== 'auto') return wanted;
  return NEEDS_PROCESS.has(spec) ? 'process' : 'thread';
}

/** An extractor could not start (or two share a name): nothing can be run. */
export class ExtractorStartError extends Error {}

export type ExtractReply = { mentions: unknown; ms: number } | { error: DocError['kind']; message: string };

/** What became of one request. */
type Outcome =
  | { ok: WorkerReply }
  | { failed: 'timeout' | 'crashed' | 'start' | 'closed'; message: string; index: number };


/** How many times in a row a worker may end by an error outside any document, with no answer between, and be started again. */
const STRAYS_IN_A_ROW = 3;

/** A thread or a child process running worker.ts, seen through one small interface. */
interface Backend {
  send(m: WorkerRequest): void;
  kill(): Promise<void>;
}

/**
 * Workers are not unref'd: while the main thread waits for an answer (or for
 * a worker to start) nothing else may keep the process alive, and an
 * unref'd worker would let it exit 0 in the middle. Every user of the pool
 * closes it.
 */
function startBackend(kind: 'thread' | 'process', onMessage: (m: WorkerReply) => void, onExit: (why: string) => void): Backend {
  const path = workerPath();
  if (kind === 'thread') {
    // an extractor's console.log must not land in our output: worker.ts sends
    // it as messages; whatever still reaches the thread's stdout goes to stderr
    // (the one main.ts started ahead for `zhnum extract`, when it waits: prestart.ts)
    const w = takePrestarted() ?? new Worker(path, { stdout: true });
    w.stdout.on('data', (d: Buffer) => { process.stderr.write(d); });
    let lastError = '';
    w.on('message', onMessage);
    w.on('error', (e) => { lastError = describe(e); });
    w.on('exit', (code) => onExit(lastError ? `the worker crashed: ${lastError}` : `the worker exited with code ${code}`));
    return { send: (m) => w.postMessage(m), kill: async () => { await w.terminate(); } };
  }
  const c: ChildProcess = fork(path, [], { serialization: 'advanced', stdio: ['ignore', 'pipe', 'inherit', 'ipc'], execArgv: [] });
  c.stdout!.on('data', (d: Buffer) => { process.stderr.write(d); });
  c.on('message', (m) => onMessage(m as WorkerReply));
  c.on('error', (e) => onExit(`the worker process failed: ${describe(e)}`));
  // V8 aborts the process when it runs out of memory (its message and stack are on stderr, which is ours)
  c.on('exit', (code, signal) => onExit(signal ? `the worker process was killed by ${signal}${signal === 'SIGABRT' ? ' (as V8 ends a process out of memory or on a fatal error: see its message above)' : ''}` : `the worker process exited with code ${code}`));
  return {
    // shared memory does not cross processes: a block in a SharedArrayBuffer (input.ts) is sent as a copy
    // (nor does lent memory for the answer: the process allocates its own)
    send: (m) => { c.send(m.type === 'block' ? { ...m, job: ownCopy(m.job) } : m.type === 'blocks' ? { ...m, jobs: m.jobs.map(ownCopy) } : m); },
    kill: () => new Promise((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    }),
  };
}

/** A block as a child process gets it: its bytes copied out of shared memory, no memory lent for the answer. */
function ownCopy(job: BlockJob): BlockJob {
  return job.bytes.buffer instanceof SharedArrayBuffer || job.out ? { ...job, bytes: new Uint8Array(job.bytes), out: undefined } : job;
}

function describe(e: unknown): string {
  return clip(e instanceof Error ? e.message : String(e), 500);
}

interface Current {
  id: number;
  resolve: (o: Outcome) => void;
  sentAt: number;
  timer: NodeJS.Timeout | null;
  /** the request, to send it again to a fresh worker where the last one died before it began */
  make: (id: number) => WorkerRequest;
  timeoutMs: number;
  resent: boolean;
  /** the generation of the worker it was last sent to (one waiting for a restart has not been sent to it yet) */
  sentTo: number;
}

/** One worker running one extractor; restarted after a timeout or a crash. */
class ExtractorWorker {
  private backend!: Backend;
  private ready!: Promise<ExtractorInfo>;
  private local = false;
  private closing = false;
  private generation = 0;
  private current: Current | null = null;
  private nextId = 1;
  private startTimer: NodeJS.Timeout | null = null;
  /** what the worker of this generation said of an error outside extract() before it ended */
  private stray: { message: string; during: number | null } | null = null;
  /** threads: [request id, item index] and the item's start time, written by the worker */
  private readonly shared = typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(PROGRESS_BYTES) : null;
  /** child processes: the same, from tick messages */
  private ticked = { id: 0, index: 0, at: 0 };
  /** this generation's worker has said it is ready (a crash before that is a failed start, whatever threw) */
  private live = false;
  /** workers ended by an error outside any document since the last answer: past STRAYS_IN_A_ROW, no more are started */
  private straysInARow = 0;
  /** the current generation's start, to settle when the pool closes while it waits */
  private settleStart: ((e: Error) => void) | null = null;

  constructor(
    private readonly spec: string,
    private readonly options: Record<string, unknown>,
    private readonly kind: 'thread' | 'process',
    private readonly startTimeoutMs: number,
    /** an error the extractor threw outside any document (no document is charged with it); `resent`: a request waiting on the worker goes to the fresh one */
    private readonly onStray: (message: string, resent: boolean) => void = () => undefined,
  ) {
    this.start();
  }

  /** What the extractor said of itself when it started (Extractor.sentenceLocal); false until then. */
  get sentenceLocal(): boolean {
    return this.local;
  }

  private start(): void {
    const gen = ++this.generation;
    this.stray = null;
    this.live = false;
    let settle!: { resolve: (i: ExtractorInfo) => void; reject: (e: Error) => void };
    this.ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    this.ready.catch(() => undefined);
    this.settleStart = (e) => settle.reject(e);
    if (this.startTimer) clearTimeout(this.startTimer);
    const startTimer = this.startTimer = setTimeout(() => {
      if (gen !== this.generation) return;
      settle.reject(new Error(`did not start within ${this.startTimeoutMs} ms (--start-timeout MS allows more)`));
      this.generation++;
      void this.backend.kill();
    }, this.startTimeoutMs);
    this.backend = startBackend(this.kind, (m) => {
      if (gen !== this.generation) return;
      if (m.type === 'ready') { clearTimeout(startTimer); this.live = true; this.local = m.sentenceLocal === true; settle.resolve(m.info); return; }
      if (m.type === 'init-error') { clearTimeout(startTimer); settle.reject(new Error(m.message)); return; }
      if (m.type === 'tick') { this.ticked = { id: m.id, index: m.index, at: Date.now() }; return; }
      if (m.type === 'stdout') { process.stderr.write(m.text); return; }
      if (m.type === 'stray') { this.stray = { message: m.message, during: m.during }; return; }
      const c = this.current;
      if (!c || c.id !== m.id) return;
      this.straysInARow = 0;
      this.finish(c, { ok: m });
    }, (why) => {
      if (gen !== this.generation || this.closing) return;
      clearTimeout(startTimer);
      const stray = this.stray;
      if (stray) why = `the worker crashed: ${stray.message}`;
      settle.reject(new Error(`${why} while starting`));
      const c = this.current;
      // a crash of a started worker outside the request it was sent (between documents, after the
      // last answer) belongs to no document: that request had not begun, and goes to the fresh
      // worker (once)
      const between = stray !== null && this.live && !(c !== null && stray.during === c.id);
      const resend = between && c !== null && !c.resent;
      if (between) this.onStray(stray.message, resend);
      // a request that waits for this worker to start is answered by its start's failure (resend)
      if (c && !resend && c.sentTo === gen) this.finish(c, { failed: 'crashed', message: why, index: this.progress(c).index });
      // a worker that never started would only die again; nor is one restarted that ends so every time
      if (between && ++this.straysInARow > STRAYS_IN_A_ROW) {
        const e = new Error(`${why}, ${this.straysInARow} times with no answer between: not started again`);
        this.ready = Promise.reject(e);
        this.ready.catch(() => undefined);
        if (c && this.current === c) this.finish(c, { failed: 'start', message: e.message, index: 0 });
        return;
      }
      // a worker that died before it was ready (the first or a restarted one) would only die again:
      // requests are then told it could not start
      if (this.live) this.start();
      if (resend && this.current === c) this.resend(c!);
    });
    if (this.shared) new Int32Array(this.shared).fill(0);
    this.backend.send({ type: 'init', spec: this.spec, options: this.options, ...(this.kind === 'thread' && this.shared ? { progress: this.shared } : {}) });
  }

  private finish(c: Current, o: Outcome): void {
    if (c.timer) clearTimeout(c.timer);
    if (this.current === c) this.current = null;
    c.resolve(o);
  }

  /** Which item of request `c` runs, and since when. */
  private progress(c: Current): { index: number; since: number } {
    if (this.kind === 'thread' && this.shared) {
      const i32 = new Int32Array(this.shared, 0, 2);
      if (Atomics.load(i32, 0) === c.id) return { index: Atomics.load(i32, 1), since: new Float64Array(this.shared, 8, 1)[0] };
    } else if (this.ticked.id === c.id) {
      return { index: this.ticked.index, since: this.ticked.at };
    }
    return { index: 0, since: c.sentAt };
  }

  info(): Promise<ExtractorInfo> {
    return this.ready;
  }

  /** Send one request; the time limit counts from the start of each item the worker marks. */
  async request(make: (id: number) => WorkerRequest, timeoutMs: number): Promise<Outcome> {
    try {
      await this.ready;
    } catch (e) {
      return this.closing ? { failed: 'closed', message: 'the run stopped', index: 0 } : { failed: 'start', message: (e as Error).message, index: 0 };
    }
    // closed while this request waited for the worker to start
    if (this.closing) return { failed: 'closed', message: 'the run stopped', index: 0 };
    const id = this.nextId++;
    return new Promise<Outcome>((resolve) => {
      const c: Current = { id, resolve, sentAt: Date.now(), timer: null, make, timeoutMs, resent: false, sentTo: 0 };
      this.current = c;
      this.send(c);
    });
  }

  /** Send request `c` to the worker, its time limit armed. */
  private send(c: Current): void {
    const check = () => {
      const p = this.progress(c);
      const left = p.since + c.timeoutMs - Date.now();
      if (left > 0) { c.timer = setTimeout(check, left); return; }
      // stop this worker and start a fresh one for what comes next
      this.generation++;
      void this.backend.kill();
      this.start();
      this.finish(c, { failed: 'timeout', message: `no answer within ${c.timeoutMs} ms (--timeout MS allows more)`, index: p.index });
    };
    c.sentAt = Date.now();
    c.sentTo = this.generation;
    c.timer = setTimeout(check, c.timeoutMs);
    try {
      this.backend.send(c.make(c.id));
    } catch (e) {
      this.finish(c, { failed: 'crashed', message: `could not send the document to the worker: ${describe(e)}`, index: 0 });
    }
  }

  /** Request `c` again, to the worker just restarted: the one before died between documents, before it began. */
  private resend(c: Current): void {
    c.resent = true;
    if (c.timer) { clearTimeout(c.timer); c.timer = null; }
    this.ready.then(() => {
      if (this.current === c && !this.closing) this.send(c);
    }, (e: Error) => {
      if (this.current === c) this.finish(c, { failed: 'start', message: e.message, index: 0 });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.generation++;
    if (this.startTimer) clearTimeout(this.startTimer);
    // a request waiting for a (re)start is answered, not left waiting for ever
    this.settleStart?.(new Error('the run stopped'));
    if (this.current) this.finish(this.current, { failed: 'closed', message: 'the run stopped', index: 0 });
    await this.backend.kill();
  }
}

/** The outcome of a block: the worker's result, with failures (timeouts, crashes) added as notes. */
export interface BlockOutcome extends BlockResult {
  /** the extractor could not start: nothing in the block was done */
  startError?: string;
  /** the worker's time on the block, in ms (absent when it failed) */
  ms?: number;
}

/**
 * Up to `size` workers of one extractor; each request waits for an idle one.
 * `start` of them start at once (all, unless told); the others only when a
 * request finds every started one busy: a worker costs its start (and, for
 * the rule extractor, about a second of compiling once it has work), which
 * an input of one block would pay `size` times for nothing.
 */
export class WorkerPool {
  private readonly workers: ExtractorWorker[] = [];
  private readonly idle: ExtractorWorker[] = [];
  private readonly waiting: ((w: ExtractorWorker) => void)[] = [];
  private readonly size: number;
  private readonly make: () => ExtractorWorker;
  private closed = false;
  /**
   * Errors the extractor threw outside any document (a timer or a promise it
   * left behind): the first is said on stderr at once, how many in all when
   * the pool closes. No document is charged with them.
   */
  private strays = 0;
  readonly isolation: 'thread' | 'process';

  /**
   * `startTimeoutMs`: how long an extractor may take to start; without it,
   * DEFAULTS.startTimeoutMs, or the per-document `timeoutMs` where longer. A
   * cmd: program's start-up probe gets that limit, and its worker a little
   * more, so that the probe's message (what the program did) is the one given.
   */
  constructor(private readonly spec: string, options: Record<string, unknown>, size: number, opts: { isolation?: Isolation; startTimeoutMs?: number; timeoutMs?: number; start?: number } = {}) {
    this.isolation = isolationFor(spec, opts.isolation);
    const limit = opts.startTimeoutMs ?? Math.max(opts.timeoutMs ?? 0, DEFAULTS.startTimeoutMs);
    const cmd = spec.startsWith('cmd:');
    const startTimeoutMs = cmd ? limit + 5_000 : limit;
    const workerOptions = cmd ? { ...options, startTimeoutMs: limit } : options;
    this.size = Math.max(1, size);
    this.make = () => {
      const w = new ExtractorWorker(spec, workerOptions, this.isolation, startTimeoutMs, (message, resent) => {
        if (++this.strays === 1) process.stderr.write(`zhnum: extractor ${clip(spec)} threw outside any document (a timer or a promise it left behind): ${message}; its worker was restarted${resent ? ', and the work sent to it since, not yet begun, was sent again' : ''}\n`);
      });
      this.workers.push(w);
      return w;
    };
    const start = Math.min(this.size, Math.max(1, opts.start ?? this.size));
    for (let k = 0; k < start; k++) this.idle.push(this.make());
  }

  /** How many workers have been started so far. */
  get started(): number {
    return this.workers.length;
  }

  /** The extractor's name and version once every worker started so far has started; rejects with the reason one could not. */
  async info(): Promise<ExtractorInfo> {
    const infos = await Promise.all(this.workers.map((w) => w.info()));
    return infos[0];
  }

  /** Whether the extractor says it is sentence-local (Extractor.sentenceLocal): what the first worker said once info() has resolved, false before. */
  get sentenceLocal(): boolean {
    return this.workers[0]?.sentenceLocal ?? false;
  }

  private async withWorker<T>(f: (w: ExtractorWorker) => Promise<T>): Promise<T> {
    const w = this.idle.pop() ?? (this.workers.length < this.size && !this.closed ? this.make() : await new Promise<ExtractorWorker>((r) => this.waiting.push(r)));
    try {
      return await f(w);
    } finally {
      const next = this.waiting.shift();
      if (next) next(w); else this.idle.push(w);
    }
  }

  /** One unit's text → the extractor's raw answer, or why there is none. */
  extract(text: string, timeoutMs: number): Promise<ExtractReply> {
    return this.withWorker(async (w) => {
      const o = await w.request((id) => ({ type: 'extract', id, text }), timeoutMs);
      if ('failed' in o) return { error: o.failed === 'timeout' ? 'timeout' : 'threw', message: o.failed === 'start' ? `could not start: ${o.message}` : o.message };
      const m = o.ok;
      if (m.type === 'result') return { mentions: m.mentions, ms: m.ms };
      return { error: 'threw', message: m.type === 'error' ? m.message : `unexpected answer ${m.type}` };
    });
  }

  /**
   * One block of `extract` input → its JSON lines. A line of the stdin
   * protocol that times out or kills the worker is noted and skipped, and
   * the rest of the block goes to the fresh worker; a part of a file that
   * does is noted and skipped whole.
   */
  block(job: BlockJob, timeoutMs: number): Promise<BlockOutcome> {
    return this.withWorker((w) => this.blockOn(w, job, timeoutMs));
  }

  /**
   * Several blocks in one request (whole small files: stream.ts), their
   * outcomes in order, each as `block` would give it. Each block is an item
   * of its own for the timeout (threads only: a child process's word that a
   * block starts could wait behind its output, stream.ts). When the request
   * fails, the block it failed in is noted and skipped as `block` would,
   * and every other one is sent again on its own: the answers of those
   * before it were lost with the worker, and the extractor meets them
   * twice, as it does the lines of a JSON-lines block before one that
   * fails; a worker that could not start, or a run that stopped, answers
   * for all.
   */
  blocks(jobs: BlockJob[], timeoutMs: number): Promise<BlockOutcome[]> {
    return this.withWorker(async (w) => {
      if (jobs.length === 1) return [await this.blockOn(w, jobs[0], timeoutMs)];
      const o = await w.request((id) => ({ type: 'blocks', id, jobs }), timeoutMs);
      if ('ok' in o && o.ok.type === 'blocks-done') {
        const ms = o.ok.ms;
        return o.ok.results.map((r, k) => ({ ...r, ms: ms[k] }));
      }
      if ('failed' in o && (o.failed === 'start' || o.failed === 'closed')) return jobs.map((job) => stopped(job, o));
      const failedAt = 'failed' in o ? o.index : -1;
      const out: BlockOutcome[] = [];
      for (let k = 0; k < jobs.length; k++) {
        // (an error answer names no block: each is tried again)
        out.push(k === failedAt && 'failed' in o ? skipped(jobs[k], [], o.message) : await this.blockOn(w, jobs[k], timeoutMs));
      }
      return out;
    });
  }

  /**
   * One block on worker `w`. A line of the stdin protocol that times out or
   * kills the worker is noted and skipped, and the rest of the block goes to
   * the fresh worker; a part of a file that does is noted and skipped whole.
   */
  private async blockOn(w: ExtractorWorker, job: BlockJob, timeoutMs: number): Promise<BlockOutcome> {
    const failures: Note[] = [];
    let skip = job.kind === 'lines' ? job.skip.slice() : [];
    for (;;) {
      // after a failure (only a line's ends in a retry) the lent memory is not used again: a stopped worker may still write into it
      const j: BlockJob = job.kind === 'lines' ? { ...job, skip, out: failures.length ? undefined : job.out } : job;
      const o = await w.request((id) => ({ type: 'block', id, job: j }), timeoutMs);
      if ('ok' in o && o.ok.type === 'block-done') {
        const r = o.ok.result;
        const notes = failures.length ? [...failures, ...r.notes].sort((a, b) => a.line - b.line) : r.notes;
        return { ...r, out: r.out, notes, bad: r.bad + failures.length, ms: failures.length ? undefined : o.ok.ms };
      }
      if ('failed' in o && (o.failed === 'start' || o.failed === 'closed')) return stopped(job, o);
      if ('failed' in o && job.kind === 'lines') {
        const doc = docOfLine(job.bytes, o.index);
        failures.push({ line: o.index + 1, ...(doc !== undefined ? { doc } : {}), message: `${o.message}; document skipped` });
        skip = [...skip, o.index];
        continue;
      }
      return skipped(job, failures, 'failed' in o ? o.message : o.ok.type === 'error' ? `the worker failed: ${o.ok.message}` : 'unexpected answer from the worker');
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.close()));
    // (said once: a pool may be closed twice)
    if (this.strays > 1) process.stderr.write(`zhnum: extractor ${clip(this.spec)} threw outside any document ${this.strays} times in all\n`);
    this.strays = 0;
  }
}

/** A block that was not run: the extractor could not start (`startError`), or the run stopped. */
function stopped(job: BlockJob, o: { failed: string; message: string }): BlockOutcome {
  const none = { out: new Uint8Array(0), notes: [], newlines: countNewlines(job.bytes), docs: 0, mentions: 0, bad: 0 };
  return o.failed === 'start' ? { ...none, startError: o.message } : none;
}

/** A block whose worker failed (a timeout, a crash, an error): noted and skipped whole, after the lines that failed before (`failures`). */
function skipped(job: BlockJob, failures: Note[], message: string): BlockOutcome {
  const newlines = countNewlines(job.bytes);
  const what = job.kind === 'text' ? `the part of the file from this line on (${job.bytes.length} bytes)` : `the block of ${newlines} lines`;
  return { out: new Uint8Array(0), notes: [...failures, { line: 1, ...(job.kind === 'text' ? { doc: job.doc } : {}), message: `${message}; ${what} skipped` }], newlines, docs: 0, mentions: 0, bad: failures.length + 1 };
}

/** The "doc" of line `index` of a block of JSON lines, for the message about a document that failed (rare: parsed only then). */
function docOfLine(bytes: Uint8Array, index: number): string | undefined {
  let from = 0;
  for (let k = 0; k < index; k++) { const nl = bytes.indexOf(10, from); if (nl < 0) return undefined; from = nl + 1; }
  const end = bytes.indexOf(10, from);
  try {
    const o = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + from, (end < 0 ? bytes.length : end) - from).toString('utf8')) as { doc?: unknown };
    return typeof o.doc === 'string' ? o.doc : undefined;
  } catch { return undefined; }
}
