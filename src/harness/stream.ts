// Streaming extraction: inputs in, mention lines out, in input order, in
// bounded memory. The stdin form reads JSON lines {"doc", "text"}, so that it
// can be the map step of a larger engine (GNU parallel, Hadoop streaming,
// Spark's pipe).
//
// The main thread reads blocks (input.ts), hands them to the worker pool,
// and writes each block's answer (ready-made JSON lines) as soon as every
// block before it is written: at most `2 × jobs + 1` requests are in flight
// (a request is a block, or up to 256 whole small files), and a slow reader
// of our output slows the reading of our input.
import { statSync } from 'node:fs';
import { clip } from '../text/codepoints.js';
import { notUtf8At, notUtf8Hint } from '../text/io.js';
import { BLOCK_BYTES, BlockBuffers, BlockSizer, fileParts, lineBlocks, readSmallFile, SENTENCE_LOCAL_BLOCK_BYTES, type Piece, type SourceState } from './input.js';
import { ExtractorStartError, WorkerPool, type BlockOutcome, type Isolation } from './pool.js';
import type { BlockJob } from './blocks.js';
import type { ExtractorInfo } from '../types.js';

/**
 * What a stream did. `docs`: documents extracted whole (a line of JSON
 * lines, a file); `bad`: lines, documents or parts of files skipped;
 * `partial`: files of which some parts were written and some skipped;
 * `unread`: files or parts of files that could not be read (missing, a
 * folder, a byte-order mark, not UTF-8): bad input, unlike a document the
 * extractor failed on.
 */
export interface StreamStats { docs: number; mentions: number; bad: number; partial?: number; unread?: number }

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
  /** how long the extractor may take to start; default DEFAULTS.startTimeoutMs, or timeoutMs where longer */
  startTimeoutMs?: number;
  isolation?: Isolation;
  /**
   * Writes whole JSON lines, in input order: a block's, or those of several
   * small blocks together; may wait (backpressure) and may throw (the run
   * stops). The Buffer is the caller's to keep, unless `written` is passed
   * (only where `lend` is set).
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
  /** a fixed block size in bytes (tests use small ones); default: for files BLOCK_BYTES, or SENTENCE_LOCAL_BLOCK_BYTES for a sentence-local extractor; for JSON lines sized to the extractor (BlockSizer) */
  blockBytes?: number;
}

export { ExtractorStartError };

/**
 * How many blocks the sources will make at least, as far as can be known
 * before reading them: files by their size, one at least each; JSON lines
 * from a stream cannot be known (Infinity). The pool starts no more workers
 * than that at once (a report of 30 KB with --jobs 8 started eight, and took
 * 2.5 times as long as with one); more start if more blocks come. Counting
 * stops at `enough`, the most workers the pool has.
 */
export function blocksAhead(sources: readonly Source[], blockBytes: number, enough: number): number {
  let n = 0;
  for (const s of sources) {
    if (!('file' in s)) return Infinity;
    let size = 0;
    try { size = statSync(s.file).size; } catch { /* fileParts reports it */ }
    n += Math.max(1, Math.ceil(size / blockBytes));
    // no more workers start than that: the rest of a folder of a million files is not stat'ed before the first starts
    if (n >= enough) return n;
  }
  return n;
}

/** Whole small files' answers of at most GATHER_MAX bytes are written together, GATHER_BYTES at most at a time (extractSources). */
const GATHER_MAX = 16 << 10, GATHER_BYTES = 64 << 10;

/** The most whole small files sent to a worker in one request (empty files weigh nothing against a block's bytes). */
const BATCH_FILES = 256;

