// Calendar dates (spec §4, D-9, D-11, D-31, D-33): 2024年1月18日, 4月29日,
// 2022年1至5月, 2023-2024年度, 1-11月, a day after a date (22日), ISO dates,
// date labels (“5·13”).
import { CLASS, classAt, Cls, CN_DIGIT, codeAt, codeIs, isDigit, numeralClassAt } from '../../text/chars.js';
import { daysIn, isDayNum, isMonthNum, isYearValue, pad, readDate, sharesEleventhTen } from '../read.js';
import { C, endsWithAny, isListJoiner, isQuarter, isRangeChar, RANGE_CHARS, startsWithAny, type Ctx, type Step } from './context.js';
import { decadeWordAt, decadeYear } from './decade.js';
import { cellBeforeWord } from './table.js';
import { unitAt } from '../lexicon.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { DAY_DURATION_AFTER, DAY_END_EVENT, DAY_LENGTH_BEFORE, DAY_PART, IMPLIED_CENTURY, LASTED_YEARS_BEFORE, LUNAR_BEFORE, LUNAR_FESTIVALS, SENTENCE_BEFORE, SENTENCE_END, YEARS_LENGTH_AFTER, YEARS_LENGTH_BEFORE } from './data/words.js';
import type { Qualifier } from '../../types.js';

const isDayEnd = (c: number) => c === C.RI || c === C.HAO;

/**
 * Whether a four-digit number of 年 at [start, end) is a length, not a year
 * (D-82): after 长达, 有着, 建城 (长达1000年), after 历经 or 经过 in whole
 * hundreds below 1900 (历经1000年风雨; 历经2020年的疫情, 历经1840年鸦片战争
 * are years), before 的历史 or 一遇
 * (1500年左右的历史, 1000年一遇), or before 历史 that ends there
 * (1300年历史。, 1300年历史的古城; not 2024年历史性地, 2023年历史遗留问题,
 * 2024年历史文化名城). Never where a year's own words follow: 年度, a month,
 * a list or a range (2024年度, 1998年、2020年, 2022年至2024年).
 */
/** Before four digits of 年: the last so many years (过去1000年来, 近2000年以来). */
const PAST_SPAN_BEFORE = ['过去', '近', '最近'];
/** …and these only before a span's word (过去的1000年里, 此前1800年间; not 过去的2000年，是…一年, the year). */
const PAST_SPAN_BEFORE_SPANNED = ['过去的', '此前'];
/** After N年 of PAST_SPAN_BEFORE: the span's words (过去1000年来, 近2000年以来, 1500年间, 2000年里, 1000年中). */
const SPAN_AFTER_YEARS = '来以间里中内';
export function yearsOfLength(text: string, start: number, end: number): boolean {
  if (text.startsWith('一遇', end)) return true; // 1000年一遇: its 一 is no month
  // 1000年以上古树: a length with its limit where no year of the reports' centuries is meant (2024年以上 is none)
  if (text.startsWith('以上', end) && parseInt(text.slice(start, end), 10) < 1900) return true;
  // (距今约一千五百年到两千年, 树龄1000年至2000年: a length whatever follows; session 45's review: DATE 1500 and 2000)
  // (树龄在1200—1500年之间: 在 between; session 48's review)
  if (endsWithAny(text, codeAt(text, start - 1) === 0x5728 /* 在 */ ? start - 1 : start, YEARS_LENGTH_BEFORE)) return true;
  // 约1500年前, 早在1000年前, 1300年前的北魏: years ago (D-82, as 两千年前), in whole hundreds before 1900 or after 约, 早在,
  // 距今 (session 48's review: DATE 1500); 1840年前, 1900年前后 stay years
  if (codeAt(text, end) === 0x524d /* 前 */ && !text.startsWith('前后', end)) {
    const y = parseInt(text.slice(start, end), 10);
    // (早在2015年前, 约2015年前 are years: the words of "ago" only below 1900 or in whole thousands after 约, 距今; session
    // 48's judge: DURATION 2015)
    if ((y < 1900 && (y % 100 === 0 || endsWithAny(text, start, AGO_BEFORE))) || (y % 1000 === 0 && endsWithAny(text, start, ABOUT_AGO_BEFORE))) return true;
  }
  const next = codeAt(text, end), nextCls = classAt(text, end);
  if (next === C.DU || next === C.DUN || isRangeChar(next) || nextCls === Cls.DIGIT || nextCls === Cls.CNUM) return false;
  // 历经1000年风雨, 经过1500年的演变: a length in whole hundreds where no year of the reports' centuries is meant
  // (历经2020年的疫情, 历经1840年鸦片战争, 经过1894年甲午战争 are years: a review)
  const v = parseInt(text.slice(start, end), 10);
  if (v < 1900 && v % 100 === 0 && endsWithAny(text, start, LASTED_YEARS_BEFORE)) return true;
  // (过去1000年来, 近2000年以来, 在过去的1500年里: the last so many years, below 1900 or in whole five hundreds; session 50's
  // review, DATE 1000)
  // (and a word of a span after it: not 过去的2000年，是…不平凡的一年, the year; the hunt)
  if ((v <= 1900 || v % 100 === 0) && (endsWithAny(text, start, PAST_SPAN_BEFORE) || (endsWithAny(text, start, PAST_SPAN_BEFORE_SPANNED) && SPAN_AFTER_YEARS.includes(text[end] ?? '\0')))) return true;
  const after = text.startsWith('左右', end) ? end + 2 : end;
  if (startsWithAny(text, after, YEARS_LENGTH_AFTER)) return true;
  if (!text.startsWith('历史', after)) return false;
  const k = codeAt(text, after + 2);
  return k < 0 || k === 0x7684 /* 的 */ || CLASS[k] === Cls.PUNCT || CLASS[k] === Cls.SPACE;
}

/**
 * 三、四月, 3、4、5月份 (D-88): the index of the last numeral of months in
 * turn from numeral k on, joined by the pause mark, each the month after the
 * one before and the last followed by 月; -1 otherwise (3、5月 is a list, no
 * range; 三、四个月 a length, D-47).
 */
export function monthsInTurn(c: Ctx, k: number): number {
  const { text } = c;
  let a = c.numAt(k);
  if (!a || !isMonthNum(a) || !codeIs(text, a.end, C.DUN)) return -1;
  for (let j = k + 1; ; j++) {
    const b = c.numAt(j);
    if (!b || b.start !== a.end + 1 || !isMonthNum(b)) return -1;
    // 十一、二月: the 二 shares 十一's 十 (November and December), never February
    const sharedTen = sharesEleventhTen(a, b) && codeIs(text, b.end, C.YUE);
    if (b.value !== a.value + 1 && !sharedTen) return -1;
    const after = codeAt(text, b.end);
    if (after === C.YUE) return j;
    if (after !== C.DUN) return -1;
    a = b;
  }
}

/**
 * Whether the date that numeral c.i starts, ending at `end` after `used`
 * numerals, is of the lunar calendar (D-95): after 农历, 阴历, 夏历 or 旧历
 * (农历八月十五, 农历2024年八月, 农历2025年正月十五); or a month in Chinese
 * numerals (`month`) with its day written 初N that ends its phrase or comes
 * before a festival, named or a word ending in 节 (五月初五，, 五月初五端午节,
 * 三月初三歌节; not 3月初三家企业, 七月初一批, 九月初一中新校区, 九月初八大,
 * 十二月初三个节能项目: 月初 "early in the month" and a count or a name); or
 * with a named festival right after its day (八月十五中秋节, 2023年八月十五
 * 中秋节; not 十二月二十个节能改造项目, 十月一国庆节). Its Gregorian value
 * would be wrong, so the date and a day right after it are passed over.
 */
function lunarDate(c: Ctx, month: boolean, end: number, used: number): boolean {
  const { text, num } = c;
  const day = c.next(used);
  const m = c.next(used - 1);
  const chinese = month && !!m && m.form === NumForm.CHINESE && !!day && day.form === NumForm.CHINESE && Number.isInteger(day.value);
  const chu = chinese && codeIs(text, end, 0x521d /* 初 */) && day!.start === end + 1 && day!.end === day!.start + 1 && day!.value >= 1 && day!.value <= 10 &&
    (day!.end >= text.length || CLASS[text.charCodeAt(day!.end)] === Cls.PUNCT || CLASS[text.charCodeAt(day!.end)] === Cls.SPACE || festivalAt(text, day!.end, true));
  const festival = chinese && day!.start === end && day!.value <= 30 && festivalAt(text, day!.end, false);
  if (!chu && !festival && !endsWithAny(text, num.start, LUNAR_BEFORE)) return false;
  c.i += used - 1;
  if (day && (day.start === end || chu) && day.form === NumForm.CHINESE) c.i++;
  return true;
}

/**
 * A festival named at i: one of LUNAR_FESTIVALS, or where `anyJie`, a word
 * of up to three characters ending in 节 (歌节, 寒衣节) that no classifier
 * opens and that is no word of 节 (节能, 节水, 节约, 节点…: 初三个节能项目).
 */
function festivalAt(text: string, i: number, anyJie: boolean): boolean {
  if (startsWithAny(text, i, LUNAR_FESTIVALS)) return true;
  if (!anyJie || unitAt(text, i)) return false;
  for (let k = i + 1; k <= i + 3 && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x8282 /* 节 */) return !NOT_FESTIVAL_AFTER_JIE.includes(text[k + 1] ?? '\0');
    if (CLASS[text.charCodeAt(k)] !== Cls.CJK) return false;
  }
  return false;
}
/** After 节 these make another word (节能, 节水, 节约, 节点, 节制, 节省, 节支, 节余, 节目, 节奏): no festival. */
const NOT_FESTIVAL_AFTER_JIE = '能水约点制省支余目奏';

/**
 * The upper year of 一九五八年到六〇年, 1958年至60年, 1999年至01年 (D-97): the
 * numeral `nx` of two digits (written one by one) before 年, not 年代, in the
 * lower year's century, or the next where it would not be above `year`; 0
 * where `nx` is no such year.
 */
function shortUpperYear(text: string, year: number, nx: NumberSpan): number {
  if (nx.end - nx.start !== 2 || !/^(?:\d\d|[〇○零一二三四五六七八九]{2})$/.test(text.slice(nx.start, nx.end)) || !codeIs(text, nx.end, C.NIAN) || codeIs(text, nx.end + 1, 0x4ee3 /* 代 */)) return 0;
  // (digit by digit: 八九, 八八 are read as pairs, "eight or nine", whose value is not 89; session 49's review, 一九八八年至八九年 lost
  // its upper year)
  const digit = (k: number) => { const ch = text.charCodeAt(k); return ch >= 0x30 && ch <= 0x39 ? ch - 0x30 : CN_DIGIT[ch]; };
  return expandShortYear(year, digit(nx.start) * 10 + digit(nx.start + 1));
}

/** The year whose last two digits are `last2` in `year`'s century, or the next where it would not be above `year` (1999 and 01: 2001); 0 where none is. */
export function expandShortYear(year: number, last2: number): number {
  let hi = Math.floor(year / 100) * 100 + last2;
  if (hi <= year && year % 100 >= 90 && last2 < 10) hi += 100;
  return hi > year ? hi : 0;
}

