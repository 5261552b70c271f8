// Arabic numerals with no unit (Chinese ones without a unit are parts of
// words): a ratio after its name (“案-件比”为1.043), a year in a name
// (2023黄河非遗大展, D-33), an index value (指数448), or a number before a
// counted noun (280万农牧民 → COUNT 280万, unit null).
import { charTable, CLASS, classAt, Cls, CN_SCALE, codeAt, codeIs, FINANCIAL, phraseEndsAt } from '../../text/chars.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { qualifierAfter, qualifierBefore, unitAt } from '../lexicon.js';
import { isYearValue, qualifierAround, rangeLow } from '../read.js';
import { C, endsWithAny, isRangeChar, rangeUpperEnd, startsWithAny, type Ctx, type Step } from './context.js';
import { insideShortQuote } from './negatives.js';
import { pairBiAt } from './ratio.js';
import { listStart } from './shared-unit.js';
import { BRANDS_BEFORE, COMPARISON_BEFORE, HUGE_COUNT_NOUNS, TIME_AFTER_AMOUNT, INDEX_BEFORE, MONEY_THRESHOLDS, NOT_RATIO_NAME, PER_HEAD_RATES, RATIO_NAMES } from './data/words.js';

export const bare: Step = {
  id: 'bare',
  apply(c: Ctx): boolean {
    const { text, num, after } = c;
    if (c.isCn) {
      // 十四亿人民, 三千五百万农民: a Chinese numeral with 万 or 亿 before a plain noun is a count (D-22);
      // other Chinese numerals without a unit are parts of words
      const last = CN_SCALE[text.charCodeAt(num.end - 1)];
      // 陆万龄, 伍万: a financial numeral is written for money; before a plain noun it is a name
      // 九千六百多万党员, 二十几万群众: 多/几/余 inside the numeral set over (D-48)
      if (last >= 4 && num.value >= 1e4 && CN_SCALE[text.charCodeAt(num.start)] < 2 && !FINANCIAL[text.charCodeAt(num.start)] && !perPopulation(text, num)) {
        // 贫困人口二百三十万，: a population closing its clause, as in digits below (a review: nothing)
        // (打造十亿级产业集群, 培育五十亿级龙头企业: an output's size class, money; session 41's review: a count)
        if (c.afterCls === Cls.CJK) {
          // (挽回经济损失一亿多，: 多 or 余 and no noun after it, money or a count? not certain, as 1亿多， (session 49's review: COUNT))
          // (after a word of money only: 人口十四亿多， counts people, and so does 从一亿多减少到三千万左右 of a population; session
          // 49's judge)
          // (融资一百二十亿左右。, 投资三千亿以上。: a bound and no noun after it, as 3000亿以上。 below (D-22; session 49's review: COUNT))
          const q = c.after === C.DUO || c.after === C.YU ? null : qualifierAfter(text, num.end);
          const noNoun = q === null ? (c.after === C.DUO || c.after === C.YU) && phraseEndsAt(text, num.end + 1) : classAt(text, num.end + q[1]) !== Cls.CJK;
          if (noNoun && (moneyRightBefore(text, num.start) || moneyCueBefore(text, num.start))) return true;
          // (安排四百亿投资, 积压了二百多亿物资: from 10^10 money as in digits; session 51's review of the 1970s, COUNT)
          const money = moneyMeant(text, num.end, num.value) ? 'money' : amountReading(c);
          if (money === 'money') pushBareMoney(c);
          if (money !== 'count') return true;
        }
        const rule = c.afterCls === Cls.CJK ? 'count.bare' : c.afterCls !== Cls.CNUM && peopleBefore(text, num.start) ? 'count.people' : null;
        if (rule && !listedAmount(c)) c.push(rule, { start: num.start, end: num.end, type: 'COUNT', value: num.value, unit: null, qualifier: num.over ? 'over' : qualifierAround(text, num.start, num.end, 'COUNT') });
      }
      return true;
    }
    // (黄金1.2万两, 白银2.5万两: taels, a unit GUIDELINES leaves open; session 51's review, a bare count): nothing
    if (after === 0x4e24 /* 两 */ && endsWithAny(text, num.start, TAEL_GOODS)) return true;
    // 孕产妇死亡率10.5/10万: a rate per a power of ten, its denominator after a slash (D-53): no ratio of 10.5
    if (c.after === 0x2f /* / */ && c.next()?.start === num.end + 1) return true;
    // (增速比全国高0.8: a comparison, no ratio; D-83)
    // (按1比0.5配套, 由1比8.27调整到: the second term of a pair a比b the colon step did not read, no ratio of its own;
    // session 45's review: RATIO 0.5, 8.27; 汇率由8.27比1升至6.83比1, 之比由1978年的36.5比63.5: its first term alone
    // neither; session 46's reviews: RATIO 6.83 and 36.5, cut from their pairs)
    if (num.decimal && (pairBiAt(text, num.start - 1) || pairBiAt(text, num.end))) return true;
    if (num.decimal) {
      const lookback = text.slice(Math.max(0, num.start - 8), num.start);
      // (优良天数比率（%）87.5: a rate in %, its header's unit, no ratio; session 49's review, RATIO 87.5)
      if (lookback.includes('(%)')) return true;
      // (食品抽检合格率97.6, 失业率5.2: a rate in % whose sign a PDF lost, as D-116's 普及率78.6; not 容积率, 倍率, 周转率, 杠杆率
      // or a rate below one; session 51's review, RATIO 97.6)
      if (num.value >= 1 && c.before === 0x7387 /* 率 */ && !endsWithAny(text, num.start, RATIO_RATES)) return true;
      // (生师比⏎小学⏎665.63: a table's header, the cell under another column; session 51's review, RATIO 665.63)
      let rows = 0;
      for (let k = Math.max(1, num.start - 8); k <= num.start; k++) if (c.atLineStart(k)) rows++;
      const acrossRows = rows >= 2;
      if (!acrossRows && (((biNamesRatio(text, Math.max(0, num.start - 8), num.start) || lookback.includes('倍差') || endsWithAny(text, num.start, RATIO_NAMES)) && !NOT_RATIO_NAME.some((w) => lookback.includes(w))) ||
        bracketAfterRatioName(text, num.start)) &&
        !(c.before !== 0x6bd4 /* 比 */ && endsWithAny(text, num.start, COMPARISON_BEFORE))) {
        c.push('ratio.named', { start: num.start, end: num.end, type: 'RATIO', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end) });
        return true;
      }
      // 收入比由2.56缩小到2.45: the ratio's new value after a change from the one just read (a review: lost)
      const last = c.lastMention();
      if ((last && last.rule === 'ratio.named' && num.start - last.end <= 7 && ratioChangedTo(text, last.end, num.start)) || changedToAfterYear(c, 'ratio.named')) {
        c.push('ratio.named', { start: num.start, end: num.end, type: 'RATIO', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end) });
        return true;
      }
    }
    // glued to the name (２０２３黄河非遗大展, or across a line break); 浏览量:1234 字号 is no year
    // a plausible calendar year only, and not a labelled figure (字数:2345)
    // (茅台1935, 五粮液1618: a product's name; session 42's review: DATE 1935)
    // (not one character closing a phrase: 子弹2000发、, 弓弩2000把。, 长度达到2000码。 count or measure in a classifier
    // the lexicon lacks, but 2024级、, 2024秋、 are a grade and a term; not 余 or 多 before a unit or one such character,
    // 2000余通, 2000多发: a bound no year has, D-82, where 2024多彩贵州, 2023余杭马拉松 are names; session 43's reviews)
    // 2023—2024冰雪季, 2024—2025演出季, 《2023—2024中国冰雪旅游发展报告》: a range of years before a name, one DATE as
    // 2023—2024赛季 is (D-10, D-33; session 48's review: the upper year alone)
    if (yearRangeBeforeName(c)) return true;
    // (吸纳1800—2000劳动力: the upper end of a range of counts, no year; session 48's hunt: DATE 2000)
    if (isYearValue(num, c.s) && num.value >= 1900 && num.value <= 2099 && c.before !== C.COLON && !rangeUpperEnd(c) && !countsChanged(c) &&
      ((c.afterCls === Cls.CJK && !closingWord(text, num.start, num.end)) || after === C.LQUOTE) && (!c.gap(num.end) || c.atLineStart(num.end)) &&
      !cellInColumn(c) && !endsWithAny(text, num.start, BRANDS_BEFORE)) { // a number alone on its line beside another is a table's cell (2030 of 执行数), no year
      c.push('date.bare-year', { start: num.start, end: num.end, type: 'DATE', value: String(num.value), unit: null, qualifier: 'exact' });
      return true;
    }
    if (endsWithAny(text, num.start, INDEX_BEFORE) || indexNamedBefore(c)) {
      // (《全球创新指数2024》, 《全球创新指数2024：释放…》报告: a report's edition year inside its title, or before its subtitle's
      // colon (spec §4, D-33); session 51's review, NUMBER 2024)
      if (isYearValue(num, c.s) && num.value >= 1990 && num.value <= 2099 && (after === C.COLON || insideTitle(text, num.start))) {
        c.push('date.bare-year', { start: num.start, end: num.end, type: 'DATE', value: String(num.value), unit: null, qualifier: 'exact' });
        return true;
      }
      c.push('number.index', { start: num.start, end: num.end, type: 'NUMBER', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end) });
      return true;
    }
    // 打造500亿—1000亿产业集群, 覆盖人口200万至300万: a range of amounts in 万 or 亿 without a unit, one mention (D-47:
    // never one end alone; session 39's review: 1000亿 alone, or 200万 alone)
    if ((num.form === NumForm.MIXED || num.form === NumForm.ARABIC) && bareRange(c)) return true;
    // 迈上1200亿台阶, 突破5万关口: an economy's size, money implied (D-52), where a word of money stands in the clause
    // before it (网民规模突破4.5亿大关, 5G基站跨上300万台阶 count users and stations: session 48's review, MONEY; not certain
    // which count, nothing)
    if (num.form === NumForm.MIXED && !num.over && startsWithAny(text, num.end, MONEY_THRESHOLDS)) {
      if (!moneyInClause(text, num.start)) return true;
      c.push('money.threshold', { start: num.start, end: num.end, type: 'MONEY', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end, 'MONEY') });
      return true;
    }
    // 参保人数增加1.4亿、, 贫困人口减少700万。: a population's size closing its clause is a count of people
    if (num.form === NumForm.MIXED && !num.over && CN_SCALE[text.charCodeAt(num.end - 1)] >= 4 && c.afterCls !== Cls.CJK && c.afterCls !== Cls.CNUM && peopleBefore(text, num.start)) {
      c.push('count.people', { start: num.start, end: num.end, type: 'COUNT', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end, 'COUNT') });
      return true;
    }
    if (c.afterCls !== Cls.CJK && c.afterCls !== Cls.CNUM) return true;
    if (num.intDigits >= 5 && num.form === NumForm.ARABIC && !num.decimal) return true; // hotlines, codes
    // "2山西省人民政府办公厅转报…" opening a line: the number of an item in a list
    if (num.form === NumForm.ARABIC && !num.decimal && num.intDigits <= 2 && c.atLineStart(num.start)) return true;
    // “渝味360碗”: a number inside a short quotation is part of a name
    if (insideShortQuote(text, num.start, num.end)) return true;
    // plain digits before a noun without a classifier are codes, page furniture or clock times (共3页, 08:15 来源);
    // counts of people or things written so carry a scale word (280万农牧民)
    // 全省投资3000亿以上。: a qualifier and no noun after it: money or a count? not certain (280万以上农牧民 counts)
    if (num.form === NumForm.MIXED) {
      const q = qualifierAfter(text, num.end);
      if (q && classAt(text, num.end + q[1]) !== Cls.CJK) return true;
      // 10万人口犯罪率: a power of ten before 人口 and a rate is the rate's denominator (D-53, without 每), no count
      if (perPopulation(text, num)) return true;
      // 打造500亿产业集群, 1000亿级产业: no count reaches 10^10 of anything, an output is meant (D-52, as 百亿县)
      // (not 页岩气, 字号: 打造1000亿页岩气产业集群, a later review)
      // (两县分别筹措120万和80万用于救灾: the members of a list whose closer is money; session 41)
      const money = moneyMeant(text, num.end, num.value) ? 'money' : amountReading(c);
      if (money === 'money') pushBareMoney(c);
      if (money !== 'count') return true;
      if (!listedAmount(c)) c.push('count.bare', { start: num.start, end: num.end, type: 'COUNT', value: num.value, unit: null, qualifier: num.over ? 'over' : qualifierAround(text, num.start, num.end, 'COUNT') });
    }
    return true;
  },
};

