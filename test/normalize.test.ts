import { describe, expect, it } from 'vitest';
import { normalize, rawSpan } from '../src/core/normalize.js';
import { tokenList } from '../src/core/tokenize.js';

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

  it('handles empty text', () => {
    expect(normalize('').text).toBe('');
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