/**
 * 后, 以后, 之后 after a shortened upper year's 年 at i, then 的, punctuation
 * or the end: "after the years 1966 to 1976", or "seventy years after 1949"
 * (从1949年到70年后的今天)? Both are written (reviews): the upper part is no
 * mention, the lower year stays. 1996年至98年内, 1959至61年前后, 2013至15年来 are
 * ranges, and so are 后期, 后续, 后勤, 后三年… (后 opening a word: a later review).
 */
export function afterShortYear(text: string, i: number): boolean {
  const after = codeIs(text, i, 0x540e /* 后 */) ? 1 : text.startsWith('以后', i) || text.startsWith('之后', i) ? 2 : 0;
  if (after === 0) return false;
  const k = i + after;
  return k >= text.length || codeIs(text, k, 0x7684 /* 的 */) || CLASS[text.charCodeAt(k)] === Cls.PUNCT || CLASS[text.charCodeAt(k)] === Cls.SPACE;
}

/** Y年[M月[D日]] or M月[D日], with a month range after a year or a second date after a range mark. */
export const calendarDate: Step = {
  id: 'date.calendar',
  when: { after: '年月' }, // readDate
  apply(c: Ctx): boolean {
    const d = readDate(c.text, c.nums, c.i);
    if (!d) return false;
    const { text, nums, num } = c;
    const i = c.i;
    const [part, used] = d;
    // 农历八月十五, 五月初五: a month of the lunar calendar, no calendar month (D-95): nothing, nor its day
    if (lunarDate(c, part.month !== undefined, part.end, used)) return true;
    // 元至十月, 元—１０月: January (元月) to a month, a range the month step does not read; its upper month alone would be
    // a wrong value (D-47; session 49's review: --10): nothing
    if (isRangeChar(c.before) && codeIs(c.text, num.start - 2, 0x5143 /* 元 */) && !numeralClassAt(c.text, num.start - 3) && part.month !== undefined && part.day === undefined) return true;
    // 8月龄, 满6月龄: an infant's age in months, no month (the unit step reads 月龄; session 49's review: --08)
    if (used === 1 && part.unit === '月' && codeIs(c.text, part.end, 0x9f84 /* 龄 */)) return false;
    // 增长5.6%。⏎3⏎月度数据, 12⏎月均用电量: a page number or a table's cell before a line that opens with a word, whose 月
    // is no month's (D-45, as 3⏎年末 in the unit step; session 46's review: --03)
    // (only before 月度, 月均: 3⏎月份 may be a month a PDF wrapped)
    if (used === 1 && part.unit === '月' && c.gap(num.end) && (codeIs(c.text, num.end + 1, C.DU) || codeIs(c.text, num.end + 1, 0x5747 /* 均 */)) && cellBeforeWord(c, part.end)) return true;
    // (城镇新增就业（万人）⏎1256⏎年末全国就业人员: a cell before the next row's label opening with 年末 or 年均 (D-45, D-114);
    // session 51's review, DATE 1256)
    if (used === 1 && part.unit === '年' && c.gap(num.end) && (codeIs(c.text, num.end + 1, 0x672b /* 末 */) || codeIs(c.text, num.end + 1, 0x5747 /* 均 */) || codeIs(c.text, num.end + 1, 0x5e95 /* 底 */)) && cellBeforeWord(c, part.end)) return true;
    // 审计署2023年第1号公告, 公告（2023年第5号）: a document's number with its year, as 〔2023年第12号〕 (D-3, D-91; session 47's
    // reviews: DATE 2023)
    if (used === 1 && part.unit === '年' && codeIs(c.text, part.end, C.DI) && DOCUMENT_NUMBER.test(c.text.slice(part.end + 1, part.end + 12))) return true;
    // 中共中央2006年5号文件: the same number without 第, before 文件 (中发〔2006〕5号 in prose; session 49's review, DATE 2006)
    if (used === 1 && part.unit === '年' && DOCUMENT_FILE.test(c.text.slice(part.end, part.end + 10))) return true;
    // 长达1000年, 1300年历史: a length in years, which the unit step reads
    if (part.unit === '年' && used === 1 && c.text.charCodeAt(part.end - 1) !== C.DU && yearsOfLength(c.text, c.num.start, part.end)) return false;
    // 判处有期徒刑六月, 拘役三月: a sentence's months without 个 (D-88), no calendar month: nothing
    // (not 执行六月份的计划: 月份 names the month, and 执行 is no sentence without its years)
    if (part.unit === '月' && used === 1 && part.year === undefined && !codeIs(c.text, part.end, C.FEN) && endsWithAny(c.text, c.num.start, SENTENCE_BEFORE) && !c.text.startsWith('执行', c.num.start - 2)) return true;
    // 两月, 两月份: 两 never names a month (it counts: 五、六两月, D-77); no February
    if (part.unit === '月' && used === 1 && c.is(0x4e24 /* 两 */) && !((c.before === 0x524d /* 前 */ || c.before === 0x5934 /* 头 */) && firstMonths(c, num.start - 1))) return true;
    // 工程历时3月完成, 经过三月奋战: months after a word of length, no calendar month (as D-88's sentences): nothing
    // (经过5月至8月的攻坚, 经过3月份的整治: calendar months)
    // (连续3月、4月: calendar months listed, a later review)
    if (part.unit === '月' && used === 1 && part.year === undefined && !codeIs(c.text, part.end, C.FEN) && c.text.charCodeAt(part.end - 1) !== C.FEN &&
      !isRangeChar(codeAt(c.text, part.end)) && !codeIs(c.text, part.end, C.DUN) && !codeIs(c.text, part.end, C.HE) &&
      (endsWithAny(c.text, c.num.start, MONTHS_LENGTH_BEFORE) || monthsLengthWord(c))) return true;
    // 前11月, 前三月, 头三月: the first N months, as 1-11月 (spec §4: 前三季度 → Q1/Q3; 头 as 前, session 42's review: March)
    if (part.unit === '月' && used === 1 && part.year === undefined && (c.before === 0x524d /* 前 */ || c.before === 0x5934 /* 头 */) && Number.isInteger(num.value) && num.value >= 2 && num.value <= 12 && firstMonths(c, num.start - 1)) {
      let e = part.end;
      if (codeIs(c.text, e, C.FEN)) e++;
      c.push('date.month-range', { start: num.start - 1, end: e, type: 'DATE', value: `--01/--${pad(num.value)}`, unit: null, qualifier: 'exact' });
      return true;
    }
    let end = part.end;
    let iso = part.iso;
    let consumed = used;
    const rc = codeAt(text, end);
    // the two numerals after the date
    const nx = c.next(used), nx2 = c.next(used + 1);
    // a year followed by a month range: 2022年1至5月
    if (part.unit === '年' && nx && nx2 && nx.start === end && isMonthNum(nx) && isRangeChar(codeAt(text, nx.end)) && nx2.start === nx.end + 1 && isMonthNum(nx2) && codeIs(text, nx2.end, C.YUE)) {
      let e2 = nx2.end + 1;
      if (codeIs(text, e2, C.FEN)) e2++;
      // (2023年12—3月: the second month in the next year, D-102's reading; session 40's review: 2023-12/2023-03)
      const y2 = part.year !== undefined && nx2.value < nx.value ? part.year + 1 : part.year;
      c.push('date.month-range', { start: num.start, end: e2, type: 'DATE', value: `${part.year}-${pad(nx.value)}/${y2}-${pad(nx2.value)}`, unit: null, qualifier: 'exact' });
      c.lastDate = { end: e2, year: y2, month: nx2.value };
      c.i += used + 1;
      return true;
    }
    // a year followed by months in turn: 一九五八年三、四月 (D-88)
    const last = part.unit === '年' && nx && nx.start === end ? monthsInTurn(c, i + used) : -1;
    if (last > 0) {
      const to = c.nums[last], toMonth = nx!.value + last - (i + used); // months in turn (十一、二月: 12)
      let e2 = to.end + 1;
      if (codeIs(text, e2, C.FEN)) e2++;
      c.push('date.month-list', { start: num.start, end: e2, type: 'DATE', value: `${part.year}-${pad(nx!.value)}/${part.year}-${pad(toMonth)}`, unit: null, qualifier: 'exact' });
      c.lastDate = { end: e2, year: part.year, month: toMonth };
      c.i = last;
      return true;
    }
    // a quarter or half-year of the year: 2023年一季度 → 2023-Q1 (D-68), optional (D-17)
    if (part.unit === '年' && part.year !== undefined && yearPart(c, part.year, end, used)) return true;
    // 7月27—29日, 7月30—8月2日, 7月27、28、29日: days that share the 日 written after the last
    if (part.unit === '月' && part.month !== undefined && nx && nx.start === end && isDayNum(nx) && sharedDays(c, part, used)) return true;
    let lastMonth = part.month, lastYear = part.year;
    let upperYear = 0;
    if (isRangeChar(rc) && nx && nx.start === end + 1) {
      const d2 = readDate(text, nums, i + used);
      if (d2) {
        const [p2, used2] = d2;
        lastMonth = p2.unit === '日' ? p2.month : undefined;
        let iso2 = p2.iso;
        // (2023年12月至3月: a month below the first in the next year, D-102's reading; session 40's review: 2023-12/2023-03)
        const later = p2.month !== undefined && part.month !== undefined && p2.month < part.month ? 1 : 0;
        if (p2.year === undefined && part.year !== undefined) { iso2 = `${part.year + later}${iso2.slice(1)}`; lastYear = part.year + later; }
        iso = `${iso}/${iso2}`; end = p2.end; consumed += used2;
      } else if (part.unit === '年' && used === 1 && part.year !== undefined && (upperYear = shortUpperYear(text, part.year, nx)) > 0) {
        // 一九五八年到六〇年, 1958年至60年, 1999年至01年: the upper year keeps its last two digits (D-97); before 后 the
        // lower year alone (afterShortYear)
        consumed++;
        if (!afterShortYear(text, nx.end + 1)) { iso = `${iso}/${upperYear}`; end = nx.end + 1; }
      } else if (part.unit === '日' && isDayNum(nx) && isDayEnd(codeAt(text, nx.end))) {
        // 4月29日至31日: no such day, no date (D-91)
        if (nx.value > daysIn(part.month!, part.year)) { c.i += consumed; return true; }
        if (part.day !== undefined && nx.value < part.day) {
          // 7月30日至2日, 2023年12月30日至2日: the second day in the next month (session 39: --07-30/--07-02 ended before it began)
          const month = part.month! % 12 + 1;
          lastYear = part.year === undefined ? undefined : part.year + (month === 1 ? 1 : 0);
          // (1月31日至30日: no 30 February; a later review)
          if (nx.value > daysIn(month, lastYear)) { c.i += consumed; return true; }
          lastMonth = month;
          iso = `${iso}/${lastYear ?? '-'}-${pad(month)}-${pad(nx.value)}`;
        } else iso = `${iso}/${iso.slice(0, iso.lastIndexOf('-'))}-${pad(nx.value)}`;
        end = nx.end + 1; consumed++;
      } else if (part.unit === '月' && isMonthNum(nx) && codeIs(text, nx.end, C.YUE)) {
        lastMonth = undefined;
        // 2023年12月至3月: the second month in the next year (D-102's reading for months; session 40's review:
        // 2023-12/2023-03 ended before it began)
        const nextYear = part.year !== undefined && part.month !== undefined && nx.value < part.month;
        if (nextYear) lastYear = part.year! + 1;
        iso = `${iso}/${nextYear ? lastYear : iso.slice(0, iso.lastIndexOf('-'))}-${pad(nx.value)}`; end = nx.end + 1; consumed++;
        if (codeIs(text, end, C.FEN)) end++;
      }
    }
    c.push(this.id, { start: num.start, end, type: 'DATE', value: iso, unit: null, qualifier: 'exact' });
    // after a range of months (2023年1月至9月) a day alone has no certain month; after a range of days (3月5日至7日) it has
    c.lastDate = { end, year: lastYear, month: lastMonth };
    c.i += consumed - 1;
    return true;
  },
};

