// Reading values, shared by the rule steps and the span reader (span.ts):
// calendar dates, scale words after 余/多, and the qualifier around a span.
// Each function reads normalized text at positions it is given; none decides
// whether something is a mention.
import { charOrNone, CLASS, Cls, CN_DIGIT, CN_SCALE, codeAt, codeIs, isNumeralChar, isRangeChar, landAt, phraseEndsAt, quoteOpenBefore } from '../text/chars.js';
import { qualifierAfter, qualifierBefore, unitAt, YUE_WORD_BEFORE, yueNounBefore } from './lexicon.js';
import { NumForm, scaleEndsHere, timesTenTo, type NumberSpan } from './numbers.js';
import type { MentionType, Qualifier } from '../types.js';
import { keepShape } from './shapes.js';

const ch = (s: string) => s.charCodeAt(0);
const C = { NIAN: ch('年'), YUE: ch('月'), RI: ch('日'), HAO: ch('号'), DU: ch('度'), FEN: ch('份'), GE: ch('个') };

export const isYearValue = (n: NumberSpan, s: string) =>
  (n.form === NumForm.ARABIC && n.intDigits === 4 && unspacedLength(s) === 4 && !n.decimal && n.value >= 1000 && n.value <= 2999) || // 1,200年 is no year; 2 0 2 4年 of a spaced-out line is (D-71)
  (n.form === NumForm.CHINESE && s.length === 4 && !n.decimal && Number.isInteger(n.value) && n.value >= 1000 && n.value <= 2999) || // 仟陆点二年 is no year
  // 一千九百五十七年: a year written with its places, as the older reports do (no text is 1957 years long);
  // 两千零二十四年, 二千零八年: the 2000s so written, 零 for the empty hundreds (found by review: 2024 years)
  // (to 2035 only: 两千零五十年, 两千零八十年 can be lengths, a later review)
  (n.form === NumForm.CHINESE && s.length >= 5 && !n.decimal && Number.isInteger(n.value) && n.value >= 1800 && n.value <= 2099 && (s.includes('百') || (n.value >= 2000 && n.value <= 2035 && s.includes('零'))));

/** The length of s without its spaces (a number of a line spaced out one character at a time keeps them, D-71). */
function unspacedLength(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === 0x20) n--;
  return n;
}

export const pad = (v: number) => String(v).padStart(2, '0');
/** Whether 负 signs the numeral at `start` across 百分之 (负百分之五 = -5%), no earlier than `from`: the rule steps and the span reader read it alike. */
export const negBeforePercentWords = (text: string, start: number, from = 0) =>
  start - 4 >= from && text.charCodeAt(start - 4) === 0x8d1f /* 负 */ && text.startsWith('百分之', start - 3);
export const isDayNum = (n: NumberSpan | undefined) => !!n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31 && !n.decimal;
export const isMonthNum = (n: NumberSpan | undefined) => !!n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12 && !n.decimal;

export interface DatePart { end: number; iso: string; unit: string; month?: number; year?: number; day?: number }

// The date parts' hidden class made general (each field undefined and a
// number) before readDate runs, and kept so (shapes.ts): its compiled code was
// thrown away the first time a field held another kind of value than before.
for (const v of [undefined, 0]) keepShape({ end: 0, iso: '', unit: '', month: v, year: v, day: v } satisfies DatePart);

