// The span reader: value, valueMax, unit and qualifier of a span whose
// position and type someone else decided (the transformer, a user's tagger).
// It reads with the core's own parts — normalize, the numeral locator, the
// lexicon's units and qualifiers, and the date, scale and qualifier readers
// the rule steps use (read.ts) — and never runs the rule extractor, so an
// extractor that uses it is judged on its own spans and types.
//
// It gives no mention rather than a guessed value: a span without a numeral,
// a DATE whose numerals are not a calendar date, or a span whose numerals it
// cannot combine into one value yields null.
import { CodePoints } from '../text/codepoints.js';
import { normalize } from './normalize.js';
import { locateNumbers, NumForm, qualifiedValue, type NumberSpan } from './numbers.js';
import { CN_SCALE } from '../text/chars.js';
import { ordinalClassifierAt, unitAt } from './lexicon.js';
import { absorbScale, countHalf, halfAfter, isYearValue, negBeforePercentWords, pad, pauseRangeLow, qualifierAround, rangeLow, readDate, sharesEleventhTen, termAfter } from './read.js';
import { listCloser, memberValue } from './rules/shared-unit.js';
import { isRangeChar } from './rules/context.js';
import { DURATION_AFTER_GE, LIST_SEPARATORS, TEMPERATURE } from './rules/data/words.js';
import { findTables } from './rules/table.js';
import type { Mention, MentionType, Qualifier } from '../types.js';

const CONTEXT = 12;
const RANGE = new Set(['至', '到', '-', '—', '~', '〜', '、']);
const isMonth = (v: number) => Number.isInteger(v) && v >= 1 && v <= 12;

/**
 * The normalized context around a span, normalized in one piece (so that
 * whitespace between two numbers is kept as the normalizer keeps it in any
 * text), with the span's normalized offsets found through the offset map.
 */
// The code points of the last text read: an extractor reads every span of a
// document in turn, and building them per span made a document quadratic.
let last: CodePoints | null = null;

/**
 * The number cells of the flattened tables of the last text (D-45), by the
 * UTF-16 index of the numeral: a cell's value takes its column's scale
 * (50.49 under 产量(万吨) is 504900 吨), which the span's few characters of
 * context cannot show. Found once per text, by the table reader the rule
 * steps use; it decides nothing about spans.
 */
interface Cell { signStart: number; exp: number; unit: string | null }
let lastCells: { text: string; cells: Map<number, Cell> } | null = null;
function cellsOf(text: string): Map<number, Cell> {
  if (lastCells?.text === text) return lastCells.cells;
  const cells = new Map<number, Cell>();
  if (text.includes('表')) {
    const norm = normalize(text);
    for (const c of findTables(norm).cells.values()) cells.set(norm.toRaw[c.start], { signStart: norm.toRaw[c.signStart], exp: c.exp, unit: c.unit });
  }
  lastCells = { text, cells };
  return cells;
}

function window(text: string, start: number, end: number) {
  const cp = last !== null && last.text === text ? last : (last = new CodePoints(text));
  const a = Math.max(0, start - CONTEXT);
  const b = Math.min(cp.length, end + CONTEXT);
  const norm = normalize(cp.slice(a, b));
  const base = cp.toU16(a);
  const firstAtOrAfter = (rawU16: number) => { let k = 0; while (k < norm.text.length && norm.toRaw[k] < rawU16) k++; return k; };
  const s = firstAtOrAfter(cp.toU16(start) - base);
  const e = firstAtOrAfter(cp.toU16(end) - base);
  return { cp, all: norm.text, runs: norm.numerals, s, e, rawAt: (k: number) => base + norm.toRaw[k] };
}

/** Signs that join two numerals into one expression: a fraction, a ratio, a date or a range written with a dash. */
const JOINERS = new Set(['/', ':', '\u2236', '-', '—', '~', '〜', '⁄', '∕']);

/**
 * Whether the edge `b` of a span lies in a numeral, a joining sign, a numeral (on either side of the
 * sign), written side by side or with spaces between (3 / 5): a line break the normalizer took out (a
 * table's 85.26⏎-10.4, a page number's —3—⏎199.9亿) joins nothing.
 */
