// What a worker does with a block of `zhnum extract` input: decode it, find
// the documents in it, run the extractor, check every mention and write the
// JSON lines. All of it happens in the worker, so that the main thread only
// moves bytes: it reads blocks, hands them out, and writes the answers in
// input order.
//
// Two kinds of block:
//  - `lines`: whole lines of the stdin protocol, one JSON object
//    {"doc", "text"} a line (read by json-line.ts, else JSON.parse). A bad
//    line (invalid UTF-8, not JSON, wrong shape) is a note for that line and
//    is skipped; the others go on.
//  - `text`: a part of a .txt file, cut by the main thread after a sentence
//    end (input.ts), with the code-point offset of its first character in
//    the file, so that the offsets written are the file's.
// A block is decoded into reused UTF-16 units, not one string: a sentence-
// local extractor gets a long text in pieces (PIECE_UNITS), each piece's
// string made when its turn comes.
import { CodePoints, clip } from '../text/codepoints.js';
import { firstInvalidUtf8 } from '../text/io.js';
import { jsonFailureText } from '../text/json-failure.js';
import { countNewlines, decodeUtf8, decodeUtf8Units, releaseUnits, utf16String } from '../text/utf8.js';
import { cutAfter } from '../text/sentences.js';
import { readDocLine, releaseDocLine, type DocLine } from './json-line.js';
import { checkPlainMentions, mentionLineBound, summarizeProblems, writeMentionLine } from '../data/mention-check.js';
import type { Extractor, Mention } from '../types.js';

/**
 * `out`: memory the main thread lends for the answer (stream.ts), reused for
 * a later block once this one's lines are written; the answer is written
 * there while it fits. Without it the worker allocates.
 */
export type BlockJob =
  | { kind: 'lines'; bytes: Uint8Array; skip: number[]; out?: SharedArrayBuffer }
  | { kind: 'text'; bytes: Uint8Array; doc: string; cpBase: number; out?: SharedArrayBuffer };

/** Something to tell the user about one line of the block (1-based, relative to the block). */
export interface Note { line: number; doc?: string; message: string }

export interface BlockResult {
  /** the JSON lines to write, UTF-8 */
  out: Uint8Array;
  notes: Note[];
  /** line breaks in the block */
  newlines: number;
  docs: number;
  mentions: number;
  /** documents or lines skipped */
  bad: number;
  /**
   * Memory was lent (the job's `out`): true when the lines are in it (the
   * main thread may reuse it once they are written), false when they
   * outgrew it (the worker is done with it: reusable at once). Absent when
   * none was lent.
   */
  lent?: boolean;
  /** `text` blocks: not valid UTF-8 at this byte of the block (the rest of the file is not read) */
  invalidAt?: number;
}

/**
 * The JSON lines of a block, written as UTF-8 bytes as they are made
 * (writeMentionLine): no string per line, and none for the block (building
 * one long string and encoding it at the end cost more than the extraction).
 */
class Utf8Sink {
  private buf: Buffer;
  private len = 0;
  /**
   * `lent`: shared memory to write into (the job's `out`). A fresh megabyte a
   * block, handed over and freed by the main thread, cost a tenth of a
   * `--jobs 1` run (about 3.4 against 3.05 s on 256 MiB).
   */
  constructor(size: number, private readonly lent?: SharedArrayBuffer) { this.buf = lent ? Buffer.from(lent) : Buffer.allocUnsafeSlow(Math.max(1024, size)); }
  /** Whether the bytes are in the lent memory (they move to the worker's own when they outgrow it); undefined when none was lent. */
  get inLent(): boolean | undefined { return this.lent === undefined ? undefined : this.buf.buffer === this.lent; }
  mention(docJson: Uint8Array, m: Mention, shift = 0): void {
    const need = mentionLineBound(m, docJson);
    if (this.len + need > this.buf.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.len + need));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    this.len = writeMentionLine(this.buf, this.len, docJson, m, shift);
    // a write past the end would be dropped silently (a Buffer ignores it): never write what was not made
    if (this.len > this.buf.length) throw new Error(`internal error: a mention line overran its bound (${need} bytes)`);
  }
  /** Bytes written so far; `rewind` drops what came after such a mark (a document that failed half way). */
  get length(): number { return this.len; }
  rewind(len: number): void { this.len = Math.min(this.len, len); }
  /** The bytes: in the lent memory, or in a buffer of their own (so that it can be transferred, not copied). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, 0, this.len);
  }
}

/** The bytes as a string, or null when they are not valid UTF-8 (checking first is far cheaper than a fatal decoder). */
function decode(bytes: Uint8Array): string | null {
  return decodeUtf8(bytes)?.text ?? null;
}

