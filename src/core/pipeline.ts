// The stages composed in one place: raw text → normalize (which cuts the
// numeral runs on its way) → locate numbers → interpret → mentions with
// code-point offsets of the raw text.
import { isNumeralChar } from '../text/chars.js';
import { CodePoints } from '../text/codepoints.js';
import { atLineStart, normalize, rawEnd, type Normalized } from './normalize.js';
import { isHanUnit } from './normalize-tables.js';
import { locateNumbers, type LocateOptions } from './numbers.js';
import { interpret, type NormMention } from './rules/interpret.js';
import type { RawQueries } from './rules/context.js';
import { findTables } from './rules/table.js';
import { cutAfter } from '../text/sentences.js';
import type { Mention } from '../types.js';
import { keepShape } from './shapes.js';

// Long texts are processed in blocks, so that memory stays bounded and a
// pathological line cannot make the whole document quadratic. Blocks are
// small (BLOCK UTF-16 units): the buffers of a block then live in V8's young
// generation, while those of a text of a few hundred kilobytes went to the
// large-object space, fresh pages on every call (allocation was a third of the
// time). A block ends after a sentence end followed by a line break (。\n, or .\n),
// else after a sentence end, where cutting changes nothing (text/sentences.ts);
// a block without one grows up to MAX_BLOCK, then is cut at a line break.
const BLOCK = 1 << 14;
const MAX_BLOCK = 1 << 20;

// The raw mentions' hidden classes made general before any is made, and kept
// so (shapes.ts): toRawMentions' compiled code was thrown away the first time
// a value field held another kind of value than before.
for (const value of ['', 0, 0.5]) {
  for (const unit of [null, '']) {
    keepShape({ start: 0, end: 0, text: '', type: 'COUNT', value, unit, qualifier: 'exact', rule: '' } satisfies Mention);
    keepShape({ start: 0, end: 0, text: '', type: 'COUNT', value, unit, qualifier: 'exact', valueMax: value, rule: '' } satisfies Mention);
    const m: Mention = { start: 0, end: 0, text: '', type: 'COUNT', value, unit, qualifier: 'exact' };
    m.valueMax = value;
    m.optional = true;
    m.rule = '';
    const o: Mention = { start: 0, end: 0, text: '', type: 'COUNT', value, unit, qualifier: 'exact' };
    o.optional = true;
    o.rule = '';
    keepShape(m);
    keepShape(o);
  }
}

/** Map mentions found in normalized text back to code-point spans of the raw text, appended to `out`. */
export function toRawMentions(norm: Normalized, found: NormMention[], cp: CodePoints | null, base = 0, out: Mention[] = []): Mention[] {
  const toRaw = norm.toRaw, raw = norm.raw;
  for (const m of found) {
    // rawSpan's two ends, without its pair
    const rs = toRaw[m.start], re = rawEnd(norm, m.end);
    const start = cp ? cp.toCp(rs + base) : rs + base;
    const end = cp ? cp.toCp(re + base) : re + base;
    const text = raw.slice(rs, re);
    const unit = m.unit === null ? null : unitAsWritten(norm, m.start, m.end, m.unit);
    // Every key in the literal, in the order of the schema: a key added to an
    // object after its literal goes to a separate backing store, one more
    // object per mention for the collector to copy while a large text's
    // mentions are alive (texts of 4–16 MB ran about 5% faster this way).
    let mention: Mention;
    if (m.optional) {
      mention = { start, end, text, type: m.type, value: m.value, unit, qualifier: m.qualifier };
      if (m.valueMax !== undefined) mention.valueMax = m.valueMax;
      mention.optional = true;
      mention.rule = m.rule;
    } else if (m.valueMax !== undefined) {
      mention = { start, end, text, type: m.type, value: m.value, unit, qualifier: m.qualifier, valueMax: m.valueMax, rule: m.rule };
    } else {
      mention = { start, end, text, type: m.type, value: m.value, unit, qualifier: m.qualifier, rule: m.rule };
    }
    out.push(mention);
  }
  return out;
}

/**
 * A unit as the raw text writes it, script included (D-69): `七萬戶` has unit
 * `戶`, where normalize folded it to `户` for the lexicon. Only Han characters
 * are taken back (a full-width `％` stays `%`), and only where the unit ends
 * the span as the lexicon writes it (`两个多月` → `个月` is left as it is).
 */
function unitAsWritten(norm: Normalized, start: number, end: number, unit: string): string {
  const n = unit.length;
  let from = end - n;
  // no Han character folded: the raw text writes every one as the normalized text does
  if (n === 0 || !norm.hanFolded) return unit;
  if (from < start || !norm.text.startsWith(unit, from)) {
    // a unit shared with the number that closes a list (4.08和3.76個百分點): as written there, where no
    // character of it is in the span (两个多月 keeps 个月) and it follows in the clause
    for (let k = start; k < end; k++) if (unit.includes(norm.text[k])) return unit;
    from = norm.text.indexOf(unit, end);
    if (from < 0 || from - end > 32 || /[。；！？;!?\n]/.test(norm.text.slice(end, from))) return unit;
  }
  let out: string[] | null = null;
  for (let k = 0; k < n; k++) {
    const r = norm.raw.charCodeAt(norm.toRaw[from + k]);
    if (r !== unit.charCodeAt(k) && isHanUnit(r)) (out ??= Array.from(unit))[k] = String.fromCharCode(r);
  }
  return out ? out.join('') : unit;
}

/**
 * What the numeral locator and the rule steps ask of the raw text behind the
 * normalized one. Methods of a class rather than closures made for each
 * block: compiled code that had inlined one block's closure was thrown away
 * at the next block's ("wrong call target"), and compiled again in every
 * worker.
 */