function cutsJoined(text: string, t: string, located: readonly NumberSpan[], b: number, rawAt: (k: number) => number): boolean {
  const beside = (k: number) => rawAt(k + 1) - rawAt(k) === 1 || /^[ \t\u3000\u00a0]+$/.test(text.slice(rawAt(k) + 1, rawAt(k + 1)));
  for (const j of [b - 1, b]) {
    if (j <= 0 || !JOINERS.has(t[j]) || !beside(j - 1) || !beside(j)) continue;
    const left = located.find((n) => n.end === j), right = located.find((n) => n.start === j + 1);
    // (numerals of one script on both sides: 统一：2024年, 二〇二三：五个 join nothing)
    if (!left || !right || (left.form === NumForm.CHINESE) !== (right.form === NumForm.CHINESE)) continue;
    // (a ratio's colon is : or ∶ as written; ：, full-width, ends a label: 表3：2023年, 2021：5.2%; nor before a year,
    // 表3:2023年; nor after a label's number or a year, 附表3:12个市, 图1:2021-2025年, 2021:5.2%: later reviews of session 40)
    const labelled = LABEL_BEFORE.test(t.slice(Math.max(0, left.start - 3), left.start));
    // (a numeral joined on the left too: 2026-01-22 cut after 01)
    const joinedLeft = located.some((n) => n.end === left.start - 1);
    const yearLeft = left.end - left.start === 4 && left.value >= 1900 && left.value <= 2100 && !joinedLeft;
    if ((t[j] === ':' || t[j] === '\u2236') && (text.charCodeAt(rawAt(j)) === 0xff1a || (t[right.end] === '年' && right.end - right.start === 4) || labelled || yearLeft)) continue;
    // (a page marker run into its line, —3—2024年; a table's number before a dash and a year, 附表1-2024年)
    if (t[j] === '—' && t[left.start - 1] === '—' && !joinedLeft) continue;
    if (t[j] === '-' && labelled && right.end - right.start === 4 && t[right.end] === '年') continue;
    // (a range's upper end read alone where the range cannot be, at the span's start: 3-5万4千元, 100-20人, 5-3万元, as the
    // rule steps read it, D-64; not a date's part, a code's or a short year range, 2019—21年)
    if (j === b - 1 && (t[j] === '-' || t[j] === '—' || t[j] === '~') && t[right.start] !== '0' &&
      !joinedLeft && !located.some((n) => n.start === right.end + 1) && !/[A-Za-z]/.test(t.slice(Math.max(0, left.start - 6), left.start)) &&
      !(left.end - left.start === 4 && right.end - right.start <= 2 && t[right.end] === '年')) {
      const low = rangeLow(t, left, right);
      if (Number.isNaN(low) || low > right.value) continue;
    }
    return true;
  }
  return false;
}
/** Ends of a label before its number (表3, 图1, 附件2, 序号5). */
const LABEL_BEFORE = /(?:表|图|注|号|页|栏|列|目|附件|附表|序号)$/;

