// The stages composed in one place: raw text → normalize → tokenize →
// locate numbers → interpret → mentions with code-point offsets of the raw text.
import { CodePoints } from './text.js';
import { atLineStart, normalize, rawSpan, type Normalized } from './normalize.js';
import { tokenize } from './tokenize.js';
import { locateNumbers } from './numbers.js';
import { qualifierAfter, qualifierBefore } from './lexicon.js';
import { interpret, type NormMention } from './extract/rules.js';
import type { Mention, MentionType } from './types.js';

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
    out.push(mention);
  }
  return out;
}

function extractBlock(raw: string): { norm: Normalized; found: NormMention[] } {
  const norm = normalize(raw);
  const tokens = tokenize(norm.text);
  const nums = locateNumbers(norm.text, tokens);
  const found = interpret(norm.text, nums, (i) => atLineStart(norm, i));
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
    out.push(...toRawMentions(norm, found, cp, start));
    start = end;
  }
  return out;
}

/**
 * Value, unit and qualifier of a span that another extractor found (the
 * transformer): the rule reading of the same span when the rules agree on
 * where it is, else the first numeral's value and the text after it as unit.
 */
export function describeSpan(cps: string[], start: number, end: number, type: MentionType): Mention | null {
  const spanText = cps.slice(start, end).join('');
  const w0 = Math.max(0, start - 12);
  const w1 = Math.min(cps.length, end + 12);
  const window = cps.slice(w0, w1).join('');
  const same = extractRules(window).find((m) => m.start + w0 === start && m.end + w0 === end);
  if (same && (typeof same.value === 'string') === (type === 'DATE')) {
    const m: Mention = { start, end, text: spanText, type, value: same.value, unit: same.unit, qualifier: same.qualifier };
    if (same.valueMax !== undefined) m.valueMax = same.valueMax;
    return m;
  }
  const norm = normalize(spanText);
  const nums = locateNumbers(norm.text, tokenize(norm.text));
  if (nums.length === 0) return null;
  const n = nums[0];
  let value: number | string = n.value;
  if (!Number.isFinite(value)) return null;
  if (type === 'DATE') {
    if (!(Number.isInteger(value) && value >= 1000 && value <= 2999)) return null;
    value = String(value);
  }
  const after = norm.text.slice(nums[nums.length - 1].end).replace(/^[余多]/, '');
  let unit: string | null = after.length ? after : null;
  if (type === 'PERCENT' && (unit === '%' || unit === '成')) { if (unit === '成') value = (value as number) * 10; unit = '%'; }
  if (type === 'DATE') unit = /[年月日]$/.test(after) ? after.slice(-1) : null;
  const head = cps.slice(w0, start).join('');
  const tail = cps.slice(end, w1).join('');
  const qa = qualifierAfter(tail, 0);
  const qb = qualifierBefore(head, head.length);
  const inner = /^[0-9０-９.．〇零一二两三四五六七八九十百千万亿]+[余多]/.test(spanText);
  const qualifier = inner ? 'over' : qa ? qa[0] : qb ? qb[0] : 'exact';
  const m: Mention = { start, end, text: spanText, type, value, unit, qualifier };
  if (nums.length === 2 && type !== 'DATE' && Number.isFinite(nums[1].value) && /[至到\-—~]/.test(norm.text.slice(nums[0].end, nums[1].start))) m.valueMax = nums[1].value;
  return m;
}