/**
 * Days after a month that share the 日 (or 号) written after the last of them, the month's date (D-31, D-11; session 41's
 * review: the month alone, and the days between read as lengths): a range, `2023年7月27—29日` → 2023-07-27/2023-07-29
 * (into the next month, written or not: `7月30—8月2日`, `7月30至2日` → --07-30/--08-02, D-102), or a list, each day a DATE as D-60's
 * years are (`7月27、28、29日` → 2023-07-27, --07-28, --07-29, the first with the month). Days in one script, each
 * later than the one before and within the month; else the month is read alone, as before.
 */
function sharedDays(c: Ctx, part: { iso: string; month?: number; year?: number }, used: number): boolean {
  const { text, num } = c;
  const month = part.month!, year = part.year;
  const first = c.next(used)!, second = c.next(used + 1);
  const sep = codeAt(text, first.end);
  const sameScript = (n: NumberSpan) => (n.form === NumForm.CHINESE) === (first.form === NumForm.CHINESE);
  if (!second || second.start !== first.end + 1 || !sameScript(second) || first.value > daysIn(month, year)) return false;
  if (isRangeChar(sep)) {
    if (isDayNum(second) && isDayEnd(codeAt(text, second.end))) {
      // 7月30至2日: the second day in the next month (D-102)
      const next = second.value < first.value;
      const m2 = next ? month % 12 + 1 : month, y2 = next && year !== undefined && month === 12 ? year + 1 : year;
      // (2月28—30日, 1月31至30日, 3月3—3日: no such range of days; nothing, as 4月29日至31日 (D-91), not the month alone)
      if (second.value === first.value || second.value > daysIn(m2, y2)) { c.i += used + 1; return true; }
      const iso2 = next ? `${y2 ?? '-'}-${pad(m2)}-${pad(second.value)}` : `${part.iso}-${pad(second.value)}`;
      c.push('date.shared-days', { start: num.start, end: second.end + 1, type: 'DATE', value: `${part.iso}-${pad(first.value)}/${iso2}`, unit: null, qualifier: 'exact' });
      c.lastDate = { end: second.end + 1, year: y2, month: m2 };
      c.i += used + 1;
      return true;
    }
    // 7月30—8月2日: the second day in the month after, written
    const d2 = readDate(text, c.nums, c.i + used + 1);
    if (!d2 || d2[0].unit !== '日' || d2[0].year !== undefined || d2[0].month !== month % 12 + 1 || !sameScript(second)) return false;
    const y2 = year === undefined ? undefined : year + (month === 12 ? 1 : 0);
    c.push('date.shared-days', { start: num.start, end: d2[0].end, type: 'DATE', value: `${part.iso}-${pad(first.value)}/${d2[0].iso.replace('--', `${y2 ?? '-'}-`)}`, unit: null, qualifier: 'exact' });
    c.lastDate = { end: d2[0].end, year: y2, month: d2[0].month };
    c.i += used + d2[1];
    return true;
  }
  // a list: every member a day after a pause mark (和, 及, 或 before the last), the last with its 日
  const k = daysInTurn(c, daysIn(month, year), used);
  if (k === 0) return false;
  c.push('date.shared-days', { start: num.start, end: first.end, type: 'DATE', value: `${part.iso}-${pad(first.value)}`, unit: null, qualifier: 'exact' });
  pushListedDays(c, 'date.shared-days', used + 1, k, month);
  c.lastDate = { end: c.next(k)!.end + 1, year, month };
  c.i += k;
  return true;
}

/** The days of a list, numerals `from` to `to` after the context's, each in `month`, the last with its 日 or 号 in its span. */
function pushListedDays(c: Ctx, id: string, from: number, to: number, month: number): void {
  for (let j = from; j <= to; j++) {
    const m = c.next(j)!;
    c.push(id, { start: m.start, end: j === to ? m.end + 1 : m.end, type: 'DATE', value: `--${pad(month)}-${pad(m.value)}`, unit: null, qualifier: 'exact' });
  }
}

/**
 * A year and the quarter or half-year right after it, one DATE whose value
 * carries the year (D-68: `２０２３年一季度` → `2023-Q1`), optional like every
 * quarter and half-year (D-17): 2023年一季度, 2023年第一季度, 2024年前三季度
 * (2024-Q1/2024-Q3), 2024年上半年 (2024-H1), 下半年 (H2). A list or range
 * after the quarter (2024年第二、三季度, 一季度至三季度) leaves the year a
 * mention of its own and the quarters to their steps, as without a year.
 * `end` is where the year ends, `used` how many numerals it took.
 */
function yearPart(c: Ctx, year: number, end: number, used: number): boolean {
  const { text, num } = c;
  let value: string | null = null;
  let to = end;
  let consumed = used;
  if (text.startsWith('上半年', end) || text.startsWith('下半年', end)) {
    value = `${year}-H${codeIs(text, end, C.SHANG) ? 1 : 2}`;
    to = end + 3;
  } else {
    const lead = codeAt(text, end);
    const prefixed = lead === C.DI || lead === C.QIAN;
    const q = c.next(used);
    if (!q || q.start !== end + (prefixed ? 1 : 0) || q.decimal || !isQuarter(q.value) || !text.startsWith('季度', q.end)) return false;
    to = q.end + 2;
    value = lead === C.QIAN ? `${year}-Q1/${year}-Q${q.value}` : `${year}-Q${q.value}`;
    consumed++;
  }
  const after = codeAt(text, to);
  if (after === C.DUN || isRangeChar(after)) return false;
  c.push('date.year-quarter', { start: num.start, end: to, type: 'DATE', value, unit: null, qualifier: 'exact', optional: true });
  c.lastDate = { end: to, year };
  c.i += consumed - 1;
  return true;
}

/** Year and month ranges with the unit at the end: 2023-2024年度, 1-11月, 1至5月. */
export const unitEndRange: Step = {
  id: 'date.range',
  when: { after: String.fromCharCode(...RANGE_CHARS) },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (num.decimal || !Number.isInteger(num.value) || !isRangeChar(c.after)) return false;
    const m = c.next();
    if (!m || m.start !== num.end + 1 || !Number.isInteger(m.value)) return false;
    const mAfter = codeAt(text, m.end);
    // 五十至七十年代, 50—70年代, 1980—1990年代: a range of decades, in the 1900s where no century is written (D-49)
    if (mAfter === C.NIAN && decadeWordAt(text, m.end)) {
      const lo = decadeYear(num.value, c.s.length, 19), hi = decadeYear(m.value, m.end - m.start, 19);
      if (lo >= 0 && hi > lo && !endsWithAny(text, num.start, IMPLIED_CENTURY)) c.push('date.decade', { start: num.start, end: m.end + 2, type: 'DATE', value: `${lo}/${hi + 9}`, unit: null, qualifier: 'exact' });
      c.i++;
      return true;
    }
    // (树龄1000～1999年, 距今约1000～1500年, 树龄在1200—1500年之间: a range of lengths, D-82, read by the unit step; session 48's
    // review: DATE 1000/1999)
    if (mAfter === C.NIAN && isYearValue(num, c.s) && isYearValue(m, text.slice(m.start, m.end)) &&
      !endsWithAny(text, c.before === 0x5728 /* 在 */ ? num.start - 1 : num.start, YEARS_LENGTH_BEFORE)) {
      let end = m.end + 1;
      if (codeIs(text, end, C.DU)) end++;
      c.push(this.id, { start: num.start, end, type: 'DATE', value: `${num.value}/${m.value}`, unit: null, qualifier: 'exact' });
      c.i++;
      return true;
    }
    // (6-12月龄, 1至11月龄: infants' ages in months, the unit step's 月龄 (D-116); session 51's review, --06/--12)
    if (mAfter === C.YUE && isMonthNum(num) && isMonthNum(m) && c.before !== C.GE && !codeIs(text, m.end + 1, 0x9f84 /* 龄 */)) {
      let end = m.end + 1;
      if (codeIs(text, end, C.FEN)) end++;
      const last = c.lastDate;
      const y = last && last.end === num.start && last.year !== undefined ? `${last.year}` : '-';
      // (2023年12—3月: the second month in the next year, as 2023年12月至3月)
      const y2 = y !== '-' && m.value < num.value ? `${Number(y) + 1}` : y;
      c.push(this.id, { start: num.start, end, type: 'DATE', value: `${y}-${pad(num.value)}/${y2}-${pad(m.value)}`, unit: null, qualifier: 'exact' });
      c.i++;
      return true;
    }
    return false;
  },
};

/**
 * Months in turn joined by the pause mark, 月 after the last: one DATE, a
 * range (D-88): 三、四月份 → --03/--04, 今年3、4、5月 → --03/--05, as 三至四月;
 * only where a word makes them months: 份, 间, 初, 底, 中, 末 or a part of the
 * month after them, 年, 于 or 在 before (约三、四月时间 is a length of three
 * or four months: no mention; 3、4月 without a word keeps its 4月). Not at a
 * line's start, where 三、 and 3、 open a list item (四月份工作).
 */
export const monthList: Step = {
  id: 'date.month-list',
  when: { after: '、' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (c.after !== C.DUN || c.before === C.DI || opensItem(c, num.start)) return false;
    const last = monthsInTurn(c, c.i);
    if (last < 0) return false;
    // (在3、4、5月龄各接种1剂: infants' ages, as 6-12月龄; session 51's review, --03/--05)
    if (codeIs(text, c.nums[last].end + 1, 0x9f84 /* 龄 */)) return false;
    // 今年1、3、4月份: a list whose first months are not in turn, no range of its last ones
    const prev = c.numAt(c.i - 1);
    if (prev && prev.end === num.start - 1 && codeIs(text, prev.end, C.DUN)) { c.i = last; return true; }
    const to = c.nums[last];
    let end = to.end + 1;
    if (codeIs(text, end, C.FEN)) end++;
    if (!MONTH_AFTER.includes(text[to.end + 1]) && !startsWithAny(text, to.end + 1, MONTH_PART_AFTER) && !MONTH_BEFORE.includes(text[num.start - 1])) {
      if (!c.isCn) return false;
      c.i = last; // 三、四月 alone: months or a length (no 个), not certain
      return true;
    }
    c.push(this.id, { start: num.start, end, type: 'DATE', value: `--${pad(num.value)}/--${pad(num.value + last - c.i)}`, unit: null, qualifier: 'exact' });
    c.i = last;
    return true;
  },
};
/**
 * Whether the numeral at `at` opens a list item: at a line's start after a
 * sentence end (or the text's start), where 三、 is a heading's marker. A
 * line that wraps inside a sentence (今年⏎三、四月份) opens none.
 */
export function opensItem(c: Ctx, at: number): boolean {
  if (!c.atLineStart(at)) return false;
  if (at === 0) return true;
  // (normalize folds ； ！ ？ ： to their ASCII forms, which SENTENCE_END holds)
  return SENTENCE_END.has(c.text[at - 1]);
}