/** Read the mention at [start, end) (code points of `text`) as a `type`; null when its value cannot be read with certainty. */
export function readSpan(text: string, start: number, end: number, type: MentionType): Mention | null {
  const w = window(text, start, end);
  const spanText = w.cp.slice(start, end);
  const t = w.all;
  const located = locateNumbers(t, w.runs);
  // a span that cuts a numeral of its context in two cannot be read with certainty
  if (located.some((n) => (n.start < w.s && n.end > w.s) || (n.start < w.e && n.end > w.e))) return null;
  // nor one whose edge falls among numerals joined by a sign (1/3 read as /3, 3:4:3 as 3:4:, 2026-01-22
  // as 2026-): its value would be a piece of theirs (no gold mention of either dataset ends there).
  if (cutsJoined(text, t, located, w.s, w.rawAt) || cutsJoined(text, t, located, w.e, w.rawAt)) return null;
  let nums = located.filter((n) => n.start >= w.s && n.end <= w.e && Number.isFinite(n.value));
  // 零下15℃: the 零 of "below zero" is the sign in words (D-89), no numeral of the span
  const belowZero = nums.length > 1 && nums[0].start === w.s && nums[0].end === w.s + 1 && t.startsWith('零下', w.s) && nums[1].start === w.s + 2;
  if (belowZero) nums = nums.slice(1);
  if (nums.length === 0) return null;
  // 拾年零叁个月 with 拾 unread (a word alone): the span's numerals are not its value
  if (located.some((n) => n.start >= w.s && n.end <= w.e && !Number.isFinite(n.value))) return null;
  const base = { start, end, text: spanText, type };

  if (type === 'DATE') {
    const iso = readDateSpan(t, nums, w.e);
    return iso ? { ...base, value: iso, unit: null, qualifier: 'exact' } : null;
  }
  const first = nums[0];
  // a table cell: exactly its number (with its sign or without), with the column's scale and unit
  const cell = nums.length === 1 && first.end === w.e ? cellsOf(text).get(w.rawAt(first.start)) : undefined;
  if (cell && (first.start === w.s || cell.signStart === w.cp.toU16(start))) {
    const v = Number(`${t.slice(first.start, first.end).replace(/,/g, '')}e${cell.exp}`);
    return finish(base, first.start > w.s ? -v : v, undefined, cell.unit, 'exact', true);
  }
  // a span with a cell in it that is not just that cell (粮食⏎50.49): its value cannot be told
  if (cellsOf(text).size && nums.some((n) => cellsOf(text).has(w.rawAt(n.start)))) return null;
  let value = first.value;
  let p = first.end;
  let inner: Qualifier | null = first.over ? 'over' : null; // 二十几万, 500余万
  let unit: string | null = null;
  let valueMax: number | undefined;

  // 八成五 → 85%, 九成九 → 99%: a share in 成 and its tenth, as the unit step reads them
  if (type === 'PERCENT' && nums.length === 2 && t[first.end] === '成' && nums[1].start === first.end + 1 && nums[1].end === w.e && nums[1].end - nums[1].start === 1 &&
    Number.isInteger(first.value) && first.value >= 1 && first.value <= 9 && Number.isInteger(nums[1].value) && nums[1].value >= 1 && nums[1].value <= 9 && nums[1].form === first.form) {
    return finish(base, first.value * 10 + nums[1].value, undefined, '%', qualifierAround(t, w.s, w.e, type), true);
  }
  // a fraction: 三分之一
  if (t.startsWith('分之', first.end) && nums[1] && nums[1].start === first.end + 2) {
    if (first.value === 0) return null;
    // 千分之二点三 as a PERCENT is 2.3‰, 负千分之三 -3‰, 千分之三到五 3–5‰, as the fraction step reads them (D-96)
    if (type === 'PERCENT' && first.end - first.start === 1 && t[first.start] === '千') {
      const neg = signed(t, first, w.s);
      const upper = !neg && nums.length === 3 && nums[2].start === nums[1].end + 1 && isRangeChar(t.charCodeAt(nums[1].end)) && nums[2].form === nums[1].form && nums[2].value > nums[1].value ? nums[2].value : undefined;
      return finish(base, neg ? -nums[1].value : nums[1].value, upper, '‰', qualifierAround(t, w.s, w.e), nums.length === 2 || upper !== undefined);
    }
    value = nums[1].value / first.value; p = nums[1].end;
    return finish(base, value, undefined, null, qualifierAround(t, w.s, w.e), nums.length === 2);
  }
  // 余/多 inside the span, and a scale after it (30多万); 几 after a Chinese tens, hundreds or thousands (二十几成, D-48)
  const c = t[p];
  const scaleBefore = CN_SCALE[t.charCodeAt(p - 1)];
  const ji = c === '几' && first.form === NumForm.CHINESE && scaleBefore > 0 && scaleBefore < 4;
  if ((c === '余' || c === '多' || ji) && p < w.e) {
    const [, q] = absorbScale(t, p + 1);
    // 一百几十: the 十 is a lower place of 一百, not a scale of it; 八十六亿五千余万 (as the unit step reads them)
    if (q <= w.e) {
      inner = 'over';
      value = qualifiedValue(t, first.start, first.end, value, p + 1, q);
      if (Number.isNaN(value)) return null;
      p = q;
    }
  }
  // a range: 5—10家, 3至5年; 百分之十到百分之十五, with 百分之 at both ends, as the percent step reads it
  const gap = nums[1] ? t.slice(p, nums[1].start) : '';
  const percentBoth = gap.length === 4 && RANGE.has(gap[0]) && gap.endsWith('百分之') && first.start - 3 >= w.s && t.startsWith('百分之', first.start - 3);
  if (nums[1] && (RANGE.has(gap) || percentBoth) && nums.length === 2) {
    const m = nums[1];
    // 四、五十亿 (D-47); 3-5万, 三至五万 (D-64): the lower end takes the upper end's scale
    // (other numerals joined by 、 are listed items, D-60: not one value)
    value = t[p] === '、' ? pauseRangeLow(t, first, m) : rangeLow(t, first, m, value);
    valueMax = m.value;
    if (Number.isNaN(value) || valueMax < (signed(t, first, w.s) ? -value : value)) return null; // not a range from a lower to an upper end
    p = m.end;
    if (t[p] === '余' || t[p] === '多') { inner = 'over'; p++; }
  } else if (nums.length > 1 && type !== 'DURATION' && type !== 'RATIO') {
    return null; // numerals the reader cannot combine into one value
  }
  if (t.startsWith('百分之', first.start - 3) && first.start - 3 >= w.s) unit = '%';
  else if (type === 'ORDINAL') unit = ordinalClassifierAt(t, p, w.e); else if (p < w.e) {
    const u = unitAt(t, p);
    if (t[p] === '成' && type === 'PERCENT') {
      // 两成半 is 25% (the half is of a 成); anything else after 成 inside the span is not read (八成五's 五 is a numeral of its own)
      const half = t[p + 1] === '半' && p + 2 === w.e;
      if (p + 1 < w.e && !half) return null;
      // tenths run from one to ten (三九成 is no share), as the rule extractor reads them
      if (value > 10 || (valueMax !== undefined && valueMax > 10)) return null;
      if (half) { if (valueMax !== undefined) valueMax += 0.5; else value += 0.5; }
      value *= 10; if (valueMax !== undefined) valueMax *= 10; unit = '%';
    }
    else if (u && u[0].unit === '个' && (t[p + 1] === '多' || t[p + 1] === '余') && p + 2 < w.e) {
      // 两个多月, 两个多百分点: 多 inside 个月 or 个百分点, as the unit step reads them; the span ends with that unit
      const d = unitAt(t, p + 2);
      if (!d || p + 2 + d[1] !== w.e || !((d[0].type === 'DURATION' && DURATION_AFTER_GE.has(d[0].unit)) || d[0].unit === '百分点')) return null;
      unit = `个${d[0].unit}`;
      inner = 'over';
    } else if (u && p + u[1] <= w.e && u[0].unit === '个半月') {
      // 两个半月: 2.5 months
      unit = '个月';
      value += 0.5;
    } else if (u && p + u[1] <= w.e) {
      unit = u[0].unit;
      // 4天半, 两年半, 三至四年半 (the half is the upper end's); a span going on after the half is not one value
      if (t[p + u[1]] === '半' && p + u[1] < w.e) {
        // (三间半: a counted thing's half, as the unit step reads it, D-115)
        if (!(halfAfter(t, p + u[1], u[0].type) || (u[0].type === 'COUNT' && countHalf(t, p + u[1], u[0].unit) === 'half')) || p + u[1] + 1 !== w.e) return null;
        if (valueMax !== undefined) valueMax += 0.5; else value += 0.5;
      }
    }
    else unit = t.slice(p, w.e) || null;
  }
  if (type === 'DURATION' && nums.length === 2 && valueMax === undefined) {
    // compound duration 三年六个月 → months (D-23)
    // (有期徒刑三年六月: a sentence's months without 个, the span ending at 月, as the unit step reads it)
    const sentenceMonths = t[nums[1].end] === '月' && nums[1].end + 1 === w.e && Number.isInteger(nums[1].value) && nums[1].value >= 1 && nums[1].value <= 11;
    // (一年零八个多月: 多 inside 个月, the length at least that)
    if (unitAt(t, first.end)?.[0].unit === '年' && (t.startsWith('个多月', nums[1].end) || t.startsWith('个余月', nums[1].end)) && nums[1].end + 3 === w.e) return finish(base, value * 12 + nums[1].value, undefined, '个月', 'over', true);
    if (unitAt(t, first.end)?.[0].unit === '年' && (t.startsWith('个月', nums[1].end) || sentenceMonths)) return finish(base, value * 12 + nums[1].value, undefined, '个月', qualifierAround(t, w.s, w.e, type), true);
    return null;
  }
  if (type === 'DURATION' && nums.length === 3) {
    // a range to a compound duration 十个月至一年六个月 → 10–18 months (D-23); any other
    // three numerals are not one duration (reading the first alone gave 10 for that span)
    const [a, b, m] = nums;
    // ４年零６个月: 零 between digits is a numeral of its own (D-23, as the unit step reads it)
    if (unitAt(t, a.end)?.[0].unit === '年' && b.start === a.end + 1 && b.end === b.start + 1 && t[b.start] === '零' && m.start === b.end && t.startsWith('个月', m.end) && m.end + 2 === w.e) {
      return finish(base, a.value * 12 + m.value, undefined, '个月', qualifierAround(t, w.s, w.e, type), true);
    }
    const ok = t.startsWith('个月', a.end) && RANGE.has(t[a.end + 2]) && t[a.end + 2] !== '、' && b.start === a.end + 3 &&
      unitAt(t, b.end)?.[0].unit === '年' && m.start === b.end + 1 && t.startsWith('个月', m.end) && m.end + 2 === w.e &&
      a.value <= b.value * 12 + m.value;
    return ok ? finish(base, a.value, b.value * 12 + m.value, '个月', qualifierAround(t, w.s, w.e, type), true) : null;
  }
  if (type === 'RATIO' && nums.length > 1 && valueMax === undefined) {
    // a∶b → a / b; a:b:c written as one expression → the first ÷ the second (D-57); 1比3.5 and 1/3 as 1∶3.5
    const sep = t.slice(first.end, nums[1].start);
    const slash = sep === '/';
    const colons = nums.every((n, k) => k === 0 || /^[:∶]$/.test(t.slice(nums[k - 1].end, n.start))) || (nums.length === 2 && (sep === '比' || slash));
    // a fraction with a slash takes the qualifier around it as the rule step does (近1/3); a∶b is exact
    if (colons && nums[1].value !== 0) return finish(base, first.value / nums[1].value, undefined, null, slash ? qualifierAround(t, w.s, w.e) : 'exact', true);
    return null;
  }
  if (nums.length > 2 && valueMax === undefined) return null; // numerals the reader cannot combine into one value
  // a bare number of a list that shares its closer's unit, and its 万 or 亿 (分别提高4.08和3.76个百分点,
  // 120、85和60亿元), as the rule steps read it (listCloser), where the closer's unit is of the span's type
  // 分别占百分之三十和四十: a bare rate listed after a 百分之 rate shares it (D-86), as the percent step reads it
  if (type === 'PERCENT' && nums.length === 1 && unit === null && p === w.e && valueMax === undefined && percentListBefore(t, located, located.indexOf(first))) unit = '%';
  if (nums.length === 1 && unit === null && p === w.e && valueMax === undefined) {
    const closer = listCloser(t, located, located.indexOf(first));
    if (closer && closer.unit.type === type) {
      unit = closer.unit.unit;
      value = memberValue(t, first.start, first.end, value, closer);
      if (Number.isNaN(value)) return null;
      // 分别增产2和3成: a share in 成 closes the list, so the member counts tenths too (as the unit step reads it)
      if (t[closer.unitAt] === '成') { if (!(value >= 1 && value <= 10)) return null; value *= 10; }
    }
  }
  // a sign inside the span (-, and 负 where the locator read it as one): the lower end's
  if (signed(t, first, w.s)) value = -value;
  else if (belowZero) {
    if (valueMax !== undefined || unit === null || !TEMPERATURE.has(unit)) return null; // below zero of anything but a temperature: not read
    value = -value;
  }
  let qualifier: Qualifier = type === 'ORDINAL' ? 'exact' : inner ?? qualifierAround(t, w.s, w.e, type);
  // 三个月的期限内: a limit (D-39), as the unit step reads it
  if (type === 'DURATION' && qualifier === 'exact' && valueMax === undefined && termAfter(t, w.e)) qualifier = 'under';
  return finish(base, value, valueMax, unit, qualifier, true);
}

