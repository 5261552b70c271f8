// Stage 1: normalize. Full-width forms become half-width and whitespace that
// PDF extraction left inside numbers and words is folded away, keeping a map
// from every normalized position back to the raw text.
import { CLASS, Cls, FOLD } from '../text/chars.js';
import { utf16String } from '../text/utf8.js';

export interface Normalized {
  /** the normalized text */
  readonly text: string;
  /** raw UTF-16 index of each normalized unit; one extra entry holds the raw length */
  readonly toRaw: Int32Array;
  readonly raw: string;
  /** whether the raw text has UTF-16 surrogates (else UTF-16 and code-point offsets agree) */
  readonly surrogates: boolean;
}

// Whitespace between two characters of these classes is an extraction artefact.
// Two digits or two Latin letters keep a single space: "5 38" is two numbers.
function keepSpace(prev: number, next: number): boolean {
  const a = CLASS[prev], b = CLASS[next];
  return (a === Cls.DIGIT && b === Cls.DIGIT) || (a === Cls.LATIN && b === Cls.LATIN) ||
    (a === Cls.DIGIT && b === Cls.LATIN) || (a === Cls.LATIN && b === Cls.DIGIT);
}

const isZeroWidth = (c: number) => c === 0x200b || c === 0xfeff;

export function normalize(raw: string): Normalized {
  const n = raw.length;
  const out = new Uint16Array(n);
  const toRaw = new Int32Array(n + 1);
  let j = 0;
  let i = 0;
  let surrogates = false;
  while (i < n) {
    const c = FOLD[raw.charCodeAt(i)];
    const cls = CLASS[c];
    if (cls !== Cls.SPACE) {
      if (cls === Cls.SURROGATE) surrogates = true;
      out[j] = c;
      toRaw[j++] = i++;
      continue;
    }
    // a whitespace run: fold it unless it separates two numbers or two words
    // (a zero-width space separates nothing: 12\u200b345 is one number)
    let visible = !isZeroWidth(raw.charCodeAt(i));
    let k = i + 1;
    while (k < n && CLASS[FOLD[raw.charCodeAt(k)]] === Cls.SPACE) { if (!isZeroWidth(raw.charCodeAt(k))) visible = true; k++; }
    if (j === 0 || k === n) { i = k; continue; }
    const prev = out[j - 1];
    const next = FOLD[raw.charCodeAt(k)];
    if (visible && keepSpace(prev, next)) {
      out[j] = 0x20;
      toRaw[j++] = i;
    }
    i = k;
  }
  toRaw[j] = n;
  const text = j === 0 ? '' : utf16String(out, j);
  return { text, toRaw: j === n ? toRaw : toRaw.subarray(0, j + 1), raw, surrogates };
}

/** Raw UTF-16 span of a normalized span [start, end). Leading/trailing folded space stays outside. */
export function rawSpan(norm: Normalized, start: number, end: number): [number, number] {
  const rs = norm.toRaw[start];
  let re = norm.toRaw[end - 1] + 1;
  const c = norm.raw.charCodeAt(re - 1);
  if (c >= 0xd800 && c <= 0xdbff) re++;
  return [rs, re];
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