const MONTH_AFTER = '份间初底中末';
const MONTH_PART_AFTER = ['上旬', '中旬', '下旬'];
const MONTH_BEFORE = '年于在';

/** A day written alone after a date takes its month (9月21日、22日; 22日上午, D-31). */
export const loneDay: Step = {
  id: 'date.day',
  when: { after: '日、和至到—-~' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    const last = c.lastDate;
    if (c.after === C.DUN || c.after === C.HE) return listedBareDays(c);
    if (c.after !== C.RI) return dayRange(c, num.end);
    if (isRangeChar(codeAt(text, num.end + 1)) && dayRange(c, num.end + 1)) return true;
    if (!isDayNum(num) || !last || last.month === undefined || num.start - last.end > 400) return false;
    // in Chinese numerals only where the day is plainly one (三月五日、六日, 二十日，, 十五日下午, 十一日闭幕,
    // 二十二日两天): 一日 is also "one day"
    if (c.isCn) {
      // (两 never names a day, 十月六、七两日，: the two days counted; session 51's review, --10-02)
      if (c.s === '两') return false;
      const next = codeAt(text, num.end + 1);
      // (an event or a pair of days only for a day that opens a clause or follows a pause mark: 前三日举行,
      // 两日举办, 每五日召开 are lengths; a later review)
      // (六月二十八日（星期五）至三十日举行, 六月二十八日（星期五）和三十日举行: a range or a list mark right after the
      // date or its weekday counts as the opening; session 40's review: 30 days)
      const timed = TIME_OF_DAY.test(text.slice(last.end, num.start - 1));
      const opens = CLASS[text.charCodeAt(num.start - 1)] !== Cls.CJK || ((isRangeChar(c.before) || '和、'.includes(text[num.start - 1])) && timed);
      const event = (startsWithAny(text, num.end + 1, DAY_EVENT_AFTER) || startsWithAny(text, num.end + 1, DAYS_BOTH)) &&
        c.s !== '两' && c.s !== '一' && opens;
      // (，十二日被逮捕, 于十二日被逮捕, 二十日法院公开开庭审理: a passive or an agent after it, no length can be; 同月二十八日:
      // the same month; session 41's review: lengths, or nothing)
      // (两 never names a day: 两日被逮捕 is two days; the second review)
      // (三十日宣判率: a rate of 30 days; the third review)
      // (被告人 is no passive: 十五日被告人到庭率)
      const agent = startsWithAny(text, num.end + 1, DAY_AGENT_AFTER) && !text.startsWith('被告', num.end + 1) && c.s !== '一' && c.s !== '两' && (opens || c.before === 0x4e8e /* 于 */) &&
        !RATE_OF_DAYS.test(text.slice(num.end + 1, num.end + 14));
      const sameMonthCn = c.before === C.YUE && c.before2 === 0x540c /* 同 */ && c.s !== '两';
      // (至十五日结束, 起至三十日止, 于十五日前: a range's end or "until" after a date, a deadline; session 40's review)
      const after = (isRangeChar(c.before) && last.end !== num.start - 1 && (timed || untilDay(c))) || byDay(c);
      // (七月三十日、三十一日和一日: days listed right after a date, 一 among them; session 40: lengths)
      const listed = isListJoiner(text.charCodeAt(num.start - 1)) && timed && c.s !== '两';
      // (十二日全天分组讨论 after a date: the 12th, as 十二日上午; not 一日, 两日, nor after a run of days; the final review)
      const whole = wholeDay(c, num.end + 1) && (opens || classAt(text, num.start - 1) !== Cls.CJK); // (停水三日全天: a length; the closing check)
      // (，二十二日胜利闭幕, ，十七日通过了新宪法, 于二十二日闭幕: a clause opening with the day, its event a few words on, as the
      // digits' 22日胜利闭幕; session 51's review of the 1970s, DURATION 22)
      const clauseEvent = (opens || c.before === 0x4e8e /* 于 */) && c.s !== '一' && c.s !== '两' && CLAUSE_EVENT.test(text.slice(num.end + 1, num.end + 13)) &&
        !startsWithAny(text, num.end + 1, LENGTH_AFTER_DAY) && !RATE_OF_DAYS.test(text.slice(num.end + 1, num.end + 14));
      if (next !== C.COMMA && next !== C.DUN && !startsWithAny(text, num.end + 1, DAY_TIME_AFTER) && !whole && !event && !clauseEvent && !(after && c.s !== '一' && c.s !== '两') && !listed && !agent && !sameMonthCn) return false;
    }
    // 每月1日: a day of every month; 1日至5日 after no date: a range whose start was not a date either
    // (同月20日 after a date: that date's month, a review; not 当月, which as often means each month, 应在当月15日
    //申报, nor a range of days after it, 同月20日至25日: a later review)
    const sameMonth = c.before === C.YUE && c.before2 === 0x540c /* 同 */ && !isRangeChar(codeAt(text, num.end + 1));
    // 每逢5日、15日, 每月的5日, 每10日、20日: days of every month, whichever month was written before (D-91; session 40's
    // review: 5 days, or days of that month)
    if (recurringDay(c)) return true;
    // 分别为15日和10日 after a period's noun: a length listed after a length (session 40: --07-10)
    const lm = c.lastMention();
    // (会期2、3日, 一般2、3日即可办结 after a date: the 2 shares the 日, a length, and so is the 3; session 41's review: --03-03)
    if (lm && lm.type === 'DURATION' && lm.unit === '日' && lm.end === num.start - 1 && isListJoiner(text.charCodeAt(num.start - 1))) return false;
    // 自7月1日开始，至15日结束; 后推迟至5日举行; 有效期至30日: "until" a day of the date's month (D-31; session 40's
    // review: lengths)
    if ((c.before === C.ZHI || c.before === C.DAO) && last.end !== num.start - 1 && untilDay(c)) {
      if (num.value < dayBefore(text, last.end) || num.value > daysIn(last.month, last.year) || last.month === 0) return true;
      return pushDay(c, this.id, last);
    }
    // (7月20日8时至21日20时, 7月20日晚至21日凌晨: a time of day between the date and the range mark; a review: 21 days)
    if ((c.before === C.YUE && !sameMonth) || (isRangeChar(c.before) && last.end !== num.start - 1 && !TIME_OF_DAY.test(text.slice(last.end, num.start - 1)))) return false;
    // 7月31日20时至1日8时: the day is in the next month, which is not written: nothing (a later review: --07-01)
    if (isRangeChar(c.before) && last.end !== num.start - 1 && num.value < dayBefore(text, last.end)) return true;
    // (于15日前报送, 在15日以前: a deadline on that day; session 40's review: 15 days)
    if (startsWithAny(text, num.end + 1, DAY_DURATION_AFTER) && !byDay(c)) return false;
    // 会期3日, 为期10日, 连续降雨5日: a length after a word of length, no day of the month (found by review); not days
    // that open a range after 为, 自, 从 (公示期为1日至5日, 观察期从3日到10日: dates; session 40's review: lengths)
    // (not the first end of a change: 审查期限从30日缩短到15日, a length; session 40's review)
    // (not 由15日到30日不等, lengths that vary)
    const rangeAfterWord = '为自从由'.includes(text[num.start - 1]) && (isRangeChar(codeAt(text, num.end + 1)) || (text[num.start - 1] !== '为' && startsWithAny(text, num.end + 1, START_AFTER))) &&
      !text.slice(num.end + 1, num.end + 10).includes('不等');
    // 审查期限由30日调整为15日: the second end of a change of a length (session 40's review: a day)
    if (changedLength(c)) return false;
    // (not the 会期 of 大会期间: 期间 is read by the period test; session 40's review)
    // (9月中旬前期12日至14日: 前期 "the early part" before a range of days, dates; session 48's hunt)
    if (!rangeAfterWord && ((!text.startsWith('期间', num.start - 2) && endsWithAnyWithin(text, num.start, DAY_LENGTH_BEFORE, 2) && !(text.startsWith('前期', num.start - 2) && isRangeChar(codeAt(text, num.end + 1)))) ||
      periodNounBefore(text, num.start))) return false;
    // 每5日报送, 近5日降雨, 将近5日: a length (not 每逢, nor a day listed or timed: 接近5日中午; session 40's review)
    if ((c.before === 0x6bcf /* 每 */ || (c.before === 0x8fd1 /* 近 */ && !'接临邻附'.includes(text[num.start - 2]))) && !dayListedOrTimed(c)) return false;
    // 拘留15日, 审理了三十日, 缩短3日, 提前5日完工: a length or an offset right after its verb, never the
    // day of the month before (found by review: --03-15)
    // (not a day listed or timed: 停工12日、13日两天, 提前12日下午召开; a later review; but 开庭前3日下午 is three days
    // before: session 40's review)
    // (多于5日 a length; not 大多于15日前, 最多于: "mostly by the 15th")
    if (text.startsWith('多于', num.start - 2) && !'大最'.includes(text[num.start - 3] ?? '\0') && !dayListedOrTimed(c)) return false;
    if (endsWithAny(text, num.start, DAY_SPAN_BEFORE) && (!dayListedOrTimed(c) || (c.before === 0x524d /* 前 */ && !'提目当'.includes(text[num.start - 2]) && startsWithAny(text, num.end + 1, DAY_TIME_AFTER)))) return false;
    // 今年4月…31日: no such day (D-91)
    if (num.value > daysIn(last.month, last.year)) return true;
    // 7月30日、31日和1日: a day listed below the one before it is in a later month, not written: nothing (session 39's
    // review: --07-01; after the tests of a length above, which leave 会期3日 to the unit step). Not where a clause
    // goes back (3月15日召开全体会议，12日召开主任会议: the same month; a later review)
    // (、31日以及1日, 7月30日(星期二)和1日; the days after it in the list and a range from it are as uncertain: 和1日、2日,
    // 和1日至3日; a later review)
    if (LISTED_DAY.test(text.slice(last.end, num.start)) && num.value < dayBefore(text, last.end)) {
      // (month 0: not known; a day alone after it is none, not a length: 7月30日和1日举行，2日返程; a later review)
      let e = num.end + 1;
      for (let m = c.next(); m; m = c.next()) {
        const between = text.slice(e, m.start);
        // (和1日(星期四)、2日: the weekday's numeral; a later review)
        if (between === '(星期' || between === '(周') { c.i++; continue; }
        if (!codeIs(text, m.end, C.RI) || !LISTED_OR_RANGE.test(between)) break;
        c.i++;
        e = m.end + 1;
      }
      c.lastDate = { end: e, year: last.year, month: 0 };
      return true;
    }
    if (last.month === 0) { c.lastDate = { end: num.end + 1, year: last.year, month: 0 }; return true; }
    return pushDay(c, this.id, last);
  },
};

/**
 * 2024年3月1日召开会议，2、3日分组审议: days in digits listed with one 日 after the last, opening a clause after a date
 * with its month: each a day of that month (D-31; session 41's review: the first a length of 2, the last the 3rd), as
 * the same days listed after the month are (sharedDays). Each later than the one before, within the month; else left
 * to the steps after (为期2、3日: two or three days, D-47).
 */