/** The days of a month (of a year where known; February has 29 where the year is not). */
export function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A calendar date starting with numeral i: Y年[度][M月[份][D日]] or M月[份][D日]; returns it and how many numerals it used. */
export function readDate(text: string, nums: NumberSpan[], i: number): [DatePart, number] | null {
  const n = nums[i];
  const s = text.slice(n.start, n.end);
  let p = n.end;
  let used = 1;
  let year: number | undefined, month: number | undefined, day: number | undefined;
  let knownYear: number | undefined; // a year before the month, not part of this date
  let unit = '';
  // 二千年三月, 两千年十月一日: the year 2000 as the plans of the 1980s and 1990s write it, made certain by the month
  // after it (a length has none); alone, 两千年 is read by the unit step (D-82; session 46: DURATION 2000 and --03)
  if (codeIs(text, p, C.NIAN) && (isYearValue(n, s) || ((s === '两千' || s === '二千') && monthAfter(text, nums, i + 1, p + 1)))) {
    year = n.value; p++; unit = '年';
    if (codeIs(text, p, C.DU)) p++;
    if (monthAfter(text, nums, i + 1, p)) {
      const m = nums[i + 1];
      month = m.value; p = m.end + 1; used++; unit = '月';
      if (codeIs(text, p, C.FEN)) p++;
    }
  } else if (codeIs(text, p, C.YUE) && isMonthNum(n) && (n.start === 0 || text.charCodeAt(n.start - 1) !== C.GE)) {
    month = n.value; p++; unit = '月';
    // 2023年2月29日 read from its month (the whole date was refused): the year before still bounds the day
    const y = i > 0 ? nums[i - 1] : undefined;
    if (y && y.end === n.start - 1 && text.charCodeAt(y.end) === C.NIAN && isYearValue(y, text.slice(y.start, y.end))) knownYear = y.value;
    if (codeIs(text, p, C.FEN)) p++;
  } else return null;
  // the day, D日 or D号, after a month (the next numeral not used)
  if (month !== undefined) {
    const d = i + used < nums.length ? nums[i + used] : undefined;
    if (d && d.start === p && isDayNum(d) && d.end < text.length && (text.charCodeAt(d.end) === C.RI || text.charCodeAt(d.end) === C.HAO)) {
      // 2月30日, 4月31日: no such day (spec §4: no ISO value), never a date
      if (d.value > daysIn(month, year ?? knownYear)) return null;
      day = d.value; p = d.end + 1; used++; unit = '日';
    }
  }
  const iso = year !== undefined
    ? `${year}${month !== undefined ? `-${pad(month)}` : ''}${day !== undefined ? `-${pad(day)}` : ''}`
    : `--${pad(month!)}${day !== undefined ? `-${pad(day)}` : ''}`;
  return [{ end: p, iso, unit, month, year, day }, used];
}

/** Whether numeral k starts at p and is a month: 1 to 12, before 月. */
function monthAfter(text: string, nums: NumberSpan[], k: number, p: number): boolean {
  const m = k < nums.length ? nums[k] : undefined;
  return !!m && m.start === p && isMonthNum(m) && codeIs(text, m.end, C.YUE);
}

/** Scale characters after 余/多 (30多万 → ×10^4); returns the exponent and the position after them. */
export function absorbScale(text: string, p: number): [number, number] {
  let exp = 0;
  while (p < text.length && CN_SCALE[text.charCodeAt(p)] && !scaleEndsHere(text, p)) {
    exp += CN_SCALE[text.charCodeAt(p)];
    p++;
  }
  return [exp, p];
}
export const scaleValue = (v: number, exp: number) => (exp ? timesTenTo(v, exp) : v);

/** 4天半, 两年半, 一倍半: 半 right after a unit of time or quantity, or 倍, adds a half (十天半月, 一年半载 are set phrases). */
export function halfAfter(text: string, end: number, type: MentionType): boolean {
  if (!codeIs(text, end, 0x534a /* 半 */) || (type !== 'DURATION' && type !== 'QUANTITY' && type !== 'RATIO')) return false;
  const next = charOrNone(text, end + 1);
  // (100米半决赛, 1公里半径, 21公里半程马拉松: 半 opens a word; session 47's review, 100.5 米)
  return next !== '月' && next !== '年' && next !== '载' && next !== '天' && next !== '日' && !(next !== undefined && HALF_WORD_AFTER.includes(next));
}
/**
 * 住房三间半。, 两间半的老式粮仓: after a counted thing's classifier (HALVED_COUNTS), 半 closing the phrase or before 的 adds a
 * half: 'half'; before a word it opens (3座半地下式, 两台半挂车) it is that word's: 'word'; before another noun (三张半纸)
 * not certain: 'unsure'. Null where 半 does not follow such a classifier. The unit step and the span reader both ask here
 * (session 48's review: 三间半 was 3).
 */