/**
 * 人均纯收入从1986增加到3200元, 由2050提高到4300元: the old value of a change whose new one carries the unit, and 2000至3000之间:
 * a range's lower end before an upper one no year can be (session 49's reviews, DATE): no year.
 */
function countsChanged(c: Ctx): boolean {
  const { text, num } = c;
  // (not before a year, 从1986增加到1990年: both years; session 49's judge)
  if ((c.before === 0x4ece /* 从 */ || c.before === 0x7531 /* 由 */) && startsWithAny(text, num.end, CHANGE_TO_VERBS)) { const y = c.next(); return !(y && codeIs(text, y.end, C.NIAN)); }
  if (c.after !== 0x81f3 /* 至 */ && c.after !== 0x5230 /* 到 */) return false;
  const m = c.next();
  return !!m && m.start === num.end + 1 && (m.value > 2099 || m.intDigits !== 4);
}
const CHANGE_TO_VERBS = ['增加到', '增加至', '提高到', '提高至', '增长到', '增长至', '上升到', '上升至', '下降到', '下降至', '减少到', '减少至',
  '降低到', '降低至', '增至', '降至', '升至', '扩大到', '扩大至', '缩小到', '缩小至'];

/** Whether `at` lies inside a title or a quotation opened within the thirty characters before (《…, “…) and not closed. */
function insideTitle(text: string, at: number): boolean {
  const from = Math.max(0, at - 30);
  for (let k = at - 1; k >= from; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 0x300b /* 》 */ || ch === 0x201d /* ” */ || ch === 0x3002 /* 。 */) return false;
    if (ch === 0x300a /* 《 */ || ch === 0x201c /* “ */) return true;
  }
  return false;
}

