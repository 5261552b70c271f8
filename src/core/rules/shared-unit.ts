// A list of bare numbers sharing the unit of the number that closes it
// (分别提高4.08和3.76个百分点, 第7、6、4位): each takes that unit, and its
// 万 or 亿 where it has none of its own (分别达到120、85和60亿元).
import { CN_SCALE, isRangeChar } from '../../text/chars.js';
import { unitAt, type UnitEntry } from '../lexicon.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { hasScale, scaleValue } from '../read.js';
import { isListJoiner, type Ctx } from './context.js';
import { LIST_SEPARATORS, POINT_CHANGE_BEFORE } from './data/words.js';

/** The unit of the number that closes the list the context's numeral starts, or null (at most 8 hops; dates never share). */
export function sharedUnitAhead(c: Ctx): UnitEntry | null {
  const closer = listCloser(c.text, c.nums, c.i);
  return closer ? closer.unit : null;
}

/**
 * The number that closes the list numeral i starts (in nums), with its
 * unit, its value, and the 万 or 亿 it ends in (exp 4, 8 or 12; 千 or 百
 * alone 3 or 2; 0 for none): in 分别达到120、85和60亿元 the 亿 is shared as the unit is (120亿元;
 * see memberValue), as D-64 gives the upper end's scale to a range's lower end.
 */
export function listCloser(text: string, nums: readonly NumberSpan[], i: number): { unit: UnitEntry; scaleExp: number; value: number; unitAt: number } | null {
  let j = i;
  // every member from i on a single digit (5和3千元, 2、3百元): only then is a closing 千 or 百 shared
  let single = true;
  // a separator other than a comma (、, 和, 及, 与, 或) has joined two members: a comma after it ends the list
  // (分别为103.5和104.2，12个行业, 分别为88、92，2024年: later reviews); the member i itself closing such a pair too
  let joined = i > 0 && nums[i - 1].end + 1 === (nums[i].neg ? nums[i].start - 1 : nums[i].start) && isListJoiner(text.charCodeAt(nums[i - 1].end));
  let usedBand = false;
  for (let hops = 0; hops < 8; hops++) {
    const cur = nums[j], next = j + 1 < nums.length ? nums[j + 1] : undefined;
    if (cur.end - cur.start !== 1) single = false;
    if (!next) return null;
    // 3.2、-1.5和8.9%: the sign is the next member's (its span starts after it)
    // one character between them (every separator is one; a slice up to the next numeral, which may be far, was hashed for the lookup)
    const to = next.neg ? next.start - 1 : next.start;
    // (0-14、15-64、65岁及以上: a band in the list, its range mark a link inside a member, only where a separator follows the
    // band; 15-64岁 alone is the unit step's range; session 51's hunt, the upper ends alone)
    const band = to === cur.end + 1 && isRangeChar(text.charCodeAt(cur.end)) && !next.neg && !(fourDigitYear(cur) && fourDigitYear(next)) &&
      ((j + 2 < nums.length && nums[j + 2].start === next.end + 1 && isListJoiner(text.charCodeAt(next.end))) || (joined && unitAt(text, next.end) !== null));
    if (to !== cur.end + 1 || (!band && !LIST_SEPARATORS.has(text[cur.end]))) return null;
    if (band && !unitAt(text, next.end)) { j++; usedBand = true; continue; }
    if (band) usedBand = true;
    const comma = text.charCodeAt(cur.end) === 0x2c /* , */;
    if (comma && joined) return null;
    if (!comma) joined = true;
    if ((cur.form === NumForm.CHINESE) !== (next.form === NumForm.CHINESE)) return null;
    const u = unitAt(text, next.end);
    // (6-7、8-9月, 1-2、3-4季度: bands of months or quarters are dates' steps; session 51's hunt, DURATION 6–7 月)
    if (u && usedBand && (u[0].type === 'DATE' || u[0].unit === '月' || u[0].unit === '月份' || u[0].unit === '季度' || u[0].unit === '日' || u[0].unit === '号')) return null;
    if (u) {
      // 指数448，2024年下降, 基尼系数为0.465，5年来: a comma before the closer ends a clause, not a list, unless 分别
      // opens it (分别为30，25和20人, 分别增长12.5,8.3%; a review of session 39: 448 and 0.465 years)
      if (comma && !fenbieBefore(text, nums[listStart(text, nums, i)].start) && !(u[0].unit === '年' && fourDigitYear(cur) && fourDigitYear(next) && cur.value < next.value)) return null;
      // 60、70年代: decades, no years shared (found by review: 60 years)
      if (u[0].type === 'DATE' || text.startsWith('年代', next.end)) return null;
      // (分别回落1和2个点, 5.2和1.3个点: spoken points after a change or in decimals, shared as points; sites, 3和5个点, as 个)
      if (text.startsWith('个点', next.end) && !'位子'.includes(text[next.end + 2] ?? '\0') &&
        (!Number.isInteger(next.value) || !Number.isInteger(nums[i].value) || pointChangeBefore(text, nums[listStart(text, nums, i)].start))) {
        return { unit: spokenPoints(text, nums[i].start), scaleExp: 0, value: next.value, unitAt: next.end };
      }
      let k = next.end, exp = 0;
      // 5和3千元, 2、3百元: a lone 千 or 百 after the closer's digits is shared as 万 and 亿 are, with members
      // of digits alone (memberValue; found by review: the 5 was 5 yuan); 三百和五百元 keeps its members
      const last = CN_SCALE[text.charCodeAt(k - 1)];
      // (5、20和1千人 and 12和5千元 keep their members: a later review)
      // (123.4和234.5千公顷: a 千 after the closer's decimals is a scale as 万 is, the statistics' 千公顷; session 46's review:
      // 123.4 公顷)
      if (last === 2 || last === 3) { if ((single && k - 1 - next.start === 1) || (last === 3 && next.decimal)) exp = CN_SCALE[text.charCodeAt(--k)]; }
      else while (k > next.start && CN_SCALE[text.charCodeAt(k - 1)] >= 4) exp += CN_SCALE[text.charCodeAt(--k)];
      return { unit: u[0], scaleExp: k > next.start ? exp : 0, value: next.value, unitAt: next.end };
    }
    j++;
  }
  return null;
}

