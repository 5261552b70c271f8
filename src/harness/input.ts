// The inputs of `zhnum extract`, read as blocks of bytes in bounded memory:
// the main thread only finds where to cut and counts code points; decoding,
// parsing and extracting happen in the workers (blocks.ts).
//
// Where a .txt file is cut. A mention can run across a line break (text from
// PDFs wraps inside "726.9亿\n元"), and the rules read a little context on
// either side, so a cut at any line break changes what is found. A cut right
// after a sentence end (。！？) changes nothing: over the seed and report
// corpora (8,828 mentions, 3,960 such cuts) extraction of the parts equals
// extraction of the whole, and test/stream.test.ts keeps checking it. A block
// is therefore cut after the last "。\n" (or ！？) in it, else after the last
// 。！？; a stretch of EXTEND_BLOCKS blocks (of 1 MiB at most) without any is cut at a line
// break, else after a space, else between two characters.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { isNumeralChar } from '../text/chars.js';
import { countCodePoints } from '../text/codepoints.js';
import { startsWithBom } from '../text/io.js';
import type { BlockJob } from './blocks.js';

/** Bytes a block aims at. */
export const BLOCK_BYTES = 1 << 20;

/**
 * Bytes a part of a file aims at for a sentence-local extractor
 * (Extractor.sentenceLocal: where a part ends after a sentence end cannot
 * change what it finds). Each part costs the main thread its cut search, its
 * message and a wake-up, and its worker a wait for the next part: with
 * `--jobs 2` on 1 GiB those were a tenth of the run (the main thread 0.8 s of
 * CPU with parts of 1 MiB, 0.43 s with 4 MiB; each worker idle 0.35 s
 * between parts), and parts of 4 MiB took 4.0 s where 1 MiB took 4.4 s
 * (`--jobs 1` 6.2 and 6.3 s; 30–50 MiB more at the peak). Other extractors keep
 * BLOCK_BYTES: a part is one call of theirs, and --timeout is per part.
 */
export const SENTENCE_LOCAL_BLOCK_BYTES = 4 << 20;

/**
 * The size of the next block of JSON lines, from how fast the extractor has
 * gone so far. One size cannot serve every extractor: 1 MiB is a tenth of a
 * second of the rule extractor (and per-block costs need blocks that big),
 * but five hours of Recognizers-Text, whose few documents then all land in
 * one worker's block while the other workers wait (`--jobs 2` ran ×0.75 of
 * `--jobs 1`). So blocks start small and are sized to about TARGET_MS of the
 * extractor's work, between MIN and MAX bytes, growing at most ×4 a block.
 * Only lines are sized this way: each line is extracted on its own, so where
 * a block ends never changes the output. The cuts of a .txt file do feed the
 * extractor different text, so they keep a fixed size (output that does not
 * depend on timing).
 */
export class BlockSizer {
  static readonly START = 8 << 10;
  static readonly MIN = 4 << 10;
  static readonly TARGET_MS = 100;
  private size: number;
  /** bytes per ms of one worker, smoothed */
  private rate = 0;
  constructor(private readonly max = BLOCK_BYTES) { this.size = Math.min(max, BlockSizer.START); }
  next(): number { return this.size; }
  /** A block of `bytes` took the worker `ms`. */
  observe(bytes: number, ms: number): void {
    if (!(ms > 0) || bytes <= 0) return;
    const r = bytes / ms;
    this.rate = this.rate ? 0.7 * this.rate + 0.3 * r : r;
    const want = this.rate * BlockSizer.TARGET_MS;
    this.size = Math.round(Math.min(this.max, 4 * this.size, Math.max(BlockSizer.MIN, want)));
  }
}
/**
 * How far a block may grow looking for a sentence end before it is cut at a
 * line break: it stops growing once it holds EXTEND_BLOCKS blocks, and never
 * grows past EXTEND_BLOCKS blocks of BLOCK_BYTES, so that a part without one
 * holds less than that bound and a block more (9 MiB with 1 MiB blocks, 12
 * MiB with 4 MiB parts: what the last read adds to the bytes carried). A
 * bound of eight 4 MiB parts let text without 。！？ (ASCII full stops, logs,
 * tables) make parts of 32 MiB and more: buffers past what BlockBuffers
 * keeps, strings of 11 M characters, 1.4 GiB at the peak for 256 MiB where
 * 1 MiB parts took 200 MiB (a helper's review of 6fb5da8).
 */
