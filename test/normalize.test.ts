import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPlain, normalize, rawSpan, RUN } from '../src/core/normalize.js';
import { NORMALIZE_WASM } from '../src/core/normalize-wasm.js';
import { normalizeInJs } from '../src/core/normalize-js.js';
import { assembleWat } from '../scripts/wat.mjs';
import { tokenize, tokenList, type Tokens } from '../src/core/tokenize.js';
import { CLASS, CN_DIGIT, CN_SCALE, CN_TENS, Cls, FOLD, LATIN_LETTERS, scaleChars } from '../src/text/chars.js';

describe('normalize', () => {
  it.each([
    ['２０２４年１月１８日', '2024年1月18日'],
    ['９５．１９％', '95.19%'],
    ['13916\n件', '13916件'],
    ['负 责 人 应 出 庭', '负责人应出庭'],
    ['29.23 亿元', '29.23亿元'],
    ['８３７７９亿 元 (省 本 级 １８１３ 亿 元)', '83779亿元(省本级1813亿元)'],
    ['共 5 38人', '共5 38人'], // two numbers stay apart
    ['PM 2.5', 'PM 2.5'],
    // a space stays only between two of digit and Latin letter (keepSpace)
    ['Wi Fi', 'Wi Fi'],
    ['5 G网络', '5 G网络'],
    ['GDP 增长', 'GDP增长'],
    ['增长 GDP', '增长GDP'],
    ['达 5', '达5'],
    ['二○二三年', '二〇二三年'],
    ['－１．９％', '-1.9%'],
    // every Unicode space is whitespace (D-42); zero-width ones separate nothing
    ['81.63\u2002亿元', '81.63亿元'],
    ['0.9\u3000%', '0.9%'],
    ['421.9亿\u00a0\u00a0元', '421.9亿元'],
    ['12\u200b345', '12345'],
    ['5\u2003 38', '5 38'],
    // minus signs and dashes are one hyphen-minus; traditional characters around numbers fold
    ['−5%，2021–2025年', '-5%,2021-2025年'],
    ['三萬餘件，兩億', '三万余件,两亿'],
  ])('%j → %j', (raw, want) => {
    expect(normalize(raw).text).toBe(want);
  });

  it.each([
    ['提升到９５．１９％，新执行', '95.19%'],
    ['结案\n\n13916\n件，同比', '13916件'],
    ['预算８３７７９亿 元,其中', '83779亿元'],
    ['共有2023 年\n的数据', '2023年'],
    ['𠀀𠀁村１２３户', '123户'],
  ])('round trip: the raw span of %j maps back exactly', (raw, target) => {
    const n = normalize(raw);
    const s = n.text.indexOf(target);
    const [rs, re] = rawSpan(n, s, s + target.length);
    expect(normalize(raw.slice(rs, re)).text).toBe(target);
    // the raw span starts and ends on the first and last characters, not on folded space
    expect(/\s/.test(raw[rs])).toBe(false);
    expect(/\s/.test(raw[re - 1])).toBe(false);
  });

  it('keeps a lone surrogate as one replacement unit and never shifts offsets', () => {
    const raw = 'a\ud800b１２件';
    const n = normalize(raw);
    expect(n.text.length).toBe(raw.length);
    expect(n.text.endsWith('12件')).toBe(true);
  });

  it.each([
    ['表1 主要指标\n表2', [0, 8]],
    ['代表\n 表3\r\n\u3000表彰', [4, 9]],
    ['代表大会,表决', []], // 表 inside a line: no title there
    ['', []],
  ])('lists where a table title can start in %j: %j', (raw, want) => {
    expect(normalize(raw).titles).toEqual(want);
  });

  it('lists every line-starting 表 (the table pass looks nowhere else)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('表', '\n', ' ', '\u3000', '\t', '代', '1', '\r'), { maxLength: 40 }), (parts) => {
      const raw = parts.join('');
      const titles = new Set(normalize(raw).titles);
      for (let k = 0; k < raw.length; k++) if (raw[k] === '表' && /(^|\n)[ \u3000\t]*$/.test(raw.slice(0, k))) expect(titles.has(k)).toBe(true);
    }));
  });

  it('handles empty text', () => {
    expect(normalize('').text).toBe('');
  });

  it('keeps its offset map unless asked for a transient one, which the next transient call overwrites', () => {
    const kept = normalize('１ ２件');
    const shared = normalize('一 二 三', true);
    expect([...shared.toRaw]).toEqual([0, 2, 4, 5]);
    normalize('xy', true);
    expect([...kept.toRaw]).toEqual([0, 1, 2, 3, 4]);
    expect([...shared.toRaw]).not.toEqual([0, 2, 4, 5]); // overwritten: the pipeline is done with a block before the next
  });
});

