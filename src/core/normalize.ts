// Stage 1: normalize. Full-width forms become half-width and whitespace that
// PDF extraction left inside numbers and words is folded away, keeping a map
// from every normalized position back to the raw text. The same pass cuts the
// normalized text into numeral runs for the locator (stage 2): it knows the
// class of every character it writes, and a second pass over the text only to
// find them was a tenth of the rule extractor's time.
import { CLASS, Cls, FOLD, FOLDED } from '../text/chars.js';
import { utf16String } from '../text/utf8.js';
import type { Tokens } from './tokenize.js';

export interface Normalized {
  /** the normalized text */
  readonly text: string;
  /** raw UTF-16 index of each normalized unit; one extra entry holds the raw length */
  readonly toRaw: Int32Array;
  readonly raw: string;
  /** whether the raw text has UTF-16 surrogates (else UTF-16 and code-point offsets agree) */
  readonly surrogates: boolean;
  /**
   * The normalized text cut where it turns into or out of a numeral: runs of
   * digits (Cls.DIGIT), runs of Chinese numerals (Cls.CNUM), and everything
   * between them as one run of Cls.OTHER. The numeral runs are exactly those
   * of `tokenize(text)`, which is all the locator reads of it.
   */
  readonly numerals: Tokens;
  /**
   * Raw indices of the 表 that start the text or follow whitespace, in order:
   * every place a table's title (rules/table.ts, a 表 at the start of a line)
   * can be, and few others. The table pass looks only there: a search of the
   * whole text for 表, a common character (代表, 表彰), was 5–7% of the rule
   * extractor's time, and normalize meets every whitespace run anyway.
   */
  readonly titles: readonly number[];
}

const NO_TITLES: readonly number[] = [];
const BIAO = 0x8868; // 表

// Whitespace between two characters of these classes is an extraction artefact.
// Two digits or two Latin letters keep a single space: "5 38" is two numbers.
// (A bit test of both classes, every operation run at every call: as a chain
// of comparisons, the one for a Latin letter first ran after V8 had optimized
// normalize, a few blocks into a worker, and threw that code away.)
const KEEPS_SPACE = (1 << Cls.DIGIT) | (1 << Cls.LATIN);
function keepSpace(prev: number, next: number): boolean {
  return ((KEEPS_SPACE >> CLASS[prev]) & (KEEPS_SPACE >> CLASS[next]) & 1) === 1;
}

const isZeroWidth = (c: number) => c === 0x200b || c === 0xfeff;

// What the loop needs to know of a raw unit, in one table (a third of the
// size of FOLD and CLASS together, which it reads instead): the kind of run
// its folded character belongs to (Cls.DIGIT, Cls.CNUM, or Cls.OTHER for
// every other visible character) or that it needs the slow path (Cls.SPACE,
// Cls.SURROGATE); plus FOLDS where folding changes it.
// Built from the few units of those classes and the folded ones (FOLDED),
// found with indexOf: a loop over all 65,536 units ran 3 ms in the
// interpreter at every worker's start.
const FOLDS = 0x80;
/** Exported for the test that holds it to its per-unit definition. */
export const RUN = new Uint8Array(65536);
// The commonest case again, a bit a unit: set where RUN says Cls.OTHER without
// folding (8 KB, where RUN is 64 KB: a lookup at a random Han character in
// RUN mostly missed the cache, and such characters are most of the text).
const PLAIN = new Int32Array(2048).fill(-1);
const runKind = (k: number) => (k === Cls.DIGIT || k === Cls.CNUM || k === Cls.SPACE || k === Cls.SURROGATE ? k : Cls.OTHER);
const set = (u: number, r: number) => { RUN[u] = r; PLAIN[u >>> 5] &= ~(1 << (u & 31)); };
for (const k of [Cls.DIGIT, Cls.CNUM, Cls.SPACE, Cls.SURROGATE]) for (let u = CLASS.indexOf(k); u >= 0; u = CLASS.indexOf(k, u + 1)) set(u, k);
for (const u of FOLDED) set(u, runKind(CLASS[FOLD[u]]) | FOLDS);
/** Exported for the test that holds it to RUN. */
export const isPlain = (u: number) => (PLAIN[u >>> 5] & (1 << (u & 31))) !== 0;

// Scratch space, reused: the raw units (a typed array reads faster than
// charCodeAt on the sliced strings the blocks are), the normalized units
// before they become a string, the runs before they are copied out at their
// size. None of it leaves this function.
let src = new Uint16Array(1 << 15);
let dst = new Uint16Array(1 << 15);
let runKinds: Uint8Array = new Uint8Array(1 << 12);
let runStarts: Int32Array = new Int32Array(1 << 12);

let rawIndex = new Int32Array(1 << 15);

/**
 * Normalize a text. With `transient`, the offset map lives in scratch space
 * that the next transient call overwrites: for a caller done with the block
 * before it normalizes the next (the pipeline's loop), which spares a fresh
 * map per block to the collector.
 */
