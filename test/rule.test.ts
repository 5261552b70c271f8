import { describe, expect, it } from 'vitest';
import { extractRules } from '../src/core/pipeline.js';

const one = (text: string) => extractRules(text).map(({ text: t, type, value, valueMax, unit, qualifier }) =>
  [t, type, value, ...(valueMax !== undefined ? [valueMax] : []), unit, qualifier]);

describe('rule extractor: what it finds (spec §2–§4 examples)', () => {
  it.each([
    ['共受理各类案件46987件', [['46987件', 'COUNT', 46987, '件', 'exact']]],
    ['新执行到位4.05亿元', [['4.05亿元', 'MONEY', 405000000, '元', 'exact']]],
    ['追赃挽损2184万余元', [['2184万余元', 'MONEY', 21840000, '元', 'over']]],
    ['同比上升 7.39%、9.47%', [['7.39%', 'PERCENT', 7.39, '%', 'exact'], ['9.47%', 'PERCENT', 9.47, '%', 'exact']]],
    ['提升到９５．１９％', [['９５．１９％', 'PERCENT', 95.19, '%', 'exact']]],
    ['占比达到两成', [['两成', 'PERCENT', 20, '%', 'exact']]],
    ['提高百分之七点九', [['百分之七点九', 'PERCENT', 7.9, '%', 'exact']]],
    ['上升4.4个百分点', [['4.4个百分点', 'PERCENT_POINT', 4.4, '个百分点', 'exact']]],
    ['分别提高4.08和3.76个百分点', [['4.08', 'PERCENT_POINT', 4.08, '个百分点', 'exact'], ['3.76个百分点', 'PERCENT_POINT', 3.76, '个百分点', 'exact']]],
    ['增长１６倍', [['１６倍', 'RATIO', 16, '倍', 'exact']]],
    ['占三分之一', [['三分之一', 'RATIO', 1 / 3, null, 'exact']]],
    ['比例为1∶1.87', [['1∶1.87', 'RATIO', 1 / 1.87, null, 'exact']]],
    ['（２０２４年１月１８日通过）', [['２０２４年１月１８日', 'DATE', '2024-01-18', null, 'exact']]],
    ['4月29日召开', [['4月29日', 'DATE', '--04-29', null, 'exact']]],
    ['2022年1至5月', [['2022年1至5月', 'DATE', '2022-01/2022-05', null, 'exact']]],
    ['1-11月，全省', [['1-11月', 'DATE', '--01/--11', null, 'exact']]],
    ['一九八一年至一九八五年', [['一九八一年至一九八五年', 'DATE', '1981/1985', null, 'exact']]],
    ['2023年度预算', [['2023年度', 'DATE', '2023', null, 'exact']]],
    ['平均用时41.2天', [['41.2天', 'DURATION', 41.2, '天', 'exact']]],
    ['判处有期徒刑十八年', [['十八年', 'DURATION', 18, '年', 'exact']]],
    ['断流近20年的泉', [['20年', 'DURATION', 20, '年', 'under']]],
    ['判处有期徒刑三年六个月', [['三年六个月', 'DURATION', 42, '个月', 'exact']]],
    ['应当在30日内办结', [['30日', 'DURATION', 30, '日', 'under']]],
    ['一年来，全市法院', [['一年', 'DURATION', 1, '年', 'exact']]],
    ['山西省第十四届人民代表大会常务委员会第七次会议', [['第十四届', 'ORDINAL', 14, '届', 'exact'], ['第七次', 'ORDINAL', 7, '次', 'exact']]],
    ['十二届七次全会', [['十二届', 'ORDINAL', 12, '届', 'exact'], ['七次', 'ORDINAL', 7, '次', 'exact']]],
    ['排名全省第四', [['第四', 'ORDINAL', 4, null, 'exact']]],
    ['进入全国前三', [['前三', 'ORDINAL', 3, null, 'exact']]],
    ['先后八次召开', [['八次', 'COUNT', 8, '次', 'exact']]],
    ['PM2.5平均浓度37微克/立方米', [['37微克/立方米', 'QUANTITY', 37, '微克/立方米', 'exact']]],
    ['装机145亿千瓦', [['145亿千瓦', 'QUANTITY', 14500000000, '千瓦', 'exact']]],
    ['年满8岁', [['8岁', 'QUANTITY', 8, '岁', 'exact']]],
    ['惠及280万农牧民', [['280万', 'COUNT', 2800000, null, 'exact']]],
    ['表彰12个集体', [['12个', 'COUNT', 12, '个', 'exact']]],
    ['提出四方面的建议', [['四方面', 'COUNT', 4, '方面', 'exact']]],
    ['新收案件5件38人', [['5件', 'COUNT', 5, '件', 'exact'], ['38人', 'COUNT', 38, '人', 'exact']]],
    ['设置5—10家', [['5—10家', 'COUNT', 5, 10, '家', 'exact']]],
    ['超收55.35亿元', [['55.35亿元', 'MONEY', 5535000000, '元', 'exact']]],
    ['约3000人参加', [['3000人', 'COUNT', 3000, '人', 'approx']]],
    ['涨幅3％左右', [['3％', 'PERCENT', 3, '%', 'approx']]],
    ['下降为－１．９％', [['－１．９％', 'PERCENT', -1.9, '%', 'exact']]],
    ['结案\n13916\n件，同比', [['13916\n件', 'COUNT', 13916, '件', 'exact']]],
    ['收入８３７７９亿 元,其中', [['８３７７９亿 元', 'MONEY', 8377900000000, '元', 'exact']]],
    ['空气质量综合指数448,下降', [['448', 'NUMBER', 448, null, 'exact']]],
  ])('%j', (text, want) => {
    expect(one(text)).toEqual(want);
  });
});

