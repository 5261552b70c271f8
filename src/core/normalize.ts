// Stage 1: normalize. Full-width forms become half-width and whitespace that
// PDF extraction left inside numbers and words is folded away, keeping a map
// from every normalized position back to the raw text. The same pass cuts the
// normalized text into numeral runs for the locator (stage 2): it knows the
// class of every character it writes, and a second pass over the text only to
// find them was a tenth of the rule extractor's time.
import { FOLD } from '../text/chars.js';
import { KEEP, LOOP_PLAIN, RUN } from './normalize-tables.js';
import { normalizeInJs } from './normalize-js.js';
import { NORMALIZE_WASM } from './normalize-wasm.js';
import { wasmInstance, wasmMemory, wasmModule } from '../text/wasm.js';
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
   * Whether a Han character (U+3400–U+9FFF) was folded to another (萬 to 万):
   * else every Han character of the text is the raw text's, and a unit
   * needs no look back at how the raw text writes it (pipeline.ts,
   * unitAsWritten: about 1% of the rule extractor, on texts that have none).
   */
  readonly hanFolded: boolean;
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
  /**
   * Normalized positions of every 元, in order: the month word 元月
   * (January, rules/month-words.ts) is looked for only there. A search of
   * the whole text for it was about 2% of the rule extractor's time; the
   * loop notes each 元 on its way (LOOP_PLAIN in normalize-tables.ts).
   */
  readonly yuan: readonly number[];
}

const NO_TITLES: readonly number[] = [];
const NO_YUAN: readonly number[] = [];

// The rules, which normalize.wat carries out:
// - every unit becomes its folded character (FOLD): full-width digits, letters
//   and signs half-width, dashes and minus signs one hyphen-minus, the
//   traditional forms of numerals and units simplified;
// - a whitespace run (Cls.SPACE: every Unicode space, line breaks included)
//   is dropped, unless it separates two characters that are each an ASCII
//   digit or Latin letter once folded, and holds something visible (a
//   zero-width space separates nothing: 12\u200b345 is one number); then it is
//   one space, mapped to the run's first unit. "5 38" is two numbers, "PM 2.5"
//   stays apart, 29.23 亿元 and a Chinese line wrapped anywhere close up;
// - the second of a pair of em dashes (——, the range mark of older reports,
//   一九八六——一九九〇年) is dropped, as whitespace is: one dash, mapped to the
//   first (session 46's review: every range read its upper end alone);
// - each normalized unit maps to the raw unit it came from, and one entry
//   past the end to the raw length.

export { isPlain, RUN } from './normalize-tables.js';

// Where WebAssembly cannot run or a memory cannot be made (text/wasm.ts),
// the same loop runs in JavaScript (normalize-js.ts).
const MODULE = wasmModule(NORMALIZE_WASM);
let wasmFailed = MODULE === null;
const TABLES = 0x40000; // the scratch arrays start after the tables (normalize.wat)

interface Loop {
  readonly memory: WebAssembly.Memory;
  /** the longest text its memory holds the scratch arrays of */
  readonly capacity: number;
  readonly normalize: (n: number, units: number, out: number, toRaw: number, kinds: number, starts: number, titles: number, yuanEnd: number) => number;
  readonly count: WebAssembly.Global;
  readonly titles: WebAssembly.Global;
  readonly yuans: WebAssembly.Global;
  readonly surrogates: WebAssembly.Global;
  readonly hanFolds: WebAssembly.Global;
}

// The scratch arrays, 4-byte ones first: the offset map, the run starts and
// the titles with the 元 positions from the other end (each at most one a
// unit, plus one), then the raw and the normalized units and the run kinds:
// 17 bytes a unit.
const scratchBytes = (capacity: number) => 17 * (capacity + 2);

/**
 * An instance of the loop with a memory of its own, for texts of up to
 * `capacity` units, or null where no memory can be made. A memory is made
 * at its size and never grown (text/wasm.ts: after a detached buffer, in
 * eleven processes the rule extractor ran ×0.76–1.20 as fast as before,
 * median ×0.96: within this machine's noise, but a replaced memory costs no
 * more than a grown one).
 */
function instance(capacity: number): Loop | null {
  const memory = wasmMemory(TABLES + scratchBytes(capacity));
  if (memory === null) return null;
  const buf = memory.buffer;
  new Uint8Array(buf, 0, 65536).set(RUN);
  new Uint16Array(buf, 0x10000, 65536).set(FOLD);
  new Int32Array(buf, 0x30000, 2048).set(LOOP_PLAIN);
  new Int32Array(buf, 0x32000, 2048).set(KEEP);
  const exports = wasmInstance(MODULE!, memory) as unknown as Omit<Loop, 'memory' | 'capacity'> | null;
  if (exports === null) return null;
  return { memory, capacity, normalize: exports.normalize, count: exports.count, titles: exports.titles, yuans: exports.yuans, surrogates: exports.surrogates, hanFolds: exports.hanFolds };
}

