// Properties of the numeral core that no table can cover: random numbers
// rendered in each written style read back to the same value, with
// whitespace and line breaks anywhere a PDF extraction puts them; random
// Unicode never throws and always yields valid, ordered offsets. Time is
// guarded only by generous timeouts (a super-linear pass over the long
// inputs below cannot finish within them); speed is measured in benchmarks/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/core/read-numbers.js';
import { extractRules } from '../src/core/pipeline.js';
import { checkMentions } from '../src/data/mentions.js';
import { CodePoints } from '../src/text/codepoints.js';
import { charOrNone, CLASS, classAt, codeAt, codeIs } from '../src/text/chars.js';

// ---------- renderers ----------

interface Style { digits: string; scales: [string, string, string]; wan: string; yi: string; liang: boolean; leadingTen: boolean }
const STANDARD: Style = { digits: '零一二三四五六七八九', scales: ['十', '百', '千'], wan: '万', yi: '亿', liang: false, leadingTen: true };
const FINANCIAL: Style = { digits: '零壹贰叁肆伍陆柒捌玖', scales: ['拾', '佰', '仟'], wan: '万', yi: '亿', liang: false, leadingTen: false };
const TRADITIONAL: Style = { digits: '零一二三四五六七八九', scales: ['十', '百', '千'], wan: '萬', yi: '億', liang: true, leadingTen: true };

/** A group below 10000 with the 零 rules: 1010 → 一千零一十, 1001 → 一千零一. */
function group(g: number, st: Style, first: boolean): string {
  const ds = [Math.floor(g / 1000), Math.floor(g / 100) % 10, Math.floor(g / 10) % 10, g % 10];
  let out = '';
  let zero = false;
  for (let k = 0; k < 4; k++) {
    const d = ds[k];
    if (d === 0) { if (out) zero = true; continue; }
    if (zero) { out += st.digits[0]; zero = false; }
    const scale = k < 3 ? st.scales[2 - k] : '';
    // 十二 rather than 一十二 at the very start (standard style); 两千 in the traditional style
    if (k === 2 && d === 1 && first && out === '' && st.leadingTen) out += scale;
    else out += (st.liang && d === 2 && (k === 0 || k === 1) ? '兩' : st.digits[d]) + scale;
  }
  return out;
}

/** n in Chinese (0 < n < 10^12): 一亿零一, 十一万, 一百万零一十. */
export function chinese(n: number, st: Style): string {
  const parts = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const names = [st.yi, st.wan, ''];
  let out = '';
  let gap = false; // a zero group or a short group after a higher one needs one 零
  for (let k = 0; k < 3; k++) {
    const g = parts[k];
    if (g === 0) { if (out) gap = true; continue; }
    if (out && (gap || g < 1000)) out += st.digits[0];
    out += group(g, st, out === '') + names[k];
    gap = false;
  }
  return out;
}

/** n as mixed digits and scales: 5万4千6百, 1亿2000万. */
const mixed = (a: number, b: number, d3: number, d2: number) =>
  (a ? `${a}亿` : '') + (b ? `${b}万` : '') + (d3 ? `${d3}千` : '') + (d2 ? `${d2}百` : '');

const WHITESPACE = [' ', '  ', '\n', '\n\n', '\u3000', '\u2002', '\u00a0', ' \n '];

/** Whitespace inserted at random places, except between two Arabic digits ("5 38" is two numbers). */
const spaced = (s: string) => fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WHITESPACE)), { maxLength: 4 }).map((ins) => {
  const cs = Array.from(s);
  const out: string[] = [];
  const at = new Map<number, string>();
  for (const [p, w] of ins) if (cs.length > 1) at.set(1 + (p % (cs.length - 1)), w);
  cs.forEach((ch, k) => {
    const w = at.get(k);
    if (w && !(/[0-9０-９]/.test(cs[k - 1]) && /[0-9０-９]/.test(ch))) out.push(w);
    out.push(ch);
  });
  return out.join('');
});

const only = (text: string) => {
  const ns = readNumbers(text);
  expect(ns).toHaveLength(1);
  return ns[0].value;
};

const upTo12 = fc.integer({ min: 1, max: 999_999_999_999 });

