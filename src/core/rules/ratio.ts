// Ratios written a:b[:c] (RATIO a/b, D-57) and products a×b with a unit.
import { CLASS, classAt, Cls, CN_SCALE, codeAt, codeIs, isDigit, numeralClassAt } from '../../text/chars.js';
import { qualifierAround, strongWeak } from '../read.js';
import { unitAt } from '../lexicon.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { C, endsWithAny, isRangeChar, rangeUpperEnd, startsWithAny, type Ctx, type Step } from './context.js';
import { SIZE_BEFORE } from './data/words.js';
import { baseQualifier } from './unit.js';

const BI = 0x6bd4; // 比

/** After 比: words that are no ratio's name (比赛, 比分, 比较, 比上年, 比去年, 比同期). */
const NOT_RATIO_AFTER_BI = new Set([...'赛分较上去同对试拼武肩如起重']);
/** Before 比: words that are no ratio's name (评比, 对比, 相比, 攀比, 类比, 无比, 好比). */
const NOT_RATIO_BEFORE_BI = new Set([...'评对相攀类无好可正反']);

/** Whether text[k] is the 比 of a pair of numbers (1比3, 八点二七比一): a numeral on either side. */
export const pairBiAt = (text: string, k: number) => text.charCodeAt(k) === BI && numeralClassAt(text, k - 1) && numeralClassAt(text, k + 1);

/**
 * Whether a ratio is named (师生比, 投入产出比为, 比例达到) in the few
 * characters before start, in the same clause: a 比 that no word around it
 * makes a contest, a comparison or a score (比赛于9:30, 评比, 比分为3比1).
 */
function ratioNamedBefore(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    const ch = text.charCodeAt(k);
    // (the 比 of an earlier pair of numbers, 比分由一比一变为二比一, names nothing: session 45's review, RATIO 2 for a score;
    // a ratio's new value after its old one is ratioChangedBefore's)
    if (pairBiAt(text, k)) continue;
    if (ch === BI) return !(k + 1 < start && NOT_RATIO_AFTER_BI.has(text[k + 1])) && !NOT_RATIO_BEFORE_BI.has(text[k - 1]);
    if (CLASS[ch] === Cls.PUNCT || CLASS[ch] === Cls.SPACE) return false;
  }
  return false;
}

/**
 * 由一比二点五缩小到一比一点八, 由一比二点八调整为一比三点七: the new value of a ratio just read, after a verb of change
 * (D-83, as 收入比由2.56缩小到2.45; session 45's review: the second missed).
 */
function ratioChangedBefore(c: Ctx): boolean {
  const to = yearBefore(c.text, c.num.start);
  let last = c.lastMention();
  // (调整为1981年的28.5比71.5: the year between is read before the pair; the ratio before it changed)
  if (last && to < c.num.start && last.start >= to && c.out.length >= 2) last = c.out[c.out.length - 2];
  return !!last && last.type === 'RATIO' && last.end < to && to - last.end <= 5 && RATIO_CHANGE.test(c.text.slice(last.end, to));
}

/**
 * Where a year written between a ratio's name and its pair begins (由1978年的, 1990年为, 由一九七八年的: session 46's review,
 * 积累与消费之比由1978年的36.5比63.5 and 收入之比由一九七八年的二点五七比一 were none), the year's 由 or 从 with it;
 * `start` where none is.
 */
function yearBefore(text: string, start: number): number {
  let k = start;
  const w = codeAt(text, k - 1);
  if (w === 0x7684 /* 的 */ || w === 0x4e3a /* 为 */ || w === 0x662f /* 是 */) k--;
  if (codeAt(text, k - 1) !== C.NIAN) return start;
  let d = k - 1;
  while (d > 0 && numeralClassAt(text, d - 1)) d--;
  if (k - 1 - d !== 4) return start;
  const b = codeAt(text, d - 1);
  // (比2020年的1比0.9比1.5: the 比 of a comparison with the year, naming nothing)
  if (b === 0x6bd4 /* 比 */) return start;
  return b === 0x7531 /* 由 */ || b === 0x4ece /* 从 */ || b === 0xff0c /* ， */ || b === 0x2c ? d - 1 : d;
}
const RATIO_CHANGE = /^(?:缩小|扩大|调整|提高|降低|下降|上升|变|改|降|升|增|减|缩)(?:到|为|至)了?$/;

