// readNumbers, the numeral reader on its own: every written form of spec §4,
// table-driven, and a labelled block of what it must not read as a number.
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/core/read-numbers.js';

const read = (text: string) => readNumbers(text).map((n) => (n.over ? [n.text, n.value, 'over'] : [n.text, n.value]));

describe('readNumbers: every written form (spec §4, D-40..D-48)', () => {
  it.each([
    // Arabic, full-width, separators, decimals
    ['共受理46987件', [['46987', 46987]]],
    ['提升到９５．１９％', [['９５．１９', 95.19]]],
    ['预算351,740万元', [['351,740万', 3517400000]]],
    ['1,076,420', [['1,076,420', 1076420]]],
    ['新执行到位4.05亿元', [['4.05亿', 405000000]]],
    ['1.2万亿元', [['1.2万亿', 1.2e12]]],
    ['93.3千公顷', [['93.3千', 93300]]],
    // Chinese, with zeros and 点
    ['八千二百九十一亿元', [['八千二百九十一亿', 829100000000]]],
    ['六百零三万人', [['六百零三万', 6030000]]],
    ['三亿七千零六十二万', [['三亿七千零六十二万', 370620000]]],
    ['一九八○年', [['一九八○', 1980]]],
    ['二〇二三年', [['二〇二三', 2023]]],
    ['百分之三十六点五', [['百分之三十六点五', 0.365]]],
    ['七十八点二岁', [['七十八点二', 78.2]]],
    ['增长一点四倍', [['一点四', 1.4]]],
    ['一万二', [['一万二', 12000]]],
    ['十八年', [['十八', 18]]],
    ['六万万人', [['六万万', 600000000]]],
    // financial and traditional
    ['人民币壹拾万元整', [['壹拾万', 100000]]],
    ['伍万陆仟元', [['伍万陆仟', 56000]]],
    ['叁佰贰拾元', [['叁佰贰拾', 320]]],
    ['參拾萬元，壹仟參佰元', [['參拾萬', 300000], ['壹仟參佰', 1300]]],
    ['人参十克', [['十', 10]]],
    // a financial character that opens a word after ordinary numerals is no digit (session 45: 三万陆 was 36000); one
    // that goes on with the amount is
    ['三万陆续返乡，十万拾荒者，一百伍拾元', [['三万', 30000], ['十万', 100000], ['一百伍拾', 150]]],
    ['三萬餘件', [['三萬', 30000]]],
    ['五億元', [['五億', 500000000]]],
    ['兩年', [['兩', 2]]],
    // mixed digit-and-scale compounds
    ['5万4千6百元', [['5万4千6百', 54600]]],
    ['5千四百元，3百四十元，6千零四十元', [['5千四百', 5400], ['3百四十', 340], ['6千零四十', 6040]]],
    ['七十八万五佰零六元', [['七十八万五佰零六', 780506]]],
    ['1亿2000万元', [['1亿2000万', 120000000]]],
    ['3千5百万元', [['3千5百万', 35000000]]],
    ['三万5千人', [['三万5千', 35000]]],
    ['5万三千人', [['5万三千', 53000]]],
    // signs
    ['-10000元', [['-10000', -10000]]],
    ['下降为－１．９％', [['－１．９', -1.9]]],
    ['增长率为负3.1%', [['负3.1', -3.1]]],
    ['支出-5.94 亿元', [['-5.94 亿', -594000000]]],
    // 几/多/余 inside a numeral (D-48)
    ['二十几万人', [['二十几万', 200000, 'over']]],
    ['十多万', [['十多万', 100000, 'over']]],
    ['500余万', [['500余万', 5000000, 'over']]],
    ['三千八百多万人', [['三千八百多万', 38000000, 'over']]],
    // fractions and 成
    ['占三分之一', [['三分之一', 1 / 3]]],
    ['千分之五', [['千分之五', 0.005]]],
    ['占比达到两成', [['两成', 0.2]]],
    // (a value whose shortest text is in exponent form, 3e+22, moved its point to NaN: numeral soup's counterexample, session 51)
    ['3亿千亿千成', [['3亿千亿千成', 3e21]]],
    ['百分之0.0000003', [['百分之0.0000003', 3e-9]]],
    // whitespace and line breaks inside a number or before its scale (D-42)
    ['收入81.63 亿元', [['81.63 亿', 8163000000]]],
    ['收入81.63\u2002亿元', [['81.63\u2002亿', 8163000000]]],
    ['增长0.9\u3000%', [['0.9', 0.9]]],
    ['结案\n13916\n件', [['13916', 13916]]],
    ['第  十  六  届', [['十  六', 16]]],
    ['一 九 八 一 年', [['一 九 八 一', 1981]]],
    ['12\u200b345', [['12\u200b345', 12345]]],
    ['3901.83\n亿元', [['3901.83\n亿', 390183000000]]],
    // digit groups split by whitespace: thousands groups, a spaced-out line (D-42, D-71)
    ['全年新增贷款3 000亿元', [['3 000亿', 300000000000]]],
    ['12 345.6亿元', [['12 345.6亿', 1234560000000]]],
    ['共受理案件13 916件', [['13 916', 13916]]],
    ['投资1\u00a0234.5万元', [['1\u00a0234.5万', 12345000]]],
    ['投资1\u2009234\u2009567元', [['1\u2009234\u2009567', 1234567]]],
    ['收 入 4 2 1 . 9 亿 元', [['4 2 1 . 9 亿', 42190000000]]],
    ['有 1 2 3 4 5 名', [['1 2 3 4 5', 12345]]],
    // a full-width comma as thousands separator where the shape is certain (D-70)
    ['１，２３４．５６亿元', [['１，２３４．５６亿', 123456000000]]],
    ['收入１２，３４５元', [['１２，３４５', 12345]]],
    ['1，234.5万元', [['1，234.5万', 12345000]]],
    // several numbers stay several
    ['共 5 38人', [['5', 5], ['38', 38]]],
    ['5件9人', [['5', 5], ['9', 9]]],
    ['一九八一、一九八二两年', [['一九八一', 1981], ['一九八二', 1982], ['两', 2]]],
  ])('%j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('the example of the public API (src/index.ts) is what it returns', () => {
    expect(readNumbers('收入81.63 亿元，增长-4.2%，伍万陆仟元，二十几万人')).toEqual([
      { start: 2, end: 9, text: '81.63 亿', value: 8163000000 },
      { start: 13, end: 17, text: '-4.2', value: -4.2 },
      { start: 19, end: 23, text: '伍万陆仟', value: 56000 },
      { start: 25, end: 29, text: '二十几万', value: 200000, over: true },
    ]);
  });

  it('gives code-point offsets into the raw text', () => {
    const text = '𠀀𠀁村共有１２３户，收入81.63 亿元';
    const ns = readNumbers(text);
    const cps = Array.from(text);
    for (const n of ns) expect(cps.slice(n.start, n.end).join('')).toBe(n.text);
    expect(ns.map((n) => [n.start, n.end])).toEqual([[5, 8], [12, 19]]);
  });

  it('returns nothing for text without numerals', () => {
    expect(readNumbers('')).toEqual([]);
    expect(readNumbers('全年工作情况')).toEqual([]);
  });
});

