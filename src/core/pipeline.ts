// The stages composed in one place: raw text → normalize → tokenize →
// locate numbers → interpret → mentions with code-point offsets of the raw text.
import { CodePoints } from '../text/codepoints.js';
import { atLineStart, normalize, rawSpan, type Normalized } from './normalize.js';
import { tokenize } from './tokenize.js';
import { locateNumbers, type LocateOptions } from './numbers.js';
import { interpret, type NormMention } from './rules/interpret.js';
import { findTables } from './rules/table.js';
import type { Mention } from '../types.js';

// Long texts are processed in blocks cut at line breaks so that memory stays
// bounded and a pathological line cannot make the whole document quadratic.
const BLOCK = 1 << 20;

/** Map mentions found in normalized text back to code-point spans of the raw text. */
export function toRawMentions(norm: Normalized, found: NormMention[], cp: CodePoints, base = 0): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    const [rs, re] = rawSpan(norm, m.start, m.end);
    const start = cp.toCp(rs + base);
    const end = cp.toCp(re + base);
    const mention: Mention = { start, end, text: norm.raw.slice(rs, re), type: m.type, value: m.value, unit: m.unit, qualifier: m.qualifier };
    if (m.valueMax !== undefined) mention.valueMax = m.valueMax;
    if (m.optional) mention.optional = true;
    mention.rule = m.rule;
    out.push(mention);
  }
  return out;
}

/** What the numeral locator needs to know of the raw text behind the normalized one. */
export function locateOptions(norm: Normalized): LocateOptions {
  return {
    gap: (k) => k > 0 && norm.toRaw[k] > norm.toRaw[k - 1] + 1,
    lineStart: (k) => k > 0 && atLineStart(norm, k),
    // a thousands separator is an ASCII comma of the raw text, never the Chinese comma ，
    commaAt: (k) => norm.raw.charCodeAt(norm.toRaw[k]) === 0x2c,
  };
}

function extractBlock(raw: string): { norm: Normalized; found: NormMention[] } {
  const norm = normalize(raw);
  const tokens = tokenize(norm.text);
  const options = locateOptions(norm);
  const nums = locateNumbers(norm.text, tokens, options);
  const found = interpret(norm.text, nums, (i) => atLineStart(norm, i), findTables(norm), options.gap);
  return { norm, found: found.filter((m) => typeof m.value === 'string' || Number.isFinite(m.value)) };
}

/** The rule-based extraction of a whole document. */
export function extractRules(raw: string): Mention[] {
  const cp = new CodePoints(raw);
  if (raw.length <= BLOCK) {
    const { norm, found } = extractBlock(raw);
    return toRawMentions(norm, found, cp);
  }
  const out: Mention[] = [];
  let start = 0;
  while (start < raw.length) {
    let end = Math.min(raw.length, start + BLOCK);
    if (end < raw.length) {
      const nl = raw.lastIndexOf('\n', end);
      if (nl > start + (BLOCK >> 1)) end = nl + 1;
      else {
        // no line break: cut between two characters that are not digits or numerals
        let k = end;
        while (k > start + (BLOCK >> 1) && /[0-9０-９〇零一二两三四五六七八九十百千万亿.．]/.test(raw[k - 1] + raw[k])) k--;
        end = k;
      }
      // never split a surrogate pair
      const c = raw.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end++;
    }
    const { norm, found } = extractBlock(raw.slice(start, end));
    // one at a time: a spread of a few hundred thousand mentions overflows the stack
    for (const m of toRawMentions(norm, found, cp, start)) out.push(m);
    start = end;
  }
  return out;
}