// Two instances: one for transient calls, whose offset map is a view of its
// memory until the next transient call, and one for the others, whose
// results are copied out (so that no other call can overwrite a transient
// map its caller still holds). A text longer than an instance holds gets a
// larger one in its place (twice the size, at least); a text of more than
// 4 M units, one of its own, dropped with its result, so that the kept ones
// stay at most at 4 M units (68 MB, of which only what texts touched is
// resident; the pipeline's blocks, up to 1 M units, keep them at 17 MB).
let transientLoop: Loop | null = null;
let keptLoop: Loop | null = null;
const FIRST_CAPACITY = 1 << 15;
const ONE_OFF = 1 << 22;
// the longest text the WebAssembly loop takes: its scratch arrays (17 bytes a
// unit) fit WebAssembly's 4 GiB; a longer one goes to the JavaScript loop
const MAX_WASM_UNITS = 240_000_000;

/** The instance for a text of n units, or null where none can be made (then the JavaScript loop). */
function loopFor(n: number, transient: boolean): Loop | null {
  if (wasmFailed || n > MAX_WASM_UNITS) return null;
  if (n > ONE_OFF) return tryInstance(n, false);
  const had = transient ? transientLoop : keptLoop;
  if (had && had.capacity >= n) return had;
  const made = tryInstance(Math.min(ONE_OFF, Math.max(n, FIRST_CAPACITY, had ? 2 * had.capacity : 0)), had === null);
  if (!made) return null;
  if (transient) transientLoop = made;
  else keptLoop = made;
  return made;
}

/** An instance, or null when its memory cannot be made; `first`: then none is tried again. */
function tryInstance(capacity: number, first: boolean): Loop | null {
  const made = instance(capacity);
  if (made === null && first) wasmFailed = true;
  return made;
}

/**
 * Normalize a text. With `transient`, the offset map and the numeral runs
 * live in scratch space that the next transient call overwrites: for a
 * caller done with the block before it normalizes the next (the pipeline's
 * loop), which spares fresh copies per block to the collector.
 */
export function normalize(raw: string, transient = false): Normalized {
  const n = raw.length;
  const loop = loopFor(n, transient);
  if (!loop) return normalizeInJs(raw, transient);
  const cap = n + 2; // (scratchBytes)
  const toRawAt = TABLES, startsAt = toRawAt + 4 * cap, titlesAt = startsAt + 4 * cap;
  const unitsAt = titlesAt + 4 * cap, outAt = unitsAt + 2 * cap, kindsAt = outAt + 2 * cap;
  const buf = loop.memory.buffer;
  Buffer.from(buf, unitsAt, 2 * n).write(raw, 'utf16le');
  const titlesEnd = unitsAt; // the 元 positions are written downwards from there
  const j = loop.normalize(n, unitsAt, outAt, toRawAt, kindsAt, startsAt, titlesAt, titlesEnd);
  const count = loop.count.value as number, titleCount = loop.titles.value as number, yuanCount = loop.yuans.value as number;
  const map = new Int32Array(buf, toRawAt, j + 1);
  const kinds = new Uint8Array(buf, kindsAt, count), starts = new Int32Array(buf, startsAt, count + 1);
  return {
    text: j === 0 ? '' : Buffer.from(buf, outAt, 2 * j).toString('utf16le'),
    // transient: views of the scratch space, as the offset map (copying the runs out was 1-2% of the rule extractor)
    toRaw: transient ? map : map.slice(),
    raw,
    surrogates: loop.surrogates.value === 1,
    hanFolded: loop.hanFolds.value === 1,
    numerals: { count, kinds: transient ? kinds : kinds.slice(), starts: transient ? starts : starts.slice() },
    titles: titleCount === 0 ? NO_TITLES : listAt(buf, titlesAt, titleCount, false),
    yuan: yuanCount === 0 ? NO_YUAN : listAt(buf, titlesEnd - 4 * yuanCount, yuanCount, true),
  };
}

/** The n numbers (i32) at byte `at` of the loop's memory as an array, in reverse where `backwards` (Array.from and its iterator were slower). */
function listAt(buf: ArrayBuffer, at: number, n: number, backwards: boolean): number[] {
  const v = new Int32Array(buf, at, n), out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = v[backwards ? n - 1 - k : k];
  return out;
}

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
