import fc from 'fast-check';
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
    // financial, traditional, mixed (spec §4, D-40)
    ['壹拾万', 100000], ['伍万陆仟', 56000], ['叁佰贰拾', 320], ['七十八万五佰零六', 780506], ['三萬', 30000], ['五億', 5e8], ['兩千', 2000],
    ['5万4千6百', 54600], ['1亿2000万', 120000000], ['3千5百万', 35000000], ['93.3千', 93300],
    // a group after 零, as 一千零五十 (D-40, rule 0.2.18)
    ['1千零50', 1050], ['3万零500', 30500], ['2万零5', 20005], ['1万零1百', 10100], ['1亿零500万', 105000000], ['1亿零500万3千', 105003000],
    ['一点五亿', 150000000], ['一千零十', 1010], ['六万万', 6e8], ['二〇二三', 2023], ['一九八○', 1980], ['二〇一一', 2011], ['二六', 26],
    // 廿 and 卅 open a numeral as 二十 and 三十 do
    ['廿', 20], ['廿一', 21], ['廿万', 200000], ['廿一万', 210000], ['卅', 30], ['卅五', 35], ['卅万', 300000], ['廿一点五', 21.5],
  ])('%s → %d', (s, v) => {
    expect(numberValue(s)).toBe(v);
  });

  it.each([
    ['三四十', 'two digits before a scale: "thirty or forty"'],
    ['三四', 'an adjacent pair: "three or four"'],
    ['一一', 'a doubled digit: "one by one"'],
    ['九九', 'a doubled digit is a word (九九重阳)'],
    ['三五', '"three to five" (三五个, 三五年), approximate'],
    ['百千万', 'scales out of order'],
    ['十十', 'a small scale twice'],
    ['亿亿', 'a large scale twice'],
    ['亿万', '亿万 is vague'],
    ['万万万', '万万 is 亿 only once'],
    ['点五', 'a decimal without its integer'],
    ['二十几万', '几 inside: a lower bound, not a value'],
    ['五卅', '卅 inside a numeral: a name (五卅运动), no number'],
    ['廿十', '廿 is a tens already'],
    ['廿百', 'a hundreds after 廿'],
    ['廿〇', 'a zero after 廿'],
    ['廿廿', '廿 twice'],
    ['二廿', '廿 after a digit'],
  ])('%s has no value (%s)', (s) => {
    expect(numberValue(s)).toBeNaN();
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

describe('numberValue: Arabic integers read digit by digit equal the parsed decimal', () => {
  // integers up to 15 digits are read without parsing a string; scale words
  // multiply by an exact power of ten: both must give the double that parsing gives
  const SCALES: [string, number][] = [['', 0], ['十', 1], ['百', 2], ['千', 3], ['万', 4], ['亿', 8], ['万亿', 12], ['亿亿', 16], ['万亿亿', 20], ['亿亿亿', 24]];
  it('for any digits, separators and scale', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{1,18}$/), fc.constantFrom(...SCALES), fc.boolean(), (digits, [scale, exp], group) => {
      const written = group && digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
      const v = numberValue(written + scale);
      // a scale word after a single character digit string may be refused (no value) but is never another value
      if (Number.isNaN(v)) return;
      expect(v).toBe(Number(`${digits}e${exp}`));
    }), { numRuns: 3000 });
  });
  it.each([['123456789012345万', 1234567890123450000], ['9007199254740993', 9007199254740992], ['0.1亿', 10000000], ['1,234,567', 1234567], ['007', 7]])('%s → %d', (s, v) => {
    expect(numberValue(s)).toBe(v);
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
    ['5万4千6百元', [['5万4千6百', 54600]]],
    // 零 before a group not below the place it skips: the whole run, no value (35000? 30000 and 5000?); before a decimal
    // the numeral ends before the 零, as before
    ['3万零5000元', [['3万零5000', NaN]]],
    // 点 between digits before a rate or a scale is a decimal point (5点30分 is a time)
    ['增长5点2%，收入12点3亿元', [['5点2', 5.2], ['12点3亿', 1230000000]]],
    ['3万零5.5元', [['3万', 30000], ['零', 0], ['5.5', 5.5]]],
    ['二十几万人', [['二十几万', 200000]]],
    ['1000多万人', [['1000多万', 10000000]]],
    // the scale after 多/余 multiplies what follows the last 万 or 亿 (八十六亿 and 五千万), never the whole (rule 0.2.17)
    ['八十六亿五千余万元', [['八十六亿五千余万', 8650000000]]],
    ['1亿2千多万人', [['1亿2千多万', 120000000]]],
    ['十亿零八百多万人', [['十亿零八百多万', 1008000000]]],
    ['三万五千多万元', [['三万五千多万', NaN]]], // a 万 that is not larger: no reading
    ['伍万陆仟元', [['伍万陆仟', 56000]]],
    ['队伍十人', [['伍', NaN], ['十', 10]]], // 伍 of 队伍 refused, 十 read
    ['一九八二两年', [['一九八二', 1982], ['两', 2]]],
    // 十, 百, 千 after a decimal's digits make no decimal (a clock's 九点三十分 was 93); 万 and 亿 do (三点五万)
    ['九点三十分召开', [['九', 9], ['三十', 30]]],
    ['一点五千万元', [['一点五千万', 15000000]]],
    ['二点三百万人', [['二点三百万', 2300000]]],
    ['三点五万人', [['三点五万', 35000]]],
    // four digits after 万 fill its lower places (3万1500 is 31500); fewer are left to the rule steps (D-101); 多 between a
    // lower group and its scale (2亿3000多万)
    ['3万1500元', [['3万1500', 31500]]],
    ['2万300人', [['2万', 20000], ['300', 300]]],
    ['2亿3000多万元', [['2亿3000多万', 230000000]]],
    ['1万2024年', [['1万', 10000], ['2024', 2024]]],
  ])('%s', (raw, want) => {
    expect(locate(raw)).toEqual(want);
  });
});

describe('locateNumbers: signs and 几/多/余 are marked, never guessed', () => {
  const flags = (raw: string) => {
    const n = normalize(raw);
    return locateNumbers(n.text, tokenize(n.text)).map((x) => [n.text.slice(x.start, x.end), x.neg, x.over]);
  };
  it.each([
    ['增长-4.2%', [['4.2', true, false]]],
    ['收入为负3', [['3', true, false]]],
    ['肩负3项', [['3', false, false]]],
    ['3年-5年', [['3', false, false], ['5', false, false]]],
    ['5%-10%', [['5', false, false], ['10', false, false]]],
    ['A-1', [['1', false, false]]],
    ['十多万人', [['十多万', false, true]]],
    ['500余万元', [['500余万', false, true]]],
    ['2184万余元', [['2184万', false, false]]],
  ])('%s', (raw, want) => {
    expect(flags(raw)).toEqual(want);
  });
});