/** A range of two calendar years joined by a range mark, before a Han character other than 年 (a name): pushed as one DATE. */
function yearRangeBeforeName(c: Ctx): boolean {
  const { text, num } = c;
  if (!isRangeChar(c.after) || num.intDigits !== 4 || num.decimal || num.end - num.start !== 4 || num.value < 1900 || num.value > 2099) return false;
  const m = c.next();
  if (!m || m.start !== num.end + 1 || m.end - m.start !== 4 || m.decimal || m.form !== NumForm.ARABIC || m.value <= num.value || m.value > 2099) return false;
  const k = codeAt(text, m.end);
  // (从2019至2023，, 从2018到2023。: after 从 or 自 a range of years closing its phrase too; session 49's hunt, the lower year
  // alone)
  // (1978至2018，城镇化率提高: so opening a clause, where no count or amount has its noun before it; session 50, the
  // lower year alone)
  // (not after a colon, a comma or a pause mark: 海拔（米）：1900—2000，, 人均用水量：1950、1980—2050， are values; the hunt)
  const closed = (c.before === 0x4ece /* 从 */ || c.before === 0x81ea /* 自 */ || num.start === 0 || c.atLineStart(num.start) ||
    c.before === 0x28 /* ( */ || c.before === 0x3b /* ; */ || c.before === 0x3002 /* 。 */ || c.before === C.DOT) && phraseEndsAt(text, m.end); // (not after a comma: 海拔，1900—2000，, the judge)
  // (2016至2020五年间, 2021—2023三年累计: the count of the range's years right after it, in words; session 51's review, the lower
  // year alone or nothing)
  const count = c.numAt(c.i + 2);
  const counted = !!count && count.start === m.end && count.form === NumForm.CHINESE && (count.value === m.value - num.value + 1 || count.value === m.value - num.value) && codeIs(text, count.end, C.NIAN);
  if (!closed && !counted && (classAt(text, m.end) !== Cls.CJK || k === C.NIAN || k === C.YUE || closingWord(text, m.start, m.end) || c.gap(m.end))) return false;
  c.push('date.bare-year', { start: num.start, end: m.end, type: 'DATE', value: `${num.value}/${m.value}`, unit: null, qualifier: 'exact' });
  c.i++;
  return true;
}

const TAEL_GOODS = ['黄金', '白银', '鸦片', '烟土', '金', '银'];
/** Rates in 率 that are ratios, not shares in % (容积率2.8, 求人倍率1.48). */
const RATIO_RATES = ['容积率', '倍率', '周转率', '杠杆率', '比率', '乘率', '折算率', '换算率', '市盈率', '市净率', '市销率', '汇率', '生育率']; // (the last five: the hunt)

/** The context's numeral, an amount in 万 or 亿 with money implied: MONEY, unit null (spec §4: `百亿`). */
function pushBareMoney(c: Ctx): void {
  const { text, num } = c;
  c.push('money.bare-scale', { start: num.start, end: num.end, type: 'MONEY', value: num.value, unit: null, qualifier: num.over ? 'over' : qualifierAround(text, num.start, num.end, 'MONEY') });
}

/**
 * An amount in 万 or 亿 without a unit (the context's numeral, or the list it opens or closes): `money` where money is
 * implied and no count can be meant (D-106, spec: `百亿` → MONEY, unit null), `none` where it may be either, `count`
 * otherwise (280万农牧民, D-22). Money: a size class in 亿 before an output's noun (十亿级产业集群, D-52; not 十亿级用户), a
 * noun of money after it (安排300万资金, 减免2000万个人所得税), or a word of money right before it, only words of an amount
 * between (投资10亿, 补助每户2万, 收入不足2万, 县里筹措的120万), and after it a verb of its use or 的 (投资10亿建设,
 * 补助300万用于, 总投资50亿的项目). None: a word of money earlier in the clause with other words between, before a verb
 * of use or 的 (安排资金支持企业1.2亿用于技改), unless people or things stand right before the amount or right after 的
 * (资金扶持农户2万发展, 资金惠及200万的群众: counts). Session 41's reviews: counts of nothing named, then money past
 * people, then counts of money past a qualifier.
 */
