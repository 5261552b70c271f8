import { describe, expect, it } from 'vitest';
import { chineseValue, locateNumbers, numberValue } from '../src/core/numbers.js';
import { normalize } from '../src/core/normalize.js';
import { tokenize } from '../src/core/tokenize.js';

const locate = (raw: string) => {
  const n = normalize(raw);
  return locateNumbers(n.text, tokenize(n.text)).map((x) => [n.text.slice(x.start, x.end), x.value]);
};

describe('numberValue: computing a numeral\'s value', () => {
  it.each([
    ['46987', 46987], ['1,076,420', 1076420], ['4.05亿', 405000000], ['2184万', 21840000], ['3千万', 30000000],
    ['145亿', 14500000000], ['1.2万亿', 1.2e12], ['0.5', 0.5], ['166.0亿', 16600000000],
    ['十八', 18], ['十', 10], ['两', 2], ['二〇二三', 2023], ['一九八一', 1981], ['一万二千', 12000], ['一万零十二', 10012],
    ['三亿七千零六十二万', 370620000], ['七点九', 7.9], ['一万二', 12000], ['三千五', 3500], ['一百零五', 105],
    ['百亿', 1e10], ['十四', 14], ['二十', 20], ['两万', 20000], ['九十', 90], ['一百', 100],
  ])('%s → %d', (s, v) => {
    expect(numberValue(s)).toBe(v);
  });

  it('gives NaN, not garbage, for what is not a numeral', () => {
    expect(numberValue('')).toBeNaN();
    expect(numberValue('12a')).toBeNaN();
    expect(chineseValue('七点x')).toBeNaN();
  });

  it('never returns a non-finite value silently: malformed scales give NaN, overflow gives Infinity, which extractors drop', () => {
    expect(numberValue('亿亿亿亿')).toBeNaN();
    expect(Number.isFinite(numberValue('9'.repeat(400)))).toBe(false);
  });
});

describe('locateNumbers: finding where numerals are', () => {
  it.each([
    ['受理各类案件 46987件', [['46987', 46987]]],
    ['提升到９５．１９％', [['95.19', 95.19]]],
    ['新执行到位4.05亿元', [['4.05亿', 405000000]]],
    ['13916\n件', [['13916', 13916]]],
    ['有期徒刑十八年', [['十八', 18]]],
    ['1,076,420万元', [['1,076,420万', 10764200000]]],
    ['5千米', [['5', 5]]], // 千米 is a unit, not a scale
    ['4.4个百分点', [['4.4', 4.4]]],
  ])('%s', (raw, want) => {
    expect(locate(raw)).toEqual(want);
  });
});
