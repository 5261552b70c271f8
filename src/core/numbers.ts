// Stage 2: numbers. `locateNumbers` finds where numerals are and what each is
// worth; the rule steps decide spans and types from context. Every written
// form of spec §4 is read: Arabic (with thousands separators and decimals),
// Chinese (with 〇/零 zeros, 点 decimals), financial (壹拾万), traditional
// (萬, 億, 兩), and mixed digit-and-scale compounds (5万4千6百, 1.2万亿,
// 1亿2000万). A numeral that cannot be read with certainty (三四十, 百千万)
// gets the value NaN, which every consumer drops: no value is better than a
// wrong one.
import { CLASS, Cls, CN_DIGIT, CN_SCALE, CN_TENS, codeAt, codeIs, FINANCIAL, isDigit, isHan, isLatin, isRangeChar } from '../text/chars.js';
import type { Tokens } from './tokenize.js';
import { keepShape } from './shapes.js';

export const enum NumForm { ARABIC = 1, CHINESE = 2, MIXED = 3 }

export interface NumberSpan {
  start: number;
  end: number;
  form: NumForm;
  /** the value of the numeral itself (scale words applied); NaN where it cannot be read with certainty */
  value: number;
  /** the numeral has a decimal part */
  decimal: boolean;
  /** number of integer digits of an Arabic numeral (0 for Chinese) */
  intDigits: number;
  /** 几/多/余 inside the numeral (二十几万, 500余万): `value` is the lower bound */
  over: boolean;
  /** a minus sign right before the numeral (-, －, 负) reads as its sign; the rule steps decide whether it belongs to a mention */
  neg: boolean;
}

const ZHI = '至'.charCodeAt(0), DAO = '到'.charCodeAt(0);
const HE = '和'.charCodeAt(0), YU2 = '与'.charCodeAt(0), JI3 = '及'.charCodeAt(0), HUO = '或'.charCodeAt(0);
const DOT = 0x2e, COMMA = 0x2c, DASH = 0x2d, DIAN = '点'.charCodeAt(0), FU = '负'.charCodeAt(0), DUN = 0x3001 /* 、 */;
const LIANG = '两'.charCodeAt(0);
const JI = '几'.charCodeAt(0), DUO = '多'.charCodeAt(0), YU = '余'.charCodeAt(0), LING = '零'.charCodeAt(0);
// After 千 these characters make a unit (千米, 千克, 千瓦…), not a scale;
// after 百 the character 分 starts 百分点/百分之, and 帕 the hectopascal (1013.2百帕 was 101320: a review).
const QIAN = '千'.charCodeAt(0), BAI = '百'.charCodeAt(0), WAN = '万'.charCodeAt(0), YI = '亿'.charCodeAt(0);
export const AFTER_QIAN_UNIT: ReadonlySet<number> = new Set(Array.from('米克瓦卡伏帕赫焦升乏').map((c) => c.charCodeAt(0)));
/** 千安 (kiloamperes), 千牛 (kilonewtons) only where no word goes on (63千安, 1200千牛。; not 三千安置房, 三千牛羊; session 49's review). */
const AN = 0x5b89 /* 安 */, NIU = 0x725b /* 牛 */;
const FEN = '分'.charCodeAt(0), PA = '帕'.charCodeAt(0);
// Before 负 these make it a sign (增长率为负3.1%); elsewhere 负 is part of a word (肩负, 胜负).
const FU_SIGN_AFTER = new Set(Array.from('为是至到达长降率值于呈现温').map((c) => c.charCodeAt(0)));
// …and these (a list's conjunction, a change's start) where a rate or a temperature follows the numeral: 分别为5.2%和负1.3%,
// 增速由负1.3%回升 (session 40's reviews: 1.3); not 胜12场和负3场, 胜8场、负2场 ("lost": a count)
const FU_SIGN_BEFORE_RATE = new Set(Array.from('和及与或由从、,').map((c) => c.charCodeAt(0)));
// …and right after the name of a rate or an amount, where a rate or money follows: 外贸增速负3.1%, 净利润负1.2亿元 (session 41's
// review: 3.1; 现金流负2.3亿元, 净资产负1.5亿元, 投资收益负300万元, 增加值负1.2%: session 42); not after a word's first half (为企业减负30亿元,
// 肩负, 正负3% is ±)
/** Before a dash these make it a sign: a verb of being or the particle closing a phrase (为-0.6%, 的-1.48‰). */
const SIGN_AFTER_WORD = new Set(Array.from('为的是达在由从率比').map((c) => c.charCodeAt(0))); // (距平百分率-35%, 同比-2.1%: session 47)
const FU_SIGN_AFTER_NOUN = new Set(Array.from('速幅润额比余差流产益值').map((c) => c.charCodeAt(0)));

// Reads that can fall past the text's end (a numeral ends many blocks) test the
// index first, here and in the rules: V8 compiles charCodeAt as in bounds and
// throws the optimized function away at the first read outside the string,
// then compiles it again (two to four times a worker for the unit step alone).

/** Whether the scale character at i starts a unit instead (千米, 百分点); shared with the rules. */
export function scaleEndsHere(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = codeAt(text, i + 1);
  if (c === QIAN && AFTER_QIAN_UNIT.has(next)) return true;
  // (a bound or a size class after it: 50千安以内, 6000千牛级; session 49's hunt, a bare count)
  if (c === QIAN && (next === AN || next === NIU)) { const a = codeAt(text, i + 2); return (next === AN && a === 0x57f9 /* 培 */) || CLASS[a & 0xffff] !== Cls.CJK || a === 0x7ea7 /* 级 */ || a === 0x7684 /* 的 */ || text.startsWith('以', i + 2) || text.startsWith('左右', i + 2); }
  // (10千比特 kilobits, 5千电子伏 kilo-electronvolts: the unit's 千; session 50's review, 10000 比特; not 一千比一, a ratio)
  if (c === QIAN && ((next === 0x6bd4 /* 比 */ && codeAt(text, i + 2) === 0x7279 /* 特 */) || (next === 0x7535 /* 电 */ && text.startsWith('电子伏', i + 1)))) return true;
  // (not 三百帕金森病患者, 三百帕斯卡: a later review)
  if (c === BAI && (next === FEN || (next === PA && codeAt(text, i + 2) !== 0x91d1 /* 金 */ && codeAt(text, i + 2) !== 0x65af /* 斯 */))) return true;
  return false;
}

const isScaleAt = (text: string, i: number) => i < text.length && CN_SCALE[text.charCodeAt(i)] > 0 && !scaleEndsHere(text, i);

/**
 * The numeral starting at i with an Arabic digit (exported for re-reading
 * after a list marker): digits, thousands separators, a decimal part, then
 * scale words and further groups (5万4千6百, 1亿2000万).
 * `raw.commaAt(k)` says whether the comma at k may be a thousands separator
 * (the pipeline's refuses a full-width comma of the raw text).
 */
