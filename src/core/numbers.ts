// Stage 3: numbers. `locateNumbers` finds where numerals are; `numberValue`
// computes what a numeral string is worth. The two are separate on purpose:
// the rule extractor decides spans from context, then asks for values.
import { CLASS, Cls, CN_DIGIT, CN_SCALE, isDigit } from '../text/chars.js';
import type { Tokens } from './tokenize.js';

export const enum NumForm { ARABIC = 1, CHINESE = 2, MIXED = 3 }

export interface NumberSpan {
  start: number;
  end: number;
  form: NumForm;
  /** the value of the numeral itself (scale words applied); may be non-finite for absurd input */
  value: number;
  /** the numeral has a decimal part */
  decimal: boolean;
  /** number of integer digits of an Arabic numeral (0 for Chinese) */
  intDigits: number;
}

const DOT = 0x2e, COMMA = 0x2c, DIAN = '点'.charCodeAt(0);
// After 千 these characters make a unit (千米, 千克, 千瓦…), not a scale;
// after 百 the character 分 starts 百分点/百分之.
const QIAN = '千'.charCodeAt(0), BAI = '百'.charCodeAt(0), WAN = '万'.charCodeAt(0), YI = '亿'.charCodeAt(0);
const AFTER_QIAN_UNIT = new Set(Array.from('米克瓦卡伏帕赫焦').map((c) => c.charCodeAt(0)));
const FEN = '分'.charCodeAt(0);

/** Whether the scale character at i starts a unit instead (千米, 百分点); shared with the rules. */
export function scaleEndsHere(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === QIAN && AFTER_QIAN_UNIT.has(next)) return true;
  if (c === BAI && next === FEN) return true;
  return false;
}

/** Read the Arabic numeral starting at i (exported for re-reading after a list marker) (digits, thousands separators, a decimal part, scale words). */
export function readArabic(text: string, i: number, n: number): NumberSpan {
  const start = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  let intDigits = i - start;
  // thousands separators: 1,076,420 (only well-formed groups)
  if (intDigits <= 3 && text.charCodeAt(i) === COMMA) {
    let k = i;
    let groups = 0;
    while (text.charCodeAt(k) === COMMA && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !isDigit(text.charCodeAt(k + 4))) {
      k += 4; groups++;
    }
    if (groups > 0) { intDigits += 3 * groups; i = k; }
  }
  let decimal = false;
  if (text.charCodeAt(i) === DOT && isDigit(text.charCodeAt(i + 1))) {
    decimal = true;
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  const numEnd = i;
  let exp = 0;
  while (i < n && CN_SCALE[text.charCodeAt(i)] && !scaleEndsHere(text, i)) {
    exp += CN_SCALE[text.charCodeAt(i)];
    i++;
  }
  const digits = text.slice(start, numEnd).replace(/,/g, '');
  const value = Number(exp ? `${digits}e${exp}` : digits);
  return { start, end: i, form: i > numEnd ? NumForm.MIXED : NumForm.ARABIC, value, decimal, intDigits };
}

function readChinese(text: string, i: number, n: number): NumberSpan {
  const start = i;
  let decimal = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (CLASS[c] === Cls.CNUM) {
      if (CN_SCALE[c] && scaleEndsHere(text, i)) break;
      i++;
      continue;
    }
    if (c === DIAN && !decimal && i > start && CN_DIGIT[text.charCodeAt(i + 1)] !== 255) {
      decimal = true;
      i++;
      continue;
    }
    break;
  }
  const value = chineseValue(text.slice(start, i));
  return { start, end: i, form: NumForm.CHINESE, value, decimal, intDigits: 0 };
}

/** Every numeral in the text, in order: Arabic, Chinese and mixed. */
export function locateNumbers(text: string, tokens: Tokens): NumberSpan[] {
  const out: NumberSpan[] = [];
  const n = text.length;
  let pos = 0;
  for (let t = 0; t < tokens.count; t++) {
    const k = tokens.kinds[t];
    if (k !== Cls.DIGIT && k !== Cls.CNUM) continue;
    const s = tokens.starts[t];
    if (s < pos) continue; // already consumed by the previous numeral
    const span = k === Cls.DIGIT ? readArabic(text, s, n) : readChinese(text, s, n);
    if (span.end > span.start) {
      out.push(span);
      pos = span.end;
    }
  }
  return out;
}

/**
 * Value of a Chinese numeral: positional (二〇二三 → 2023) or with scale
 * characters (三亿七千零六十二万 → 370620000), with 点 decimals (七点九 → 7.9)
 * and the colloquial elided last scale (一万二 → 12000).
 */
export function chineseValue(s: string): number {
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const intPart = dot === 0 ? 0 : chineseValue(s.slice(0, dot));
    let frac = '';
    for (let i = dot + 1; i < s.length; i++) {
      const d = CN_DIGIT[s.charCodeAt(i)];
      if (d === 255) return NaN;
      frac += d;
    }
    return Number(`${intPart}.${frac}`);
  }
  let hasScale = false;
  for (let i = 0; i < s.length; i++) if (CN_SCALE[s.charCodeAt(i)]) { hasScale = true; break; }
  if (!hasScale) {
    if (s.length === 1) return CN_DIGIT[s.charCodeAt(0)];
    let digits = '';
    for (let i = 0; i < s.length; i++) {
      const d = CN_DIGIT[s.charCodeAt(i)];
      if (d === 255) return NaN;
      digits += d;
    }
    return Number(digits);
  }
  let result = 0, wan = 0, section = 0, num = 0;
  let lastScale = 0; // power of ten of the last scale seen, for 一万二 / 三千五
  let zeroSince = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = CN_DIGIT[c];
    if (d !== 255) {
      if (d === 0) zeroSince = true;
      num = d;
      continue;
    }
    const p = CN_SCALE[c];
    if (p === 0) return NaN;
    if (p < 4) {
      section += (num === 0 ? 1 : num) * 10 ** p;
      num = 0;
    } else if (p === 4) {
      wan = (wan + section + num) * 1e4;
      if (wan === 0) wan = 1e4;
      section = 0; num = 0;
    } else {
      result = (result + wan + section + num) * 1e8;
      if (result === 0) result = 1e8;
      wan = 0; section = 0; num = 0;
    }
    lastScale = p;
    zeroSince = false;
  }
  if (num > 0 && !zeroSince && lastScale >= 2) num *= 10 ** (lastScale === 8 ? 7 : lastScale === 4 ? 3 : lastScale - 1);
  return result + wan + section + num;
}

/** Value of a numeral string of any form: "4.05亿", "1,076,420", "三分之一" is not handled here. */
export function numberValue(s: string): number {
  if (s.length === 0) return NaN;
  const c = s.charCodeAt(0);
  if (isDigit(c) || c === DOT) {
    let i = 0;
    while (i < s.length && (isDigit(s.charCodeAt(i)) || s.charCodeAt(i) === DOT || s.charCodeAt(i) === COMMA)) i++;
    let exp = 0;
    for (let k = i; k < s.length; k++) {
      const p = CN_SCALE[s.charCodeAt(k)];
      if (!p) return NaN;
      exp += p;
    }
    const digits = s.slice(0, i).replace(/,/g, '');
    return Number(exp ? `${digits}e${exp}` : digits);
  }
  return chineseValue(s);
}

export { WAN, YI };