export class RawView implements LocateOptions, RawQueries {
  constructor(readonly norm: Normalized) {}
  gap(k: number): boolean {
    const toRaw = this.norm.toRaw;
    return k > 0 && toRaw[k] > toRaw[k - 1] + 1;
  }
  lineStart(k: number): boolean {
    return k > 0 && atLineStart(this.norm, k);
  }
  atLineStart(i: number): boolean {
    return atLineStart(this.norm, i);
  }
  /** a thousands separator is an ASCII comma of the raw text, never the Chinese comma ， */
  commaAt(k: number): boolean {
    return this.norm.raw.charCodeAt(this.norm.toRaw[k]) === 0x2c;
  }
  /** a full-width comma ， between two full-width digits of the raw text (D-70) */
  wideDigitsAround(k: number): boolean {
    const toRaw = this.norm.toRaw, raw = this.norm.raw;
    const wide = (c: number) => c >= 0xff10 && c <= 0xff19;
    return raw.charCodeAt(toRaw[k]) === 0xff0c && wide(raw.charCodeAt(toRaw[k - 1])) && wide(raw.charCodeAt(toRaw[k + 1]));
  }
  /** how many raw units the kept space at k stands for; 0 where they hold a line break */
  spaceRun(k: number): number {
    const toRaw = this.norm.toRaw, raw = this.norm.raw;
    const from = toRaw[k], to = toRaw[k + 1];
    for (let r = from; r < to; r++) {
      const c = raw.charCodeAt(r);
      if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c) return 0;
    }
    return to - from;
  }
}

/** What the numeral locator needs to know of the raw text behind the normalized one. */
export function locateOptions(norm: Normalized): RawView {
  return new RawView(norm);
}

/**
 * Stages 1-3 on one block: the mentions in normalized offsets. `lap(k)` is
 * called after stage k (1 normalize, 2 locate, 3 tables and rule steps): the
 * speed suite's breakdown of where the time goes.
 */
export function extractBlock(raw: string, lap?: (stage: number) => void, transient = false): { norm: Normalized; found: NormMention[] } {
  const norm = normalize(raw, transient);
  lap?.(1);
  const options = locateOptions(norm);
  const nums = locateNumbers(norm.text, norm.numerals, options);
  lap?.(2);
  const found = interpret(norm.text, nums, options, findTables(norm), norm.yuan);
  lap?.(3);
  // a loop, not every(): one closure call a mention was measurable
  for (let k = 0; k < found.length; k++) if (!kept(found[k])) return { norm, found: found.filter(kept) };
  return { norm, found };
}

const kept = (m: NormMention) => typeof m.value === 'string' || Number.isFinite(m.value);

/** Where the block starting at `start` ends. */
function blockEnd(raw: string, start: number): number {
  const n = raw.length;
  if (n - start <= BLOCK) return n;
  // after the last 。\n (or ！？ .) in the second half of the first BLOCK, else
  // the last 。！？ there; then the same over each further BLOCK
  const cut = cutAfter((i) => raw.charCodeAt(i), start, n, BLOCK, MAX_BLOCK);
  if (cut > 0) return cut;
  let end = Math.min(n, start + MAX_BLOCK);
  if (end === n) return n;
  const half = start + (MAX_BLOCK >> 1);
  // after a line break, else a clause mark, with no numeral on either side (a
  // cut inside 13916\n件 would split a mention); else between two characters
  // that are not numerals; else at any line break
  const quiet = (i: number) => !isNumeralChar(raw.charCodeAt(i - 1)) && !isNumeralChar(raw.charCodeAt(i + 1));
  let at = -1;
  for (const marks of ['\n', '，；：']) {
    for (let i = end - 1; i > half && at < 0; i--) if (marks.includes(raw[i]) && quiet(i)) at = i + 1;
    if (at > 0) break;
  }
  if (at < 0) {
    let k = end;
    while (k > half && (isNumeralChar(raw.charCodeAt(k - 1)) || isNumeralChar(raw.charCodeAt(k)))) k--;
    if (k > half) at = k;
  }
  if (at < 0) { const nl = raw.lastIndexOf('\n', end - 1); if (nl > half) at = nl + 1; }
  if (at > 0) end = at;
  // never split a surrogate pair
  const c = raw.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end++;
  return end;
}

/** The texts of the blocks a document is processed in (the speed suite times the stages on them). */
export function blocksOf(raw: string): string[] {
  if (raw.length <= BLOCK) return [raw];
  const out: string[] = [];
  for (let start = 0; start < raw.length;) { const end = blockEnd(raw, start); out.push(raw.slice(start, end)); start = end; }
  return out;
}

/** The rule-based extraction of a whole document. */
export function extractRules(raw: string): Mention[] {
  if (raw.length <= BLOCK) {
    const { norm, found } = extractBlock(raw, undefined, true);
    // normalize saw every unit: without surrogates the offsets need no table
    return toRawMentions(norm, found, norm.surrogates ? new CodePoints(raw) : null);
  }
  // Offsets need the code-point table only from the first block with a
  // surrogate on: before it, UTF-16 and code-point offsets agree (building
  // the table of the whole text up front, for none, was 2% of the time).
  let cp: CodePoints | null = null;
  const out: Mention[] = [];
  let start = 0;
  for (const block of blocksOf(raw)) {
    const { norm, found } = extractBlock(block, undefined, true);
    if (norm.surrogates && !cp) cp = new CodePoints(raw);
    toRawMentions(norm, found, cp, start, out);
    start += block.length;
  }
  return out;
}
