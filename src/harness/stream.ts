// Streaming extraction: inputs in, mention lines out, in input order, in
// bounded memory. The stdin form reads JSON lines {"doc", "text"}, so that it
// can be the map step of a larger engine (GNU parallel, Hadoop streaming,
// Spark's pipe).
//
// The main thread reads blocks (input.ts), hands them to the worker pool,
// and writes each block's answer (ready-made JSON lines) as soon as every
// block before it is written: at most `2 × jobs + 1` blocks are in flight,
// and a slow reader of our output slows the reading of our input.
import { statSync } from 'node:fs';
import { clip } from '../text/codepoints.js';
import { BLOCK_BYTES, BlockBuffers, BlockSizer, fileParts, lineBlocks, type Piece, type SourceState } from './input.js';
import { ExtractorStartError, WorkerPool, type BlockOutcome, type Isolation } from './pool.js';
import type { BlockJob } from './blocks.js';
import type { ExtractorInfo } from '../types.js';

export interface StreamStats { docs: number; mentions: number; bad: number }

/** One input document and where it came from (for messages: "stdin:12", "a.txt"). */
export interface StreamDoc { doc: string; text: string; at: string }

/** Where `zhnum extract` reads: JSON lines from a stream, or a .txt file as one document. */
export type Source = { lines: AsyncIterable<Buffer | string>; name: string } | { file: string; doc: string };

export interface StreamProgress { bytes: number; docs: number; mentions: number; elapsedMs: number }

export interface StreamOptions {
  spec: string;
  options: Record<string, unknown>;
  jobs: number;
  timeoutMs: number;
  isolation?: Isolation;
  /**
   * Writes one block's JSON lines; may wait (backpressure) and may throw (the
   * run stops). The Buffer is the caller's to keep, unless `lend` is set;
   * `written` is passed only then.
   */
  out: (bytes: Buffer, written?: () => void) => void | Promise<void>;
  /**
   * The answers' memory is lent to `out`, to be reused for a later block
   * once `out` calls `written` (when the bytes have left the process:
   * stdout's write callback). Set by `zhnum extract`, which writes each
   * block at once; a caller that keeps the Buffers must leave it unset.
   */
  lend?: boolean;
  err: (s: string) => void;
  onProgress?: (p: StreamProgress) => void;
  /** a fixed block size in bytes (tests use small ones); default: BLOCK_BYTES for files, sized to the extractor for JSON lines (BlockSizer) */
  blockBytes?: number;
}

export { ExtractorStartError };

/**
 * How many blocks the sources will make at least, as far as can be known
 * before reading them: files by their size, one at least each; JSON lines
 * from a stream cannot be known (Infinity). The pool starts no more workers
 * than that at once (a report of 30 KB with --jobs 8 started eight, and took
 * 2.5 times as long as with one); more start if more blocks come.
 */
function blocksAhead(sources: readonly Source[], blockBytes: number): number {
  let n = 0;
  for (const s of sources) {
    if (!('file' in s)) return Infinity;
    let size = 0;
    try { size = statSync(s.file).size; } catch { /* fileParts reports it */ }
    n += Math.max(1, Math.ceil(size / blockBytes));
  }
  return n;
}