describe('rule extractor: false positives it must not produce (spec §5)', () => {
  it.each([
    ['list and section markers', '一、牢牢把握安全稳定\n（一）加强审判\n一是完善机制\n1.惠商保'],
    ['page markers', '\n—１—\n'],
    ['document numbers', '根据中发28号文件和晋政发〔2023〕12号'],
    ['case numbers', '(２０２３)１３００２号'],
    ['hotlines', '拨打12309检察服务热线'],
    ['pollutant names', 'PM２５浓度'],
    ['digit slogans', '构建“1+13+N”体系，形成“1231”工作思路'],
    ['numerals inside fixed words', '一站式服务一体化推进进一步落实统一部署'],
    ['quoted names', '做到“两个维护”，推进“四大检察”，“十四五”规划'],
    ['fixed terms', '两级法院，第一产业，一带一路，新一轮改革'],
    ['article-like 一', '一批干部，一些问题，之一，一个新阶段'],
    ['codes and grades', '5G网络，4A级景区，G0616公路，表4'],
    ['legal labels (D-2)', '第十条规定，依照本条例第二十条第三款'],
    ['times of day (D-7)', '上午9点举行，中午12时截止'],
    ['vague quantities (D-6)', '数十家企业，几百人'],
    ['years of a key period (D-30)', '这是关键一年'],
  ])('%s', (_label, text) => {
    expect(one(text)).toEqual([]);
  });
});

describe('rule extractor: bad input', () => {
  it('returns nothing for empty text', () => {
    expect(extractRules('')).toEqual([]);
  });
  it('survives lone surrogates and control characters', () => {
    const ms = extractRules('\ud800共\u0000有\u0007１２件\udfff，\u001b增长5%\ud83d');
    expect(ms.map((m) => m.text)).toEqual(['１２件', '5%']);
  });
  it('a run of 100,000 digits: no crash, no non-finite value', () => {
    const ms = extractRules(`共${'9'.repeat(100_000)}件，另有3人`);
    expect(ms.every((m) => typeof m.value === 'string' || Number.isFinite(m.value))).toBe(true);
    expect(ms.map((m) => m.text)).toContain('3人');
  });
  it('亿亿亿亿 and overflowing values give finite values or nothing', () => {
    for (const t of ['亿亿亿亿元', `${'9'.repeat(400)}元`, `1e308亿亿元`, '九'.repeat(5000) + '亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿元']) {
      for (const m of extractRules(t)) expect(typeof m.value === 'string' || Number.isFinite(m.value)).toBe(true);
    }
  });
  it('a 100 MB document is processed in bounded blocks with exact offsets', () => {
    const unit = '全市法院共受理各类案件46987件，结案率98.56%。\n';
    const text = unit.repeat(Math.ceil(100_000_000 / unit.length));
    const ms = extractRules(text);
    expect(ms.length).toBe(2 * Math.ceil(100_000_000 / unit.length));
    const last = ms[ms.length - 1];
    expect(text.slice(last.start, last.end)).toBe('98.56%');
  });
  // A quadratic pass over a million characters (10^12 steps) cannot finish
  // within the generous 60 s limit, so this fails on a super-linear blow-up;
  // the speed itself is measured in benchmarks/, not here.
  it('pathological inputs of a million characters finish with valid, non-overlapping mentions (no super-linear blow-up)', () => {
    for (const t of ['一'.repeat(1_000_000), '第'.repeat(1_000_000), '1、'.repeat(500_000), '“'.repeat(1_000_000), '1:'.repeat(500_000), '5-'.repeat(500_000), '年月日'.repeat(300_000)]) {
      const ms = extractRules(t);
      let last = 0;
      for (const m of ms) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(t.slice(m.start, m.end)).toBe(m.text); // no astral characters here: code points = UTF-16 units
        last = m.end;
      }
    }
    expect(extractRules('一'.repeat(1_000_000))).toEqual([]);
    expect(extractRules('第'.repeat(1_000_000))).toEqual([]);
  }, 60_000);
  it('offsets are code points when astral characters come first', () => {
    const ms = extractRules('𠀀𠀁村共有１２３户');
    expect(ms.map((m) => [m.start, m.end, m.text])).toEqual([[5, 9, '１２３户']]);
  });
});