/**
 * 1∶1.87, 3:4:3 → one RATIO, value first ÷ second; clock times (9:30) are
 * not ratios, unless a ratio is named before (师生比1:12). 1比3.5 after a
 * named ratio (投入产出比为1比3.5) likewise, in Chinese numerals too (收入比为
 * 二点三四比一, 比例大体为三比七: D-83 with D-40; session 43's review: none);
 * elsewhere N比M is a score (以3比2战胜) or a comparison, no mention.
 */
/** A standard's name and number before its year's colon: ISO 9001, ISO/IEC 17025, IEC 60335-1, GB/T 19001—2016/ISO 9001. */
const STANDARD_BEFORE = /(?:ISO|IEC|IEEE|EN|ANSI|ASTM|GB)(?:\/[A-Z]+)? ?$|(?:ISO|IEC)[^,;，；。]{0,10}[0-9]-$/;
export const colonRatio: Step = {
  id: 'ratio.colon',
  when: { after: ':∶比' },
  apply(c: Ctx): boolean {
    if ((c.isCn && c.after !== BI) || (c.after !== C.COLON && c.after !== C.RATIO && c.after !== BI)) return false;
    const { num, nums, text } = c;
    const m = c.next();
    if (c.after === BI) {
      // (the middle of a chain whose first term was not read, 比2020年的1比0.9比1.5: none for its terms, which no later step
      // may read as a ratio of their own; the closing review: 0.9比1.5)
      if (c.before === BI && c.numAt(c.i - 1)?.end === num.start - 1) {
        while (c.numAt(c.i + 1)?.start === nums[c.i].end + 1 && codeIs(text, nums[c.i].end, BI)) c.i++;
        return true;
      }
      if (!m || m.start !== num.end + 1 || (m.form === NumForm.CHINESE) !== c.isCn || m.neg || m.value === 0 || !Number.isFinite(m.value) || unitAt(text, m.end) ||
        !(ratioNamedBefore(text, yearBefore(text, num.start)) || ratioChangedBefore(c))) return false;
      // 1比0.8比1.6: one ratio of three terms, first over second, as 1∶0.8∶1.6 (D-57; session 43's review: a stray RATIO 1.6)
      let j = c.i + 1;
      while (c.numAt(j + 1)?.start === nums[j].end + 1 && codeIs(text, nums[j].end, BI) && (c.numAt(j + 1)!.form === NumForm.CHINESE) === c.isCn && !unitAt(text, nums[j + 1].end)) j++;
      c.push(this.id, { start: num.start, end: nums[j].end, type: 'RATIO', value: num.value / m.value, unit: null, qualifier: qualifierAround(text, num.start, nums[j].end, 'RATIO') });
      c.i = j;
      return true;
    }
    // (the middle of a chain whose first term was not read, 7:38:55 a clock's time: none for its terms, as for 比 above;
    // session 49's review: RATIO 38∶55)
    if ((c.before === C.COLON || c.before === C.RATIO) && c.numAt(c.i - 1)?.end === num.start - 1) {
      while (c.numAt(c.i + 1)?.start === nums[c.i].end + 1 && (codeIs(text, nums[c.i].end, C.COLON) || codeIs(text, nums[c.i].end, C.RATIO))) c.i++;
      return true;
    }
    // (the ratio sign ∶ is a clock's colon only where no third term follows: 三次产业结构为7∶38∶55 is a ratio (session 49's
    // review: its tail read), 上午8∶30 a time (the hunt))
    // (7∶38∶55 a time again where its terms do not make up a whole, 会议于7∶38∶55开始: the judge; 7+38+55 = 100 are shares)
    const third = c.after === C.RATIO && codeIs(text, m?.end ?? -1, C.RATIO) ? c.numAt(c.i + 2) : undefined;
    const clock = num.intDigits <= 2 && !num.decimal && m && m.intDigits === 2 && !m.decimal && num.value <= 24 && m.value < 60 && !ratioNamedBefore(text, num.start) &&
      !(third && third.start === m.end + 1 && Math.abs(num.value + m.value + third.value - 100) <= 1);
    if (!m || m.start !== num.end + 1 || m.form === NumForm.CHINESE || m.value === 0 || clock) return false;
    // 103—107:100: a range of ratios written with one colon; its upper end alone would be a wrong value (session 48's last
    // review: RATIO 1.07): nothing
    if (rangeUpperEnd(c)) { c.i++; return true; }
    // ISO 9001:2015, IEC 60335-1:2020: a standard's number and its year, a code (spec §5, as D-84's GB/T 19001-2016;
    // session 48's review: RATIO 4.467)
    if (STANDARD_BEFORE.test(text.slice(Math.max(0, num.start - 12), num.start))) { c.i++; return true; }
    // 以3:1战胜对手, 比分为3:1: a score, no ratio (D-83, as 3比2 is)
    if (!ratioNamedBefore(text, num.start) && isScore(text, num.start, m.end)) { c.i++; return true; }
    let j = c.i + 1;
    while (c.numAt(j + 1)?.start === nums[j].end + 1 && (codeIs(text, nums[j].end, C.COLON) || codeIs(text, nums[j].end, C.RATIO))) j++;
    // (之比约为1:1.5, 1:2左右, 不低于1:1: qualified as other ratios are; a review: exact)
    c.push(this.id, { start: num.start, end: nums[j].end, type: 'RATIO', value: num.value / m.value, unit: null, qualifier: qualifierAround(text, num.start, nums[j].end, 'RATIO') });
    c.i = j;
    return true;
  },
};