/** Extract every source in order with `jobs` workers (started as blocks come: blocksAhead); returns the counts. */
export async function extractSources(sources: readonly Source[], o: StreamOptions, stats: StreamStats = { docs: 0, mentions: 0, bad: 0 }): Promise<StreamStats & { info: ExtractorInfo; workers: number }> {
  const blockBytes = o.blockBytes ?? BLOCK_BYTES;
  const pool = new WorkerPool(o.spec, o.options, o.jobs, { isolation: o.isolation, startTimeoutMs: Math.max(o.timeoutMs, 120_000), start: blocksAhead(sources, blockBytes) });
  const t0 = performance.now();
  let bytes = 0;
  try {
    let info: ExtractorInfo;
    try {
      info = await pool.info();
    } catch (e) {
      throw new ExtractorStartError(`extractor ${clip(o.spec)} could not start: ${(e as Error).message}`);
    }
    const inflight: Promise<{ piece: Piece; r?: BlockOutcome }>[] = [];
    const maxInflight = 2 * o.jobs + 1;
    // JSON lines: blocks sized to the extractor's speed, unless a size is given (input.ts)
    const sizer = new BlockSizer();
    const linesBlockBytes = o.blockBytes ?? (() => sizer.next());
    // the blocks' memory, reused once a block is written (input.ts); the answers' too, when lent
    const buffers = new BlockBuffers(maxInflight + 1);
    // (not to worker processes: shared memory does not reach them, pool.ts)
    const answers = o.lend && pool.isolation === 'thread' ? new BlockBuffers(maxInflight + 1) : null;
    const lend = (job: BlockJob): BlockJob => {
      // room for the answer: dense report text gives about 0.7 bytes of lines per byte (more is written to memory of the worker's own)
      if (answers) job.out = answers.acquire(Math.max(1024, job.bytes.length)).buffer as SharedArrayBuffer;
      return job;
    };
    const writeNext = async () => {
      const { piece, r } = await inflight.shift()!;
      try {
        await handle(piece, r);
      } finally {
        if (piece.kind === 'job') buffers.release(piece.job.bytes);
      }
    };
    const handle = async (piece: Piece, r: BlockOutcome | undefined) => {
      const src = piece.source;
      bytes += piece.bytes;
      if (piece.kind === 'note') {
        o.err(`${src.name}:${src.lineBase + 1}: ${piece.message}\n`);
        src.lineBase += piece.newlines;
        stats.bad += piece.bad;
        return;
      }
      if (!r) return;
      if (r.startError) throw new ExtractorStartError(`extractor ${clip(o.spec)} could not start a worker in the middle of the run (after a failure, or one more as work came): ${r.startError}`);
      if (src.failed) { src.lineBase += r.newlines; return; }
      if (r.invalidAt !== undefined && piece.job.kind === 'text') {
        const b = piece.byteBase + r.invalidAt;
        o.err(`${src.name}:${src.lineBase + (r.notes[0]?.line ?? 1)}: not valid UTF-8 at byte ${b} (0x${piece.job.bytes[r.invalidAt].toString(16).padStart(2, '0')}); the rest of the file is skipped${piece.byteBase > 0 ? ' (the mentions before that line were written)' : ''}\n`);
        src.failed = true;
        stats.bad++;
        return;
      }
      for (const n of r.notes) o.err(`${src.name}:${src.lineBase + n.line}: ${n.doc !== undefined ? `${clip(n.doc)}: ` : ''}${n.message}\n`);
      src.lineBase += r.newlines;
      if (piece.job.kind === 'lines' && r.ms !== undefined) sizer.observe(piece.bytes, r.ms);
      // Lent memory goes back once written when the answer is in it, at once
      // when the worker says it is done with it, and never when the worker
      // does not say (a failure: a stopped worker may still write there).
      const lent = piece.job.out, mine = lent !== undefined && r.lent === true;
      if (lent !== undefined && r.lent === false) answers!.release(new Uint8Array(lent));
      const written = mine ? () => answers!.release(new Uint8Array(lent)) : () => undefined;
      if (r.out.length) {
        // (the lent memory by the object it was lent as: the message's copy of it is another object over the same bytes)
        const bytes = Buffer.from(mine ? lent : r.out.buffer, r.out.byteOffset, r.out.byteLength);
        await (o.lend ? o.out(bytes, written) : o.out(bytes));
      } else written();
      stats.mentions += r.mentions;
      stats.bad += r.bad;
      if (piece.job.kind === 'lines') stats.docs += r.docs;
      else {
        if (r.bad) src.partSkipped = true;
        if (piece.last && !src.partSkipped) stats.docs++;
      }
      o.onProgress?.({ bytes, docs: stats.docs, mentions: stats.mentions, elapsedMs: performance.now() - t0 });
    };
    for (const s of sources) {
      const source: SourceState = { name: 'file' in s ? s.file : s.name, lineBase: 0, failed: false };
      const pieces = 'file' in s ? fileParts(s.file, s.doc, source, blockBytes, buffers) : lineBlocks(s.lines, source, linesBlockBytes, undefined, buffers);
      for await (const piece of pieces) {
        inflight.push(piece.kind === 'job' ? pool.block(lend(piece.job), o.timeoutMs).then((r) => ({ piece, r })) : Promise.resolve({ piece }));
        while (inflight.length >= maxInflight) await writeNext();
      }
    }
    while (inflight.length) await writeNext();
    return { ...stats, info, workers: pool.started };
  } finally {
    await pool.close();
  }
}

/**
 * Documents as objects (the library's form): sent to the workers as JSON
 * lines, so that they take the same path as stdin. Messages name each
 * document's `at`.
 */
export async function extractStream(docs: AsyncIterable<StreamDoc> | Iterable<StreamDoc>, o: StreamOptions, stats: StreamStats = { docs: 0, mentions: 0, bad: 0 }): Promise<StreamStats> {
  const ats: string[] = [];
  async function* lines(): AsyncGenerator<string> {
    for await (const d of docs as AsyncIterable<StreamDoc>) {
      ats.push(d.at);
      yield `${JSON.stringify({ doc: d.doc, text: d.text })}\n`;
    }
  }
  const err = (s: string) => {
    // "input:N: message" → "AT: message"
    const m = /^input:(\d+): ([\s\S]*)$/.exec(s);
    o.err(m ? `${ats[Number(m[1]) - 1] ?? `document ${m[1]}`}: ${m[2]}` : s);
  };
  const r = await extractSources([{ lines: lines(), name: 'input' }], { ...o, err }, stats);
  return { docs: r.docs, mentions: r.mentions, bad: r.bad };
}