function listedBareDays(c: Ctx): boolean {
  const { num, text } = c;
  const last = c.lastDate;
  if (c.isCn || !isDayNum(num) || CLASS[codeAt(text, num.start - 1)] === Cls.CJK || classAt(text, num.start - 1) === Cls.DIGIT) return false;
  // (2、3和4日: 和, 及 or 或 before the last; the second review)
  const k = daysInTurn(c, 31);
  if (k === 0) return false;
  const lastDay = c.next(k)!, after = lastDay.end + 1;
  // (2、3日内办结, 2、3日后, 3、5、7日不等: lengths; the second review; 2、3日前报送 a deadline)
  if (lengthWordAt(text, after) !== undefined || startsWithAny(text, after, LENGTH_AFTER_RANGE) || text.slice(after, after + 8).includes('不等') ||
    (LENGTH_NOUN_BEFORE.test(text.slice(Math.max(0, num.start - 14), num.start)) && !startsWithAny(text, after, DAYS_BOTH))) return false;
  const skip = () => { c.i += k; return true; };
  if (!last || last.month === undefined || num.start - last.end > 400) {
    // (15、16日，…: a pair of days opening a clause whose month is not written, none, as 15日、16日，… (D-91))
    return opensClause(c, num.start) && (codeIs(text, after, C.COMMA) || startsWithAny(text, after, DAY_EVENT_AFTER) || startsWithAny(text, after, DAY_TIME_AFTER) || wholeDayAt(text, after)) && skip();
  }
  // (7月30日和1日召开，2、3日开展: the month after the first date, not written; nothing, as the 1日 before (D-102); a list
  // below the date's day, 3月30日召开会议，2、3日分组, in the month after too: the second review)
  if (last.month === 0 || num.value < dayBefore(text, last.end) || lastDay.value > daysIn(last.month, last.year)) { c.lastDate = { end: after, year: last.year, month: 0 }; return skip(); }
  pushListedDays(c, 'date.day', 0, k, last.month);
  c.lastDate = { end: after, year: last.year, month: last.month };
  return skip();
}

/**
 * Days in turn from the context's numeral, each after 、 (or 和, 及, 或 before the last), each later than the one before and
 * at most `max`, the last with its 日: how many numerals follow the context's in the list, 0 where there is no such list.
 */
function daysInTurn(c: Ctx, max: number, from = 0): number {
  const { text } = c;
  let k = from + 1, prev = c.next(from)!;
  for (;;) {
    const m = c.next(k);
    const sep = codeAt(text, prev.end);
    if (!m || m.start !== prev.end + 1 || !isDayNum(m) || m.form !== prev.form || m.value <= prev.value || m.value > max || !isListJoiner(text.charCodeAt(prev.end))) return 0;
    // (号 ends a list of days only before a comma, a time of day or an event: 1、2号楼, 3和5号机组, 1和2号文件 number
    // things; the third review)
    if (codeIs(text, m.end, C.RI) || (codeIs(text, m.end, C.HAO) && haoDayAfter(text, m.end + 1))) return k;
    if (sep !== C.DUN) return 0;
    prev = m;
    k++;
  }
}

/**
 * A range of days after a date with its month, opening a clause or after 于, 在 (2024年3月1日召开动员会，2日至5日分组检查;
 * 2至3日又分两批复查; 全市法院开展值班，三日至五日共接待): one DATE of that month (D-31, spec §3: a range is one mention;
 * session 41's review: two DATEs, or a length 2–3). The range mark at `at`; its end a day with 日, later than the first,
 * within the month, and no length's word after it (2日至5日内). With no date before, 15至17日，… opening a clause is no
 * mention, as 15日至17日，… is (clauseDay, D-91). False where the step after reads it.
 */
function dayRange(c: Ctx, at: number): boolean {
  const { num, text } = c;
  const m = c.next();
  if (!m || m.start !== at + 1 || !isDayNum(num) || !isDayNum(m) || m.form !== num.form || !codeIs(text, m.end, C.RI) || m.value <= num.value) return false;
  const prev = text[num.start - 1] ?? '\0';
  const opens = opensClause(c, num.start);
  const after = m.end + 1;
  const lead = text.slice(Math.max(0, num.start - 4), num.start);
  const range = (type: 'DATE' | 'DURATION', value: number | string, qualifier: Qualifier, valueMax?: number) => {
    c.push('date.day-range', { start: num.start, end: after, type, value, ...(valueMax === undefined ? {} : { valueMax }), unit: type === 'DATE' ? null : '日', qualifier });
    c.i++;
    return true;
  };
  // (每月1至5日, 每月于15日至20日: days of every month, none; the second review: 5 days)
  if (recurringDay(c)) { if (c.next() === m) c.i++; return true; }
  // (2日至5日内, 2日至3日后, 2至3日以上: a length, one mention; were a day and a length: the second review)
  const lengthAfter = lengthWordAt(text, after);
  if (lengthAfter !== undefined) return at !== num.end && range('DURATION', num.value, LENGTH_QUALIFIER[lengthAfter] ?? 'exact', m.value);
  // (lengths that vary, 公示期从5日到10日不等, 为15日至30日不等; 前: a deadline, as loneDay reads it)
  if (startsWithAny(text, after, BY_DAY_AFTER) || text.slice(after, after + 8).includes('不等')) return false;
  // (审批时限：2至3日, 办理期限（2日至3日）: a period's length, D-104; not 会期：2日至3日两天, days)
  if (LENGTH_NOUN_BEFORE.test(text.slice(Math.max(0, num.start - 14), num.start)) && !startsWithAny(text, after, DAYS_BOTH)) return range('DURATION', num.value, 'exact', m.value);
  // (办理时限由15日至20日压缩为5日至7日: both ends of a change of a period are lengths, D-104; were days. Not a date moved,
  // 会议改为5日至7日召开, 培训日期调整至5日至7日: the second review)
  if (((CHANGE_FROM.includes(prev) && CHANGING.test(text.slice(after, after + 4))) || CHANGED.test(lead)) &&
    !startsWithAny(text, after, DAY_EVENT_AFTER) && (SHORTENED.test(lead) || SHORTENING.test(text.slice(after, after + 4)) || periodBefore(text, num.start))) {
    return range('DURATION', num.value, 'exact', m.value);
  }
  const last = c.lastDate;
  if (!last || last.month === undefined || num.start - last.end > 400) {
    // (the month not written: 国庆期间，3日至5日共接待, with 日 twice, a range of days, never a length; 15至17日，…
    // before a comma, an event or a time of day, as clauseDay reads 15日至17日，…; 会议将在3至5日召开)
    const event = startsWithAny(text, after, DAY_EVENT_AFTER);
    if (!opens && !((prev === '于' || prev === '在') && event)) return false;
    if (at === num.end && !codeIs(text, after, C.COMMA) && !event && !startsWithAny(text, after, DAY_TIME_AFTER) && !wholeDayAt(text, after)) return false;
    c.i++;
    return true;
  }
  // (公示期自1日至15日, 从3日到10日: the days of a period, D-104; after 为 only with 日 twice, 会期为2至3日 a length; after a
  // range of days listed, 7月1—3日、5—7日; 2至3日即可办结, 3至5日为宜, 3至5日的集中培训: lengths, the second review)
  // (会议改为5日至7日召开, 开庭时间由2日至3日调整为5日至7日: a date moved, its days)
  const listed = (prev === '、' || prev === '和') && last.end === num.start - 1;
  // (公示期（12日至18日）, 活动期间：12日至13日: a period's days after a bracket or a colon, D-104)
  if (!(opens || listed || CHANGED.test(lead) || '于在自从由:('.includes(prev) || (prev === '为' && at !== num.end))) return false;
  if (at === num.end && !'于在自从由'.includes(prev) && startsWithAny(text, after, LENGTH_AFTER_RANGE)) return false;
  // in Chinese numerals only opening a clause after a comma in the date's sentence, and not from 一 (一日至三日 is also "one to
  // three days")
  if (c.isCn && (prev !== ',' || c.s === '一' || text.slice(last.end, num.start).includes('。'))) return false;
  // (3月30日召开会议，2至3日分组: the month after, not written; a day past the month's end: none, D-102, D-103; and the days
  // after it have no month either: 7月30日和1日至3日召开，4日返程)
  // (not a change's second end, 放假时间由2日至7日调整为3日至8日: the days before it in the same words)
  // (a change's second end is measured from the day of the date before the first end, the notice's: 7月20日…由28日至30日调整
  //为27日至29日 the same month, 7月20日…由25日至26日调整为1日至2日 the month after; the last review)
  const below = num.value < (CHANGED.test(text.slice(last.end, num.start)) ? noticeDay(c, last.month) : dayBefore(text, last.end));
  if (last.month === 0 || m.value > daysIn(last.month, last.year) || below) { c.lastDate = { end: after, year: last.year, month: 0 }; c.i++; return true; }
  c.lastDate = { end: after, year: last.year, month: last.month };
  return range('DATE', `--${pad(last.month)}-${pad(num.value)}/--${pad(last.month)}-${pad(m.value)}`, 'exact');
}
/** After a range of days: a length's words (within, after, at least), with the qualifier each sets. */
const DAY_RANGE_LENGTH_AFTER = ['以内', '之内', '内', '以后', '后', '以上'];
/** The length's word at `at` (内, 后…), not where it opens another word (内蒙古, 内地, 后续, 后勤: the third review). */
function lengthWordAt(text: string, at: number): string | undefined {
  const w = DAY_RANGE_LENGTH_AFTER.find((x) => text.startsWith(x, at));
  if (w === undefined) return undefined;
  const next = text[at + w.length] ?? '\0';
  if ((w === '内' && '蒙地部容江外涵科阁'.includes(next)) || (w === '后' && '续方勤期台盾备援'.includes(next)) || (w === '以上' && next === '级') || (w === '以后' && next === '勤')) return undefined;
  return w;
}
/** After N号 ending a list of days: a comma, a time of day, an event (7、8号上午, 7和8号分组讨论, 3、4号，). */
function haoDayAfter(text: string, at: number): boolean {
  // (not before a thing it numbers: 1、2号楼, 3和5号机组, 12、13号会议室, 2、3号被告人; 7月12、13号对各县进行督查 is days)
  if (at >= text.length || CLASS[text.charCodeAt(at)] === Cls.PUNCT || startsWithAny(text, at, DAY_TIME_AFTER) || startsWithAny(text, at, DAY_EVENT_AFTER) || startsWithAny(text, at, DAYS_BOTH)) return true;
  // (in a list of verbs and acting bodies: 12、13号审议, 7月12、13号县人民法院公开开庭; not 3、5号在建项目)
  return startsWithAny(text, at, HAO_DAY_AFTER) && !startsWithAny(text, at, HAO_THING_AFTER);
}
const HAO_THING_AFTER = ['在建', '共用', '集中供', '组团', '公寓', '公路', '县道', '省道', '市场'];
/** Verbs and words of time after N号 ending a list of days (7、8号分组讨论, 12、13号审议, 7月12、13号对各县进行督查). */
const HAO_DAY_AFTER = ['分组', '在', '至', '到', '开展', '进行', '前往', '赴', '审议', '听取', '开庭', '对', '全天', '连续', '集中', '分别', '结束', '举办', '组织', '共', '依法', '公开',
  '宣判', '陆续', '先后', '期间', '的会议', '的审议', '各', '三天', '法院', '全市', '全省', '全区', '全县', '县', '市', '省', '我', '由', '将', '本', '中共', '区委',
  '乡', '镇'];