/** Spoken points (提高3.5个点), as the unit step reads them after a change. */
const SPOKEN_POINTS: UnitEntry = { unit: '个点', type: 'PERCENT_POINT' };
/** An index's or a score's points (综合指数上升15个点, 得分提高2.5个点): no rate's, so no percentage points (D-105). */
const INDEX_POINTS: UnitEntry = { unit: '个点', type: 'QUANTITY' };

/**
 * The unit of spoken points before `at`: an index's or a score's where its name stands earlier in the sentence with no
 * rate's name nor 同比, 环比 nearer (营商环境指数提升12个点; 物价指数涨幅回落1个点, 综合指数为102，失业率上升1个点 and
 * 价格指数同比下降1个点 are a rate's), else percentage points.
 */
export function spokenPoints(text: string, at: number): UnitEntry {
  for (let k = at; k > 0 && at - k < 30; k--) {
    const ch = text.charCodeAt(k - 1);
    if (ch === 0x3002 /* 。 */ || ch === 0xff1b /* ； */ || ch === 0x3b || ch === 0x0a || ch === 0xff01 || ch === 0xff1f) break;
    // (综合指数为102.5，上升2.5个点: past a comma only where the clause is the change alone; 价格指数上涨1.5%，低于全国0.3个点
    // and …指数…，城镇化水平提高1.2个点 are a rate's: the second review)
    if ((ch === 0x2c || ch === 0xff0c) && !CHANGE_ALONE.test(text.slice(k, at))) break;
    // (a rate's name, a figure in per cent, or a year's or a month's change: 价格指数同比由负1.3个点收窄至负0.5个点 is the
    // index's rate of change; PMI为50.2%，比上月上升0.4个点 a rate's points)
    if (ch === 0x7387 /* 率 */ || ch === 0x25 || ch === 0xff05 || RATE_NAMES.some((w) => text.startsWith(w, k - w.length)) || RATE_LIKE.some((w) => text.startsWith(w, k - w.length)) ||
      text.startsWith('同比', k - 2) || text.startsWith('环比', k - 2)) break;
    if (INDEX_NAMES.some((w) => text.startsWith(w, k - w.length)) && !text.startsWith('获得分', k - 3)) return INDEX_POINTS;
  }
  return SPOKEN_POINTS;
}
// (上证综指, 深证成指, 沪指, 恒指: the short names; session 51's review, PERCENT_POINT)
const INDEX_NAMES = ['指数', '得分', '评分', '分值', '综指', '深证成指', '深成指', '沪指', '深指', '恒指']; // (not 完成指标: the hunt)
/** Names of a share or a level, in per cent, nearer than an index's (城镇化水平, 研发投入强度, 优良天数比例, 满意度, 市场份额). */
const RATE_LIKE = ['水平', '强度', '比例', '系数', '满意度', '份额'];
/** A clause that is only a change (上升2.5个点, 比上月上升了0.4个点): its points are the subject's before the comma. */
// (比上周, 比前一周, 比年初, 比上期: a weekly index's change as a year's; session 47's review: PERCENT_POINT)
const CHANGE_ALONE = /^(?:[0-9一二三四五六七八九十]+年来|全年|今年|去年)?(?:比上年|比上月|较上年|较上月|比去年|比上周|较上周|比前一周|比年初|较年初|比上期|较上期)?(?:提高|提升|上升|下降|回落|增加|减少|降低|上涨|下跌|回升|下滑)了?(?:约|近)?$/;

