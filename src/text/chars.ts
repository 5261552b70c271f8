// Character tables, built once. Every hot loop reads these instead of running
// regular expressions: one array load per character.
import { TRADITIONAL_PAIRS } from './traditional.js';

export const enum Cls {
  OTHER = 0,
  SPACE = 1,
  DIGIT = 2,   // 0-9 (after folding)
  CNUM = 3,    // Chinese numeral digits and scale characters
  CJK = 4,     // any other Han character
  LATIN = 5,
  PUNCT = 6,
  SURROGATE = 7,
}

/** Class of each UTF-16 unit of the normalized text. */
export const CLASS = new Uint8Array(65536);
/** Half-width replacement of each UTF-16 unit (identity for most). */
export const FOLD = new Uint16Array(65536);
/** Digit value of Chinese numeral digits (0-9), 255 otherwise. */
export const CN_DIGIT = new Uint8Array(65536).fill(255);
/** Power of ten of Chinese scale characters (十 → 1, 万 → 4, 亿 → 8), 0 otherwise. */
export const CN_SCALE = new Uint8Array(65536);

/**
 * The characters of a round tens (廿 = 二十, 卅 = 三十): the digit of its tens,
 * 0 otherwise. They are Chinese numerals (Cls.CNUM) that are neither a digit
 * nor a scale; chineseValue reads them only at a numeral's start (廿一 = 21,
 * 廿万 = 200000, 三月廿日), never inside one (五卅).
 */
export const CN_TENS = new Uint8Array(65536);

/**
 * A table by UTF-16 unit with `mark` at each unit of `chars`, 0 elsewhere: a
 * test of one character by one read, where a string's includes() made a
 * string of the character first and searched. Read it with charCodeAt (a
 * read past the text is NaN, which reads undefined: no mark).
 */
export function charTable(chars: string, mark = 1, table: Uint8Array<ArrayBuffer> = new Uint8Array(65536)): Uint8Array<ArrayBuffer> {
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = mark;
  return table;
}

/** Financial numerals (壹, 拾…): 1 for those that are also ordinary words alone (伍 in 队伍, 陆 in 内陆, 拾 in 收拾, 肆 in 肆意), 2 for the others; 0 otherwise. */
export const FINANCIAL = new Uint8Array(65536);

const cnDigits: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0,
  '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