describe('readNumbers: what it must not read as a number (false positives)', () => {
  it.each([
    ['a financial character inside a word', '队伍建设，内陆地区，收拾，肆意', []],
    ['陆 before a numeral: the word is refused, the numeral read', '内陆十年', [['十', 10]]],
    ['"thirty or forty" has no single value', '三四十人', []],
    ['"three or four" has no single value', '三四个', []],
    ['scales out of order', '百千万工程', []],
    ['a scale twice', '亿亿', []],
    ['亿万 (hundreds of millions, vague)', '亿万人民', []],
    ['a full-width comma between ASCII digits without a decimal part: 1234 or 1 and 234, neither read (D-70)', '完成投资1，234亿元', []],
    ['(nor in a longer run)', '共1，234，567人', []],
    ['a full-width comma not in thousands shape separates two numbers', '收入１２，３４元', [['１２', 12], ['３４', 34]]],
    ['the fragment after a space is never read alone: two spaces (D-71)', '新增贷款3  000亿元', []],
    ['nor after a line break inside running text', '新增贷款3\n000亿元', []],
    ['nor in a chain that is neither thousands groups nor spaced out', '共1 2 345人，第1 2名', []],
    ['a line spaced out on one side only', '有1 2 3 4 5 名', []],
    ['a year before a number is two numbers', '表4 2025年', [['4', 4], ['2025', 2025]]],
    ['table cells one a line stay apart', '合计\n3\n125\n0.4', [['3', 3], ['125', 125], ['0.4', 0.4]]],
    ['a decimal and a digit group are two numbers', '粮食 50.49 1.1', [['50.49', 50.49], ['1.1', 1.1]]],
    ['a dash after a number and its unit is a range mark, not a sign', '3年-5年', [['3', 3], ['5', 5]]],
    ['a dash between digits is a range mark', '2021-2025', [['2021', 2021], ['2025', 2025]]],
    ['负 inside a word is not a sign', '肩负3项任务', [['3', 3]]],
    ['a bullet dash opening a line, spaced from the number, is not a sign', '目标：\n- 5个', [['5', 5]]],
    ['(a sign wrapped to the next line is one)', '下降为－\n １２４％', [['－\n １２４', -124]]],
    ['成 starting a word is not a share', '一成员', [['一', 1]]],
  ] as [string, string, unknown[]][])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want);
  });
});
