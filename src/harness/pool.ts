// The one worker pool. Every extractor runs in worker threads, for `run` and
// `extract` alike, so that a document that throws, hangs or crashes its worker
// is recorded and the next document goes on in a fresh worker.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { DocError, ExtractorInfo } from '../types.js';
import type { WorkerReply } from './worker.js';

export type ExtractReply = { mentions: unknown; ms: number } | { error: DocError['kind']; message: string };

function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  // running from TypeScript sources (tests): use the build
  return new URL('../../dist/src/harness/worker.js', import.meta.url);
}

/** One worker thread running one extractor; restarted after a timeout or a crash. */
class ExtractorWorker {
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

  async extract(text: string, timeoutMs: number): Promise<ExtractReply> {
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

/** `size` workers of one extractor; `extract` waits for an idle one. */
export class WorkerPool {
  private readonly workers: ExtractorWorker[];
  private readonly idle: ExtractorWorker[];
  private readonly limit: ReturnType<typeof pLimit>;

  constructor(spec: string, options: Record<string, unknown>, size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => new ExtractorWorker(spec, options));
    this.idle = this.workers.slice();
    this.limit = pLimit(this.workers.length);
  }

  /** The extractor's name and version once every worker has started; rejects with the reason one could not. */
  async info(): Promise<ExtractorInfo> {
    const infos = await Promise.all(this.workers.map((w) => w.info()));
    return infos[0];
  }

  extract(text: string, timeoutMs: number): Promise<ExtractReply> {
    return this.limit(async () => {
      const w = this.idle.pop()!;
      try {
        return await w.extract(text, timeoutMs);
      } finally {
        this.idle.push(w);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
