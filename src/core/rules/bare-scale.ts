// Numerals that are scale words alone, without a digit before them: 百亿,
// 千亿, 万亿, 万吨, 千人 (D-27, D-52). They are amounts only where the text
// makes them definite:
//   - an amount of money implied (百亿县, 千亿台阶, 突破千亿, 千亿级 → 千亿): MONEY, unit null, from 百亿 up;
//   - a size class with a unit (万吨级码头 → 万吨, 千万吨级 → 千万吨), 级 outside;
//   - a unit with a qualifier (近千种, 超千公里, 百万户以上) or an amount of 亿 and more (千亿方, 万亿元);
// and nothing elsewhere (万吨 as a table's unit cell, 万人, 千家, 千万级).
// The vague 上百, 数千, 成千上万 and the denominators 每万人 are negatives before this step.
import { CLASS, classAt, Cls, CN_SCALE, codeAt, codeIs, isNumeralChar, numeralClassAt, scaleChars } from '../../text/chars.js';
import { qualifierAfter, qualifierBefore, unitAt } from '../lexicon.js';
import { qualifierAround } from '../read.js';
import { C, lastNonSpace, startsWithAny, type Ctx, type Step } from './context.js';
import { CENTURY_AFTER, HUGE_COUNT_NOUNS } from './data/words.js';
import { lastYears } from './unit.js';

/** Before 成 these make a verb (形成, 完成, 达成…): its 成 is no "tens of". */
const VERB_CHENG = '形完达建变构组促造合生落结赞养做制集收长铸现';
/** Before a vague 上百, 上千 (投资上百亿元, 达上千亿元, 规模上万亿元): verbs and amounts' names. */
const VAGUE_SHANG_AFTER = '资达模值额入至到过有花用需耗亏损了收量口育成现失计共金本券费'; // (资金上百亿元, 资本上千亿元, 债券, 消费: session 51's review) // (投资存量上百亿美元, 进出口上千亿元, 培育上百亿元, 形成上千亿元: session 47's reviews; 经济损失上百亿元, 合计上百亿元: session 48's)
/** After 亿元 or 万元: the output a rate is counted per (亿元地区生产总值), no amount. */
const OUTPUT_AFTER = ['地区生产总值', '生产总值', '国内生产总值', '工业增加值', '增加值', '工业产值', '产值', '营业收入', '工业总产值', '保费投诉']; // (亿元保费投诉量: session 48)
/** After a bare 亿 and a unit: a rate's name, the amount its denominator (亿客公里死亡人数, 亿元产值死亡率: D-53). */
const RATE_AFTER_DENOMINATOR = ['死亡人数', '死亡率', '事故率', '重大事故率', '事故死亡率'];
const INVESTMENT_AFTER = ['固定资产投资', '投资'];
const INVESTMENT_PROJECTS = ['固定资产投资项目', '投资项目'];
/** A rate (…死亡率) or a figure per the amount (…就业人数, …带动就业) in the clause after `at`. */
function perFigureAhead(text: string, at: number): boolean {
  for (let k = at; k < text.length && k - at < 24; k++) {
    const ch = text[k];
    if ('，。；,;:!?'.includes(ch)) return false;
    if (ch === '率' || text.startsWith('人数', k) || text.startsWith('带动就业', k)) return true;
  }
  return false;
}

const PARAMETERS = /参数/;
/** Units of events and records, which reach 10^10 (人次, 次, 条, 笔). */
const EVENTS_COUNTED = ['人次', '次', '条', '笔', '件次', '例次', '个次', '件', '票', '单']; // (百亿件, 千亿件 of parcels: session 50's review, MONEY)
/** A count's name in the clause before a bare 百亿 (人次逾百亿, 调用量达千亿). */
const COUNT_NAMED_BEFORE = /(?:人次|次数|笔数|条数|用户数|调用量|访问量|结算量|交易量)[^，。；,;]{0,4}$/;
/** A scale word alone is an amount, never a share: 百成, 万% are no percentages. */
const isShare = (t: string) => t === 'PERCENT' || t === 'PERCENT_POINT';

