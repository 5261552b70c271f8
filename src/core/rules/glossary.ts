// Glossaries of a report (名词注释, 有关用语说明): one entry a line,
// "N．TERM:definition". A Chinese numeral inside an unquoted TERM names a
// slogan or a programme (三册一站, 五个必须, 四个抓落实, 两个过多依赖,
// 五个一工程): not a mention, like a quoted name (spec §5). N大 before a noun
// (五大基地, D-37) is read earlier by the n-da step; Arabic numerals in a
// term count (３个国家考古遗址公园).
import { CLASS, Cls, CN_DIGIT, CN_SCALE, codeIs } from '../../text/chars.js';
import { C, type Ctx, type Step } from './context.js';

/** Longest term read on either side of the numeral. */
const TERM_MAX = 20;

const termChar = (c: number) => CLASS[c] === Cls.CJK || CLASS[c] === Cls.CNUM || c === C.DUN || c === C.LQUOTE || c === C.RQUOTE;

/**
 * Whether text[start, end) lies in the term of a glossary entry: after a
 * line-opening "N." marker and before the colon that ends the term, with
 * only Han characters, numerals, 、 and quotation marks between.
 */
export function inGlossaryTerm(c: Ctx, start: number, end: number): boolean {
  const { text } = c;
  let k = start - 1;
  while (k >= 0 && start - k <= TERM_MAX && termChar(text.charCodeAt(k))) k--;
  if (k < 1 || text.charCodeAt(k) !== C.DOT || CLASS[text.charCodeAt(k - 1)] !== Cls.DIGIT) return false;
  let d = k - 1;
  while (d > 0 && CLASS[text.charCodeAt(d - 1)] === Cls.DIGIT) d--;
  if (k - d > 2 || !(d === 0 || c.atLineStart(d))) return false;
  let p = end;
  while (p < text.length && p - end <= TERM_MAX && termChar(text.charCodeAt(p))) p++;
  return codeIs(text, p, C.COLON);
}

export const glossaryTerm: Step = {
  id: 'negative.glossary-term',
  only: 'cn',
  apply: (c) => c.isCn && inGlossaryTerm(c, c.num.start, c.num.end),
};

/**
 * The article-like 一 in the explanation of a numeral name counts (D-38):
 * “四个一”…:围绕一条…一个…一家…一套; 五个一工程:评选一部…; “三个一”,即一个中心、一个平台.
 * True where the same sentence, before position i, holds N个一 naming something
 * (not 两个一百年, not 三个一号).
 */
export function definesNumeralName(text: string, i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 160; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 /* 。 */ || c === C.DOT || c === 0x3b /* ; */ || c === 0x21 || c === 0x3f) return false;
    if (c === 0x4e00 /* 一 */ && text.charCodeAt(k - 1) === C.GE) {
      const n = text.charCodeAt(k + 1);
      if (!CN_SCALE[n] && CN_DIGIT[n] === 255 && n !== C.HAO && n !== 0x6d41 /* 流 */) return true;
    }
  }
  return false;
}