export function countHalf(text: string, end: number, unit: string): 'half' | 'word' | 'unsure' | null {
  if (!codeIs(text, end, 0x534a /* 半 */) || !HALVED_COUNTS.includes(unit)) return null;
  for (const w of HALF_WORDS) if (text.startsWith(w, end)) return 'word';
  return phraseEndsAt(text, end + 1) || codeIs(text, end + 1, 0x7684 /* 的 */) ? 'half' : 'unsure';
}
/** Classifiers of things a half of which may be counted (rooms, sheets, sacks, head of cattle, floors, machines). */
const HALVED_COUNTS = ['间', '张', '块', '片', '根', '袋', '包', '箱', '瓶', '桶', '盒', '头', '只', '本', '页', '碗', '杯', '套', '栋', '幢', '层', '座', '台', '辆', '艘', '条', '支', '趟', '圈'];
/** Words 半 opens after a count's classifier (三次半年度, 3座半地下式, 两台半挂车): no half of the thing counted. */
const HALF_WORDS = ['半年', '半月', '半天', '半日', '半数', '半径', '半导', '半决', '半岛', '半成', '半小时', '半个', '半程', '半场', '半山', '半坡', '半封', '半自', '半脱', '半拉', '半价',
  '半地下', '半挂', '半寄宿', '半开放', '半机械', '半永久', '半干旱', '半湿润', '半固定', '半刚性', '半农', '半牧', '半工', '半公益', '半流质', '半透明'];
/** After 半 these make a word (半决赛, 半径, 半程, 半场, 半导体, 半岛, 半数): no half of the unit before. */
const HALF_WORD_AFTER = ['决', '径', '程', '场', '导', '岛', '数', '成', '山', '坡', '封', '自', '脱', '小']; // (5公里半小时生活圈)

const isBig = (c: number) => CN_SCALE[c] >= 4; // 万, 亿
const isPlace = (c: number) => CN_SCALE[c] === 2 || CN_SCALE[c] === 3; // 百, 千

/** Whether text[from, to) holds any scale character (十, 百, 千, 万, 亿). */
export function hasScale(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CN_SCALE[text.charCodeAt(i)]) return true;
  return false;
}

/**
 * The lower end of a range whose upper end `m` ends in 万 or 亿 that the
 * lower end `num` lacks (D-64): in 3-5万元, 三至五万元, 三至五千万元 the lower
 * end takes the upper end's scale (30000, 30000000). `value` is what was read
 * of the lower end so far. The scale taken is the one that puts the lower end
 * within two orders of magnitude below the upper end, among "none" and the
 * scale words the upper end ends with (五千万: 万, 千万); NaN when no one or
 * more than one does (四至五十亿: 4亿 or 40亿? 五至三万: no range), or when the
 * upper end has a scale word inside it (5万4千), so that the caller refuses
 * the range rather than guess. A lower end with its own 万 or 亿, or an upper
 * end without one, is left as read (3万-5万, 一至二十).
 */