function amountReading(c: Ctx): 'money' | 'none' | 'count' {
  const { text, num } = c;
  const from = c.nums[listStart(text, c.nums, c.i)].start;
  const closer = listCloserOf(c);
  // (分别筹措120万和80万用于: each member as the list's closer)
  for (const n of closer === num ? [num] : [num, closer]) {
    const r = oneAmount(text, n, from);
    if (r !== 'count') return r;
  }
  return 'count';
}
function oneAmount(text: string, num: NumberSpan, from: number): 'money' | 'none' | 'count' {
  const end = num.end;
  if (text.charCodeAt(end) === 0x7ea7 /* 级 */) {
    const m = OUTPUT_CLASS_AFTER.exec(text.slice(end + 1, end + 24));
    // (十亿级用户规模的数字平台, 十亿级客流的枢纽机场: a count's class before the output's noun; an industry's is an output
    // whatever it makes, 十亿级智能终端产业集群: the last review)
    // (not a count's class right after 级: 十亿级像素影像传感器产业基地, 十亿级用户数字经济龙头企业)
    const industry = m !== null && /产业|集群|园区|基地|企业|龙头|产值|营业收入|市场主体/.test(m[0]) && !m[0].includes('的') &&
      !/^(?:像素|参数|用户|游客|客流|人口|网民|旅客|乘客|粉丝|会员|消费者|读者|观众|访问量|下载量|日活|连接|数据量)/.test(text.slice(end + 1, end + 5));
    return CN_SCALE[text.charCodeAt(end - 1)] === 8 && m !== null && (industry || !/用户|客流|人口|参数|网民|像素|人次|游客|旅客|乘客|粉丝|会员|消费者|读者|观众|流量|访问量|下载量|笔数|连接|终端|设备|数据量|算力|日活|存储|次/.test(m[0])) ? 'money' : 'count';
  }
  if (startsWithAny(text, end, MONEY_NOUNS_AFTER) && !startsWithAny(text, end, PEOPLE_OF_MONEY)) return 'money';
  // (投资10亿以上的项目, 总投资5亿左右的项目: a qualifier before 的)
  const q = /^(?:以上|以下|左右|上下)/.exec(text.slice(end, end + 2));
  const ofAt = q && text.charCodeAt(end + q[0].length) === 0x7684 /* 的 */ ? end + q[0].length : end;
  const of = text.charCodeAt(ofAt) === 0x7684 /* 的 */;
  // (贪污贿赂100万以上的大案, 50万以上要案: cases classed by an amount, as 对1000万以上的项目 below; session 49's review, COUNT)
  // (not after a word of money: 对涉案金额1000万以上的大案要案 is money; the hunt)
  if (q && /^的?[^，。,.;]{0,2}?(?:大案|要案)/.test(text.slice(end + q[0].length, end + q[0].length + 6)) && !moneyRightBefore(text, from)) return 'none';
  // (盗走现金2万后, 收受30万以后: a time word after it, no noun it could count: money after a word of money, a count after
  // people, 人口达到14亿后; else not certain; session 46's review: COUNT 20000)
  // (钱款5万余后: the span would leave out its 余, as 钱款5万余， gives nothing: nothing)
  if (!of && (text.charCodeAt(end) === C.YU || text.charCodeAt(end) === C.DUO) && startsWithAny(text, end + 1, TIME_AFTER_AMOUNT)) return 'none';
  // (会员人数突破1000万后, 减少到500万以后: counts as before; a word of money earlier in the clause, 挪用…300万后, 现金2万后:
  // not certain; the second review)
  if (!of && startsWithAny(text, end, TIME_AFTER_AMOUNT)) return moneyRightBefore(text, from) ? 'money' : moneyCueBefore(text, from) || MONEY_HELD.test(text.slice(Math.max(0, from - 8), from)) ? 'none' : 'count';
  // (扶贫资金1.2亿全部拨付到位, 村集体经济收入由3万增加到12万: a word of money right before it, money; session 49's review, COUNT)
  // (a word after it, not a list's joiner: 罚款120万和80万。 stays not certain, as the closer closing its clause decides)
  // (only before an adverb or a verb of the money's own: 安排三千五百多万城镇待业人员就业 counts people; session 49's judge)
  if (!of && !startsWithAny(text, end, SPENT_ON_AFTER)) return startsWithAny(text, end, MONEY_VERBS_AFTER) && moneyRightBefore(text, from) ? 'money' : 'count';
  if (moneyRightBefore(text, from)) return 'money';
  // (the noun after 的 is what the amount describes or counts: 惠及200万的贫困人口; a word of money farther back before a verb of
  // use is not certain, 安排资金支持1.2亿用于技改, unless people or things stand right before it: 支持农户超过2万发展; the last
  // review: counts lost)
  // (对1000万以上的项目, 对5000万以上的重大项目: a class of projects or cases by an amount not named; session 46's review:
  // COUNT 10^7)
  if (of && /^[^，。,.;]{0,4}?(?:项目|工程|案件)/.test(text.slice(ofAt + 1, ofAt + 10))) return 'none';
  // (将1200万用于弥补亏损: an amount put to a use, not certain, never a count without people or things before it; session
  // 51's review, COUNT)
  // (a word of money farther back stays not certain, 安排资金支持1.2亿用于技改: the reviews of session 46)
  // (after 将 or 把 only: 盘活存量房源1.2万用于 counts what stands before; the hunt)
  if (!of && text.startsWith('用于', end) && (text[from - 1] === '将' || text[from - 1] === '把')) return 'none';
  if (!moneyCueBefore(text, from)) return 'count';
  // (before 的, the noun after it: money, 下达各地5亿的补助资金; a project, 安排资金支持1.2亿的技改项目, not certain; else what
  // the amount counts, 支持全区120万的高校毕业生, 脱贫人口超过30万的县: the last reviews)
  if (of) {
    // (the noun right after 的: 3万的贷款农户, 30万的农户申请贷款 count people; the last review: money)
    const tail = text.slice(ofAt + 1, ofAt + 15);
    if (startsWithAny(text, ofAt + 1, PEOPLE_OF_MONEY) || COUNTED_NOUNS.some((w) => w.length > 1 && tail.startsWith(w))) return 'count';
    if (/^[^，。,.;]{0,3}?(?:资金|款项|补助|经费)/.test(tail) || /^(?:补贴|贷款|债券|支出)(?!对象|农户|户|投资者|型)/.test(tail)) return 'money';
    return /^[^，。,.;]{0,12}?(?:项目|工程)/.test(tail) ? 'none' : 'count';
  }
  return countedBefore(text, from) ? 'count' : 'none';
}
/** Words of a figure counted per head after N万人口 (立案数为, 拥有, 拥有量, 在校生数): its denominator, as before a rate. */
const PER_HEAD_FIGURES = ['拥有', '数为', '量为', '人数为', '在校生数'];

/** Money held or taken, before a bare amount (现金, 赃款, 骗取, 收受…): no count of people. */
const MONEY_HELD = /现金|赃款|钱款|公款|贿赂|借款|现款|存款|贷款|骗取|收受|索取|索要|侵吞|贪污|获利|诈骗|盗走|窃取|挪用/;

/** Whether people or things an amount counts stand before `from`, words of an amount aside (人口达到, 农户超过). */
function countedBefore(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 12), from).replace(/(?:超过|超|突破|达到|达|约|近|共计|合计|总计|共|累计|逾|总数|总量|的)+$/, '');
  return COUNTED_NOUNS.some((w) => before.endsWith(w));
}