// Financial forms are numerals too, but the numeral locator reads one only
// inside a run that is a numeral as a whole (伍万陆仟), never alone (队伍, 内陆, 收拾).
const finDigits: Record<string, number> = {
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '叄': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};
const cnTens: Record<string, number> = { '廿': 2, '卅': 3 };
const cnScales: Record<string, number> = { '十': 1, '百': 2, '千': 3, '万': 4, '萬': 4, '亿': 8, '億': 8 };
const finScales: Record<string, number> = { '拾': 1, '佰': 2, '仟': 3 };
// Whitespace beyond ASCII: en/em and other typographic spaces, line and
// paragraph separators, zero-width spaces and the BOM (PDF extraction leaves them inside numbers).
const SPACES = [0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

const LATIN_RANGES = [[0x41, 0x5a], [0x61, 0x7a]];

const folded: number[] = [];
/** The units that FOLD changes (every other unit folds to itself; recorded as FOLD is filled), for tables derived from FOLD without a loop over all 65,536. */
export const FOLDED: readonly number[] = folded;

// Built with range fills: a loop over all 65,536 units runs in the
// interpreter at module load, ~25 ms in every worker thread that starts.
(function build() {
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  const fold = (c: number, to: number) => { FOLD[c] = to; if (c !== to) folded.push(c); };
  // Full-width ASCII block → ASCII; ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) fold(c, c - 0xfee0);
  for (const c of SPACES) fold(c, 0x20);
  // minus signs and hyphens: one hyphen-minus, read as a sign or a range mark by context
  for (const c of [0x2010, 0x2011, 0x2013, 0x2212, 0xfe63]) fold(c, 0x2d);
  // the dashes GB2312's mappings and fonts give for the Chinese dash (― U+2015 for 0xA1AA, ‒ U+2012, ⸺ U+2E3A): read as
  // the em dash and the hyphen (2019―2023年 read as 2023年 alone: session 49's review)
  fold(0x2015, 0x2014);
  fold(0x2e3a, 0x2014);
  fold(0x2012, 0x2d);
  fold('○'.charCodeAt(0), '〇'.charCodeAt(0));
  // traditional characters read as their simplified ones (三萬餘件 = 三万余件, 不少於 = 不少于, 五年計劃 = 五年计划):
  // OpenCC's table, less what simplified text also writes (traditional.ts; it was a list of the characters around
  // numbers until session 44, and traditional text read as unknown words the rules know in simplified script)
  for (let k = 0; k < TRADITIONAL_PAIRS.length; k += 2) fold(TRADITIONAL_PAIRS.charCodeAt(k), TRADITIONAL_PAIRS.charCodeAt(k + 1));
  fold('﹪'.charCodeAt(0), '%'.charCodeAt(0));

  // the ranges are disjoint; everything else stays OTHER (0)
  const fill = (k: Cls, from: number, to: number) => CLASS.fill(k, from, to + 1);
  fill(Cls.DIGIT, 0x30, 0x39);
  for (const c of [0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]) CLASS[c] = Cls.SPACE;
  for (const [a, b] of LATIN_RANGES) fill(Cls.LATIN, a, b);
  for (const [a, b] of [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e], [0x3000, 0x303f], [0x2000, 0x206f], [0xfe30, 0xfe4f]]) fill(Cls.PUNCT, a, b);
  for (const c of [0x00b7, 0x2236, 0xab, 0xbb]) CLASS[c] = Cls.PUNCT;
  for (const [a, b] of [[0x4e00, 0x9fff], [0x3400, 0x4dbf], [0xf900, 0xfaff]]) fill(Cls.CJK, a, b);
  fill(Cls.SURROGATE, 0xd800, 0xdfff);
  // full-width forms share the class of their half-width counterparts (１ is a digit, ， punctuation)
  for (let c = 0xff01; c <= 0xff5e; c++) CLASS[c] = CLASS[FOLD[c]];
  for (const c of SPACES) CLASS[c] = Cls.SPACE;
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2015, 0x2212, 0xfe63, 0x2e3a]) CLASS[c] = Cls.PUNCT;
  // every numeral table is keyed by the character as written and as folded
  for (const [ch, v] of Object.entries(finDigits)) {
    for (const c of [ch.charCodeAt(0), FOLD[ch.charCodeAt(0)]]) {
      CN_DIGIT[c] = v;
      CLASS[c] = Cls.CNUM;
      FINANCIAL[c] = v === 4 || v === 5 || v === 6 ? 1 : 2;
    }
  }
  for (const [ch, v] of Object.entries(finScales)) {
    const c = ch.charCodeAt(0);
    CN_SCALE[c] = v;
    CLASS[c] = Cls.CNUM;
    FINANCIAL[c] = ch === '拾' ? 1 : 2;
  }
  for (const [ch, v] of Object.entries(cnDigits)) {
    for (const c of [ch.charCodeAt(0), FOLD[ch.charCodeAt(0)]]) {
      CN_DIGIT[c] = v;
      CLASS[c] = Cls.CNUM;
    }
  }
  for (const [ch, v] of Object.entries(cnScales)) {
    CN_SCALE[ch.charCodeAt(0)] = v;
    CLASS[ch.charCodeAt(0)] = Cls.CNUM;
  }
  for (const [ch, v] of Object.entries(cnTens)) {
    CN_TENS[ch.charCodeAt(0)] = v;
    CLASS[ch.charCodeAt(0)] = Cls.CNUM;
  }
})();

/** The Latin letters (Cls.LATIN), half and full width, as a string (for the rule steps' `when`). */
export const LATIN_LETTERS = LATIN_RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k, a + k + 0xfee0))).join('');

/** The scale characters whose power of ten is at least `min` (2: 百千万亿 and their other forms), as a string. */
export const scaleChars = (min: number) => Object.entries({ ...cnScales, ...finScales }).filter(([, p]) => p >= min).map(([ch]) => ch).join('');

export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