export function rangeLow(text: string, num: NumberSpan, m: NumberSpan, value = num.value): number {
  // (0—1万元, 0-5万元: zero is zero in every scale; session 49's review, the upper end alone)
  if (value === 0) return 0;
  if (isBig(text.charCodeAt(num.end - 1))) {
    // 1.2万至1.5万亿元, 一万至一万二千亿元: a lower end in 万 before an upper one in 亿 of 万亿 shares that 亿,
    // where so it lies within two orders of magnitude below the upper (a review: 12000–1.5e12)
    if (CN_SCALE[text.charCodeAt(num.end - 1)] === 4 && CN_SCALE[text.charCodeAt(m.end - 1)] === 8 && m.value >= 1e12) {
      const v = value * 1e8;
      if (v >= m.value / 100 && v <= m.value) return v;
    }
    return value;
  }
  // 1—2千人, 2至3百元: a lone 千 or 百 after the upper end's digits scales a lower end of digits alone,
  // where unscaled it would be under a hundredth of the upper (found by review: 1–2000); 五至五百元,
  // 三至三千元 and 八百至一千二百元 keep their lower end (a later review)
  if (isPlace(text.charCodeAt(m.end - 1)) && !hasScale(text, m.start, m.end - 1) && !hasScale(text, num.start, num.end)) {
    const v = scaleValue(value, CN_SCALE[text.charCodeAt(m.end - 1)]);
    return value < m.value / 100 && v < m.value ? v : value;
  }
  let k = m.end;
  while (k > m.start && CN_SCALE[text.charCodeAt(k - 1)] && !scaleEndsHere(text, k - 1)) k--;
  if (k === m.end || !isBig(text.charCodeAt(m.end - 1))) {
    // 3-5万4千: a 万 or 亿 inside the upper end, none in the lower one: which scale is meant cannot be told; with one in
    // the lower end too, it is read whole (1万2000—1万5000元: session 40's review, the upper end alone)
    let lowerBig = false;
    for (let i = num.start; i < num.end; i++) if (isBig(text.charCodeAt(i))) lowerBig = true;
    // (a lower end within two orders of magnitude below the upper reads as written: 九千到一万二千元, 5000至1万5千个;
    // session 49's review, the upper end alone)
    for (let i = m.start; i < m.end; i++) if (isBig(text.charCodeAt(i))) return lowerBig || (value >= m.value / 100 && value < m.value) ? value : NaN;
    return value;
  }
  // the part before the scale words: digits or Chinese digits only; or a coefficient with its own place words
  // (一千二百至一千三百万人, 十二至十三万: 1300 and 13 of 万), whose 百 or 十 before the big scale is no scale to take
  // (session 47's review: the upper end alone); only the trailing 万 and 亿 are then scales to take
  for (let i = m.start; i < k; i++) {
    if (!CN_SCALE[text.charCodeAt(i)]) continue;
    while (!isBig(text.charCodeAt(k))) k++;
    break;
  }
  let found = NaN, exp = 0;
  const consider = (e: number) => {
    const v = scaleValue(value, e);
    if (v >= m.value / 100 && v <= m.value) found = Number.isNaN(found) ? v : Infinity;
  };
  consider(0);
  for (let i = m.end - 1; i >= k; i--) { exp += CN_SCALE[text.charCodeAt(i)]; if (isBig(text.charCodeAt(i)) || i < m.end - 1) consider(exp); }
  return found === Infinity ? NaN : found;
}

/**
 * The lower end of a pause-mark range of adjacent Chinese digits (D-47):
 * 四、五十亿 → 四 borrows the upper end's scale, 4000000000. NaN when the two
 * numerals are not that form: one digit, then the next digit alone or
 * followed by scale words only (三、四十五万 is not).
 */
export function pauseRangeLow(text: string, num: NumberSpan, m: NumberSpan): number {
  if (num.end - num.start !== 1 || num.form !== NumForm.CHINESE || m.form !== NumForm.CHINESE || m.start !== num.end + 1 || !Number.isFinite(m.value) || m.over) return NaN;
  const d = CN_DIGIT[text.charCodeAt(num.start)];
  const lead = CN_DIGIT[text.charCodeAt(m.start)];
  if (d < 1 || d > 8 || lead !== d + 1) return NaN;
  if (!isScalesOnly(text, m.start + 1, m.end)) return NaN;
  return d * (m.value / lead);
}

/** Whether [from, to) holds only scale characters (五十万: the 十万 after the 五). */
export function isScalesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!CN_SCALE[text.charCodeAt(i)]) return false;
  return true;
}

/**
 * 十一、二月: the 二 after 十一 shares its 十 (November and December), where
 * it closes the months (the rule steps and the span reader, D-88).
 */
export function sharesEleventhTen(a: NumberSpan, b: NumberSpan): boolean {
  return a.value === 11 && b.value === 2 && a.form === NumForm.CHINESE && b.form === NumForm.CHINESE && b.end === b.start + 1;
}

// After 内 these make a word (内乱, 内容, 内部…), not "within".
const NOT_INNER = '乱容部外涵在地蒙陆需设';