export function readArabic(text: string, i: number, n: number, raw?: Pick<LocateOptions, 'commaAt' | 'wideDigitsAround'>): NumberSpan {
  const start = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  let intDigits = i - start;
  let grouped = false;
  // a full-width comma in thousands shape whose reading is not certain (D-70): the whole run, no value
  let unsure = false;
  // thousands separators: 1,076,420 (only well-formed groups)
  if (intDigits <= 3 && i < text.length && text.charCodeAt(i) === COMMA) {
    let k = i;
    let groups = 0;
    let wide = false, wideSure = true;
    // after 第 or a label (第2，313.5亿元, 表3，125个) a full-width comma ends the number: a rank is no thousands (D-70)
    const label = start > 0 && LABEL_HAN.has(text[start - 1]);
    while (codeIs(text, k, COMMA) && isDigit(codeAt(text, k + 1)) && isDigit(codeAt(text, k + 2)) && isDigit(codeAt(text, k + 3)) && !isDigit(codeAt(text, k + 4))) {
      if (raw?.commaAt && !raw.commaAt(k)) {
        if (label) break;
        // a full-width comma ， (D-70): a separator where full-width digits stand on both sides
        wide = true;
        if (!raw.wideDigitsAround?.(k)) wideSure = false;
      }
      k += 4; groups++;
    }
    // …or where a decimal point follows the last group (１，２３４．５６, 1，234.5)
    if (wide && !wideSure && !(text.charCodeAt(k) === DOT && isDigit(text.charCodeAt(k + 1)))) unsure = true;
    // (第2,313.5亿元, 第5,300多家: after 第 an ASCII comma too, where a decimal part or 多/余 follows: a rank has neither;
    // session 46's review: ORDINAL 231350000000; 第1,000万辆 stays grouped)
    if (label && groups > 0 && text.charCodeAt(start - 1) === 0x7b2c /* 第 */ && (text.charCodeAt(k) === DOT || text.charCodeAt(k) === 0x591a /* 多 */ || text.charCodeAt(k) === 0x4f59 /* 余 */)) groups = 0;
    if (groups > 0) { intDigits += 3 * groups; i = k; grouped = true; }
  }
  let decimal = false, dian = false;
  const point = i; // where a decimal point stands, if one does
  if (i + 1 < text.length && text.charCodeAt(i) === DOT && isDigit(text.charCodeAt(i + 1))) {
    decimal = true;
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  } else if (!grouped && i + 1 < n && text.charCodeAt(i) === DIAN && isDigit(text.charCodeAt(i + 1)) && start > 0 && RATE_VERB_END.includes(text[start - 1]) && dianDecimal(text, i + 1, n)) {
    // 增长5点2%, 收入12点3亿元: 点 as the decimal point between digits, after a rate's or an amount's verb and before a
    // rate or a scale (截至17点12万名考生, 晚上10点50%的选票 are a time and a number)
    decimal = dian = true;
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  if (unsure) {
    // 1，234亿元: one number 1234 or the two 1 and 234; neither is read, and the fragments are not read apart
    while (isScaleAt(text, i)) i++;
    return span(start, i, NumForm.ARABIC, NaN, decimal, intDigits);
  }
  const numEnd = i;
  // Up to 15 digits in all are read in the loop as one integer, exactly (below 2^53), without a string to parse
  // (separators and the point skipped); longer ones are parsed. A decimal is then that integer over a power of ten,
  // and a scale multiplies or divides it by one: a single operation on two exact doubles, rounded once, is the
  // double Number() makes of the digits (the correctly rounded value); a string and a parse for every decimal were
  // about 5% of locating (session 43; within the noise of the whole extractor).
  const fraction = decimal ? numEnd - point - 1 : 0;
  const exact = intDigits + fraction <= 15;
  let int = 0;
  if (exact) for (let k = start; k < numEnd; k++) { const d = text.charCodeAt(k) - 0x30; if (d >= 0 && d <= 9) int = int * 10 + d; }
  // (2023十大, 2024十件民生实事, 2023百篇: four digits or more before 十 or 百 are a year before a Chinese count, never
  // times ten; session 51's review, COUNT 20230)
  // (not before a larger scale: 3,202,357百万美元, 1500十万美元 are the tables' units; session 51's judge)
  const tensAfterLong = intDigits >= 4 && !decimal && (text.charCodeAt(i) === 0x5341 /* 十 */ || text.charCodeAt(i) === 0x767e /* 百 */) && !isScaleAt(text, i + 1);
  if (tensAfterLong || !isScaleAt(text, i)) {
    const plain = span(start, i, NumForm.ARABIC, !exact ? Number(digitText(text, start, numEnd, grouped, dian)) : fraction === 0 ? int : int / POW10[fraction], decimal, intDigits);
    absorbOver(plain, text, n, 0);
    return plain;
  }
  // scale words: the coefficient times each of them (4.05亿, 1.2万亿, 3千万)
  const g = GROUPS;
  let innerOver = false;
  let exp = 0;
  let last = 0;
  while (i < n && isScaleAt(text, i)) {
    last = CN_SCALE[text.charCodeAt(i)];
    exp += last;
    i++;
  }
  // an exact integer times or over an exact power of ten, rounded once: the same double as parsing `${digits}e${exp}`
  const net = exp - fraction;
  let value = exact && net < POW10.length && -net < POW10.length ? (net >= 0 ? int * POW10[net] : int / POW10[-net]) :
    Number(`${exact && !decimal ? int : digitText(text, start, numEnd, grouped, dian)}e${exp}`);
  // further groups of a mixed compound, each below the scale before it
  if (!decimal && Number.isInteger(value)) {
    g.init(exact ? int : Number(digitText(text, start, numEnd, grouped, dian)), text, start, numEnd, i);
    if (g.ok) {
      let k = i;
      for (;;) {
        // 1千零50, 3万零500, 1亿零500万: a group after 零 (a group without a scale ends the numeral)
        if (k < n && text.charCodeAt(k) === LING) {
          const z = zeroGroup(g, text, k, n);
          // 3万零5000元: 35000? 30000 and 5000? not certain: the whole run, no value
          if (z === -2) {
            let e = k + 1;
            while (e < n && isDigit(text.charCodeAt(e))) e++;
            // (13亿零989.5万: its decimal part too, session 49's review; two numerals were read, 13亿 and 989.5万人)
            if (e + 1 < n && text.charCodeAt(e) === DOT && isDigit(text.charCodeAt(e + 1))) { e++; while (e < n && isDigit(text.charCodeAt(e))) e++; }
            while (isScaleAt(text, e)) e++;
            return span(start, e, NumForm.MIXED, NaN, false, intDigits);
          }
          if (z < 0) break;
          k = z;
          if (g.lastPower === 0) break;
          continue;
        }
        if (!(k < n && isDigit(text.charCodeAt(k)))) break;
        let e = k;
        while (e < n && isDigit(text.charCodeAt(e))) e++;
        // 3万1500元: four digits fill every place below 万, the sum (31500; D-101, session 40)
        // (not a year: 发放资金1万2024年底前, 50万2023届毕业生)
        if (e - k === 4 && g.lastPower === 4 && !isScaleAt(text, e) && !isDigitMark(codeAt(text, e)) && !(isOverAt(text, e) && isScaleAt(text, e + 1)) && !yearAt(text, start, k, e)) { g.addUnits(Number(text.slice(k, e)), e); k = e; break; }
        // 1万2千3百4十5人: one digit after a group in 十 fills the ones (12345; its 5 alone was a wrong count, session 47)
        if (e - k === 1 && g.lastPower === 1 && !isScaleAt(text, e) && !isDigitMark(codeAt(text, e))) { g.addUnits(text.charCodeAt(k) - 0x30, e); k = e; break; }
        // 2亿3000多万元: 多 or 余 between a group and its scale (230000000, over; session 40)
        if (e - k <= 4 && isOverAt(text, e) && isScaleAt(text, e + 1) && g.add(Number(text.slice(k, e)), text, e + 1)) { innerOver = true; k = g.end; continue; }
        if (!isScaleAt(text, e) || e - k > 4) break;
        if (!g.add(Number(text.slice(k, e)), text, e)) break;
        k = g.end;
      }
      if (g.end > i) { value = g.value(); i = g.end; last = g.lastPower; }
    }
  }
  const s = span(start, i, NumForm.MIXED, value, decimal, intDigits);
  absorbOver(s, text, n, last);
  if (innerOver) s.over = true;
  return s;
}

const YEARS_COUNTED_BEFORE = ['距今', '约', '已有', '有', '长达', '历经', '近', '超过', '了', '存在', '延续'];
const YEARS_COUNTED_AFTER = ['前', '以前', '来', '左右', '的历史', '历史', '多', '余'];
/** After four digits opening with 1 or 2: a year's or a class's (2024年, 2023届, 2022级, 2025学年). */
const YEAR_AFTER = '年届级';
/** Four digits at [k, e) that make a year: 1 or 2 first, then 年, 届, 级, 学年, or a range or list mark and digits (2024至2026年; session 40's review). */
function yearAt(text: string, start: number, k: number, e: number): boolean {
  const d = text.charCodeAt(k);
  if (d !== 0x31 && d !== 0x32) return false;
  // (a year of the era only, 1900–2100, and not years counted: 距今约1万2000年, 1万1000年前, 已有1万2000年的历史)
  const v = Number(text.slice(k, e));
  if (v < 1900 || v > 2100) return false;
  // (years counted only before 年 itself: 约1万2024届 is a class, 距今约1万2000年 a length)
  // (约1万2024年底前: a point in time, whatever comes before)
  if (text[e] === '年' && /^年(?:底|末|中期|初(?![次步]))/.test(text.slice(e, e + 3))) return true;
  if (text[e] === '年' && !text.startsWith('年度', e)) return !YEARS_COUNTED_BEFORE.some((w) => text.startsWith(w, start - w.length)) && !YEARS_COUNTED_AFTER.some((w) => text.startsWith(w, e + 1));
  if (YEAR_AFTER.includes(text[e] ?? '\0') || text.startsWith('学年', e)) return true;
  const c = codeAt(text, e);
  // (another year after the mark: four digits from 1 or 2, not 1万2000—1万5000元)
  const n = codeAt(text, e + 1);
  return (c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */ || c === DASH || c === 0x2014 || c === 0x7e || c === DUN || c === 0x548c /* 和 */) &&
    (n === 0x31 || n === 0x32) && isDigit(codeAt(text, e + 2)) && isDigit(codeAt(text, e + 3)) && isDigit(codeAt(text, e + 4)) && !isDigit(codeAt(text, e + 5));
}
/** A decimal point, a thousands comma or 点 after digits: they go on as a number of their own. */
const isDigitMark = (c: number) => c === DOT || c === COMMA || c === DIAN;
/** 多 or 余 at i. */
const isOverAt = (text: string, i: number) => i < text.length && (text.charCodeAt(i) === 0x591a /* 多 */ || text.charCodeAt(i) === 0x4f59 /* 余 */);

/** Last characters of the verbs before a rate or an amount whose 点 may be a decimal point (增长, 下降, 提高, 为, 达, 占, 收入…). */
const RATE_VERB_END = '长降高为达占率升落低加少增减入';

/** Whether the digits from k on end before %, ‰, a scale word, 个百分点 or 倍: 点 before them is a decimal point. */
function dianDecimal(text: string, k: number, n: number): boolean {
  while (k < n && isDigit(text.charCodeAt(k))) k++;
  if (k >= n) return false;
  const c = text.charCodeAt(k);
  return c === 0x25 /* % */ || c === 0x2030 /* ‰ */ || c === 0x500d /* 倍 */ || (CN_SCALE[c] >= 4) || text.startsWith('个百分点', k) || text.startsWith('百分点', k);
}

// 10^0 … 10^22, every one exact in a double (written out: no pow to trust)
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** The digits of an Arabic numeral at [start, end) as Number() reads them: thousands commas dropped, 点 as the point. */
function digitText(text: string, start: number, end: number, grouped: boolean, dian: boolean): string {
  const t = text.slice(start, end);
  return grouped ? t.replace(/,/g, '') : dian ? t.replace('点', '.') : t;
}

/**
 * Groups of a mixed compound, evaluated like a Chinese numeral whose digits
 * may be Arabic: 5万4千6百 → 54600, 3千5百万 → 35000000, 1亿2000万 → 120000000.
 * Only integers; each group must be smaller than the scale before it.
 */
class Groups {
  ok = false;
  end = 0;
  lastPower = 0;
  private total = 0;   // completed 亿 groups
  private wanAcc = 0;  // completed 万 group below 亿
  private section = 0; // below 万
  private lastSmall = 4;

  /** Start from the first coefficient and the scale run text[from, to). */
  init(coef: number, text: string, _start: number, from: number, to: number): void {
    this.total = 0; this.wanAcc = 0; this.section = 0; this.lastSmall = 4; this.ok = true; this.end = to;
    this.apply(coef, text, from, to);
  }

  /** Add a group: coefficient then the scale run starting at `from`; false (and no change) if it does not fit. */
  add(coef: number, text: string, from: number): boolean {
    let to = from;
    while (isScaleAt(text, to)) to++;
    const total = this.total, wanAcc = this.wanAcc, section = this.section, lastSmall = this.lastSmall, lastPower = this.lastPower;
    this.apply(coef, text, from, to);
    if (!this.ok) {
      this.total = total; this.wanAcc = wanAcc; this.section = section; this.lastSmall = lastSmall; this.lastPower = lastPower;
      this.ok = true;
      return false;
    }
    this.end = to;
    return true;
  }

  private apply(coef: number, text: string, from: number, to: number): void {
    let pending = coef;
    for (let k = from; k < to; k++) {
      const p = CN_SCALE[text.charCodeAt(k)];
      if (p < 4) {
        // a small scale takes one digit (a first coefficient may be larger: 12千 is unusual, refuse)
        if (p >= this.lastSmall || pending < 1 || pending > 9) { this.ok = false; return; }
        this.section += pending * 10 ** p;
        this.lastSmall = p;
      } else if (p === 4) {
        const group = this.section + pending;
        if (group === 0 || group >= 1e4 || this.wanAcc !== 0) { this.ok = false; return; }
        this.wanAcc = group * 1e4;
        this.section = 0; this.lastSmall = 4;
      } else {
        const group = this.wanAcc + this.section + pending;
        if (group === 0 || this.total !== 0) { this.ok = false; return; }
        this.total = group * 1e8;
        this.wanAcc = 0; this.section = 0; this.lastSmall = 4;
      }
      pending = 0;
      this.lastPower = p;
    }
    if (pending !== 0) this.ok = false;
  }

  /** A last group without a scale, after 零 (zeroGroup checked its place). */
  addUnits(v: number, end: number): void {
    this.section += v;
    this.lastPower = 0;
    this.end = end;
  }

  value(): number { return this.total + this.wanAcc + this.section; }
}

/**
 * A group of a mixed compound after 零 at k (1千零50 → 1050, 3万零500 →
 * 30500, 1亿零500万 → 105000000), read as the Chinese 一千零五十 is: the 零
 * stands for the places skipped, so the group must be below the place under
 * the last scale (3万零5000 is not read so: which was meant is not certain).
 * Returns the new end; -1 where nothing is added (the numeral ends before
 * the 零, as before); -2 where a group follows the 零 that cannot be one.
 */
function zeroGroup(g: Groups, text: string, k: number, n: number): number {
  const d = k + 1;
  if (d >= n || !isDigit(text.charCodeAt(d)) || text.charCodeAt(d) === 0x30) return -1;
  let e = d;
  while (e < n && isDigit(text.charCodeAt(e))) e++;
  if (e - d > 4) return -1;
  // 3万零5.5, 3万零5,000: not a group; 13亿零989.5万: a group with a decimal part and a scale, not read (session 49's
  // review: 13亿 and 989.5万 apart): the whole run, no value
  const after = e < text.length ? text.charCodeAt(e) : NaN;
  if (after === DOT && isDigit(codeAt(text, e + 1))) { let f = e + 1; while (isDigit(codeAt(text, f))) f++; if (isScaleAt(text, f)) return -2; }
  if (after === DOT || after === COMMA) return -1;
  let p = e, power = 0;
  while (isScaleAt(text, p)) { power += CN_SCALE[text.charCodeAt(p)]; p++; }
  const coef = Number(text.slice(d, e));
  if (g.lastPower < 2) return -1;
  // 1千零50万: a larger scale after the group multiplies the whole section before it, as in 一千零五十万 (the group
  // must be below the section's last place); else the group is below the place under the last scale
  const small = power >= 4 && g.lastPower < 4;
  if (!((small ? coef : coef * POW10[Math.min(power, 22)]) < POW10[g.lastPower - 1])) return -2;
  if (power === 0) { g.addUnits(coef, e); return e; }
  return g.add(coef, text, e) ? g.end : -1;
}
// one instance, reused: reading a numeral allocates nothing but its span
const GROUPS = new Groups();
// A 亿 group (一万亿: 10^12) is past V8's small integers: one read now makes
// the instance's hidden class hold such numbers before the reader is compiled
// (see shapes.ts; the first such numeral threw the compiled reader away).
GROUPS.init(1, '万亿', 0, 0, 2);

/** 几/多/余 and a larger scale after a numeral (二十几万, 500余万, 三千八百多万): the scale applies, the qualifier is over. */
function absorbOver(s: NumberSpan, text: string, n: number, lastPower: number): void {
  if (s.end >= text.length) return;
  const c = text.charCodeAt(s.end);
  if (c !== JI && c !== DUO && c !== YU) return;
  if (c === JI && s.form !== NumForm.CHINESE) return; // 20几万 is not written
  let k = s.end + 1;
  let exp = 0;
  let first = 0;
  while (k < n && isScaleAt(text, k)) {
    const p = CN_SCALE[text.charCodeAt(k)];
    if (!first) first = p;
    exp += p;
    k++;
  }
  // the scale after 多 must be larger than the numeral's last one (三千多万, not 三万多千)
  if (exp === 0 || first <= lastPower) return;
  s.value = overScaled(text, s.start, s.end, s.value, exp);
  s.end = k;
  s.over = true;
  if (s.form === NumForm.ARABIC) s.form = NumForm.MIXED;
}

/**
 * v × 10^exp exactly as its decimal is written, rounded once (0.07 × 100 is 7, not 7.000000000000001): the point moved
 * in v's shortest text, whose own exponent is kept (3亿千亿千 is 3e+22, and `${v}e${exp}` read that as NaN: 3e+22e-1).
 */
export function timesTenTo(v: number, exp: number): number {
  const s = String(v), e = s.indexOf('e');
  return Number(e < 0 ? `${s}e${exp}` : `${s.slice(0, e)}e${Number(s.slice(e + 1)) + exp}`);
}

/**
 * The value of the numeral text[start, end) (whose value is `value`) when a
 * qualifier and scale words of total power `exp` follow it (二十几万,
 * 八十六亿五千余万, 1亿2千多万): the scales multiply what follows the
 * numeral's last 万 or 亿, where that is larger than them (八十六亿 and
 * 五千万: 8650000000, never 86000050000000), else the whole numeral
 * (二十几万: 200000); NaN where a 万 or 亿 inside is not larger (三万五千多万:
 * no reading, never a guess). Shared by the locator (多, 余) and the unit
 * step (几).
 */
export function overScaled(text: string, start: number, end: number, value: number, exp: number): number {
  let big = -1;
  for (let k = end - 1; k >= start; k--) if (CN_SCALE[text.charCodeAt(k)] >= 4) { big = k; break; }
  if (big < 0) return timesTenTo(value, exp);
  // 一万多亿, 一万八千多亿: 亿 after a numeral of 万 (and no 亿) makes 万亿, trillions: the whole numeral's
  // 亿 (found by review: nothing was read)
  if (CN_SCALE[text.charCodeAt(big)] === 4 && exp === 8 && !hasYi(text, start, end)) return timesTenTo(value, 8);
  if (CN_SCALE[text.charCodeAt(big)] <= exp) return NaN;
  // 十亿零八百多万: the 零 marks the empty places between the two
  const from = text.charCodeAt(big + 1) === ZERO ? big + 2 : big + 1;
  const head = numberValue(text.slice(start, big + 1)), tail = from < end ? numberValue(text.slice(from, end)) : NaN;
  return Number.isFinite(head) && Number.isFinite(tail) ? head + timesTenTo(tail, exp) : NaN;
}
const ZERO = '零'.charCodeAt(0);
const hasYi = (text: string, start: number, end: number) => { for (let k = start; k < end; k++) if (CN_SCALE[text.charCodeAt(k)] === 8) return true; return false; };

/**
 * The value of the numeral text[start, end) (value `value`) with a
 * qualifier (几, 多, 余) and the scale words text[from, to) after it: the
 * scales larger than the numeral's last place multiply (二十几万: 200000;
 * overScaled), a smaller one is the qualifier's own place (一百几十: 100;
 * 二千几百万: 20000000, never 2000000000). The unit step and the span reader.
 */
export function qualifiedValue(text: string, start: number, end: number, value: number, from: number, to: number): number {
  const last = CN_SCALE[text.charCodeAt(end - 1)];
  let exp = 0, lower = false;
  for (let k = from; k < to; k++) {
    const sc = CN_SCALE[text.charCodeAt(k)];
    if (sc > last) exp += sc;
    // 三万余万元, 三万多万元: a 万 or 亿 right after the qualifier of a numeral that ends in as large a one has no reading
    // (D-48, as 三万五千多万; session 44's review: 30000, the second 万 dropped); 一亿几千万 is a lower place's (几千万)
    else if (sc >= 4 && !lower) return NaN;
    else if (sc > 0 && sc < 4) lower = true;
  }
  return exp === 0 ? value : overScaled(text, start, end, value, exp);
}

function span(start: number, end: number, form: NumForm, value: number, decimal: boolean, intDigits: number): NumberSpan {
  return { start, end, form, value, decimal, intDigits, over: false, neg: false };
}
// The spans' hidden class made general before any numeral is read, and kept
// so (shapes.ts): `value` holds fractions as well as small
// integers, and value, end, form, over and neg are written after the span is
// made (a scale absorbed, 三万5千 joined, the sign). The first fraction, and
// the first write of a field V8 had seen as constant, threw away the compiled
// locator and the rule driver's numeral view (code dependencies on the field).
{
  const s = span(0, 0, NumForm.ARABIC, 0.5, true, 0);
  s.value = 1.5;
  s.end = 1;
  s.form = NumForm.MIXED;
  s.over = true;
  s.neg = true;
  keepShape(s);
}

/** Whether text[from, to) holds 万 or 亿 (a place larger than the 千 after it; not 零: 一百零五千米 is 105 km, the hunt). */
function largerPlaceIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const c = text.charCodeAt(k); if (c === WAN || c === YI) return true; }
  return false;
}