/** A rate of a number of days after a court's act (三十日宣判率, 三十日法院结案率), not a meeting on it (二十日法院审结率通报会召开). */
const RATE_OF_DAYS = /^(?:法院|本院|检察院|人民法院|人民检察院|被告人)?(?:结案|审结|宣判|调解|批捕|起诉|提起公诉|办结|执结|上诉|改判|判决|受理|到庭)率(?![^,.;。]{0,3}(?:通报|会|召开|举行|发布))/;
const LENGTH_QUALIFIER: Readonly<Record<string, Qualifier>> = { 以内: 'under', 之内: 'under', 内: 'under', 以上: 'over' };
/** After a range of days, a time taken, not days of a month (即可办结, 为宜, 左右, 的集中培训). */
const LENGTH_AFTER_RANGE = ['即可', '为宜', '办结', '办完', '可办结', '可以办结', '可完成', '左右', '的培训', '的集中', '的短期', '的时间', '的工作时间'];
/** Verbs that shorten or lengthen a period, before or after a range (压缩为, 缩短到, 延长至). */
const SHORTENED = /(?:缩短|延长|压缩|压减|减少|减|降|降低|下降|提速|缩减)(?:为|至|到)$/;
const SHORTENING = /^(?:缩短|延长|压缩|压减|减少|减|降|降低|下降|提速|缩减)(?:为|至|到)/;
/**
 * The earliest day among the dates of one day in `month` before the context (a notice's: 3月1日…原定于3月20日召开的全会，由
 * 25日至26日调整为10日至11日 measures from the 1st), 0 where none is (8月30日…由9月25日至26日调整为10日至11日: September's).
 */
function noticeDay(c: Ctx, month: number): number {
  let day = 0;
  for (const m of c.out) {
    if (m.type !== 'DATE' || typeof m.value !== 'string' || !/^(?:\d{4}|-)-\d\d-\d\d$/.test(m.value)) continue;
    const d = Number(m.value.slice(-2));
    if (Number(m.value.slice(-5, -3)) === month && (day === 0 || d < day)) day = d;
  }
  return day;
}
/** Before a colon or a bracket and days: a length's noun (审批时限：2和3日), not a period's whose days are dates (会期：12日至13日, 活动期间：). */
/** The time a procedure takes (审批时间, 开办时间: a length, not a date's time). */
const PROCEDURE_TIME = '(?:审批|办理|办结|开办|所需|审查|审核|处理)时间';
const LENGTH_NOUN_BEFORE = new RegExp(`(?:时限|期限|时长|(?<!使)用时|工期(?!间)|(?<!巡察|巡视)周期|天数|${PROCEDURE_TIME})(?:为|是|一般为|压缩为|缩短为|调整为|\\(工作日\\))?[:(]$`);
const PERIOD_IN_CLAUSE = new RegExp(`时限|期限|时长|用时|工期|周期|期间|天数|${PROCEDURE_TIME}`);
/** A period's noun in the clause before `at` (办理时限由, 审查期限从; not 日期). */
function periodBefore(text: string, at: number): boolean {
  const k = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf('。', at - 1), at - 16);
  const clause = text.slice(k + 1, at);
  // (审批时间, 开办时间, 所需时间, 天数: a procedure's time, a length; the third review)
  return PERIOD_IN_CLAUSE.test(clause) ||
    (/期/.test(clause.replace(/日期|星期|同期|上期|本期|近期|初期|定期|到期|如期|学期|为期|假期|展期|活动期/g, '')));
}

/** The day at the context in the month of the date before (D-31: ２２日 → --01-22, never its year). */
function pushDay(c: Ctx, id: string, last: { year?: number; month?: number }): boolean {
  const { num } = c;
  c.push(id, { start: num.start, end: num.end + 1, type: 'DATE', value: `--${pad(last.month!)}-${pad(num.value)}`, unit: null, qualifier: 'exact' });
  c.lastDate = { end: num.end + 1, year: last.year, month: last.month };
  return true;
}

/**
 * 每逢5日、15日, 每月的5日, 每月10日、20日, 每10日、20日、30日: days of every month (D-91), no mention, with the days
 * listed after them (read here, so that none is taken for a day of the month written before).
 */
function recurringDay(c: Ctx): boolean {
  const { num, text } = c;
  // (not 适逢, 恰逢, 正逢15日: "happens to fall on"; session 40's review)
  const every = endsWithAny(text, num.start, RECURRING_BEFORE) && !(c.before === 0x9022 /* 逢 */ && '适恰正欣喜相'.includes(text[num.start - 2]));
  // (每5日、10日, 每1日至5日, 每5日上午: days of every month, or every five days, as uncertain; session 40)
  const everyListed = c.before === 0x6bcf /* 每 */ && (codeIs(text, num.end + 1, C.DUN) || dayListedOrTimed(c));
  if (!every && !everyListed) return false;
  // (每月15日前、25日前: deadlines of every month, listed; session 40's review)
  skipListedDays(c);
  return true;
}
/** Past the days listed or ranged after the context's N日 (15日前、25日前, 5日至10日): their reading is the first's. */
function skipListedDays(c: Ctx): void {
  const { num, text } = c;
  for (let e = num.end + 1, m = c.next(); m && codeIs(text, m.end, C.RI) && LISTED_OR_RANGE.test(text.slice(e, m.start).replace(/^(?:以前|前)/, '')); m = c.next()) { c.i++; e = m.end + 1; }
}
/** Before a day of every month. */
const RECURRING_BEFORE = ['每逢', '逢', '每月', '每月的', '每个月的', '每季度', '每季度的', '每季', '每季的', '每月于', '每月在', '每季度于', '每季度在',
  '每月均于', '每月均在', '每月都在', '每月都于'];

/**
 * 至 or 到 and a day after a date, words between: "until" that day (自7月1日开始，至15日结束; 后推迟至5日举行; 有效期
 * 至30日; 直至31日), where 至 opens a clause or follows a word of an end or a move (not a verb of an amount:
 * 缩短至15日, 延长至30日 are a length, or either), not before 内 or 后 (至15日内).
 */
function untilDay(c: Ctx): boolean {
  const { num, text } = c;
  const at = num.start - 1;
  if (startsWithAny(text, num.end + 1, DAY_DURATION_AFTER)) return false;
  // (办理时间由20日调整至15日, 由原来的30日: a change from a length, the end a length too; session 40)
  if (lengthChangedFrom(c)) return false;
  // (本周五至30日, 星期五至30日, 下周一到30日: from a weekday to a day, with words between the date and it; session 41's
  // review: a length of 30 days)
  if (opensClause(c, at) || WEEKDAY_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return true;
  // (7月18日开始的强降雨至22日结束, 至22日上午停止: the end of what ran until that day, whatever stands before 至; session
  // 48's review: a length of 22 days)
  if (endAfterDay(text, dayEnd(text, num.start))) return true;
  const w = UNTIL_BEFORE.find((x) => text.startsWith(x, at - x.length));
  if (!w) return false;
  // (将公示期调整至10日, 羁押期限延至三十日: a period's length set, not a day; unless an event follows the day; not 公示期直至15日,
  // 有效期截至30日, "until": session 40's reviews)
  return !((w === '调整' || w === '延') && (periodNounBefore(text, at - w.length) || endsWithAny(text, at - w.length, TIME_TAKEN)) && !startsWithAny(text, dayEnd(text, num.start), PERIOD_EVENT_AFTER));
}
/** Before N年前: "about", "as early as", "from now": years ago, whatever N is. */
const AGO_BEFORE = ['约', '大约', '早在', '距今', '距今约', '远在'];
const ABOUT_AGO_BEFORE = ['约', '大约', '距今', '距今约', '近', '距今近']; // (近2000年前的汉代遗址: session 50's hunt)
/** Whether the end of what ran stands at `at`, after a day (结束, 止), or a time of that day first (凌晨停止). */
export function endAfterDay(text: string, at: number): boolean {
  const part = DAY_PART.find((w) => text.startsWith(w, at));
  return startsWithAny(text, part ? at + part.length : at, DAY_END_EVENT);
}
/** A weekday ending here (本周五, 星期三, 礼拜天). */
const WEEKDAY_BEFORE = /(?:周|星期|礼拜)[一二三四五六日天]$/;
/** Before 至 or 到 and a day after a date: an end or a move to that day. */
const UNTIL_BEFORE = ['直', '截', '开始', '起', '启动', '期', '延期', '推迟', '改', '顺延', '延后', '提前', '持续', '一直', '截止', '时间',
  // (延至, 推至, 挪至, 调整至, 公示至, 开展至, 延续至, 期限至: session 40's review)
  '延', '推', '挪', '调整', '公示', '开展', '延续', '延迟', '期限', '时限'];
/** After a day: its range or its start (从3日起, 自1日开始). */
const START_AFTER = ['至', '到', '-', '—', '~', '起', '开始'];

/**
 * 保质期15日, 缓刑考验期30日, 公示期不少于5日, 有效期一般为30日, 办理时限15日: a period named by a noun ending in 期,
 * 期限 or 时限 (and a word of measure between), so a length; not 日期, 星期 and the words of a time (同期, 前期…).
 */
function periodNounBefore(text: string, at: number): boolean {
  // (暑假期间15日起实行, 期间15日召开, 禁渔期15日结束: the day of an event; session 40's review)
  const after = dayEnd(text, at);
  if (startsWithAny(text, after, PERIOD_EVENT_AFTER)) return false;
  let k = at, filler = '';
  for (const f of PERIOD_FILLERS) if (text.startsWith(f, k - f.length)) { k -= f.length; filler = f; break; }
  // (办理时间由20日调整至15日: a time's length changed, from a length; session 40's review: --03-20)
  if (CHANGE_FROM.includes(filler) && endsWithAny(text, k, TIME_TAKEN)) return true;
  // (截止期限, 最后期限: a deadline names a day; session 40's review)
  // (期间, "during", only with a word of measure or a day ending its clause: 审查期间为15日, 审查期间15日。; not 会议期间15日上午,
  // 国庆期间3日至5日; session 40's review)
  // (days listed after it are dates, 活动期间15日、16日; a length listed after it is not, 审查期间15日、复核期间10日)
  const listed = filler === '' && '、和'.includes(text[after] ?? '\0') && (CLASS[text.charCodeAt(after + 1)] === Cls.DIGIT || CLASS[text.charCodeAt(after + 1)] === Cls.CNUM) &&
    !VARYING_LIST.test(text.slice(after, after + 40));
  const during = text.startsWith('期间', k - 2) && !listed && !startsWithAny(text, after, DAY_TIME_AFTER) &&
    (filler !== '' || CLASS[text.charCodeAt(after)] === Cls.PUNCT);
  if ((text.startsWith('时限', k - 2) || text.startsWith('期限', k - 2) || during) && !text.startsWith('截止', k - 4) && !text.startsWith('最后', k - 4)) return true;
  // (not a phase or a session, 一期15日投产, 第二期15日开班, 首期, 该期, 下期; nor a season, 暑期, 春运期, 高峰期; nor a day
  // its event names, 禁渔期15日结束: session 40's review)
  return text[k - 1] === '期' && !NOT_PERIOD_BEFORE_QI.includes(text[k - 2]) && CLASS[text.charCodeAt(k - 2)] !== Cls.CNUM && CLASS[text.charCodeAt(k - 2)] !== Cls.DIGIT;
}
/** Where the day that starts at `at` ends, after its 日. */
function dayEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && (CLASS[text.charCodeAt(k)] === Cls.DIGIT || CLASS[text.charCodeAt(k)] === Cls.CNUM)) k++;
  return k + 1;
}
/** After a period's noun and a day: the event of that day (暑期15日开始, 首期15日结业), a date. */
const PERIOD_EVENT_AFTER = ['开始', '结束', '起', '止', '开班', '结业', '投产', '开工', '截止', '召开', '举行', '开幕', '闭幕', '启动'];
/** Words of measure between a period and its length, longest first. */
const PERIOD_FILLERS = ['一般不超过', '一般不少于', '原则上为', '由原来的', '从原来的', '不得少于', '不得超过', '一般为', '不少于', '不超过', '不低于', '最长为', '最短为', '统一为', '通常为', '暂定为',
  '调整为', '分别为', '均为', '定为', '应为', '由原来', '从原来', '最长', '最短', '为', '是', '仅', '共', '约', '由', '从', '自'];