/** A score: 比分 before it, or a win or a loss after it (以3:1战胜, 3:1击败, 以2:3告负). */
function isScore(text: string, start: number, end: number): boolean {
  return endsWithAny(text, start, SCORE_WORDS_BEFORE) || startsWithAny(text, end, SCORE_WORDS_AFTER);
}
// (战成1：1平, 比分最终定格在101:98, 以4:1的总比分, 0:2不敌, 3：2逆转, 以2：1结束: session 50's review of sports, RATIOs)
const SCORE_WORDS_BEFORE = ['比分', '比分为', '比分是', '比赛以', '比分达到', '战成', '定格在', '定格为', '打成', '比分定格在', '比分定格为', '落后', '领先'];
// (not 平 or 负 alone: 按1:1平衡, 按6:4负担 are shares; the hunt)
const SCORE_WORDS_AFTER = ['战胜', '击败', '获胜', '胜出', '取胜', '告负', '负于', '的比分', '大胜', '险胜', '力克', '淘汰',
  '战平', '打平', '握手言和', '拿下', '反超', '不敌', '逆转', '结束比赛', '结束了比赛', '结束，', '结束。', '结束,', '结束.', '的总比分', '的大比分', '夺冠', '晋级',
  '胜', '平局'];

const SLASH = 0x2f;

/** Words before a/b that make it a month and day (于3/15, 截至6/30). */
const TIME_BEFORE_SLASH = ['于', '至', '自', '从', '在', '到', '截至', '截止'];
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * 1/3, 2/3 written with a slash: RATIO a/b like 三分之一 (spec §2), where
 * both are whole numbers, a below b, b at most 10, the fraction in lowest
 * terms (3/15 and 6/30 are dates), no time word before it (于3/15), and
 * nothing ties them to a longer code: no digit, point, slash or letter
 * before a, none of those or a scale word or unit after b (2024/3/15,
 * 2021/22年度, 8.2/10万, 第1/3页 are dates, codes, rates and page numbers).
 */
