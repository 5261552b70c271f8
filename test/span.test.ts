// The core span reader: values of spans another extractor decided (the
// transformer). Table-driven; the false-positives block lists spans it must
// refuse rather than guess.
import { describe, expect, it } from 'vitest';
import { readSpan } from '../src/core/span.js';
import type { MentionType } from '../src/types.js';

const at = (text: string, span: string, type: MentionType) => {
  const s = Array.from(text.slice(0, text.indexOf(span))).length;
  return readSpan(text, s, s + Array.from(span).length, type);
};

const TABLE = ['表2  2025年主要农产品产量', '产品名称', '产量(万吨)', '比上年增长(%)', '粮食', '50.49', '1.1', '食品烟酒', '5.66', '-0.4',
  '表3  主要工业产品产量', '产品名称', '单位', '产量', '比上年增长(%)', '服装', '万件', '5440.95', '-3.6', ''].join('\n');

describe('readSpan: values, units and qualifiers of a given span', () => {
  const cases: [string, string, MentionType, unknown, unknown, string | null, string][] = [
    // text, span, type, value, valueMax, unit, qualifier
    ['共受理各类案件46987件，', '46987件', 'COUNT', 46987, undefined, '件', 'exact'],
    ['追赃挽损2184万余元', '2184万余元', 'MONEY', 21840000, undefined, '元', 'over'],
    ['新执行到位4.05亿元', '4.05亿元', 'MONEY', 405000000, undefined, '元', 'exact'],
    ['同比上升７．３９％', '７．３９％', 'PERCENT', 7.39, undefined, '%', 'exact'],
    ['提高百分之七点九', '百分之七点九', 'PERCENT', 7.9, undefined, '%', 'exact'],
    ['占比达到两成', '两成', 'PERCENT', 20, undefined, '%', 'exact'],
    ['上升4.4个百分点', '4.4个百分点', 'PERCENT_POINT', 4.4, undefined, '个百分点', 'exact'],
    ['占三分之一', '三分之一', 'RATIO', 1 / 3, undefined, null, 'exact'],
    ['犯罪率为千分之二点三', '千分之二点三', 'PERCENT', 2.3, undefined, '‰', 'exact'], // D-96
    ['犯罪率为千分之二点三', '千分之二点三', 'RATIO', 0.0023, undefined, null, 'exact'], // the type given decides
    // a label's colon, full-width, or numerals of two scripts around a colon, join nothing (a review of session 40: no value)
    ['表3：2023年主要经济指标', '2023年', 'DATE', '2023', undefined, null, 'exact'],
    ['2021：5.2%  2022：3.0%', '5.2%', 'PERCENT', 5.2, undefined, '%', 'exact'],
    ['统一：2024年起执行', '2024年', 'DATE', '2024', undefined, null, 'exact'],
    ['表3:2023年主要经济指标', '2023年', 'DATE', '2023', undefined, null, 'exact'],
    // …nor a label's number or a year before a colon, a page marker, nor a range that cannot be one (an upper end the rule steps
    // read alone, D-64)
    ['图1:2021-2025年地区生产总值', '2021-2025年', 'DATE', '2021/2025', undefined, null, 'exact'],
    ['注1:3家企业未纳入统计', '3家', 'COUNT', 3, undefined, '家', 'exact'],
    ['—3—2024年全省财政收入', '2024年', 'DATE', '2024', undefined, null, 'exact'],
    ['补助3-5万4千元', '5万4千元', 'MONEY', 54000, undefined, '元', 'exact'],
    ['（２０２４年１月１８日通过）', '２０２４年１月１８日', 'DATE', '2024-01-18', undefined, null, 'exact'],
    ['2022年1至5月', '2022年1至5月', 'DATE', '2022-01/2022-05', undefined, null, 'exact'],
    ['2023-2024年度', '2023-2024年度', 'DATE', '2023/2024', undefined, null, 'exact'],
    ['判处有期徒刑三年六个月', '三年六个月', 'DURATION', 42, undefined, '个月', 'exact'],
    ['判处有期徒刑４年零６个月', '４年零６个月', 'DURATION', 54, undefined, '个月', 'exact'],
    ['最低气温零下15℃', '零下15℃', 'QUANTITY', -15, undefined, '℃', 'exact'],
    ['今年3、4、5月', '3、4、5月', 'DATE', '--03/--05', undefined, null, 'exact'],
    ['去年十一、二月份', '十一、二月份', 'DATE', '--11/--12', undefined, null, 'exact'],
    ['一九五八年三、四、五月', '一九五八年三、四、五月', 'DATE', '1958-03/1958-05', undefined, null, 'exact'],
    ['判处有期徒刑三年六月', '三年六月', 'DURATION', 42, undefined, '个月', 'exact'],
    ['约需三、四个多月', '三、四个多月', 'DURATION', 3, 4, '个月', 'over'],
    ['一年零八个多月', '一年零八个多月', 'DURATION', 20, undefined, '个月', 'over'],
    ['两县分别增产2和3成', '2', 'PERCENT', 20, undefined, '%', 'exact'],
    ['今年三、四月份', '三、四月份', 'DATE', '--03/--04', undefined, null, 'exact'],
    ['１９９８年３、４月', '１９９８年３、４月', 'DATE', '1998-03/1998-04', undefined, null, 'exact'],
    ['断流近30年的泉', '30年', 'DURATION', 30, undefined, '年', 'under'],
    ['设置5—10家', '5—10家', 'COUNT', 5, 10, '家', 'exact'],
    ['涨幅3％左右', '3％', 'PERCENT', 3, undefined, '%', 'approx'],
    ['第十四届人民代表大会', '第十四届', 'ORDINAL', 14, undefined, '届', 'exact'],
    ['排名全省第四', '第四', 'ORDINAL', 4, undefined, null, 'exact'],
    ['结案\n13916\n件，', '13916\n件', 'COUNT', 13916, undefined, '件', 'exact'],
    ['收入８３７７９亿 元,', '８３７７９亿 元', 'MONEY', 8377900000000, undefined, '元', 'exact'],
    ['下降为－１．９％', '－１．９％', 'PERCENT', -1.9, undefined, '%', 'exact'],
    // a table cell right after another numeric cell: the line break keeps them apart
    ['粮食\n万吨\n50.49\n1.1\n', '1.1', 'PERCENT', 1.1, undefined, null, 'exact'],
    // (a line break beside a sign joins nothing, where spaces would: a table's cell after another, session 41)
    ['产量\n5440.95\n-3.6\n', '-3.6', 'PERCENT', -3.6, undefined, null, 'exact'],
    // the numeral forms of the reports corpus (D-40)
    ['人民币伍万陆仟元整', '伍万陆仟元', 'MONEY', 56000, undefined, '元', 'exact'],
    ['5万4千6百元', '5万4千6百元', 'MONEY', 54600, undefined, '元', 'exact'],
    ['共1千零50人次', '1千零50人次', 'COUNT', 1050, undefined, '人次', 'exact'],
    ['收入81.63\u2002亿元', '81.63\u2002亿元', 'MONEY', 8163000000, undefined, '元', 'exact'],
    ['二十几万人口', '二十几万', 'COUNT', 200000, undefined, null, 'over'],
    // a:b:c as one expression, full-width colons: the first ÷ the second (D-57); a constructed text, in no document
    ['全市三次产业比例为2.8：41.5：55.7', '2.8：41.5：55.7', 'RATIO', 2.8 / 41.5, undefined, null, 'exact'],
    // half a unit; a range whose lower end takes the upper end's scale (D-47, D-64)
    ['工期４天半', '４天半', 'DURATION', 4.5, undefined, '天', 'exact'],
    ['减少财政收入四、五十亿元', '四、五十亿元', 'MONEY', 4000000000, 5000000000, '元', 'exact'],
    ['投资3-5万元', '3-5万元', 'MONEY', 30000, 50000, '元', 'exact'],
    ['投资三至五万元', '三至五万元', 'MONEY', 30000, 50000, '元', 'exact'],
    ['三千至五万元', '三千至五万元', 'MONEY', 3000, 50000, '元', 'exact'],
    ['一千至两千万元', '一千至两千万元', 'MONEY', 10000000, 20000000, '元', 'exact'],
    ['三至五千万元', '三至五千万元', 'MONEY', 30000000, 50000000, '元', 'exact'],
    ['工期三至四年半', '三至四年半', 'DURATION', 3, 4.5, '年', 'exact'],
    ['历时两个半月', '两个半月', 'DURATION', 2.5, undefined, '个月', 'exact'],
    ['约七到八成', '七到八成', 'PERCENT', 70, 80, '%', 'approx'],
    ['分别达到120、85和60亿元。', '120', 'MONEY', 12000000000, undefined, '元', 'exact'],
    ['分别提高4.08和3.76个百分点', '4.08', 'PERCENT_POINT', 4.08, undefined, '个百分点', 'exact'],
    ['历时两个多月', '两个多月', 'DURATION', 2, undefined, '个月', 'over'],
    ['下降两个多百分点', '两个多百分点', 'PERCENT_POINT', 2, undefined, '个百分点', 'over'],
    ['投入产出比为1比3.5', '1比3.5', 'RATIO', 1 / 3.5, undefined, null, 'exact'],
    ['占全国的1/3', '1/3', 'RATIO', 1 / 3, undefined, null, 'exact'],
    ['近1/3的企业', '1/3', 'RATIO', 1 / 3, undefined, null, 'under'],
    ['分别占百分之三十和四十', '四十', 'PERCENT', 40, undefined, '%', 'exact'],
    ['应当在三个月的期限内', '三个月', 'DURATION', 3, undefined, '个月', 'under'],
    ['满意率达九成九', '九成九', 'PERCENT', 99, undefined, '%', 'exact'],
    ['对获奖者分别奖励5000、3000和1万元', '5000', 'MONEY', 5000, undefined, '元', 'exact'],
    ['增长了百分之二十几', '百分之二十几', 'PERCENT', 20, undefined, '%', 'over'],
    ['增长百分之十到十五，', '百分之十到十五', 'PERCENT', 10, 15, '%', 'exact'],
    ['增长百分之十到百分之十五', '百分之十到百分之十五', 'PERCENT', 10, 15, '%', 'exact'],
    ['增长率为负3.1%', '负3.1%', 'PERCENT', -3.1, undefined, '%', 'exact'],
    ['增长-1至1%', '-1至1%', 'PERCENT', -1, 1, '%', 'exact'],
    ['增长-5至3%', '-5至3%', 'PERCENT', -5, 3, '%', 'exact'],
    // a table cell takes its column's scale and unit (D-45), which its context cannot show
    [TABLE, '50.49', 'QUANTITY', 504900, undefined, '吨', 'exact'],
    [TABLE, '-0.4', 'PERCENT', -0.4, undefined, '%', 'exact'],
    // a cell after a cell on the line before: the line break the normalizer takes out joins no range
    [TABLE, '-3.6', 'PERCENT', -3.6, undefined, '%', 'exact'],
    [TABLE, '5440.95', 'COUNT', 54409500, undefined, '件', 'exact'],
    // a range to a compound duration, across a wrap (D-23)
    ['判处十个月至一年六个月', '十个月至一年六个月', 'DURATION', 10, 18, '个月', 'exact'],
    ['判处其中３人十个月至一年\n\n六个月', '十个月至一年\n\n六个月', 'DURATION', 10, 18, '个月', 'exact'],
  ];
  it.each(cases)('%s → %s', (text, span, type, value, valueMax, unit, qualifier) => {
    const m = at(text, span, type);
    expect(m).not.toBeNull();
    expect(m!.text).toBe(span);
    expect(m!.type).toBe(type);
    if (typeof value === 'number') expect(m!.value as number).toBeCloseTo(value, 9); else expect(m!.value).toBe(value);
    expect(m!.valueMax).toBe(valueMax);
    expect(m!.unit).toBe(unit);
    expect(m!.qualifier).toBe(qualifier);
  });
});