/** The time a procedure takes (not 会议时间, a day). */
const TIME_TAKEN = ['办理时间', '审查时间', '审批时间', '审理时间', '处理时间', '办结时间', '公示时间', '等待时间', '承诺时间'];
/** The numeral before the context's, a number of days after 由, 从 or 自 since the last date: a change's first end, a length. */
function lengthChangedFrom(c: Ctx): NumberSpan | undefined {
  const prev = c.i > 0 ? c.nums[c.i - 1] : undefined;
  return prev && codeIs(c.text, prev.end, C.RI) && endsWithAny(c.text, prev.start, CHANGE_FROM) && prev.start > (c.lastDate?.end ?? 0) ? prev : undefined;
}
/** 审查期限由30日调整为15日: the day after a verb of a change whose first end, after 由 or 从, was a length. */
function changedLength(c: Ctx): boolean {
  const prev = lengthChangedFrom(c);
  return !!prev && CHANGED_TO.test(c.text.slice(prev.end + 1, c.num.start));
}
const CHANGED_TO = /^(?:调整|缩短|延长|压缩|压减|减少|减|改|增加|提高|降低|降)(?:为|至|到)$/;
/** …opening the text after a range (由15日至20日压缩为), or ending the text before one (压缩为5日至7日). */
const CHANGING = /^(?:调整|缩短|延长|压缩|压减|减少|减|改|增加|提高|降低|降|提速|缩减|下降)(?:为|至|到)/;
const CHANGED = /(?:调整|缩短|延长|压缩|压减|减少|减|改|增加|提高|降低|降|提速|缩减|下降)(?:为|至|到)$/;
/** Days listed and then 不等, "varying": lengths (公示期间5日、7日、10日不等). */
const VARYING_LIST = /^(?:[、和至到~—-][0-9一二三四五六七八九十〇零]+日)+不等/;
/** Fillers that open a change (由20日缩短至15日). */
const CHANGE_FROM = ['由', '从', '自', '由原来的', '从原来的', '由原来', '从原来', '由原', '从原'];
/** Before 期, the words of a date or a time, not a period (日期, 星期, 同期, 上期, 本期, 近期, 初期, 定期, 到期, 如期, 学期…). */
const NOT_PERIOD_BEFORE_QI = '日星同上本当近前后早中初末晚时分定到如按届学预长短汛假首该下次暑运峰止每';

/** Between two days of a list (7月30日、31日和1日, 31日以及1日, 30日(星期二)和1日). */
const LISTED_DAY = /^(?:\([^)]{1,4}\))?(?:[、和及与或]|以及)$/;
/** …and a range after a listed day (和1日至3日, 和1日(周四)至3日: a later review). */
const LISTED_OR_RANGE = /^(?:\([^)]{1,4}\))?(?:[、和及与或]|以及|[至到~〜—-])$/;

/** The day of the month that ends with 日 at `end` - 1 (7月31日 → 31, 七月三十日 → 30; session 40's review: digits only), 0 where none does. */
function dayBefore(text: string, end: number): number {
  if (codeAt(text, end - 1) !== C.RI) return 0;
  let k = end - 1, v = 0, place = 1;
  while (k > 0 && isDigit(text.charCodeAt(k - 1)) && place <= 10) { v += (text.charCodeAt(k - 1) - 0x30) * place; place *= 10; k--; }
  if (place > 1) return v;
  // 三十一, 二十, 十五, 九: a Chinese day
  let a = end - 1;
  while (a > 0 && end - 1 - a < 3 && (CN_DIGIT[text.charCodeAt(a - 1)] !== 255 || text.charCodeAt(a - 1) === 0x5341 /* 十 */)) a--;
  const s = text.slice(a, end - 1);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGIT[s.charCodeAt(0)] : 0;
  const tens = ten === 0 ? 1 : CN_DIGIT[s.charCodeAt(ten - 1)], ones = ten === s.length - 1 ? 0 : CN_DIGIT[s.charCodeAt(ten + 1)];
  return tens !== 255 && ones !== 255 ? tens * 10 + ones : 0;
}

/** 于15日前报送, 在15日以前, 最迟15日前, and a day listed after one (于15日前、25日前): a deadline on that day (session 40's reviews). */
function byDay(c: Ctx): boolean {
  const { num, text } = c;
  if (!startsWithAny(text, num.end + 1, BY_DAY_AFTER)) return false;
  const b = text[num.start - 1];
  return '于在'.includes(b) || endsWithAny(text, num.start, ['最迟', '最晚', '迟于']) || ('、和'.includes(b) && text.startsWith('日前', num.start - 3));
}

/**
 * The times of day between a date and the 至 of a range of days (8时, 20时30分, 8:00, 10时许, 上午, 午后, 晚, 凌晨; 8时起至,
 * 5日起至), a weekday (6月28日(星期五)至30日: a later review, 30 days; 星期五 without brackets) and any short note in brackets
 * ((星期五下午), (含), (北京时间), [星期五], 【星期五】: session 40's review).
 */
const TIME_OF_DAY = /^(?:[(\[【][^()\[\]【】]{1,8}[)\]】]|[本下上这]?(?:星期|礼拜|周)[一二三四五六日天]|(?:[0-9０-９]{1,2}[时点](?:[0-9０-９]{1,2}分)?|[0-9０-９]{1,2}[:：][0-9０-９]{2}|[零〇一二三四五六七八九十]{1,3}[时点]|上午|下午|中午|午后|晚上|晚间|夜间|凌晨|清晨|早晨|早上|傍晚|白天|深夜|晚|夜|早)(?:许|左右)?)*起?$/;

/** 12日、13日两天, 12日至14日, 12日下午: a day of a pair, a range or a time, after the N日 at the context. */
function dayListedOrTimed(c: Ctx): boolean {
  const { num, text } = c;
  const after = codeAt(text, num.end + 1);
  if (isRangeChar(after) || startsWithAny(text, num.end + 1, DAY_TIME_AFTER)) return true;
  if (after !== C.DUN) return false;
  const m = c.next();
  return !!m && m.start === num.end + 2 && codeIs(text, m.end, C.RI) && startsWithAny(text, m.end + 1, DAYS_BOTH);
}

/**
 * Whether one of `words` ends at most `within` characters before `at`, with
 * only Han characters between (连续降雨5日: 连续 two before; never across a
 * clause: 为期3天，7日闭幕 keeps 7日 a day of the month).
 */
function endsWithAnyWithin(text: string, at: number, words: readonly string[], within: number): boolean {
  for (let k = at; k >= 0 && k >= at - within; k--) {
    if (endsWithAny(text, k, words)) return true;
    if (k > 0 && CLASS[text.charCodeAt(k - 1)] !== Cls.CJK) return false;
  }
  return false;
}

/**
 * 15日，省委召开常委会会议, 22日上午: a day of the month opening a clause or
 * before a time of day, whose month is not known (D-31 reads a day after a
 * date): no mention, never a length of 15 days (found by review).
 */
export const clauseDay: Step = {
  id: 'date.clause-day',
  when: { after: '日' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    // (after a date with its month, the day step reads the day: 9月21日、22日)
    if (c.after !== C.RI || !isDayNum(num) || c.lastDate?.month !== undefined) return false;
    // 22日上午, 15日全天: a time of that day follows, wherever it stands (not 连续7日全天候, 连续10日全天开放: lengths; session
    // 42's reviews)
    // (nor 未来3日白天, 连续5日白天, 近10日白天: the climate words of session 51 after a length's word; its hunt)
    if ((startsWithAny(text, num.end + 1, DAY_TIME_AFTER) && !endsWithAny(text, num.start, DAYS_AHEAD_BEFORE)) || wholeDay(c, num.end + 1)) return true;
    // 7日闭幕, 18日抵达: an event on that day (为期3日闭幕, 提前2日抵达, 开庭前3日举行 are lengths: the word before says so)
    if (startsWithAny(text, num.end + 1, DAY_EVENT_AFTER) && !endsWithAnyWithin(text, num.start, DAY_LENGTH_BEFORE, 2) && !endsWithAny(text, num.start, DAY_OFFSET_BEFORE)) return true;
    // 每月的20日之前: a day of every month (每月20日 is the unit step's)
    if (c.before === 0x7684 /* 的 */ && c.before2 === C.YUE) return true;
    // 本周五至30日，…: from a weekday to a day whose month is not written (session 41's review: 30 days)
    if ((c.before === C.ZHI || c.before === C.DAO) && WEEKDAY_BEFORE.test(text.slice(Math.max(0, num.start - 5), num.start - 1))) return true;
    // 请于15日前报送, 在15日以前: a deadline on a day whose month is not written (D-91; session 41's review: 15 days)
    if ((c.before === 0x4e8e /* 于 */ || c.before === 0x5728 /* 在 */) && startsWithAny(text, num.end + 1, BY_DAY_AFTER)) { skipListedDays(c); return true; }
    const next = codeAt(text, num.end + 1);
    // 至30日，共受理…, 到20日为止: "until the 30th", opening a clause
    if ((c.before === C.ZHI || c.before === C.DAO) && opensClause(c, num.start - 1) && (next === C.COMMA || text.startsWith('为止', num.end + 1))) return true;
    // 15日至17日，…; 24日至28日…举行; 20日、21日两天，…: days opening a clause, in a range or a list
    if ((isRangeChar(next) || next === C.DUN) && opensClause(c, num.start)) {
      const m = c.next();
      if (m && m.start === num.end + 2 && codeIs(text, m.end, C.RI) && isDayNum(m) && m.value > num.value) {
        const k = m.end + 1;
        if (codeIs(text, k, C.COMMA) || startsWithAny(text, k, DAY_EVENT_AFTER) || startsWithAny(text, k, DAY_TIME_AFTER) || wholeDayAt(text, k) ||
          (next === C.DUN && startsWithAny(text, k, DAYS_BOTH))) { c.i++; return true; }
      }
    }
    if (next !== C.COMMA) return false; // (， is folded to ,)
    return opensClause(c, num.start);
  },
};

/** Whether a clause opens at `at`: the text's or a line's start, or after a sentence end, a comma or a line's list marker. */
function opensClause(c: Ctx, at: number): boolean {
  return at === 0 || c.atLineStart(at) || SENTENCE_END.has(c.text[at - 1]) || c.text.charCodeAt(at - 1) === C.COMMA || afterLineMarker(c, at);
}

/** 3、16日，…, 一、16日，…: right after a list marker opening its line (15、16日，… too, whose 15、 the marker step reads so; session 42: 16 days). */
function afterLineMarker(c: Ctx, at: number): boolean {
  if (codeAt(c.text, at - 1) !== C.DUN) return false;
  let k = at - 1;
  while (k > 0 && at - 1 - k < 3 && numeralClassAt(c.text, k - 1)) k--;
  return k < at - 1 && (k === 0 || c.atLineStart(k));
}

