// Runs one extractor for the pool (pool.ts), in a worker thread or in a child
// process, so that the harness can stop it when it hangs and start a fresh one
// when it dies. It answers two kinds of request: a unit's text (`run`: the raw
// mentions come back, the main thread scores them) and a block of `extract`
// input (the JSON lines come back ready to write: blocks.ts).
import { parentPort } from 'node:worker_threads';
import { basename } from 'node:path';
import { createExtractor } from '../extractors/registry.js';
import { describeThrown, runBlock, type BlockResult } from './blocks.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';
import type { Extractor, ExtractorInfo } from '../types.js';

interface Channel {
  send(m: WorkerReply, transfer?: ArrayBuffer[]): void;
  onMessage(f: (m: WorkerRequest) => void): void;
}

const channel: Channel | null = parentPort
  ? { send: (m, t) => parentPort!.postMessage(m, t ?? []), onMessage: (f) => parentPort!.on('message', f) }
  : process.send
    ? {
      send: (m) => { process.send!(m); },
      onMessage: (f) => { process.on('message', (m) => f(m as WorkerRequest)); },
    }
    : null;

/** The name, version and description a run records; a missing name is taken from the spec. */
function infoOf(ex: Extractor, spec: string): ExtractorInfo {
  const fallback = spec.startsWith('file:') ? (spec.split('#')[1] || basename(spec.slice(5)).replace(/\.[cm]?js$/, '')) : spec;
  const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  return { name: str(ex.name).trim() || fallback, version: str(ex.version) || 'unknown', description: str(ex.description) };
}

/** Where an error was thrown, as " (at file:///x.mjs:3:54)": its stack's first frame outside Node's own code, or nothing. */
function thrownAt(e: unknown): string {
  const stack = e instanceof Error && typeof e.stack === 'string' ? e.stack : '';
  for (const line of stack.split('\n').slice(1)) {
    // "at f (file:///x.mjs:3:54)" or "at file:///x.mjs:3:54"; never node:internal/… (whose path also holds a /)
    const at = /(?:\(|\bat )((?:file:\/\/|\/)[^()\s]+:\d+:\d+)\)?\s*$/.exec(line);
    if (at) return ` (at ${at[1]})`;
  }
  return '';
}

/** The answers' memory to transfer: lent shared memory is shared again, not transferred. */
function ownMemory(results: BlockResult[]): ArrayBuffer[] {
  const own: ArrayBuffer[] = [];
  for (const r of results) if (!(r.out.buffer instanceof SharedArrayBuffer) && !own.includes(r.out.buffer as ArrayBuffer)) own.push(r.out.buffer as ArrayBuffer);
  return own;
}

/** The request being worked on, or null between requests (for a stray error's blame). */
let busy: number | null = null;
/** A stray error ended this worker: it takes no further request and sends no further answer (an answer its error may have spoiled: the pool charges the request, or sends it again). */
let dying = false;

async function serve(ch: Channel, init: Extract<WorkerRequest, { type: 'init' }>): Promise<void> {
  let ex: Extractor;
  try {
    ex = await createExtractor(init.spec, init.options);
    if (!ex || typeof ex.extract !== 'function') throw new Error(`${init.spec} is not an extractor (it needs name, version and extract())`);
    await ex.init?.();
  } catch (e) {
    ch.send({ type: 'init-error', message: describeThrown(e) });
    return;
  }
  const shared = init.progress ? { i32: new Int32Array(init.progress, 0, 2), f64: new Float64Array(init.progress, 8, 1) } : null;
  const answer = (m: WorkerReply, transfer?: ArrayBuffer[]) => { if (!dying) ch.send(m, transfer); };
  const mark = (id: number) => (index: number) => {
    if (shared) { shared.f64[0] = Date.now(); Atomics.store(shared.i32, 1, index); Atomics.store(shared.i32, 0, id); }
    else ch.send({ type: 'tick', id, index });
  };
  ch.onMessage(async (msg) => {
    if (msg.type === 'init' || dying) return;
    const t0 = performance.now();
    busy = msg.id;
    try {
      if (msg.type === 'extract') {
        mark(msg.id)(0);
        const r = ex.extract(msg.text);
        const mentions = r instanceof Promise ? await r : r;
        answer({ type: 'result', id: msg.id, mentions, ms: performance.now() - t0 });
      } else if (msg.type === 'block') {
        const result = await runBlock(ex, msg.job, mark(msg.id));
        answer({ type: 'block-done', id: msg.id, result, ms: performance.now() - t0 }, ownMemory([result]));
      } else {
        // each block is one item for the timeout (whole files: one part each)
        const results: BlockResult[] = [], ms: number[] = [];
        for (let k = 0; k < msg.jobs.length; k++) {
          const at = mark(msg.id);
          const t = performance.now();
          results.push(await runBlock(ex, msg.jobs[k], () => at(k)));
          ms.push(performance.now() - t);
        }
        answer({ type: 'blocks-done', id: msg.id, results, ms }, ownMemory(results));
      }
    } catch (e) {
      answer({ type: 'error', id: msg.id, message: describeThrown(e) });
    } finally {
      busy = null;
    }
  });
  ch.send({ type: 'ready', info: infoOf(ex, init.spec), sentenceLocal: ex.sentenceLocal === true });
}

if (channel) {
  const ch = channel;
  // The extractor's console.log and stdout writes travel as messages, so that
  // none lands in our JSON lines, none is lost when a worker is stopped, and
  // each arrives before the answer that follows it.
  process.stdout.write = ((chunk: string | Uint8Array, encoding?: unknown, cb?: unknown) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    try { ch.send({ type: 'stdout', text: text.length > 100_000 ? `${text.slice(0, 100_000)}… (${text.length - 100_000} more characters)\n` : text }); } catch { /* nowhere to say it */ }
    const done = typeof encoding === 'function' ? encoding : cb;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof process.stdout.write;
  // a child process whose parent is gone has nobody to answer
  if (!parentPort) process.on('disconnect', () => process.exit(0));
  // An error outside extract() (a timer or a promise the extractor left behind, an unhandled
  // rejection, which Node 20 raises as one) ends the worker as it would have, but first says
  // whether a request was running: a late crash was charged to the next document, which had not
  // even begun (pool.ts). Only where the extractor has no handler of its own, which would keep
  // its worker alive as before.
  process.on('uncaughtException', (e) => {
    if (process.listenerCount('uncaughtException') > 1) return;
    dying = true;
    const m: WorkerReply = { type: 'stray', message: `${describeThrown(e)}${thrownAt(e)}`, during: busy };
    if (parentPort) { ch.send(m); process.exit(70); }
    // (a child process exits once the message is out)
    try { process.send!(m, () => process.exit(70)); } catch { process.exit(70); }
  });
  let started = false;
  ch.onMessage((m) => {
    if (m.type !== 'init' || started) return;
    started = true;
    void serve(ch, m);
  });
}