const EXTEND_BLOCKS = 8;
/** Bytes a block may grow to looking for a sentence end (EXTEND_BLOCKS). */
const extendLimit = (blockBytes: number): number => EXTEND_BLOCKS * Math.min(blockBytes, BLOCK_BYTES);
/** A stdin line longer than this is reported and skipped (a bigger document belongs in a .txt file, which is cut). */
export const MAX_LINE_BYTES = 128 * (1 << 20);

/** Where messages about an input point, and how far the writer has got in it. */
export interface SourceState {
  /** "stdin" or the file as given */
  name: string;
  /** lines of this source already written (messages add the line in the block) */
  lineBase: number;
  /** a file with invalid UTF-8: the rest is not read and not written */
  failed: boolean;
  /** a part of the file was skipped (timeout, crash): the document is not counted as done */
  partSkipped?: boolean;
  /** a file (one document), not JSON lines */
  file?: boolean;
  /** some part of the file was extracted and written: a document cut short is counted as done in part */
  written?: boolean;
}

export type Piece =
  | { kind: 'job'; source: SourceState; job: BlockJob; byteBase: number; bytes: number; last: boolean }
  | { kind: 'note'; source: SourceState; message: string; newlines: number; bad: number; bytes: number };

const SENTENCE_END = ['。', '！', '？'].map((s) => Buffer.from(s));
const SPACES = [' ', '\t', '\u3000'].map((s) => Buffer.from(s));

/**
 * Latest end (exclusive) of one of `seqs` in `buf`, looking at the tail
 * first; -1 if none. Once one is found, the others are looked for only where
 * they would end later: dense report text (budget tables) goes hundreds of
 * kilobytes without a 。 at a line end, and three searches of the whole
 * stretch were a sixth of the main thread's time.
 */
function lastEnd(buf: Buffer, seqs: Buffer[]): number {
  for (let from = Math.max(0, buf.length - (1 << 16)); ; from = Math.max(0, from - (buf.length >> 2) - (1 << 16))) {
    let best = -1;
    for (const s of seqs) {
      const lo = best < 0 ? from : Math.max(from, best - s.length + 1);
      const i = buf.subarray(lo).lastIndexOf(s);
      if (i >= 0) best = lo + i + s.length;
    }
    if (best >= 0 || from === 0) return best;
  }
}

// a number (or its unit) may go on across a break beside a numeral (13916\n件): isNumeralChar
const charBefore = (buf: Buffer, i: number) => { const s = buf.toString('utf8', Math.max(0, i - 3), i); return s[s.length - 1] ?? ''; };
const charAt = (buf: Buffer, i: number) => buf.toString('utf8', i, Math.min(buf.length, i + 3))[0] ?? '';

/** Where a block with no sentence end is cut, in this order of preference: a line break, a space or tab, a clause mark. */
const QUIET_CUTS = [['\n'], [' ', '\t'], ['，', '；', '：']].map((xs) => xs.map((x) => Buffer.from(x)));
/** How far back from a block's end a quiet cut is looked for (a table of bare numbers has a numeral beside every break). */
const QUIET_SPAN = 1 << 16;

/**
 * The end of the last of `seqs` in the last QUIET_SPAN bytes of `buf` with
 * no numeral on either side, -1 if none: a cut at a line break inside
 * `13916\n件` or `约\n5%`, or after the comma of `1，234`, would split a
 * mention, or its unit or qualifier, between two blocks.
 */
function quietBreak(buf: Buffer, seqs: readonly Buffer[]): number {
  const floor = Math.max(1, buf.length - QUIET_SPAN);
  let best = -1;
  for (const seq of seqs) {
    for (let i = buf.lastIndexOf(seq); i >= floor && i + seq.length > best; i = buf.lastIndexOf(seq, i - 1)) {
      if (!isNumeralChar(charBefore(buf, i).charCodeAt(0)) && !isNumeralChar(charAt(buf, i + seq.length).charCodeAt(0))) { best = i + seq.length; break; }
    }
  }
  return best;
}

/**
 * The end (exclusive) of the last sentence end followed by a line break
 * (。\n, ！\n, ？\n) in `buf`; -1 if none. It goes from line break to line
 * break (memrchr finds each): a search for 。\n itself went through every
 * 0xE3 it begins with, the lead byte of most Han characters, and the three
 * searches were a fifth of the main thread's time on dense report text,
 * whose tables go hundreds of kilobytes without a 。 at a line end.
 */