/** Whether numeral i ends a list opened by a 百分之 rate (百分之五、八和十: 八, 十), each joined by a list separator. */
function percentListBefore(t: string, located: readonly NumberSpan[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const a = located[j], b = located[j + 1];
    if (b.start !== a.end + 1 || !LIST_SEPARATORS.has(t[a.end]) || a.form !== b.form) return false;
    if (a.start >= 3 && t.startsWith('百分之', a.start - 3)) return true;
  }
  return false;
}

/** Whether a sign inside the span (from `s` on) comes right before numeral n: -, or 负 where the locator read it as one, or 负 before 百分之. */
const signed = (t: string, n: NumberSpan, s: number) => (n.start - 1 >= s && (t[n.start - 1] === '-' || (t[n.start - 1] === '负' && n.neg))) ||
  negBeforePercentWords(t, n.start, s);

function finish(base: { start: number; end: number; text: string; type: MentionType }, value: number, valueMax: number | undefined, unit: string | null, qualifier: Qualifier, ok: boolean): Mention | null {
  if (!ok || !Number.isFinite(value)) return null;
  const m: Mention = { ...base, value, unit, qualifier };
  if (valueMax !== undefined && Number.isFinite(valueMax)) m.valueMax = valueMax;
  return m;
}


/**
 * 三、四月, 3、4、5月, 十一、二月 (D-88), as the rule steps read them: the
 * first and last month of numerals joined by 、, each the month after the
 * one before (十一、二: the 二 shares the 十), 月 after the last; null otherwise.
 */