/** The lines of a block that is not all valid UTF-8, as strings, or null for a line that is not (with the byte). */
function splitLines(bytes: Uint8Array): { lines: (string | null)[]; badByte: Map<number, number>; newlines: number } {
  const badByte = new Map<number, number>();
  const lines: (string | null)[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    const s = decode(line);
    if (s === null) badByte.set(lines.length, firstInvalidUtf8(line));
    lines.push(s);
    start = end + 1;
  }
  return { lines, badByte, newlines: countNewlines(bytes) };
}

type Mark = (index: number) => void;

/**
 * The check of an extractor's answer (data/mentions.ts). A well-formed answer
 * is checked without zod; zod, a hundred modules, is loaded in the worker
 * only when an item needs it (and for the messages).
 */
async function checkAnswer(raw: unknown, cp: CodePoints): Promise<NonNullable<ReturnType<typeof checkPlainMentions>>> {
  return checkPlainMentions(raw, cp) ?? (await import('../data/mentions.js')).checkMentions(raw, cp);
}

async function extractOne(ex: Extractor, text: string): Promise<unknown> {
  const r = ex.extract(text);
  return r instanceof Promise ? await r : r;
}

/**
 * Run one block; `mark(i)` is called before line (or part) i starts, for the
 * pool's timeout. `pieceUnits`: the size of the pieces a sentence-local
 * extractor gets (tests make them small).
 */
export async function runBlock(ex: Extractor, job: BlockJob, mark: Mark, pieceUnits = PIECE_UNITS): Promise<BlockResult> {
  return job.kind === 'lines' ? linesBlock(ex, job.bytes, new Set(job.skip), mark, pieceUnits, job.out) : textBlock(ex, job, mark, pieceUnits);
}

/** A line of the stdin protocol as {doc, text}, or null with a note (not JSON, not that shape). */
function parseLine(line: string, at: number, notes: Note[]): { doc: string; text: string } | null {
  let o: unknown;
  try { o = JSON.parse(line); } catch (e) {
    notes.push({ line: at, message: `not valid JSON ${clip(jsonFailureText(line, e))}; line skipped` });
    return null;
  }
  const d = o as { doc?: unknown; text?: unknown } | null;
  if (!d || typeof d !== 'object' || Array.isArray(d) || typeof d.doc !== 'string' || typeof d.text !== 'string') {
    notes.push({ line: at, message: 'expected {"doc": string, "text": string}; line skipped' });
    return null;
  }
  return { doc: d.doc, text: d.text };
}

/**
 * One document of a block of JSON lines: its mention lines written to `out`,
 * or nothing when the extractor throws (the document is skipped whole). Its
 * text is a string, or units that a sentence-local extractor gets in pieces.
 */
async function extractDocument(ex: Extractor, doc: string, text: string | DocLine, size: number, out: Utf8Sink, at: number, notes: Note[]): Promise<number | null> {
  const docJson = Buffer.from(JSON.stringify(doc));
  const mark = out.length;
  let mentions = 0;
  for (const p of pieces(text, size, typeof text === 'string' || text.surrogates)) {
    let raw: unknown;
    // only the extractor's own failure skips the document; the harness's propagates (the pool reports it)
    try { raw = await extractOne(ex, p.text); } catch (e) {
      out.rewind(mark);
      notes.push({ line: at, doc, message: `the extractor threw: ${describeThrown(e)}; document skipped` });
      return null;
    }
    const r = await checkAnswer(raw, p.cp);
    if (r.problems.length) notes.push({ line: at, doc, message: summarizeProblems(r.problems) + inPiece(p.whole, p.cpStart, 'document') });
    for (const m of r.mentions) out.mention(docJson, m, p.cpStart);
    mentions += r.mentions.length;
  }
  return mentions;
}

/** A piece of a text as an extractor gets it: units [a, b) of the text, its code-point table, and the code point it starts at. */
interface Piece { a: number; b: number; whole: boolean; text: string; cp: CodePoints; cpStart: number }