function lastEndBeforeNewline(buf: Buffer): number {
  for (let i = buf.lastIndexOf(10); i > 0; i = buf.lastIndexOf(10, i - 1)) {
    if (ENDS_LAST_BYTE[buf[i - 1]] === 0) continue;
    for (const s of SENTENCE_END) if (endsAt(buf, i, s)) return i + 1;
  }
  return -1;
}

/** 1 at the last byte of each sentence end: most lines end otherwise, and are passed over on one read. */
const ENDS_LAST_BYTE = new Uint8Array(256);
for (const s of SENTENCE_END) ENDS_LAST_BYTE[s[s.length - 1]] = 1;

/** Whether the bytes of `buf` before `i` end with `s`. */
function endsAt(buf: Buffer, i: number, s: Buffer): boolean {
  if (i < s.length) return false;
  for (let k = 1; k <= s.length; k++) if (buf[i - k] !== s[s.length - k]) return false;
  return true;
}

/** Where to cut a full block of a file: after a sentence end; -1 to read more first. */
export function findCut(buf: Buffer, mayExtend: boolean): number {
  const a = lastEndBeforeNewline(buf);
  if (a > 0) return a;
  const b = lastEnd(buf, SENTENCE_END);
  if (b > 0) return b;
  if (mayExtend) return -1;
  for (const seqs of QUIET_CUTS) {
    const q = quietBreak(buf, seqs);
    if (q > 0) return q;
  }
  const anyNl = buf.lastIndexOf(10);
  if (anyNl >= 0) return anyNl + 1;
  const anySp = lastEnd(buf, SPACES);
  if (anySp > 0) return anySp;
  let i = buf.length - 1;
  while (i > 0 && (buf[i] & 0xc0) === 0x80) i--;
  return i > 0 ? i : buf.length;
}

/**
 * The memory of the blocks in flight, shared with the worker threads and
 * reused. A block in a SharedArrayBuffer reaches its worker without a copy
 * (posting an ordinary buffer copies it once on each side), and reusing a few
 * of them spares the page faults of fresh megabytes for every block: in a
 * 2-core VM those faults and copies cost a tenth of a run's CPU time, time a
 * second worker needs. A buffer goes back with `release` once its block's
 * answer is written; a child-process worker gets a copy (pool.ts).
 */
export class BlockBuffers {
  private readonly free: SharedArrayBuffer[] = [];
  constructor(private readonly keep = 8) {}
  /** A buffer of exactly `size` bytes (contents undefined). */
  acquire(size: number): Buffer {
    const i = this.free.findIndex((b) => b.byteLength >= size);
    const sab = i >= 0 ? this.free.splice(i, 1)[0] : new SharedArrayBuffer(size + (size >> 4));
    return Buffer.from(sab, 0, size);
  }
  /**
   * Give a block's buffer back; one far bigger than a block (a 100 MB line)
   * is left to the collector, so that memory stays bounded. When `keep` are
   * kept, a larger one takes the place of the smallest: the small blocks
   * that JSON lines begin with (sized to the extractor) had filled the pool
   * with memory no later block fit, and every block after them was new
   * memory (216 blocks, 428 new memories, 535 MB).
   */
  release(bytes: Uint8Array): void {
    const b = bytes.buffer;
    if (!(b instanceof SharedArrayBuffer) || b.byteLength > BlockBuffers.KEEP_MAX_BYTES || this.free.includes(b)) return;
    if (this.free.length < this.keep) { this.free.push(b); return; }
    if (this.free.length === 0) return;
    let k = 0;
    for (let i = 1; i < this.free.length; i++) if (this.free[i].byteLength < this.free[k].byteLength) k = i;
    if (this.free[k].byteLength < b.byteLength) this.free[k] = b;
  }
  static readonly KEEP_MAX_BYTES = 16 << 20;
}

const BOM_NOTE = 'starts with a UTF-8 byte-order mark; offsets would be off by one: remove it; file skipped';

/** Read until `want` bytes or the end (a pipe gives less than asked long before its end). */
async function readFull(fh: FileHandle, buf: Buffer, offset: number, want: number, pos: number | null): Promise<number> {
  let n = 0;
  while (n < want) {
    const { bytesRead } = await fh.read(buf, offset + n, want - n, pos === null ? null : pos + n);
    if (bytesRead === 0) break;
    n += bytesRead;
  }
  return n;
}