/**
 * A change of a rate, or a rate's name, in the clause before `at`, within ten characters (分别回落约1和2个点, 分别提高了1和2个点,
 * 高出全省平均1和2个点, 涨幅分别为1和2个点): its numbers are points.
 */
export function pointChangeBefore(text: string, at: number): boolean {
  for (let k = at; k > 0 && at - k <= 10 && (k === at || !'，。；,.;:!?'.includes(text[k])); k--) {
    // (only words of manner between: not a level, 提高至25个点, nor a rate describing a noun, 涨幅较大的地区新增3个点: sites;
    // a review of session 40)
    const between = text.slice(k, at);
    if (POINT_CHANGE_BEFORE.some((w) => text.startsWith(w, k - w.length)) && CHANGE_TO_POINTS.test(between)) return true;
    // (a rate named …率: 失业率为5个点左右, 利率降至3个点以下; session 41's review: COUNT 个)
    if ((RATE_NAMES.some((w) => text.startsWith(w, k - w.length)) || text.charCodeAt(k - 1) === 0x7387 /* 率 */) && RATE_TO_POINTS.test(between)) return true;
  }
  return rateComparedBefore(text, at);
}

/**
 * A rate's name, then its comparison with a base, right before `at` in the clause (整改率低于全国平均水平5个点,
 * 整改率比上年高3个点, 占比高出上年2个点): its points (session 47's review: COUNT 个). Not 率先 (率先建成5个点).
 */
function rateComparedBefore(text: string, at: number): boolean {
  for (let k = at - 2; k > 0 && at - k <= 14; k--) {
    if ('，。；,.;:!?'.includes(text[k])) return false;
    const rate = (text.charCodeAt(k - 1) === 0x7387 /* 率 */ && text.charCodeAt(k) !== 0x5148 /* 先 */) || RATE_NAMES.some((w) => text.startsWith(w, k - w.length));
    if (rate && RATE_COMPARED.test(text.slice(k, at))) return true;
  }
  return false;
}
/** Between a rate's name and its points: a comparison with a base (比上年高, 高出上年, 低于全国平均水平), and manner. */
const RATE_COMPARED = /^(?:分别|均|各)?(?:(?:比|较)[^，。；,;]{1,10}?(?:高|低)(?:出|了)?|(?:高出|高于|低于|低出)[^，。；,;]{1,10}?)(?:约|近|大约)?$/;
/** Between a change and its points: manner and comparison only. */
const CHANGE_TO_POINTS = /^(?:了|分别|约|近|大约|同比|均|各|平均|全省平均|全市平均|全国平均|比上年同期|比上年|较上年|较上月)*$/;
/** Between a rate's name and its points: a verb of being or of change (to a level too: 涨幅收窄至2个点), and manner. */
const RATE_TO_POINTS = /^(?:分别|均|各)?(?:(?:为|是|达|达到|控制在|保持在|稳定在)|(?:提升|提高|下降|上升|回落|增加|减少|降|升|收窄|扩大|缩小|回升|下滑|上涨)(?:至|到)?)?了?(?:约|近|大约)?$/;
const RATE_NAMES = ['涨幅', '增幅', '降幅', '增速', '比重', '占比'];