// normalize's rules written out plainly, a unit at a time (the head of
// normalize.ts states them; normalize.wat carries them out fast)
function plainNormalize(raw: string) {
  const n = raw.length, BIAO = 0x8868;
  const space = (u: number) => CLASS[FOLD[u]] === Cls.SPACE;
  const keeps = (c: number) => CLASS[c] === Cls.DIGIT || CLASS[c] === Cls.LATIN;
  let text = '';
  const toRaw: number[] = [], titles: number[] = n > 0 && raw.charCodeAt(0) === BIAO ? [0] : [];
  let surrogates = false, hanFolded = false;
  for (let i = 0; i < n;) {
    const u = raw.charCodeAt(i);
    if (space(u)) {
      let e = i, visible = false;
      for (; e < n && space(raw.charCodeAt(e)); e++) if (raw[e] !== '\u200b' && raw[e] !== '\ufeff') visible = true;
      if (e < n && raw.charCodeAt(e) === BIAO) titles.push(e);
      if (text.length > 0 && e < n && visible && keeps(text.charCodeAt(text.length - 1)) && keeps(FOLD[raw.charCodeAt(e)])) { text += ' '; toRaw.push(i); }
      i = e;
      continue;
    }
    // the second of a pair of em dashes (——, spaces between or not) is dropped
    if (FOLD[u] === 0x2014 && text.charCodeAt(text.length - 1) === 0x2014) { i++; continue; }
    if (CLASS[FOLD[u]] === Cls.SURROGATE) surrogates = true;
    if (FOLD[u] !== u && u >= 0x3400 && u <= 0x9fff) hanFolded = true;
    text += String.fromCharCode(FOLD[u]);
    toRaw.push(i++);
  }
  toRaw.push(n);
  // the runs: digits, Chinese numerals, and everything else
  const kind = (c: number) => (CLASS[c] === Cls.DIGIT || CLASS[c] === Cls.CNUM ? CLASS[c] : Cls.OTHER);
  const kinds: number[] = [], starts: number[] = [];
  for (let j = 0; j < text.length; j++) if (j === 0 || kind(text.charCodeAt(j)) !== kind(text.charCodeAt(j - 1))) { kinds.push(kind(text.charCodeAt(j))); starts.push(j); }
  starts.push(text.length);
  const yuan: number[] = [];
  for (let j = 0; j < text.length; j++) if (text[j] === '元') yuan.push(j);
  return { text, toRaw, titles, surrogates, hanFolded, kinds, starts, yuan };
}
const asPlain = (raw: string, norm = normalize) => {
  const n = norm(raw);
  return { text: n.text, toRaw: [...n.toRaw], titles: [...n.titles], surrogates: n.surrogates, hanFolded: n.hanFolded, kinds: [...n.numerals.kinds], starts: [...n.numerals.starts], yuan: [...n.yuan] };
};