describe('readSpan: refuses rather than guesses (false positives)', () => {
  it.each([
    ['a span without a numeral', '全年工作情况', '工作', 'COUNT'],
    ['a DATE whose numerals are not a date', '共有46987件', '46987件', 'DATE'],
    ['two numerals it cannot combine', '5件9人', '5件9人', 'COUNT'],
    ['months listed, not in turn, are no range (D-88)', '今年3、5月', '3、5月', 'DATE'],
    ['below zero of something that is no temperature (D-89)', '零下15米', '零下15米', 'QUANTITY'],
    ['a numeral it cannot read inside the span (拾 alone is a word)', '判处拾年零叁个月', '拾年零叁个月', 'DURATION'],
    ['a temperature range after 零下 (D-89)', '气温零下5至10℃', '零下5至10℃', 'QUANTITY'],
    ['十一、二、三月: no month 13', '今年十一、二、三月', '十一、二、三月', 'DATE'],
    ['months listed after a year, not in turn (D-88)', '1998年3、5月', '1998年3、5月', 'DATE'],
    ['a fraction over zero', '零分之一', '零分之一', 'RATIO'],
    ['a span that cuts a numeral in two', '共有46987件', '987件', 'COUNT'],
    // the transformer's spans: a fraction's /3 was value 3, a ratio's 3:4: 0.75, a date's 2026- the year
    ['a fraction cut before its sign', '占比近1/3。', '/3', 'NUMBER'],
    ['a fraction cut after its numerator', '占比近1/3。', '1', 'MONEY'],
    ['a fraction cut after its sign', '占全国的1/3', '3', 'COUNT'],
    ['a ratio cut after a colon', '按３:４:３比例分年度支持', '３:４:', 'RATIO'],
    ['the last term of a ratio', '按3:4:5比例分配', '5', 'COUNT'],
    ['a date cut after its year', '时间:2026-01-22  作者', '2026-', 'DATE'],
    ['a range of years cut after its dash', '2019-2023年', '2019-', 'DATE'],
    ['a range cut at its dash', '每年3—5次', '5次', 'COUNT'],
    // (session 41: spaces beside the sign join as well; 〜, ⁄ and ∕ join as ~ and / do)
    ['a fraction written with spaces, cut after its sign', '约占 1 / 3 的份额', '3', 'COUNT'],
    ['a range with a wave dash, cut at it', '每年3〜5次', '5次', 'COUNT'],
    ['a fraction with a fraction slash, cut after it', '占1⁄3', '3', 'COUNT'],
    ['a fraction with a division slash, cut after it', '占1∕3', '3', 'COUNT'],
    // three numerals: the first alone gave 10 (a wrong value) before the compound range was read
    ['three numerals that are not a compound range', '判处三年至五年六个月', '三年至五年六个月', 'DURATION'],
    ['three terms that are not one ratio', '按1:2、3的比例', '1:2、3', 'RATIO'],
    ['a range whose upper end is below its lower end', '从8至5万元', '8至5万元', 'MONEY'],
    ['a range whose lower end may take either scale (4亿 or 40亿)', '四至五十亿元', '四至五十亿元', 'MONEY'],
    ['a range whose upper end has a scale inside it', '3-5万4千元', '3-5万4千元', 'MONEY'],
    ['a pause-mark range that is not D-47 (三、四十五万)', '三、四十五万元', '三、四十五万元', 'MONEY'],
    ['numerals listed with 、 (D-60)', '三、五十个', '三、五十个', 'COUNT'],
    ['a compound range going down', '二十个月至一年六个月', '二十个月至一年六个月', 'DURATION'],
    ['a compound duration listed after another (D-60)', '十个月、一年六个月', '十个月、一年六个月', 'DURATION'],
    ['a set phrase with 半', '十天半月', '十天半月', 'DURATION'],
    ['a share in 成 past ten tenths (D-79)', '占二十几成', '二十几成', 'PERCENT'],
    ['a range of 百分之 going down', '增长百分之十五到百分之十', '百分之十五到百分之十', 'PERCENT'],
    ['digits read one by one before 成 (D-79)', '完成三\n九成任务', '三\n九成', 'PERCENT'],
    ['a table cell with its row label', TABLE, '粮食\n50.49', 'QUANTITY'],
    ['two table cells', TABLE, '50.49\n1.1', 'QUANTITY'],
  ] as [string, string, string, MentionType][])('%s', (_why, text, span, type) => {
    expect(at(text, span, type)).toBeNull();
  });
});