/**
 * The pieces a text goes to the extractor in, for a file's part and a JSON
 * line's document alike: pieces of up to `size` units cut after sentence ends
 * (pieceEnd) when the text is units, one piece when it is a string. Each
 * piece's string is made when its turn comes, so one piece at a time is
 * alive. An empty text is still one piece (''). `surrogates`: false when the
 * text is known to have none (its code-point tables skip the scan).
 */
function* pieces(text: string | { units: Uint16Array; length: number }, size: number, surrogates: boolean): Generator<Piece> {
  const length = text.length;
  let cpStart = 0;
  for (let a = 0, first = true; first || a < length; first = false) {
    const b = typeof text === 'string' ? length : pieceEnd(text.units, a, length, size);
    const piece = typeof text === 'string' ? text : utf16String(text.units, b - a, a);
    const cp = new CodePoints(piece, surrogates ? undefined : false);
    yield { a, b, whole: a === 0 && b === length, text: piece, cp, cpStart };
    cpStart += cp.length;
    a = b;
  }
}

/** Where the positions of a note on a piece count from (its mention numbers and offsets are the piece's). */
function inPiece(whole: boolean, from: number, of: string): string {
  return whole ? '' : ` (mention numbers and offsets within the piece from code point ${from} of the ${of})`;
}

async function linesBlock(ex: Extractor, bytes: Uint8Array, skip: ReadonlySet<number>, mark: Mark, pieceUnits: number, lent?: SharedArrayBuffer): Promise<BlockResult> {
  const notes: Note[] = [];
  const out = new Utf8Sink(bytes.length, lent);
  const size = ex.sentenceLocal === true ? pieceUnits : Infinity;
  let docs = 0, mentions = 0, bad = 0;
  const one = async (at: number, doc: string, text: string | DocLine) => {
    const n = await extractDocument(ex, doc, text, size, out, at, notes);
    if (n === null) bad++;
    else { docs++; mentions += n; }
  };
  const decoded = decodeUtf8Units(bytes);
  if (decoded === null) {
    // some line is not UTF-8: line by line, to find which
    const { lines, badByte, newlines } = splitLines(bytes);
    for (let i = 0; i < lines.length; i++) {
      if (skip.has(i)) continue;
      const line = lines[i];
      const at = i + 1;
      if (line === null) {
        notes.push({ line: at, message: `not valid UTF-8 at byte ${badByte.get(i)} of the line; line skipped` });
        bad++;
        continue;
      }
      if (line.length === 0 || (line.length < 256 && line.trim() === '')) continue;
      mark(i);
      const d = parseLine(line, at, notes);
      if (d === null) bad++;
      else await one(at, d.doc, d.text);
    }
    return { out: out.bytes(), lent: out.inLent, notes, newlines, docs, mentions, bad };
  }
  const { units, length, newlines } = decoded;
  // the block's units only: the scratch beyond them holds an older block's
  const block = units.subarray(0, length);
  try {
    for (let i = 0, a = 0; a < length; i++) {
      let e = block.indexOf(10, a);
      if (e < 0) e = length;
      const start = a, n = e - start;
      a = e + 1;
      if (skip.has(i)) continue;
      if (n === 0 || (n < 256 && utf16String(units, n, start).trim() === '')) continue;
      mark(i);
      const at = i + 1;
      const fast = readDocLine(units, start, e);
      if (fast !== null) { await one(at, fast.doc, fast); continue; }
      const d = parseLine(utf16String(units, n, start), at, notes);
      if (d === null) bad++;
      else await one(at, d.doc, d.text);
    }
  } finally {
    releaseUnits(units);
    releaseDocLine();
  }
  return { out: out.bytes(), lent: out.inLent, notes, newlines, docs, mentions, bad };
}

/**
 * The UTF-16 units a piece that a sentence-local extractor is given at a time
 * may have (see `Extractor.sentenceLocal`), when a sentence end allows it. A
 * string of a whole part (1 MiB, 4 MiB for such an extractor) is made in V8's large-object space, fresh
 * pages every time: making those strings was a seventh of a worker's time
 * (page faults, then the copy). A string of at most 60,000 units (120 KB) is
 * made in the young generation instead. A stretch without a sentence end is
 * one piece however long it is (cutting anywhere else could change mentions).
 */
