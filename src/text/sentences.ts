// Where a text may be cut without changing what the rule extractor finds: the
// one definition, used by the core pipeline for its blocks (core/pipeline.ts)
// and by the workers of `zhnum extract` for the pieces they hand a
// sentence-local extractor (harness/blocks.ts).
//
// A cut right after a sentence end changes no mention: 。！？, or a full stop
// "." (．) before a line break. Texts from PDFs often end sentences with "."
// (the seed court and NPC reports have no 。 at all), but "12.\n5" and
// "12 .\n5" may be a number wrapped across lines, so a "." counts only when no
// digit comes before it, blanks skipped. CRLF line ends count like LF.
// test/stream.test.ts and the extractor contract hold the rule extractor to it
// over the seed and report corpora.

/** A text read by index: `s.charCodeAt` or a Uint16Array's elements. */
export type UnitAt = (i: number) => number;

const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f; // 。！？
const isDot = (c: number) => c === 0x2e || c === 0xff0e; // . ．
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;

/** Whether a digit comes before index i, blanks skipped (looked up from the text's start, not a window's). */
function digitBefore(at: UnitAt, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isBlank(at(k))) k--;
  return k >= 0 && isDigit(at(k));
}

// One backward scan each: the first end found is the last. (Ten lastIndexOf
// calls over a slice, one per sequence, were 5% of the rule extractor.)

/** End (exclusive) of the last sentence end followed by a line break (。\n, 。\r\n; ！？.． alike) lying in [lo, hi); -1 if none. */
function lastEndAtLine(at: UnitAt, lo: number, hi: number): number {
  for (let e = hi; e >= lo + 2; e--) {
    if (at(e - 1) !== 10) continue;
    let s = e - 2;
    if (at(s) === 13 && --s < lo) continue;
    const c = at(s);
    if (isSentenceEnd(c) || (isDot(c) && !digitBefore(at, s))) return e;
  }
  return -1;
}

/** End (exclusive) of the last 。！？ lying in [lo, hi); -1 if none. */
function lastEnd(at: UnitAt, lo: number, hi: number): number {
  for (let e = hi; e > lo; e--) if (isSentenceEnd(at(e - 1))) return e;
  return -1;
}

/** The last cut in [lo, hi): after a sentence end before a line break, else after any 。！？; -1 if none. */
function lastCut(at: UnitAt, lo: number, hi: number): number {
  const cut = lastEndAtLine(at, lo, hi);
  return cut > 0 ? cut : lastEnd(at, lo, hi);
}

/**
 * Where a stretch of about `size` units starting at `start` may end: after
 * the last cut in the second half of its first `size` units, else the last in
 * each further `size` units, looking no further than `max` units from
 * `start` or the end `n`; -1 if there is none. The pipeline's blocks and the
 * worker's pieces are cut so.
 */
export function cutAfter(at: UnitAt, start: number, n: number, size: number, max = Infinity): number {
  for (let limit = start + size; limit < start + max && limit < n; limit += size) {
    const cut = lastCut(at, limit === start + size ? limit - (size >> 1) : limit - size, limit);
    if (cut > 0) return cut;
  }
  return -1;
}