function readChinese(text: string, i: number, n: number): NumberSpan {
  const start = i;
  let decimal = false, dian = -1;
  let fin = 0;  // the lowest FINANCIAL class seen (1: a character that is also a word alone)
  while (i < n) {
    const c = text.charCodeAt(i);
    if (CLASS[c] === Cls.CNUM) {
      // (一万二千米, 三万五千瓦, 二十万零三千米: 千 after a digit of a numeral with a larger place is the numeral's own, the
      // unit the character after it (D-63 keeps 二千米's; session 51's review, 12000 千米)
      if (CN_SCALE[c] && scaleEndsHere(text, i) && !(c === QIAN && i > start && CN_DIGIT[text.charCodeAt(i - 1)] <= 9 && CN_DIGIT[text.charCodeAt(i - 1)] > 0 && largerPlaceIn(text, start, i - 1))) break;
      // 九点三十分: 十 after a decimal's digits makes no decimal (三点五万, 一点五千万, 二点五十万 do); the numeral ends
      // before 点, a clock's hour (session 40: 93)
      if (decimal && CN_SCALE[c] === 1 && !(CN_SCALE[codeAt(text, i + 1)] >= 4)) { i = dian; decimal = false; break; }
      // 两 never stands for a digit inside a numeral except before a scale (两千, 一千两百):
      // 一九八二两年 is the year 一九八二 and the count 两年
      if (c === LIANG && i > start && (i + 1 >= text.length || !CN_SCALE[text.charCodeAt(i + 1)])) break;
      const f = FINANCIAL[c];
      if (f) {
        // 三万陆续, 十万拾荒者, 一万陆军: a financial character that opens a word (陆续, 拾荒) after ordinary numerals ends
        // the numeral before it (一百伍拾元, 第十伍届 read on; session 45: 三万陆 was 36000)
        if (f === 1 && fin === 0 && i > start && FIN_WORD_AFTER.has(codeAt(text, i + 1))) break;
        if (fin === 0 || f < fin) fin = f;
      }
      i++;
      continue;
    }
    if (c === DIAN && !decimal && i > start && (i + 1 >= text.length || CN_DIGIT[text.charCodeAt(i + 1)] !== 255)) {
      decimal = true;
      dian = i;
      i++;
      continue;
    }
    break;
  }
  // some financial characters alone are words (队伍, 内陆, 收拾, 肆意); 壹元 is one yuan
  // (but 伍元, 拾元整, 叁元肆角伍分: one before 元, or a 角 after 元, or a 分 after 角, is money's digit: a review)
  if (fin === 1 && i - start < 2 && !financialMoneyDigit(text, start, i)) return span(start, i, NumForm.CHINESE, NaN, false, 0);
  // 伍/陆 ending a word before a numeral (内陆十年, 队伍十人): refused, reading resumes after it
  if (FINANCIAL[text.charCodeAt(start)] === 1 && WORD_BEFORE_FIN.has(text.charCodeAt(start - 1))) return span(start, start + 1, NumForm.CHINESE, NaN, false, 0);
  // a lone digit (一, 二: most Chinese numerals, often inside words) is its digit: chineseValue without the substring
  const lone = i - start === 1 ? CN_DIGIT[text.charCodeAt(start)] : 255;
  const s = span(start, i, NumForm.CHINESE, lone !== 255 ? lone : chineseValue(text.slice(start, i)), decimal, 0);
  let last = 0;
  for (let k = start; k < i; k++) if (CN_SCALE[text.charCodeAt(k)]) last = CN_SCALE[text.charCodeAt(k)];
  if (Number.isFinite(s.value) && !decimal) absorbOver(s, text, n, last);
  return s;
}