describe('properties: a number rendered in each style reads back to the same value', () => {
  it('standard Chinese, with the 零 rules', () => {
    fc.assert(fc.property(upTo12, (n) => { expect(only(`共${chinese(n, STANDARD)}元`)).toBe(n); }), { numRuns: 2000 });
  });
  it('financial (壹拾, 伍万陆仟)', () => {
    // 肆, 伍, 陆 alone are word characters (肆意, 队伍, 内陆), read only with more numeral around them
    fc.assert(fc.property(upTo12.filter((n) => n !== 4 && n !== 5 && n !== 6), (n) => { expect(only(`人民币${chinese(n, FINANCIAL)}元整`)).toBe(n); }), { numRuns: 2000 });
  });
  it('traditional (萬, 億, 兩)', () => {
    fc.assert(fc.property(upTo12, (n) => { expect(only(`共${chinese(n, TRADITIONAL)}件`)).toBe(n); }), { numRuns: 2000 });
  });
  it('positional years (一九八一, 二〇二三)', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 2999 }), (y) => {
      const s = String(y).split('').map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
      expect(only(`${s}年`)).toBe(y);
    }));
  });
  it('mixed digits and scale words (5万4千6百, 1亿2000万)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }),
      (a, b, d3, d2) => {
        fc.pre(a + b + d3 + d2 > 0);
        const text = mixed(a, b, d3, d2);
        expect(only(`投资${text}元`)).toBe(a * 1e8 + b * 1e4 + d3 * 1000 + d2 * 100);
      }), { numRuns: 2000 });
  });
  it('Arabic with thousands separators, decimals and a scale, half- or full-width', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '万', '亿', '万亿'), fc.boolean(), fc.boolean(),
      (int, frac, scale, commas, wide) => {
        let s = commas ? int.toLocaleString('en-US') : String(int);
        if (frac) s += `.${String(frac).padStart(2, '0')}`;
        const want = Number(`${int}.${String(frac).padStart(2, '0')}e${scale === '万' ? 4 : scale === '亿' ? 8 : scale ? 12 : 0}`);
        // full-width digits and point; the separator stays ASCII (the full-width ， is the Chinese comma, never a separator)
        if (wide) s = s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(only(`收入${s}${scale}元`)).toBe(want);
      }), { numRuns: 2000 });
  });
  it('decimals of any length, with or without a scale, read as Number() reads their digits (fast path and parse alike)', () => {
    // up to 15 digits in all are read as one integer over or times a power of ten; more are parsed
    fc.assert(fc.property(fc.stringMatching(/^[1-9][0-9]{0,9}$/), fc.stringMatching(/^[0-9]{1,9}$/), fc.constantFrom('', '万', '亿', '万亿'),
      (int, frac, scale) => {
        const want = Number(`${int}.${frac}e${scale === '万' ? 4 : scale === '亿' ? 8 : scale ? 12 : 0}`);
        expect(only(`收入${int}.${frac}${scale}元`)).toBe(want);
      }), { numRuns: 3000 });
  });
  it('a minus sign makes it negative', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('-', '－', '−'), (n, sign) => {
      expect(only(`增长${sign}${n / 10}%`)).toBe(-n / 10);
    }));
  });
  it('whitespace and line breaks anywhere inside a Chinese numeral', () => {
    fc.assert(fc.property(upTo12.chain((n) => spaced(chinese(n, STANDARD)).map((s) => [n, s] as const)), ([n, s]) => {
      expect(only(`共${s}元`)).toBe(n);
    }), { numRuns: 2000 });
  });
  it('whitespace inside a decimal numeral with a scale, except between two digits', () => {
    const arb = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('万', '亿')).chain(([int, frac, scale]) => {
      const digits = `${int}.${String(frac).padStart(2, '0')}`;
      return spaced(`${digits}${scale}`).map((sp) => [Number(`${digits}e${scale === '万' ? 4 : 8}`), sp] as const);
    });
    fc.assert(fc.property(arb, ([want, sp]) => { expect(only(`收入${sp}元`)).toBe(want); }), { numRuns: 2000 });
  });
  it('renderers agree with known readings (a check of the test itself)', () => {
    expect(chinese(100000001, STANDARD)).toBe('一亿零一');
    expect(chinese(1010, STANDARD)).toBe('一千零一十');
    expect(chinese(110000, STANDARD)).toBe('十一万');
    expect(chinese(1000010, STANDARD)).toBe('一百万零一十');
    expect(chinese(56000, FINANCIAL)).toBe('伍万陆仟');
    expect(chinese(22000, TRADITIONAL)).toBe('二萬兩千');
    expect(mixed(0, 5, 4, 6)).toBe('5万4千6百');
  });
});

// ---------- robustness ----------

