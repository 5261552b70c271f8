// Numerals joined by the pause mark 、 (D-47, D-60).
//   四、五十亿元, 三、四个, 七、八十年代: "four or five…", one mention, a range;
//     the first numeral borrows the second's scale (四 → 四十亿).
//   一九八一、一九八二两年, 1998、1999年: years listed, one DATE each.
import { unitAt } from '../lexicon.js';
import { rankPair } from './ordinal.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { CN_DIGIT, CN_SCALE, codeIs } from '../../text/chars.js';
import { isScalesOnly, isYearValue, pauseRangeLow, qualifierAround } from '../read.js';
import { C, endsWithAny, isQuarter, startsWithAny, type Ctx, type Step } from './context.js';
import { COUNTED_PHASES_BEFORE, DURATION_AFTER_GE, IMPLIED_CENTURY, PHASE_AFTER, QUARTER_SPAN_BEFORE, SESSION_BEFORE } from './data/words.js';
import { opensItem } from './date.js';
import { gradeAround, GRADED_AFTER, SELF_EMPLOYED, sessionNameAt, WATER_GRADE_AHEAD } from './unit.js';
import { spokenYiAt } from './negatives.js';
import { decadeWordAt, decadeYear } from './decade.js';

/** After the pair num、m: a third member by 、, or by 和 where it opens no pair of its own (百分之五、六和八, not 四、五和七、八). */
function listGoesOn(c: Ctx, m: NumberSpan): boolean {
  const third = c.next(2);
  if (!third || third.start !== m.end + 1) return false;
  if (codeIs(c.text, m.end, C.DUN)) return true;
  return codeIs(c.text, m.end, C.HE) && !(codeIs(c.text, third.end, C.DUN) && c.next(3)?.start === third.end + 1);
}

/** Whether the 、 list the numeral closes opens with 百分之 (百分之四、五、六): walked back member by member. */
function underPercentWords(c: Ctx): boolean {
  let j = c.i;
  while (j > 0 && c.nums[j - 1].end === c.nums[j].start - 1 && codeIs(c.text, c.nums[j - 1].end, C.DUN)) j--;
  return c.text.startsWith('百分之', c.nums[j].start - 3);
}