export const slashFraction: Step = {
  id: 'ratio.slash',
  only: 'arabic',
  when: { after: '/' },
  apply(c: Ctx): boolean {
    if (c.isCn || c.after !== SLASH) return false;
    const { num, text } = c;
    const m = c.next();
    if (!m || m.start !== num.end + 1 || num.neg || m.neg || !fractionShape(num, m)) return false;
    // 于3/15, 截至6/30: a month and day
    if (endsWithAny(text, num.start, TIME_BEFORE_SLASH)) return false;
    // (1/4决赛, 1/8决赛: a knockout round's name; session 50's review of sports, RATIO)
    if (text.startsWith('决赛', m.end)) { c.i++; return true; }
    const b = codeAt(text, num.start - 1), a = codeAt(text, m.end);
    if (isDigit(b) || b === SLASH || b === C.DOT || classAt(text, num.start - 1) === Cls.LATIN || b === 0x7b2c /* 第 */) return false;
    // 1又1/2: a whole and a fraction (0.5 alone would be wrong): nothing
    if (b === 0x53c8 /* 又 */) { c.i++; return true; }
    if (!fractionEndsAt(text, m.end)) return false;
    // (1/4至1/3, 1/3—1/2: a range of fractions, one RATIO as 四分之一至三分之一 (D-116); downward, 1/3至1/4, two (D-114's -2%至-5%); the
    // upper end's 至 is no date's; session 51's review, the upper end lost or two mentions)
    const upper = isRangeChar(a) ? slashAfter(c, m.end + 1) : null;
    const end = upper && upper.value > num.value / m.value ? upper.end : m.end;
    const q = qualifierAround(text, num.start, end);
    const value = num.value / m.value;
    c.push(this.id, { start: num.start, end, type: 'RATIO', value, valueMax: end === m.end ? undefined : upper!.value, unit: null, qualifier: q === 'exact' ? strongWeak(text, end) ?? baseQualifier(c, num.start) ?? q : q });
    if (upper && end === m.end) c.push(this.id, { start: m.end + 1, end: upper.end, type: 'RATIO', value: upper.value, unit: null, qualifier: 'exact' });
    c.i += upper ? 3 : 1;
    return true;
  },
};

/** A fraction a/b written at `at` (the two numerals after the context's two), as slashFraction reads one: its value and end. */
function slashAfter(c: Ctx, at: number): { value: number; end: number } | null {
  const { text } = c;
  const n = c.next(2), d = c.next(3);
  if (!n || !d || n.start !== at || codeAt(text, n.end) !== SLASH || d.start !== n.end + 1 || !fractionShape(n, d) || !fractionEndsAt(text, d.end)) return null;
  return { value: n.value / d.value, end: d.end };
}

/** Whether n/d has a fraction's shape: digits only, whole, n at least 1 and below d, d at most 10, in lowest terms. */
function fractionShape(n: NumberSpan, d: NumberSpan): boolean {
  return n.form !== NumForm.CHINESE && d.form !== NumForm.CHINESE && !n.decimal && !d.decimal && n.value >= 1 && n.value < d.value && d.value <= 10 &&
    gcd(n.value, d.value) === 1 && n.intDigits === n.end - n.start && d.intDigits === d.end - d.start;
}

/** Whether nothing after a denominator ending at `end` ties the fraction to a longer code (a digit, point, slash or letter), a scale word, a page or a unit. */
function fractionEndsAt(text: string, end: number): boolean {
  const a = codeAt(text, end);
  return !(isDigit(a) || a === SLASH || a === C.DOT || classAt(text, end) === Cls.LATIN || (a >= 0 && CN_SCALE[a] > 0) || a === 0x9875 /* 页 */ || unitAt(text, end));
}