function monthsInTurn(t: string, ms: NumberSpan[]): [number, number] | null {
  if (ms.length < 2 || t[ms[ms.length - 1].end] !== '月') return null;
  for (let k = 0; k < ms.length; k++) if (!isMonth(ms[k].value) || ms[k].decimal) return null;
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1], b = ms[k];
    const sharedTen = sharesEleventhTen(a, b) && k === ms.length - 1;
    if (t[a.end] !== '、' || b.start !== a.end + 1 || (b.value !== a.value + 1 && !sharedTen)) return null;
  }
  return [ms[0].value, ms[0].value + ms.length - 1];
}

/** An ISO date from the numerals of a DATE span: a date, a range of dates, a bare year. */
function readDateSpan(t: string, nums: NumberSpan[], end: number): string | null {
  const d = readDate(t, nums, 0);
  if (d) {
    const [part, used] = d;
    if (used === nums.length) return part.iso;
    const m1 = nums[used], m2 = nums[used + 1];
    // a year and months in turn: 一九五八年三、四、五月 (D-88)
    const listed = part.unit === '年' && m1.start === part.end ? monthsInTurn(t, nums.slice(used)) : null;
    if (listed) return `${part.year}-${pad(listed[0])}/${part.year}-${pad(listed[1])}`;
    // a year and a month range: 2022年1至5月
    if (part.unit === '年' && nums.length === used + 2 && m1.start === part.end && RANGE.has(t.slice(m1.end, m2.start)) && t[m2.end] === '月' &&
      isMonth(m1.value) && isMonth(m2.value) && t[m1.end] !== '、') return `${part.year}-${pad(m1.value)}/${part.year}-${pad(m2.value)}`;
    // two dates: 2023年7月27日至8月2日
    if (RANGE.has(t[part.end]) && m1.start === part.end + 1) {
      const d2 = readDate(t, nums, used);
      if (!d2 || used + d2[1] !== nums.length) return null;
      let iso2 = d2[0].iso;
      if (d2[0].year === undefined && part.year !== undefined) iso2 = `${part.year}${iso2.slice(1)}`;
      return `${part.iso}/${iso2}`;
    }
    return null; // numerals the date reader did not use: never a partial date
  }
  const n = nums[0];
  const s = t.slice(n.start, n.end);
  // a year range with the unit at the end: 2023-2024年度
  if (nums.length === 2 && RANGE.has(t.slice(n.end, nums[1].start)) && isYearValue(n, s) && isYearValue(nums[1], t.slice(nums[1].start, nums[1].end))) return `${n.value}/${nums[1].value}`;
  // months in turn: 三、四月份, 3、4、5月 (D-88)
  const listed = monthsInTurn(t, nums);
  if (listed) return `--${pad(listed[0])}/--${pad(listed[1])}`;
  // a month range 1-11月
  if (nums.length === 2 && RANGE.has(t.slice(n.end, nums[1].start)) && t[nums[1].end] === '月' && n.value >= 1 && n.value <= 12 && nums[1].value >= 1 && nums[1].value <= 12 && t[n.end] !== '、') return `--${pad(n.value)}/--${pad(nums[1].value)}`;
  // a bare year (2023黄河非遗大展)
  if (nums.length === 1 && isYearValue(n, s) && n.end <= end) return String(n.value);
  return null;
}