export function normalize(raw: string, transient = false): Normalized {
  const n = raw.length;
  if (src.length < n + 1) { src = new Uint16Array(n + 1); dst = new Uint16Array(n + 1); }
  const units = src, out = dst, run = RUN, plain = PLAIN;
  Buffer.from(units.buffer, 0, 2 * n).write(raw, 'utf16le');
  units[n] = 0x20;
  if (transient && rawIndex.length < n + 1) rawIndex = new Int32Array(n + 1);
  const toRaw = transient ? rawIndex : new Int32Array(n + 1);
  let kinds = runKinds, starts = runStarts;
  let count = 0;
  let kind = -1; // the run kind of the last character written
  let j = 0;
  let i = 0;
  let surrogates = false;
  let titles: number[] = n > 0 && units[0] === BIAO ? [0] : (NO_TITLES as number[]);
  while (i < n) {
    let c = units[i];
    let k = run[c];
    // the common case: characters that folding leaves alone, continuing the run before them
    // (a loop of its own, without calls, where the arrays' addresses stay in registers)
    // (units[n] is a space, whose kind no run has: the loop stops there without a check of i)
    if (kind === Cls.OTHER) {
      while (plain[c >>> 5] & (1 << (c & 31))) {
        out[j] = c;
        toRaw[j++] = i++;
        c = units[i];
      }
      // Line breaks (\n only) between two plain characters, the first not ASCII
      // (Chinese wrapped or in paragraphs), are dropped here: what the slow path
      // would do with them (only an ASCII digit or letter keeps a space),
      // without it. Such runs were 85% of the whitespace runs, a third of the
      // loop's events, on the seed reports. A 表 after them may open a table:
      // the slow path notes it.
      if (c === 0x0a && j > 0 && out[j - 1] >= 0x80) {
        let e = i + 1;
        while (units[e] === 0x0a) e++;
        const d = units[e];
        if (e < n && plain[d >>> 5] & (1 << (d & 31)) && d !== BIAO) { i = e; continue; }
      }
      k = run[c];
    } else {
      // a full-width digit after another continues its run here (each was an event of the slow path)
      while ((k & ~FOLDS) === kind) {
        out[j] = k & FOLDS ? FOLD[c] : c;
        toRaw[j++] = i++;
        c = units[i];
        k = run[c];
      }
    }
    if (i === n) break;
    if (k & FOLDS) { c = FOLD[c]; k &= ~FOLDS; }
    let next = i + 1;
    if (k === Cls.SPACE) {
      // a whitespace run: fold it unless it separates two numbers or two words
      // (a zero-width space separates nothing: 12\u200b345 is one number)
      let visible = !isZeroWidth(units[i]);
      let e = i + 1;
      while (e < n && (run[units[e]] & ~FOLDS) === Cls.SPACE) { if (!isZeroWidth(units[e])) visible = true; e++; }
      if (e < n && units[e] === BIAO) { if (titles === NO_TITLES) titles = []; titles.push(e); }
      // (a character that keeps a space is an ASCII digit or letter once folded: the test
      // of the next one's folding and classes is skipped for any other before the space)
      if (!(j > 0 && e < n && visible && out[j - 1] < 0x80 && keepSpace(out[j - 1], FOLD[units[e]]))) { i = e; continue; }
      // a kept space, mapped to the run's first unit; never part of a numeral run (and never the first character)
      c = 0x20;
      k = Cls.OTHER;
      next = e;
    } else if (k === Cls.SURROGATE) {
      surrogates = true;
      k = Cls.OTHER;
    }
    if (k !== kind) {
      if (count + 1 >= starts.length) { runKinds = kinds = grow8(kinds); runStarts = starts = grow32(starts); }
      kinds[count] = k;
      starts[count++] = j;
      kind = k;
    }
    out[j] = c;
    toRaw[j++] = i;
    i = next;
  }
  toRaw[j] = n;
  starts[count] = j;
  const text = j === 0 ? '' : utf16String(out, j);
  const numerals: Tokens = { count, kinds: kinds.slice(0, count), starts: starts.slice(0, count + 1) };
  // a block's scratch space is not kept alive by a huge one-off text
  if (src.length > 1 << 22) { src = new Uint16Array(1 << 15); dst = new Uint16Array(1 << 15); runKinds = new Uint8Array(1 << 12); runStarts = new Int32Array(1 << 12); }
  if (rawIndex.length > 1 << 22 && !transient) rawIndex = new Int32Array(1 << 15);
  return { text, toRaw: j === n && !transient ? toRaw : toRaw.subarray(0, j + 1), raw, surrogates, numerals, titles };
}

function grow8(a: Uint8Array): Uint8Array { const b = new Uint8Array(2 * a.length); b.set(a); return b; }
function grow32(a: Int32Array): Int32Array { const b = new Int32Array(2 * a.length); b.set(a); return b; }

/** Raw UTF-16 span of a normalized span [start, end). Leading/trailing folded space stays outside. */
export function rawSpan(norm: Normalized, start: number, end: number): [number, number] {
  return [norm.toRaw[start], rawEnd(norm, end)];
}

/** The raw end of a normalized span ending at `end` (rawSpan's second half, without the pair). */
export function rawEnd(norm: Normalized, end: number): number {
  const re = norm.toRaw[end - 1] + 1;
  const c = norm.raw.charCodeAt(re - 1);
  return c >= 0xd800 && c <= 0xdbff ? re + 1 : re;
}

/** Whether a line break (in the raw text) comes right before normalized position i, spaces aside. */
export function atLineStart(norm: Normalized, i: number): boolean {
  let r = norm.toRaw[i] - 1;
  while (r >= 0) {
    const c = norm.raw.charCodeAt(r);
    if (c === 10 || c === 13) return true;
    if (c !== 0x20 && c !== 0x3000 && c !== 0x09) return false;
    r--;
  }
  return true;
}
