// Code-point offsets. Files count Unicode code points; JavaScript strings count
// UTF-16 units. Text without astral characters (the common case) needs no table.

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

export class CodePoints {
  readonly length: number;
  /** u16 index → code-point index, only built when the text has surrogate pairs */
  private readonly u16ToCp: Int32Array | null;
  private readonly cpToU16: Int32Array | null;

  /** `pairs`: whether the text has surrogate pairs, when the caller already knows (a decoder counted them); else it is scanned for. */
  constructor(readonly text: string, pairs?: boolean) {
    // the regular expression engine scans far faster than a loop of charCodeAt
    const astral = pairs ?? SURROGATE_PAIR.test(text);
    if (!astral) {
      this.length = text.length;
      this.u16ToCp = null;
      this.cpToU16 = null;
      return;
    }
    const u2c = new Int32Array(text.length + 1);
    const c2u: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      u2c[i] = cp;
      c2u.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { u2c[i + 1] = cp; i++; }
      }
      cp++;
    }
    u2c[text.length] = cp;
    c2u.push(text.length);
    this.length = cp;
    this.u16ToCp = u2c;
    this.cpToU16 = Int32Array.from(c2u);
  }

  /** Whether the code points [start, end) are `s` (without making the substring). */
  textIs(start: number, end: number, s: string): boolean {
    const a = this.toU16(start), b = this.toU16(end);
    return s.length === b - a && this.text.startsWith(s, a);
  }

  toCp(u16: number): number {
    return this.u16ToCp ? this.u16ToCp[u16] : u16;
  }

  toU16(cp: number): number {
    return this.cpToU16 ? this.cpToU16[cp] : cp;
  }

  /** The substring between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toU16(start), this.toU16(end));
  }
}

const cache = new WeakMap<object, CodePoints>();

/** The code points of an object's text (a unit, a document), computed once per object. */
export function codePointsOf(o: { readonly text: string }): CodePoints {
  let cp = cache.get(o);
  if (!cp || cp.text !== o.text) { cp = new CodePoints(o.text); cache.set(o, cp); }
  return cp;
}

/**
 * A user-supplied value shortened for a message: at most `max` UTF-16 units
 * (never half a surrogate pair), then how much was left out. A 50 MB field must not be echoed to stderr.
 */
export function clip(s: string, max = 120): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // do not cut a surrogate pair
  return `${s.slice(0, end)}… (${s.length - end} more characters)`;
}

/**
 * Text for one line of a message: line breaks and the other control characters (C0, DEL, C1, the
 * line and paragraph separators, the bidirectional marks and overrides) escaped in JSON's notation
 * (\n, \t, \u001b), so that a value quoted from a user's file can neither break the line, nor send
 * the terminal an escape sequence, nor reorder the message around it. A backslash is doubled, as
 * JSON does, so that a line break and the two characters `\n` of the text read apart.
 */
export const oneLine = (t: string) => t.replace(/[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) =>
  (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

/** A word as a POSIX shell reads it back: bare where that is safe, else in single quotes (a command shown in a message or a footer can be pasted). */
export function shellWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** Words a lane sum covers: a multiple of 4 below 256. */
const LANE_WORDS = 252;

/**
 * Code points in valid UTF-8: every byte that is not a continuation byte
 * (10xxxxxx) starts one. Four bytes at a time, because the main thread of
 * `zhnum extract` counts every block of a file it cuts.
 */
export function countCodePoints(bytes: Uint8Array): number {
  let cont = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) { if ((bytes[i] & 0xc0) === 0x80) cont++; i++; }
  // whole steps of continuationWords; the bytes after them are counted one by one below
  const w = (n - i) >> 2;
  const words = w - (w % LANE_WORDS);
  if (words > 0) {
    cont += continuationWords(new Uint32Array(bytes.buffer, bytes.byteOffset + i, words));
    i += words << 2;
  }
  for (; i < n; i++) if ((bytes[i] & 0xc0) === 0x80) cont++;
  return n - cont;
}

/**
 * Continuation bytes in whole words. A function of its own, with nothing
 * after the loop: countCodePoints, called once a block, ran its loop in code
 * compiled on the stack (on-stack replacement), which met the lines after
 * the loop without type feedback and was thrown away, every block (a
 * compile a block on V8's helper thread).
 */
function continuationWords(w32: Uint32Array): number {
  // Each byte of `lanes` counts the continuation bytes at its place, so the
  // four are summed once every LANE_WORDS words rather than once a word (no
  // byte reaches 256), and four words a step: twice as fast as one word with
  // its sum, on a pass of the main thread over every byte of a file. The
  // length is a multiple of LANE_WORDS: a loop for the rest, after these,
  // was what deoptimized the code every block.
  let cont = 0;
  for (let k = 0; k < w32.length;) {
    let lanes = 0;
    for (const stop = k + LANE_WORDS; k < stop; k += 4) {
      const a = w32[k], b = w32[k + 1], c = w32[k + 2], d = w32[k + 3];
      // bit 0 of each byte set where the byte is 10xxxxxx
      lanes = (lanes + ((a & ~(a << 1) & 0x80808080) >>> 7) + ((b & ~(b << 1) & 0x80808080) >>> 7)
        + ((c & ~(c << 1) & 0x80808080) >>> 7) + ((d & ~(d << 1) & 0x80808080) >>> 7)) | 0;
    }
    cont += (lanes & 0xff) + ((lanes >>> 8) & 0xff) + ((lanes >>> 16) & 0xff) + (lanes >>> 24);
  }
  return cont;
}