/** After N亿级: an output's noun within a few characters, or more size classes listed before one (5亿级、10亿级特色产业). */
const OUTPUT_CLASS_AFTER = /^(?:[、和及与](?:[0-9.]+|[一二三四五六七八九十百千]+)亿级)*(?:[^，。；,;]{0,8}?)(?:产业|企业|龙头|项目|集群|园区|基地|工程|平台|产值|市场主体|大单品|单品|品牌|产品|枢纽|商圈|小镇)/;
/** Nouns of money after an amount (资金, 债券, 个人所得税…). */
const MONEY_NOUNS_AFTER = ['资金', '专项资金', '债券', '专项债', '国债', '贷款', '补助资金', '补贴', '奖补', '经费', '税款', '个人所得税', '企业所得税', '所得税', '增值税', '财政资金'];
/** …that open a noun of people (3万贷款农户, 3000万债券投资者: counts). */
const PEOPLE_OF_MONEY = ['贷款农户', '贷款户', '债券投资者', '补贴对象', '资金使用单位', '资金使用者', '支出型'];
/** An adverb or a verb of money after a bare amount (1.2亿全部拨付到位, 由3万增加到12万). */
const MONEY_VERBS_AFTER = ['全部', '全额', '已全部', '已', '均已', '主要', '到位', '拨付', '下达', ...CHANGE_TO_VERBS, '同比', '比上年', '较上年'];
/** A verb of the money's use right after the amount (建设, 用于, 支持…). */
const SPENT_ON_AFTER = ['用于', '建设', '建成', '新建', '修建', '改造', '实施', '支持', '扶持', '帮助', '偿还', '购买', '购置', '发展', '开展', '推进', '打造', '兴建', '设立'];
/** People or things an amount counts, right before it or right after its 的 (农户2万, 200万的群众). */
const COUNTED_NOUNS = ['农户', '农民', '农牧民', '农民工', '劳力', '劳动力', '民工', '人口', '居民', '职工', '群众', '学生', '企业', '家庭', '游客', '脱贫户', '困难群众', '小微企业', '人员', '人才', '老人',
  '儿童', '妇女', '党员', '干部', '户', '人', '岗位', '就业岗位', '合作社', '农场', '对象', '名单', '人次', '市场主体', '经营主体', '用户', '客户', '城镇就业', '新增就业', '基站', '充电桩', '行政村', '示范村', '群体', '学校', '中小学', '卫生院', '医院'];

/**
 * A word of money that ends right before `start`, or with only words of an amount between (超, 不足, 达到, 缺口, 每户,
 * 预计, 的…): the amount is money's. Not across people or things (资金扶持农户2万, 投入劳力2000万).
 */
function moneyRightBefore(text: string, start: number): boolean {
  for (let k = start; k > 0 && start - k <= 10 && CLASS[text.charCodeAt(k - 1)] !== Cls.PUNCT; k--) {
    // (not a word of people that holds one: 纳税人, 投资者, 低收入群体)
    // (人均, 户均, 人民币 after it are words of an amount: 收入人均2.1万)
    const holder = '人者户主'.includes(text[k] ?? '\0') && text[k + 1] !== '均' && !text.startsWith('人民币', k);
    if (endsWithAny(text, k, MONEY_CUES) && !endsWithAny(text, k, NOT_MONEY_CUES) && !holder && AMOUNT_BETWEEN.test(text.slice(k, start))) return true;
  }
  return false;
}
const AMOUNT_BETWEEN = /^(?:由|从|缺口|总额|总量|规模|标准|需求|余额|投放|发放|为|是|每户|每人|户均|人均|分别|各|均|预计|估算|概算|将|已|仅|首次|在|上|过|不足|不到|低于|不低于|不少于|高于|不超过|超|超过|达|达到|约|近|突破|逾|共|累计|合计|总计|计|共计|高达|了|的)*$/;
/** Words that end like a word of money and are none (免费, 消费…). */
const NOT_MONEY_CUES = ['免费', '消费', '付费', '低收入', '中等收入', '高收入'];

/**
 * Whether a word of money (MONEY_CUES, 经济总量, GDP…) stands before `start` in its clause, or, where the clause names no
 * thing counted, in the sentence's earlier clauses (全年实现地区生产总值5123亿元，首次突破5000亿大关; session 48's hunt).
 */
function moneyInClause(text: string, start: number): boolean {
  let k = start;
  for (; k > 0 && start - k <= 20 && CLASS[text.charCodeAt(k - 1)] !== Cls.PUNCT; k--) {
    if (moneyWordEndsAt(text, k)) return true;
  }
  if (COUNTED_IN_CLAUSE.test(text.slice(k, start))) return false;
  for (; k > 0 && start - k <= 48 && text.charCodeAt(k - 1) !== 0x3002 /* 。 */ && text.charCodeAt(k - 1) !== 0x3b /* ; */; k--) {
    if (moneyWordEndsAt(text, k)) return true;
  }
  return false;
}
// (not a word of people that holds one: 投资者数量突破2亿大关, 融资者; session 48's review, MONEY)
const moneyWordEndsAt = (text: string, k: number) => (endsWithAny(text, k, MONEY_CUES) || endsWithAny(text, k, ECONOMY_SIZE)) && !endsWithAny(text, k, NOT_MONEY_CUES) && !'者人户主'.includes(text[k] ?? '\0');
/** Things counted, which a threshold's clause may name (网民, 用户, 人口, 游客…): its amount is none of the sentence's money. */
const COUNTED_IN_CLAUSE = /用户|网民|人口|人数|人次|游客|旅客|客流|基站|车辆|汽车|保有量|件|户数|企业数|主体|粉丝|会员|投资者|数量|账户|股民/;
/** An economy's size by its name (D-52's 台阶, 关口): 经济总量, GDP, 总额, 增加值, 市值, 规模 after 经济 or 产业. */
const ECONOMY_SIZE = ['经济总量', 'GDP', '总额', '票房', '外资', '利用外资', '使用外资', '生产总值', '增加值', '市值', '经济规模', '产业规模', '交易额', '贸易额', '零售额', '进出口', '总收入', '营业收入'];

/** The last member of the list the context's numeral opens (120万和80万 → 80万). */
function listCloserOf(c: Ctx): NumberSpan {
  let m = c.num;
  for (let k = 1; ; k++) {
    const n = c.next(k);
    if (!n || n.start !== m.end + 1 || !MEMBER_JOINERS.includes(c.text[m.end])) return m;
    m = n;
  }
}
/**
 * A word of money in the clause before `start`, within sixteen characters, with no people or things counted between it
 * and the amount (安排资金支持企业1.2亿 gives to them; 安排就业, 财政供养人员 count them): its bare amounts are money.
 */
function moneyCueBefore(text: string, start: number): boolean {
  for (let k = start; k > 0 && start - k <= 16 && CLASS[text.charCodeAt(k - 1)] !== Cls.PUNCT; k--) {
    // (安排资金支持企业1.2亿: the money given to them, not them)
    if (endsWithAny(text, k, MONEY_CUES) && !endsWithAny(text, k, NOT_MONEY_CUES)) {
      const between = text.slice(k, start);
      // (not 支持就业人数分别为, 获得资金支持的企业: the people counted)
      return (GIVEN_TO.test(between) && !PEOPLE_COUNTED.test(between)) || !COUNTED_BETWEEN.test(between.replace(MONEY_PEOPLE, ''));
    }
  }
  return false;
}

/**
 * 罚款120万和80万, 投资120亿和80亿: a bare amount before a list's conjunction and another numeral, in a clause about money,
 * which the count rule took for a count (a noun after it: 280万农牧民): no count (session 40's reviews: a count of fines;
 * 惠及120万和80万群众, 农民分别为120万和80万 keep theirs).
 */