export const bareScale: Step = {
  id: 'bare-scale',
  only: 'cn',
  when: { first: scaleChars(2) }, // CN_SCALE ≥ 2
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (!c.isCn || CN_SCALE[text.charCodeAt(num.start)] < 2 || num.over) return false;
    // 两个亿元, 3个亿元: the spoken scale of the count before it (the unit step reads 两个亿 as nothing), no amount of its own
    // 上百亿元, 成千亿元: vague, as 上千家 is (D-6, D-48); not 形成百亿, 完成千亿
    // (平台上百亿元补贴: 上 of 平台上, a place)
    if ((c.before === 0x4e0a /* 上 */ && (num.start < 2 || VAGUE_SHANG_AFTER.includes(text[num.start - 2]) || CLASS[text.charCodeAt(num.start - 2)] === Cls.PUNCT)) ||
      (c.before === 0x6210 /* 成 */ && !VERB_CHENG.includes(text[num.start - 2]))) return true;
    if (c.before === C.GE && num.end - num.start === 1 && num.start >= 2 && isNumeralChar(text.charCodeAt(num.start - 2))) return true;
    // 十来亿元, 一百来亿元: "some" before the scale, vague (session 49's review: 亿元 read as 10^8)
    if (c.before === 0x6765 /* 来 */ && num.start >= 2 && isNumeralChar(text.charCodeAt(num.start - 2))) return true;
    // 参数规模超过千亿级, 百亿以上参数: a model's parameters, no money (session 49's review)
    if (PARAMETERS.test(text.slice(Math.max(0, num.start - 10), num.end + 6))) return true;
    // 百余家, 万余元, 千多人: 余/多 between the scale and the unit is inside the span and sets over (like 1000余名)
    const yu = codeIs(text, num.end, C.YU) || codeIs(text, num.end, C.DUO);
    if (yu) {
      const uy = unitAt(text, num.end + 1);
      if (!uy || uy[0].type === 'DATE' || uy[0].type === 'DURATION' || isShare(uy[0].type) || classAt(text, num.end + 1 + uy[1]) === Cls.LATIN) return true;
      c.push(this.id, { start: num.start, end: num.end + 1 + uy[1], type: uy[0].type, value: num.value, unit: uy[0].unit, qualifier: 'over' });
      return true;
    }
    const end = num.end;
    const u = unitAt(text, end);
    if (!u) {
      // 千亿参数的大模型: a count of parameters, no money (and no count: a scale alone, as 万人)
      if (num.value < 1e10 || startsWithAny(text, end, HUGE_COUNT_NOUNS)) return true;
      // (结算人次逾百亿, 诊疗人次超百亿: a count named before it; session 49's review, MONEY)
      if (COUNT_NAMED_BEFORE.test(text.slice(Math.max(0, num.start - 8), num.start))) {
        c.push('count.bare', { start: num.start, end, type: 'COUNT', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, end, 'COUNT') });
        return true;
      }
      c.push('money.bare-scale', { start: num.start, end, type: 'MONEY', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, end, 'MONEY') });
      return true;
    }
    const uEnd = end + u[1];
    // 单位:亿元, (亿元), 亿千瓦时 alone on a line: the unit of a table or column, not an amount
    const after = codeAt(text, uEnd);
    if ((c.before === C.LPAREN && after === C.RPAREN) || (c.before === C.COLON && text.startsWith('单位', num.start - 3)) ||
      (c.atLineStart(num.start) && (uEnd >= text.length || c.atLineStart(uEnd)))) return true;
    // 发电量⇥亿千瓦小时⇥4107, 单位为亿元, 按亿元计算: a row's unit cell between whitespace before its figures, a table's
    // note (session 46's review: 1×10^8 each)
    if ((c.gap(num.start) && c.gap(uEnd) && numeralClassAt(text, uEnd)) || text.startsWith('单位为', num.start - 3) || text.startsWith('单位是', num.start - 3) ||
      (c.before === 0x6309 /* 按 */ && codeIs(text, uEnd, 0x8ba1 /* 计 */))) return true;
    // 完成1234.5⏎- 12 -⏎亿元: a line opening with the scale and unit after a number or a page's marker (- 12 -, — 12 —):
    // the amount stayed on the line before, a page break inside it; 10^8 of its own would be wrong (session 47)
    // (第 12 页 共 45 页, ·12·: the footer's other forms; session 47's review)
    if (c.atLineStart(num.start) && num.start > 0) {
      const b = text.charCodeAt(lastNonSpace(text, num.start));
      if (CLASS[b] === Cls.DIGIT || b === 0x2d /* - */ || b === 0x2014 /* — */ || b === 0x9875 /* 页 */ || b === 0xb7 /* · */) return true;
    }
    // 党的百年奋斗, 百年来: a literal hundred years (D-62); 千年梦想, 百年变局 are figures of speech
    if (u[0].unit === '年' && num.value === 100 && (startsWithAny(text, uEnd, CENTURY_AFTER) || c.before === C.JIN)) {
      // (近百年来 read as 近一百年来 is, D-72; session 39's review: under)
      const q = qualifierAround(text, num.start, uEnd, 'DURATION');
      c.push('duration.century', { start: num.start, end: uEnd, type: 'DURATION', value: 100, unit: '年', qualifier: q === 'under' && lastYears(text, num.start, uEnd) ? 'exact' : q });
      return true;
    }
    // 亿元地区生产总值生产安全事故死亡率: the denominator of a rate (D-53), as 亿元GDP
    if (u[0].type === 'MONEY' && startsWithAny(text, uEnd, OUTPUT_AFTER)) return true;
    // (运输航空亿客公里死亡人数, 亿吨公里死亡率: a measure's denominator of a rate; session 47's review, QUANTITY 10^8)
    if (startsWithAny(text, uEnd, RATE_AFTER_DENOMINATOR)) return true;
    // 亿元固定资产投资安全事故死亡率, 亿元投资新增就业人数: an investment's denominator opening the clause of a rate or a
    // figure per it (D-53; session 42's review: MONEY 10^8)
    // (not before 项目: 亿元投资项目开工率, a class of projects by size; the second review)
    if (u[0].type === 'MONEY' && startsWithAny(text, uEnd, INVESTMENT_AFTER) && !startsWithAny(text, uEnd, INVESTMENT_PROJECTS) && (num.start === 0 || c.beforeCls === Cls.PUNCT || c.atLineStart(num.start)) && perFigureAhead(text, uEnd)) return true;
    if (classAt(text, uEnd) === Cls.LATIN || u[0].type === 'DATE' || u[0].type === 'DURATION' || isShare(u[0].type)) return true; // 亿元GDP; 百年, 千年; 百成, 千%: no share
    // 百亿县, 千亿园区: a county or park of that output, money (a count of 10^10 of them is none)
    // (not events or records counted, 逾百亿人次, 千亿次, 百亿条, 百亿笔: session 49's review, MONEY)
    if (num.value >= 1e10 && u[0].type === 'COUNT' && !EVENTS_COUNTED.includes(u[0].unit)) {
      c.push('money.bare-scale', { start: num.start, end, type: 'MONEY', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, end, 'MONEY') });
      return true;
    }
    const sizeClass = codeIs(text, uEnd, C.JI2);
    const qb = qualifierBefore(text, num.start);
    const qualified = (!!qb && qb[0] !== 'exact') || !!qualifierAfter(text, uEnd);
    if (!sizeClass && !qualified && num.value < 1e8) return true;
    c.push(this.id, { start: num.start, end: uEnd, type: u[0].type, value: num.value, unit: u[0].unit, qualifier: sizeClass ? 'exact' : qualifierAround(text, num.start, uEnd, u[0].type) });
    return true;
  },
};