/**
 * Second characters of words that open with 陆, 拾 or 肆 (陆续, 陆军, 陆地, 陆路, 陆上, 陆海, 陆空, 陆运; 拾荒, 拾起, 拾取,
 * 拾遗, 拾金, 拾级; 肆意, 肆虐, 肆无忌惮): after one of those, no digit.
 */
const FIN_WORD_AFTER = new Set(Array.from('续军地路上海空运荒起取遗金级意虐无').map((c) => c.charCodeAt(0)));

// Characters that make a word with a following 伍 or 陆 (队伍, 落伍, 入伍, 退伍; 大陆, 内陆, 着陆, 登陆, 水陆, 海陆; 著陸 in
// traditional script, whose 著 the fold leaves as simplified text writes it).
const WORD_BEFORE_FIN = new Set(Array.from('队落入行退大内着著登水海').map((c) => c.charCodeAt(0)));

/**
 * A lone 肆, 伍, 陆 or 拾 (words alone: 肆意, 队伍, 内陆, 收拾) that is a digit of
 * an amount written in financial numerals: before 元 where the amount goes on
 * (拾元整, 伍元零伍分, 叁元肆角) or a word of money stands before it (人民币伍元),
 * before 角 after 元 (叁元肆角), before 分 after 角 (肆角伍分). Not a name (副市长陆元庆,
 * 县委书记陆元、; 陆 and 伍 are surnames, 元 a given name's character), nor 捡拾元宝,
 * nor the upper end of a range whose lower end is such a word (伍至陆元: a later review).
 */