describe('normalize, the WebAssembly loop', () => {
  it('is normalize.wat assembled (npm run build:wasm after editing it)', async () => {
    const source = readFileSync(new URL('../src/core/normalize.wat', import.meta.url), 'utf8');
    const built = await assembleWat(source, 'normalize.wat');
    expect(Buffer.from(built).equals(Buffer.from(NORMALIZE_WASM, 'base64'))).toBe(true);
  });

  // the loop where WebAssembly cannot run must give the same: both against the rules
  it.each([['normalize', normalize], ['its JavaScript loop', normalizeInJs]])('%s follows the rules written out plainly, on any text', (_, norm) => {
    const alphabet = [...'0123456789０１２一二十百万亿零〇壹两萬億兩貳個戶年元件表代国，。、.,%-－— \n\n\r\t\u3000\u200b\ufeff\u00a0\u2002AbＡａZ'].concat(['\ud800', '\udc00', '😀', '\n表', ' 表', '\n\n']);
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
      const raw = chars.join('');
      expect(asPlain(raw, norm)).toEqual(plainNormalize(raw));
    }), { numRuns: 3000 });
  });

  it.each([['normalize', normalize], ['its JavaScript loop', normalizeInJs]])('%s follows them on every seed report, whole and in pieces', (_, norm) => {
    const dir = new URL('../seeds/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const raw = readFileSync(new URL(f, dir), 'utf8');
      expect(asPlain(raw, norm), f).toEqual(plainNormalize(raw));
      for (let a = 0; a < raw.length; a += 7919) expect(asPlain(raw.slice(a, a + 3001), norm), `${f} at ${a}`).toEqual(plainNormalize(raw.slice(a, a + 3001)));
    }
  });

  // Where WebAssembly cannot run or cannot reserve its memory, the JavaScript
  // loop takes over: zhnum extract prints the same lines (the built CLI)
  describe('where it cannot run', () => {
    const CLI = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-wasm-'));
    const seeds = fileURLToPath(new URL('../seeds/', import.meta.url));
    const input = join(dir, 'in.txt');
    writeFileSync(input, readFileSync(join(seeds, readdirSync(seeds).filter((x) => x.endsWith('.txt')).sort()[0]), 'utf8').slice(0, 20_000));
    const extract = (node: string[], shell?: string) => {
      const r = shell
        ? spawnSync('bash', ['-c', `${shell}; exec "$0" "$@"`, process.execPath, ...node, CLI, 'extract', '--jobs', '2', input], { encoding: 'utf8', timeout: 120_000 })
        : spawnSync(process.execPath, [...node, CLI, 'extract', '--jobs', '2', input], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const usual = () => extract([]);
    it('without WebAssembly (node --jitless)', () => {
      const out = usual();
      expect(out.split('\n').length).toBeGreaterThan(100);
      expect(extract(['--jitless'])).toBe(out);
    });
    it.skipIf(process.platform !== 'linux')('with too little address space for its memories (ulimit -v of 8 GB)', () => {
      expect(extract([], 'ulimit -v 8388608')).toBe(usual());
    });
  });

  it('keeps a transient map intact through kept calls that need more memory, and takes texts longer than a block', () => {
    const shared = normalize('一 二 三', true);
    normalize('１ ２件'); // a kept call of a block's size: it works in another memory
    expect([...shared.toRaw]).toEqual([0, 2, 4, 5]);
    normalize('１２ 件\n'.repeat(100_000)); // a kept call: a larger memory in its instance's place
    const big = normalize('一 二\n'.repeat(50_000), true); // a transient one: the same, the map before stays whole
    expect([...shared.toRaw]).toEqual([0, 2, 4, 5]);
    expect(big.toRaw[big.text.length]).toBe(200_000);
    expect([...shared.toRaw]).toEqual([0, 2, 4, 5]);
    const long = '５ 万\n'.repeat((1 << 20) + 1); // over 4 M units: an instance of its own
    const n = normalize(long, true);
    expect(n.text.length).toBe(2 * ((1 << 20) + 1));
    expect([n.toRaw[0], n.toRaw[1], n.toRaw[n.text.length]]).toEqual([0, 2, long.length]);
    expect(normalize('１ ２', true).text).toBe('1 2');
  });
});