const unicodeText = fc.string({ unit: 'binary', maxLength: 300 });
const numeralSoup = fc.string({ unit: fc.constantFrom(...'0123456789０１２.,，-－负一二两三十百千万亿零〇壹拾佰仟伍陆几多余成分之点年月日个元%‰ \n\u3000第前表'.split('')), maxLength: 200 });

/** The first span that is out of order, empty, outside the text or not its text; null when all are valid. */
function badOffset(text: string, ns: { start: number; end: number; text: string }[]): unknown {
  const cps = Array.from(text);
  let last = 0;
  for (const n of ns) {
    if (n.start < last || n.end <= n.start || n.end > cps.length || cps.slice(n.start, n.end).join('') !== n.text) return n;
    last = n.end;
  }
  return null;
}
const validOffsets = (text: string, ns: { start: number; end: number; text: string }[]) => expect(badOffset(text, ns)).toBeNull();

describe('properties: any input', () => {
  it('readNumbers never throws, gives finite values and valid ordered code-point offsets (random Unicode)', () => {
    fc.assert(fc.property(unicodeText, (text) => {
      const ns = readNumbers(text);
      for (const n of ns) expect(Number.isFinite(n.value)).toBe(true);
      validOffsets(text, ns);
    }), { numRuns: 3000 });
  });
  it('readNumbers on numeral soup: same guarantees', () => {
    fc.assert(fc.property(numeralSoup, (text) => {
      const ns = readNumbers(text);
      for (const n of ns) expect(Number.isFinite(n.value)).toBe(true);
      validOffsets(text, ns);
    }), { numRuns: 3000 });
  });
  it('the rule extractor gives a valid mention list on random Unicode and numeral soup', () => {
    fc.assert(fc.property(fc.oneof(unicodeText, numeralSoup), (text) => {
      const ms = extractRules(text);
      const { problems } = checkMentions(ms, new CodePoints(text));
      expect(problems.map((p) => p.message)).toEqual([]);
    }), { numRuns: 3000 });
  });
  // A quadratic pass over these inputs of 300,000 characters (10^11 steps)
  // cannot finish within the generous limit; the speed itself is benchmarked.
  it('long pathological inputs finish (no super-linear blow-up)', () => {
    const N = 300_000;
    const units = ['一', '1,', '万', '-', '负1', '1998、', '表1\n', '二十几', '1分', '“1', '1:', '四、', '为零', '翻一番'];
    const inputs = units.map((u) => u.repeat(Math.ceil(N / u.length)));
    inputs.push(`表1\n产量(万吨)\n${'粮食\n1.5\n'.repeat(N / 8)}`);
    inputs.push('翻一番'.repeat(400_000)); // more mentions in one block than a spread can push
    for (const t of inputs) {
      validOffsets(t, readNumbers(t));
      validOffsets(t, extractRules(t));
    }
  }, 120_000);
});

// The reads the rule steps make where a position may lie outside the text
// (a text that ends right after a numeral, or starts at one): the answers of
// charCodeAt and [] there, without the read that V8's optimized code is
// thrown away at (src/text/chars.ts).
describe('properties: reads at any position answer as charCodeAt does', () => {
  it.each([
    ['inside', '年月', 1, true],
    ['the first unit', '年月', 0, true],
    ['one past the end', '年月', 2, false],
    ['before the start', '年月', -1, false],
    ['in an empty text', '', 0, false],
  ])('%s', (_, text, i, inside) => {
    expect(codeIs(text, i, 0x6708)).toBe(text.charCodeAt(i) === 0x6708);
    expect(codeAt(text, i)).toBe(inside ? text.charCodeAt(i) : -1);
    expect(classAt(text, i)).toBe(inside ? CLASS[text.charCodeAt(i)] : -1);
    expect(charOrNone(text, i)).toBe(text[i]);
  });
  it('on any text and any integer position, near the ends included', () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.integer({ min: -3, max: 11 }), fc.integer({ min: 0, max: 0xffff }), (text, i, code) => {
      const c = text.charCodeAt(i);
      expect(codeIs(text, i, code)).toBe(c === code);
      expect(codeIs(text, i, text.charCodeAt(0))).toBe(c === text.charCodeAt(0));
      expect(codeAt(text, i)).toBe(Number.isNaN(c) ? -1 : c);
      expect(classAt(text, i)).toBe(Number.isNaN(c) ? -1 : CLASS[c]);
      expect(charOrNone(text, i)).toBe(text[i]);
    }), { numRuns: 2000 });
  });
});