function financialMoneyDigit(text: string, start: number, end: number): boolean {
  if (end !== start + 1 || WORD_BEFORE_FIN.has(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x6536 /* 收 */) return false;
  const after = text.charCodeAt(end), before = text.charCodeAt(start - 1);
  if (after === 0x5143 /* 元 */) {
    const next = text.charCodeAt(end + 1);
    return next === 0x6574 /* 整 */ || ((next === 0x96f6 /* 零 */ || CN_DIGIT[next] !== 255) && (text.charCodeAt(end + 2) === 0x89d2 /* 角 */ || text.charCodeAt(end + 2) === 0x5206 /* 分 */ || text.charCodeAt(end + 3) === 0x5206)) ||
      text.startsWith('人民币', start - 3) || text.startsWith('金额', start - 2);
  }
  if (after === 0x89d2 /* 角 */) return before === 0x5143 /* 元 */;
  if (after === 0x5206 /* 分 */) return before === 0x89d2 /* 角 */ || before === 0x5143 /* 元 */;
  // 有期徒刑伍年, 拘役陆个月, 叁年陆个月, 拾年零陆个月: a sentence's term, which judgments write in financial numerals (D-91;
  // session 46's review: nothing, where 叁年 was read)
  if (after === 0x5e74 /* 年 */ || (after === 0x4e2a /* 个 */ && text.charCodeAt(end + 1) === 0x6708 /* 月 */)) {
    if (TERM_BEFORE_FIN.some((w) => text.startsWith(w, start - w.length))) return true;
    const y = before === 0x96f6 /* 零 */ ? start - 2 : start - 1;
    return after === 0x4e2a && text.charCodeAt(y) === 0x5e74 /* 年 */ && FINANCIAL[text.charCodeAt(y - 1)] > 0;
  }
  return false;
}
/** Before a sentence's term: 有期徒刑伍年, 拘役陆个月, 缓刑伍年, 判处管制陆个月, 剥夺政治权利伍年, 减刑陆个月 (not 交通管制: 管制3月至5月 are months). */
const TERM_BEFORE_FIN = ['徒刑', '拘役', '缓刑', '判处管制', '政治权利', '刑期', '减为', '刑期为', '减刑'];

/** Whether the character before the numeral at `start` is its minus sign (not a bullet "- 5" that opens a line). */
function signBefore(text: string, start: number, end: number, arabic: boolean, options: Partial<LocateOptions>): boolean {
  // reads only inside the text: a read outside it (NaN) threw optimized code away once
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if ((c === DASH || c === FU) && options.gap?.(start) && options.lineStart?.(start - 1)) return false;
  if (c === DASH) {
    if (!arabic) return false;
    if (start === 1) return true;
    const p = text.charCodeAt(start - 2);
    if (p === DASH || CLASS[p] === Cls.LATIN || p === DOT) return false;
    // right after a range word the dash is a sign (-5%至-3%: the range is 至); so after a list's conjunction
    // (增长12%、8%和-3%: never a range mark)
    if (p === ZHI || p === DAO || p === HE || p === YU2 || p === JI3 || p === HUO) return true;
    // so after 为, 的, 是… that close a date's phrase (2022年为-0.60‰, 2023年的-1.48‰: session 47's review, a range mark
    // after the year, the value positive)
    if (SIGN_AFTER_WORD.has(p)) return true;
    // a range mark after a number and its unit (3年-5年, 5万元-10万元): look back over a short unit
    for (let k = start - 2; k >= 0 && k >= start - 5; k--) {
      const b = text.charCodeAt(k);
      if (CLASS[b] === Cls.DIGIT || CLASS[b] === Cls.CNUM) return false;
      if (CLASS[b] !== Cls.CJK && b !== 0x25 /* % */) break;
    }
    return true;
  }
  if (c === FU) {
    // (由负3场改为负2场: games lost, whatever comes before, at the text's start too)
    if (GAMES.has(codeAt(text, end))) return false;
    if (start < 2) return true;
    const p = text.charCodeAt(start - 2);
    if (FU_SIGN_BEFORE_RATE.has(p)) return rateAt(text, end);
    if (CLASS[p] === Cls.PUNCT || CLASS[p] === Cls.SPACE || FU_SIGN_AFTER.has(p)) return true;
    return FU_SIGN_AFTER_NOUN.has(p) && rateAt(text, end);
  }
  return false;
}

/**
 * A rate, a temperature or an amount of money at `end` (%, ‰, ℃, 度, 摄氏度, 个百分点, 个点, 元; 负千分之一点二, whose numeral
 * is the 千 of 千分之), or at the end of a list whose members share it (5.2、负1.3和2.1个百分点): what a signed member of a
 * list or a change is (session 40's reviews; 负3场 is a game lost).
 */
function rateAt(text: string, end: number): boolean {
  let k = end;
  for (let members = 0; members < 8; members++) {
    const c = codeAt(text, k);
    if (c === 0x25 /* % */ || c === 0x2030 /* ‰ */ || c === 0x2103 /* ℃ */ || c === 0x5ea6 /* 度 */ || c === 0x5143 /* 元 */ || c === 0xb0 /* ° */ ||
      SIGNED_UNITS.some((w) => text.startsWith(w, k))) return true;
    // the next member of a list: a joiner, a sign or none, a numeral
    if (!LIST_JOIN.has(c)) return false;
    let m = k + 1;
    if (codeAt(text, m) === FU || codeAt(text, m) === DASH) m++;
    const from = m;
    while (m < text.length && (CLASS[text.charCodeAt(m)] === Cls.DIGIT || CLASS[text.charCodeAt(m)] === Cls.CNUM || text.charCodeAt(m) === DOT)) m++;
    if (m === from) return false;
    k = m;
  }
  return false;
}
const SIGNED_UNITS = ['个百分点', '百分点', '个千分点', '千分点', '个基点', '基点', '分之', '摄氏度', '个点', '美元', '欧元', '港元', '日元', '英镑'];
const GAMES = new Set(Array.from('场局盘').map((c) => c.charCodeAt(0)));
const LIST_JOIN = new Set(Array.from('、和及与或,').map((c) => c.charCodeAt(0)));

/**
 * Whether b continues a that ends in a scale (百, 千, 万, 亿) in the other script (三万5千, 5千四百, 3百四十): b is smaller
 * than that scale and ends in a scale itself. (百 and 千 from session 45's review: 5千肆佰元 read COUNT 5000 and MONEY 400.)
 */
function joinsMixed(text: string, a: NumberSpan, b: NumberSpan): boolean {
  if ((a.form === NumForm.CHINESE) === (b.form === NumForm.CHINESE) || a.over || b.over || b.neg || a.decimal || b.decimal) return false;
  const p = CN_SCALE[text.charCodeAt(a.end - 1)];
  const q = CN_SCALE[text.charCodeAt(b.end - 1)];
  return p >= 2 && q > 0 && q < p && Number.isInteger(a.value) && Number.isInteger(b.value) && b.value > 0 && b.value < 10 ** p;
}

/**
 * 3千两百万, 1千零五十万, 5百五十万, 1万两千亿: digits ending in a place, then a Chinese group below that place and a
 * larger scale closing it, which multiplies the whole section (as in 三千两百万, 一千零五十万, D-40; session 51's review:
 * 3000 and 2000000): the value of the two as one, else NaN.
 */
function scaledMixedValue(text: string, a: NumberSpan, b: NumberSpan): number {
  if (a.form === NumForm.CHINESE || b.form !== NumForm.CHINESE || a.over || b.neg || a.decimal || b.decimal) return NaN;
  const p = CN_SCALE[text.charCodeAt(a.end - 1)];
  let k = b.end, exp = 0;
  while (k > b.start && CN_SCALE[text.charCodeAt(k - 1)] >= 4) exp += CN_SCALE[text.charCodeAt(--k)];
  if (p < 2 || exp <= p || k === b.start || !Number.isInteger(a.value)) return NaN;
  const head = b.value / 10 ** exp;
  return Number.isInteger(head) && head > 0 && head < 10 ** p ? timesTenTo(a.value + head, exp) : NaN;
}

export interface LocateOptions {
  /** whether the comma at a position of the text is an ASCII one, always a thousands separator in its shape (default: every comma) */
  commaAt?: (k: number) => boolean;
  /** whether a full-width comma ， at a position of the text has full-width digits on both sides in the raw text (D-70) */
  wideDigitsAround?: (k: number) => boolean;
  /**
   * How many raw units of whitespace the kept space at a position of the
   * text stands for, 0 where they hold a line break. Without it, digit groups
   * split by a space (3 000, 1 2 3) are left as the locator finds them.
   */
  spaceRun?: (k: number) => number;
  /** whether whitespace of the raw text was folded away right before a position (default: never) */
  gap: (k: number) => boolean;
  /** whether a position begins a line of the raw text after a line break (default: never) */
  lineStart: (k: number) => boolean;
}

/** Every numeral in the text, in order: Arabic, Chinese and mixed. */
export function locateNumbers(text: string, tokens: Tokens, options: Partial<LocateOptions> = {}): NumberSpan[] {
  const out: NumberSpan[] = [];
  const n = text.length;
  let pos = 0;
  for (let t = 0; t < tokens.count; t++) {
    const k = tokens.kinds[t];
    if (k !== Cls.DIGIT && k !== Cls.CNUM) continue;
    const tokenEnd = tokens.starts[t + 1];
    // from the token's start, or after the previous numeral if it ended inside this token
    let s = Math.max(tokens.starts[t], pos);
    while (s < tokenEnd) {
      let span = k === Cls.DIGIT ? readArabic(text, s, n, options) :
        (text.charCodeAt(tokenEnd) === CAN || (s > 0 && text.charCodeAt(s - 1) === CAN && s >= pos + 1)) && canSpan(text, s, tokenEnd, n) || readChinese(text, s, n);
      if (span.end <= span.start) break;
      // 百分之十⏎二、加强管理: a Chinese numeral ending a line and a list marker opening the next are two (never 十二)
      if (k === Cls.CNUM && options.lineStart && codeIs(text, span.end, DUN)) {
        for (let b = span.start + 1; b < span.end; b++) if (options.lineStart(b)) { span = readChinese(text, s, b); break; }
      }
      // 十二.五%, 六.五倍: a Chinese numeral after an ASCII point after another, a decimal part the reader does not take
      // (session 46's review: 5%, 5倍): no value
      if (k === Cls.CNUM && s > 1 && text.charCodeAt(s - 1) === DOT && CLASS[text.charCodeAt(s - 2)] === Cls.CNUM) span.value = NaN;
      // 投资3点5亿元 where 点 was not read as the decimal point (readArabic reads it after a few verbs only): the tail alone,
      // 5亿, is a wrong value; digits after 点 after digits, before 万 or 亿, no value (session 46's review)
      // (not after an hour, 截至17点3万名游客: a clock's 点 after 截至, 到, 午…)
      if (k === Cls.DIGIT && s > 1 && text.charCodeAt(s - 1) === DIAN && isDigit(text.charCodeAt(s - 2)) && CN_SCALE[text.charCodeAt(span.end - 1)] >= 4 && !hourBefore(text, s - 1)) span.value = NaN;
      // 七、八、九三个月: a 、 list's count written right after its last member (listCountAt)
      if (k === Cls.CNUM && s > 0 && text.charCodeAt(s - 1) === DUN) {
        const cut = listCountAt(text, out, span);
        if (cut > 0) span = readChinese(text, s, cut);
      }
      const prev = out.length > 0 ? out[out.length - 1] : undefined; // never out[-1] (Ctx.numAt)
      // 一九九八至二〇〇二五年间: a year in digit words after a range mark and another, and the count of the range's years
      // right after it, read as one (二〇〇二五: session 51's review, DATE 1998 over the whole): the year's four alone
      if (k === Cls.CNUM && prev && prev.end === s - 1 && isRangeChar(text.charCodeAt(s - 1)) && span.end - s === 5 && prev.end - prev.start === 4 &&
        codeIs(text, span.end, 0x5e74 /* 年 */) && digitWords(text, prev.start, prev.end) && digitWords(text, s, span.end)) span = readChinese(text, s, s + 4);
      span.neg = signBefore(text, span.start, span.end, k === Cls.DIGIT, options);
      const adjacent = prev !== undefined && prev.end === span.start;
      if (adjacent && joinsMixed(text, prev, span)) {
        // 三万5千, 5万三千: one number written in two scripts
        prev.value += span.value;
        prev.end = span.end;
        prev.form = NumForm.MIXED;
      } else {
        const scaled = adjacent ? scaledMixedValue(text, prev, span) : NaN;
        if (adjacent && !Number.isNaN(scaled)) {
          // (1千两百多万元: the group's 多 is the whole's, over)
          prev.value = scaled;
          prev.end = span.end;
          prev.form = NumForm.MIXED;
          if (span.over) prev.over = true;
        } else out.push(span);
      }
      pos = s = span.end;
    }
  }
  if (options.spaceRun) joinSpacedGroups(text, out, options as LocateOptions & { spaceRun: (k: number) => number });
  return out;
}

/** Whether text[from, to) is digit words only (一九九八, 二〇〇二), no place. */
function digitWords(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CN_DIGIT[text.charCodeAt(k)] > 9 || CN_SCALE[text.charCodeAt(k)] > 0) return false;
  return true;
}