/**
 * 至少 and a short verb before position i (每年至少举行一次, 至少应达到百分之八十): Han characters only between, at most
 * three, or a verb of amounts after a modal or before the funds it names (至少需要投资一百亿元, 至少需投入资金八亿元), not a clause the number is no limit of
 * (这至少说明全省有三成企业, 至少在过去的五年里; session 44's closing review), none of them 每 (至少每两个月举行一次: the
 * bound is on how often, not on the interval). D-34.
 */
export function limitBefore(text: string, i: number): boolean {
  // 至少 looked for first, by code; the classes between only where it stands (a class lookup at a
  // random Han character is a read of a 64 KB table, for every mention)
  let k = i - 1;
  while (k >= 2 && i - k <= 10 && !(text.charCodeAt(k - 1) === 0x5c11 /* 少 */ && text.charCodeAt(k - 2) === 0x81f3 /* 至 */)) k--;
  if (!(k >= 2 && i - k <= 10)) return false;
  // (four to ten characters only as a verb of amounts after a modal or before the funds it names, or a modal and the
  // funds: 至少需要投资一百亿元, 至少应当达到, 至少需投入建设资金八亿元, 至少需要资金三亿元; the reviews of sessions 44 and 45)
  if (i - k > 3 && !LIMIT_MODAL_VERB.test(text.slice(k, i))) return false;
  for (let h = i - 1; h >= k; h--) if (CLASS[text.charCodeAt(h)] !== Cls.CJK || text.charCodeAt(h) === 0x6bcf /* 每 */) return false;
  return true;
}
const LIMIT_MODAL_VERB = new RegExp('^(?:需要|应当|应该|必须|要求|还要|还需|需|要|应|能|可以|可)?(?:还|再|新增|共)?' +
  '(?:一次性)?(?:(?:投资|投入|达到|增长|增加|完成|安排|新增|提高|保持|实现|筹集|筹措|拿出|节约|培训|建成|建设|拨付|争取|返还|退还|退赔|偿还|追加|支付|上缴|缴纳|赔偿|配备|带动)' +
  '(?:建设|专项|财政|补助|配套|上级)?(?:资金|经费|罚金|罚款|人民币|投资|保证金|赔偿金|违法所得)?|(?:建设|专项|财政|补助|配套)?(?:资金|经费))$');

/**
 * 三分之一强, 三分之一弱: "a little more" or "a little less" than the fraction, closing its phrase (before punctuation,
 * 的, a space or the end; not 强化, 强县). Session 45's reviews: exact.
 */
export function strongWeak(text: string, end: number): Qualifier | null {
  const w = codeAt(text, end);
  if (w !== 0x5f3a /* 强 */ && w !== 0x5f31 /* 弱 */) return null;
  if (!phraseEndsAt(text, end + 1) && !codeIs(text, end + 1, 0x7684 /* 的 */)) return null;
  return w === 0x5f3a ? 'over' : 'under';
}