export const PIECE_UNITS = 60_000;

/**
 * Where the piece of units [a, n) ends: after the last sentence end
 * (text/sentences.ts) in the second half of the first `size` units, else the
 * last in each further `size` units; `n` when there is none, or when the rest
 * is no longer than `size`. The same cuts as the pipeline's blocks.
 */
export function pieceEnd(u: Uint16Array, a: number, n: number, size = PIECE_UNITS): number {
  if (n - a <= size) return n;
  const cut = cutAfter((i) => u[i], a, n, size);
  return cut > 0 ? cut : n;
}

async function textBlock(ex: Extractor, job: Extract<BlockJob, { kind: 'text' }>, mark: Mark, pieceUnits: number): Promise<BlockResult> {
  // The empty last part of a file whose size is a whole number of parts (the
  // reader learns of the end only from a read that gives nothing): no text of
  // the document, so no call (an extractor had been handed '' after the rest).
  // An empty file is a document of its own and still gets its call.
  if (job.bytes.length === 0 && job.cpBase > 0) return { out: new Uint8Array(0), lent: false, notes: [], newlines: 0, docs: 1, mentions: 0, bad: 0 };
  const decoded = decodeUtf8Units(job.bytes);
  if (decoded === null) {
    const at = firstInvalidUtf8(job.bytes);
    return { out: new Uint8Array(0), notes: [{ line: countNewlines(job.bytes.subarray(0, at)) + 1, message: `not valid UTF-8 at byte ${at}` }], newlines: countNewlines(job.bytes), docs: 0, mentions: 0, bad: 1, invalidAt: at };
  }
  const { units, newlines, astral } = decoded;
  const size = ex.sentenceLocal === true ? pieceUnits : Infinity;
  const notes: Note[] = [];
  // the line of unit i, for a note (rare: counted only then)
  const lineAt = (i: number) => { let n = 1; for (let k = 0; k < i; k++) if (units[k] === 10) n++; return n; };
  const docJson = Buffer.from(JSON.stringify(job.doc));
  // dense report text gives about 0.7 bytes of output per byte of input: one allocation, no regrowth
  const out = new Utf8Sink(job.bytes.length, job.out);
  let mentions = 0, threw = 0;
  // the timeout is the part's, as for any other extractor
  mark(0);
  try {
    // the decoder counted the surrogate pairs: none in the part, none to look for in a piece
    for (const p of pieces(decoded, size, astral !== 0)) {
      let raw: unknown;
      try { raw = await extractOne(ex, p.text); } catch (e) {
        // a whole part counts its last line too when no line feed ends it (a one-line document was "0 lines skipped")
        const lines = p.whole ? newlines + (p.b > 0 && units[p.b - 1] !== 10 ? 1 : 0) : lineAt(p.b) - lineAt(p.a);
        notes.push({ line: lineAt(p.a), doc: job.doc, message: `the extractor threw: ${describeThrown(e)}; ${lines} line${lines === 1 ? '' : 's'} skipped` });
        threw++;
        continue;
      }
      const r = await checkAnswer(raw, p.cp);
      const shift = job.cpBase + p.cpStart;
      // a part after the first has offsets of its own even when it is one piece: say from where
      if (r.problems.length) notes.push({ line: lineAt(p.a), doc: job.doc, message: summarizeProblems(r.problems) + inPiece(p.whole && shift === 0, shift, 'file') });
      for (const m of r.mentions) out.mention(docJson, m, shift);
      mentions += r.mentions.length;
    }
  } finally {
    releaseUnits(units);
  }
  // a part with a piece skipped counts once, as a part skipped whole did (the other pieces' lines are written)
  return { out: out.bytes(), lent: out.inLent, notes, newlines, docs: threw ? 0 : 1, mentions, bad: threw ? 1 : 0 };
}

/** What was thrown, in words: an Error's message, or what else it was (`throw null`). */
export function describeThrown(e: unknown): string {
  if (e instanceof Error) return clip(e.message || e.name, 500);
  if (e === null || e === undefined) return `${e} (not an Error)`;
  if (typeof e === 'string') return clip(e, 500);
  let s: string;
  try { s = JSON.stringify(e) ?? String(e); } catch { s = Object.prototype.toString.call(e); }
  return `${clip(s, 200)} (not an Error)`;
}