function listedAmount(c: Ctx): boolean {
  const { num, text } = c;
  if (!LIST_JOINERS.includes(text[num.end] ?? '\0') || c.next()?.start !== num.end + 1) return false;
  // (not a word of people holding one: 低收入人口, 纳税人, 缴费人数, 消费者, 投资者)
  // (nor one with people or things between it and the amount: 安排就业, 财政供养人员, 增收农户, 纳税企业; session 40's review)
  return moneyCueBefore(text, num.start);
}
const LIST_JOINERS = '和及与或';
/** …and the pause mark between a list's earlier members. */
const MEMBER_JOINERS = LIST_JOINERS + '、';
/** People or things counted, between a word of money and a listed amount. */
const COUNTED_BETWEEN = /[人户者]|企业|主体|学生|岗位|招生计划|招录计划|就业|群众/;
/** People counted after a giving verb: 就业人数, 的企业. */
const PEOPLE_COUNTED = /人数|户数|家数|的企业|的学生|的人|的群众/;
/** Verbs that give money to people or things named after them. */
const GIVEN_TO = /支持|扶持|补助|奖励|帮扶|资助|用于/;
/** Words of money that hold a person (人民币, 每人, 人均): no people counted. */
const MONEY_PEOPLE = /人民币|每人|每户|人均|户均/g;
/** Words of money in a clause: its bare amounts are money, not counts. */
const MONEY_CUES = ['罚款', '罚没', '罚金', '奖励', '奖金', '资金', '投资', '投入', '收入', '支出', '税', '费', '款', '金额', '补助', '补贴', '经费', '预算', '营业额', '销售额', '产值', '总值', '筹集', '减免',
  // (拨付, 下达, 安排, 出让金, 债券…: session 40's review)
  '拨付', '下达', '安排', '结余', '追缴', '集资', '筹措', '奖补', '财政', '出让金', '债券', '发行债', '招商引资', '增收', '兑现',
  // (投资额, 纳税额, 税收, 下拨, 营收, 融资, 利润: session 41's reviews)
  '投资额', '纳税额', '融资额', '成交额', '税收', '下拨', '营收', '融资', '利润',
  // (受贿数额, 标的额, 挽回损失, 赃款, 欠薪, 退赔, 涉案价值, 债务余额, 所得额: session 46's review of procuratorate reports, COUNTs)
  '数额', '标的额', '损失', '赃款', '欠薪', '退赔', '涉案价值', '余额', '所得额',
  // (截留的800万用于, 挪用的300万: the audit's verbs of funds misused; session 51's review, COUNTs)
  // (not 滞留, 闲置: people and houses as often, 滞留3万的旅客; nor 骗取: 骗取30万后 is not certain, D-113; the hunt)
  // (not 侵占, a crime's taking as 骗取: the judge)
  '截留', '挪用', '套取', '挤占', '违规使用'];

/**
 * An amount in 万 or 亿 without a unit ending at `end`: money where no count reaches it (10^10 and more) and no noun
 * counted so far follows (100亿参数 counts; 1000亿页岩气, 字号 are money: a later review).
 */
function moneyMeant(text: string, end: number, value: number): boolean {
  return value >= 1e10 && (!startsWithAny(text, end, HUGE_COUNT_NOUNS) || text.startsWith('页岩', end) || text.startsWith('字号', end));
}

/**
 * A range of two amounts in 万 or 亿 without a unit (500亿—1000亿, 200万至300万), the context's numeral its lower end:
 * one MONEY where the upper end is one alone (from 10^10, no count reaching it), else one COUNT where a noun follows
 * or a population precedes, as for one number; else nothing for either end. False where the numerals make no such range.
 */
function bareRange(c: Ctx): boolean {
  const { text, num } = c;
  const m = c.next();
  // (2—3万农民, 200—300万贫困人口: a lower end in digits alone takes the upper end's scale, D-64; session 47's review, the
  // upper end alone)
  // (the range mark and the upper end tested first: most numerals here have neither, and rangeLow for each was 2% of the
  // extractor, session 47's bench:pair)
  if (num.over || !m || m.start !== num.end + 1 || !isRangeChar(text.charCodeAt(num.end)) || m.form !== NumForm.MIXED || m.over) return false;
  const plain = num.form === NumForm.ARABIC;
  const scale = CN_SCALE[text.charCodeAt((plain ? m.end : num.end) - 1)];
  // (5000万到1亿, 8000万至1.2亿: the upper end in a larger scale; session 51's review, two counts)
  const upperScale = CN_SCALE[text.charCodeAt(m.end - 1)];
  if (scale < 4 || upperScale < scale || (plain && upperScale !== scale)) return false;
  const low = plain ? rangeLow(text, num, m) : num.value;
  if (!(low > 0) || m.value <= low || unitAt(text, m.end) !== null || qualifierAfter(text, m.end) !== null) return false;
  // (每3万至5万人口, 每3万至5万常住人口: the rate's denominator, D-53; later reviews)
  if (codeIs(text, num.start - 1, 0x6bcf /* 每 */) && POPULATION_AFTER.test(text.slice(m.end, m.end + 7))) { c.i++; return true; }
  const nounAfter = classAt(text, m.end) === Cls.CJK;
  // (营业收入在5000万到1亿之间, 融资规模3000万到5亿: a word of money right before, as for one amount (D-106); session 51's
  // judge, COUNT)
  const money = moneyMeant(text, m.end, m.value) || moneyRightBefore(text, num.start);
  // (2万至3万 and nothing to type it by: nothing for either end, not one end alone)
  if (!money && !nounAfter && !peopleBefore(text, num.start)) { c.i++; return true; }
  const type = money ? 'MONEY' : 'COUNT';
  c.push(money ? 'money.bare-scale' : 'count.bare', { start: num.start, end: m.end, type, value: low, valueMax: m.value, unit: null, qualifier: qualifierAround(text, num.start, m.end, type) });
  c.i++;
  return true;
}

/** 人口 or 居民, or a kind of them (常住人口, 城镇常住人口, 户籍人口, 流动人口, 老年人口), after 每 and a number: the denominator (D-53). */
// (每10万活产儿, 每10万新生儿, 每10万出生人口: the births a maternal or infant rate is over; session 49's review, COUNT 100000)
// (每10万就业人员中有, 每10万职工中有: workers too; session 51's review, COUNT 100000)
const POPULATION_AFTER = /^(?:城镇常住|农村常住|常住|户籍|城镇|农村|城市|乡村|流动|老年|出生)?(?:人口|居民)|^(?:活产儿|活产|新生儿|活产婴儿|参保人|就业人员|从业人员|在岗职工|职工|劳动者)/; // (每10万参保人中: session 49)

/**
 * 10万人口犯罪率, 十万人口中大学文化程度人数: a power of ten before 人口 and a
 * rate, or 每…人口中 and …人口中具有 (the census's "per 100,000 people"; not 全县十万人口中,
 * 在十亿人口中, populations: a later review), is the denominator
 * (D-53, without 每): no count of people; not after a verb that counts them
 * (新增10万人口). In digits or Chinese numerals (十万人口犯罪率 was COUNT
 * 100000: a review).
 */