/** Qualifier from the word before the span or the word after it. */
export function qualifierAround(text: string, start: number, end: number, type?: MentionType): Qualifier {
  // (a bound past a bracket, a currency's name, the people counted or a tenor's 期: qualifierPast, behind a test of one
  // character; in this function's body they made it too large to inline, 1.6% of the extractor, session 47's profile)
  const e0 = end < text.length ? text.charCodeAt(end) : -1;
  const qa = e0 === 0x28 /* ( */ || e0 === 0x29 /* ) */ || e0 === 0x4eba /* 人 */ || e0 === 0x671f /* 期 */ ? qualifierPast(text, start, end, type) : qualifierAfter(text, end);
  if (qa) {
    const word = text.slice(end, end + qa[1]);
    // 7日内 is under; 十年内乱, 3个内容 are words; 3%以内 and 五百亿元之内 are under for any type (之内 opens no noun:
    // session 43's review, an amount's 之内 was exact)
    // (比雅典奥运会的32枚多19枚, 比原计划的7000万人次多出308万人次: 多 the comparative, "more by" the number after it;
    // session 50's review, over)
    if (word === '多' && moreByAfter(text, end + 1)) return qualifierBeforeOr(text, start, type);
    // (至少42天内未出现新病例, 不少于42天内: the bound before it is the period's, over; session 50's review, under)
    if (word === '内' && qa[0] === 'under') { const qb = qualifierBefore(text, start); if (qb && qb[0] === 'over') return 'over'; }
    const noun = word === '内' && end + 1 < text.length && NOT_INNER.includes(text[end + 1]);
    // (范围内 as 内, and for a rate: 控制在5%范围内; not a count's, 在3个范围内开展, nor a range's or an area's, 保持在6%—7%范围内,
    // 在4.2万平方公里范围内: the band or the extent itself; the hunt)
    // (的范围内, 幅度内, 的幅度内 alike: 在8%至12%的范围内, 罚款在2000元至2万元的幅度内; session 51's hunt)
    const w0 = word.charCodeAt(0), w1 = w0 === 0x7684 /* 的 */ ? word.charCodeAt(1) : w0;
    const range = w1 === 0x8303 /* 范 */ || w1 === 0x5e45 /* 幅 */;
    if (range && (type === 'COUNT' || bandOrArea(text, start, end))) return qualifierBeforeOr(text, start, type);
    if (!noun && ((word !== '内' && !range) || type === 'DURATION' || type === 'QUANTITY' || (range && type === 'PERCENT'))) return qa[0];
  }
  return qualifierBeforeOr(text, start, type);
}

/** Whether the mention at [start, end) is a range (a range mark inside) or an area (平方…, 亩, 公顷 at its end). */
function bandOrArea(text: string, start: number, end: number): boolean {
  // (500米至1公里范围内: the upper end of a range read as two; the judge)
  for (let k = start > 0 ? start - 1 : start + 1; k < end - 1; k++) if (isRangeChar(text.charCodeAt(k))) return true;
  return text.lastIndexOf('平方', end) >= start || codeIs(text, end - 1, 0x4ea9 /* 亩 */) || codeIs(text, end - 1, 0x9877 /* 顷 */);
}

/** The qualifier before the mention at `start`, or approx after a verb near 约, or exact. */
function qualifierBeforeOr(text: string, start: number, type: MentionType | undefined): Qualifier {
  const qb = qualifierBefore(text, start);
  if (qb) return qb[0];
  return start > 2 && yueNear(text, start) && approxVerbBefore(text, start, type) ? 'approx' : 'exact';
}

/** After 多 at `k`: 出 or 了 and a numeral, or a numeral (32枚多19枚, 多出308万): the difference a comparison names. */
function moreByAfter(text: string, k: number): boolean {
  const a = codeAt(text, k);
  const at = a === 0x51fa /* 出 */ || a === 0x4e86 /* 了 */ ? k + 1 : k, n = codeAt(text, at);
  // (not 两年多一点, 一倍多一些: "a little more")
  if (n === 0x4e00 /* 一 */ && (codeIs(text, at + 1, 0x70b9 /* 点 */) || codeIs(text, at + 1, 0x4e9b /* 些 */))) return false;
  // (not 七亿多两黄金: taels; but 多两倍)
  return isNumeralChar(n) && (n !== 0x4e24 /* 两 */ || codeIs(text, at + 1, 0x500d /* 倍 */)) && n !== 0x4e07 /* 万 */ && n !== 0x4ebf /* 亿 */ && n !== 0x5343 /* 千 */ && n !== 0x767e /* 百 */;
}

/**
 * The bound after the mention at [start, end) where a word stands between (session 47's reviews: exact): its conversion
 * in brackets (1.3万亿斤（6.5亿吨）以上), the currency's name (8.28元人民币左右, 5000亿元人民币以上), the people counted
 * (20万人口以上城市), or a tenor's 期, which stays outside the span (5年期以上LPR, 10年期及以上国债; D-59).
 */