/** Whether the digits ending at `dian` (a 点) are an hour: after 截至, 至, 到, 于, 午, 晚, 晨, 日 (截至17点, 下午3点). */
function hourBefore(text: string, dian: number): boolean {
  let k = dian;
  while (k > 0 && isDigit(text.charCodeAt(k - 1))) k--;
  return k > 0 && '至到于午晚晨日止'.includes(text[k - 1]);
}

/**
 * 七、八、九三个月, 一九八二、八三、八四三年: older reports write the count of a 、 list's members right after its last
 * one, which then reads as one numeral with it (九三, 八四三: 93 months and 843 years; session 46's review). Where a
 * Chinese numeral after a 、 is one character longer than each member before it (the first ones may be longer: years
 * with their century), its last character a digit followed by a word that counts the members with it, and the rest
 * the member after the one before it (九 after 八, 八四 after 八三), this is where that member ends (and the count
 * starts); else -1.
 */
function listCountAt(text: string, out: readonly NumberSpan[], span: NumberSpan): number {
  const len = span.end - span.start, count = CN_DIGIT[text.charCodeAt(span.end - 1)];
  if (len < 2 || span.decimal || count < 2 || count > 9 || CLASS[codeAt(text, span.end) & 0xffff] !== Cls.CJK) return -1;
  let members = 1, at = span.start, longer = false;
  for (let j = out.length - 1; j >= 0 && members < count; j--) {
    const m = out[j];
    if (m.end !== at - 1 || text.charCodeAt(m.end) !== DUN || m.form !== NumForm.CHINESE || m.end - m.start < len - 1) return -1;
    // the longer members (years with their century) come first: none of len - 1 before one of them
    if (m.end - m.start > len - 1) longer = true;
    else if (longer) return -1;
    members++;
    at = m.start;
  }
  // the count is all of them (no member before the first counted), and the last member follows the one before it in
  // turn (十一、十二、二十三个 are three counts)
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (members !== count || before === DUN) return -1;
  // (digit by digit where every character is a digit: 八八 after 八七, which chineseValue leaves NaN as a doubled pair)
  let lead = 0;
  for (let k = span.start; k < span.end - 1 && lead >= 0; k++) lead = CN_DIGIT[text.charCodeAt(k)] <= 9 ? lead * 10 + CN_DIGIT[text.charCodeAt(k)] : -1;
  if (lead < 0) lead = chineseValue(text.slice(span.start, span.end - 1));
  // (after a year with its century, its last digits: 八四 after 一九八三)
  const prev = out[out.length - 1], next = prev.value + 1;
  return lead === (prev.end - prev.start > len - 1 ? next % 10 ** (len - 1) : next) ? span.end - 1 : -1;
}

const CAN = 0x53c2; // 参 (and 參, folded to it)
const SHI_F = 0x62fe, BAI_F = 0x4f70, QIAN_F = 0x4edf; // 拾 佰 仟

/**
 * Whether the 参 at p is the financial 3 (a variant of 叁, as 參 is: 參拾萬元,
 * 壹佰参拾伍元, 贰拾参元): before 拾, 佰 or 仟, or after a financial
 * numeral's 拾 or 零 (贰拾参, 壹仟零参). Nowhere else is 参 a numeral (参加,
 * 人参十克).
 */
function canDigit(text: string, p: number): boolean {
  const prev = codeAt(text, p - 1);
  // 人参, 党参, 丹参, 海参…: a herb's or a word's 参 before a financial numeral (党参拾克 is ten grams; session 45's review: 30)
  if (prev >= 0 && SHEN_WORD_BEFORE.has(prev)) return false;
  const next = codeAt(text, p + 1);
  // (before 万 or 亿 too: 参亿元, 參萬餘元 read 亿元 and 萬餘元 alone, 1×10^8 and 10000: the review)
  if (next === SHI_F || next === BAI_F || next === QIAN_F || next === WAN || next === YI) return true;
  // (after a 拾 whose digit is itself such a 参: 参拾参元; the review)
  const p2 = codeAt(text, p - 2) & 0xffff;
  return (prev === SHI_F || prev === LING) && (FINANCIAL[p2] > 0 || (p2 === CAN && canDigit(text, p - 2)));
}

/**
 * Characters that make a word with the 参 after them: herbs (人参, 党参, 丹参, 海参, 玄参, 苦参, 沙参, 西洋参, 太子参, 红参,
 * 白参, 紫参, 刺参, 生晒参, 高丽参, 野山参) and 内参 (session 45's closing review: 红参拾箱 read 30).
 */
const SHEN_WORD_BEFORE = new Set(Array.from('人党丹海玄苦沙洋子内红白紫刺晒丽山').map((c) => c.charCodeAt(0)));

// the longest financial numeral read across a 参 (the window canSpan reads)
const CAN_WINDOW = 64;

/**
 * The Chinese numeral at s (in the token ending at tokenEnd) read with the
 * financial 参 around it as 叁 (canDigit), or null where no 参 there is one.
 * Before, 參拾萬元 read 拾萬元 (100000) and 壹佰参拾伍元 two numerals, 壹佰 and
 * 拾伍元 (15): wrong values. Read in a window of the text with those 参 as 叁,
 * which has the same length, so that offsets carry over.
 */