/** Extract every source in order with `jobs` workers (started as blocks come: blocksAhead); returns the counts. */
export async function extractSources(sources: readonly Source[], o: StreamOptions, stats: StreamStats = { docs: 0, mentions: 0, bad: 0 }): Promise<StreamStats & { info: ExtractorInfo; workers: number }> {
  // Before the extractor has said whether it is sentence-local (its parts of 4 MiB), the files'
  // blocks are counted by BLOCK_BYTES: a worker too many at once costs the rule extractor a thread
  // that loads its modules and waits (it compiles only with work), while one too few made a
  // slow-starting extractor's workers start one after another (a helper's review of 6fb5da8).
  const pool = new WorkerPool(o.spec, o.options, o.jobs, { isolation: o.isolation, startTimeoutMs: o.startTimeoutMs, timeoutMs: o.timeoutMs, start: blocksAhead(sources, o.blockBytes ?? BLOCK_BYTES, o.jobs) });
  const t0 = performance.now();
  let bytes = 0;
  try {
    let info: ExtractorInfo;
    try {
      info = await pool.info();
    } catch (e) {
      throw new ExtractorStartError(`extractor ${clip(o.spec)} could not start: ${(e as Error).message}`);
    }
    // the parts of a file (and the most that a whole small file may have): input.ts
    const blockBytes = o.blockBytes ?? (pool.sentenceLocal ? SENTENCE_LOCAL_BLOCK_BYTES : BLOCK_BYTES);
    // the pieces read and not yet written, in input order; `ends`: its request's last piece;
    // `sent`: its request has gone to a worker (a batch's, once flushed; a note is); `done`:
    // its answer is in
    type Entry = { answer: Promise<{ piece: Piece; r?: BlockOutcome }>; ends: boolean; sent: boolean; done: boolean };
    const inflight: Entry[] = [];
    // requests sent whose pieces are not all written: at most maxInflight
    const maxInflight = 2 * o.jobs + 1;
    let requests = 0;
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
      const next = inflight.shift()!;
      try {
        const { piece, r } = await next.answer;
        try {
          await handle(piece, r);
        } finally {
          if (piece.kind === 'job') buffers.release(piece.job.bytes);
        }
      } finally {
        if (next.ends) requests--;
      }
    };
    // One write at a time, in input order. Each answer that comes in starts a
    // drain of the answers ready at the head, so that lines go out as soon as
    // every piece before them is written, also while the loop below waits on
    // a slow source (a pipe with nothing yet; a producer on stdin, for the
    // blocks already sent: lines still being gathered into a block wait for
    // it to fill, input.ts): they used to wait until the loop needed room.
    // The loop makes room through the same chain. A write that fails (stdout
    // closed, a worker that cannot start) stops the chain; the loop meets
    // the error at its next piece or wait, or at the end (a piece it was
    // already reading is read first).
    let writing: Promise<void> = Promise.resolve();
    let writeFailed = false, writeError: unknown;
    const guarded = (f: () => Promise<void>) => {
      writing = writing.then(async () => {
        if (writeFailed) return;
        try { await f(); } catch (e) { writeFailed = true; writeError = e; }
      });
    };
    // The small answers of whole small files (a batch gives one a file) are copied together and
    // written as one: a write each was 200,000 system calls for 200,000 files of 200 bytes, a tenth of the
    // main thread's time. Whatever a drain or a wait gathered is written before it ends, so
    // that lines never wait for more to come.
    let gathered: Buffer | null = null, gatheredBytes = 0;
    /** `out`, with `written` only where memory is lent (a caller that keeps its Buffers gets none) */
    const write = (bytes: Buffer, written: () => void) => (o.lend ? o.out(bytes, written) : o.out(bytes));
    const flushGathered = async () => {
      if (gatheredBytes === 0) return;
      const bytes = gathered!.subarray(0, gatheredBytes);
      // fresh memory for each write: the caller's to keep, lent or not
      gathered = null;
      gatheredBytes = 0;
      await write(bytes, () => undefined);
    };
    const emit = async (bytes: Buffer, written: () => void, gather: boolean) => {
      if (gather && bytes.length <= GATHER_MAX) {
        if (gatheredBytes + bytes.length > GATHER_BYTES) await flushGathered();
        gathered ??= Buffer.allocUnsafeSlow(GATHER_BYTES);
        bytes.copy(gathered, gatheredBytes);
        gatheredBytes += bytes.length;
        // copied: lent memory is free again at once
        written();
        return;
      }
      await flushGathered();
      await write(bytes, written);
    };
    /** A message on stderr, after the lines gathered before it (so that `2>&1` keeps input order). */
    const say = async (message: string) => {
      await flushGathered();
      o.err(message);
    };
    const drainReady = () => guarded(async () => {
      while (inflight.length && inflight[0].done) await writeNext();
      await flushGathered();
    });
    /**
     * Wait until the first piece waiting is written, unless the drains wrote
     * all that was sent meanwhile (a batch not yet sent has no answer to wait
     * for: the loop sends it); throws what a write met.
     */
    const writeOne = async () => {
      guarded(async () => {
        if (inflight.length && inflight[0].sent) await writeNext();
        await flushGathered();
      });
      await writing;
      if (writeFailed) throw writeError;
    };
    const track = (entry: Entry): Entry => {
      const done = () => { entry.done = true; drainReady(); };
      entry.answer.then(done, done);
      return entry;
    };
    // Whole files of less than a block go to the workers several at a time
    // (pool.blocks), up to a block's size, or to about a tenth of a second
    // of the extractor's work (BlockSizer) when it is slow: a message each
    // way a file, each waking a thread while the worker waited for it, was
    // a third of a run of 10,000 files of 8 KB.
    type Batched = { job: BlockJob; entry: (typeof inflight)[number]; resolve: (r: BlockOutcome) => void; reject: (e: unknown) => void };
    let batch: Batched[] = [];
    let batchBytes = 0;
    const fileSizer = new BlockSizer(blockBytes);
    const batchTarget = () => o.blockBytes ?? fileSizer.next();
    const flush = () => {
      if (!batch.length) return;
      const items = batch, size = batchBytes;
      batch = [];
      batchBytes = 0;
      items[items.length - 1].entry.ends = true;
      for (const b of items) b.entry.sent = true;
      requests++;
      pool.blocks(items.map((b) => b.job), o.timeoutMs).then((rs) => {
        let ms = 0;
        for (const r of rs) ms += r.ms ?? NaN;
        fileSizer.observe(size, ms);
        items.forEach((b, k) => b.resolve(rs[k]));
      }, (e) => { for (const b of items) b.reject(e); });
    };
    // Threads only: a child process tells each block's start in a message, which waits behind
    // whatever the extractor wrote before it, so that a timeout or a crash could be laid to the
    // wrong file of a batch (threads write it to shared memory).
    const batching = pool.isolation === 'thread';
    /** a file read whole in one part, smaller than a block: its job, else null */
    const wholeSmallFile = (piece: Piece): BlockJob | null => (batching && piece.kind === 'job' && piece.job.kind === 'text' && piece.byteBase === 0 && piece.last && piece.bytes < blockBytes ? piece.job : null);
    const handle = async (piece: Piece, r: BlockOutcome | undefined) => {
      const src = piece.source;
      bytes += piece.bytes;
      if (piece.kind === 'note') {
        await say(`${src.name}:${src.lineBase + 1}: ${piece.message}\n`);
        src.lineBase += piece.newlines;
        stats.bad += piece.bad;
        // a file that cannot be read, or not from some byte on: bad input; its document ends here, done in part if a part was written
        if (src.file && piece.bad) {
          stats.unread = (stats.unread ?? 0) + 1;
          if (src.written) stats.partial = (stats.partial ?? 0) + 1;
        }
        return;
      }
      if (!r) return;
      if (r.startError) throw startFailed(r.startError);
      if (src.failed) { src.lineBase += r.newlines; return; }
      if (r.invalidAt !== undefined && piece.job.kind === 'text') await invalidPart(src, piece.job, r, piece.byteBase);
      else await take(src, piece.job, r, piece.bytes, piece.last, wholeSmallFile(piece) !== null);
    };
    const startFailed = (why: string) => new ExtractorStartError(`extractor ${clip(o.spec)} could not start a worker in the middle of the run (after a failure, or one more as work came): ${why}`);
    /** A block's answer: its notes, its lines written, the counts. */
    const take = async (src: SourceState, job: BlockJob, r: BlockOutcome, blockBytes: number, last: boolean, gather = false) => {
      for (const n of r.notes) await say(`${src.name}:${src.lineBase + n.line}: ${n.doc !== undefined ? `${clip(n.doc)}: ` : ''}${n.message}\n`);
      src.lineBase += r.newlines;
      if (job.kind === 'lines' && r.ms !== undefined) sizer.observe(blockBytes, r.ms);
      // Lent memory goes back once written when the answer is in it, at once
      // when the worker says it is done with it, and never when the worker
      // does not say (a failure: a stopped worker may still write there).
      const lent = job.out, mine = lent !== undefined && r.lent === true;
      if (lent !== undefined && r.lent === false) answers!.release(new Uint8Array(lent));
      const written = mine ? () => answers!.release(new Uint8Array(lent)) : () => undefined;
      if (r.out.length) {
        // (the lent memory by the object it was lent as: the message's copy of it is another object over the same bytes)
        const bytes = Buffer.from(mine ? lent : r.out.buffer, r.out.byteOffset, r.out.byteLength);
        await emit(bytes, written, gather);
      } else written();
      stats.mentions += r.mentions;
      stats.bad += r.bad;
      if (job.kind === 'lines') stats.docs += r.docs;
      else {
        if (r.bad) src.partSkipped = true;
        if (r.bad === 0 || r.mentions > 0) src.written = true;
        if (last) {
          if (!src.partSkipped) stats.docs++;
          else if (src.written) stats.partial = (stats.partial ?? 0) + 1;
        }
      }
      o.onProgress?.({ bytes, docs: stats.docs, mentions: stats.mentions, elapsedMs: performance.now() - t0 });
    };
    /**
     * A part of a file that is not valid UTF-8 at some byte. The worker
     * decodes a part whole, so it found nothing in it: the whole lines
     * before the bad one are extracted again on their own and written, and
     * the file from the bad line on is skipped (not read further). The
     * message says which.
     */
    const invalidPart = async (src: SourceState, job: Extract<BlockJob, { kind: 'text' }>, r: BlockOutcome, byteBase: number) => {
      const at = r.invalidAt!;
      const badLine = src.lineBase + (r.notes[0]?.line ?? 1);
      // the worker returned before writing into the memory lent for the answer
      if (job.out !== undefined && answers) answers.release(new Uint8Array(job.out));
      const keep = at > 0 ? job.bytes.lastIndexOf(10, at - 1) + 1 : 0;
      let prefixSkipped = false;
      if (keep > 0) {
        const prefix: BlockJob = { kind: 'text', bytes: job.bytes.subarray(0, keep), doc: job.doc, cpBase: job.cpBase };
        const r2 = await pool.block(lend(prefix), o.timeoutMs);
        if (r2.startError) throw startFailed(r2.startError);
        await take(src, prefix, r2, keep, false);
        prefixSkipped = r2.bad > 0;
      }
      const what = notUtf8At(job.bytes, at, byteBase);
      // (the file's bytes before this part were valid UTF-8: they were read)
      const fix = notUtf8Hint(job.bytes, at, byteBase);
      const done = badLine === 1
        ? 'the file is skipped: nothing of it was written'
        : `the file from this line on is skipped; the mentions of the ${badLine - 1} line${badLine === 2 ? '' : 's'} before it were written${src.partSkipped || prefixSkipped ? ', except in the parts reported above' : ''}`;
      await say(`${src.name}:${badLine}: ${what}; ${done}; ${fix}\n`);
      src.failed = true;
      stats.bad++;
      stats.unread = (stats.unread ?? 0) + 1;
      if (src.written) stats.partial = (stats.partial ?? 0) + 1;
    };
    for (const s of sources) {
      // a source that may keep the main thread waiting (a pipe, a PDF or DOCX read here, a large
      // file) sends the small files gathered before it first: none waits on it
      // (a small file is read here, and fileParts is given it)
      const whole = 'file' in s ? readSmallFile(s.file, blockBytes, buffers) : null;
      if (batch.length && !whole) {
        flush();
        while (requests >= maxInflight) await writeOne();
      }
      const source: SourceState = { name: 'file' in s ? s.file : s.name, lineBase: 0, failed: false, file: 'file' in s };
      const pieces = 'file' in s ? fileParts(s.file, s.doc, source, blockBytes, buffers, whole) : lineBlocks(s.lines, source, linesBlockBytes, undefined, buffers);
      for await (const piece of pieces) {
        // a write failed (| head closed, a worker could not start): read no further
        if (writeFailed) throw writeError;
        const small = wholeSmallFile(piece);
        if (small) {
          if (batch.length && batchBytes + piece.bytes > batchTarget()) flush();
          let settle!: Pick<Batched, 'resolve' | 'reject'>;
          const answer = new Promise<BlockOutcome>((resolve, reject) => { settle = { resolve, reject }; }).then((r) => ({ piece, r }));
          // a rejection is the run's failure, met when this piece's turn to be written comes
          answer.catch(() => undefined);
          const entry = track({ answer, ends: false, sent: false, done: false });
          inflight.push(entry);
          batch.push({ job: small, entry, ...settle });
          batchBytes += piece.bytes;
          if (batchBytes >= batchTarget() || batch.length >= BATCH_FILES) flush();
        } else {
          flush();
          if (piece.kind === 'job') {
            requests++;
            inflight.push(track({ answer: pool.block(lend(piece.job), o.timeoutMs).then((r) => ({ piece, r })), ends: true, sent: true, done: false }));
          } else {
            inflight.push(track({ answer: Promise.resolve({ piece }), ends: false, sent: true, done: false }));
          }
        }
        // no more pieces wait than requests could hold (a long run of notes, files that cannot be read, included)
        while (requests >= maxInflight || inflight.length > maxInflight * BATCH_FILES) {
          // none sent and not written: the first piece waiting is a note, or in the batch not sent yet
          if (requests === 0) flush();
          await writeOne();
        }
      }
    }
    flush();
    while (inflight.length) await writeOne();
    await writing;
    if (writeFailed) throw writeError;
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