function qualifierPast(text: string, start: number, end: number, type: MentionType | undefined): ReturnType<typeof qualifierAfter> {
  const c = text.charCodeAt(end);
  if (c === 0x28 /* ( */ || c === 0x29 /* ) */) return qualifierAfter(text, conversionEnd(text, start, end));
  // (七日期限内: the lexicon's own 期限内 first)
  if (c === 0x671f /* 期 */) return qualifierAfter(text, end) ?? (type === 'DURATION' ? qualifierAfter(text, end + 1) : null);
  return qualifierAfter(text, type === 'MONEY' && text.startsWith('人民币', end) ? end + 3 : type === 'COUNT' && text.startsWith('人口', end) ? end + 2 : end);
}

/**
 * 1.3万亿斤（6.5亿吨）以上, 700亿斤（3500万吨）左右: an amount and its conversion in brackets share the bound after the
 * bracket (session 47's review: both exact). Where the amount at [start, end) is before such a bracket or alone inside
 * one, the position after it; else `end`.
 */
function conversionEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) === 0x29 /* ) */) return start > 0 && text.charCodeAt(start - 1) === 0x28 /* ( */ ? end + 1 : end;
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > 16) return end;
  for (let k = end + 1; k < close; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28 || c === 0x2c /* , (，folded) */ || c === 0x3002) return end;
    if (c >= 0x30 && c <= 0x39) return close + 1;
  }
  return end;
}

/**
 * Where one character stands in the text last read, found once a text and walked with a cursor (mentions come mostly in
 * order): a look back of many characters for every mention cost the rule extractor 1–2% each (约 for approxVerbBefore,
 * 每 for a rate's denominator). A text is new when `beginText` started another (interpret, for every block: then no
 * comparison at all) or when it is not the very string last read. Comparing each mention's text with the last one by
 * content made a block equal to the one before quadratic (a 480,000-character block: 0.2 s, then 1.9 s; session 42).
 */
export class BlockChars {
  /** The character's positions in the text, ascending; valid after `first`. */
  readonly at: number[] = [];
  private text = '';
  private serial = -1;
  private next = 0;
  constructor(private readonly ch: string) {}

  /** The index in `at` of the first position at or after `from` (at.length where none is). */
  first(text: string, from: number): number {
    const at = this.at;
    if (this.serial !== textSerial || this.text !== text) {
      this.serial = textSerial;
      this.text = text;
      at.length = 0;
      for (let k = text.indexOf(this.ch); k >= 0; k = text.indexOf(this.ch, k + 1)) at.push(k);
      this.next = 0;
    }
    if (this.next > 0 && at[this.next - 1] >= from) this.next = 0;
    while (this.next < at.length && at[this.next] < from) this.next++;
    return this.next;
  }
}
/** Counts the texts begun (BlockChars). */
let textSerial = 0;
/** Starts the text whose mentions are read next: every BlockChars finds its character again, with no comparison of texts. */
export function beginText(): void {
  textSerial++;
}

const YUE = new BlockChars('约');
/** Whether a 约 stands within 16 characters before `start`. */
function yueNear(text: string, start: number): boolean {
  const k = YUE.first(text, start - 16);
  return k < YUE.at.length && YUE.at[k] < start - 1;
}

/**
 * 约占全省总人口的60%, 约需资金2亿元: 约 with its verb, then the verb's object
 * before the number: "about" all the same (D-34; a review: exact). 约占 within
 * the clause, up to 16 characters back before 的 and 8 without it (约占全市工业
 * 产值七成); 约需, 约投入 at most eight characters back (约投入专项资金5000万元). Han
 * characters and Latin letters between (约占GDP的8%). Not 签约, 节约, 预约,
 * 合约 (words holding 约). 约占's object is a share (PERCENT, RATIO: not
 * 约占全县32万人口的八成's 32万), 约需's an amount (a later review). Called only where
 * yueNear found a 约 close enough.
 */
