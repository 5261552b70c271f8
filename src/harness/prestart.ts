// A worker thread started before the command that will use it has loaded.
// A worker takes about 0.16 s to start and load the extractors' modules
// (the rule core among them), and `zhnum extract` on a small input spent
// about as long loading its own modules, reading its options and checking
// its inputs before the pool started one: the two in turn were most of the
// 0.3-0.4 s such a run takes. main.ts starts one here as soon as it knows
// the command is `extract` and its workers will be threads (not for
// --isolation process or the transformer), and the pool's first thread takes
// it, whatever its extractor (pool.ts). Unused, it is unref'd: it never
// keeps the process alive, and goes with it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** worker.ts as built (from TypeScript sources, as in tests: the build). */
export function workerPath(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  return fileURLToPath(new URL('../../dist/src/harness/worker.js', import.meta.url));
}

interface Prestarted { worker: Worker; failed: boolean; off: () => void }
let prestarted: Prestarted | null = null;

/** Start a worker thread for the pool to take (at most one waits at a time); returns the one waiting. */
export function prestartWorker(): Worker {
  if (prestarted) return prestarted.worker;
  const worker = new Worker(workerPath(), { stdout: true });
  const p: Prestarted = { worker, failed: false, off: () => undefined };
  // until the pool takes it, an error or exit only marks it unusable (no listener would make an error fatal)
  const failed = () => { p.failed = true; };
  worker.on('error', failed);
  worker.on('exit', failed);
  p.off = () => { worker.off('error', failed); worker.off('exit', failed); };
  worker.unref();
  prestarted = p;
  return worker;
}

/** The worker started ahead, if one is waiting and still alive; the caller owns it (ref'd again). */
export function takePrestarted(): Worker | null {
  const p = prestarted;
  prestarted = null;
  if (!p) return null;
  p.off();
  if (p.failed) { void p.worker.terminate(); return null; }
  p.worker.ref();
  return p.worker;
}