/**
 * A regular file smaller than `max` bytes (a file of a whole block is cut as
 * any larger one, after its last sentence end), read whole with synchronous
 * calls into the blocks' memory; null when it is not one (a folder, a pipe,
 * a device, a file of `max` bytes or more, one that grew while read, or any
 * error), and the general path reads it and reports what is wrong.
 *
 * A file read with asynchronous calls cost five round trips through libuv's
 * thread pool (open, stat, two reads, close), each a wake-up of the main
 * thread: with 10,000 files of 8 KB the worker waited three quarters of the
 * time and the run took four times as long as the same text in one file.
 * The path is stat'ed before it is opened (not opened and fstat'ed, which
 * looks it up once): opening a pipe that took a listed file's place lets
 * its writer in, and the general path, opening it again, would wait for a
 * writer that had gone, its bytes lost (a helper's review of c43040f).
 */
export function readSmallFile(path: string, max: number, buffers: BlockBuffers): Buffer | null {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size >= max) return null;
    size = st.size;
  } catch { return null; }
  let fd: number;
  try { fd = openSync(path, 'r'); } catch { return null; }
  // one byte more than the size: a file that grew since its stat is left to the general path
  const buf = buffers.acquire(size + 1);
  try {
    let n = 0;
    for (;;) {
      const want = buf.length - n;
      const k = readSync(fd, buf, n, want, n);
      if (k === 0) break;
      n += k;
      if (n === buf.length) { buffers.release(buf); return null; }
      // a regular file gives less than asked only at its end: no further read (that gives nothing) to learn so
      if (k < want && n === size) break;
    }
    return buf.subarray(0, n);
  } catch {
    buffers.release(buf);
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * A .txt file as parts of one document, each with the code-point offset of
 * its first character. `whole`: readSmallFile's answer for it where the
 * caller has asked already (null: not a small file), taken from `buffers`.
 */
export async function* fileParts(path: string, doc: string, source: SourceState, blockBytes = BLOCK_BYTES, buffers = new BlockBuffers(), whole = readSmallFile(path, blockBytes, buffers)): AsyncGenerator<Piece> {
  if (whole) {
    if (startsWithBom(whole)) {
      buffers.release(whole);
      yield { kind: 'note', source, message: BOM_NOTE, newlines: 0, bad: 1, bytes: 0 };
      return;
    }
    yield { kind: 'job', source, job: { kind: 'text', bytes: whole, doc, cpBase: 0 }, byteBase: 0, bytes: whole.length, last: true };
    return;
  }
  let fh;
  let seekable = true;
  try {
    fh = await open(path, 'r');
    const st = await fh.stat();
    if (st.isDirectory()) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
    // a pipe or a device (/dev/stdin, <(...)) is read in order, not at positions
    seekable = st.isFile();
  } catch (e) {
    await fh?.close();
    yield { kind: 'note', source, message: `cannot read: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (e as Error).message}; file skipped`, newlines: 0, bad: 1, bytes: 0 };
    return;
  }
  // memory taken from the pool and not yet handed out with a block: it goes
  // back when the file ends early (a read error, a byte-order mark, a failure)
  let spare: Buffer | null = null;
  /** Memory for the next read: the bytes of `data` from `from` on, then room for a block. */
  const carryOver = (data: Buffer, from: number) => {
    const m = buffers.acquire(data.length - from + blockBytes);
    data.copy(m, 0, from);
    return m;
  };
  try {
    // the next block's memory, holding `carried` bytes: what followed the last cut
    let buf = spare = buffers.acquire(blockBytes);
    let carried = 0;
    let pos = 0, byteBase = 0, cpBase = 0;
    let first = true;
    for (;;) {
      const want = blockBytes;
      let n: number;
      try {
        n = await readFull(fh, buf, carried, want, seekable ? pos : null);
      } catch (e) {
        yield { kind: 'note', source, message: `cannot read at byte ${pos}: ${(e as Error).message}; the rest of the file is skipped`, newlines: 0, bad: 1, bytes: 0 };
        return;
      }
      pos += n;
      const data = buf.subarray(0, carried + n);
      const eof = n < want;
      if (first) {
        first = false;
        if (startsWithBom(data)) {
          yield { kind: 'note', source, message: BOM_NOTE, newlines: 0, bad: 1, bytes: 0 };
          return;
        }
      }
      let cut = data.length;
      if (!eof) {
        cut = findCut(data, data.length < extendLimit(blockBytes));
        if (cut < 0) {
          // no cut yet: all of it is carried into a larger memory, and this one is free again
          const more = carryOver(data, 0);
          buffers.release(buf);
          buf = spare = more;
          carried = data.length;
          continue;
        }
      }
      const part = data.subarray(0, cut);
      const last = eof && cut === data.length;
      // The rest goes straight into the next block's memory before this block
      // is handed on (its memory is released once it is written). A quarter
      // of dense text is carried so (no 。 at a line end in the last
      // kilobytes), and copying it out and then in again was a tenth of the
      // main thread's time.
      const next = last ? null : carryOver(data, cut);
      // this block's memory is the writer's to release now
      spare = next;
      yield { kind: 'job', source, job: { kind: 'text', bytes: part, doc, cpBase }, byteBase, bytes: cut, last };
      if (!next || source.failed) return;
      cpBase += countCodePoints(part);
      byteBase += cut;
      carried = data.length - cut;
      buf = next;
    }
  } finally {
    if (spare) buffers.release(spare);
    await fh.close();
  }
}

/** Position of the first line feed at or after `from` in the bytes of `chunks` taken as one (there is one: `from` < the complete lines' end). */
function lineEndFrom(chunks: readonly Buffer[], from: number): number {
  let base = 0;
  for (const c of chunks) {
    if (from < base + c.length) {
      const i = c.indexOf(10, Math.max(0, from - base));
      if (i >= 0) return base + i;
    }
    base += c.length;
  }
  throw new Error('no line end after the target (internal error)');
}

const tooLong = (max: number) => `line longer than ${max >= 1 << 20 ? `${max / (1 << 20)} MiB` : `${max} bytes`}; skipped (give a document that big as a .txt file, which is read in parts)`;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * JSON lines from a byte stream (stdin), in blocks of whole lines. A UTF-8
 * byte-order mark at the very start is dropped; a line longer than
 * MAX_LINE_BYTES is reported and skipped without being held in memory.
 */

export async function* lineBlocks(stream: AsyncIterable<Buffer | string>, source: SourceState, blockBytes: number | (() => number) = BLOCK_BYTES, maxLine = MAX_LINE_BYTES, buffers = new BlockBuffers()): AsyncGenerator<Piece> {
  const target = typeof blockBytes === 'number' ? () => blockBytes : blockBytes;
  let chunks: Buffer[] = [];
  let total = 0;
  /** bytes of `chunks` up to and including the last line break */
  let complete = 0;
  let first = true;
  /** the first bytes, held while they may be the start of a byte-order mark */
  let head: Buffer = Buffer.alloc(0);
  let discarding = false;
  const take = (len: number): Piece => {
    const bytes = buffers.acquire(len);
    let at = 0;
    for (const c of chunks) {
      if (at >= len) break;
      at += c.copy(bytes, at, 0, Math.min(c.length, len - at));
    }
    const rest: Buffer[] = [];
    let skip = len;
    for (const c of chunks) {
      if (skip >= c.length) { skip -= c.length; continue; }
      rest.push(skip ? c.subarray(skip) : c);
      skip = 0;
    }
    chunks = rest;
    total -= len;
    complete -= len;
    return { kind: 'job', source, job: { kind: 'lines', bytes, skip: [] }, byteBase: 0, bytes: len, last: false };
  };
  for await (const raw of stream) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (first && chunk.length) {
      // a pipe may deliver the BOM's three bytes in two chunks: wait while what came is a part of it
      if (head.length) { chunk = Buffer.concat([head, chunk]); head = Buffer.alloc(0); }
      if (chunk.length < 3 && BOM.subarray(0, chunk.length).equals(chunk)) { head = chunk; continue; }
      first = false;
      if (startsWithBom(chunk)) chunk = chunk.subarray(3);
    }
    if (discarding) {
      const nl = chunk.indexOf(10);
      if (nl < 0) continue;
      discarding = false;
      yield { kind: 'note', source, message: tooLong(maxLine), newlines: 1, bad: 1, bytes: nl + 1 };
      chunk = chunk.subarray(nl + 1);
    }
    const nl = chunk.lastIndexOf(10);
    chunks.push(chunk);
    total += chunk.length;
    if (nl >= 0) complete = total - chunk.length + nl + 1;
    // as many blocks as the complete lines fill, each ending at the first line end at or after the target size
    for (let want = target(); complete >= want; want = target()) yield take(lineEndFrom(chunks, want - 1) + 1);
    if (total - complete > maxLine) {
      if (complete > 0) yield take(complete);
      chunks = [];
      total = 0;
      complete = 0;
      discarding = true;
    }
  }
  // the input ended inside what could have been a BOM: those bytes are the text (no line break among them)
  if (head.length) { chunks.push(head); total += head.length; }
  if (discarding) {
    yield { kind: 'note', source, message: tooLong(maxLine), newlines: 1, bad: 1, bytes: 0 };
  } else if (total > 0) {
    yield take(total);
  }
}