function perPopulation(text: string, num: NumberSpan): boolean {
  // 每5万人口配备1名法官, 每一万人口, 每5万常住人口: right after 每, any number of people is the denominator (session 39's
  // reviews)
  // (9.8例/10万活产: after a rate's slash too)
  if ((codeIs(text, num.start - 1, 0x6bcf /* 每 */) || (codeIs(text, num.start - 1, 0x2f /* / */) && BIRTHS_AFTER.test(text.slice(num.end, num.end + 4)))) && POPULATION_AFTER.test(text.slice(num.end, num.end + 7))) return true;
  if (num.value < 1e4 || !Number.isInteger(Math.log10(num.value)) || endsWithAny(text, num.start, COUNTED_PEOPLE_BEFORE)) return false;
  if (text.startsWith('人口', num.end)) {
    return rateAhead(text, num.end + 2) || (text.charCodeAt(num.end + 2) === 0x4e2d /* 中 */ && (codeIs(text, num.start - 1, 0x6bcf /* 每 */) || (num.value === 1e5 && startsWithAny(text, num.end + 3, CENSUS_AFTER))));
  }
  // (工矿商贸十万从业人员死亡率, 10万职工死亡率: workers per head of a rate, as 人口; session 47's review, COUNT 100000)
  const workers = WORKERS.find((w) => text.startsWith(w, num.end));
  return workers !== undefined && rateAhead(text, num.end + workers.length);
}
const WORKERS = ['从业人员', '就业人员', '职工', '工人'];
const BIRTHS_AFTER = /^(?:活产|新生儿)/;

/**
 * A rate counted per head (犯罪率, 发案率, 死亡率…) within ten characters from
 * i, before any punctuation or 的 (10万人口刑事案件发案率); not 城镇化率 (新增10万
 * 人口城镇化率提高), nor past 的 (100万人口的城市犯罪率: a city's size; a review).
 */
function rateAhead(text: string, i: number): boolean {
  // (十万人口刑事案件立案数为, 十万人口拥有执业医师, 十万人口发明专利拥有量: a figure per head, as a rate; session 46's
  // review: COUNT 十万)
  for (let k = i; k < text.length && k - i < 10; k++) {
    if (startsWithAny(text, k, PER_HEAD_RATES) || startsWithAny(text, k, PER_HEAD_FIGURES)) return true;
    if (CLASS[text.charCodeAt(k)] !== Cls.CJK || text.charCodeAt(k) === 0x7684 /* 的 */) return false;
  }
  return false;
}
/** After 人口中: the census's "with" (十万人口中具有大学文化程度的人数). */
const CENSUS_AFTER = ['具有', '拥有', '受过'];
/** Verbs that count people (新增10万人口): the number is no denominator. */
const COUNTED_PEOPLE_BEFORE = ['新增', '增加', '减少', '迁入', '吸纳', '转移', '安置'];

/** 人口, 人数, 人次 or 在校生 ends at most four Han characters (a verb) before i: 参保人数增加, 贫困人口减少. */
/** Nouns of people a population's size follows (台湾同胞2300万). */
const PEOPLE_NOUNS = ['侨胞', '同胞', '华人', '配偶', '侨眷', '华侨', '移民', '难民', '灾民'];
/** Before a noun of people: verbs of giving money, whose amount follows (补助灾民2000万 is money; the hunt). */
const GIVING_BEFORE = ['补助', '救济', '资助', '发放', '下拨', '拨付', '慰问'];
const PEOPLE_LAST = charTable(PEOPLE_NOUNS.map((w) => w[1]).join(''));
export function peopleBefore(text: string, i: number): boolean {
  for (let k = i; k >= 2 && i - k <= 4; k--) {
    // 人口普查经费四百万, 人口计生投入一千二百万: money between (a later review; not 支援, 支边, 投亲)
    if (k < i && (FUNDS.includes(text[k]) || text.startsWith('投入', k) || text.startsWith('支出', k) || text.startsWith('投资', k))) return false;
    // (诊疗人次95.5亿, 入院人次30187万, 在校生2.91亿: session 47's review, missed)
    if (text.charCodeAt(k - 2) === 0x4eba /* 人 */ && (text.charCodeAt(k - 1) === 0x53e3 /* 口 */ || text.charCodeAt(k - 1) === 0x6570 /* 数 */ || text.charCodeAt(k - 1) === 0x6b21 /* 次 */)) return true;
    if (text.charCodeAt(k - 1) === 0x751f /* 生 */ && text.charCodeAt(k - 2) === 0x6821 /* 校 */) return true;
    if (text.charCodeAt(k - 1) === 0x6b21 /* 次 */ && text.charCodeAt(k - 2) === 0x518c /* 册 */) return true; // 外借册次6.59亿
    // (华侨华人约有6000万，, 台湾同胞2300万。, 大陆配偶超过35万。: session 50's review, missed)
    if (PEOPLE_LAST[text.charCodeAt(k - 1)] === 1 && PEOPLE_NOUNS.includes(text.slice(k - 2, k))) return !endsWithAny(text, k - 2, GIVING_BEFORE);
    if (CLASS[text.charCodeAt(k - 1)] !== Cls.CJK) return false;
  }
  return false;
}

/**
 * Whether the numeral is alone on its line next to a numeral alone on the
 * line before or after (2050⏏2030: the cells of a table the table step did
 * not read); a year alone on its line under a heading (2024⏏政府工作报告)
 * stays a year.
 */
function cellInColumn(c: Ctx): boolean {
  const { num, text } = c;
  // a line ends at a numeral's end where the next line starts there, or after the one space kept between two numbers
  const endsLine = (n: NumberSpan) => c.atLineStart(n.end) || (codeIs(text, n.end, 0x20) && c.atLineStart(n.end + 1));
  const alone = (n: NumberSpan | undefined) => !!n && c.atLineStart(n.start) && endsLine(n);
  if (!alone(num)) return false;
  const prev = c.i > 0 ? c.nums[c.i - 1] : undefined, next = c.numAt(c.i + 1);
  return (alone(prev) && num.start - prev!.end <= 1) || (alone(next) && next!.start - num.end <= 1);
}

/** Characters of a word for money (经费, 资金, 费用, 款项): no count of people after it. */
const FUNDS = '费金款资';

/** Whether a 比 in text[from, to) may name a ratio: not the 比 of a pair of numbers (8.27比1升至6.83: session 46's review, a ratio of 6.83; D-83). */
function biNamesRatio(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x6bd4 /* 比 */ && !pairBiAt(text, k)) return true;
  return false;
}

