// normalize's loop in JavaScript, for where WebAssembly cannot run: under
// `node --jitless`, or where a WebAssembly memory cannot reserve its address
// space (V8 reserves about 10 GiB for each; a `ulimit -v` of 16 GB failed).
// The same output as normalize.wat (a test holds both to the rules written
// out plainly); this was the loop before it, about ×1.2 slower end to end.
import { CLASS, Cls, FOLD } from '../text/chars.js';
import { utf16String } from '../text/utf8.js';
import type { Normalized } from './normalize.js';
import type { Tokens } from './tokenize.js';
import { EM_DASH, FOLDS, isHanUnit, LOOP_PLAIN, RUN, YUAN } from './normalize-tables.js';

const NO_TITLES: readonly number[] = [];
const NO_YUAN: readonly number[] = [];
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

// Scratch space, reused: the raw units (a typed array reads faster than
// charCodeAt on the sliced strings the blocks are), the normalized units
// before they become a string, the runs before they are copied out at their
// size. None of it leaves this function.
let src = new Uint16Array(1 << 15);
let dst = new Uint16Array(1 << 15);
let runKinds: Uint8Array = new Uint8Array(1 << 12);
let runStarts: Int32Array = new Int32Array(1 << 12);

let rawIndex = new Int32Array(1 << 15);

/** normalize (normalize.ts) where WebAssembly cannot run: the same contract, transient maps included. */
export function normalizeInJs(raw: string, transient = false): Normalized {
  const n = raw.length;
  if (src.length < n + 1) { src = new Uint16Array(n + 1); dst = new Uint16Array(n + 1); }
  const units = src, out = dst, run = RUN, plain = LOOP_PLAIN;
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
  let hanFolded = false;
  let titles: number[] = n > 0 && units[0] === BIAO ? [0] : (NO_TITLES as number[]);
  let yuan = NO_YUAN as number[];
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
        if (k & FOLDS && isHanUnit(c)) hanFolded = true; // 萬, 億, 兩
        out[j] = k & FOLDS ? FOLD[c] : c;
        toRaw[j++] = i++;
        c = units[i];
        k = run[c];
      }
    }
    if (i === n) break;
    if (k & FOLDS) { if (isHanUnit(c)) hanFolded = true; c = FOLD[c]; k &= ~FOLDS; }
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
    // 一九八六——一九九〇年: a pair of em dashes is one range mark (session 46's review: the upper end alone)
    if (c === EM_DASH && j > 0 && out[j - 1] === EM_DASH) { i = next; continue; }
    if (k !== kind) {
      if (count + 1 >= starts.length) { runKinds = kinds = grow8(kinds); runStarts = starts = grow32(starts); }
      kinds[count] = k;
      starts[count++] = j;
      kind = k;
    }
    if (c === YUAN) { if (yuan === NO_YUAN) yuan = []; yuan.push(j); }
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
  return { text, toRaw: j === n && !transient ? toRaw : toRaw.subarray(0, j + 1), raw, surrogates, hanFolded, numerals, titles, yuan };
}

function grow8(a: Uint8Array): Uint8Array { const b = new Uint8Array(2 * a.length); b.set(a); return b; }
function grow32(a: Int32Array): Int32Array { const b = new Int32Array(2 * a.length); b.set(a); return b; }