/**
 * The value of a bare list member (numeral at [start, end), read as
 * `value`) under a closer that ends in 万 or 亿: with the closer's scale or
 * without, whichever puts it within two orders of magnitude of the closer
 * (D-81, as D-64 for a range's lower end): 120、85和60亿元 → 120亿,
 * 5000、3000和1万元 → 5000; NaN where neither does or both do
 * (3500和1.2亿元: no value rather than a wrong one). A member with a 万 or
 * 亿 of its own keeps its value.
 */
export function memberValue(text: string, start: number, end: number, value: number, closer: { scaleExp: number; value: number }): number {
  if (!closer.scaleExp || hasBigScale(text, start, end)) return value;
  // a 千 or 百 (exp 3 or 2) scales only a member of digits alone, under a hundredth of the closer unscaled
  // (二十和三千元 keeps 20, 五和五百元 keeps 5)
  if (closer.scaleExp < 4) {
    if (hasScale(text, start, end)) return value;
    const scaled = scaleValue(value, closer.scaleExp);
    return value < closer.value / 100 && scaled < closer.value * 100 ? scaled : value;
  }
  const fits = (v: number) => v >= closer.value / 100 && v <= closer.value * 100;
  const scaled = scaleValue(value, closer.scaleExp);
  if (fits(value) !== fits(scaled)) return fits(value) ? value : scaled;
  return NaN;
}

/** Whether a numeral holds 万 or 亿 anywhere (1.2万, 三千万): it has a scale of its own and takes none from the list. */
export function hasBigScale(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (CN_SCALE[text.charCodeAt(k)] >= 4) return true;
  return false;
}

/** The first member of the list numeral i is in: back over members joined by a separator (三十，二十五，二十个班). */
export function listStart(text: string, nums: readonly NumberSpan[], i: number): number {
  let j = i;
  // (a member's sign is no part of its span: 分别增长3.5,-2.1,-1.8%)
  while (j > 0 && i - j < 8 && nums[j - 1].end + 1 === (nums[j].neg ? nums[j].start - 1 : nums[j].start) && LIST_SEPARATORS.has(text[nums[j - 1].end])) j--;
  return j;
}

/**
 * 分别 up to fourteen characters before `at` (分别为, 分别达到, 分别比上年同期增长; a later review), or 各为 up to four,
 * within the clause (两地分别开展检查。综合指数为448，5年来: no list; a later review).
 */
function fenbieBefore(text: string, at: number): boolean {
  const k = text.lastIndexOf('分别', at - 2), g = text.lastIndexOf('各为', at - 2);
  return (k >= 0 && at - k <= 14 && !punctBetween(text, k + 2, at)) || (g >= 0 && at - g <= 4 && !punctBetween(text, g + 2, at));
}
/**
 * A clause's end (a comma, 。, ;, !, ?, a dash or an ellipsis, a colon but right before the list: 分别为:8.2,6.5%) in
 * [from, to); not a sign, a bracket or a quotation mark (later reviews: 两地分别作了说明:平均得分88,3个单位 is no list).
 */
function punctBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (',。;!?—…'.includes(text[k]) || (text[k] === ':' && k < to - 1)) return true;
  return false;
}

/** 2022，2023，2024年, 二〇二一，二〇二二年: years listed with commas still share their 年 (not 收于2974，2024年: a later review). */
function fourDigitYear(m: NumberSpan): boolean {
  return m.end - m.start === 4 && Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2099;
}