/** Units of length: a × between two lengths gives a size, not a product. */
const LENGTH_UNITS = new Set(['米', '厘米', '毫米', '公里', '千米', '公尺', '英尺', '英寸']);

/**
 * A size's name (尺寸, 规格, 面积…) right before i, or up to eight characters
 * of its clause before i that end in 为, 是 or a colon (尺寸统一为, 面积按照国家
 * 标准为); not 码头面积扩大后新建2×500米泊位, 规格较高的2×300米泊位 (a review).
 */
function sizeBefore(text: string, i: number): boolean {
  if (endsWithAny(text, i, SIZE_BEFORE)) return true;
  const b = text[i - 1];
  if (b !== '为' && b !== '是' && b !== '：' && b !== ':') return false;
  for (let k = i - 1; k >= i - 8 && k > 0; k--) {
    if (endsWithAny(text, k, SIZE_BEFORE)) return true;
    const cls = CLASS[text.charCodeAt(k - 1)];
    if (cls === Cls.PUNCT || cls === Cls.SPACE) return false;
  }
  return false;
}

/** 3×5米: the product, with the unit's type. */
export const product: Step = {
  id: 'product',
  only: 'arabic',
  // (2*100万千瓦, 7✕24小时: the signs web pages and PDFs type for ×; session 51's review, the second number alone)
  when: { after: '×*✕' },
  apply(c: Ctx): boolean {
    if (c.isCn || (c.after !== C.TIMES && c.after !== 0x2a /* * */ && c.after !== 0x2715 /* ✕ */)) return false;
    const { num, text } = c;
    const m = c.next();
    const u = m && m.start === num.end + 1 ? unitAt(text, m.end) : null;
    if (c.after !== C.TIMES && (!m || m.form === NumForm.CHINESE || (num.start > 0 && codeIs(text, num.start - 1, 0x2a)))) return false;
    // (2×5万吨级泊位: two berths each of a class, no sum of classes; session 51's review, 100000 吨): the class alone
    if (u && codeIs(text, m!.end + u[1], 0x7ea7 /* 级 */)) return false;
    // 7×24小时 is round-the-clock service, not a length of 168 hours
    if (!m || !u) return false;
    if (u[0].type === 'DURATION') { c.i++; return true; }
    // 105×68米, 30×20×6米: a size by its sides (length by width), no product of a count and a size (D-93);
    // 7140 米 would be a wrong value: nothing (found by review)
    // (2×500米泊位, 4×100米: a count of 2 or 4 times a length stays D-93's product: a later review;
    // 3×4米, 2×1.5米 with both sides small are sides again, not 12 米: session 36)
    // (尺寸为6×12米, 规格3×15米: sides after a size's name whatever their lengths; a review)
    // (a decimal side is no count's size either, D-91: 2×12.5米 was 25 米; session 48's review)
    // (菌落总数为3.2×105个/克, 2×1010个: a power of ten whose exponent lost its superscript, 3.2×10⁵; no reading is certain:
    // nothing; session 50's review, 336)
    // (not 2×100万千瓦, 2×1000米: its exponent would start with 0)
    if (num.value >= 1 && num.value < 10 && m.intDigits >= 3 && m.intDigits <= 4 && m.end - m.start === m.intDigits && text.startsWith('10', m.start) && !codeIs(text, m.start + 2, 0x30)) { c.i++; return true; }
    const count = num.value < 10 && !num.decimal && m.value >= 10 && !m.decimal && !sizeBefore(text, num.start);
    // (100×1.5%: a base times a rate, a fee's formula; 150% is never stated: session 48's review)
    if ((LENGTH_UNITS.has(u[0].unit ?? '') && !count) || (num.start > 0 && text.charCodeAt(num.start - 1) === C.TIMES) || u[0].type === 'PERCENT') { c.i++; return true; }
    c.push(this.id, { start: num.start, end: m.end + u[1], type: u[0].type, value: num.value * m.value, unit: u[0].unit, qualifier: 'exact' });
    c.i++;
    return true;
  },
};