function canSpan(text: string, s: number, tokenEnd: number, n: number): NumberSpan | null {
  const lead = s > 0 && text.charCodeAt(s - 1) === CAN && canDigit(text, s - 1);
  if (!lead && !(text.charCodeAt(tokenEnd) === CAN && canDigit(text, tokenEnd))) return null;
  const a = lead ? s - 1 : s, b = Math.min(n, a + CAN_WINDOW);
  let w = '';
  for (let q = a; q < b; q++) w += text.charCodeAt(q) === CAN && canDigit(text, q) ? '叁' : text[q];
  const span = readChinese(w, lead ? 0 : s - a, w.length);
  if (span.end <= span.start) return null;
  span.start += a;
  span.end += a;
  return span;
}

/** The digits from i on. */
export function digitsFrom(text: string, i: number): number {
  let k = i;
  while (k < text.length && isDigit(text.charCodeAt(k))) k++;
  return k - i;
}

const SPACE = 0x20;

/**
 * Whether numeral j and the next may be parts of one number split by
 * whitespace (spec §4, D-42): a space between them (no line break: a
 * flattened table has a cell a line), the next unsigned and starting with a
 * digit group that either continues thousands groups (3 000, 12 345.6: one
 * to three digits, then exactly three) or a line spaced out one character at
 * a time (4 2 1 . 9: one digit, then one). 0: not linked, 1: thousands, 2: spaced out.
 */
function linkShape(text: string, out: NumberSpan[], j: number, options: LocateOptions & { spaceRun: (k: number) => number }): 0 | 1 | 2 {
  const a = out[j], b = j + 1 < out.length ? out[j + 1] : undefined;
  if (!b || a.form !== NumForm.ARABIC || a.over || b.neg || b.start !== a.end + 1 || text.charCodeAt(a.end) !== SPACE) return 0;
  if (!isDigit(text.charCodeAt(a.start)) || !isDigit(text.charCodeAt(b.start))) return 0;
  const run = options.spaceRun(a.end);
  const lead = digitsFrom(text, b.start);
  // thousands: a is a whole group of one to three digits (no comma, no decimal); across a line
  // break only where a does not open its line (a flattened table's cells do, one a line: D-45)
  if (!a.decimal && a.intDigits === a.end - a.start && a.intDigits <= 3 && lead === 3) return run > 0 || (a.start > 0 && !options.lineStart?.(a.start)) ? 1 : 0;
  // spaced out: a is one digit, or a decimal written one character at a time (1 . 9)
  if (run > 0 && lead === 1 && (a.decimal ? spacedOut(text, a.start, a.end, options) : a.end - a.start === 1)) return 2;
  return 0;
}

const linked = (text: string, out: NumberSpan[], j: number, options: LocateOptions & { spaceRun: (k: number) => number }): boolean => linkShape(text, out, j, options) !== 0;

/** Han characters after which a number is a label's (表2, 图1, 第3, 序号1, 项目1, 第3页, 栏, 列), not the first group of a spaced one (D-71). */
const LABEL_HAN = new Set([...'表图第号页栏列目']);
/** Characters that tie a number to what stands before it (9:30, 1:1, COVID-19, 1.2, 2021/22, G5). */
const TIES = new Set([...'.-–—/~_#'].map((c) => c.charCodeAt(0)));

/**
 * What stands right before the first group of a spaced number (one space
 * skipped), D-71: 'code' (a digit, a Latin letter, a tie such as - . /, or a
 * colon after a digit or letter: a time 9:30, a ratio 1:1, a code G5,
 * COVID-19), 'label' (表2, 图1, 第3, 序号1, 项目1), 'han' (any other Han
 * character: 共有 2 100个), 'other' (the text's start, punctuation, 其中:).
 */
function leftOf(text: string, start: number): 'code' | 'label' | 'han' | 'other' {
  let p = start - 1;
  if (p >= 0 && text.charCodeAt(p) === SPACE) p--;
  if (p < 0) return 'other';
  const c = text.charCodeAt(p);
  if (isDigit(c) || isLatin(c) || TIES.has(c)) return 'code';
  if (c === 0x3a || c === 0x2236) return p > 0 && (isDigit(text.charCodeAt(p - 1)) || isLatin(text.charCodeAt(p - 1))) ? 'code' : 'other';
  if (LABEL_HAN.has(text[p])) return 'label';
  return isHan(c) ? 'han' : 'other';
}

/** Whether every character of text[from, to) after the first follows whitespace (a kept space or one folded away). */
function spacedOut(text: string, from: number, to: number, options: Pick<LocateOptions, 'gap'>): boolean {
  for (let p = from + 1; p < to; p++) {
    if (text.charCodeAt(p) === SPACE) continue;
    if (text.charCodeAt(p - 1) !== SPACE && !options.gap?.(p)) return false;
  }
  return true;
}

/**
 * Digit groups split by whitespace read as one number where the shape is
 * certain (D-71), never the fragment after the space where it opens with 0
 * (`3 000亿元` is 3000亿, never 000亿 = 0). Thousands groups (`3 000`,
 * `12 345.6`, `1 000 000` with any one space character) where nothing before
 * the first group ties it to a code, a time or a label (`9:30 200余名`,
 * `1:1 200家`, `COVID-19 100例`, `G5 120公里`, `表2 100家`) and where the
 * first group has two or three digits, or the next group opens with 0, or
 * a Han character of running text stands right before (`共有 2 100个`);
 * elsewhere the groups stay apart, as two numbers, and a group opening with 0
 * is no mention. A line spaced out one character at a time (`收 入 4 2 1 . 9
 * 亿 元`, `有 1 2 3 4 5 名`), with whitespace before the first digit and after
 * the last, and no table or figure label or tie before it. A chain of either
 * shape that is neither (`1 2 345`, `第1 2名`) gets no value.
 */
function joinSpacedGroups(text: string, out: NumberSpan[], options: LocateOptions & { spaceRun: (k: number) => number }): void {
  for (let i = 0; i + 1 < out.length; i++) {
    if (text.charCodeAt(out[i].end) !== SPACE) continue;
    const shape = linkShape(text, out, i, options);
    if (shape === 0) continue;
    const a = out[i], b = out[i + 1];
    const left = leftOf(text, a.start);
    if (shape === 1) {
      const zero = text.charCodeAt(b.start) === 0x30;
      const sure = left !== 'code' && left !== 'label' && (a.end - a.start >= 2 || zero || left === 'han');
      if (!sure) {
        // two numbers (9:30 and 200余名, 表2 and 100家); a group opening with 0 is no number of its own
        if (zero) b.value = NaN;
        continue;
      }
    }
    let j = i + 1;
    while (linked(text, out, j, options)) j++;
    const spacedAfterTie = shape === 2 && (left === 'code' || (left === 'label' && /[表图]/.test(text[a.start - 1] === ' ' ? text[a.start - 2] : text[a.start - 1])));
    if (spacedAfterTie && text.charCodeAt(a.start - 1) !== SPACE && !options.gap?.(a.start)) continue; // G5 1个, 1:1 2家: two numbers
    const joined = spacedAfterTie ? null : readJoined(text, out, i, j, options);
    if (joined) out.splice(i, j - i + 1, joined);
    else {
      for (let k = i; k <= j; k++) out[k].value = NaN;
      i = j;
    }
  }
}

/** The numerals i..j read as one number, or null where the shape is not certain. */
function readJoined(text: string, out: NumberSpan[], i: number, j: number, options: LocateOptions & { spaceRun: (k: number) => number }): NumberSpan | null {
  const first = out[i], last = out[j];
  // 1 , 2 0 0 亿 元 of a spaced-out line: a group after a thousands comma, the number's tail; read alone it was 200亿 (session
  // 46's review): not certain, nothing
  if (first.start >= 2 && text.charCodeAt(first.start - 1) === COMMA && isDigit(text.charCodeAt(first.start - 2))) return null;
  let thousands = !first.decimal && first.intDigits === first.end - first.start && first.intDigits <= 3;
  for (let k = i + 1; k <= j && thousands; k++) {
    const g = out[k];
    if (options.spaceRun(out[k - 1].end) !== 1 || digitsFrom(text, g.start) !== 3 || (k < j && (g.decimal || g.end - g.start !== 3))) thousands = false;
  }
  if (!thousands) {
    // spaced out: every digit and point apart, and the line spaced before and after the number
    let digitsEnd = last.start;
    while (digitsEnd < last.end && (isDigit(text.charCodeAt(digitsEnd)) || text.charCodeAt(digitsEnd) === DOT)) digitsEnd++;
    const before = first.start === 0 || options.gap?.(first.start) === true;
    const after = digitsEnd === text.length || options.gap?.(digitsEnd) === true || text.charCodeAt(digitsEnd) === SPACE;
    if (!before || !after || !spacedOut(text, first.start, digitsEnd, options)) return null;
  }
  // read again without the spaces: the numeral as the groups write it
  const prefix = text.slice(first.start, last.start).replace(/ /g, '');
  const s = prefix + text.slice(last.start, Math.min(text.length, last.end + 4));
  const r = readArabic(s, 0, s.length);
  if (r.end !== prefix.length + (last.end - last.start) || !Number.isFinite(r.value)) return null;
  r.start = first.start;
  r.end = last.end;
  r.neg = first.neg;
  return r;
}

