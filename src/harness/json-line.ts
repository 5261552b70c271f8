// A line of the stdin protocol, {"doc": string, "text": string}, read
// straight from the UTF-16 units of its block: the text's characters land in
// reused units that the worker cuts into pieces (blocks.ts), so that a block
// of JSON lines makes no string of the block, none of the line and none of a
// long text. JSON.parse made all three (a large-object string is fresh pages
// every time). Anything but that exact shape (another member, a repeated
// one, a key written with an escape, invalid JSON) is left to JSON.parse,
// which also words the errors; a property test holds the two readings equal.
import { utf16String } from '../text/utf8.js';

/** A line read by `readDocLine`: `units[0, length)` is the text; valid until the next call. */
export interface DocLine {
  doc: string;
  units: Uint16Array;
  length: number;
  /** whether the text has a surrogate unit (from the bytes or from a \u escape) */
  surrogates: boolean;
}

let tu = new Uint16Array(1 << 16);
let tuLength = 0;
let tuSurrogates = false;

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

function skipWs(u: Uint16Array, i: number, b: number): number {
  while (i < b && isWs(u[i])) i++;
  return i;
}

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x57 : -1;
}

/**
 * The JSON string starting at u[i] (a quote) unescaped into the scratch
 * units; the index after its closing quote, or -1 if it is not a valid JSON
 * string before b.
 */
function readString(u: Uint16Array, i: number, b: number): number {
  if (tu.length < b - i) tu = new Uint16Array(Math.max(b - i, 2 * tu.length));
  const o = tu;
  let j = 0, surrogates = false;
  for (i++; i < b;) {
    let c = u[i++];
    if (c === 0x22) { tuLength = j; tuSurrogates = surrogates; return i; }
    if (c === 0x5c) {
      if (i >= b) return -1;
      const e = u[i++];
      if (e === 0x6e) c = 0x0a;
      else if (e === 0x22 || e === 0x5c || e === 0x2f) c = e;
      else if (e === 0x74) c = 0x09;
      else if (e === 0x72) c = 0x0d;
      else if (e === 0x62) c = 0x08;
      else if (e === 0x66) c = 0x0c;
      else if (e === 0x75) {
        if (i + 4 > b) return -1;
        const h = (hex(u[i]) << 12) | (hex(u[i + 1]) << 8) | (hex(u[i + 2]) << 4) | hex(u[i + 3]);
        if (h < 0) return -1; // a bad digit's -1 sets the sign bit
        c = h;
        i += 4;
      } else return -1;
    } else if (c < 0x20) return -1;
    if ((c & 0xf800) === 0xd800) surrogates = true;
    o[j++] = c;
  }
  return -1;
}

/** Which key the quote at u[i] opens: 1 "doc", 2 "text", 0 another (or one with an escape). */
function keyAt(u: Uint16Array, i: number, b: number): number {
  if (i + 5 <= b && u[i] === 0x22 && u[i + 1] === 0x64 && u[i + 2] === 0x6f && u[i + 3] === 0x63 && u[i + 4] === 0x22) return 1;
  if (i + 6 <= b && u[i] === 0x22 && u[i + 1] === 0x74 && u[i + 2] === 0x65 && u[i + 3] === 0x78 && u[i + 4] === 0x74 && u[i + 5] === 0x22) return 2;
  return 0;
}

/** The doc and text of the line u[a, b), or null when it is not exactly {"doc": string, "text": string} (either order). */
export function readDocLine(u: Uint16Array, a: number, b: number): DocLine | null {
  let i = skipWs(u, a, b);
  if (i >= b || u[i] !== 0x7b) return null;
  i++;
  let doc: string | null = null, text = false;
  for (let member = 0; member < 2; member++) {
    i = skipWs(u, i, b);
    if (member === 1) {
      if (u[i] !== 0x2c) return null;
      i = skipWs(u, i + 1, b);
    }
    const key = keyAt(u, i, b);
    if (key === 0 || (key === 1 && doc !== null) || (key === 2 && text)) return null;
    i = skipWs(u, i + (key === 1 ? 5 : 6), b);
    if (u[i] !== 0x3a) return null;
    i = skipWs(u, i + 1, b);
    if (i >= b || u[i] !== 0x22) return null;
    if (key === 1) {
      // a document name is short: JSON.parse reads it exactly
      const start = i;
      i++;
      while (i < b && u[i] !== 0x22) i += u[i] === 0x5c ? 2 : 1;
      if (i >= b) return null;
      i++;
      try { doc = JSON.parse(utf16String(u, i - start, start)) as string; } catch { return null; }
    } else {
      i = readString(u, i, b);
      if (i < 0) return null;
      text = true;
    }
  }
  i = skipWs(u, i, b);
  if (i >= b || u[i] !== 0x7d || skipWs(u, i + 1, b) !== b) return null;
  return { doc: doc!, units: tu, length: tuLength, surrogates: tuSurrogates };
}

/** The scratch units are not kept alive by a huge one-off text. */
export function releaseDocLine(): void {
  if (tu.length > 1 << 24) tu = new Uint16Array(1 << 16);
}