// Reads at a position that may lie outside the text: a text that ends right
// after a numeral, or starts right at one, has the rule steps look there.
// charCodeAt gives NaN, but V8's optimized code assumes a read inside the
// string and is thrown away at the first read outside it: the function is
// compiled again (a rule step's 100-200 ms), once for each such place, in
// every worker (docs/speed.md, "Reads past a text's ends"). These answer as
// charCodeAt would, without the read.
/** text.charCodeAt(i) === code, for an i that may be outside the text (false there). */
export const codeIs = (text: string, i: number, code: number): boolean => i >= 0 && i < text.length && text.charCodeAt(i) === code;
/**
 * text.charCodeAt(i), but -1 outside the text, where charCodeAt gives NaN:
 * a comparison compiled for small integers is thrown away at NaN too. Equal
 * to no character, and no digit (isDigit); a caller comparing with < minds it.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
/** The class of text[i] (CLASS), -1 outside the text (as Ctx.afterCls): equal to no class. */
export const classAt = (text: string, i: number): number => (i >= 0 && i < text.length ? CLASS[text.charCodeAt(i)] : -1);
/** Whether a phrase ends at i: the text's end, punctuation or whitespace. */
export function phraseEndsAt(text: string, i: number): boolean {
  const k = classAt(text, i);
  return k === -1 || k === Cls.PUNCT || k === Cls.SPACE;
}
/**
 * Where a quotation opens whose closing mark is text[at] (“十三五”, 「双碳」, "西电东送"), at most `max` characters before
 * it; -1 where text[at] closes none. For the looks back over a noun that may hold a quoted name.
 */
export function quoteOpenBefore(text: string, at: number, max: number): number {
  const c = codeAt(text, at);
  const open = c === 0x201d ? 0x201c : c === 0x300d ? 0x300c : c === 0x22 ? 0x22 : -1;
  if (open === -1) return -1;
  for (let k = at - 1; k >= 0 && at - k <= max; k--) if (text.charCodeAt(k) === open) return k;
  return -1;
}
/** Whether 陆 at k opens 陆地 or 陆域: land, not the financial numeral 6 (约占世界陆地面积的十分之一; session 50's review). */
export const landAt = (text: string, k: number) => text.charCodeAt(k) === 0x9646 /* 陆 */ && '地域'.includes(text[k + 1] ?? '\0');
/** Whether text[i] is a digit or a Chinese numeral (Cls.DIGIT, Cls.CNUM); false outside the text. */
export function numeralClassAt(text: string, i: number): boolean {
  const k = classAt(text, i);
  return k === Cls.DIGIT || k === Cls.CNUM;
}
/** text[i]: undefined outside the text (an empty string would be "included" in every word). */
export const charOrNone = (text: string, i: number): string | undefined => (i >= 0 && i < text.length ? text[i] : undefined);
export const isSpace = (c: number) => CLASS[c] === Cls.SPACE;
/** A Chinese tens, hundreds or thousands place (十, 百, 千; 廿 and 卅 too): 几 after it is "and some" (二十几, 廿几, D-48). */
export const isTensToThousands = (c: number) => (CN_SCALE[c] > 0 && CN_SCALE[c] < 4) || CN_TENS[c] > 0;
/** A Latin letter (ASCII, or full width before folding). */
export const isLatin = (c: number) => CLASS[c] === Cls.LATIN;
/** A Han character of the basic block (U+4E00–U+9FFF), numerals included: the running text of the reports. */
export const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Whether a raw character may belong to a number: a digit of any width, a
 * Chinese or financial numeral, a decimal point. Cuts made without reading
 * the numbers (a block with no sentence end) keep away from these, so that
 * `13916⏎件` is never split.
 */
export function isNumeralChar(c: number): boolean {
  const f = FOLD[c];
  const k = CLASS[f];
  return k === Cls.DIGIT || k === Cls.CNUM || FINANCIAL[c] > 0 || f === 0x2e;
}

/**
 * Whether c is a range mark: 至, 到, -, —, ~, 〜 (rules/context.ts's RANGE_CHARS). It compares: a Set lookup here was a
 * measurable part of the unit step. Literal codes, not C's fields: its
 * bytecode, which TurboFan counts against each caller's inlining budget,
 * was 89 bytes long with the six field loads, and the unit step inlines it;
 * a test holds it to RANGE_CHARS over every unit.
 */
export const isRangeChar = (c: number) => c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */ || c === 0x2d /* - */ || c === 0x2014 /* — */ || c === 0x7e /* ~ */ || c === 0x301c /* 〜 */;
