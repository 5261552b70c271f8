// The character-class tokenizer: one pass over the normalized text, cutting it
// into runs of one class (digits, Chinese numerals, other CJK, Latin,
// punctuation, space) with a table lookup per character. The pipeline does not
// run it: normalize cuts the numeral runs, all the locator reads, on its own
// pass (normalize.ts; a test holds the two equal). It stays for inspection
// (tokenList) and for callers that want every run.
import { CLASS, Cls } from '../text/chars.js';

/** Runs of a text: what `tokenize` returns, and the numeral runs of `normalize` (Normalized.numerals). */
export interface Tokens {
  count: number;
  /** class of each run (Cls) */
  kinds: Uint8Array;
  /** start of each run; starts[count] is the text length */
  starts: Int32Array;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let kinds = new Uint8Array(cap);
  let starts = new Int32Array(cap + 1);
  let count = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const k = CLASS[text.charCodeAt(i)];
    // every punctuation mark is its own run; other classes merge
    if (k !== prev || k === Cls.PUNCT) {
      if (count === cap) {
        cap *= 2;
        const nk = new Uint8Array(cap); nk.set(kinds); kinds = nk;
        const ns = new Int32Array(cap + 1); ns.set(starts); starts = ns;
      }
      kinds[count] = k;
      starts[count++] = i;
      prev = k;
    }
  }
  starts[count] = n;
  return { count, kinds, starts };
}

const NAMES = ['other', 'space', 'digit', 'cnum', 'cjk', 'latin', 'punct', 'surrogate'];

/** Runs as readable objects (for tests and debugging, not the hot path). */
export function tokenList(text: string, t: Tokens = tokenize(text)): { kind: string; text: string; start: number }[] {
  const out = [];
  for (let i = 0; i < t.count; i++) out.push({ kind: NAMES[t.kinds[i]], text: text.slice(t.starts[i], t.starts[i + 1]), start: t.starts[i] });
  return out;
}
