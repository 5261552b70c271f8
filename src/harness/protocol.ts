// What the pool (pool.ts) and its workers (worker.ts) say to each other. Kept
// apart from worker.ts so that the main thread does not load the extractors.
import type { ExtractorInfo } from '../types.js';
import type { BlockJob, BlockResult } from './blocks.js';

export type WorkerRequest =
  | { type: 'init'; spec: string; options: Record<string, unknown>; progress?: SharedArrayBuffer }
  | { type: 'extract'; id: number; text: string }
  | { type: 'block'; id: number; job: BlockJob }
  /** several blocks in one message (whole small files, stream.ts): one round trip for all, answered together */
  | { type: 'blocks'; id: number; jobs: BlockJob[] };

export type WorkerReply =
  /** `sentenceLocal`: the extractor's claim (Extractor.sentenceLocal), which sizes the parts of a file (stream.ts) */
  | { type: 'ready'; info: ExtractorInfo; sentenceLocal: boolean }
  | { type: 'init-error'; message: string }
  | { type: 'result'; id: number; mentions: unknown; ms: number }
  | { type: 'block-done'; id: number; result: BlockResult; ms: number }
  /** the answers of a `blocks` request, in order, with each block's time */
  | { type: 'blocks-done'; id: number; results: BlockResult[]; ms: number[] }
  | { type: 'error'; id: number; message: string }
  /** child processes only: item `index` of request `id` starts now (threads write it to shared memory); in a `blocks` request the item is a block */
  | { type: 'tick'; id: number; index: number }
  /** what the extractor wrote to its stdout: it goes to our stderr, in order with the answers */
  | { type: 'stdout'; text: string }
  /**
   * the extractor threw outside its extract() (a timer or a promise it left
   * behind), which ends the worker: `during` is the request it was working
   * on, or null between requests (the pool then charges no document)
   */
  | { type: 'stray'; message: string; during: number | null };

/** Threads report progress in shared memory: [request id, item index] as Int32, then the item's start time (Date.now()) as Float64. */
export const PROGRESS_BYTES = 16;
