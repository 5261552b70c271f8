// The tables normalize's loop reads (normalize.wat, and normalize-js.ts
// where WebAssembly is not available), built once.
import { CLASS, Cls, FOLD, FOLDED } from '../text/chars.js';

// What the loop needs to know of a raw unit, in one table (a third of the
// size of FOLD and CLASS together, which it reads instead): the kind of run
// its folded character belongs to (Cls.DIGIT, Cls.CNUM, or Cls.OTHER for
// every other visible character) or that it needs the slow path (Cls.SPACE,
// Cls.SURROGATE); plus FOLDS where folding changes it.
// Built from the few units of those classes and the folded ones (FOLDED),
// found with indexOf: a loop over all 65,536 units ran 3 ms in the
// interpreter at every worker's start.
export const FOLDS = 0x80;
/** Exported for the test that holds it to its per-unit definition. */
export const RUN = new Uint8Array(65536);
// The commonest case again, a bit a unit: set where RUN says Cls.OTHER without
// folding (8 KB, where RUN is 64 KB: a lookup at a random Han character in
// RUN mostly missed the cache, and such characters are most of the text).
export const PLAIN = new Int32Array(2048).fill(-1);
const runKind = (k: number) => (k === Cls.DIGIT || k === Cls.CNUM || k === Cls.SPACE || k === Cls.SURROGATE ? k : Cls.OTHER);
const set = (u: number, r: number) => { RUN[u] = r; PLAIN[u >>> 5] &= ~(1 << (u & 31)); };
for (const k of [Cls.DIGIT, Cls.CNUM, Cls.SPACE, Cls.SURROGATE]) for (let u = CLASS.indexOf(k); u >= 0; u = CLASS.indexOf(k, u + 1)) set(u, k);
for (const u of FOLDED) set(u, runKind(CLASS[FOLD[u]]) | FOLDS);
/** Exported for the test that holds it to RUN. */
export const isPlain = (u: number) => (PLAIN[u >>> 5] & (1 << (u & 31))) !== 0;

/**
 * Han characters, U+3400–U+9FFF: the range whose folding Normalized.hanFolded
 * notes (normalize.wat tests the same two bounds) and the one pipeline.ts's
 * unitAsWritten takes back from the raw text. One range for both: a unit
 * written otherwise in the raw text is looked for wherever it could be.
 */
export const isHanUnit = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** 元: the loops note where each one is written (Normalized.yuan). */
export const YUAN = 0x5143;
/** The em dash: a pair of them (——, the range mark of older reports) is written as one. */
export const EM_DASH = 0x2014;
/**
 * PLAIN as both loops read it: without 元, so that every 元 leaves the plain run for the path that notes it, and
 * without the em dash, whose second of a pair that path drops.
 */
export const LOOP_PLAIN = PLAIN.slice();
LOOP_PLAIN[YUAN >>> 5] &= ~(1 << (YUAN & 31));
LOOP_PLAIN[EM_DASH >>> 5] &= ~(1 << (EM_DASH & 31));

// The WebAssembly loop reads RUN and FOLD as they are and two bitmaps, PLAIN
// and KEEP (a unit whose folded character keeps a space: an ASCII digit or
// Latin letter), built like RUN from the few units that have them.
export const KEEP = new Int32Array(2048);
for (const k of [Cls.DIGIT, Cls.LATIN]) for (let u = CLASS.indexOf(k); u >= 0; u = CLASS.indexOf(k, u + 1)) KEEP[u >>> 5] |= 1 << (u & 31);
for (const u of FOLDED) {
  const k = CLASS[FOLD[u]];
  if (k === Cls.DIGIT || k === Cls.LATIN) KEEP[u >>> 5] |= 1 << (u & 31);
  else KEEP[u >>> 5] &= ~(1 << (u & 31));
}