/** After a day in Chinese numerals: a passive or an agent of the court's and the procuratorate's acts (十二日被逮捕, 十二日经检察院批准, 二十日法院开庭). */
const DAY_AGENT_AFTER = ['被', '经', '法院', '检察院', '人民法院', '人民检察院', '公安', '公安机关', '常委会', '全国人大常委会', '本院', '市中级人民法院', '中级人民法院',
  '高级人民法院', '省公安厅', '公安厅', '公安局', '公开开庭', '开庭审理', '作出判决', '作出裁定', '宣判', '提起公诉', '移送审查起诉', '移送起诉'];
/** What happens on a day (7日闭幕, 18日抵达, 1日起施行): the day is a date (D-91). */
/** An event a few words after a day opening its clause (胜利闭幕, 通过了, 在上海发表了, 首都举行了). */
const CLAUSE_EVENT = /^[^，。；,;:]{0,8}?(?:闭幕|开幕|召开|举行|通过|发表|举办|签署|签订|发布|抵达|到达|会见|逝世|成立|宣布|开始|结束|讨论|启动|宣判|印发|出台|公布|审议|签发|部署|作出)/;
/** After N日: words of a length or an offset (十五日内, 三十日后, 三日以来). */
const LENGTH_AFTER_DAY = ['内', '后', '以内', '之内', '来', '以来', '之后', '左右', '以上', '以下', '前', '期', '时间', '的时间'];
const DAY_EVENT_AFTER = ['闭幕', '开幕', '召开', '举行', '抵达', '起施行', '起实施', '起执行', '起正式', '揭牌', '挂牌', '正式开幕', '正式召开', '正式施行'];
/** Before N日 these make it an offset or a length, never a day of the month (提前2日, 推迟3日, 开庭前3日, 近30日). */
const DAY_OFFSET_BEFORE = ['提前', '推迟', '延后', '延迟', '顺延', '前', '后', '近', '过去', '共', '满', '期', '于', '每周', '每', '最长', '最短', '至少', '超过'];
/** Right before N日 after a date: a length or an offset (拘留15日, 缩短3日, 提前5日), not a day of that date's month. */
const DAY_SPAN_BEFORE = ['提前', '提前了', '推迟', '推迟了', '延后', '延迟', '顺延', '拘留', '拘留了', '审理', '审理了', '缩短', '缩短了', '缩短为', '缩短至', '缩减', '缩减为', '压缩', '压缩至', '压缩为', '平均',
  '羁押', '关押', '关押了', '隔离', '隔离观察', '停业', '停业整顿', '停产', '停工', '用了', '仅用', '减少', '减少了', '节省', '节省了', '超期', '逾期', '最长', '最短', '最多', '至少', '超过', '满',
  // (开庭前3日, 届满前15日; 住院15日, 推后5日, 限期15日, 整顿15日; 每隔5日, 每周5日, 每次5日: session 40's review)
  '前', '住院', '推后', '限期', '整顿', '观察', '公示', '试行', '隔', '每周', '每次', '每轮', '每批', '每期', '共',
  // (不少于5日, 多于5日: a lower limit, as 至少; session 40's review)
  '不少于', '不得少于', '不低于'];
/** After 于 or 在 and a day: by that day. */
const BY_DAY_AFTER = ['前', '以前', '之前'];
/** After a list of two days: 20日、21日两天. */
const DAYS_BOTH = ['两天', '两日'];

/** 每3月通报, 近三月新增, 公示期3月, 试行期3月: 每 or 近 right before, or a period's noun (session 40's review: --03). */
function monthsLengthWord(c: Ctx): boolean {
  // (not a month with its part: 近3月底完工, 试行期3月底结束, 每3月中旬; session 40's review)
  const e = c.num.end + 1;
  if (MONTH_AFTER.includes(c.text[e] ?? '\0') || startsWithAny(c.text, e, MONTH_PART_AFTER)) return false;
  return c.before === C.MEI || (c.before === C.JIN && !'接临邻附最'.includes(c.text[c.num.start - 2])) || periodNounBefore(c.text, c.num.start);
}

/** Before N月: a length in months, no calendar month (历时3月, 经过三月奋战). */
const MONTHS_LENGTH_BEFORE = ['历时', '耗时', '经过', '用了', '用时', '历经', '为期', '长达', '持续', '提前', '推迟', '延长', '连续', '仅用', '延期', '缩短',
  // (可支付8月, 可支付月数为7月左右, 缴费满3月后, 中断缴费超过3月: a fund's months of payment, a contribution's months;
  // session 49's review, --08)
  '可支付', '月数为', '满', '缴费超过'];
/**
 * Whether 前 at `qian` opens "the first N months": at a clause's or line's
 * start, or after a year (2024年前11月, 今年前三月); not where 前 ends a word
 * (两年前3月, 此前, 当前, 会前, 提前).
 */
function firstMonths(c: Ctx, qian: number): boolean {
  if (qian === 0 || c.atLineStart(qian)) return true;
  const b = c.text.charCodeAt(qian - 1);
  if (CLASS[b] === Cls.PUNCT) return true;
  // (特别是头三月, 尤其是前两月: the first months named again; the second review: March)
  if (endsWithAny(c.text, qian, FIRST_MONTHS_AFTER)) return true;
  if (b !== C.NIAN) return false;
  const last = c.lastDate;
  return (!!last && last.end === qian && last.year !== undefined) || endsWithAny(c.text, qian, YEAR_WORDS);
}
const YEAR_WORDS = ['今年', '去年', '全年', '上年', '本年', '当年', '明年'];
const FIRST_MONTHS_AFTER = ['特别是', '尤其是', '其中'];
/** Before N日全天: a run of days (连续10日全天开放), a length. */
const DAYS_RUN_BEFORE = ['连续', '未来', '持续', '长达', '历时', '为期', '共计', '累计', '共有', '持续了', '停工', '住院', '用时', '经过', '需要', '延长', '可达', '全月有', '本月有', '每月有', '上月有'];

// (10日白天，, 10日午后, 前半夜, 早间: the climate bulletins' parts of the day; session 51's review, lengths)
/** Before N日 a length's words (未来3日白天, 今后7日早间, 连续5日白天, 近10日白天, 奋战七日夜). */
const DAYS_AHEAD_BEFORE = ['未来', '今后', '连续', '奋战', '持续', '过去'];
const DAY_TIME_AFTER = ['上午', '下午', '晚', '凌晨', '早上', '早晨', '中午', '傍晚', '夜间', '夜里', '白天', '午后', '清晨', '前半夜', '后半夜', '早间', '夜'];
/** 全天 at `at`, not 全天候: the whole of a day (days of a clause with no month known, 3至5日全天停水). */
const wholeDayAt = (text: string, at: number): boolean => text.startsWith('全天', at) && !text.startsWith('全天候', at);
/**
 * 15日全天 with no month known: the whole of the 15th, not 全天候 nor after a run of days, an offset or a length's word
 * (连续10日全天开放, 近7日全天, 其中2日全天停水), nor 一日, 两日 in Chinese numerals (one day, two days). Read in clauseDay
 * only: after a date with its month the day step reads N日 as it did (session 42's reviews: a time word everywhere made
 * 每周5日全天开放 a day of the month).
 */
function wholeDay(c: Ctx, end: number): boolean {
  const { text, num } = c;
  return wholeDayAt(text, end) && !endsWithAny(text, num.start, DAY_OFFSET_BEFORE) && !endsWithAny(text, num.start, DAYS_RUN_BEFORE) &&
    !(c.isCn && (num.value === 1 || c.is(0x4e24 /* 两 */)));
}

/** A year of the common era with fewer than four digits (公元618年): DATE `0618` (spec §4: ISO years). */
export const commonEraYear: Step = {
  id: 'date.common-era',
  when: { after: '年' + String.fromCharCode(...RANGE_CHARS) },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    // (唐大中十一年（857年）, 辽清宁二年（1056年）: the common era's year in brackets after a reign's, three digits; session 50's
    // review, a length of 857 years)
    const bracketed = !c.isCn && num.value >= 100 && c.before === 0x28 /* ( */ && codeIs(text, num.start - 2, C.NIAN) && c.after === C.NIAN && codeIs(text, num.end + 1, 0x29 /* ) */) &&
      c.lastMention()?.end !== num.start - 1; // (not 三年（500年）: a length and another)
    if (num.decimal || !Number.isInteger(num.value) || num.value < 1 || num.value > 999 || num.start < 2 || (!bracketed && !text.startsWith('公元', num.start - 2))) return false;
    const year = (v: number) => String(v).padStart(4, '0');
    // 公元618—907年, 公元618年至907年: a range of years
    const rangeAt = c.after === C.NIAN ? num.end + 1 : num.end;
    const m = c.next();
    if (isRangeChar(text.charCodeAt(rangeAt)) && m && m.start === rangeAt + 1 && Number.isInteger(m.value) && m.value > num.value && m.value <= 9999 && codeIs(text, m.end, C.NIAN)) {
      c.push(this.id, { start: num.start, end: m.end + 1, type: 'DATE', value: `${year(num.value)}/${year(m.value)}`, unit: null, qualifier: 'exact' });
      c.i++;
      return true;
    }
    if (c.after !== C.NIAN) return false;
    c.push(this.id, { start: num.start, end: num.end + 1, type: 'DATE', value: year(num.value), unit: null, qualifier: 'exact' });
    return true;
  },
};

/** ISO dates 2026-01-22 (after 第 an issue number: consumed, no mention). */
export const isoDate: Step = {
  id: 'date.iso',
  when: { after: '-' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (num.intDigits !== 4 || c.after !== C.DASH || !isYearValue(num, c.s)) return false;
    const m = c.next(), dd = c.next(2);
    if (!m || !dd || m.start !== num.end + 1 || !codeIs(text, m.end, C.DASH) || dd.start !== m.end + 1 || !isMonthNum(m) || !isDayNum(dd)) return false;
    if (c.before !== C.DI) c.push(this.id, { start: num.start, end: dd.end, type: 'DATE', value: `${num.value}-${pad(m.value)}-${pad(dd.value)}`, unit: null, qualifier: 'exact' });
    c.i += 2;
    return true;
  },
};

/** Event labels built from dates: “5·13” → DATE --05-13, optional (D-17). */
export const dateLabel: Step = {
  id: 'date.label',
  only: 'arabic',
  when: { after: '·' },
  apply(c: Ctx): boolean {
    if (c.isCn || c.after !== C.MIDDOT) return false;
    const { num } = c;
    const m = c.next();
    if (!m || m.start !== num.end + 1 || !isMonthNum(num) || !isDayNum(m)) return false;
    c.push(this.id, { start: num.start, end: m.end, type: 'DATE', value: `--${pad(num.value)}-${pad(m.value)}`, unit: null, qualifier: 'exact', optional: true });
    c.i++;
    return true;
  },
};

/** After YYYY年第: a document's number in its year (第1号, 第12号). */
const DOCUMENT_FILE = /^[0-9一二三四五六七八九十]{1,4}号文件/;
const DOCUMENT_NUMBER = /^[0-9]{1,4}号(?!(?:超强|强)?(?:台风|热带)|洪水)/; // (not 2023年第12号台风, 第9号超强台风, 2020年第5号洪水: a typhoon or a flood of that year)