const isConsecutivePair = (s: string) => s.length === 2 && CN_DIGIT[s.charCodeAt(1)] === CN_DIGIT[s.charCodeAt(0)] + 1 && CN_DIGIT[s.charCodeAt(0)] > 0;

/**
 * Value of a Chinese numeral: positional (二〇二三 → 2023) or with scale
 * characters (三亿七千零六十二万 → 370620000, 伍万陆仟 → 56000), with 点
 * decimals (七点九 → 7.9, 一点五亿 → 150000000) and the colloquial elided
 * last scale (一万二 → 12000). NaN for anything malformed: two digits before
 * a scale (三四十, "thirty or forty"), scales out of order (百千万), a scale
 * twice (亿亿), or an adjacent pair read as "three or four" (三四).
 */
export function chineseValue(s: string): number {
  // 廿 and 卅 (twenty, thirty) open a numeral as 二十, 三十 do: 廿一 = 21, 廿万 = 200000;
  // after it a digit, scale words of 万 and up, or a decimal part (廿一点五), never another tens
  // or a zero (廿十, 廿〇); inside a numeral (五卅, a name) or twice it is no numeral
  for (let i = 0; i < s.length; i++) {
    if (!CN_TENS[s.charCodeAt(i)]) continue;
    if (i > 0) return NaN;
    const rest = s.slice(1);
    const d = rest.length > 0 ? CN_DIGIT[rest.charCodeAt(0)] : 255;
    if (d === 0 || (rest.length > 0 && d === 255 && CN_SCALE[rest.charCodeAt(0)] < 4 && rest.charCodeAt(0) !== 0x70b9 /* 点 */)) return NaN;
    return chineseValue(`${CN_TENS[s.charCodeAt(0)] === 2 ? '二' : '三'}十${rest}`);
  }
  const dot = s.indexOf('点');
  if (dot >= 0) {
    if (dot === 0) return NaN;
    const intPart = chineseValue(s.slice(0, dot));
    if (!Number.isFinite(intPart)) return NaN;
    let frac = '';
    let i = dot + 1;
    for (; i < s.length; i++) {
      const d = CN_DIGIT[s.charCodeAt(i)];
      if (d === 255) break;
      frac += d;
    }
    if (frac === '') return NaN;
    let exp = 0;
    for (; i < s.length; i++) {
      const p = CN_SCALE[s.charCodeAt(i)];
      if (!p) return NaN;
      exp += p;
    }
    // 一亿三千三百七十点二万, 一千二百亿零五点五万: the scale after the decimal is its own group's, below the 亿 before
    // it (session 51's review: 1000033702000)
    let big = -1;
    if (exp > 0) for (let k = dot - 1; k >= 0; k--) if (CN_SCALE[s.charCodeAt(k)] >= 4) { big = k; break; }
    // (a smaller one inside is multiplied with the rest: 一万二千三百四十五点六亿 is 12345.6亿; the same one twice, 三万点五万,
    // has no reading)
    if (big >= 0 && CN_SCALE[s.charCodeAt(big)] === exp) return NaN;
    if (big >= 0 && CN_SCALE[s.charCodeAt(big)] > exp) {
      const from = s.charCodeAt(big + 1) === 0x96f6 /* 零 */ ? big + 2 : big + 1;
      const head = chineseValue(s.slice(0, big + 1)), tail = chineseValue(s.slice(from, dot));
      return Number.isFinite(head) && Number.isFinite(tail) ? head + Number(`${tail}.${frac}e${exp}`) : NaN;
    }
    return Number(`${intPart}.${frac}e${exp}`);
  }
  if (s.length === 0) return NaN;
  let hasScale = false;
  for (let i = 0; i < s.length; i++) if (CN_SCALE[s.charCodeAt(i)]) { hasScale = true; break; }
  if (!hasScale) {
    if (s.length === 1) return CN_DIGIT[s.charCodeAt(0)];
    if (isConsecutivePair(s)) return NaN;
    // 一一 ("one by one"), 九九, 两两: a digit doubled is a word, not eleven or ninety-nine
    if (s.length === 2 && s.charCodeAt(0) === s.charCodeAt(1)) return NaN;
    // 三五个, 三五年: "three to five", approximate like 三四
    if (s === '三五') return NaN;
    let digits = '';
    for (let i = 0; i < s.length; i++) {
      const d = CN_DIGIT[s.charCodeAt(i)];
      if (d === 255) return NaN;
      digits += d;
    }
    return Number(digits);
  }
  // 一〇七〇万, 一二五万: three or more digits written one by one before 万 or 亿 only, read as digits (D-40, as 一九五七
  // is; session 42's review: nothing); two (三四万) stay "three or four"
  // (only where three digits open a numeral of four characters or more: the common numeral is tested once)
  let run = 0;
  if (s.length >= 4 && CN_DIGIT[s.charCodeAt(2)] !== 255) while (run < s.length && CN_DIGIT[s.charCodeAt(run)] !== 255) run++;
  // (not three digits each one above the last, 三四五万, 一二三万: "three, four or five" as 三四; the second review)
  let climbing = run >= 3;
  for (let i = 1; i < run && climbing; i++) if (CN_DIGIT[s.charCodeAt(i)] !== CN_DIGIT[s.charCodeAt(i - 1)] + 1) climbing = false;
  if (run >= 3 && CN_DIGIT[s.charCodeAt(0)] !== 0 && !(climbing && run === 3)) {
    let exp = 0, k = run;
    for (; k < s.length && CN_SCALE[s.charCodeAt(k)] >= 4; k++) exp += CN_SCALE[s.charCodeAt(k)];
    if (k === s.length && exp > 0) {
      let digits = '';
      for (let i = 0; i < run; i++) digits += CN_DIGIT[s.charCodeAt(i)];
      return Number(`${digits}e${exp}`);
    }
  }
  let total = 0, wanAcc = 0, section = 0;
  let digit = -1;          // pending digit, -1 none
  let prev = 0;            // 0 start, 1 digit, 2 small scale, 3 big scale
  let lastSmall = 4;       // the next small scale must be below this
  let lastScale = 0;       // power of the last scale, for the elided last digit (一万二)
  let zeroSince = false;   // a 零 since the last scale
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = CN_DIGIT[c];
    if (d !== 255) {
      if (prev === 1 && digit !== 0) return NaN; // 三四十: two digits in a row
      if (d === 0) zeroSince = true;
      digit = d;
      prev = 1;
      continue;
    }
    const p = CN_SCALE[c];
    if (p === 0) return NaN;
    if (p < 4) {
      if (p >= lastSmall) return NaN; // 百千, 十十
      let coef: number;
      if (digit > 0) coef = digit;
      else if (prev === 0 || (p === 1 && digit === 0)) coef = 1; // 百亿, 十二, 一千零十
      else return NaN;
      section += coef * 10 ** p;
      lastSmall = p;
      prev = 2;
    } else if (p === 4) {
      let group = section + Math.max(digit, 0);
      if (group === 0 && prev === 0) group = 1;
      if (wanAcc !== 0) {
        // 六万万 = 600000000: the older 万万 for 亿, only as two adjacent 万
        if (prev !== 3 || lastScale !== 4 || total !== 0) return NaN;
        total = wanAcc * 1e4;
        wanAcc = 0; prev = 3; lastScale = 8; digit = -1; zeroSince = false;
        continue;
      }
      if (group === 0) return NaN; // 亿万
      wanAcc = group * 1e4;
      section = 0; lastSmall = 4; prev = 3;
    } else {
      let group = wanAcc + section + Math.max(digit, 0);
      if (group === 0) { if (prev === 0) group = 1; else return NaN; } // 亿亿, 亿万
      if (total !== 0) return NaN;
      total = group * 1e8;
      wanAcc = 0; section = 0; lastSmall = 4; prev = 3;
    }
    digit = -1;
    lastScale = p;
    zeroSince = false;
  }
  let tail = Math.max(digit, 0);
  // 一万二 = 12000, 三千五 = 3500; 一百零五 = 105 and 十二 = 12 are not elided
  if (prev === 1 && tail > 0 && !zeroSince && lastScale >= 2) tail *= 10 ** (lastScale === 8 ? 7 : lastScale === 4 ? 3 : lastScale - 1);
  return total + wanAcc + section + tail;
}

/** Value of a numeral string of any form ("4.05亿", "1,076,420", "5万4千6百", "壹拾万"); NaN unless the whole string is one numeral. */
export function numberValue(s: string): number {
  if (s.length === 0) return NaN;
  const c = s.charCodeAt(0);
  const span = isDigit(c) ? readArabic(s, 0, s.length) : CLASS[c] === Cls.CNUM ? readChinese(s, 0, s.length) : null;
  if (!span || span.end !== s.length || span.over) return NaN;
  return span.value;
}

export { WAN, YI };
