// Runs one extractor in a worker thread (see pool.ts), so that the harness can
// stop it when it hangs on a document and go on with the next.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extractors/registry.js';

export type WorkerRequest = { type: 'extract'; id: number; text: string };
export type WorkerReply =
  | { type: 'ready'; info: { name: string; version: string; description: string } }
  | { type: 'init-error'; message: string }
  | { type: 'result'; id: number; mentions: unknown; ms: number }
  | { type: 'error'; id: number; message: string };

const port = parentPort!;
const { spec, options } = workerData as { spec: string; options: Record<string, unknown> };

try {
  const ex = await createExtractor(spec, options);
  await ex.init?.();
  port.postMessage({ type: 'ready', info: { name: ex.name, version: ex.version, description: ex.description } } satisfies WorkerReply);
  port.on('message', async (msg: WorkerRequest) => {
    const t0 = performance.now();
    try {
      const mentions = await ex.extract(msg.text);
      port.postMessage({ type: 'result', id: msg.id, mentions, ms: performance.now() - t0 } satisfies WorkerReply);
    } catch (e) {
      port.postMessage({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
    }
  });
} catch (e) {
  port.postMessage({ type: 'init-error', message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
}