describe('the numeral runs normalize cuts on its way', () => {
  it("normalize's table holds, for every unit, its folded character's run kind and whether folding changes it", () => {
    const wrong: string[] = [];
    for (let u = 0; u < 65536; u++) {
      const k = CLASS[FOLD[u]];
      const want = (k === Cls.DIGIT || k === Cls.CNUM || k === Cls.SPACE || k === Cls.SURROGATE ? k : Cls.OTHER) | (FOLD[u] !== u ? 0x80 : 0);
      if (RUN[u] !== want) wrong.push(`U+${u.toString(16)}: ${RUN[u]} (want ${want})`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('a folded character that keeps a space (a digit or a Latin letter) is ASCII, which the loop relies on', () => {
    const wrong: string[] = [];
    for (let u = 0; u < 65536; u++) {
      const k = CLASS[FOLD[u]];
      if ((k === Cls.DIGIT || k === Cls.LATIN) && FOLD[u] >= 0x80) wrong.push(`U+${u.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("its bitmap of plain units is exactly RUN's Cls.OTHER without folding", () => {
    const wrong: string[] = [];
    for (let u = 0; u < 65536; u++) if (isPlain(u) !== (RUN[u] === Cls.OTHER)) wrong.push(`U+${u.toString(16)}`);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  const numeralRuns = (t: Tokens) => {
    const out: string[] = [];
    for (let k = 0; k < t.count; k++) if (t.kinds[k] === Cls.DIGIT || t.kinds[k] === Cls.CNUM) out.push(`${t.kinds[k]}:${t.starts[k]}-${t.starts[k + 1]}`);
    return out;
  };
  it.each([
    ['共受理46987件，结案率98.56%', ['2:3-8', '2:13-15', '2:16-18']],
    ['５万三千 人', ['2:0-1', '3:1-4']],
    ['一 二\n三４ ５', ['3:0-3', '2:3-4', '2:5-6']], // folded space joins, a kept one separates
    ['', []],
  ])('%j', (raw, want) => {
    const n = normalize(raw);
    expect(numeralRuns(n.numerals)).toEqual(want);
    expect(n.numerals.starts[n.numerals.count]).toBe(n.text.length);
  });
  // the locator reads only these runs: they must be those of tokenize on the normalized text
  it('are the digit and Chinese-numeral runs of tokenize(text), for any text', () => {
    const alphabet = [...'0123456789０１２一二十百万亿零〇壹两年元件，。、.,%- \n\r\t\u3000\u200b\u00a0AbＡ国'].concat(['\ud800', '\udc00', '😀']);
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
      const n = normalize(chars.join(''));
      expect(numeralRuns(n.numerals)).toEqual(numeralRuns(tokenize(n.text)));
      expect(n.numerals.starts[n.numerals.count]).toBe(n.text.length);
    }), { numRuns: 2000 });
  });
});

describe('tokenize', () => {
  it('cuts runs by character class', () => {
    expect(tokenList('共受理46987件，结案率98.56%').map((t) => `${t.kind}:${t.text}`)).toEqual([
      'cjk:共受理', 'digit:46987', 'cjk:件', 'punct:，', 'cjk:结案率', 'digit:98', 'punct:.', 'digit:56', 'punct:%',
    ]);
  });
  it('separates Chinese numerals from other CJK', () => {
    expect(tokenList('有期徒刑十八年').map((t) => t.kind)).toEqual(['cjk', 'cnum', 'cjk']);
  });
});

describe('character classes', () => {
  // The tables are built with range fills (a loop over every unit cost ~25 ms at
  // each worker's start); this is the per-character definition they must equal.
  const SPACES = [0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b,
    0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
  function reference(c: number): Cls {
    if (SPACES.includes(c)) return Cls.SPACE;
    if ([0x2010, 0x2011, 0x2012, 0x2013, 0x2015, 0x2212, 0xfe63, 0x2e3a].includes(c)) return Cls.PUNCT; // (‒ ― ⸺: session 49)
    if (CN_DIGIT[c] !== 255 || CN_SCALE[c] !== 0 || CN_TENS[c] !== 0) return Cls.CNUM; // the numeral tables are checked in numbers.test.ts
    if (c >= 0xff01 && c <= 0xff5e) return reference(c - 0xfee0);
    if (c >= 0x30 && c <= 0x39) return Cls.DIGIT;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c) return Cls.SPACE;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return Cls.LATIN;
    if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) return Cls.PUNCT;
    if ((c >= 0x3000 && c <= 0x303f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xfe30 && c <= 0xfe4f) || c === 0x00b7 || c === 0x2236 || c === 0xab || c === 0xbb) return Cls.PUNCT;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return Cls.CJK;
    if (c >= 0xd800 && c <= 0xdfff) return Cls.SURROGATE;
    return Cls.OTHER;
  }

  it('CLASS equals the per-character definition for every UTF-16 unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++) if (CLASS[c] !== reference(c)) wrong.push(`U+${c.toString(16).padStart(4, '0')}: ${CLASS[c]} (want ${reference(c)})`);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  // the rule steps' `when` lists are built from these
  it('LATIN_LETTERS and scaleChars(2) hold exactly the units of their tables', () => {
    const units = (p: (c: number) => boolean) => { const out: number[] = []; for (let c = 0; c < 65536; c++) if (p(c)) out.push(c); return out; };
    const codes = (s: string) => [...s].map((ch) => ch.charCodeAt(0)).sort((a, b) => a - b);
    expect(codes(LATIN_LETTERS)).toEqual(units((c) => CLASS[c] === Cls.LATIN));
    expect(codes(scaleChars(2))).toEqual(units((c) => CN_SCALE[c] >= 2));
  });

  it.each([['０', Cls.DIGIT], ['Ａ', Cls.LATIN], ['，', Cls.PUNCT], ['一', Cls.CNUM], ['壹', Cls.CNUM], ['萬', Cls.CNUM], ['国', Cls.CJK], ['\u3000', Cls.SPACE], ['—', Cls.PUNCT], ['é', Cls.OTHER]])('%j is class %i', (ch, cls) => {
    expect(CLASS[ch.charCodeAt(0)]).toBe(cls);
  });
});
