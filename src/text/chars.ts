// Character tables, built once. Every hot loop reads these instead of running
// regular expressions: one array load per character.

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

const cnDigits: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0,
  '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
// Financial forms (壹, 陆…) are left out: rare in reports, and 陆 or 伍 occur in
// ordinary words (内陆, 队伍).
const cnScales: Record<string, number> = { '十': 1, '百': 2, '千': 3, '万': 4, '萬': 4, '亿': 8, '億': 8 };

(function build() {
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  // Full-width ASCII block → ASCII; ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
  FOLD[0x3000] = 0x20;
  FOLD[0x00a0] = 0x20;
  FOLD['○'.charCodeAt(0)] = '〇'.charCodeAt(0);
  FOLD['﹪'.charCodeAt(0)] = '%'.charCodeAt(0);

  for (let c = 0; c < 65536; c++) {
    let k = Cls.OTHER;
    if (c >= 0x30 && c <= 0x39) k = Cls.DIGIT;
    else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c) k = Cls.SPACE;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) k = Cls.LATIN;
    else if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) k = Cls.PUNCT;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xfe30 && c <= 0xfe4f) || c === 0x00b7 || c === 0x2236 || c === 0xab || c === 0xbb) k = Cls.PUNCT;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) k = Cls.CJK;
    else if (c >= 0xd800 && c <= 0xdfff) k = Cls.SURROGATE;
    CLASS[c] = k;
  }
  // full-width forms share the class of their half-width counterparts (１ is a digit, ， punctuation)
  for (let c = 0xff01; c <= 0xff5e; c++) CLASS[c] = CLASS[FOLD[c]];
  CLASS[0x3000] = Cls.SPACE;
  for (const [ch, v] of Object.entries(cnDigits)) {
    const c = FOLD[ch.charCodeAt(0)];
    CN_DIGIT[c] = v;
    CLASS[c] = Cls.CNUM;
  }
  for (const [ch, v] of Object.entries(cnScales)) {
    CN_SCALE[ch.charCodeAt(0)] = v;
    CLASS[ch.charCodeAt(0)] = Cls.CNUM;
  }
})();

export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
export const isSpace = (c: number) => CLASS[c] === Cls.SPACE;