/** 四、五十亿元 → MONEY 4000000000–5000000000; only adjacent digits (四、五), the approximate form. */
export const pauseRange: Step = {
  id: 'range.pause',
  only: 'cn',
  when: { after: '、' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (!c.isCn || c.after !== C.DUN) return false;
    const m = c.next();
    if (!m) return false;
    // (零下四、五十度, 负四、五十度: a range below zero, the sign in words not read over a pause-mark range (D-89); session 50's
    // review, 40–50 度)
    if (m.start === num.end + 1 && (c.before === 0x4e0b /* 下 */ && codeIs(text, num.start - 2, C.LING) || c.before === C.FU || c.before === C.DASH)) { c.i++; return true; }
    // (小学一、二年级, 五、六年级: school grades, D-25, no range of years; session 50's review, DURATION 1–2 年)
    if (m.start === num.end + 1 && text.startsWith('年级', m.end)) { c.i++; return true; }
    // (商业一、二类企业, 一、二类水质: categories and grades named by numeral (D-113, D-115); session 51's review, COUNT 1–2 类)
    if (m.start === num.end + 1 && codeIs(text, m.end, 0x7c7b /* 类 */) && (text.startsWith('商业', num.start - 2) || startsWithAny(text, m.end + 1, GRADED_AFTER))) { c.i++; return true; }
    // 十一、二个月, 二十三、四万元, 第十一、二名, 一百五、六十个: the second shares the first's tens (11–12
    // months) or larger place, a form the range below does not read; its digits alone (2, 40000, 60) would be
    // a wrong value: nothing
    if (sharesTens(text, num, m)) { c.i++; return true; }
    // 五、六个亿: a range closed by the spoken scale 个亿, no mention (D-27; 5–6 个 would be wrong)
    if (m.start === num.end + 1 && spokenYiAt(text, m.end)) { c.i++; return true; }
    // 九、十: the lone 九 before a numeral that opens with 十
    const nine = text.charCodeAt(num.start) === 0x4e5d /* 九 */ && num.end - num.start === 1 && m.start === num.end + 1 && text.charCodeAt(m.start) === 0x5341 /* 十 */;
    // 九、十年代: the nineties and the tens, or the 2000s? not certain (never 1910–1919): nothing
    if (nine && text.startsWith('年代', m.start + 1)) { c.i++; return true; }
    // 二、三、四季度: a list of three or more is no "three or four" range; its last two alone (3–4) would be wrong
    const prev = c.numAt(c.i - 1);
    // (a list of percentages under one 百分之, 百分之四、五、六和七, is read member by member: percent.ts; session 46's review:
    // all but the first lost)
    if (prev && prev.end === num.start - 1 && codeIs(text, prev.end, C.DUN) && prev.form === NumForm.CHINESE && !Number.isNaN(pauseRangeLow(text, num, m))) {
      if (underPercentWords(c)) return false;
      c.i++;
      return true;
    }
    // 九、十个, 九、十万元: nine or ten, the 十 read as the upper end's scale (pauseRangeLow reads 一 to 八)
    const nineTen = nine && m.form === NumForm.CHINESE && isScalesOnly(text, m.start + 1, m.end) ? 9 * (m.value / 10) : NaN;
    const value = Number.isNaN(nineTen) ? pauseRangeLow(text, num, m) : nineTen;
    // 第三、四名, 第二、三季度, and ranks not in turn (第十一、十二次, 第一、三名): two ranks (ordinal.ts); without a
    // classifier of ranks after them, a list marker (the next step)
    if (c.before === C.DI && (!Number.isNaN(value) || m.form === NumForm.CHINESE)) return m.start === num.end + 1 && Number.isInteger(m.value) && Number.isInteger(num.value) && rankPair(c, m);
    // 三、五万户, 三、五年: "three to five" with a digit between them, which D-47 does not read; the upper end
    // alone (五万户: 50000) would be a wrong value: nothing for either
    if (Number.isNaN(value) && gapRange(text, num, m)) { c.i++; return true; }
    if (Number.isNaN(value)) return false;
    // 人大三、四次会议, 十三届三、四次全会: two sessions, ordinals as 第三、四名's two ranks (D-74 without 第, D-58), the first
    // taking the shared 次; never "three or four" times (session 44's closing review: COUNT 3–4). 两 never ranks.
    if (num.value === value && Number.isInteger(m.value) && codeIs(text, m.end, 0x6b21 /* 次 */) && text.charCodeAt(num.start) !== 0x4e24 /* 两 */ &&
      sessionNameAt(text, m.end + 1, endsWithAny(text, num.start, SESSION_BEFORE)) === true) {
      c.push('ordinal.session-pair', { start: num.start, end: num.end, type: 'ORDINAL', value: num.value, unit: '次', qualifier: 'exact' });
      c.push('ordinal.session-pair', { start: m.start, end: m.end + 1, type: 'ORDINAL', value: m.value, unit: '次', qualifier: 'exact' });
      c.i++;
      return true;
    }
    // 八、九届全国政协委员, 七、八届全国人大: two terms named, ordinals as the sessions above (session 49's review: COUNT 8–9)
    if (num.value === value && Number.isInteger(m.value) && codeIs(text, m.end, 0x5c4a /* 届 */) && text.charCodeAt(num.start) !== 0x4e24 /* 两 */ &&
      startsWithAny(text, m.end + 1, TERM_NAMES_AFTER)) {
      c.push('ordinal.term-pair', { start: num.start, end: num.end, type: 'ORDINAL', value: num.value, unit: '届', qualifier: 'exact' });
      c.push('ordinal.term-pair', { start: m.start, end: m.end + 1, type: 'ORDINAL', value: m.value, unit: '届', qualifier: 'exact' });
      c.i++;
      return true;
    }
    // 十二届三、四中全会: two plenary sessions, ordinals as the sessions above (D-20, the first taking the shared 中 as
    // 三、四次会议 the shared 次; session 45: 三 was a list marker), optional as D-20's 三中
    // (after 届 only: 三、四中全会精神 opening a heading is its marker and 四中; the review)
    if (num.value === value && Number.isInteger(m.value) && codeIs(text, m.end, C.ZHONG) && text.startsWith('全会', m.end + 1) && c.before === 0x5c4a /* 届 */ && text.charCodeAt(num.start) !== 0x4e24 /* 两 */) {
      c.push('ordinal.plenary', { start: num.start, end: num.end, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
      c.push('ordinal.plenary', { start: m.start, end: m.end + 1, type: 'ORDINAL', value: m.value, unit: null, qualifier: 'exact', optional: true });
      c.i++;
      return true;
    }
    // 七、八十年代 → 1970/1989
    if (text.startsWith('年代', m.end)) {
      if (m.value < 10 || m.value > 90 || m.value % 10 !== 0) return false;
      // (民国二、三十年代, 上世纪七、八十年代: of another calendar, or a century only implied, D-49; session 50's review)
      if (endsWithAny(text, num.start, IMPLIED_CENTURY)) { c.i++; return true; }
      c.push('date.decade', { start: num.start, end: m.end + 2, type: 'DATE', value: `${1900 + value}/${1900 + m.value + 9}`, unit: null, qualifier: 'exact' });
      c.i++;
      return true;
    }
    // 百分之八、九: a range of percentages, 百分之 inside the span
    if (num.start >= 3 && text.startsWith('百分之', num.start - 3)) {
      // (百分之五、六和八, 百分之三、四、五: a list of three or more goes on after the second (D-90), no range of its first two;
      // 百分之四、五和七、八 are two ranges; session 46's review: 5–6, the rest lost)
      if (listGoesOn(c, m)) return false;
      const start = num.start - 3;
      c.push(this.id, { start, end: m.end, type: 'PERCENT', value, valueMax: m.value, unit: '%', qualifier: qualifierAround(text, start, m.end) });
      c.i++;
      return true;
    }
    // 四、五年来的主要成效 opening a line after a sentence end: a heading's marker and 五年; a line
    // that wraps inside a sentence (每组⏎三、四人) keeps its range (D-91)
    if (opensItem(c, num.start)) return false;
    let p = m.end;
    let over = false;
    if (codeIs(text, p, C.YU) || codeIs(text, p, C.DUO)) { p++; over = true; }
    // 八、九成: a range of shares in tenths (D-79), 80–90%
    if (codeIs(text, p, C.CHENG) && !over && value >= 1 && m.value <= 10) {
      c.push(this.id, { start: num.start, end: p + 1, type: 'PERCENT', value: value * 10, valueMax: m.value * 10, unit: '%', qualifier: qualifierAround(text, num.start, p + 1) });
      c.i++;
      return true;
    }
    let u = unitAt(text, p);
    // 四、五十万个体户: the word for the self-employed, no classifier (as the unit step reads it; session 46's review: COUNT 个)
    if (u && u[0].unit === '个' && startsWithAny(text, p, SELF_EMPLOYED)) u = null;
    // 三、四十万民工: a range before a plain noun; its upper end alone (四十万: 400000) would be a wrong value: nothing
    if (!u && !over && CN_SCALE[text.charCodeAt(m.end - 1)] >= 4) { c.i++; return true; }
    // 三、四月 names months (D-88, the month-list step), never a length (三、四个月 is one)
    if (!u || u[0].type === 'DATE' || codeIs(text, p, C.YUE)) return false;
    // 三、四个多月: 多 inside the duration's unit, as 两个多月 (the unit step), never a count of 个
    const d = u[0].unit === '个' && (codeIs(text, p + 1, C.DUO) || codeIs(text, p + 1, C.YU)) ? unitAt(text, p + 2) : null;
    // (三、四个多功能厅: 多 starts a word, the count is read as before)
    if (d && d[0].type === 'DURATION' && DURATION_AFTER_GE.has(d[0].unit)) {
      const to = p + 2 + d[1];
      c.push(this.id, { start: num.start, end: to, type: 'DURATION', value, valueMax: m.value, unit: `个${d[0].unit}`, qualifier: 'over' });
      c.i++;
      return true;
    }
    const end = p + u[1];
    // 三、四期工程, 一、二期码头: phases three and four, two ranks (D-32, D-60), no range of counts (a review); not courses
    // held or issues published (举办三、四期培训班, 每年出版三、四期), nor a split into phases (分成三、四期), nor 两、三期
    // (later reviews)
    if (u[0].unit === '期' && !over && c.s !== '两' && (startsWithAny(text, end, PHASE_AFTER) || (!endsWithAny(text, num.start, COUNTED_PHASES_BEFORE) && !classAhead(text, end)))) {
      c.push('ordinal.phase', { start: num.start, end: num.end, type: 'ORDINAL', value: num.value, unit: '期', qualifier: 'exact' });
      c.push('ordinal.phase', { start: m.start, end, type: 'ORDINAL', value: m.value, unit: '期', qualifier: 'exact' });
      c.i++;
      return true;
    }
    // 一、二类水质: a range of grades, as 一至三类水质 (D-25; session 46's review: COUNT 1–2)
    if (u[0].unit === '类' && (startsWithAny(text, end, GRADED_AFTER) || WATER_GRADE_AHEAD.test(text.slice(Math.max(0, num.start - 4), num.start)) || gradeAround(c, end))) { c.i++; return true; }
    // 一、二季度, 三、四季度: two quarters of the year, optional as 第三、四季度 (D-68, D-74; session 46's review: a required
    // DURATION 1–2); a length after its words (连续三、四季度) stays one
    if (u[0].unit === '季度' && !over && isQuarter(value) && isQuarter(m.value) && m.value === value + 1 && !endsWithAny(text, num.start, QUARTER_SPAN_BEFORE)) {
      c.push('date.quarter', { start: num.start, end: num.end, type: 'DATE', value: `Q${value}`, unit: null, qualifier: 'exact', optional: true });
      c.push('date.quarter', { start: m.start, end, type: 'DATE', value: `Q${m.value}`, unit: null, qualifier: 'exact', optional: true });
      c.i++;
      return true;
    }
    // (the type passed: 三、四个月内 is under, as 三个月内; found by review: it was exact)
    c.push(this.id, { start: num.start, end, type: u[0].type, value, valueMax: m.value, unit: u[0].unit, qualifier: over ? 'over' : qualifierAround(text, num.start, end, u[0].type) });
    c.i++;
    return true;
  },
};

/** A class (班) within four characters after the phases: sessions of a course (三、四期培训班). */
function classAhead(text: string, end: number): boolean {
  for (let k = end; k < end + 4 && k < text.length; k++) if (text.charCodeAt(k) === 0x73ed /* 班 */) return true;
  return false;
}

/** 三、五万户, 三、五年, 二、四十个: a lone digit, then a larger one after a gap that ends in a scale or takes a unit. */
function gapRange(text: string, num: NumberSpan, m: NumberSpan): boolean {
  if (num.form !== NumForm.CHINESE || m.form !== NumForm.CHINESE || m.start !== num.end + 1 || num.end - num.start !== 1) return false;
  const a = CN_DIGIT[text.charCodeAt(num.start)], b = CN_DIGIT[text.charCodeAt(m.start)];
  if (a === 255 || b === 255 || a < 1 || b <= a + 1) return false;
  if (codeIs(text, m.end, C.YUE)) return false; // 三、五月: months not in turn, the month step's (D-88)
  const u = unitAt(text, m.end);
  return CN_SCALE[text.charCodeAt(m.end - 1)] > 0 || (u !== null && u[0].type !== 'DATE');
}

/**
 * 十一、二个月, 二十三、四万元, 三十五、六人: a Chinese numeral ending in a
 * digit after 十 and a next one that starts with the digit after it and has
 * no 十 of its own (十一、二月 is read as months before this step, D-88).
 * The same after a larger place, the next one naming the place below it
 * (found by review): 一百五、六十个 (150–160), 一千二、三百人, 一万三、四千件,
 * 一亿五、六千万元, 三百五、六十万元; the second alone (60, 300) was read.
 */
function sharesTens(text: string, num: NumberSpan, m: NumberSpan): boolean {
  if (num.form !== NumForm.CHINESE || m.form !== NumForm.CHINESE || m.start !== num.end + 1 || num.end - num.start < 2) return false;
  const place = text.charCodeAt(num.end - 2);
  const d = CN_DIGIT[text.charCodeAt(num.end - 1)], lead = CN_DIGIT[text.charCodeAt(m.start)];
  if (d < 1 || d > 8 || lead !== d + 1) return false;
  if (place === 0x5341 /* 十 */) {
    for (let i = m.start + 1; i < m.end; i++) if (text.charCodeAt(i) === 0x5341) return false;
    return true;
  }
  // 百 → 十, 千 → 百, 万 → 千, 亿 → 千 (千万): the place below, right after the second's digit
  const below = PLACE_BELOW.get(place);
  return below !== undefined && m.end - m.start >= 2 && text.charCodeAt(m.start + 1) === below;
}

const PLACE_BELOW = new Map([[0x767e /* 百 */, 0x5341 /* 十 */], [0x5343 /* 千 */, 0x767e /* 百 */], [0x4e07 /* 万 */, 0x5343 /* 千 */], [0x4ebf /* 亿 */, 0x5343 /* 千 */]]);

/** 一九八一、一九八二两年: the first year of a list without 年 (the last may have it, read by the date step). */
/**
 * 一九八二、八三、八四三年: a full year, later years shortened to two digits, and the count of them all right after the
 * last (the locator reads the count apart, listCountAt): the full years are DATEs, the shortened ones nothing (their
 * century is not written, D-99), the count a length of its own (session 46's second review: 1982 was lost).
 */
function countedShortYears(c: Ctx): boolean {
  const { text, nums } = c;
  let j = c.i;
  while (codeIs(text, nums[j].end, C.DUN) && c.numAt(j + 1)?.start === nums[j].end + 1 && nums[j + 1].form === NumForm.CHINESE) j++;
  const count = c.numAt(j + 1);
  if (j === c.i || !count || count.start !== nums[j].end || !codeIs(text, count.end, C.NIAN) || count.value !== j - c.i + 1) return false;
  for (let k = c.i; k <= j; k++) {
    if (isYearValue(nums[k], text.slice(nums[k].start, nums[k].end))) c.push('date.year-list', { start: nums[k].start, end: nums[k].end, type: 'DATE', value: String(nums[k].value), unit: null, qualifier: 'exact' });
  }
  c.i = j;
  return true;
}

/**
 * The index of the last of decades joined by 、 from the context's numeral, the last before 年代 (60、70、80年代, 八十、九十年代,
 * 1950、1960年代), each a decade's numeral (decadeYear); -1 where the list is not one of decades. 七、八十年代, whose 七 shares
 * the tens after it, is the decade step's.
 */
function decadeListEnd(c: Ctx): number {
  const { text, nums } = c;
  let j = c.i;
  for (;;) {
    const n = nums[j];
    if (decadeYear(n.value, n.end - n.start, 19) < 0) return -1;
    if (decadeWordAt(text, n.end)) return j;
    const m = c.numAt(j + 1);
    if (!codeIs(text, n.end, C.DUN) || !m || m.start !== n.end + 1) return -1;
    j++;
  }
}

export const yearList: Step = {
  id: 'date.year-list',
  when: { after: '、' },
  apply(c: Ctx): boolean {
    const { num, text, nums } = c;
    if (c.after !== C.DUN) return false;
    // 60、70年代, 1950、1960年代: two decades in turn, one range as D-47's 七、八十年代 (found by review: 60
    // years, and the year 1950); not in turn (60、80年代) the first gives nothing and the second its decade;
    // after 世纪 or 本世纪/上世纪 nothing for either (21世纪10、20年代 read the second in the 1900s; D-49)
    // (60、70、80年代, 八十、九十年代: three decades, or decades in words, the same; session 51's review, the last one or two)
    const lastDecade = decadeListEnd(c);
    if (lastDecade > c.i) {
      if (text.startsWith('世纪', num.start - 2) || endsWithAny(text, num.start, IMPLIED_CENTURY)) { c.i = lastDecade; return true; }
      const lo = decadeYear(num.value, c.s.length, 19), z = nums[lastDecade], hi = decadeYear(z.value, z.end - z.start, 19);
      // (not in turn: the last its own decade, the others nothing)
      if (lo < 0 || hi !== lo + 10 * (lastDecade - c.i)) { c.i = lastDecade - 1; return true; }
      c.push('date.decade', { start: num.start, end: z.end + 2, type: 'DATE', value: `${lo}/${hi + 9}`, unit: null, qualifier: 'exact' });
      c.i = lastDecade;
      return true;
    }
    if (c.i <= c.notYearListUntil || !isYearValue(num, c.s)) return false;
    if (countedShortYears(c)) return true;
    const m = c.next();
    if (!m || m.start !== num.end + 1 || !isYearValue(m, text.slice(m.start, m.end))) return false;
    // the list must end in 年 (1999年) or in a count of years (两年): 1200、1500人 are not years
    let j = c.i + 1;
    for (let nx = c.numAt(j + 1); codeIs(text, nums[j].end, C.DUN) && nx && nx.start === nums[j].end + 1 && isYearValue(nx, text.slice(nx.start, nx.end)); nx = c.numAt(j + 1)) j++;
    const last = nums[j], next = c.numAt(j + 1);
    const yearsAfter = codeIs(text, last.end, C.NIAN) || (!!next && next.start === last.end && next.form === NumForm.CHINESE && codeIs(text, next.end, C.NIAN));
    if (!yearsAfter) { c.notYearListUntil = j; return false; }
    // every year of the list at once (one walk per list, however long); the last
    // one is left to the date step when 年 follows it (1999年)
    const upto = codeIs(text, last.end, C.NIAN) ? j - 1 : j;
    for (let k = c.i; k <= upto; k++) {
      c.push(this.id, { start: nums[k].start, end: nums[k].end, type: 'DATE', value: String(nums[k].value), unit: null, qualifier: 'exact' });
    }
    c.i = upto;
    return true;
  },
};

/** After N、M届: a body's name, so the two are terms named (八、九届全国政协委员), not "eight or nine" terms. */
const TERM_NAMES_AFTER = ['全国', '人大', '政协', '中央', '省委', '市委', '县委', '省人大', '市人大', '县人大', '省政协', '市政协', '县政协', '党代会', '委员', '常委', '代表', '中央委员'];