/** 缩小到, 扩大至, 降为: Han characters only from `from` to `to`, ending with 到, 至 or 为 (a change to a new value). */
function ratioChangedTo(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = from; k < to; k++) if (CLASS[text.charCodeAt(k)] !== Cls.CJK) return false;
  let e = text.charCodeAt(to - 1);
  if (e === 0x4e86 /* 了 */) e = text.charCodeAt(to - 2); // 缩小到了
  return e === 0x5230 /* 到 */ || e === 0x81f3 /* 至 */ || e === 0x4e3a /* 为 */;
}

/**
 * An index or a coefficient named before the number in the forms INDEX_BEFORE does not list (D-98; session 47's
 * reviews, missed): its acronym in brackets between (生态质量指数（EQI）值为59.77, 人民币汇率指数（CFETS）为97.42), 报
 * (汇率指数报97.42), 值为, the old value of a change (系数由0.536提高到0.576, 基尼系数从0.47下降到0.46) and the new one
 * after it, as a ratio's (ratioChangedTo).
 */
function indexNamedBefore(c: Ctx): boolean {
  const { text, num } = c;
  // (only after the characters its forms end in: 的 of a year's, )、为、报、是、到、由、从、值 and 至 of a change's; a
  // call for every bare number otherwise, 1% of the extractor, session 47's bench:pair)
  if (!INDEX_LAST.includes(text[num.start - 1] ?? '\0')) return false;
  // (系数由2012年的0.516: the old value with its year between, as a ratio's)
  const year = c.lastMention();
  if (year && year.type === 'DATE' && year.end === num.start - 1 && text.charCodeAt(year.end) === 0x7684 /* 的 */) {
    const j = text.charCodeAt(year.start - 1) === 0x7531 /* 由 */ || text.charCodeAt(year.start - 1) === 0x4ece /* 从 */ ? year.start - 1 : year.start;
    if (endsWithAny(text, j, INDEX_NAMES)) return true;
  }
  let k = num.start;
  // the verb or particle before the number
  for (const w of INDEX_VERBS) if (text.startsWith(w, k - w.length)) { k -= w.length; break; }
  // an acronym or a note in brackets: (EQI), (CFETS), (上月=100), (简称"国房景气指数")
  if (text.charCodeAt(k - 1) === 0x29 /* ) */) {
    const open = text.lastIndexOf('(', k - 1);
    if (open < 0 || k - 1 - open > 15 || /[,，。;；]/.test(text.slice(open + 1, k - 1))) return false;
    k = open;
  }
  if (k < num.start && endsWithAny(text, k, INDEX_NAMES)) return true;
  // the new value after a change from the index's old one just read
  const last = c.lastMention();
  return (!!last && last.rule === 'number.index' && num.start - last.end <= 7 && ratioChangedTo(text, last.end, num.start)) || changedToAfterYear(c, 'number.index');
}

/**
 * 性别比从2010年的117.94下降到2020年的111.3, 系数由2012年的0.516提高到2022年的0.572: the new value after a change, with
 * its year between (session 47's reviews: lost). The mention before the number is that year, with 的 after it; the one
 * before the year is the old value, read by `rule`, and the change's verb follows it.
 */
function changedToAfterYear(c: Ctx, rule: string): boolean {
  const { text, num, out } = c;
  const n = out.length;
  if (n < 2) return false;
  const year = out[n - 1], old = out[n - 2];
  if (year.type !== 'DATE' || old.rule !== rule || !(year.end === num.start || (year.end === num.start - 1 && text.charCodeAt(year.end) === 0x7684 /* 的 */))) return false;
  return year.start - old.end <= 7 && ratioChangedTo(text, old.end, year.start);
}
const INDEX_VERBS = ['值为', '为', '报', '是', '达到', '由', '从', '值'];
/** The last characters of what stands before an index's figure in indexNamedBefore's forms. */
const INDEX_LAST = '的)为报是到由从值至';
const INDEX_NAMES = ['指数', '系数', '指数值', '系数值'];

/** 性别比（以女性为100，男性对女性的比例）为105.07: a ratio's name, then its note in brackets, then 为 (session 47's review: lost). */
function bracketAfterRatioName(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x4e3a /* 为 */ || text.charCodeAt(at - 2) !== 0x29 /* ) */) return false;
  const open = text.lastIndexOf('(', at - 2);
  // (not 同比, 环比: 环比指数（上月=100）为100.1 is an index's, D-98; session 47's review: RATIO)
  return open > 0 && at - open <= 30 && text.indexOf(')', open) === at - 2 && biNamesRatio(text, Math.max(0, open - 8), open) &&
    !NOT_RATIO_NAME.some((w) => text.slice(Math.max(0, open - 8), open).includes(w));
}

/** Brands whose products are named by a number (茅台1935): no year. */

/**
 * After a four-digit number at `end`: one Han character closing a phrase (子弹2000发、) but a year's label (级, 届, 秋,
 * 春, 版) or part (初, 末, 底, 中: 截至2024底，), or 余/多 before a unit or such a character (2000余通，, 2000余人): a
 * count's, never a year's name.
 */
function closingWord(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(end);
  // (2000余贫困户, 2000多贫困户: 余 before any noun but a name's (余杭, 余姚), 多 before people or things counted (not 2024多哈,
  // 2023多地, 2021多式联运); session 49's review and hunt, DATE)
  if (a === C.YU && !YEAR_NAME_AFTER_YU.includes(text[end + 1] ?? '\0')) return true;
  if (a === C.DUO && COUNTED_AFTER_DUO.test(text.slice(end + 1, end + 3))) return true;
  // (人口不足2000的乡镇, 选民人数在2000以上的选区: a bound or 的 after a count no word names, where a bound or a word of
  // counting stands before; session 49's review; 2023的数据, 北京2022的, 在2030左右实现 are years, the hunt)
  if ((a === 0x7684 /* 的 */ || startsWithAny(text, end, COUNT_BOUNDS_AFTER)) && (qualifierBefore(text, start) !== null || COUNT_NOUNS_BEFORE_YEARLIKE.test(text.slice(Math.max(0, start - 8), start)))) return true;
  return phraseEndsAt(text, end + 1) && !YEAR_NAME_LABELS.includes(text[end]);
}
const YEAR_NAME_LABELS = '级届秋春夏冬版初末底中';
/** After a year and 余, the names' second characters (2023余杭马拉松, 2024余额宝). */
const YEAR_NAME_AFTER_YU = '杭姚干庆额';
/** After four digits and 多: people or things counted, no year (2000多贫困户, 2000多名); else a year may be (2023多地). */
const COUNTED_AFTER_DUO = /^(?:贫困|农|户|人|名|家|个|企业|群众|职工|学生|居民|党员|干部|万|亿|种)/;
const COUNT_BOUNDS_AFTER = ['以上', '以下', '左右', '上下', '以内'];
const COUNT_NOUNS_BEFORE_YEARLIKE = /人口|人数|数量|选民|户数|人员|职工|农户|学生/;