function approxVerbBefore(text: string, start: number, type: MentionType | undefined): boolean {
  // (百分之, 五分之一, 1/4 are read without a type: shares; a later review)
  const share = codeIs(text, start - 1, 0x7684 /* 的 */), isShare = type === undefined || type === 'PERCENT' || type === 'RATIO';
  for (let k = start - 2, last = start - 16; k >= 0 && k >= last; k--) {
    // (a quoted name inside the object, 约为“十三五”末的20倍, 约占“西电东送”总量的30%: session 49's review, exact)
    const quoted = quoteOpenBefore(text, k, 8);
    if (quoted > 0) { k = quoted; continue; }
    // (陆地, 陆域: land, no numeral; session 50's review, 约占世界陆地面积的十分之一 exact)
    const cls = landAt(text, k) ? Cls.CJK : CLASS[text.charCodeAt(k)];
    // (a lone Chinese numeral too, in a word, no unit after it: 约占一审结案数的85%, 约占两级法院收案总数的三成; session
    // 39's review; an amount between stays a stop: 约占全县三十二万人口的八成, as with 32万, 约需三年时间投资十亿元)
    if (cls !== Cls.CJK && cls !== Cls.LATIN && !(cls === Cls.CNUM && !isNumeralChar(text.charCodeAt(k - 1)) && !isNumeralChar(text.charCodeAt(k + 1)) && unitAt(text, k + 1) === null)) return false;
    // (失约需承担30%的违约责任: 失约, a word, which YUE_WORD_BEFORE leaves out for 损失约3亿元's sake; 爽约将, 背约将,
    // 隐约可见, 村规民约可: later reviews; see yueNounBefore)
    if (text.charCodeAt(k) !== 0x7ea6 /* 约 */ || (k > 0 && (YUE_WORD_BEFORE.has(text[k - 1]) || yueNounBefore(text, k)))) continue;
    // (约为上年的3倍, 约是全国平均水平的1.3倍: a share or a multiple after 的, as 约占's; D-108, session 42's review)
    if (isShare && (text.startsWith('约占', k) || (share && (text.startsWith('约为', k) || text.startsWith('约是', k)))) && (share || start - k <= 8)) return true;
    // (a share too: 约完成全年任务的80%; session 39's review)
    if (start - k <= 8 && YUE_AMOUNT_VERBS.some((w) => text.startsWith(w, k))) return true;
  }
  return false;
}
// (the words holding 约 are lexicon's YUE_WORD_BEFORE; not its YUE_VERB_BEFORE, which guards a 约 right before the
// number and leaves 合, 条, 制 out: 折合约, 每条约, 编制约 are "about" there)

/** 约 and a verb whose object is an amount a few characters on (约需, 约新增就业56万人, 约完成投资1200亿元, 约为每平方米1.8万元; a review). */
const YUE_AMOUNT_VERBS = ['约需', '约投入', '约新增', '约完成', '约建成', '约增加', '约减少', '约为每',
  // (约合人民币1.5亿元, 约计投资3.2亿元, 约可带动就业1200人, 约缩短3个月, 约增至2.3万元: session 39's review)
  '约合', '约计', '约可', '约能', '约将', '约折合', '约增至', '约降至', '约缩短', '约滞后', '约高出', '约带动'];

/**
 * 三个月的期限内, 30日的法定期限内: 的, then 期限内 within a few Han
 * characters, after a length ending at `end`: the noun the length governs
 * and its 内, a limit as 三个月内 (D-39). The rule steps and the span reader
 * read it alike.
 */
/** Before 期内, the periods of a deadline (宽展期, 异议期, 公示期, 公告期, 宽限期, 整改期, 观察期, 试用期, 有效期, 审查期). */
const DEADLINE_PERIOD_BEFORE = '展议示告限改察用质缓审查效';
export function termAfter(text: string, end: number): boolean {
  if (!codeIs(text, end, 0x7684 /* 的 */)) return false;
  for (let k = end + 1; k <= end + 5 && k < text.length; k++) {
    // (6个月的宽展期内, 20日的公示期内, 三个月的整改期内: a period's name in 期; session 48's review, exact)
    // (a deadline's period only: 任期内, 学期内 are no limit)
    if (text.startsWith('期限内', k) || (text.startsWith('期内', k) && k > end + 1 && DEADLINE_PERIOD_BEFORE.includes(text[k - 1]))) return true;
    if (CLASS[text.charCodeAt(k)] !== Cls.CJK) return false;
  }
  return false;
}
