// A numeral with a unit or classifier after it (spec §2–§4): 46987件,
// 4.05亿元, 2184万余元, 4天半, 5—10家, 三年六个月, a list sharing its last
// member's unit. The unit's lexicon entry gives the type; the checks below
// turn the few units that change meaning with context (届, 次, 期, 年…).
import { charTable, CLASS, classAt, Cls, CN_DIGIT, CN_SCALE, codeAt, codeIs, FINANCIAL, isDigit, isNumeralChar, isTensToThousands, landAt, numeralClassAt, phraseEndsAt, quoteOpenBefore } from '../../text/chars.js';
import { LEGAL_LABELS, ORDINAL_CLASSIFIERS, qualifierAfter, qualifierBefore, unitAt, type UnitEntry } from '../lexicon.js';
import { NumForm, qualifiedValue, type NumberSpan } from '../numbers.js';
import { absorbScale, BlockChars, countHalf, halfAfter, isYearValue, limitBefore, qualifierAround, rangeLow, strongWeak, termAfter } from '../read.js';
import type { Qualifier } from '../../types.js';
import { C, isListJoiner, isPowerOfTen, isQuarter, isRangeChar, endsWithAny, startsWithAny, type Ctx, type Found, type Step } from './context.js';
import { cellBeforeWord } from './table.js';
import { insideShortQuote } from './negatives.js';
import { peopleBefore } from './bare.js';
import {
  AFTER_SHARE, AGE_NOUNS, CHANGE_VERBS, CN_WORD_BLOCK, DIGIT_WORDS, FOUNDED_BEFORE, LASTED_BEFORE, LASTED_WITHIN, SENTENCE_STOPS, LOST_DATE_AFTER, LOST_DATE_BEFORE, QUARTER_SPAN_BEFORE, LIMIT_WORDS, NOT_LIMIT_WORDS, PAST_PERIOD_BEFORE, FRONT_WORDS, PAST_MARKERS, NOT_PAST_MARKERS, FIGURE_NOUNS, FULL_EFFORT_AFTER, YAO_WORDS, COUNTED_YI_BEFORE, CREATED_YI_BEFORE, COUNTED_PHASES_BEFORE, CREATED_YI_UNITS, DENOMINATOR_AFTER, RECORD_AFTER, EDITIONS_BEFORE, MEETING, PAST_YEAR, PHASE_AFTER, PROGRAMME_AFTER, POINT_CHANGE_BEFORE, RANK_BEFORE, BOTTOM_BEFORE, ROUND_AFTER, SCORE_BEFORE, SCORE_TOPIC_BEFORE, MINUTES_BEFORE, MINUTES_FILLERS,
  SESSION_BEFORE, TIME_AFTER_AMOUNT, YI_DURATION_ARTICLE, YI_YEAR_ADJECTIVES, DURATION_AFTER_GE, SENTENCE_BEFORE, LAW_BEFORE, TEMPERATURE,
  BRANDS_BEFORE,
} from './data/words.js';
import { afterShortYear, endAfterDay, expandShortYear, yearsOfLength } from './date.js';
import { listCloser, listStart, memberValue, pointChangeBefore, spokenPoints } from './shared-unit.js';
import { definesNumeralName } from './glossary.js';



/** 零下 right before the numeral (D-89). */
const belowZero = (text: string, num: { start: number; neg: boolean }) => !num.neg && num.start >= 2 && text.charCodeAt(num.start - 2) === C.LING && text.charCodeAt(num.start - 1) === 0x4e0b /* 下 */;

/** 分别判处有期徒刑三年六月、二年六月: right after a sentence read so and a pause mark. */
function afterSentence(c: Ctx): boolean {
  const last = c.lastMention();
  return !!last && last.rule === 'duration.compound' && last.end === c.num.start - 1 && c.before === C.DUN;
}

/** 由15升至20升: the numeral after 至 is litres too, so the first is litres. */
function litresAfter(c: Ctx, at: number): boolean {
  const m = c.next();
  return !!m && m.start === at && c.text.startsWith('升', m.end);
}

/** Whether a numeral with a value ends at `end` (一年零八个多月: 一 was read; 拾年零叁个月: 拾 was not). */
function readBefore(c: Ctx, end: number): boolean {
  const prev = c.numAt(c.i - 1);
  return !!prev && prev.end === end && Number.isFinite(prev.value);
}

/** 1 where 又 joins two parts of a length at `at` (一年又三个月, 四个月又十五天: as 零 does), else 0. */
const joinerAt = (text: string, at: number): number => (codeAt(text, at) === 0x53c8 /* 又 */ ? 1 : 0);

/** ４年零６个月: a lone 零 right before the next numeral, between a year count and its months. */
function isZeroBetween(text: string, zero: { start: number; end: number }, next: { start: number } | undefined): boolean {
  return zero.end === zero.start + 1 && text.charCodeAt(zero.start) === C.LING && next?.start === zero.end;
}

// After 多元 these make the word "diversified" (多元化, 多元解纷), not "more than N yuan".
const DIVERSE = '化解主共参投协融发治纠调一体';

/**
 * 两个半月 (the lexicon's 个半月), 三个半小时: the duration unit with 个 and the
 * end, when 半 sits inside it; null otherwise.
 */
export function halfInside(text: string, u: UnitEntry, end: number): [UnitEntry, number] | null {
  if (u.unit === '个半月') return [unitAt('个月', 0)![0], end];
  if (u.unit !== '个' || !codeIs(text, end, C.BAN)) return null;
  const d = unitAt(text, end + 1);
  // 一个半百分点: 1.5 points (D-50; a review: nothing)
  if (d && d[0].unit === '百分点') return [unitAt('个百分点', 0)![0], end + 1 + d[1]];
  if (!d || d[0].type !== 'DURATION' || !DURATION_AFTER_GE.has(d[0].unit)) return null;
  const whole = unitAt(`个${d[0].unit}`, 0);
  return whole && whole[1] === d[0].unit.length + 1 ? [whole[0], end + 1 + d[1]] : null;
}

/**
 * The unit opening with 个 (个百分点, 个月, 个工作日) of the list's closer where
 * the member ending with 个 at `end` is followed by members of the same form,
 * each with its own 个, joined by 、 和 与 或 及; null where none closes the list.
 */
function sharedGeUnit(c: Ctx, end: number): UnitEntry | null {
  const { text, isCn } = c;
  for (let k = 1, at = end; k < 8; k++) {
    const j = codeAt(text, at);
    if (!isListJoiner(j)) return null;
    const m = c.next(k);
    if (!m || m.start !== at + 1 || (m.form === NumForm.CHINESE) !== isCn) return null;
    const d = unitAt(text, m.end);
    if (!d || d[0].unit.charCodeAt(0) !== 0x4e2a /* 个 */) return null;
    // (a length only where it closes the phrase: 15个和24个小时自助图书馆 counts, a later review)
    if (d[0].unit.length > 1 && d[0].type !== 'COUNT') return d[0].type !== 'DURATION' || CLASS[text.charCodeAt(m.end + d[1])] !== Cls.CJK || startsWithAny(text, m.end + d[1], AFTER_SHARE) ? d[0] : null;
    if (d[1] !== 1) return null;
    at = m.end + 1;
  }
  return null;
}

/**
 * A share in 成 (its unit at `unitStart`, the mention read so far to `end`): 两成 → 20, 七到八成 → 70–80; 八成五 → 85, 两成半
 * → 25, a tenth of a 成 after it (a lone digit that no unit follows: 九成五个乡镇 is not read so); 七成五至八成, 一成半至两成,
 * 八成至八成五 ranges with tenths (session 47's review). Null where there is no mention.
 */
function chengShare(c: Ctx, value: number, valueMax: number | undefined, end: number, unitStart: number): { value: number; valueMax: number | undefined; end: number } | null {
  const { text, num } = c;
  // 八成五 → 85%, 两成半 → 25%: a tenth of a 成 after it (a lone digit that no unit follows: 九成五个乡镇 is not read so)
  let tenths = 0, maxTenths = 0;
  // 七成五至八成, 一成半至两成: a range whose lower end has its tenth, the upper one its own (session 47's review: 五至八成
  // 50–80, 一成 and 两成 apart)
  const lowTenth = valueMax === undefined && end === unitStart + 1 ? chengTenth(c, end, 1) : null;
  const up = lowTenth && isRangeChar(codeAt(text, end + 1)) ? c.next(1 + lowTenth.nums) : undefined;
  if (lowTenth && up && up.start === end + 2 && up.form === num.form && Number.isInteger(up.value) && up.value <= 10 && codeIs(text, up.end, C.CHENG)) {
    const ut = chengTenth(c, up.end + 1, 2 + lowTenth.nums);
    const withTenth = !!ut && shareEndsAt(c, text, up.end + 2);
    const upEnd = up.end + 1 + (withTenth ? 1 : 0);
    if (!shareEndsAt(c, text, upEnd) || up.value * 10 + (withTenth ? ut!.t : 0) <= num.value * 10 + lowTenth.t) return null;
    tenths = lowTenth.t;
    valueMax = up.value;
    if (withTenth) maxTenths = ut!.t;
    c.i += lowTenth.nums + 1 + (withTenth ? ut!.nums : 0);
    end = upEnd;
  } else if (valueMax !== undefined && end === unitStart + 1) {
    // 八成至八成五, 二到三成半: the upper end's tenth (was 80–80, 20–30)
    const ut = chengTenth(c, end, 1);
    if (ut && shareEndsAt(c, text, end + 1)) { maxTenths = ut.t; end++; c.i += ut.nums; }
  } else if (valueMax === undefined && end === unitStart + 1) {
    const m = c.next();
    const d = m && m.start === end && m.end === end + 1 && m.form === num.form ? m.value : NaN;
    // only where the share ends there (的, punctuation, 以上/左右/多/以下, a line end, the text's end): before a
    // word the digit opens it (近八成一线民警, 九成五保户, 六成三甲医院, 八成二手房, 八成五星级酒店)
    if (codeAt(text, end) === C.BAN && shareEndsAt(c, text, end + 1)) { tenths = 5; end++; }
    else if (Number.isInteger(d) && d >= 1 && d <= 9 && !unitAt(text, end + 1)) {
      if (shareEndsAt(c, text, end + 1)) { tenths = d; end++; c.i++; }
      // 八成五参加了: 85%, or 80% and a word the digit opens? not certain where no word is known: nothing (D-79)
      else if (!digitOpensWord(text, end)) return null;
    }
  }
  // a share in 成 counts tenths, one to ten: 三九成 (三⏎九成 with the line break folded away) is no share
  if (num.value > 10 || (valueMax !== undefined && valueMax > 10)) return null;
  return { value: value * 10 + tenths, valueMax: valueMax === undefined ? undefined : valueMax * 10 + maxTenths, end };
}

/**
 * A tenth after a share's 成 at `at`: 半 (5), or the k-th numeral after the current one if it is one digit there with
 * no unit after it (五 of 七成五); null if neither. `nums` is how many numerals it takes.
 */
function chengTenth(c: Ctx, at: number, k: number): { t: number; nums: number } | null {
  if (codeAt(c.text, at) === C.BAN) return { t: 5, nums: 0 };
  const m = c.next(k);
  if (!m || m.start !== at || m.end !== at + 1 || m.form !== c.num.form || !Number.isInteger(m.value) || m.value < 1 || m.value > 9 || unitAt(c.text, at + 1)) return null;
  return { t: m.value, nums: 1 };
}

/** Whether a share in 成 with its tenth (八成五) ends at i: 的, 以上…, punctuation, a line end or the text's end. */
function shareEndsAt(c: Ctx, text: string, i: number): boolean {
  if (i >= text.length || c.gap(i)) return true;
  const k = CLASS[text.charCodeAt(i)];
  if (k === Cls.PUNCT || k === Cls.SPACE) return true;
  return k === Cls.OTHER ? text.charCodeAt(i) !== 0x25 : startsWithAny(text, i, AFTER_SHARE);
}

export const withUnit: Step = {
  id: 'unit',
  apply(c: Ctx): boolean {
    const { text, num, isCn, before, after } = c;
    // 拾年零叁个月 where 拾 was not read (a word alone): 零叁个月 is the tail of a compound, never three months
    if (isCn && before === C.NIAN && text.charCodeAt(num.start) === C.LING && num.start >= 2 && isNumeralChar(text.charCodeAt(num.start - 2)) && !readBefore(c, num.start - 1)) return true;
    // 沪深300股指期货, 中证500, 上证50股票: an index's name (session 48's review: COUNT 300 股)
    // (only before 股, the name going on into 股指, 股票, 股息: 创业板1家 counts)
    if (!isCn && after === 0x80a1 /* 股 */ && num.start >= 2 && INDEX_NAME_END[text.charCodeAt(num.start - 1)] === 1 && endsWithAny(text, num.start, INDEX_NAMES)) return true;
    // “三个1亿人”, “两个100万套”: an amount inside a quoted slogan after its N个 (spec §5, D-21; session 48's review: COUNT 10^8 人)
    if (!isCn && before === C.GE && insideShortQuote(text, num.start, num.end)) return true;
    // 55±10毫米: a central value and its margin, the margin no amount of its own (session 48's review: 10 毫米)
    // (60%±5%, 20℃±2℃ too: a central value with its unit; 误差±0.5% has none and stays)
    if (before === 0xb1 /* ± */ && num.start >= 2 && (isDigit(text.charCodeAt(num.start - 2)) || text.charCodeAt(num.start - 2) === 0x25 /* % */ || text.charCodeAt(num.start - 2) === 0x2103 /* ℃ */)) return true;
    // (距今约5300至4300年, 距今约70万至20万年, 距今约4300年至3800年: years before present, oldest first; which end is which not
    // settled, the upper end alone or a count were wrong: nothing for both; session 50's review)
    if ((before === 0x4eca /* 今 */ || before === 0x7ea6 /* 约 */) && agoDescending(c)) return true;
    // (黄鹤楼1916条装, 黄鹤楼1916单条: a brand's number before a classifier; session 50's hunt, COUNT 1916 条)
    if (BRAND_LAST[before & 0xffff] === 1 && !isCn && num.intDigits === 4 && endsWithAny(text, num.start, BRANDS_BEFORE)) return true;
    let p = num.end;
    let value = num.value;
    let inSpanQual: Qualifier | null = num.over ? 'over' : null;
    // 余/多 and scale words after them: 30多万元, 1000余名
    // 十几个 (D-48): 几 after a Chinese tens, hundreds or thousands (廿几个 as 二十几个)
    // (一亿几千万人, 三万几千人: 几 and a lower place after 万 or 亿, over the numeral; session 44's review: an exact 一亿 alone)
    const ji = after === C.JI && isCn && (isTensToThousands(text.charCodeAt(num.end - 1)) ||
      (CN_SCALE[text.charCodeAt(num.end - 1)] >= 4 && CN_SCALE[codeAt(text, num.end + 1)] >= 1 && CN_SCALE[codeAt(text, num.end + 1)] <= 3));
    if ((after === C.YU || after === C.DUO || ji) && !(text.startsWith('多元', p) && p + 2 < text.length && DIVERSE.includes(text[p + 2])) && !text.startsWith('余额', p)) {
      // (200多年轻人, 200多年检不合格的, 300多日间照料中心, 300多台湾青年, 200多户外运动爱好者, 300多届满未换届的: a noun, no unit;
      // session 50's review of social organizations, lengths and counts in its first character)
      // (only after a numeral without its scale: 3万多年轻人 keeps 3万多, the bare count's; the judge)
      // (nothing, never a year: 2000多国内外嘉宾 was DATE 2000 once 国 no longer held it; session 51's hunt)
      if (CN_SCALE[text.charCodeAt(num.end - 1)] < 4 && startsWithAny(text, p + 1, NOUNS_AFTER_MORE)) return true;
      const [exp, q] = absorbScale(text, p + 1);
      // 二十几万: the 万 multiplies; 一百几十个: the 十 is a lower place of 一百, 100 and more (not 1000);
      // 二千几百万: the 百 is the place of 几 and only the 万 multiplies (20000000); 一亿二千几百万: the 万
      // multiplies the 二千 after the 亿 (120000000, overScaled)
      if (unitAt(text, q) || exp) {
        inSpanQual = 'over';
        value = qualifiedValue(text, num.start, num.end, value, p + 1, q);
        if (Number.isNaN(value)) return true;
        p = q;
      }
    }
    let u = unitAt(text, p);
    // 234.5⏎-3.4⏎天然气, 5.6⏎万州区, 4⏎年末: a number alone on its line (a table's cell, a page number) before a line
    // that opens with a word: the word's first character is no unit or scale (D-45, D-91)
    // (the call behind its cheap test: a line break folded away before the unit or the last scale word; a hot call
    // in this step takes TurboFan's inlining budget from unitAt)
    if ((c.gap(num.end) || (CN_SCALE[text.charCodeAt(num.end - 1)] > 0 && c.gap(num.end - 1))) && cellBeforeWord(c, u ? p + u[1] : p)) return true;
    // 投资两个亿, 10个多亿: 个 before 亿 or 万 counts hundreds of millions, spoken; a bare scale, as 两亿 alone: nothing
    if (u && u[0].unit === '个') {
      // (reads checked against the end here and below: see codeAt in text/chars.ts)
      const n1 = codeAt(text, p + 1), s = n1 === C.DUO || n1 === C.YU ? p + 2 : p + 1;
      const ns = codeAt(text, s);
      // (突破3个万亿, 达到两个千亿: a large scale counted in speech, nothing for either numeral; 两个万亿级产业集群,
      // 跨越两个万亿元台阶: a class by size, the count counts as 5个千亿级 does; session 42's review: MONEY 10^12)
      if (codeAt(text, s + 1) === 0x4ebf /* 亿 */ && (ns === 0x4e07 /* 万 */ || ns === 0x5343 /* 千 */ || ns === 0x767e /* 百 */)) {
        // (spoken only where the scale closes the clause or the amount: a noun after it is a class by size, 两个千亿县,
        // 3个百亿集团, and so is a list member before another, 3个万亿、5个千亿级; the second review: both lost)
        // (过 alone only after a name in letters, GDP过两个千亿: 经过, 通过 are other verbs)
        const reach = REACHED_BEFORE.find((w) => text.startsWith(w, num.start - w.length) && !(w === '过' && classAt(text, num.start - 2) === Cls.CJK));
        if (!scaleClassAfter(text, codeAt(text, s + 2) === 0x5143 /* 元 */ ? s + 3 : s + 2, !!reach && !MADE_BEFORE_REACHED.test(text.slice(Math.max(0, num.start - reach.length - 4), num.start - reach.length)))) {
          if (c.next()?.start === s) c.i++;
          return true;
        }
      // (4个亿吨大港, 3个万吨级泊位, 两个亿千瓦级基地: a class by a measure's size, the count counts; session 47's review: lost)
      } else if ((ns === 0x4ebf /* 亿 */ || ns === 0x4e07 /* 万 */) && !startsWithAny(text, s + 1, SIZED_MEASURES)) return true;
    }
    if (u && u[0].unit === '个') {
      // 12万个体工商户, 个体户: the word for the self-employed, no classifier; 个人所得税 the income tax (企业所得税 398.20⏎个人所得税,
      // a table's row label after a cell: session 47's review, COUNT 398.2 个)
      if ((text.charCodeAt(p + 1) === 0x4f53 /* 体 */ && startsWithAny(text, p, SELF_EMPLOYED)) || (text.charCodeAt(p + 1) === 0x4eba /* 人 */ && text.startsWith('个人所得税', p))) u = null;
      // 0.3个百分比, 0.24个等级: a part of 个 is no count (a slip for 百分点, a grade's change; a review: COUNT 0.3)
      else if (!Number.isInteger(value) && (text.startsWith('百分比', p + 1) || text.startsWith('等级', p + 1))) return true;
    }
    // 三年级, 高二年级: a school grade (D-25); 刑法二百三十四条: an article by its label (D-2); 由15升至8: a ranking's rise, no litres
    if (u && ((u[0].unit === '年' && codeAt(text, p + 1) === 0x7ea7 /* 级 */) || (u[0].unit === '条' && (lawLabel(text, num.start, p + 1) || citedTitle(text, num.start, p + 1))) ||
      (u[0].unit === '升' && (text.startsWith('升至', p) || text.startsWith('升到', p) || text.startsWith('升为', p)) && !litresAfter(c, p + 2)))) return true;
    // 12栋3单元502室, 8号院5幢2层, A座26层, 108国道: parts of an address and roads' numbers, labels (spec §5; a review:
    // counts; the call behind a test of the characters around: 县, 省, 国 are frequent units, addresses and roads rare)
    if (u && (u[1] === 1 || u[0].unit === '单元') && ADDRESS_UNIT[text.charCodeAt(p)] === 1 && (ADDRESS_AROUND[codeAt(text, p + 1) & 0xffff] === 2 || ADDRESS_AROUND[codeAt(text, num.start - 1) & 0xffff] === 1) &&
      addressPart(text, num.start, u[0].unit, p)) return true;
    // 税目8471.3000项下, 开往郑州的324次旅客列车, 二人户, 五日生化需氧量: a code, a train's number, a class's name, a
    // pollutant's name (session 47's reviews; one call behind a test of the unit's character: 项, 次, 人, 日)
    if (u && u[1] === 1 && NAMED_UNIT[text.charCodeAt(p)] === 1 && unitInName(c, u[0].unit, p, value)) return true;
    // 郑三元同志, 李三元代表: a person's given name, no money (session 41's review: 3 元)
    if (u && u[0].unit === '元' && isCn && num.end - num.start === 1 && classAt(text, num.start - 1) === Cls.CJK && startsWithAny(text, p + 1, PERSON_AFTER)) return true;
    // 马克思, 马克杯: a name and a mug, no currency
    if (u && u[0].unit === '马克' && (text.charCodeAt(p + 2) === 0x601d /* 思 */ || text.charCodeAt(p + 2) === 0x676f /* 杯 */)) u = null;
    let unitEntry: UnitEntry | null = u ? u[0] : null;
    let end = u ? p + u[1] : p;
    // 下降25个基点, 三轮车, 提高3.5个点: units whose reading the words around them decide (spokenUnit)
    if (unitEntry && ((unitEntry.unit === '个' && codeAt(text, end) === 0x70b9 /* 点 */) || (unitEntry.type === 'PERCENT_POINT' && BASIS_UNITS.includes(unitEntry.unit)) || (unitEntry.unit === '轮' && (codeAt(text, end) === 0x8f66 /* 车 */ || startsWithAny(text, end, WHEELED))))) {
      const r = spokenUnit(c, unitEntry.unit, end, value);
      if (r < 0) return true;
      if (r > 0) { unitEntry = spokenPoints(text, num.start); end++; }
    }
    // 0.2个、0.4个百分点, 三个和五个百分点, 2个和4个月: members with their own 个 before a closer whose unit opens
    // with 个 share that unit (spec §4, D-81; a review: COUNT 个)
    if (unitEntry && unitEntry.unit === '个' && end === p + 1) { const shared = sharedGeUnit(c, end); if (shared) unitEntry = shared; }
    let unitStart = p; // where the unit is written (after the upper end of a range)
    // 两个多月, 1个多小时: 多/余 inside the duration's unit; the length is at least that (and 两个多百分点 the points)
    if (unitEntry && unitEntry.unit === '个' && (codeAt(text, end) === C.DUO || codeAt(text, end) === C.YU)) {
      const d = unitAt(text, end + 1);
      if (d && d[0].type === 'DURATION' && DURATION_AFTER_GE.has(d[0].unit)) {
        c.push('duration.over', { start: num.start, end: end + 1 + d[1], type: 'DURATION', value, unit: `个${d[0].unit}`, qualifier: 'over' });
        return true;
      }
      // 两个多百分点, 1个多百分点: 多 inside 个百分点 (never a count of 个)
      if (d && d[0].type === 'PERCENT_POINT' && d[0].unit === '百分点') {
        c.push('percent-point.over', { start: num.start, end: end + 1 + d[1], type: 'PERCENT_POINT', value, unit: '个百分点', qualifier: 'over' });
        return true;
      }
    }
    // 两个半月, 三个半小时: 半 inside the duration's unit adds a half (2.5 months, 3.5 hours)
    // (the call behind its cheap test: inlined for every unit, its 270 bytes of bytecode took TurboFan's inlining
    // budget from qualifierAround and listQualifier, called for every mention)
    const half = unitEntry && (unitEntry.unit === '个' || unitEntry.unit === '个半月') ? halfInside(text, unitEntry, end) : null;
    if (half) { unitEntry = half[0]; end = half[1]; value += 0.5; }
    let valueMax: number | undefined;
    // half: 4天半, 两年半
    // (its 半 tested here first, a bare read rather than codeIs, itself a call: halfAfter, inlined for every unit, took
    // the inlining budget as halfInside did)
    if (unitEntry && end < text.length && text.charCodeAt(end) === C.BAN) {
      if (halfAfter(text, end, unitEntry.type)) { value += 0.5; end++; }
      // 住房三间半。: a counted thing's half closing the phrase (3.5); before a noun (三张半纸, 两头半牛) not certain: nothing;
      // 个半 stays as D-91 left it (session 48's review: COUNT 3 间)
      // (countHalf in read.ts: a counted thing's half; 3座半地下式 keeps the count, 三张半纸 is not certain; session 48)
      else if (unitEntry.type === 'COUNT') {
        const h = countHalf(text, end, unitEntry.unit);
        if (h === 'unsure') return true;
        if (h === 'half') { value += 0.5; end++; }
      }
    }
    // a range: 5—10家, 3至5年, 三到五年; 10余至20余家, 三十多至四十多人: 余/多 after a lower end with no unit (session 41's
    // review: the upper end alone, D-47)
    const lowerOver = !unitEntry && end === num.end && (after === C.YU || after === C.DUO) && !num.over && isRangeChar(codeAt(text, end + 1));
    // (3（含）～6个月, a rate table's band with its lower end included: one range; session 47's review, the upper end alone)
    const rangeAt = lowerOver ? end + 1 : codeAt(text, end) === C.LPAREN && text.startsWith('(含)', end) && isRangeChar(codeAt(text, end + 3)) ? end + 3 : end;
    const rc = codeAt(text, rangeAt);
    // (×(1-10%): one minus a share, a price's deduction, no range; session 48's review: 1–10%)
    if (isRangeChar(rc) && !(rc === C.EMDASH && before === C.EMDASH) && !(rc === 0x2d /* - */ && before === C.LPAREN && value === 1 && !unitEntry && oneMinusShare(c))) {
      const m = c.next();
      // (-10～-5℃, -3.0%至-2.0%: an upper end with its own minus after a negative lower one; session 47's review: the upper
      // end alone, or two)
      const negUpper = !!m && m.neg && num.neg && m.start === rangeAt + 2;
      if (m && (m.start === rangeAt + 1 || negUpper) && (m.form === NumForm.CHINESE) === isCn && Number.isFinite(m.value)) {
        let mp = m.end;
        // 余/多 after the upper end qualifies the range, and only the range (30元至700余元 are two mentions, the first exact)
        let upperOver = false;
        const ma = codeAt(text, mp);
        if (ma === C.YU || ma === C.DUO) { mp++; upperOver = true; }
        const mu = unitAt(text, mp);
        let m2 = c.next(2);
        // 10个月至1年零6个月: 零 between digits is a numeral of its own (as in the compound below); 六个月至一年又六个月: 又
        // joins as 零 does (session 45's closing review: the range cut after 一年)
        let zero = 0, joint = 0;
        if (m2 && m2.start === mp + (mu ? mu[1] : 0) && isZeroBetween(text, m2, c.next(3))) { m2 = c.next(3); zero = 1; joint = 1; }
        else if (mu) joint = joinerAt(text, mp + mu[1]);
        // 十个月至一年六个月 (D-23)
        if (unitEntry && unitEntry.unit === '个月' && mu && mu[0].unit === '年' && m2 && m2.start === mp + mu[1] + joint && text.startsWith('个月', m2.end) && value <= m.value * 12 + m2.value) {
          c.push('duration.compound-range', { start: num.start, end: m2.end + 2, type: 'DURATION', value, valueMax: m.value * 12 + m2.value, unit: '个月', qualifier: qualifierAround(text, num.start, m2.end + 2) });
          c.i += 2 + zero;
          return true;
        }
        // 提升30元至700元: a change from one amount to another is two mentions, not a range (spec §4)
        // (a rate is a range: 增长5%至6%; a multiple too, 增长一倍到两倍, as 增长了一倍至二倍: session 49's review, two)
        // 一至六年级: school grades (D-25, D-91), no range of years
        if (mu && mu[0].unit === '年' && codeAt(text, mp + 1) === 0x7ea7 /* 级 */) { c.i++; return true; }
        // (增加30元至50元不等: varying amounts, a range; session 47's review: two)
        const change = unitEntry && unitEntry.type !== 'PERCENT' && unitEntry.type !== 'RATIO' && (rc === C.ZHI || rc === C.DAO) && endsWithAny(text, num.start, CHANGE_VERBS) && !varyingAfter(text, mp);
        // 六个月至一年: months to whole years, one range in months (D-23; was two mentions)
        if (unitEntry && unitEntry.unit === '个月' && unitEntry.type === 'DURATION' && mu && mu[0].unit === '年' && !change && !upperOver &&
          Number.isInteger(m.value) && m.value <= 100 && value <= m.value * 12 && !(m2 && m2.start === mp + mu[1] + joint)) {
          // (6个月至1年半, 十个月至一年半: the upper end's half year, 18 months; session 50's review, 12)
          const half = codeIs(text, mp + mu[1], C.BAN) ? 1 : 0;
          c.push('duration.compound-range', { start: num.start, end: mp + mu[1] + half, type: 'DURATION', value, valueMax: m.value * 12 + 6 * half, unit: '个月', qualifier: qualifierAround(text, num.start, mp + mu[1] + half) });
          c.i++;
          return true;
        }
        // 2019—21年, 2023—24学年度, 一九五八年到六〇年: a range of years with a shortened upper end (D-97)
        if (mu && !change && !upperOver && YEAR_RANGE_UNITS.has(mu[0].unit) && (!unitEntry || unitEntry.unit === '年') && shortYearRange(c, m, mp, mu[1])) return true;
        // (3元至5元/平方米, 800元至1500元/月: the upper end's rate is the lower end's too, its 元 written before the denominator;
        // session 48's review: 3 元 and 5 元/平方米)
        if (mu && (!unitEntry || mu[0].unit === unitEntry.unit || (mu[0].unit.length > unitEntry.unit.length + 1 && mu[0].unit.startsWith(unitEntry.unit) && mu[0].unit.charCodeAt(unitEntry.unit.length) === 0x2f /* / */)) && !change) {
          // 3-5万元, 三至五万元: the scale of the upper end applies to the lower (D-64);
          // where it cannot be told which (四至五十亿), no range: the upper end is read on its own
          const low = unitEntry ? value : rangeLow(text, num, m, value);
          if (Number.isNaN(low)) return true;
          // a range runs upward (D-11): 100-20人, 六千至七百元 are not one; -5至3% is (the sign is the lower end's)
          // 零下十至十五度: -10 to 15, or -10 to -15 (零下 over both ends)? not certain: nothing (D-89)
          if (belowZero(text, num) && TEMPERATURE.has(mu[0].unit)) { c.i++; return true; }
          const signs = mu[0].type !== 'DURATION' && mu[0].type !== 'ORDINAL';
          const signedLow = num.neg && signs ? -low : low;
          const signedHigh = negUpper && signs ? -m.value : m.value;
          if (signedLow <= signedHigh && (!negUpper || signs)) {
            value = low;
            // (5至10余万元: 余 inside the upper end's numeral, before its scale; session 41's review: exact)
            if (upperOver || lowerOver || m.over) inSpanQual = 'over';
            unitEntry = mu[0];
            valueMax = signedHigh;
            end = mp + mu[1];
            unitStart = mp;
            // 三至四年半: the half belongs to the upper end
            if (!negUpper && halfAfter(text, end, unitEntry.type)) { valueMax += 0.5; end++; }
            c.i++;
          }
        }
      }
    }
    // compound durations: 三年六个月 → 42 months (D-23)
    if (unitEntry && unitEntry.unit === '年' && unitEntry.type === 'DURATION' && !isYearValue(num, c.s)) {
      let m = c.next();
      // ４年零６个月: 零 between digits is a numeral of its own (四年零六个月 reads 零六 as one); 一年又三个月: 又 joins
      // as 零 does (session 45's review: 一年 and 三个月, two pieces)
      let skip = 1;
      const you = joinerAt(text, end);
      if (m && m.start === end && isZeroBetween(text, m, c.next(2))) { m = c.next(2); skip = 2; }
      const at = end + skip - 1 + you;
      // 有期徒刑三年六月: a sentence written without 个 (its 六月 is no June)
      const sentenceMonths = !!m && m.start === at && codeAt(text, m.end) === C.YUE && !text.startsWith('月份', m.end) && m.value >= 1 && m.value <= 11 && Number.isInteger(m.value) &&
        (endsWithAny(text, num.start, SENTENCE_BEFORE) || text.startsWith('有期徒刑', m.end + 1) || afterSentence(c));
      // 一年零八个多月: 多 inside 个月, the length at least that
      const moreMonths = !!m && (text.startsWith('个多月', m.end) || text.startsWith('个余月', m.end));
      if (m && m.start === at && (text.startsWith('个月', m.end) || sentenceMonths || moreMonths)) {
        const to = m.end + (sentenceMonths ? 1 : moreMonths ? 3 : 2);
        // 一年二个月十五天: days after the months, no one value (D-23; session 41's review: 14 months and 15 days)
        // (一年二个月又十天 alike: session 45's review)
        const d = c.next(skip + 1);
        if (d && d.start === to + joinerAt(text, to) && daysOfLength(text, d)) { c.i += skip + 1; return true; }
        // 二年至三年六个月: the months are the upper end's (24–42 months), never the lower end's years plus them
        const found: Found = { start: num.start, end: to, type: 'DURATION', value: value * 12 + (valueMax === undefined ? m.value : 0), unit: '个月', qualifier: moreMonths ? 'over' : qualifierAround(text, num.start, to) };
        if (valueMax !== undefined) found.valueMax = valueMax * 12 + m.value;
        else if (compoundToYears(c, found, skip)) return true;
        c.push('duration.compound', found);
        c.i += skip;
        return true;
      }
    }
    // 2小时30分, 3天12小时: a length in units of a fixed ratio, one DURATION in the smaller (D-107, as D-23's months)
    // (12分30秒: minutes written 分 before seconds; a left item of the reviews, the 30秒 alone)
    // (not a time of day's minutes: 14时30分20秒; the last review)
    // (1小时至1小时30分钟, 2至3小时30分钟: the smaller unit is the upper end's, the range in it; a left item of session 41)
    if (unitEntry && numeralClassAt(text, end) &&
      (unitEntry.type === 'DURATION' || (unitEntry.unit === '分' && valueMax === undefined && !clockMinutes(text, num.start))) && inSpanQual === null && FIXED_SMALLER[unitEntry.unit] &&
      fixedCompound(c, unitEntry.unit, value, end, valueMax)) return true;
    // 一年零二十天, 三个月零十天: years or months and days have no one value in either unit (a month or a year is no
    // fixed number of days): nothing, rather than two pieces (D-23)
    if (unitEntry && unitEntry.type === 'DURATION' && (unitEntry.unit === '年' || unitEntry.unit === '个月') && valueMax === undefined && lengthWithDays(c, unitEntry.unit, end)) return true;
    // 14亿多人口, 十四亿多人民, 2900多万家庭: 多 after a large scale and before a noun belongs to the count
    // (not before a time word: 钱款5万余后; session 46's review, COUNT)
    if (!unitEntry && (after === C.DUO || after === C.YU) && !num.over && CN_SCALE[text.charCodeAt(num.end - 1)] >= 4 && classAt(text, num.end + 1) === Cls.CJK && !startsWithAny(text, num.end + 1, TIME_AFTER_AMOUNT)) {
      c.push('count.bare', { start: num.start, end: num.end + 1, type: 'COUNT', value: num.value, unit: null, qualifier: 'over' });
      return true;
    }
    // 二千几百万农民, 一千几百万农民: 几 and a scale after a Chinese numeral, before a noun, a count (D-48, as 二十几万农民;
    // session 41's review: nothing)
    // (全国人口已达七亿几千万。: a population closing its clause too, as 贫困人口二百三十万，; session 51's review, 七亿 exact; else
    // nothing, never the numeral before 几 alone)
    if (!unitEntry && ji && inSpanQual === 'over' && p > num.end + 1 && CN_SCALE[text.charCodeAt(p - 1)] >= 4) {
      if (classAt(text, p) === Cls.CJK || peopleBefore(text, num.start)) c.push('count.bare', { start: num.start, end: p, type: 'COUNT', value, unit: null, qualifier: 'over' });
      while (c.next() && c.next()!.end <= p) c.i++;
      return true;
    }
    // a bare number sharing the unit of the next one: 分别提高4.08和3.76个百分点
    let rule = 'unit';
    let sharedCheng = false;
    let sharedUnitEnd = 0; // where a list member's shared unit ends, after the closer
    if (!unitEntry) {
      const shared = listCloser(text, c.nums, c.i);
      if (!shared) return false;
      unitEntry = shared.unit;
      // (3000和5000余件, 300和500余人: the closer's 余 is its own, the unit after it the list's; session 46's review: unit 余件)
      const yu = unitEntry.unit.charCodeAt(0) === C.YU && unitAt(text, shared.unitAt + 1) !== null ? 1 : 0;
      if (yu) unitEntry = unitAt(text, shared.unitAt + 1)![0];
      rule = 'unit.shared';
      // (its lower end is read with the upper one, below)
      if (isRangeChar(codeAt(text, num.end)) && c.next()?.start === num.end + 1) return true;
      // (0-14、15-64、65岁及以上: a band in the list, read with its lower end (D-11); session 51's hunt, the upper end alone, 64)
      const lo = isRangeChar(before) ? c.numAt(c.i - 1) : undefined;
      if (lo && lo.end === num.start - 1 && lo.form === num.form && !lo.neg && lo.value < value) {
        // (10-20、20-30、30万元以上: a band whose scale the closer's 万 may or may not be; never its upper end alone: nothing)
        if (memberValue(text, num.start, num.end, value, shared) !== value) return true;
        c.push('unit.shared', { start: lo.start, end: num.end, type: unitEntry.type, value: lo.value, valueMax: value, unit: unitEntry.unit, qualifier: 'exact' });
        return true;
      }
      sharedCheng = text.charCodeAt(shared.unitAt) === C.CHENG;
      sharedUnitEnd = shared.unitAt + yu + unitEntry.unit.length;
      // 105、106国道: a road's number as the closer is (session 39: COUNT 105 国)
      if (!isCn && num.end - num.start >= 3 && roadAt(text, unitEntry.unit, shared.unitAt)) return true;
      // 120、85和60亿元: the list's 亿 is this number's too, where it has no 万 or 亿 of its own
      value = memberValue(text, num.start, num.end, value, shared);
      if (Number.isNaN(value)) return true;
    }
    let type = unitEntry.type;
    const unit = unitEntry.unit;
    // 两成 → 20%; 七到八成 → 70–80%
    // (约3成为, 逾7成立案: a qualifier before makes it a share)
    if (rule === 'unit' && text.charCodeAt(unitStart) === C.CHENG && !isCn && valueMax === undefined && startsWithAny(text, unitStart, CHENG_WORDS) && (qualifierBefore(text, num.start)?.[0] ?? 'exact') === 'exact') return true;
    // (经鉴定为一成年男性, 属一成年个体: "an adult", no share; session 50's review, 10%)
    if (rule === 'unit' && text.charCodeAt(unitStart) === C.CHENG && valueMax === undefined && text.startsWith('成年', unitStart) && '男女个人'.includes(text[unitStart + 2] ?? '\0')) return true;
    if (rule === 'unit' && text.charCodeAt(unitStart) === C.CHENG) {
      // (one call: the share's tenths and ranges, kept out of this step's body, whose size costs TurboFan's inlining)
      const sh = chengShare(c, value, valueMax, end, unitStart);
      if (!sh) return true;
      value = sh.value; valueMax = sh.valueMax; end = sh.end;
    } else if (sharedCheng) {
      // 分别增产2和3成: a member of a list closed by a share in 成 counts tenths too (20%), one to ten
      if (value > 10 || !(value >= 1)) return true;
      value *= 10;
    }
    // 八元五角, 1元2角3分, 五元零五分: 角 and 分 after 元 are its tenths and hundredths (D-92); 8 would be a wrong value
    if (unit === '元' && rule === 'unit' && valueMax === undefined && Number.isInteger(value) && !num.neg) {
      // (only where a numeral follows 元: most amounts end there)
      const k = classAt(text, end);
      if (k === Cls.DIGIT || k === Cls.CNUM) {
        const f = yuanFraction(c, end);
        if (f) { value = (value * 100 + f.hundredths) / 100; end = f.end; c.i += f.skip; }
        // 三元五 (3.5 spoken?), 一元二次方程: a lone digit after 元 with no unit of its own; not certain: nothing
        else { const m = c.next(); if (m && m.start === end && oneDigit(text, m) && !unitAt(text, m.end)) return true; }
      }
    }
    // 三亩二分, 3亩2分: 分 after 亩 is its tenth; 二十八斤四两: not certain, nothing (D-100; the call behind its cheap
    // test: a numeral right after a unit is rare)
    if (rule === 'unit' && valueMax === undefined && !num.neg && (classAt(text, end) === Cls.CNUM || classAt(text, end) === Cls.DIGIT)) {
      const t = tenthsAfter(c, unit, end, value);
      if (t === NOT_CERTAIN) return true;
      // (in thousandths, whole numbers both: a race's 52秒127 has 12.7 hundredths, and (5200 + 12.7) / 100 is 52.126999999999995)
      if (t) { value = Math.round(value * 1000 + t.hundredths * 10) / 1000; end = t.end; c.i += t.skip; }
    }
    // 1公里200米, 3吨500公斤: a smaller unit after a larger belongs to it (task §4, as 八元五角; session 42's review: 1 公里);
    // 1米5, 两米五, 1吨2, 1块5: a spoken decimal after a measure, not certain (as 三元五, D-92): nothing (was 1 米)
    // (the numeral after the unit tested first: most mentions have none, and SMALLER_MEASURE's look-up by a unit's name
    // was the unit step's costliest line in a profile)
    if (numeralClassAt(text, end) && rule === 'unit' && valueMax === undefined && !num.neg && SMALLER_MEASURE[unit] && !c.gap(end)) {
      const t = measureTail(c, unit, value, end);
      if (t === null) return true;
      value = t.value;
      end = t.end;
    }
    // 北纬24度10分30秒, 东经118度5分: a coordinate in degrees and arc minutes; 24 would be a wrong value and 10分30秒 no length
    // (session 48's review: QUANTITY 24 度 and DURATION 630 秒): nothing for any of it (北纬35度 alone stays)
    // (北纬35度至26度30分: a range's other end too)
    // (北纬33度29分至34度: the upper end of a coordinate's range, its lower end in minutes; session 48's judge: 34 度 alone)
    if (unit === '度' && COORDINATE_BEFORE.test(text.slice(Math.max(0, num.start - 12), num.start)) &&
      ((numeralClassAt(text, end) && arcMinutes(c, end)) || (isRangeChar(before) && /分[至到~-]$/.test(text.slice(num.start - 2, num.start))))) return true;
    // 积石山12.18地震, 玉树4.14地震, 8.12天津港爆炸事故: a date's label in points before the event's name (D-84, D-17), and a
    // magnitude before 地震 (汶川8.0地震): no count of 地 nor a length in 天 (session 48's review)
    // (only a unit's character that opens the place's or event's name, 地, 天, 日, 台, 门: 由9.08年提高至, 6.12%上调 are amounts)
    if (num.decimal && end === p + 1 && ((unit === '地' && codeAt(text, end) === 0x9707 /* 震 */) ||
      (LABEL_NAME_START.includes(unit) && end < text.length && CLASS[text.charCodeAt(end)] === Cls.CJK && dateLabelInPoints(text, num)))) return true;
    // 负二层, -1层: a basement's floor, a label, never a count below zero (session 48's review: COUNT -3 层)
    if (unit === '层' && (num.neg || before === 0x8d1f /* 负 */)) return true;
    // (一丈六尺: the chi of a length in zhang and chi, 16 chi; 六尺 alone would be a wrong value: nothing; session 50)
    // (身高五尺三寸: 5.3 chi, as much; the session's hunt: 五尺)
    if (unit === '尺' && (before === 0x4e08 /* 丈 */ || (numeralClassAt(text, end) && (codeIs(text, end + 1, 0x5bf8 /* 寸 */) || codeIs(text, end + 2, 0x5bf8))))) return true;
    // (年龄最小的仅1岁8个月, 两岁零三个月: an age in years and months, not settled which unit; 1岁 alone would be a wrong value:
    // nothing for either; session 50's review)
    if ((unit === '岁' || unit === '周岁') && valueMax === undefined) {
      const z = codeIs(text, end, C.LING) ? 1 : 0;
      // (零 read as a numeral of its own before the digits: 1岁零8个月)
      const k = z && c.next()?.end === end + 1 ? 2 : 1, m = c.next(k);
      if (m && (m.start === end || m.start === end + z) && text.startsWith('个月', m.end)) { c.i += k; return true; }
    }
    // (五角至一元, 八角到一元: a range whose lower end is in 角, unread; 一元 alone would be its upper end: nothing; session 50)
    if (unit === '元' && isRangeChar(before) && codeIs(text, num.start - 2, 0x89d2 /* 角 */)) return true;
    // (618年中大促: the shopping festival's name; session 50's review, DURATION 618 年)
    if (value === 618 && !isCn && (text.startsWith('年中', num.end) || text.startsWith('大促', num.end) || text.startsWith('购物节', num.end))) return true;
    // (4至5人户, 三至五人户: a class of households by size, as 二人户 (D-114); session 50's review, COUNT 4–5 人)
    if (unit === '人' && valueMax !== undefined && HOUSEHOLD_CLASS.test(text.slice(end, end + 4))) return true;
    // (金牌数9位列第三, 得分92名列第一: 位列, 名列 verbs of ranking after a figure, no persons; places climbed before them
    // count, 提升3位列全省第6; session 50's review and hunt)
    if ((unit === '位' || unit === '名') && (codeIs(text, end, 0x5217 /* 列 */) || codeIs(text, end, 0x5c45 /* 居 */)) && '第前全世榜首'.includes(text[end + 1] ?? '\0') &&
      !endsWithAny(text, num.start, CLIMBED_BEFORE)) return true;
    // 2万元一平米, 8元一斤: the rate's denominator spoken after the amount (D-53; session 48's review: QUANTITY 1 平米)
    if (isCn && value === 1 && num.end - num.start === 1 && before === 0x5143 /* 元 */ && (type === 'QUANTITY')) return true;
    // 360度全方位, 180度大转弯: a figure of speech, no angle (as D-78's 百分之百的努力; session 42's review: QUANTITY 360 度)
    if (unit === '度' && (value === 360 || value === 180) && (startsWithAny(text, end, ROUND_FIGURE_AFTER) || text.startsWith('全方位、', num.start - 4))) return true;
    if ((unit === '次' || unit === '元') && codeAt(text, end) === C.XING) return true; // 一次性
    // 三次分配 (the "third distribution", a term; session 39's review: COUNT 3), not 分三次分配到位
    // (先后三次分配下达, 已三次分配, 累计三次分配, 1月、3月和5月三次分配: counts; a later review)
    if (unit === '次' && isCn && value === 3 && text.startsWith('分配', end) && !countedDistribution(text, num.start, end)) return true;
    // 2025元月起施行: a year that lost its 年 before 元月 (January), or 2025 yuan before 月薪? not certain: nothing (D-76)
    if (unit === '元' && codeAt(text, end) === C.YUE && isYearValue(num, c.s)) return true;
    if (unit === '部' && text.startsWith('队', end)) return true; // 32703部队
    // 得分89.79分, not 9时30分 (nor after a word of a score: 考核于9时30分开始, session 40)
    if (unit === '分' && (!scoreAhead(c) || minutesAt(text, num.start, end))) return true;
    // (14时30分20秒: a time of day's seconds, no length; the last review)
    if ((unit === '秒' || unit === '秒钟') && clockSeconds(c)) return true;
    // 八分钱: fen, money no score reads (found by review: QUANTITY 8 分); 工分值一角二分, 八角五分: fen after jiao, money without 元
    // (D-92), no score (session 47's review: QUANTITY 2 分); 工分值由五分提高到八分: a work-point's value, in fen, no score either
    if (unit === '分' && ((codeIs(text, end, 0x94b1 /* 钱 */) && !codeIs(text, end + 1, 0x6b3e /* 款: 九十八分⏎钱款 */)) || before === 0x89d2 /* 角 */ || workPointBefore(text, num.start))) return true;
    // 城乡二元结构, 一元化领导: "dual", "unified", no yuan (found by review: MONEY 2); only after one Chinese
    // digit (1万亿元化债资金, 5亿元化解, 2000亿元结构性减税 are amounts: a later review)
    if (unit === '元' && isCn && num.end - num.start === 1 && startsWithAny(text, end, NOT_YUAN_AFTER)) return true;
    if (unit === '步' && value === 1) return true; // 跨前一步, 更进一步: a figure of speech
    // 贺州市八步区: a district's name (session 48's review: COUNT 8 步)
    if (unit === '步' && isCn && codeAt(text, end) === 0x533a /* 区 */) return true;
    // 第三师五十一团, 兵团14师224团, 第一师阿拉尔市十二团: a regiment of the Production and Construction Corps by its number, a
    // name (D-29; session 48's review: COUNT 51 团); 组建讲师团12个 counts
    if (unit === '团' && DIVISION_BEFORE.test(text.slice(Math.max(0, num.start - 8), num.start))) return true;
    // 慈善一日捐: a campaign named by its length (D-62; session 48's review: DURATION 1 日)
    if (unit === '日' && value === 1 && codeAt(text, end) === 0x6350 /* 捐 */) return true;
    // 曲阜三孔: the Confucius sites, a name (session 48's review: COUNT 3 孔); 该桥共有三孔 counts
    if (unit === '孔' && value === 3 && isCn && (text.startsWith('曲阜', num.start - 2) || startsWithAny(text, end, SAN_KONG_AFTER))) return true;
    // 三桶油在我省投资, 中海油三桶油加大勘探: the three oil companies' nickname before a word; 送去三桶油、两袋米 counts
    // (session 49's review and judge: COUNT 3 桶)
    if (unit === '桶' && isCn && value === 3 && codeIs(text, end, 0x6cb9 /* 油 */) && !phraseEndsAt(text, end + 1) && !isListJoiner(codeAt(text, end + 1))) return true;
    // 一档、二档两个档次, 选择二档缴费: tiers named by 一 and 二, no counts (a count of two is 两档; session 49's review: COUNT 1, 2)
    if (unit === '档' && isCn && num.end - num.start === 1 && (text[num.start] === '一' || text[num.start] === '二') &&
      (!endsWithAny(text, num.start, TIERS_COUNTED_BEFORE) || codeAt(text, end) === 0x3001 /* 、 */)) return true;
    // (一档2500元、二档2000元、三档1500元, 一档、二档、三档、四档: the later tiers in turn named too; session 51's review, COUNT 3 档)
    // (not 分为三档, a count: only before the tier's amount or in a list of tiers)
    if (unit === '档' && isCn && num.end - num.start === 1 && '三四五六'.includes(text[num.start]) && (numeralClassAt(text, end) || '、和'.includes(text[end] ?? '\0') || codeIs(text, num.start - 1, C.DUN)) &&
      !endsWithAny(text, num.start, TIERS_COUNTED_BEFORE) && sentenceBefore(text, num.start, 40).includes('二档')) return true;
    // (帮助4050人员再就业, 40、50人员: the name of jobseekers over forty and fifty; session 51's review, COUNT 4050 人员)
    if (unit === '人员' && !isCn && (value === 4050 || (value === 40 && text.startsWith('40、50人员', num.start)) || (value === 50 && text.startsWith('40、', num.start - 3)))) return true;
    // 半斤到一斤, 半年至一年, 半个月到一个月: a range whose lower end is 半 and the unit, which no numeral reads; its upper end
    // alone would be a wrong value (D-47; session 49's review: 1 斤 exact): nothing
    if (isRangeChar(before) && unit !== null && (halfBefore(text, num.start - 1, unit) || (unit === '%' && halfBefore(text, num.start - 1, '成')))) return true;
    // 三年行动, 五年规划, 运用三年行动计划, 通过五年发展规划的实施: a programme's name; 攻坚战 after a verb of lasting is
    // a length (经过五年攻坚战), 计划生育 no plan (later reviews)
    // (分两年实施计划内的项目, 用三年实施方案确定的: a length spent, 实施 a verb; the third hunt)
    if (type === 'DURATION' && startsWithAny(text, end, PROGRAMME_AFTER) && !text.startsWith('计划生育', end) &&
      !((text.startsWith('攻坚战', end) || text.startsWith('法治宣传教育', end)) && endsWithAny(text, num.start, LASTING_BEFORE)) && !(text.startsWith('实施', end) && (before === 0x5206 /* 分 */ || before === 0x7528 /* 用 */))) return true;
    // 最后一年, 头一年, 前一年受理的: the last, first or previous year (month, day), no length (D-30); 提前一年, 之前一年 are
    if (type === 'DURATION' && isCn && num.end - num.start === 1 && text.charCodeAt(num.start) === 0x4e00 /* 一 */ && (before === 0x5934 /* 头 */ || before === 0x540e /* 后 */ || before === 0x524d /* 前 */) && namedYear(c)) return true;
    // 第十四届 and 十四届 are sessions; 每年一届, 该院10届党组, 连续举办8届 count editions (D-32, D-39)
    if (unit === '届') type = termsCounted(text, num.start, end, before) ? 'COUNT' : 'ORDINAL';
    if (unit === '次' && sessionOrdinal(c, end)) type = 'ORDINAL';
    // 三方, 千方百计: 方 is cubic metres only after digits, or after a numeral ending in 万 or 亿 (三百五十万方: a review)
    if (unit === '方' && isCn && CN_SCALE[text.charCodeAt(num.end - 1)] < 4) return true;
    // (10的负18次方, 2的256次方: a power, no times; not 5次方案, 2次方舱, 4次方志; session 51's review and hunt, COUNT 18 次)
    if (unit === '次' && codeIs(text, end, 0x65b9 /* 方 */) && !'案舱志言针阵式法面向略位'.includes(text[end + 1] ?? '\0')) return true;
    // (一年打基础、两年见成效、三年大变样: a plan's phases in a slogan, as D-91's 三年大变样; session 51's review, lengths)
    // (only beside another phase, not after a length's word: 近两年有突破, 经过三年打基础 are lengths; the hunt)
    if (type === 'DURATION' && unit === '年' && isCn && startsWithAny(text, end, PHASE_SLOGANS) && phaseBeside(text, num.start, end)) return true;
    // (一年生牧草, 三年生以上大苗: a plant's annual or age class, a term; not 三年生产总值, 一年生活补贴; session 51's review and hunt)
    if (unit === '年' && isCn && codeIs(text, end, 0x751f /* 生 */) && PLANT_AGE_AFTER.test(text.slice(end + 1, end + 5))) return true;
    // (三倍体毛白杨, 二倍体马铃薯: ploidy; not 增长三倍体现了; session 51's review and hunt, RATIO)
    if (unit === '倍' && codeIs(text, end, 0x4f53 /* 体 */) && !codeIs(text, end + 1, 0x73b0 /* 现 */)) return true;
    // (永定河三家店站, 三道河水库, 北二支渠全长: places and canals named by a numeral and a classifier; not 三家店铺, 三家子公司,
    // 三支渠道; session 51's review and hunt, counts of 家, 道, 支)
    if (isCn && value < 20 && PLACE_CLASSIFIERS[codeAt(text, num.end) & 0xffff] === 1 && PLACE_NAMED.test(text.slice(num.start, num.start + 10))) return true;
    // (女性一百对男性一百零七点五六, 107.56对100: a ratio "a to b", no couples (the spec does not settle a对b; session 51's
    // review, COUNT 100 对): nothing
    // (not 结成师徒120对240人: a count and the people in it, the second with its unit; session 51's hunt)
    // (第1229条至1235条, 第一款至三款, 第122条—149条: the upper end of a range of labels whose 第 is written once (D-2);
    // session 51's review, COUNT 1235 条)
    // (环保法63条至69条, 环保法63条、64条, 第四十条和四十一条: after a law's name too, and a list's later members, D-91's left
    // 1079条、1084条; 第一批至三批: a range of ranks the same way; the last hunt, COUNT 69 条, 3 批)
    if (unit !== null && (isRangeChar(before) || isListJoiner(before)) && (LEGAL_LABELS.has(unit) || (isRangeChar(before) && ORDINAL_CLASSIFIERS.has(unit))) &&
      text.startsWith(unit, num.start - 1 - unit.length)) {
      const p = c.numAt(c.i - 1);
      if (p && p.end === num.start - 1 - unit.length && (codeIs(text, p.start - 1, C.DI) || (unit === '条' && lawLabel(text, p.start, p.end + 1)))) return true;
    }
    // (西湖十景, 羊城新八景, 城市一景: sets of views; 景 counts image scenes in digits only; session 51's hunt)
    // (but 新建景观节点十景, 打造十景: views built, counted; the hunt)
    if (unit === '景' && isCn && !endsWithAny(text, num.start, VIEWS_BUILT_BEFORE)) return true;
    if (unit === '对' && ((numeralClassAt(text, end) && !(c.next()?.start === end && unitAt(text, c.next()!.end))) || SEXES_AFTER_DUI.test(text.slice(end, end + 3)))) return true;
    // (汉画像石150余方, 印章1200余方, 墓志48方: seals, inkstones and carved stones counted; session 50's review, QUANTITY)
    if (unit === '方' && endsWithAny(text, num.start, FANG_OBJECTS)) type = 'COUNT';
    // 两眼一抹黑, 三眼井: 眼 counts wells from ten, or after digits; 1.5匹 is an air conditioner's power (a later review)
    // (3P空调: the same power in P; a later review)
    // (2.5P of computing power stays: a later review)
    if ((unit === '眼' && isCn && value < 10) || (unit === '匹' && !Number.isInteger(value)) || ((unit === '匹' || unit === 'P') && (startsWithAny(text, end, AIR_CONDITIONER) || endsWithAny(text, num.start, AIR_CONDITIONER)))) return true;
    // 一至三类水质, 1至3类地区: a range of grades (D-25, D-62), no count (a review); 2至3类特色农产品 counts kinds
    if (unit === '类' && valueMax !== undefined && startsWithAny(text, end, GRADED_AFTER)) return true;
    // 劣五类水体, 水质达到三类, 水质三类以上, 优于三类水质, 四类、五类水质: a grade of water, never a count of kinds (session
    // 46's reviews: COUNT 5, 3; 划分为三类水体, 河流和湖泊三类水体, 检测四类水质指标 count kinds)
    if (unit === '类' && valueMax === undefined && (before === 0x52a3 /* 劣 */ || endsWithAny(text, num.start, WATER_GRADE_BEFORE) || WATER_GRADE_LISTED.test(text.slice(end, end + 8)) ||
      ((before === C.DUN || before === C.HE || before === 0x53ca /* 及 */) && startsWithAny(text, end, WATER_NOUNS) && /[一二三四五六七八九0-9]类$/.test(text.slice(Math.max(0, num.start - 3), num.start - 1))) ||
      // (共有一类口岸3个: a port's class, 一类 and 二类 (session 46's review: COUNT 1))
      // (三类以上水质, 三类的占百分之二十九 after 地表水一、二类标准, 四类桥梁, 0类区: grades; session 47's reviews: counts)
      (value <= 2 && text.startsWith('口岸', end)) || gradeAround(c, end))) return true;
    // 农历正月初一至十五日: days of a lunar month (D-95), no length (a review); not 发病初3至5日内
    if (unit === '日' && valueMax !== undefined && before === 0x521d /* 初 */ && isCn && codeIs(text, num.start - 2, C.YUE)) return true;
    // (1、2期工程: a member takes the closer's phase, a later review: COUNT and ORDINAL)
    if (unit === '期') {
      const phase = startsWithAny(text, rule === 'unit.shared' ? sharedUnitEnd : end, PHASE_AFTER);
      // (举办三期项目管理培训班: a course's name holding 项目, sessions held; a later review)
      // (举办三期项目管理培训班: a course's name holding 项目; 组织三期工程建设单位负责人参加培训班 is the phase: a later review)
      const held = courseHeld(text, num.start);
      // (每月一期, 每年一期, 每两周一期: how often, a count as D-39's 每年一届; session 48's review: ORDINAL)
      if (before !== C.FEN2 && (phase ? !(held && courseAhead(text, end)) : isCn && !held) && !EVERY_PERIOD_BEFORE.test(text.slice(Math.max(0, num.start - 4), num.start))) type = 'ORDINAL'; // 一期工程, 开展三期工程; 分两期 counts
    }
    // 排名后三位, 排在后10名: the last three of a ranking, counted from the end (as 倒数第二, D-8): nothing
    // (较差的后20位城市, 重点城市后20名, 排后5位, 成绩后10名: the last N of a ranking after its scope or measure, D-8; session
    // 47's reviews: counts; not after a word of time or order, 先后20名干部, 会后5名代表, 落后5位, 手术后3名患者)
    if ((unit === '位' || unit === '名') && before === 0x540e /* 后 */ && (endsWithAny(text, num.start - 1, RANK_BEFORE) || endsWithAny(text, num.start - 1, BOTTOM_BEFORE) ||
      (num.start >= 2 && RANKING_BEFORE_HOU.includes(text[num.start - 2])))) return true;
    if (unit === '位' && (endsWithAny(text, num.start, RANK_BEFORE) || ordinalListBefore(c, '位'))) type = 'ORDINAL'; // 全国排名53位、82位 (D-55)
    if (unit === '轮' && isCn && startsWithAny(text, end, ROUND_AFTER)) type = 'ORDINAL';
    // 交换机容量2000多万门: lines of a telephone exchange are a capacity (QUANTITY); a few 门 are counted things
    // (慕课7.68万门, 课程1.2万门 count courses: only an exchange's lines are a capacity; session 48's review, QUANTITY)
    if (unit === '门' && value >= 1e4 && EXCHANGE_BEFORE.test(sentenceBefore(text, num.start, 40))) type = 'QUANTITY';
    // 航速13节, 流速达到2.5节以上: knots, a speed (session 48's review: COUNT)
    // (以1.5节航速, 以12节的航速, 以10节左右的速度: the speed's name after; session 50's review, COUNT)
    if (unit === '节' && (SPEED_BEFORE.test(text.slice(Math.max(0, num.start - 8), num.start)) || SPEED_AFTER.test(text.slice(end, end + 6)))) type = 'QUANTITY';
    // 两 never ranks: 两期, 两届, 两次 count
    if (type === 'ORDINAL' && text.charCodeAt(num.start) === 0x4e24 /* 两 */) type = 'COUNT';
    // 2024年 is a year; 2000多年, 长达1000年, 1300年历史, 1000年一遇 are lengths (a year has no 多 or 余)
    if (unit === '年' && isYearValue(num, c.s) && inSpanQual !== 'over' && !yearsOfLength(text, num.start, end)) type = 'DATE';
    // 到两千年, 至二千年: the year 2000 as the plans of the 1980s and 1990s write it, reached by 到 or 至 (session 45's
    // review: a length of 2000 years); not reached by a length (达到两千年, 长达, 延续到两千年以上, 两千年前, 两千年的)
    // (从八百年到两千年不等: the upper end of a range of lengths stays one; the closing review)
    if (unit === '年' && type === 'DURATION' && valueMax === undefined && inSpanQual === null && (c.s === '两千' || c.s === '二千') && millenniumYear(text, num.start, end) &&
      !(c.lastMention()?.type === 'DURATION' && c.lastMention()!.end === num.start - 1)) type = 'DATE';
    // 比87年增长一倍, 民国二十六年: a year with no century written, or of another calendar; never a length: nothing
    // (民国三十七年至三十八年, 光绪三年至十年间, 民国112年度, 明治二十八年: the same in a range, with 年度, in Japan's eras;
    // session 50's review, lengths)
    if ((unit === '年' || unit === '年度') && type === 'DURATION' && (((before === 0x6bd4 /* 比 */ && !isCn && c.s.length === 2 && value >= 50) && valueMax === undefined) ||
      text.startsWith('民国', num.start - 2) || eraBefore(text, num.start))) return true;
    // 到95年底, 于89年6月, 与95年相比, 从66年到76年: the same, a two-digit year before 底/初/末 or a month, or
    // after a word of time or comparison (found by review: 95 years)
    if (unit === '年' && type === 'DURATION' && valueMax === undefined && !isCn && c.s.length === 2 && !num.decimal && twoDigitYear(text, num.start, end, value)) return true;
    if (unit === '年' && type === 'DURATION' && valueMax !== undefined && !isCn && c.s.length === 2 && twoDigitYears(text, num.end, value, valueMax)) return true;
    // (二ΟΟ四年, 二ОО七年, 二OO八年度: a year whose zeros a PDF typed as Greek, Cyrillic or Latin O, cut by the locator (D-40);
    // session 51's review, DURATION 4)
    if ((unit === '年' || unit === '年度') && type === 'DURATION' && isCn && 'ΟОOＯo'.includes(text[num.start - 1] ?? '\0')) return true;
    // 九七年, 08年: a year written with two digits (1997? 2008?), not 97 or 8 years; the century is not written, so nothing
    if (unit === '年' && type === 'DURATION' && c.s.length === 2 && !num.decimal &&
      (isCn ? !CN_SCALE[c.s.charCodeAt(0)] && !CN_SCALE[c.s.charCodeAt(1)] : c.s.charCodeAt(0) === 0x30)) return true;
    if (unit === '月' || (unit === '日' && before === C.YUE)) return true; // months are read as dates
    // 会议于20日闭幕, 定于25日召开, 截至30日, 自3日起: a day of the month, no length (D-91); not 于5日内, 不少于30日; 强降雨至22日结束,
    // 至22日凌晨停止: the day something ran until (session 48's review: 22 days)
    if (unit === '日' && type === 'DURATION' && num.value >= 1 && num.value <= 31 && Number.isInteger(num.value) &&
      ((pointInTimeBefore(text, num.start) && !startsWithAny(text, end, DAY_LENGTH_AFTER)) || ((before === C.ZHI || before === C.DAO) && (endAfterDay(text, end) || endsWithAny(text, num.start, UNTIL_DAY_BEFORE)) &&
      !(endsWithAny(text, num.start - 1, LENGTH_CHANGED_BEFORE) && LENGTH_CHANGED_FROM.test(text.slice(Math.max(0, num.start - 16), num.start)))) ||
      // (，26日起逐步减弱: a clause opening from a day, "from the 26th" (D-91), no length; session 48's judge)
      (valueMax === undefined && codeIs(text, end, 0x8d77 /* 起 */) && !DAY_QI_WORD.includes(text[end + 1] ?? '\0') && (num.start === 0 || CLASS[text.charCodeAt(num.start - 1)] === Cls.PUNCT)))) return true;
    // 3日8时至5日20时, 七月三十一日二十时至一日八时: a day before an hour of the day is the month's, no length (D-91; session
    // 43's review: DURATION 一日)
    if (unit === '日' && type === 'DURATION' && valueMax === undefined && num.value >= 1 && num.value <= 31 && Number.isInteger(num.value) && hourAfter(c, end)) return true;
    // 一九五五三年, 一九八五一年中: a year and a count run together (一九五三、一九五四、一九五五三年), never 19553 years
    if (unit === '年' && isCn && num.end - num.start >= 5 && digitsOnly(text, num.start, num.end)) return true;
    // 一九五0年, １９５七年: a year in two scripts, cut by the locator; its tail alone (0年, 七年) would be a wrong length
    if (unit === '年') { const prev = c.numAt(c.i - 1); if (prev && prev.end === num.start && (prev.form === NumForm.CHINESE) !== isCn) return true; }
    // 202541日起施行: a date whose separators were lost (D-66), never a length of 202541 days; read so only where the
    // words around it make it a point in time (连续运行20150日, 投入200354日 are lengths as written)
    if (unit === '日' && !isCn && valueMax === undefined && num.intDigits >= 5 && num.intDigits <= 8 && !num.decimal && num.intDigits === num.end - num.start && /^(19|20)\d\d/.test(c.s) &&
      (startsWithAny(text, end, LOST_DATE_AFTER) || endsWithAny(text, num.start, LOST_DATE_BEFORE))) {
      const iso = lostSeparators(c.s);
      if (iso) c.push('date.lost-separators', { start: num.start, end, type: 'DATE', value: iso, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    // (a range's lower end is no article: 一至二个, 一到三名; a review)
    if (isCn && valueMax === undefined && c.is(0x4e00 /* 一 */) && !(unit === '届' && before === C.NIAN && type === 'COUNT') && isArticleYi(c, type, unit, end)) return true;
    // 五个一工程, “四个一”: N个 before 一 is a numeral name (三个一号旅游公路 counts, D-39; 3个一流学科 counts)
    if (unit === '个' && codeAt(text, end) === 0x4e00 /* 一 */ && !text.startsWith('一号', end) && (!CN_WORD_BLOCK.at(text, end) || text.startsWith('一批', end))) return true;
    // 两度获得, 三度夺冠: 度 after a lone Chinese digit before a verb is "times", no measure
    if (unit === '度' && isCn && num.end - num.start === 1 && classAt(text, end) === Cls.CJK) return true;
    // 二次创业, 二次供水: 二 before 次 is "second", a count of times is 两次 (sessions, 二次会议, are ordinals above); a range's
    // lower end counts (每年二至三次: session 46, nothing)
    if (unit === '次' && type === 'COUNT' && valueMax === undefined && c.is(0x4e8c /* 二 */)) return true;
    // 3金2银 are medals (D-54); 五金店, 三金 before a noun are not
    if ((unit === '金' || unit === '银' || unit === '铜') && classAt(text, end) === Cls.CJK && !(num.start > 0 && '金银铜'.includes(text[num.start - 1]))) return true;
    // 法治深壹度: a lone financial digit before a unit other than money is a pun or a name; not a sentence's term, which
    // judgments write so (判处有期徒刑叁年: session 45's review, nothing)
    if (isCn && num.end - num.start === 1 && FINANCIAL[text.charCodeAt(num.start)] && type !== 'MONEY' && !(type === 'DURATION' && endsWithAny(text, num.start, SENTENCE_BEFORE))) return true;
    // 就业人员十万人生产安全事故死亡人数: a power of ten before a rate is its denominator (D-53, without 每)
    if (num.value >= 1e4 && startsWithAny(text, end, DENOMINATOR_AFTER) && Number.isInteger(Math.log10(num.value))) return true;
    // 一季度, 三季度末: a quarter of the year (DATE, optional, D-17); 三个季度 is a length
    // (头三季度, 头两季度: the first N, as 前三季度; 连续两季度: 两 never ranks, a length; session 51's review, Q3 and Q2)
    if (unit === '季度' && valueMax === undefined && isQuarter(value) && (before === 0x5934 /* 头 */ || !(isCn && text.charCodeAt(num.start) === 0x4e24 /* 两 */))) {
      const tou = before === 0x5934 /* 头 */ && value > 1;
      c.push('date.quarter', { start: tou ? num.start - 1 : num.start, end, type: 'DATE', value: tou ? `Q1/Q${value}` : `Q${value}`, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    // 一至三季度, 一季度至三季度: a range of quarters (Q1/Q3, like 前三季度), not 1–3 quarters of time; a length where
    // the range cannot name quarters (三至五季度), starts with 两 (which never ranks) or follows a word of
    // duration (连续三至四季度, 今后两至三季度): DURATION as written, as before D-77
    if (unit === '季度' && valueMax !== undefined && isQuarter(value) && isQuarter(valueMax) && value < valueMax && !num.neg &&
      c.s.charCodeAt(0) !== 0x4e24 /* 两 */ && !endsWithAny(text, num.start, QUARTER_SPAN_BEFORE)) {
      c.push('date.quarter', { start: num.start, end, type: 'DATE', value: `Q${value}/Q${valueMax}`, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    // 2024学年, 2023—2024学年度, 2024—2025赛季, 2025届毕业生: a year's label, no length of 2024 years nor a 2025th session
    // (一九五七届, 二〇二五届, 一九五六至一九五七学年度: a year in Chinese numerals so labelled too; session 46's review: ORDINAL 1957)
    // (the numeral's length read from its span: c.s would make its text for every Chinese numeral reaching here)
    if ((num.intDigits === 4 || (isCn && num.end - num.start === 4)) && !num.neg && unit !== '年' && YEAR_LABELS.has(unit) && yearLabel(c, end, value, valueMax, unit)) return true;
    if (type === 'DATE') {
      c.push('date.year', { start: num.start, end, type, value: String(num.value), unit: null, qualifier: 'exact' });
      return true;
    }
    let start = num.start;
    // a sign inside the span: -5.94亿元, －1.9% (D-43)
    // the sign is the lower end's: -1至1% runs from -1 to 1
    if (num.neg && type !== 'DURATION' && type !== 'ORDINAL') { value = -value; start--; }
    // 零下15℃, 零下5至10℃: "below zero" is a temperature's sign in words (D-89), as 负 is a sign (the lower end's)
    // (behind one comparison: belowZero, a call where TurboFan does not inline it, for every mention was 1% of the
    // extractor, and the set's lookup for every mention as much)
    else if (num.start >= 2 && text.charCodeAt(num.start - 1) === 0x4e0b /* 下 */ && unit !== null && TEMPERATURE.has(unit) && belowZero(text, num)) { value = -value; start -= 2; }
    let qualifier: Qualifier = inSpanQual ?? qualifierAround(text, start, end, type);
    // (not a closed band before the list's open one: 15—59岁、60岁及以上 keeps 15–59 exact; session 47's review: over)
    if (qualifier === 'exact' && rule === 'unit' && valueMax === undefined) qualifier = listQualifier(c, start, end, unit) ?? qualifier;
    // (60、65岁及以上, 分别控制在35、50、10毫克/立方米以内, 分别不高于10、35、50毫克/立方米: a member sharing the closer's unit
    // takes the list's bound too (D-113, D-114); session 51's reviews, the bare members exact)
    else if (qualifier === 'exact' && rule === 'unit.shared' && valueMax === undefined) qualifier = sharedListBound(c, start, sharedUnitEnd, unit) ?? qualifier;
    // 判处三年有期徒刑以下刑罚: the limit after the penalty's name, as 三年以下有期徒刑 (session 39's review: exact)
    if (type === 'DURATION' && qualifier === 'exact' && codeAt(text, end) === 0x6709 /* 有 */ && text.startsWith('有期徒刑', end)) {
      // (及以下, （含）以下: a later review)
      const q = qualifierAfter(text, end + 4 + (text.startsWith('(含)', end + 4) ? 3 : text.startsWith('及其', end + 4) ? 2 : 0));
      if (q && (q[0] === 'under' || q[0] === 'over') && text[end + 4] !== '内' && text[end + 4] !== '余' && text[end + 4] !== '多') qualifier = q[0];
    }
    // 近N年 by the sentence (D-18, D-72): "the last N years" (exact) wherever it stands as a time (近三年来，…;
    // 全省近五年累计; 创近五年来新高; 与近五年平均水平相比), "nearly N years" (under) only as a length that a verb
    // before it governs (持续了近三年, 历时近两年, 施行近20年来, 困扰群众近十年的难题, 存在近20年的隐患); a record is exact
    // (将近, 接近 are "nearly" only, 将近十年来 is under: a review; before a record exact all the same, 接近五年来最高水平)
    // (近三个月来, 近十天来, 近两周以来: a shorter length with 来 after it the same, "the last three months"; session 47's
    // review: under)
    // (近三个月，全省共受理: opening its sentence before a comma too, as 近五年，; session 49's review: under)
    if (type === 'DURATION' && qualifier === 'under' && (unit === '年' || codeAt(text, end) === 0x6765 /* 来 */ || text.startsWith('以来', end) || (codeAt(text, end) === 0x2c /* , */ && clauseOpensAt(text, start - 2))) &&
      lastYears(text, start, end)) qualifier = 'exact';
    // 四年内, 五年内 after a closed past period is "during": exact (D-65)
    if (type === 'DURATION' && qualifier === 'under' && unit === '年' && valueMax === undefined && (codeAt(text, end) === 0x5185 /* 内 */ || text.startsWith('之内', end)) && closedPeriod(c, start, end)) qualifier = 'exact';
    // 三个月的期限内, 30日的法定期限内: 内 after the noun the length governs sets a limit, as 三个月内 (D-39)
    if (type === 'DURATION' && qualifier === 'exact' && valueMax === undefined && termAfter(text, end)) qualifier = 'under';
    // 每年至少举行一次, 至少办好1所: a limit written a verb before the number (D-34)
    if (qualifier === 'exact' && type !== 'ORDINAL' && limitBefore(text, start)) qualifier = 'over';
    // (session 42's bounds, one call: their tests inline in this step cost it TurboFan's inlining budget, 7% in bench:pair)
    if (type !== 'ORDINAL') qualifier = laterBounds(c, start, end, type, unit, qualifier, inSpanQual);
    if (type === 'ORDINAL') qualifier = 'exact';
    // 债务率=债务余额÷综合财力×100%: a formula's factor, no share (session 48's review: PERCENT 100)
    // (偏差率=100%×(…): the factor written first; session 48's review)
    if (unit === '%' && value === 100 && (before === 0xd7 /* × */ || before === 0x2a /* * */ || codeAt(text, end) === 0xd7 || codeAt(text, end) === 0x2a)) return true;
    // 以100%的努力: a figure of speech as 以百分之百的努力 (D-78), no share of anything
    if (unit === '%' && value === 100 && valueMax === undefined && codeAt(text, end) === 0x7684 /* 的 */ && startsWithAny(text, end + 1, FULL_EFFORT_AFTER)) return true;
    // 以十倍的努力, 十几倍的干劲, 十倍百倍地增长: a multiple as a figure of speech (as D-78; session 42's review: RATIO)
    // (not 往年三倍的投入, 是上年两倍的投入水平: an amount, literal, unless 以 makes it a manner, 以十倍的投入; the reviews)
    if (unit === '倍' && foldFigure(text, num.start, end)) return true;
    const m: Found = { start, end, type, value, unit, qualifier };
    if (valueMax !== undefined) m.valueMax = valueMax;
    c.push(rule, m);
    return true;
  },
};

/** Before one number in 类 these make it a grade of water (水质三类, 水质达到三类, 优于三类), no count of kinds. */
const WATER_GRADE_BEFORE = ['水质', '水质为', '水质达到', '水质保持', '达到或优于', '优于', '好于', '劣于', '水质属于', '水质符合', '地表水', '海水'];
/** Water's nouns a grade in 类 stands before (四类、五类水质, 地表水四类和五类断面). */
const WATER_NOUNS = ['水质', '水体', '海水', '断面'];
// (三类水质以上的占57.9%, 达到三类水质以上标准: the bound after the water noun; session 51's review, COUNT 3 类)
const WATER_GRADE_LISTED = new RegExp(`^(?:[、和及]劣?[一二三四五六七八九0-9]类(?:${WATER_NOUNS.join('|')})|水质(?:及|或)?以上)`);
/** Before a range or list in 类: water's words, a grade of it (水质优良（一、二类）, 海水（一、二类）). */
export const WATER_GRADE_AHEAD = /(?:水质|优良|海水|水体|地表水)[（(]?$/;

/**
 * Whether the numeral in 类 ending at `end` (its unit's end) is a grade, no count of kinds (D-25, D-113): before a
 * water noun past a bound (三类以上水质, 三类及以上水质标准), before bridges and tunnels (四类桥梁, 五类隧道), a noise
 * zone (0类区, 4类区昼间), or in a sentence that has graded water or land before it and goes on with the grade's share
 * (符合地表水一、二类标准的占32%，三类的占29%; 一类海水比例为33.3%，…三类为10.1%; 生态质量为一类的…，三类的占31.3%).
 */
export function gradeAround(c: Ctx, end: number): boolean {
  const { text, num } = c;
  let e = end;
  for (const b of GRADE_BOUNDS) if (text.startsWith(b, e)) { e += b.length; break; }
  // (a water noun right after the grade is left to the checks above: 检测四类水质指标, 河流和湖泊三类水体 count kinds, D-113;
  // past a bound any noun makes a grade: 三类以上公共厕所, 燃气三类以上隐患, session 47's review)
  if ((e > end && CLASS[codeAt(text, e) & 0xffff] === Cls.CJK && !startsWithAny(text, e, NOT_GRADED_AFTER_BOUND)) || startsWithAny(text, e, GRADED_STRUCTURES)) return true;
  // (一类、二类、三类: grades in turn, each with its 类, no count of kinds; session 48's review of assistance grades: COUNT 1, 3)
  if (gradesInTurn(c, end)) return true;
  // (一类企业30%、二类企业20%、三类企业10%: the third after the first two in the sentence, the same noun after each; session 51's
  // review, COUNT 3 类)
  if (num.value >= 3 && text.charCodeAt(num.start) !== 0x4e24 /* 两 */ && gradedNounBefore(text, num.start, end)) return true;
  // (一类地区2300元，二类地区2200元，三类地区2100元: wage zones in turn across a sentence; session 48's last review: COUNT 3)
  // (not 两类区域, 两类地区: kinds counted, 两 never ranks)
  if ((codeIs(text, end, 0x5730 /* 地 */) || (codeIs(text, end, 0x533a /* 区 */) && !codeIs(text, end + 1, 0x57df /* 域 */))) && text.charCodeAt(num.start) !== 0x4e24 /* 两 */ &&
    /[一二]类地?区/.test(sentenceBefore(text, num.start, 60))) return true;
  // (3类声环境功能区, 1类和2类区: a noise zone's full name, as 0类区; session 51's review, COUNT 3 类)
  // (not after a division into kinds: 划分为5类声环境功能区)
  if ((text.startsWith('声环境功能区', end) || (codeIs(text, end, C.HE) && /^和[0-4]类区/.test(text.slice(end, end + 4)))) && !endsWithAny(text, num.start, DIVIDED_INTO)) return true;
  // (区 alone, not 区域, 区县; not after a division into kinds: 划分为三类区)
  if (codeIs(text, end, 0x533a /* 区 */) && !'域县内外'.includes(text[end + 1] ?? '\0') && !endsWithAny(text, num.start, DIVIDED_INTO)) return true;
  // (一类水质断面12个，二类210个，三类141个; 二类的有1200个，三类980个: the grade's count going on; session 51's review, COUNT 3 类)
  // (only where a grade with its count stands in the clause before or after: 三类以上占90%，实施治理项目4类36个 counts kinds; the
  // hunt)
  if (!GRADE_SHARE_AFTER.includes(text[end] ?? '\0') && !(numeralClassAt(text, end) &&
    (GRADE_COUNT_BEFORE.test(text.slice(Math.max(0, num.start - 24), num.start)) || GRADE_COUNT_AFTER.test(text.slice(end, end + 24))))) return false;
  // the sentence before: graded water or land, in 类 (its own grades)
  let k = num.start - 1;
  while (k > 0 && num.start - k < 100 && text.charCodeAt(k) !== 0x3002 /* 。 */ && text.charCodeAt(k) !== 0x3b /* ; (；folded) */) k--;
  return GRADED_SENTENCE.test(text.slice(k, end)); // (the grade itself with water's words before it: 水质监测断面中，三类141个)
}
/** 二类 and the noun after the grade at `end` earlier in the sentence (二类企业…三类企业, 二类县…三类县). */
function gradedNounBefore(text: string, start: number, end: number): boolean {
  const s = sentenceBefore(text, start, 60);
  const k = s.lastIndexOf('二类');
  if (k < 0 || !s.includes('一类')) return false;
  // (一类25%，二类20%，三类15%: each grade's rate right after it; session 51's review, COUNT 3 and 4)
  if (numeralClassAt(text, end) && numeralClassAt(s, k + 2)) return true;
  const noun = text.slice(end, end + 1);
  return CLASS[text.charCodeAt(end) & 0xffff] === Cls.CJK && s.startsWith(noun, k + 2);
}
/** Whether the numeral (before 类 ending at `end`) is one of grades in turn joined by 、: the next one up follows, or the one below came before. */
function gradesInTurn(c: Ctx, end: number): boolean {
  const { text, num } = c;
  const m = c.next(), p = c.numAt(c.i - 1);
  if (codeIs(text, end, C.DUN) && m && m.start === end + 1 && m.value === num.value + 1 && codeIs(text, m.end, 0x7c7b /* 类 */)) return true;
  return codeIs(text, num.start - 1, C.DUN) && !!p && p.end === num.start - 2 && p.value === num.value - 1 && codeIs(text, p.end, 0x7c7b /* 类 */);
}
const GRADE_BOUNDS = ['及以上', '及以下', '以上', '以下', '或以上'];
/** After a bound past N类: words that end the clause's phrase or count kinds (的, 产品, 品种: 三类以上产品 may count kinds). */
const NOT_GRADED_AFTER_BOUND = ['的', '产品', '品种', '项目', '和', '、'];
/** Structures graded in 类 (公路桥梁技术状况, 隧道, 大坝, 水闸): 四类桥梁, 四、五类危桥, 三类坝. */
const GRADED_STRUCTURES = ['桥梁', '危桥', '隧道', '的桥梁', '的隧道',
  // (三类坝62座, 三类闸: a dam's or a sluice's safety grade; session 48's review: COUNT 3 类)
  '坝', '闸', '水闸', '病险',
  // (一类低保对象, 三类按40%发放: a grade of assistance and its rate; session 48's review: COUNT 3 类)
  '低保对象', '低保户', '低保家庭', '按',
  // (三类医疗器械: a device's class, as 第三类医疗器械; 332类资源量, 333类资源: a resource category's code; session 48's reviews)
  '医疗器械', '资源量', '资源', '储量',
  // (一类烟、三类烟, 三类卷烟: cigarettes' price classes; session 50's review, COUNT 3 类; not 3类烟草制品, 烟气, 烟尘, 烟花:
  // the hunt)
  '烟、', '烟,', '烟。', '烟;', '烟销', '烟为', '烟的', '烟占', '烟单箱', '烟基本', '烟比重', '卷烟',
  // (1类创新药21个, 2类疫苗, 三类动物疫病: registration classes and a legal grade of disease; session 50's reviews, COUNTs)
  '新药', '创新药', '改良型新药', '疫苗', '动物疫病', '疫病',
  '司法所']; // (一类司法所23个、二类…、三类司法所22个: session 50's review of justice, COUNT 3 类)
const DIVIDED_INTO = ['分为', '分成', '划分为', '划为', '划分成'];
/** A grade and its count closing the clause before (一类水质断面12个，, 二类的有1200个，), or opening the clause after (，四类20个). */
const GRADE_COUNT_BEFORE = /[一二三四五六七八九Ⅰ-Ⅴ0-9]类[^，。；,;]{0,8}?[0-9.零一二三四五六七八九十百千万]+[^，。；,;0-9]{0,6}[，,、]$/;
const GRADE_COUNT_AFTER = /^[0-9.零一二三四五六七八九十百千万]+[^，。；,;0-9]{0,6}[，,、]劣?[一二三四五六七八九Ⅰ-Ⅴ0-9]类[0-9.零一二三四五六七八九十百千万]/;
/** After a grade in 类, how a list of grades' shares goes on: 三类的占29%, 三类为10.1%, 三类占. */
const GRADE_SHARE_AFTER = '的为占';
const GRADED_SENTENCE = /(?:水质|海水|地表水|水体|断面|生态质量|生态环境状况)[^。；]*[一二三四五六七八九Ⅰ-Ⅴ0-9]类|[一二三四五六七八九Ⅰ-Ⅴ0-9]类(?:以上|及以上)?(?:水质|海水|水体)/;

/** After a range in 类 these make it grades (水质, 地区, 标准, 伤残): 一至三类水质. */
// (水 and 区 alone before punctuation, 占 or 津贴; not 水产品, 区域特色: a later review)
export const GRADED_AFTER = ['水质', '水体', '水标准', '水资源区', '水，', '水,', '水占', '水。', '区，', '区,', '区。', '区津贴', '区域划', '地区', '标准', '伤残', '城市', '行业', // (二至八类行业: work-injury insurance's risk classes, session 47)
  '海域', '海水', '土地', '环境质量', '环境空气', '环境功能', '功能区', '资源区', '口岸', '断面', '人员', '医疗器械']; // (二、三类医疗器械: session 48)

/** After N匹 these make it an air conditioner's power (2匹空调), no count of horses or bolts. */
const AIR_CONDITIONER = ['空调', '柜式', '挂式', '中央空调', '冷暖', '变频', '立式', '挂机', '柜机']; // (also before: 空调1.5P)

/** Units after a shortened upper year that make a range of years (D-97): 2019—21年, 2019—21年度, 2023—24学年度. */
const YEAR_RANGE_UNITS: ReadonlySet<string> = new Set(['年', '年度', '学年', '学年度', '财年', '财年度', '财政年度', '赛季']); // (2023—24财政年度, 2022-23赛季: session 50)

/**
 * 2019—21年, 1958年至60年, 一九五八年到六〇年, 2023—24学年度, 1999年至01年: a
 * year, a range mark, and the upper year's last two digits with its 年 (or a
 * year's label): one DATE range in the lower year's century, the next one
 * where the upper digits are below the lower year's (D-97; was a length of
 * 21 years, or the first year alone). `m` is the upper numeral, its unit of
 * `unitLength` characters at `mp`. Not before 代 (1990年到50年代). Apart from
 * the unit step's body, whose size TurboFan weighs when it compiles it.
 */
function shortYearRange(c: Ctx, m: NumberSpan, mp: number, unitLength: number): boolean {
  const { text, num, isCn } = c;
  if (!isYearValue(num, c.s) || m.end - m.start !== 2 || m.decimal || (isCn ? !digitsOnly(text, m.start, m.end) : m.intDigits !== 2) || codeIs(text, mp + unitLength, 0x4ee3 /* 代 */)) return false;
  const value = num.value, hi = expandShortYear(value, m.value);
  if (hi === 0) return false;
  // 2019—21年后的三年里: the lower year alone (afterShortYear)
  if (afterShortYear(text, mp + unitLength)) c.push('date.year', { start: num.start, end: num.end, type: 'DATE', value: String(value), unit: null, qualifier: 'exact' });
  else c.push('date.year-range', { start: num.start, end: mp + unitLength, type: 'DATE', value: `${value}/${hi}`, unit: null, qualifier: 'exact' });
  c.i++;
  return true;
}

/**
 * 洪武三年, 光绪二十六年, 乾隆四十五年: a year of a reign, another calendar as 民国二十六年 is (D-40: nothing; session 45's
 * review: lengths of 3, 26, 45 years). The reign names of the Ming and Qing and a few of the Tang and Song the reports
 * quote, as pairs of character codes.
 */
function eraBefore(text: string, start: number): boolean {
  const a = codeAt(text, start - 2), b = codeAt(text, start - 1);
  return a >= 0 && ERA_PAIRS.has(a * 65536 + b);
}
const ERA_PAIRS: ReadonlySet<number> = new Set(['洪武', '建文', '永乐', '洪熙', '宣德', '正统', '景泰', '天顺', '成化', '弘治', '正德', '嘉靖', '隆庆', '万历', '泰昌',
  '天启', '崇祯', '顺治', '康熙', '雍正', '乾隆', '嘉庆', '道光', '咸丰', '同治', '光绪', '宣统', '贞观', '开元', '天宝', '庆历', '熙宁', '元丰', '绍兴', '至元', '至正',
  '明治', '大正', '昭和', '平成', '令和',
  // (辽清宁二年, 唐大中十一年, 唐建中三年, 宋崇宁二年, 前秦建元二年: session 50's review of heritage, lengths)
  '清宁', '大中', '建中', '崇宁', '建元', '元和', '长庆', '会昌', '咸通', '乾符', '大观', '政和', '宣和', '靖康', '建炎', '淳熙', '嘉定',
  '端平', '景定', '咸淳', '天圣', '景祐', '皇祐', '嘉祐', '治平', '元祐', '绍圣', '元符', '武德', '显庆', '龙朔', '垂拱', '神龙', '景龙', '大历', '贞元',
  '太初', '元狩', '元封', '黄初', '太康', '太元', '义熙', '天监', '大业', '开皇', '至顺', '延祐', '皇庆', '永徽', '大定']
  .map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

/** 到两千年, 至二千年 (numeral at start, 年 ending at end): 到, 至, 于 or 比 right before it, no verb of reaching a length before that, and none of a length's words after; or 底, 初, 末 after it; or 在 before and 的基础上 after. */
function millenniumYear(text: string, start: number, end: number): boolean {
  const b = codeAt(text, start - 1), b2 = codeAt(text, start - 2);
  // (二千年底, 两千年初, 从两千年起; 于两千年完成, 比两千年增长 as 到 and 至: session 45's last review, lengths)
  const a = codeAt(text, end);
  if (a === 0x5e95 /* 底 */ || a === 0x521d /* 初 */ || a === 0x672b /* 末 */ || (b === 0x4ece /* 从 */ && a === 0x8d77 /* 起 */)) return true;
  // (自二千年以来, 自两千年开始, 从两千年开始: "since" the year, as 自12年以来 (D-113); session 51's review, a length of 2000 years)
  if ((b === 0x81ea /* 自 */ || b === 0x4ece /* 从 */) && (text.startsWith('以来', end) || text.startsWith('开始', end) || a === 0x8d77 /* 起 */)) return true;
  // (两千年第一季度, 二千年上半年: a part of the year after it; the second review)
  if (/^(?:第?[一二三四1-4]季度|[上下]半年|全年)/.test(text.slice(end, end + 4))) return true;
  // (在两千年的基础上翻一番: the year a plan's target is set against, as 比两千年; session 46, D-82 had left it)
  if (b === 0x5728 /* 在 */ && text.startsWith('的基础上', end)) return true;
  if (b !== C.DAO && b !== C.ZHI && b !== 0x4e8e /* 于 */ && b !== 0x6bd4 /* 比 */) return false;
  if (b2 === 0x8fbe /* 达 */ || b2 === 0x957f /* 长 */ || b2 === 0x7eed /* 续 */ || b2 === 0x4e45 /* 久 */ || b2 === 0x6eaf /* 溯 */) return false;
  // (到两千年的奋斗目标, 到两千年以前, 到两千年前后: the year still; the closing review; 两千年的历史, 两千年以上, 两千年前 lengths)
  if (a >= 0 && '之多余来间里历'.includes(String.fromCharCode(a))) return false;
  if (text.startsWith('以上', end) || text.startsWith('的历史', end) || (a === 0x524d /* 前 */ && !text.startsWith('前后', end))) return false;
  return true;
}

/** Verbs of holding or awarding before editions counted in 届 (共评选十一届), where no session's words follow (召开十一届全国人大). */
const EDITIONS_HELD_BEFORE = ['评选', '评选了', '评选过', '评选出', '评选表彰', '评出', '评出了', '颁发', '颁发了', '颁发过', '颁奖', '举行过', '举行了', '召开过', '召开了', '召开',
  '开展', '开展了', '组织', '组织了', '主办', '主办了', '共同主办', '举行', // (已连续开展45届, 先后主办三届…论坛: session 48's reviews, ORDINAL)
  '历经', '已历经', '历经了', '共有', '产生', '已产生', '产生了', '共产生', // (设立以来已历经十届, 共有9届: terms counted; session 49's review, ORDINAL)
  // (已评选表彰了八届, 已表彰15届, 已连续当选4届, 历任五届省人大代表, 当选过3届: editions held and terms served; session 50's
  // review of commendations, ORDINAL)
  '表彰', '表彰了', '评选表彰了', '推选表彰了', '当选', '当选过', '连续当选', '历任', '担任过', '任职', '兼职',
  '参加了', '参加过', '参加', '获得过', '出征', '出战']; // (参加了四届奥运会: session 50's review of sports, ORDINAL)
// (全国 only before a body that sits: 连续开展7届全国职工职业技能大赛 counts editions; session 50's review, ORDINAL)
const SESSION_AFTER_JIE = ['全会', '全国人', '全国政', '全国党', '全国代', '全国委', '中央', '人大', '党代会', '代表大会', '委员会', '常委会', '政协', '会议', '人民代表', '省委', '市委', '县委', '区委', '一次', '二次', '三次', '中全会'];
const MEASURE_LIMITS = ['限高', '限速', '限载', '限重', '限宽'];
const TIERS_COUNTED_BEFORE = ['分为', '分成', '划分为', '设置', '设', '共', '仅', '只有'];
/** Whether 半 and `unit` end at `at` (半斤 before 到一斤). */
function halfBefore(text: string, at: number, unit: string): boolean {
  const k = at - unit.length;
  return k > 0 && text.charCodeAt(k - 1) === 0x534a /* 半 */ && text.startsWith(unit, k);
}
/**
 * Whether 超过 before `start` passes a base 比 opened in its clause (比预算超过, 比一九五二年超过): the margin, exact (D-34);
 * not after a verb of change, whose amount 超过 bounds (比2005年下降超过51%, 比2012年增长超过一倍: session 49's judge).
 * Not the 比 of a
 * word (比重, 比例, 同比, 占比, 相比…), a base of at least one character between.
 */
// (比上年超出300万元: 超出 as 超过; session 50's judge, over)
export const marginPassed = (text: string, start: number): boolean => (codeIs(text, start - 1, 0x8fc7 /* 过 */) || codeIs(text, start - 1, 0x51fa /* 出 */)) && codeIs(text, start - 2, 0x8d85 /* 超 */) &&
  !endsWithAny(text, start - 2, YEARLY_CHANGE) && comparedBefore(text, start - 2);
function comparedBefore(text: string, at: number): boolean {
  for (let k = at - 2; k >= 0 && k >= at - 20; k--) {
    const ch = text.charCodeAt(k);
    // (a quoted name inside the base, 比“六五”计划规定的指标超过百分之十二: session 50's review, over)
    if ((CLASS[ch] === Cls.PUNCT && !QUOTE_MARKS.includes(text[k])) || CLASS[ch] === Cls.SPACE) return false;
    // (no verb of change between: 比上年多出超过300人, 比全省平均水平高出超过, 比常年偏多超过3成; session 49's hunt)
    if (ch === 0x6bd4 /* 比 */) return !NOT_COMPARING_BEFORE_BI.includes(text[k - 1] ?? '\0') && !NOT_COMPARING_AFTER_BI.includes(text[k + 1] ?? '\0') && !CHANGED_BETWEEN.test(text.slice(k + 1, at));
  }
  return false;
}
const NOT_COMPARING_BEFORE_BI = '同环占对相好无类评配攀之';
const QUOTE_MARKS = '“”‘’《》"';
const NOT_COMPARING_AFTER_BI = '重例率值较赛分对拼中'; // (比中率超过七成: a hit rate; session 49's judge)
const CHANGED_BETWEEN = /增|降|提高|减|升|多|高出|低出|偏|扩大|缩小|接待|完成/;
/** A price basis before an amount, its year before it or not (2010年不变价, 当年价, 现价). */
const PRICE_BASIS = /(?:[0-9]{4}年)?(?:不变价|可比价|现价|当年价)$/;
const AGE_NOT_BEFORE = ['不得早于', '不早于', '不应早于', '不能早于'];
const AGE_NOT_AFTER = ['不得晚于', '不晚于', '不应晚于', '不能晚于', '不得迟于', '不迟于'];
/** 最高 or 最低 right before `start`, no word of a limit in the few characters before it (限, 可, 不, 允许, 控制, 规定, 标准, 要求). */
function observedExtreme(text: string, start: number): boolean {
  // (最高为29.43米 alike)
  if (codeIs(text, start - 1, 0x4e3a /* 为 */)) start--;
  if (!(codeIs(text, start - 2, 0x6700 /* 最 */) && (codeIs(text, start - 1, 0x9ad8 /* 高 */) || codeIs(text, start - 1, 0x4f4e /* 低 */)))) return false;
  if (LIMIT_NEAR.test(text.slice(Math.max(0, start - 8), start - 2))) return false;
  // (a limit's word earlier in the sentence covers a pair, 年龄限最高40周岁，最低18周岁; session 48's hunt: the second exact)
  return !LIMIT_IN_SENTENCE.test(sentenceBefore(text, start - 2, 38));
}
const LIMIT_NEAR = /限|可|不|允许|控制|规定|标准|要求|应|须|得/;
/** Another N年 and its phase right after this one's (、两年见成效) or right before it (打基础、): a slogan of phases. */
function phaseBeside(text: string, start: number, end: number): boolean {
  const w = PHASE_SLOGANS.find((x) => text.startsWith(x, end));
  const after = end + (w ? w.length : 0);
  if ('、，,'.includes(text[after] ?? '\0') && /^[一二两三四五六七八九十]年/.test(text.slice(after + 1, after + 3))) return true;
  return '、，,'.includes(text[start - 1] ?? '\0') && PHASE_SLOGANS.some((x) => text.startsWith(x, start - 1 - x.length));
}
/** A phase's words after N年 in a slogan of phases. */
const PHASE_SLOGANS = ['打基础', '见成效', '起好步', '有突破', '上台阶', '大变样', '一小步', '一大步', '出成效', '见实效', '一个样', '大见效', '小变样', '中变样'];
/** After a year's 的: its figure, a bound before it (由98年的2862万元, 由80年的不足1亿元). */
const FIGURE_AFTER_DE = /^(?:不足|不到|近|约|仅)?[0-9零一二三四五六七八九十两]/;
/** After N年生: a plant's words (一年生牧草, 二年生苗木, 三年生以上大苗, 一年生和多年生). */
const PLANT_AGE_AFTER = /^(?:草|牧草|植物|苗|大苗|苗木|树|林木|作物|杂草|木本|以上|和多年生|、多年生|的[苗树草]|嫁接苗|实生苗|人参|参)/;
/** The classifiers that open the place names below (家店, 道河, 间房, 座店, 支渠): the regular expression asked only after one. */
const PLACE_CLASSIFIERS = charTable('家道间座支');
const VIEWS_BUILT_BEFORE = ['新建', '打造', '建成', '建设', '节点', '景点', '景观', '新增'];
/** Places and canals named by a numeral and a classifier, before a station's, a river's or a place's word (a canal before a list's word too). */
const PLACE_NAMED = /^[一二两三四五六七八九十]{1,2}(?:(?:家店|家子|道河子?|道岭|道沟|间房|座店|支渠|支沟)(?=站|水库|水文|水利|枢纽|闸|河段|镇|乡|村|街道|地区|灌区|全长|干流|流域|一带|控制|断面|公路|至)|支[渠沟](?=[和、，,]|共计))/;
/** After a对: the other sex and its number (一百对男性一百零七点五六). */
const SEXES_AFTER_DUI = /^(?:男性|女性|男|女)[0-9零〇一二三四五六七八九十百]/;
const LIMIT_IN_SENTENCE = /限|允许|控制在|规定|标准|要求|不超过|不得|不低于|应当|必须/;
/**
 * Whether N届 at [start, end) counts editions or terms rather than naming one session (D-32, D-39): 每年一届, 该院10届党组, 连续两届,
 * 连续举办8届; 任期不超过2届 (a bound before N届 limits the terms, counted; session 50's review). A list of sessions (十三届、十四届)
 * stays ranks (session 49's hunt). The verbs before are read at the number and, past a bound (连任不超过2届), at the bound; not past
 * 近 or 约 (近三届毕业生 are "the last three", D-72; the judge).
 */
function termsCounted(text: string, start: number, end: number, before: number): boolean {
  if (codeAt(text, end) === 0x3001 /* 、 */ && numeralClassAt(text, end + 1)) return false;
  if (before === C.NIAN || text.charCodeAt(start) === 0x4e24 /* 两 */ || text.startsWith('党组', end)) return true;
  const at = before !== C.JIN && before !== 0x7ea6 /* 约 */ ? start - (qualifierBefore(text, start)?.[1] ?? 0) : start;
  const verbBefore = (list: readonly string[]) => endsWithAny(text, start, list) || (at !== start && endsWithAny(text, at, list));
  if (verbBefore(EDITIONS_BEFORE)) return true;
  if (numeralClassAt(text, end) || startsWithAny(text, end, SESSION_AFTER_JIE)) return false;
  // (共评选十一届, 已评出三十六届, 已连续召开五届: editions held counted, where no session's words follow; session 48's review)
  return at !== start || (verbBefore(EDITIONS_HELD_BEFORE) && editionsCounted(text, start, end));
}
/**
 * Whether editions before `end` are counted rather than one convened: a congress's name after them (十二届市职工代表大会) only
 * with a word of counting before the verb (共召开过, 已连续召开, 累计召开) or 过 in it (session 48's judge: 今年召开十二届市职工代表大会
 * was COUNT).
 */
function editionsCounted(text: string, start: number, end: number): boolean {
  if (!CONGRESS_AHEAD.test(text.slice(end, end + 10))) return true;
  return /过$/.test(text.slice(start - 1, start)) || COUNTING_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
const CONGRESS_AHEAD = /^[^，。；,;]{0,6}?(?:代表大会|职代会|人大|全会|党代会|委员会|常委会|政协|会议)/;
const COUNTING_BEFORE = /(?:共|已|累计|连续|先后|迄今|至今|共计)[^，。；,;]{0,6}$/;
/** Units of a length, after which a list's closing 内 bounds every member (五年和七年内). */
const LENGTH_UNITS_IN = ['年', '个月', '天', '日', '周', '小时', '个小时', '分钟', '个工作日', '工作日'];
/** Whether the numeral opens ×(1-10%): after a multiplication sign, the next numeral a share closing the bracket, "one minus". */
function oneMinusShare(c: Ctx): boolean {
  // (after a multiplication sign only: (1-5%)的增幅 is a range)
  const t = codeAt(c.text, c.num.start - 2);
  if (t !== 0xd7 /* × */ && t !== 0x2a /* * */) return false;
  const m = c.next();
  return !!m && codeIs(c.text, m.end, 0x25 /* % */) && codeIs(c.text, m.end + 1, C.RPAREN);
}
/** Units whose character opens the names after a date's label in points (地震, 天津, 天水, 日喀则, 台州, 门头沟). */
const LABEL_NAME_START = ['地', '天', '日', '台', '门'];
/** M.DD with a month and a day (12.18, 4.14, 8.12): a date's label written with a point, before a name. */
function dateLabelInPoints(text: string, num: NumberSpan): boolean {
  const dot = text.indexOf('.', num.start);
  if (dot < 0 || dot >= num.end || num.end - dot !== 3) return false;
  const m = Number(text.slice(num.start, dot)), d = Number(text.slice(dot + 1, num.end));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && num.start > 0 && CLASS[text.charCodeAt(num.start - 1)] === Cls.CJK;
}
/** Stock indexes named by a number after them (沪深300, 中证1000, 上证50, 科创50, 创业板50), and their names' last characters. */
const INDEX_NAMES = ['沪深', '中证', '上证', '深证', '北证', '科创', '创业板', '国证', '恒生', '富时中国'];
const INDEX_NAME_END = charTable('深证创板恒国');
/** A division (师) of the Corps before a regiment's number, a place's name at most between (第一师阿拉尔市十二团). */
const DIVISION_BEFORE = /[0-9一二三四五六七八九十]师[^0-9一二三四五六七八九十，。、；,.;]{0,5}$/;
/** After 三孔, the sites' words (三孔景区, 三孔（孔庙、孔府、孔林）, 三孔于1994年列入). */
const SAN_KONG_AFTER = ['景区', '景点', '(孔庙', '于1994', '列入', '门票', '古建筑'];
/** Whether a clause opens after text[k]: the text's start, a sentence's end or a comma before (近三个月，: session 49). */
function clauseOpensAt(text: string, k: number): boolean {
  return k < 0 || SENTENCE_STOPS.includes(text[k]) || text[k] === ',' || text[k] === '，';
}
/** The text of the sentence before `start`, at most `max` characters back (from after the last 。 or ;). */
function sentenceBefore(text: string, start: number, max: number): string {
  let k = start;
  while (k > 0 && start - k < max && text.charCodeAt(k - 1) !== 0x3002 /* 。 */ && text.charCodeAt(k - 1) !== 0x3b /* ; */) k--;
  return text.slice(k, start);
}
/** An exchange's words before lines in 门 (交换机容量2000多万门, 程控电话3000万门). */
const EXCHANGE_BEFORE = /交换|电话|程控|容量|局用|长途/;
/** 每 and a period before 一期 (每月一期, 每两周一期, 每季度一期). */
const EVERY_PERIOD_BEFORE = /每[^，。；,;]{0,3}$/;
/** A speed's name a few characters before 节 (航速, 流速, 最大航速可达): knots. */
const SPEED_BEFORE = /速[^,.;:，。；：、]{0,6}$/;
/** …or right after it (1.5节航速, 12节的航速, 10节左右的速度). */
const SPEED_AFTER = /^(?:左右|以上)?(?:的?(?:航速|船速)|的?速度(?!滑))/; // (not 20节航行安全课, 40节速度滑冰训练课: lessons; the hunt)
/** After a day's 起, characters that make 起 a word (起草, 起诉, 起算, 起步): no "from". */
const DAY_QI_WORD = '草诉义点步来源因始算飞码跑';
/**
 * Verbs changing a length before 至, after the length it changes from (审查期限由20日延长至30日截止: the new length, D-103;
 * session 48's judge: dropped); 报名时间延长至10日截止 is the day.
 */
const LENGTH_CHANGED_BEFORE = ['延长', '缩短', '调整', '增加', '减少', '压缩', '延', '缩', '提高', '降低', '放宽', '变更'];
const LENGTH_CHANGED_FROM = /[由从][^，。；,;]{0,6}[0-9一二三四五六七八九十]+日[^，。；,;]*$/;
/** "Until" before a day (持续至20日, 直至25日): a day of the month, never a length (session 48's hunt); not 延长至, 缩短至. */
const UNTIL_DAY_BEFORE = ['持续至', '延续至', '直至', '一直到', '持续到', '延续到'];
/** 北纬, 东经 right before the degrees, or before a range's first end (北纬35度至): a coordinate. */
const COORDINATE_BEFORE = /(?:[北南]纬|[东西]经)(?:$|[0-9.]+度?(?:[0-9.]+分(?:[0-9.]+秒)?)?[至到~-]$)/;
/**
 * Whether arc minutes (and seconds) follow a coordinate's degrees ending at `at` (北纬24度10分30秒): each numeral before 分,
 * 秒 or ′ ″ is passed over (the caller drops them with the degrees).
 */
function arcMinutes(c: Ctx, at: number): boolean {
  let k = 0, e = at;
  for (let m = c.next(k + 1); m && m.start === e && '分秒′″\''.includes(c.text[m.end] ?? '\0'); m = c.next(k + 1)) {
    k++;
    e = m.end + 1;
    if (c.text.startsWith('秒钟', m.end)) return false;
  }
  if (k === 0) return false;
  c.i += k;
  return true;
}

/** 个体 as the word for the self-employed (12万个体工商户, 一千多万个体劳动者: session 45's review, 个 as a classifier); not 个 before 体育 (300个体育场). */
export const SELF_EMPLOYED = ['个体工商', '个体户', '个体劳动', '个体经济', '个体经营', '个体商业', '个体商户', '个体商贩', '个体运输', '个体企业', '个体私营', '个体从业', '个体诊所',
  '个体医', '个体工匠', '个体养殖', '个体手工', '个体加油', '个体司机', '个体业主', '个体农', '个体渔', '个体网约'];

/** Units after a year that label it (D-10, D-59): 2024学年, 2024—2025赛季, 2025届. */
const YEAR_LABELS: ReadonlySet<string> = new Set(['学年', '学年度', '赛季', '财年', '财年度', '财政年度', '届']);

/** 2024学年, 2023—2024学年度, 2025届毕业生: a year's label pushed as its DATE; false where the number is no year. */
// (2022届至2024届: graduating classes of several years, a range of years; session 51's review, ORDINAL 2022–2024)
function yearLabel(c: Ctx, end: number, value: number, valueMax: number | undefined, unit: string): boolean {
  if (!isYearValue(c.num, c.s) || (valueMax !== undefined && valueMax !== value + 1 && !(unit === '届' && valueMax > value && valueMax - value <= 30))) return false;
  c.push('date.year', { start: c.num.start, end, type: 'DATE', value: valueMax === undefined ? String(value) : `${value}/${valueMax}`, unit: null, qualifier: 'exact' });
  return true;
}

/** 最后一年, 头一年, 前一年受理的 (the 一 before 前, 后 or 头 checked by the caller): the last, first or previous year, no length. */
function namedYear(c: Ctx): boolean {
  const { text, num, before } = c;
  if (before === 0x5934 /* 头 */) return true;
  if (before === 0x540e /* 后 */) return c.before2 === 0x6700 /* 最 */;
  return !PRE_YEAR_WORDS.includes(text[num.start - 2]);
}

/**
 * 一年零二十天, 三个月零十天 after a length in `unit` (年 or 个月) ending at
 * `end`: days follow, which no one value in either unit holds; the numerals
 * taken are skipped. (一年365天无休: the days of a year, two mentions.)
 */
function lengthWithDays(c: Ctx, unit: string, end: number): boolean {
  const { text, num } = c;
  if (isYearValue(num, c.s)) return false;
  let m = c.next();
  let skip = 1;
  const you = joinerAt(text, end);
  if (m && m.start === end && isZeroBetween(text, m, c.next(2))) { m = c.next(2); skip = 2; }
  if (!m || m.start !== end + skip - 1 + you) return false;
  const zero = skip === 2 || you === 1 || text.charCodeAt(m.start) === C.LING;
  const dayAt = codeAt(text, m.end);
  // (拘役二个月十五日: 日 without 零 too, where no day of a date can follow: session 41's review, the months alone)
  if (m.value < (unit === '年' ? 365 : 31) && (dayAt === 0x5929 /* 天 */ || (dayAt === C.RI && (zero || (unit === '个月' && daysOfLength(text, m)))))) { c.i += skip; return true; }
  return false;
}

/**
 * N天, or N日 in the script of a length (十五日, 15日) not opening a date's event (15日起, 15日前, 15日召开): days of a length
 * (二个月十五日后, 二个月十五日以上, 二个月十五日起诉: the second review, the months alone).
 */
function daysOfLength(text: string, d: NumberSpan): boolean {
  const at = codeAt(text, d.end);
  if (!Number.isInteger(d.value) || d.value >= 31) return false;
  if (at === 0x5929 /* 天 */) return true;
  return at === C.RI && (!startsWithAny(text, d.end + 1, DAY_OF_DATE_AFTER) || text.startsWith('起诉', d.end + 1) || text.startsWith('前后', d.end + 1));
}
const DAY_OF_DATE_AFTER = ['起', '前', '以前', '开', '至', '到', '召', '举', '上午', '下午', '晚', '凌晨', '、', '和'];

/**
 * -1 where the unit reads as no mention here, 1 where 个 before 点 is spoken
 * points (提高3.5个点: a count of 3.5 cannot be; 设立5个点 counts sites), 0
 * where nothing changes. 下降25个基点: basis points change a rate (建设3个基点
 * builds bases: nothing); 三轮车: a tricycle, no rounds (三轮车辆排查 are rounds).
 */
function spokenUnit(c: Ctx, unit: string, end: number, value: number): number {
  const { text, num } = c;
  // (a change or a rate's name earlier in the clause too: 分别回落约1和2个点, 涨幅为3个点左右; session 40's review: COUNT 个)
  if (unit === '个') return !POINT_WORDS.includes(text[end + 1]) && (!Number.isInteger(value) || endsWithAny(text, num.start, POINT_CHANGE_BEFORE) ||
    pointChangeBefore(text, c.nums[listStart(text, c.nums, c.i)].start) || pointsJustBefore(c, SPOKEN_UNITS)) ? 1 : 0;
  // (三轮汽车, 四轮电动车, 两轮驱动: vehicles' and a figure's names as 三轮车 is; a review)
  if (unit === '轮') return (codeAt(text, end) === 0x8f66 /* 车 */ && codeAt(text, end + 1) !== 0x8f86 /* 辆 */) || startsWithAny(text, end, WHEELED) ? -1 : 0;
  // (下调了15个基点, 下调约15个基点, 累计下调超过50个基点, 分别下调10和15个基点: words of manner between, or the list's
  // start; session 41's review: none, or the closer lost)
  return endsWithAny(text, num.start, POINT_CHANGE_BEFORE) || endsWithAny(text, num.start, BASIS_BEFORE) || basisChangeBefore(text, c.nums[listStart(text, c.nums, c.i)].start) ||
    pointsJustBefore(c, BASIS_UNITS) ? 0 : -1;
}

/** A change of a rate (下调, 降低…) before `at` with only words of manner between (了, 约, 超过, 分别…). */
function basisChangeBefore(text: string, at: number): boolean {
  for (let k = at - 1; k > 0 && at - k <= 8; k--) {
    if (!BASIS_MANNER.test(text.slice(k, at))) continue;
    if (endsWithAny(text, k, POINT_CHANGE_BEFORE) || endsWithAny(text, k, BASIS_BEFORE)) return true;
  }
  return pointChangeBefore(text, at);
}
const BASIS_MANNER = /^(?:了|分别|约|近|大约|超过|逾|累计|共|同比|均|各)+$/;

/** 回落1个点和2个点, 下调10个基点和15个基点: the mention just before, in the clause and points, makes these points too. */
function pointsJustBefore(c: Ctx, units: readonly string[]): boolean {
  const m = c.lastMention();
  if (!m || !units.includes(m.unit ?? '') || c.num.start - m.end > 2) return false;
  // (each character of the gap: 1个点，和2个点 ends the clause; 1个点2个点, touching, is one list)
  for (let k = m.end; k < c.num.start; k++) if (CLAUSE_STOPS.includes(c.text[k])) return false;
  return true;
}
const CLAUSE_STOPS = '，。；,.;:!?';
const SPOKEN_UNITS = ['个点'];
const BASIS_UNITS = ['个基点', '基点', '个BP', '个bp', '个bps', '个BPs', 'BP', 'bp', 'bps', 'BPs'];

/** 举办三期学习班, 培训班十二期, 开展了三期培训, 出版十二期: sessions held or issues published, a count (D-32). */
function courseHeld(text: string, start: number): boolean {
  // (参加二期学习班: the second session attended, a rank)
  return endsWithAny(text, start, COUNTED_PHASES_BEFORE) || codeAt(text, start - 1) === 0x73ed /* 班 */;
}

/** After 一年年, 一天天: a word's first character that makes no "year by year" (一年年产值, 一年年发电量, 一天天然气, 一天天黑); else it is (一年年攀升, 一天天临近). */
const YEARLY_CHANGE = ['攀升', '增长', '下降', '递增', '递减', '上升', '提高', '降低', '减少', '增加', '推进', '扩大',
  // (一年年上涨至120亿元, 一年年增至, 缩小至2.35倍, 一天天增多到: session 40's review)
  '提升', '上涨', '增至', '升至', '减至', '降至', '缩小', '缩短', '增多', '增大', '减小', '下滑', '回落', '走高', '从', '由',
  '降到', '减到', '跃升', '收窄', '改善'];
const REDUPLICATED_NOT: Record<string, string> = { 年: '产销营纳均度龄代级底初末内薪检利税', 天: '然气安黑亮时数津河' };
/**
 * Whether 一年年, 一天天 at `start` (the numeral) keeps its length, the second 年 opening an annual figure: after a verb
 * of completion (投产一年年发电量…, 大棚建成一年年平均亩产提高20%, 项目投运一年年增加农民收入3000万元: a year since; session
 * 40's review), or with digits (or a Chinese numeral other than 一) later in the clause, within 16 characters
 * (一年年处理污水120万吨) unless a change opens right after (一年年攀升至1300亿斤, 一年年稳步增长到3.9万元, 一年年从500亿斤
 * 增加到…, 税收一年年递增三成: the amount changes year by year). `from` is where the second 年 ends.
 */
function amountInClause(text: string, start: number, from: number): boolean {
  // (years only: 距离投产一天天逼近 is day by day)
  if (text[from - 1] === '年' && endsWithAny(text, start, COMPLETED_BEFORE)) return true;
  // a change right after, or after two characters of manner (稳步, 平稳, 逐渐, 较快, 逐年…; session 40's review)
  const han = (k: number) => CLASS[text.charCodeAt(k)] === Cls.CJK;
  if (changeAt(text, from) || (han(from) && han(from + 1) && changeAt(text, from + 2))) return false;
  // (and up to six characters of manner ending in 地 or 度: 稳定地增长到, 大幅度减少到, 较大幅度地, 以较大幅度)
  for (let j = 3; j <= 6 && han(from + j - 1); j++) if ('地度'.includes(text[from + j - 1]) && changeAt(text, from + j)) return false;
  for (let k = from; k < from + 16 && k < text.length; k++) {
    const cls = CLASS[text.charCodeAt(k)];
    if (cls === Cls.PUNCT) return false;
    if (cls === Cls.DIGIT || (cls === Cls.CNUM && text[k] !== '一')) return true;
  }
  return false;
}
const changeAt = (text: string, k: number) => startsWithAny(text, k, YEARLY_CHANGE) && !text.startsWith('增加值', k);
/** Verbs of a thing completed or started, before 一年年: a year since (投产一年, 建成一年). */
const COMPLETED_BEFORE = ['投产', '投运', '建成', '实施', '开业', '通车', '竣工', '上线', '投用', '投入使用', '交付使用', '投入运行', '正式运行'];
// (not 使用, 运行, 运营, 落地, 开通, 启动, 成立 alone, as often the subject: 化肥使用一年年减少, 经济运行一年年向好; session 40's review)

/**
 * 依据《民法典》1079条, 根据新修订的《安全生产法》94条, 《刑法》133条之一, 《民法典》1079条规定: an article cited by its
 * label after the title of a law or a regulation (D-2; session 39's reviews), where a verb of citing opens it (up to six
 * characters before the title) or the label goes on (规定, 之一); 新修订的《安全生产法》119条, 修改《食品安全法》15条 may
 * count articles and keep their count, and so do the articles of other titles (对照《整改方案》28条措施). `end` is where
 * 条 ends.
 */
/** A law's name of LAW_BEFORE right before a 条 with no 第 (刑法二百三十四条: a label, D-2), not after a verb amending it (修订议事规则二十条 counts; session 49's hunt). */
function lawLabel(text: string, start: number, after: number): boolean {
  // (the last character first: every name ends in one of a few, 法, 典, 则, 例)
  if (LAW_LAST[codeAt(text, start - 1) & 0xffff] !== 1) return false;
  const w = LAW_BEFORE.find((x) => text.startsWith(x, start - x.length));
  // (涉及本法15条, 对本法12条作了修改, 新环保法70条, 该法15条以上: articles counted; session 51's hunt)
  return w !== undefined && !endsWithAny(text, start - w.length, AMENDING_VERBS) && !endsWithAny(text, start - w.length, ARTICLES_COUNTED_BEFORE) &&
    !startsWithAny(text, after, ARTICLES_BOUND_AFTER);
}
const ARTICLES_COUNTED_BEFORE = ['涉及', '对', '新', '修订后的', '修改后的', '旧', '原'];
const ARTICLES_BOUND_AFTER = ['以上', '以下', '余', '多', '，比'];
function citedTitle(text: string, start: number, end: number): boolean {
  // (《安全生产法》(2021年修订)94条: the edition's note between; session 40's review)
  const opener = EDITION_OPENERS[text[start - 1]];
  const edition = opener ? text.lastIndexOf(opener, start - 1) : -1;
  if (edition > 0 && EDITION_NOTE.test(text.slice(edition, start))) start = edition;
  if (text[start - 1] !== '》') return false;
  const k = text.lastIndexOf('《', start - 2);
  // (《刑法修正案(十一)》: the bracket's tail; 《整改方案(试行)》 names no law: a later review)
  const close = text[start - 2] === ')' ? text.lastIndexOf('(', start - 2) : start - 1;
  if (k < 0 || start - k > 30 || close <= k || !endsWithAny(text, close, LAW_TITLE_END)) return false;
  if (startsWithAny(text, end, LABEL_AFTER)) return true;
  // 依据2021年修订《安全生产法》94条, 依据新修订的《…》: the amended title named, the citing verb right before the words
  // that date or qualify the amendment; 根据工作安排修订《…》15条, 今年修订了《…》: the articles amended, counted (later reviews)
  const amended = amendedTitleStart(text, text[k - 1] === '的' ? k - 1 : k);
  if (amended === -2) return false;
  if (amended >= 0) return endsWithAny(text, amended, CITING_VERBS) || '按依据'.includes(text[amended - 1]);
  // (up to ten: 违反国务院《…条例》; a later review)
  for (let d = 0; d <= 10 && k - d > 0; d++) {
    if (CLASS[text.charCodeAt(k - d - 1)] === Cls.PUNCT) break;
    if (endsWithAny(text, k - d, CITING_VERBS) || (d === 0 && '按依据'.includes(text[k - 1]))) return true;
  }
  return false;
}
const CITING_VERBS = ['依据', '依照', '根据', '按照', '违反', '适用', '援引', '对照', '遵照', '参照', '比照', '引用', '触犯', '违背', '执行'];
/** The ends of a law's or a regulation's title (法, 法典, 条例, 规定, 解释, 办法, 细则, 规则, 决定, 修正案…). */
const LAW_TITLE_END = ['法', '法典', '条例', '规定', '解释', '办法', '细则', '规则', '决定', '修正案'];
const AMENDING_VERBS = ['修订', '修改', '修正', '修订完善', '删除', '废止', '新增', '增加', '修订了', '修改了', '修正了', '删除了', '废止了', '新增了', '增加了'];
/** The opening bracket of an edition's note, by its closing one. */
const EDITION_OPENERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '】': '【', '〕': '〔' };
/** An edition's note after a title: (2021年修订), (2018年第三次修正). */
const EDITION_NOTE = /^[(\[【〔](?=[^)\]】〕]*(?:修订|修正|修改|版))(?:[0-9〇零一二三四五六七八九]{4}年?(?:[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)?)?(?:第[一二三四五六七八九十]{1,2}次)?(?:修订|修正|修改)?[版本]?[)\]】〕]$/;
/** Words before an amending verb that make it a title's adjective: 新修订, 新近修订, 最近修订, 已修订, 刚修订, 经…修订. */
const AMENDED_BY = ['最近一次', '新近', '最近', '已经', '最新', '近期', '近日', '日前', '此前', '刚刚', '新', '已', '刚'];
/** Verbs of an earlier edition listed before the amending one (2002年制定、2021年修订的《…》). */
const EDITION_VERBS = ['制定', '通过', '颁布', '公布', '施行', '修订', '修正', '修改'];

/**
 * Where the words naming an amended title begin, for the amending verb ending at `at` (2021年6月修订, 新修订, 2018年第三次修正,
 * 经2021年修订, 2002年制定、2021年修订): -1 where no amending verb ends there, -2 where the verb amends (修订了, 今年修订,
 * 根据工作安排修订: the articles are counted). A written date, an adverb of recency (AMENDED_BY) or an edition's ordinal
 * makes an adjective; 今年, 当年 do not (session 40's review).
 */
function amendedTitleStart(text: string, at: number): number {
  const v = AMENDING_VERBS.find((w) => text.startsWith(w, at - w.length));
  if (!v) return -1;
  if (v.endsWith('了')) return -2;
  let p = at - v.length;
  // (第二次修正的《公司法》: an edition's ordinal, with a date or alone; a later review)
  const ordinal = /第[一二三四五六七八九十]{1,2}次$/.test(text.slice(Math.max(0, p - 4), p));
  if (ordinal) p = text.lastIndexOf('第', p - 1);
  // (two at most: 近期新修订, 日前新修订)
  let by = AMENDED_BY.find((w) => text.startsWith(w, p - w.length));
  if (by) { p -= by.length; const by2 = AMENDED_BY.find((w) => text.startsWith(w, p - w.length)); if (by2) { p -= by2.length; by = by2; } }
  // (今年新修订的: 今年 before the adverb, a time as a date would be)
  if (by && endsWithAny(text, p, ['今年', '去年', '当年', '上年'])) p -= 2;
  // (2021年新修订的: a date before the adverb too)
  const dated = datedBefore(text, p);
  if (dated === p && !by && !ordinal) return -2;
  p = dated;
  // (2002年制定、2021年修订的, 2002年通过、2014年修正、2021年修订的: earlier editions listed before)
  while (text[p - 1] === '、') {
    const e = EDITION_VERBS.find((w) => text.startsWith(w, p - 1 - w.length));
    const d = e ? datedBefore(text, p - 1 - e.length) : p;
    if (!e || d === p - 1 - e.length) break;
    p = d;
  }
  if (text[p - 1] === '经' || text[p - 1] === '于') p--;
  return p;
}

/** Where a written date (2021年, 2021年6月, 2021年6月10日, 二〇二一年) ends at `p` begins, or `p` where none does. */
function datedBefore(text: string, p: number): number {
  let q = p;
  while ('年月日'.includes(text[q - 1] ?? '\0') && isNumeralChar(text.charCodeAt(q - 2))) {
    q--;
    while (q > 0 && isNumeralChar(text.charCodeAt(q - 1))) q--;
  }
  // a year written, not 今年, 当年 (a month or a day alone is a date too: 6月修订)
  return q;
}

/** After N条 of a law: the label goes on (…1079条规定, 133条之一). */
const LABEL_AFTER = ['规定', '之一', '之二', '之三', '的规定', '之规定', '明确', '第'];

/**
 * 三次分配 a count of three distributions, not the term ("the third distribution"): after 分, 共, 再, a month or 分批
 * (分三次分配到位, 3月、6月和9月三次分配。), or
 * before what a count hands out (下达, 到位, 拨付, 资金…), or, where no word of the term follows (作用, 机制, 规模, 的…, or
 * punctuation), after a word that counts (已, 先, 先后, 最后, 前后, 此后, 累计, 连续, 陆续, a month, a year, a day, 分批;
 * later reviews; 统计三次分配数据, 近年三次分配规模 are the term). `start` is the numeral's, `end` where 次 ends.
 */
function countedDistribution(text: string, start: number, end: number): boolean {
  const b = text[start - 1] ?? '\0', b2 = text[start - 2] ?? '\0';
  // (资金已三次分配。, 累计三次分配。: a word that counts before it, whatever follows; a later review)
  // (not 率先三次分配制度改革: 先 of 率先, 首先, 优先…; session 40's review)
  if ('分共再月批已'.includes(b) || (b === '先' && !'率首优领事预原早争抢'.includes(b2)) || (b === '计' && '累共合总'.includes(b2)) || (b === '后' && '先最前此'.includes(b2)) || (b === '续' && '连陆'.includes(b2))) return true;
  if (startsWithAny(text, end + 2, DISTRIBUTED_AFTER)) return true;
  // 专项资金三次分配给各县, 将资金三次分配给市县: funds handed out three times (not 三次分配给公益慈善事业带来新机遇; session
  // 40's review)
  // (not 把握三次分配给…带来的机遇, 将来, 即将, 给予: a later review of session 40)
  if (text[end + 2] === '给' && text[end + 3] !== '予' && endsWithAny(text, start, FUNDS)) return true;
  if (end + 2 >= text.length || CLASS[text.charCodeAt(end + 2)] === Cls.PUNCT || startsWithAny(text, end + 2, DISTRIBUTION_TERM_AFTER)) return false;
  return b === '年' || b === '日';
}
// (not 资金, 给: 用好三次分配资金, 三次分配给公益慈善事业带来新机遇 are the term; a later review)
const DISTRIBUTED_AFTER = ['下达', '到位', '拨付', '下拨', '到县', '到乡', '到村', '到市'];
const DISTRIBUTION_TERM_AFTER = ['作用', '机制', '规模', '的', '制度', '格局', '体系', '政策', '领域', '理论', '方面'];
/** Funds that are handed out (专项资金三次分配给各县). */
const FUNDS = ['资金', '款', '经费', '款项', '元', '物资', '额度', '指标'];

/** A course's name (…培训班, 学习班, 研修班, 进修班, 讲习班) ending within its clause, 20 characters at most (举办三期项目管理培训班). */
function courseAhead(text: string, end: number): boolean {
  for (let k = end + 1; k < end + 20 && k < text.length; k++) {
    if (CLASS[text.charCodeAt(k)] === Cls.PUNCT || text.startsWith('参加', k) || text.startsWith('参训', k)) return false;
    // (培训班, 学习班, 研修班, 进修班, 研讨班, 提升班; not 维修班组, 检修班: teams; later reviews)
    // (训练班, 读书班, 辅导班, 专题班, 高研班, 示范班; not 提升班子; 培训班组织学员 is a course: later reviews)
    if (text.charCodeAt(k) === 0x73ed /* 班 */ && text[k + 1] !== '子' && !(text[k + 1] === '组' && !'织建团成'.includes(text[k + 2] ?? '\0')) &&
      ('训习讨升练书导题研范'.includes(text[k - 1]) || (text[k - 1] === '修' && '研进'.includes(text[k - 2])))) return true;
  }
  return false;
}

/** Before 前一年: words whose 前 makes an offset or "now" (提前一年, 超前, 之前, 以前, 目前一年来, 此前一年): a length stays. */
const PRE_YEAR_WORDS = '提超之以目此';

/**
 * Before 后 these end a ranking's scope or measure (较差的后20位, 排后5位, 成绩后10名, 得分后5名, 空气质量后20位, 重点城市后20名,
 * 全国后10位, 前10位和后10位, 倒数后3名, 测评后3位); any other word makes 后 a time (会议结束后5名委员, 手术后3名患者: the
 * third hunt).
 */
const RANKING_BEFORE_HOU = '的排绩分名市国省区县度量和数列居评';

/** The units unitInName looks after: 项, 次, 人, 日. */
const NAMED_UNIT = charTable('项次人日所部处');
/**
 * Whether the numeral and its one-character unit at `p` are part of a name or code (session 47's reviews): 税目8471.3000项下,
 * 品目8703项下 a tariff line's code (spec §5; 共调整8703项 counts); 开往郑州的324次旅客列车 a train's number (开行旅客列车324次
 * counts); 二人户, 五人及以上户 a class of households by size, as 一人户 and 一代户; 五日生化需氧量 (BOD5) a pollutant's name
 * (15分钟便民生活圈, 12分钟急救圈 stay lengths, the time the services lie within: the reports' gold, 09's 12分钟急救圈).
 */
function unitInName(c: Ctx, unit: string, p: number, value: number): boolean {
  const { text, num } = c;
  // (not 项 before 下调, 下降, 下浮, 下达: 1200项下调进口关税 counts)
  if (unit === '项') return !c.isCn && codeIs(text, p + 1, 0x4e0b /* 下 */) && !'调降浮达'.includes(text[p + 2] ?? '\0') && (num.decimal || num.intDigits >= 4);
  if (unit === '次') return !c.isCn && (c.before === 0x7684 /* 的 */ || c.before === 0x4e0e /* 与 */ || c.before === C.HE) &&
    (text.startsWith('列车', p + 1) || text.startsWith('旅客列车', p + 1) || text.startsWith('特快', p + 1));
  if (unit === '人') return value <= 10 && (codeIs(text, p + 1, 0x6237 /* 户 */) || codeIs(text, p + 1, 0x53ca /* 及 */) || codeIs(text, p + 1, 0x4ee5 /* 以 */)) &&
    HOUSEHOLD_CLASS.test(text.slice(p + 1, p + 6));
  // (中国电科38所, 中国船舶702所, 电科十四所: research institutes named by number; session 50's review, COUNT 所)
  if (unit === '所') return value >= 10 && endsWithAny(text, num.start, INSTITUTE_GROUPS);
  // (《中国药典》2020年版四部通则, 药典三部: the volume referred to; session 50's review, COUNT 4 部; 分为四部 counts)
  if (unit === '部') return c.isCn && (c.before === 0x7248 /* 版 */ || endsWithAny(text, num.start, PHARMACOPOEIA));
  // (干部一处、组织二处: an organization department's divisions by number; session 50's review, COUNT 1 处)
  if (unit === '处') return c.isCn && endsWithAny(text, num.start, DIVISION_NAMES);
  return unit === '日' && text.startsWith('生化需氧量', p + 1);
}
const BRAND_LAST = charTable(BRANDS_BEFORE.map((w) => w[w.length - 1]).join(''));
const PHARMACOPOEIA = ['药典', '药典》'];
/** After N多 or N余: nouns whose first character is also a unit's (年轻人, 年检, 日间, 台湾, 户外, 家长, 届满). */
// (not 100多户外出, 200多家长期合作, 30多年检察工作, 10多天使用, 30多年报道: the judge)
const NOUNS_AFTER_MORE = ['年轻人', '年轻干部', '年轻党员', '年轻教师', '年检不合格', '年检合格', '日间照料', '日本', '周边', '天使妈妈', '台湾', '台胞',
  '户外运动', '户外活动', '家长代表', '家政', '届满',
  '国有', '国家', '国际', '国内', '村庄', '乡村', '县级', '省级', '市级', '市场', '镇村', '村级']; // (1700多国有农场, 3000多村庄, 300多省级以上开发区: session 51's review)
/** Things counted in 方: seals, inkstones, epitaphs, carved stones. */
const FANG_OBJECTS = ['画像石', '印章', '砚台', '墓志', '碑刻', '石刻', '碑', '印', '砚', '石碑', '墓志铭', '玺印'];
const LAW_LAST = charTable(LAW_BEFORE.map((w) => w[w.length - 1]).join(''));
/** Verbs of places climbed or lost (上升8位, D-?): before N位列第M the N counts. */
const CLIMBED_BEFORE = ['上升', '提升', '前移', '前进', '跃升', '攀升', '上升了', '提升了', '前移了', '前进了', '下降', '下滑', '后退', '后移', '下降了', '提高', '上移'];
/** Offices whose divisions go by number (干部一处). */
const DIVISION_NAMES = ['干部', '组织', '公务员', '人事', '人才', '宣传', '综合', '政策法规', '调研', '监察', '纪检', '审查', '信访', '办公厅', '研究'];
/** After 距今 (or 距今约): this numeral, a range mark (its 年 before it or not) and a smaller one before 年; consumed. */
function agoDescending(c: Ctx): boolean {
  const { text, num } = c;
  if (!(text.startsWith('距今', num.start - 2) || text.startsWith('距今约', num.start - 3))) return false;
  const y = codeIs(text, num.end, C.NIAN) ? 1 : 0;
  const m = c.next();
  if (!m || !isRangeChar(codeAt(text, num.end + y)) || m.start !== num.end + y + 1 || !(m.value < num.value) || !codeIs(text, m.end, C.NIAN)) return false;
  c.i++;
  return true;
}
/** Groups whose research institutes go by number (电科38所). */
const INSTITUTE_GROUPS = ['电科', '船舶', '中船', '中电', '航天', '航天科技', '航天科工', '兵器', '核工业', '中核', '重工', '航空工业',
  '一院', '二院', '三院', '四院', '五院', '六院', '八院', '九院']; // (航天五院508所, 二院23所: the hunt)

/** Measures after 个亿, 个万 that make a class by size (亿吨大港, 万吨级泊位), no spoken scale. */
const SIZED_MEASURES = ['吨', '千瓦', '标箱', '立方米', '平方米', '亩'];

/** 不等 right after the upper end's unit (from `at`, its numeral's end): a range of varying amounts (30元至50元不等). */
function varyingAfter(text: string, at: number): boolean {
  const u = unitAt(text, at);
  return !!u && text.startsWith('不等', at + u[1]);
}

/**
 * One to three digits right after 秒 at `at` (the k-th numeral on), no point or unit after them (but 分列, 分别): the
 * fraction of a second they write, in hundredths (10秒6 → 60, 9秒83 → 83, 39秒584 → 58.4); else -1.
 */
function raceHundredths(c: Ctx, at: number, k: number): number {
  const m = c.next(k);
  const len = m ? m.end - m.start : 0;
  if (!m || m.start !== at || len < 1 || len > 3 || m.form !== NumForm.ARABIC || m.decimal || !Number.isInteger(m.value)) return -1;
  const after = codeAt(c.text, m.end);
  if (isDigit(after) || after === C.DOT || (unitAt(c.text, m.end) && !(after === C.FEN2 && '列别'.includes(c.text[m.end + 1] ?? '\0')))) return -1;
  return m.value * 100 / 10 ** len;
}

/** The smaller units of a fixed ratio after a length's unit, longest first, with the ratio (小时 → 分钟 60). */
const TO_MINUTES = [['分钟', 60], ['分', 60]] as const, TO_SECONDS = [['秒钟', 60], ['秒', 60]] as const;
const FIXED_SMALLER: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  天: [['个小时', 24], ['小时', 24]], 小时: TO_MINUTES, 个小时: TO_MINUTES, 分钟: TO_SECONDS, 分: TO_SECONDS,
};
/**
 * 2小时30分, 2小时30分钟, 3天12小时, 两个小时三十分钟: the smaller unit right after the length (零 between allowed), its
 * number below the ratio: one DURATION in the smaller unit, value × ratio + the smaller number (D-107; session 41's
 * review: the hours alone, 30分 dropped, or two pieces). Not a time of day (10时30分 has no 小时).
 */
function fixedCompound(c: Ctx, unit: string, value: number, end: number, valueMax: number | undefined): boolean {
  const { text, num } = c;
  if (!Number.isInteger(value) || (valueMax !== undefined && !Number.isInteger(valueMax))) return false;
  // (3天12小时40分钟, 4小时59分59秒: each smaller unit in turn; a left item of the reviews, the last one apart)
  let total = valueMax ?? value, low = value, cur = unit, at = end, used = 0;
  for (;;) {
    let m = c.next(used + 1), skip = 1;
    if (m && m.start === at && isZeroBetween(text, m, c.next(used + 2))) { m = c.next(used + 2); skip = 2; }
    if (!m || m.start !== at + skip - 1 || (m.form === NumForm.CHINESE) !== c.isCn || !Number.isInteger(m.value)) break;
    const next = (FIXED_SMALLER[cur] ?? []).find(([small, ratio]) => text.startsWith(small, m!.end) && m!.value < ratio);
    if (!next) break;
    const to = m.end + next[0].length;
    // (5天8小时工作制: days of a week and hours of a day, no one length; the second review; not 2小时30分制作: the third)
    if (cur === '天' && (text.startsWith('工作制', to) || (text.startsWith('制', to) && !'作定订止造成约衡'.includes(text[to + 1] ?? '\0')) || text.startsWith('轮班制', to))) return false;
    total = total * next[1] + m.value;
    low *= next[1];
    cur = next[0];
    at = to;
    used += skip;
  }
  if (used === 0) return false;
  // (1分44秒65: a race time's hundredths after its seconds, session 47's review: 104 秒)
  const hh = cur === '秒' && valueMax === undefined ? raceHundredths(c, at, used + 1) : -1;
  if (hh >= 0) { total = Math.round(total * 1000 + hh * 10) / 1000; at = c.next(used + 1)!.end; used++; }
  // (2小时30分钟内, 之内: within it, as 24小时内; the second review: exact)
  const within = text.startsWith('内', at) || text.startsWith('之内', at);
  const found: Found = { start: num.start, end: at, type: 'DURATION', value: valueMax === undefined ? total : low, unit: cur, qualifier: within ? 'under' : qualifierAround(text, num.start, at) };
  if (valueMax !== undefined) found.valueMax = total;
  c.push(valueMax === undefined ? 'duration.compound' : 'duration.compound-range', found);
  c.i += used;
  return true;
}
/**
 * Whether N个万亿 (N个千亿元…) ending at `at` names a class by size (两个千亿县, 3个百亿集团, 5个千亿以上产业集群), its
 * count a count, rather than a spoken amount (突破两个万亿并…, 实现两个千亿的目标: D-27, none); a list's members take the
 * last member's reading (3个万亿、5个千亿级产业集群; 分别达到两个万亿和三个千亿。). The reviews of session 42.
 */
function scaleClassAfter(text: string, at: number, reached: boolean): boolean {
  for (let k = 0; k < 6; k++) {
    // (3个千亿以上、10个百亿以上的产业集群: each member's 以上 before the mark)
    const b = text.startsWith('以上', at) ? at + 2 : at;
    if (!(codeIs(text, b, C.DUN) || codeIs(text, b, C.HE) || codeIs(text, b, C.YU2) || codeIs(text, b, C.JI3))) break;
    at = b;
    const m = /^[0-9一二三四五六七八九十两]+个[万千百]亿元?/.exec(text.slice(at + 1, at + 12));
    if (!m) break;
    at += 1 + m[0].length;
  }
  let q = text.startsWith('以上', at) ? at + 2 : at;
  // (两个千亿的产业集群, 5个千亿以上的企业: 的 before the class; not after a verb of reaching, 突破两个万亿的城市: the
  // amount, spoken, describes them)
  if (codeIs(text, q, 0x7684 /* 的 */)) { if (reached) return false; q++; }
  // (3个万亿元GDP城市: the measure's name between)
  while (classAt(text, q) === Cls.LATIN) q++;
  return startsWithAny(text, q, SCALE_CLASS_AFTER);
}
/** Before N个万亿: a verb of reaching an amount (突破两个万亿的城市, 达到两个百亿的企业). */
const REACHED_BEFORE = ['突破', '达到', '跨越', '迈上', '实现', '高达', '达', '超过', '过'];
/** Before a verb of reaching: a verb of making or having, so the count counts (培育超过两个千亿的产业集群), and 通过 (审议通过). */
const MADE_BEFORE_REACHED = /(?:培育|新增|落地|拥有|形成|建成|引进|打造|通)$/;
const SCALE_CLASS_AFTER = ['级', '台阶', '产业', '企业', '集群', '工程', '项目', '园区', '城市', '俱乐部', '县', '市', '区', '镇', '集团', '基地', '市场',
  '板块', '开发区', '龙头', '省份', '产业链', '行业', '乡镇', '大县', '强县', '园'];
/**
 * What follows a measure's unit at `end` (D-110): a smaller unit of it (1公里200米: one value in the larger, its numeral
 * consumed), a spoken decimal (1米5: null, nothing, its digits consumed), or neither (the value and end as they were).
 */
function measureTail(c: Ctx, unit: string, value: number, end: number): { value: number; end: number } | null {
  const { text } = c;
  const m = c.next();
  if (!m || m.start !== end || !Number.isInteger(value)) return { value, end };
  const mu = unitAt(text, m.end);
  const small = mu ? SMALLER_MEASURE[unit].find(([u]) => u === mu[0].unit) : undefined;
  // (5公里6米宽: a road's length and its width, two measures; 2米50厘米高, 3公里500米长 one; the reviews)
  if (mu && small && (m.form === NumForm.CHINESE) === c.isCn && Number.isInteger(m.value) && m.value > 0 && m.value < small[1] &&
    !((unit === '公里' || unit === '千米') && m.value < 100 && dimensionAt(text, m.end + mu[1]))) {
    c.i++;
    return { value: Math.round(value * small[1] + m.value) / small[1], end: m.end + mu[1] };
  }
  // (one or two digits, not opening a word: 5万吨二氧化碳, 5公里二级公路, 1000公里5G stay; 1块5一斤, 1米75, 1米八 are spoken;
  // the reviews; its digits consumed too: 1米5和1米8's 5 is no member of a list)
  if (!mu && spokenDecimal(c, unit, value, m)) { c.i++; return null; }
  return { value, end };
}
/** After 公里's or 千米's metres: a dimension of another kind closing the phrase (5公里6米宽的, 2公里5米高。), a second measure; not 高速, 深水, 高标准. */
function dimensionAt(text: string, at: number): boolean {
  const d = text[at] ?? '\0';
  if (!'宽高深厚'.includes(d)) return false;
  // (宽 is a width whatever follows, 6米宽水泥路; 高速, 高标准, 深水, 厚植 are words: the last reviews)
  return d === '宽' || !(NOT_DIMENSION_AFTER[d] ?? '').includes(text[at + 1] ?? '\0');
}
const NOT_DIMENSION_AFTER: Readonly<Record<string, string>> = { 高: '速架压标新效质铁端层档级', 深: '水化入圳', 厚: '植重实' };
/**
 * Whether the digits after a measure open a word of their own (二氧化碳, 二级公路, 一号路, 四车道, 二维码, 5G, 一期):
 * no spoken decimal then.
 */
function digitOpensMeasureWord(text: string, at: number): boolean {
  const k = classAt(text, at);
  return k === Cls.LATIN || DIGIT_WORD_HEADS.includes(text[at] ?? '\0') || startsWithAny(text, at, DIGIT_WORD_STARTS);
}
/** After a numeral, characters that make it part of a word (级, 号, 氧化, 维码, 车道, 期, 类, 等, 环, 线, 批, 栋, 层, 座, 道). */
const DIGIT_WORD_HEADS = '级号维期类等环线批栋层座道区户型星侧岸般段并旁边起';
const DIGIT_WORD_STARTS = ['氧化', '车道', '硫化', '次元', '产业', '把手', '体化'];
/**
 * Whether the numeral `m` right after a measure (its unit `unit`, value `value`) is a spoken decimal (D-110): the measure
 * below a hundred with no scale, `m` one or two digits in the same script and opening no word (5万吨二氧化碳, 500米一号路,
 * 40米两侧 are none); two digits (1米75), and any after 公里, 千米, 公斤, 千克 (2公斤3, 3公里5左右; 2公里8段 is none), only
 * closing the phrase; never before 余 or 多 and a word (80米20余处).
 */
function spokenDecimal(c: Ctx, unit: string, value: number, m: NumberSpan): boolean {
  const { text, num } = c;
  if (value >= 100 || CN_SCALE[text.charCodeAt(num.end - 1)] || m.end - m.start > 2 || !Number.isInteger(m.value) || m.value <= 0 || m.value >= 100) return false;
  if (digitOpensMeasureWord(text, m.end) || ((codeIs(text, m.end, C.YU) || codeIs(text, m.end, C.DUO)) && classAt(text, m.end + 1) === Cls.CJK)) return false;
  // (a Chinese digit after digits, 1米八, 1米八就: one digit, closing the phrase; 40米两侧, 50吨一般, 80吨一直, 60米一举
  // open words; the reviews)
  const sameScript = (m.form === NumForm.CHINESE) === c.isCn;
  if (CN_WORD_BLOCK.at(text, m.start) !== 0) return false;
  if (!sameScript && (m.form !== NumForm.CHINESE || m.end - m.start > 1 || !(spokenEnd(text, m.end) || codeIs(text, m.end, 0x5c31 /* 就 */)))) return false;
  // (米, 吨, 块: one or two digits wherever they stand, 1米75至1米80, 1块20到1块50; the final review)
  if (SPOKEN_MEASURES.includes(unit)) return true;
  return spokenEnd(text, m.end);
}
/** The end of a spoken decimal's phrase at `at`: the text's end, punctuation, a space, a bound, 两 or 的. */
function spokenEnd(text: string, at: number): boolean {
  const k = classAt(text, at);
  return at >= text.length || k === Cls.PUNCT || k === Cls.SPACE || startsWithAny(text, at, SPOKEN_CLOSERS);
}
/** Measures spoken with one digit after the unit wherever it stands (1米5, 1吨2, 1块5一斤). */
const SPOKEN_MEASURES = ['米', '吨', '块'];
/** After a spoken decimal's digits where a word must close it: bounds and a weight's 两. */
const SPOKEN_CLOSERS = ['左右', '以上', '以下', '多', '两', '的'];
/** Measures and the smaller units that may follow them with their ratio (公里 → 米 1000); a measure with none after it still
 * has a spoken decimal (1块5). */
const SMALLER_MEASURE: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  公里: [['米', 1000]], 千米: [['米', 1000]], 米: [['厘米', 100], ['公分', 100]], 吨: [['公斤', 1000], ['千克', 1000]],
  公斤: [['克', 1000]], 千克: [['克', 1000]], 块: [],
  倍: [], // (增长一倍九, 一倍二以上: a multiple spoken with its tenth, the 1975 report's; session 51's review, RATIO 1)
};
/** Brackets of "inclusive" or "exclusive" between an amount and its bound (（含）以上, （含本数）以下, （不含）以上). */
const INCLUSIVE = ['(含)', '(含本数)', '(不含)', '(不含本数)'];
/** After N个: a scale's steps (两个万亿元台阶), the count exact whatever bound stands before. */
const STEPS_AFTER = /^[万千百]亿元?(?:级)?台阶/;
/** A verb of passing right before `start` with no bound of its own before it (跨越两个…台阶; 至少跨越了两个 stays over). */
function passedBefore(text: string, start: number): boolean {
  const w = PASSING_BEFORE.find((v) => text.startsWith(v, start - v.length));
  return !!w && !/(?:至少|不少于|不止|约|近)$/.test(text.slice(Math.max(0, start - w.length - 3), start - w.length));
}
/** Verbs of passing before N个…台阶, whose bound is the amount's (至少两个, 近两个 stay bounds). */
const PASSING_BEFORE = ['跨越', '跨过', '迈上', '迈过', '突破', '越过', '突破了', '跨越了', '迈上了'];
/** After 360度, 180度: words of a figure of speech (全方位, 无死角, 大转弯), no angle measured. */
const ROUND_FIGURE_AFTER = ['全方位', '无死角', '全覆盖', '全景式', '大转弯', '大转变', '转变', '转弯', '全视角'];
/** N倍 ending at `end` as a figure of speech: before 的 and an effort (以十倍的努力), or another multiple and 地. */
function foldFigure(text: string, start: number, end: number): boolean {
  return (codeAt(text, end) === 0x7684 /* 的 */ && startsWithAny(text, end + 1, FULL_EFFORT_AFTER) &&
    !(text.startsWith('投入', end + 1) && !(endsWithAny(text, start, FOLD_MANNER_BEFORE) && !text.startsWith('所以', start - 2)))) || FOLD_FIGURE.test(text.slice(end, end + 4));
}
/** Before N倍的投入: a manner, so a figure (以十倍的投入, 付出两倍的投入, 拿出三倍的投入). */
const FOLD_MANNER_BEFORE = ['以', '付出', '拿出', '付出了', '拿出了', '用了'];
/** After N倍: another multiple and 地 (十倍百倍地增长), a figure of speech. */
const FOLD_FIGURE = /^[一二三四五六七八九十百千万]+倍地/;
/** 以上 opening "the above …" (以上数据, 以上情况): at a line's start no bound of the number before the break. */
const ABOVE_WORDS = ['以上数据', '以上情况', '以上内容', '以上措施', '以上意见', '以上报告', '以上统计', '以上所', '以上问题', '以上各', '以上成绩', '以上工作', '以上几', '以上两', '以上三', '以上指标',
  // (123.4亿元⏎以下为分项情况, 以上为: "what follows", "the above", a line's opening; session 46's review: under, over)
  '以上为', '以上是', '以下为', '以下是', '以下分', '以下几', '以下各', '以下两', '以下三'];
/** 来 opening a word of arrival, no "since" (一年来临, 一年来到). */
const COME_WORDS = ['来临', '来到', '来说', '来看', '来讲', '来源'];
/** After a name: a title or a role (郑三元同志, 李三元代表). */
const PERSON_AFTER = ['同志', '代表', '委员', '主任', '书记', '局长', '县长', '市长', '省长', '院长', '检察长', '庭长', '先生', '女士', '等同志', '等代表', '提出'];
/** 成 opening a word after digits (8成为示范县, 4成功入选, 2成立于): the digits count, no share (D-79); 八成为老年人 is 80%. */
const CHENG_WORDS = ['成为', '成功', '成立', '成员单位', '成员国', '成员企业']; // (由8成员单位组成: session 50's review, 80%; 8成员工 stays a share)

/** Before N个基点 besides POINT_CHANGE_BEFORE: 下调25个基点, 上浮15个基点 (收益率下行约40个bp: session 46's review, nothing). */
const BASIS_BEFORE = ['下调', '上调', '上浮', '下浮', '调降', '调升', '降', '升', '降低了', '下降了', '提高了', '下行', '上行', '走阔', '走扩',
  // (美联储加息25个基点, 降息50个基点, 收益率下跌30个基点, LPR减20个基点, 加30个基点, 利差扩大60个基点: session 51's review, missed)
  // (加 and 减 only after a rate's name, LPR加, 利率减: 增加3个基点，减少2个基点 are sites; the hunt)
  '息', '跌', '涨', 'R加', 'R减', 'F加', 'F减', '率加', '率减', '加点', '减点', '扩大', '倒挂'];

/** 点 opening a word after 个 (5个点位, 3个点子): no points. */
const POINT_WORDS = '位子赞名评';

/** Whether the digit at i opens a word (八成五星级, 九成五保户, 近八成一线民警): the share before it is whole. */
function digitOpensWord(text: string, i: number): boolean {
  return CN_WORD_BLOCK.at(text, i) !== 0 || startsWithAny(text, i, DIGIT_WORDS);
}

/** 角 and 分 words that are no money: 分之 (a fraction), 分钟, 分别… */
const FEN_WORDS = '之钟别析配类布工散期批秒';

/** A numeral of one digit, 1–9, or 零 and one digit read as one (零五). */
function oneDigit(text: string, m: { start: number; end: number; value: number }): boolean {
  return Number.isInteger(m.value) && m.value >= 1 && m.value <= 9 &&
    (m.end - m.start === 1 || (m.end - m.start === 2 && text.charCodeAt(m.start) === C.LING));
}

/**
 * 角 and 分 written after an amount in 元 that ends at `end` (D-92): 五角,
 * 二角五分, 零五角 or 零五分 (a 分 without 角 needs its 零). The hundredths of a
 * 元 they add, where the span ends, and how many numerals they take; null
 * where none follows as written.
 */
function yuanFraction(c: Ctx, end: number): { hundredths: number; end: number; skip: number } | null {
  const text = c.text;
  let skip = 1;
  let m = c.next(skip);
  if (!m || m.start !== end) return null;
  let zero = text.charCodeAt(m.start) === C.LING;
  // 5元零5分: an Arabic digit after 零 is a numeral of its own
  if (zero && m.end === m.start + 1) {
    const z = c.next(skip + 1);
    if (!z || z.start !== m.end) return null;
    m = z; skip++;
  } else if (zero && m.end - m.start !== 2) zero = false;
  if (!oneDigit(text, m)) return null;
  const after = codeAt(text, m.end);
  const fenAt = (k: number) => k < text.length && text.charCodeAt(k) === 0x5206 /* 分 */ && (k + 1 >= text.length || !FEN_WORDS.includes(text[k + 1]));
  if (after === 0x89d2 /* 角 */) {
    let hundredths = m.value * 10, e = m.end + 1;
    const f = c.next(skip + 1);
    if (f && f.start === e && text.charCodeAt(f.start) !== C.LING && oneDigit(text, f) && fenAt(f.end)) { hundredths += f.value; e = f.end + 1; skip++; }
    return { hundredths, end: e, skip };
  }
  if (zero && fenAt(m.end)) return { hundredths: m.value, end: m.end + 1, skip };
  return null;
}

/** Whether text[from, to) is Chinese digits only, one a place (一九五五三), no scale. */
function digitsOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CN_DIGIT[text.charCodeAt(k)] === 255) return false;
  return true;
}

// After a day count these make it a length: 于5日内, 自收到之日起30日以内
const DAY_LENGTH_AFTER = ['内', '以内', '之内', '以上', '以下', '左右', '后', '以后', '之后', '前', '以前', '之前'];
// Before 于 these make a comparison of lengths (不少于30日, 多于, 低于), not a point in time
const YU_COMPARE = '少多低高大小等过超长短晚早';

/** 于, 定于, 截至, 自 right before position i: a point in time follows (a day of the month, D-91). */
function pointInTimeBefore(text: string, i: number): boolean {
  if (i < 1) return false;
  const b = text.charCodeAt(i - 1);
  if (b === 0x4e8e /* 于 */) return i < 2 || !YU_COMPARE.includes(text[i - 2]);
  return b === 0x81ea /* 自 */ || (b === 0x81f3 /* 至 */ && i >= 2 && text.charCodeAt(i - 2) === 0x622a /* 截 */);
}

/** Whether one of words (a list with its look-alikes in not) begins at k: a look-alike may start at k or one character before. */
function wordAt(text: string, k: number, words: readonly string[], not: readonly string[]): boolean {
  return startsWithAny(text, k, words) && !startsWithAny(text, k, not) && !(k > 0 && startsWithAny(text, k - 1, not) && !startsWithAny(text, k - 1, words));
}

/**
 * N年内 over a closed period (D-65, D-73), exact; else a limit, under (D-13).
 * Closed: after 过去 or 此前 (过去五年内), after 前 as a word (前四年内; not
 * 目前两年内) or a range of years in its clause (从一九七九年到一九八二年的四年内),
 * where the sentence has no word of intent, obligation or a bar (前三年内要完成,
 * 在2026年至2030年的五年内，力争…); or opening a clause (not after 在) in a
 * sentence with no such word and a past marker after it (了, 累计, 共, 已:
 * 五年内，全国完成了…; 五年内，全省累计投入…) or a reported figure (造林面积2787万公顷).
 * Everything else is a limit: 二年内不得重新取得, 三年内实现全覆盖, 五年内，全市新建学校100所.
 */
function closedPeriod(c: Ctx, start: number, end: number): boolean {
  const { text } = c;
  if (endsWithAny(text, start, PAST_PERIOD_BEFORE)) return true;
  // the sentence around N年内: a word of intent, obligation or a bar anywhere in it makes a limit
  let from = start;
  while (from > 0 && !SENTENCE_STOPS.includes(text[from - 1])) from--;
  let to = end + 1;
  while (to < text.length && !SENTENCE_STOPS.includes(text[to])) to++;
  for (let k = from; k < to; k++) {
    if (k >= start && k <= end) continue;
    if (text.charCodeAt(k) === 0x8981 /* 要 */ ? !(endsWithAny(text, k + 1, YAO_WORDS) || startsWithAny(text, k - 1, YAO_WORDS) || startsWithAny(text, k, YAO_WORDS)) : wordAt(text, k, LIMIT_WORDS, NOT_LIMIT_WORDS)) return false;
  }
  // 前四年内 (前 a word of its own, not 目前两年内)
  if (codeAt(text, start - 1) === 0x524d /* 前 */ && !endsWithAny(text, start, FRONT_WORDS)) return true;
  // a range of years earlier in the clause: the last mention, a DATE range, with no clause mark since
  const last = c.lastMention();
  if (last && last.type === 'DATE' && typeof last.value === 'string' && last.value.includes('/') && last.end <= start && !/[,.;:!?。，；：！？]/.test(text.slice(last.end, start))) return true;
  // 在五年内: a limit (D-13)
  if (codeAt(text, start - 1) === 0x5728 /* 在 */ || (!opensClause(text, start) && !c.atLineStart(start))) return false;
  // opening a clause: closed only with a past marker or a reported figure after it
  for (let k = end + 1; k < to; k++) {
    // (五年内，全县共建设…, 共建成: 共 and a verb of building, where 共建 alone is "build together"; session 50's review, under)
    if (wordAt(text, k, PAST_MARKERS, NOT_PAST_MARKERS) || text.startsWith('共建设', k) || text.startsWith('共建成', k)) return true;
    const cls = CLASS[text.charCodeAt(k)];
    if ((cls === Cls.DIGIT || cls === Cls.CNUM) && endsWithAny(text, k, FIGURE_NOUNS)) return true;
  }
  return false;
}

/**
 * The evident date of digits whose 年 and 月 were lost (202541 → 2025-04-01,
 * D-66): a year of 1900–2099, then the one split of the rest into a month and
 * a day that is a date (20251231 → 2025-12-31); null where there is no such
 * split or more than one (2025121: 1-21 or 12-1).
 */
function lostSeparators(s: string): string | null {
  const year = Number(s.slice(0, 4));
  if (year < 1900 || year > 2099) return null;
  const rest = s.slice(4);
  let found: string | null = null;
  for (let k = 1; k <= 2 && k < rest.length; k++) {
    const ms = rest.slice(0, k), ds = rest.slice(k);
    if (ds.length > 2 || ms[0] === '0' && k === 1 || ds[0] === '0' && ds.length === 1) continue;
    const month = Number(ms), day = Number(ds);
    const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (month < 1 || month > 12 || day < 1 || day > days) continue;
    if (found) return null;
    found = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return found;
}

/** 将近, 接近 (the 近 at i): "nearly", never "the last". */
const nearlyWord = (text: string, i: number) => codeIs(text, i - 1, 0x5c06 /* 将 */) || codeIs(text, i - 1, 0x63a5 /* 接 */);

/** Whether 近 at i follows a verb that makes 近N年 a length (D-72): right before it, or one of LASTED_WITHIN up to 6 characters back in its clause. */
/** 近N年 at [start, end) read as "the last N years" (exact), not "nearly N years" (D-18, D-72; see its use in withUnit). */
export function lastYears(text: string, start: number, end: number): boolean {
  if (codeAt(text, start - 1) === C.JIN && ageNearly(text, start - 1, end)) return false;
  // (梳理了近5年来的案件, 分析了近三年来的数据: a verb of reviewing records, then 来的, makes the years the noun's; session
  // 46's review: under; 施行近20年来的条例 stays an age, D-72)
  return codeAt(text, start - 1) === C.JIN &&
    (((!lastedBefore(text, start - 1) || (text.startsWith('来的', end) && endsWithAny(text, start - 1, REVIEWED_BEFORE))) && !(endsWithAny(text, start - 1, FOUNDED_BEFORE) && ageAfter(text, end)) && !nearlyWord(text, start - 1)) ||
      startsWithAny(text, end, RECORD_AFTER) || (codeAt(text, end) === 0x6765 /* 来 */ && startsWithAny(text, end + 1, RECORD_AFTER)));
}

/** An age's noun right before 近 at `jin` (AGE_NOUNS), not an average's, and no 来, 以来, 内 or 平均 after the years ending at `end`. */
function ageNearly(text: string, jin: number, end: number): boolean {
  const w = AGE_NOUNS.find((a) => text.startsWith(a, jin - a.length));
  if (w === undefined || text.startsWith('平均', jin - w.length - 2)) return false;
  const a = codeAt(text, end);
  return a !== 0x6765 /* 来 */ && a !== 0x5185 /* 内 */ && !text.startsWith('以来', end) && !text.startsWith('以内', end) && !text.startsWith('平均', end);
}

/** Verbs of going through records before 了近N年来的 (梳理了, 分析了, 回顾了): the last N years' records, no length lasted. */
const REVIEWED_BEFORE = ['梳理了', '分析了', '回顾了', '汇总了', '查阅了', '调取了', '总结了', '整理了', '统计了', '收集了', '调阅了', '评估了', '审查了', '梳理', '分析', '回顾', '汇总', '查阅', '调取', '总结', '整理', '统计', '调阅', '评估'];

/**
 * After 近N年 following a founding: an age (的, 来 or 以来 but before a record, 间, 时间, a clause's end), not "the last N
 * years" of a noun (建立近三年重点项目台账) or a record (建成近十年来规模最大的).
 */
function ageAfter(text: string, end: number): boolean {
  if (end >= text.length || CLASS[text.charCodeAt(end)] === Cls.PUNCT || startsWithAny(text, end, AGE_AFTER)) return true;
  const k = text.startsWith('以来', end) ? end + 2 : codeIs(text, end, 0x6765 /* 来 */) ? end + 1 : -1;
  if (k < 0) return false;
  // (a record a few words on, 建成近五年来全省最长的跨江大桥, 开通近两年来日均客流量达到历史最高水平: "the last N years";
  // not 最优秀, 最困难: 创办近百年来培养了大批最优秀的人才 is an age; the reviews)
  for (let j = k; j < text.length && j - k < 14 && CLASS[text.charCodeAt(j)] === Cls.CJK && text[j] !== '了' && !startsWithAny(text, j, SERVING_VERBS); j++) if (startsWithAny(text, j, RECORD_WORDS)) return false;
  return true;
}
const AGE_AFTER = ['的', '间', '时间', '多'];
/** After 近N年来 of a founding: a record of those years (规模最大, 首条, 新高), so "the last N years". */
const RECORD_WORDS = ['最', '首次', '首条', '首个', '首家', '首座', '第一次', '第一个', '第一座', '第一家', '第一条', '新高', '新低', '纪录', '之最'];
/** Verbs after 近N年来 whose object a superlative describes (带动最困难的农户, 培养最优秀的人才): no record. */
const SERVING_VERBS = ['带动', '培养', '帮助', '扶持', '解决', '服务', '救助', '照顾', '资助', '帮扶'];

/**
 * How many characters of a rate's denominator end at `at` (每人每年600元, 每吨80元: 4, 2), 0 where none: a bound before
 * them bounds the amount (不低于每人每年600元 is over).
 */
function perBefore(text: string, at: number): number {
  // (only after a character a denominator ends in: the look for 每 behind it was 2% of the extractor for every exact
  // mention, session 43's bench:pair; the block's 每 found once: a look back of twelve characters was 2% before that)
  if (at < 2 || PER_LAST[text.charCodeAt(at - 1)] !== 1) return 0;
  for (let n = MEI.first(text, at - 12); n < MEI.at.length && MEI.at[n] <= at - 2; n++) if (PER_PHRASE.test(text.slice(MEI.at[n], at))) return at - MEI.at[n];
  return 0;
}
const MEI = new BlockChars('每');
/** What 每 takes in a rate's denominator (每人, 每平方公里, 每千人口). */
const PER_WORDS = ['人', '户', '年', '月', '季度', '季', '亩', '吨', '平方米', '平方公里', '千瓦时', '天', '日', '次', '名', '家', '周', '公斤', '千克', '立方米',
  '辆', '台', '个', '床', '生', '万人口', '万人', '千人口', '千人', '千名', '百户', '百人', '公里',
  '秒', '分钟', '小时', // (风速超过每秒60米, 约每秒40米: session 47's review, exact)
  '斤', '桶', '盎司', '蒲式耳', '头', '只', '升', '箱', '瓶', // (突破每斤6元, 突破每桶130美元: session 47's review)
  // (不超过每兆瓦时400元, 约每千立方米2000元, 低于每瓦3元, 约每度0.5元: session 49's review of energy, exact)
  '千瓦', '兆瓦时', '兆瓦', '瓦', '瓦时', '千立方米', '度', '吨标准煤', '百万英热单位',
  '克', '担', '条', '包', '两', '市斤', '公担', // (突破每克480元, 不低于每担1500元, 不超过每条1000元: session 50's review, exact)
  '万平方米', '百平方米', '万元', '百元', '万吨', '公顷', '万人次']; // (约为每万平方米500吨, 约每万元2吨: session 51's review, exact)
const PER_PHRASE = new RegExp(`^(?:每(?:${PER_WORDS.join('|')}))+$`);
/** The last characters of PER_WORDS (1): a denominator ends in one. */
const PER_LAST = charTable(PER_WORDS.map((w) => w[w.length - 1]).join(''));

/**
 * The bounds session 42's reviews added, after qualifierAround's, for a mention of any type but ORDINAL: a base and its
 * multiple (D-108), a scale's steps after a verb of passing, "the above" at a line's start, （含） before 以上/以下, a
 * bound before a rate's denominator.
 */
function laterBounds(c: Ctx, start: number, end: number, type: string, unit: string | null, qualifier: Qualifier, inSpanQual: Qualifier | null): Qualifier {
  const { text } = c;
  // 约为十年前的两倍, 超过100亿元的3倍: the word before the base bounds the multiple, not the base (spec §4: a word the
  // number does not govern; D-108; session 42's review: 十年 approx, 两倍 exact)
  // (a bound inside the base stays, 20多年前的5倍, 十余年前的3倍: the second review)
  if (qualifier !== 'exact' && inSpanQual === null && !qualifierAfter(text, end) && codeAt(text, end) !== -1 && multipleAfter(text, end)) qualifier = 'exact';
  // (约为1澳门元兑0.87元人民币, 超过1美元兑7.3元: the bound before a rate's base is the rate's, as a base's is its multiple's
  // (D-108); session 50's review, 1 approx and 0.87 exact)
  else if (type === 'MONEY' && codeIs(text, end, 0x5151 /* 兑 */) && isNumeralChar(codeAt(text, codeIs(text, end + 1, 0x6362 /* 换 */) ? end + 2 : end + 1))) qualifier = inSpanQual ?? 'exact';
  else if (type === 'MONEY' && qualifier === 'exact' && (codeIs(text, start - 1, 0x5151 /* 兑 */) || (codeIs(text, start - 1, 0x6362 /* 换 */) && codeIs(text, start - 2, 0x5151 /* 兑 */)))) {
    const last = c.lastMention(), at = codeIs(text, start - 1, 0x5151 /* 兑 */) ? start - 1 : start - 2;
    const q = last && last.end === at && last.type === 'MONEY' ? qualifierBefore(text, last.start) : null;
    if (q) qualifier = q[0];
  }
  // (30%强, 三成弱: 强 and 弱 closing a share, as a fraction's (D-112; session 46's review: exact))
  else if (qualifier === 'exact' && (type === 'RATIO' || type === 'PERCENT')) {
    qualifier = strongWeak(text, end) ?? baseQualifier(c, start) ?? qualifier;
    // 不超过工资薪金总额8%的部分, 超过年度利润总额12%的部分: a base without 的 before a share of "the part" (a deduction's
    // limit, D-112; session 48's review: exact)
    // (按照不低于土地出让收益15%的比例: before 的比例 too; session 48's review)
    if (qualifier === 'exact' && type === 'PERCENT' && (text.startsWith('的部分', end) || text.startsWith('的比例', end) || text.startsWith('的标准', end) || text.startsWith('的实物工作量', end) || text.startsWith('的额度', end)) && '额入值数益出资'.includes(text[start - 1] ?? '\0')) qualifier = nounBaseBound(text, start) ?? qualifier;
  }
  // 80毫克/100毫升以上, 120元/100斤以上: the bound after a rate's denominator, a mention of its own there (denominatorAt in
  // lexicon.ts), is the rate's, its numerator's (session 43's review: 100毫升 over, 80毫克 exact)
  if (qualifier !== 'exact' && inSpanQual === null && codeAt(text, start - 1) === 0x2f /* / */) {
    const m = c.lastMention();
    // (a denominator only: a power of ten in another unit, not a second writing of the amount, 6.5亿吨/1.3万亿斤以上,
    // 2000万元/500万元以上, 60岁/70岁以上; the second review)
    // (a bound before the numerator as well, 不低于300万元/10亩以上: the numerator keeps it; the closing review)
    if (m && m.end === start - 1 && m.valueMax === undefined && (m.type === 'QUANTITY' || m.type === 'MONEY' || m.type === 'COUNT') &&
      m.unit !== unit && typeof m.value === 'number' && isPowerOfTen(c.num.value) && !c.num.neg) {
      if (m.qualifier === 'exact') m.qualifier = qualifier;
      qualifier = 'exact';
    }
  }
  // 不超过人民币30亿元, 约人民币12.5亿元: a bound before 人民币 and the amount (session 48's review: exact; here rather than in
  // qualifierAround, called for every mention, whose size decides its inlining)
  if (qualifier === 'exact' && codeAt(text, start - 1) === 0x5e01 /* 币 */ && text.startsWith('人民币', start - 3)) qualifier = qualifierBefore(text, start - 3)?.[0] ?? qualifier;
  // 比第一个五年计划规定的数字超过百分之二十九点二, 比预算超过十三亿元: the margin by which a base is passed, a difference
  // (D-34; session 49's reviews: over); 超过原计划百分之十五 is exact already
  // (a bound after it stays, 比上年超过10%以上: the judge)
  if (qualifier === 'over' && marginPassed(text, start) && !qualifierAfter(text, end)) qualifier = 'exact';
  // 低于2010年不变价2300元, 超过2020年现价4000元: a bound before a price basis and the amount (session 49's review: exact)
  if (qualifier === 'exact' && type === 'MONEY' && codeIs(text, start - 1, 0x4ef7 /* 价 */)) {
    const basis = PRICE_BASIS.exec(text.slice(Math.max(0, start - 12), start));
    if (basis) qualifier = qualifierBefore(text, start - basis[0].length)?.[0] ?? qualifier;
  }
  // 新建建筑限高24米, 限速80公里/小时, 限载20吨: a measure's limit, as 不超过 (session 48's review: exact); not a share after it
  // (超过限速37.5%)
  // (最低限速60公里/小时: a floor; session 51's review, under)
  if (qualifier === 'exact' && type === 'QUANTITY' && codeIs(text, start - 2, 0x9650 /* 限 */) && endsWithAny(text, start, MEASURE_LIMITS)) qualifier = text.startsWith('最低', start - 4) ? 'over' : 'under';
  // 男不得早于二十二周岁, 不晚于60岁: an age's bound in words of time (session 48's review: exact)
  if (qualifier === 'exact' && (unit === '周岁' || unit === '岁') && codeIs(text, start - 1, 0x4e8e /* 于 */)) {
    if (endsWithAny(text, start, AGE_NOT_BEFORE)) qualifier = 'over';
    else if (endsWithAny(text, start, AGE_NOT_AFTER)) qualifier = 'under';
  }
  // 水位最高29.43米, 最低13.59米, 气温升到最高41.5℃: a measure's observed extreme, no bound (session 48's review: under and over);
  // a cap or a floor stays (补助最高3万元, 限速最高120公里/小时, 最高可达: MONEY, or a limit's word before)
  if ((qualifier === 'under' || qualifier === 'over') && type === 'QUANTITY' && inSpanQual === null && observedExtreme(text, start)) qualifier = 'exact';
  // 跨越两个万亿元台阶: 跨越 bounds the amount passed, not the steps counted (session 42's reviews: over)
  if (qualifier !== 'exact' && inSpanQual === null && unit === '个' && STEPS_AFTER.test(text.slice(end, end + 6)) && passedBefore(text, start)) qualifier = 'exact';
  // 增长5.2%⏎以上数据为初步统计: "the above" opening the next line, no bound (session 42's review: over)
  if ((qualifier === 'over' || qualifier === 'under') && c.atLineStart(end) && startsWithAny(text, end, ABOVE_WORDS)) qualifier = qualifierBefore(text, start)?.[0] ?? 'exact';
  // 5000万元（含）以上, 300人(含)以上: the bound past "inclusive" (spec §4; session 42's review: exact); 30年一遇以上: past the
  // return period's 一遇 (session 48's review: exact)
  const inclusive = qualifier === 'exact' && codeAt(text, end) === 0x28 /* ( */ ? INCLUSIVE.find((w) => text.startsWith(w, end)) : undefined;
  const past = inclusive ? inclusive.length : qualifier === 'exact' && unit === '年' && codeAt(text, end) === 0x4e00 /* 一 */ && text.startsWith('一遇', end) ? 2 : 0;
  if (past) {
    const q = qualifierAfter(text, end + past);
    if (q && (q[0] === 'under' || q[0] === 'over') && q[1] >= 2) qualifier = q[0];
  }
  // 不低于每人每年600元, 不超过每吨80元: the bound before a rate's denominator (spec §4, D-34; session 42's review: exact)
  if (qualifier === 'exact') {
    const per = perBefore(text, start);
    const q = per > 0 ? qualifierBefore(text, start - per) : null;
    if (q) qualifier = q[0];
  }
  return qualifier;
}

/** After a base (十年前的, 100亿元的): 的 right before a multiple or a share of it (两倍, 3倍, 四成, 三分之一, 一半). */
function multipleAfter(text: string, end: number): boolean {
  return MULTIPLE_AFTER.test(text.slice(end, end + 12));
}
const MULTIPLE_AFTER = /^(?:前|以前)?的(?:[0-9.]+|[一二三四五六七八九十两百千点]+)(?:倍|成)|^(?:前|以前)?的(?:[一二三四五六七八九十百千]+分之|[0-9]+\/[0-9]|一半)/;

/**
 * The bound of the base before a multiple or a share (约为十年前的两倍: approx; 不少于原判刑期的二分之一: over), where the
 * mention just before is that base or a verb of comparison stands before a base of words (D-108, D-112). Exported for
 * the steps of fractions and of 百分之N (session 45's review: exact there).
 */
export function baseQualifier(c: Ctx, start: number): Qualifier | null {
  // (以不到全省2%的土地, 占比不足全国3%, 以约全国3%的面积: a bound before the scope a share is of, no 的 between; session 50's
  // review, exact)
  if (SCOPE_LAST[codeAt(c.text, start - 1) & 0xffff] === 1) {
    const scope = SHARE_SCOPES.find((w) => c.text.startsWith(w, start - w.length));
    const q = scope === undefined ? null : qualifierBefore(c.text, start - scope.length);
    if (q) return q[0];
  }
  if (!codeIs(c.text, start - 1, 0x7684 /* 的 */)) return null;
  const m = c.lastMention();
  if (!m || !BASE_JOINS.includes(c.text.slice(m.end, start))) return nounBaseBound(c.text, start - 1);
  // (not 近 before "the last N years", 是近三年的2倍: the base is exact there, D-72, and so is its multiple; the second review)
  const q = qualifierBefore(c.text, m.start);
  if (q) return q[1] === 1 && codeIs(c.text, m.start - 1, C.JIN) && m.type === 'DURATION' && m.unit === '年' && !codeIs(c.text, m.end, 0x524d /* 前 */) && !c.text.startsWith('以前', m.end) ? null : q[0];
  return endsWithAny(c.text, m.start, APPROX_BASE_BEFORE) ? 'approx' : null;
}
// (约为1998年同期的1.3倍: session 47's review, exact; 超过2021年全年的3.8倍: session 48's)
// (约为2020年末的20倍, 超过2015年底的3倍: session 49's review, exact)
/** The scopes a share is of, written right before it (不到全省2%). */
const SHARE_SCOPES = ['全国', '全省', '全市', '全区', '全县', '全州', '全球', '世界', '全世界', '全自治区'];
const SCOPE_LAST = charTable(SHARE_SCOPES.map((w) => w[w.length - 1]).join(''));
const BASE_JOINS = ['的', '末的', '底的', '初的', '前的', '以前的', '同期的', '同期均值的', '同期平均值的', '同期水平的', '同期平均水平的', '水平的', '平均水平的', '全年的', '全年水平的',
  '峰值的', '高峰的', '最高值的', '最高水平的', '高点的']; // (约为2021年峰值的五成: session 51's review, exact)
const APPROX_BASE_BEFORE = ['约为', '约是', '约合', '约占', '约相当于'];
/**
 * 超过上年的两倍, 接近全国平均水平的两倍, 不超过上年的两倍: a verb of comparison before a base with no number, Han
 * characters up to the 的 at `de` (at most twelve, no other 的), bounds the multiple as D-108's numbered bases do, read
 * as the lexicon reads it before a number (不超过 under, 不少于 over, 没有超过 under; D-112, session 43's review: exact). Not
 * a negation the lexicon does not know, a noun (按超出部分的2倍, 不足部分, 不足额, 超过定额部分的
 * 三倍), nor a verb inside a clause about the base (是低于标准县数的两倍).
 */
function nounBaseBound(text: string, de: number): Qualifier | null {
  for (let k = de - 1; k > 0 && de - k <= 12; k--) {
    // (a quoted name inside the base, 超过“十三五”末的两倍, read as one Han character: session 49's review, exact)
    const quoted = quoteOpenBefore(text, k, 8);
    // (陆地, 陆域: the financial numeral's character as land, 约占世界陆地面积的十分之一; session 50's review, exact)
    const ch = quoted > 0 || landAt(text, k) ? 0x4e00 : text.charCodeAt(k);
    if (quoted > 0) k = quoted;
    // (no verb of its own inside the base: 整改不到位问题占全部问题的30%, the 不到 is the subject's; the second review)
    // (一 inside a word of the base, 一般公共预算, 上一年度: session 45's review, the bound lost)
    // (GDP, M2, GNI: a base written in Latin letters, and a digit after one; session 46's review: the bound lost)
    // (高等, 中等, 初等 inside the base: 不低于高等职业教育招生规模的10%; session 48's review, exact)
    if ((CLASS[ch] !== Cls.CJK && ch !== 0x4e00 /* 一 */ && CLASS[ch] !== Cls.LATIN && !(CLASS[ch] === Cls.DIGIT && CLASS[text.charCodeAt(k - 1)] === Cls.LATIN)) ||
      (BASE_STOP[ch] === 1 && !(ch === 0x7b49 /* 等 */ && '高中初'.includes(text[k - 1] ?? '\0'))) || (ch === 0x76f8 /* 相 */ && codeIs(text, k + 1, 0x5f53 /* 当 */))) return null;
    // (the verbs' last characters first: most characters of a base end none, and a search of the list at each was
    // a profile's costliest line of the step's bounds)
    if (VERB_LAST[text.charCodeAt(k - 1)] !== 1) continue;
    const verb = COMPARISON_VERBS.find((w) => text.startsWith(w, k - w.length));
    if (verb === undefined) continue;
    const q = qualifierBefore(text, k);
    if (q === null || text.startsWith('部分', k) || text[k] === '额' || text.startsWith('部分', de - 2) ||
      (q[1] === verb.length && (NOT_BOUND_BEFORE.includes(text[k - verb.length - 1] ?? '\0') || text.startsWith('没有', k - verb.length - 2)))) return null;
    return q[0];
  }
  return null;
}
/** Characters no base noun of D-112 holds: 的 (another base), verbs and joiners (占, 为, 是, 达, 比, 较, 与, 和, 及, 等, 并; 相当于 too). */
const BASE_STOPS = '的占为是达比较与和及等并';
const BASE_STOP = charTable(BASE_STOPS);
/** Verbs of comparison before a base (D-112), read with what stands before them as the lexicon reads it. */
const COMPARISON_VERBS = ['超过', '高于', '多于', '大于', '接近', '将近', '低于', '少于', '小于', '不到', '不足', '不及'];
const VERB_LAST = charTable(COMPARISON_VERBS.map((w) => w[w.length - 1]).join(''));
/** Before a verb of comparison: a negation the lexicon's word does not hold, or a copula or 按 that make it a noun's or a clause's. */
const NOT_BOUND_BEFORE = '不未没无非得是按';

function lastedBefore(text: string, i: number): boolean {
  if (endsWithAny(text, i, LASTED_BEFORE)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (CLASS[text.charCodeAt(k)] === Cls.PUNCT || CLASS[text.charCodeAt(k)] === Cls.SPACE) break;
    if (endsWithAny(text, k, LASTED_WITHIN)) return true;
  }
  return false;
}

/**
 * 一年六个月至三年, 一年六个月至三年六个月: a compound length up to whole years (and
 * months), one range in months, as 六个月至一年 and 十个月至一年六个月 are (D-23;
 * it was two mentions). `found` is the compound, its months numeral `skip`
 * numerals after the current one. Not a change from one to the other
 * (由一年六个月延长至三年, 延长审理期限一年六个月至二年: two mentions, spec §4), not to a year (顺延1年6个月
 * 至2026年底), and not where 零 or days follow the upper end's years
 * (三年零六个月, 三年零十天: read as before).
 */
function compoundToYears(c: Ctx, found: Found, skip: number): boolean {
  const { text, num } = c;
  const rc = codeAt(text, found.end);
  if (!isRangeChar(rc) || ((rc === C.ZHI || rc === C.DAO) && (endsWithAny(text, num.start, CHANGE_VERBS) || extendedBefore(text, num.start)))) return false;
  const n2 = c.next(skip + 1);
  // (顺延1年6个月至2026年底, 延长一年六个月至二〇二七年: a length and the year it runs to, two mentions: a review)
  if (!n2 || n2.start !== found.end + 1 || (n2.form === NumForm.CHINESE) !== c.isCn || !Number.isInteger(n2.value) || n2.value > 100) return false;
  const u2 = unitAt(text, n2.end);
  if (!u2 || u2[0].unit !== '年' || u2[0].type !== 'DURATION' || '底初末'.includes(text[n2.end + u2[1]] ?? '\0')) return false;
  let hi = n2.value * 12, end = n2.end + u2[1], used = 1;
  const n3 = c.next(skip + 2);
  // (二年又六个月 as the upper end: 又 joins as 零 does; session 45's closing review)
  const you = joinerAt(text, end);
  if (n3 && n3.start === end + you) {
    if (!text.startsWith('个月', n3.end) || !Number.isInteger(n3.value)) return false;
    hi += n3.value; end = n3.end + 2; used = 2;
  } else if (codeIs(text, end, 0x96f6 /* 零 */) || you === 1) return false;
  if ((found.value as number) > hi) return false;
  c.push('duration.compound-range', { start: num.start, end, type: 'DURATION', value: found.value, valueMax: hi, unit: '个月', qualifier: qualifierAround(text, num.start, end) });
  c.i += skip + used;
  return true;
}

/** 延长, 顺延, 延期 or 缩短 within eight characters of the clause before i: 延长审理期限一年六个月至二年 is a change, not one range. */
function extendedBefore(text: string, i: number): boolean {
  for (let k = i; k >= 2 && i - k <= 8; k--) {
    if (endsWithAny(text, k, EXTENDED_BEFORE)) return true;
    const cls = CLASS[text.charCodeAt(k - 1)];
    if (cls === Cls.PUNCT || cls === Cls.SPACE) return false;
  }
  return false;
}
const EXTENDED_BEFORE = ['延长', '顺延', '延期', '缩短', '延展'];

/** Whether position i opens a clause: the text's start, a line's, after a punctuation mark, or after 最 (最近三年) or 在 (在近三年里). */
function opensClause(text: string, i: number): boolean {
  if (i === 0) return true;
  const b = text.charCodeAt(i - 1);
  return CLASS[b] === Cls.PUNCT || CLASS[b] === Cls.SPACE || b === 0x6700 /* 最 */ || b === 0x5728 /* 在 */;
}

/** The article 一 ("a"): true where it does not count (一个新阶段, 关键一年); kept where a count or a length is meant. */
/** Before 一届 (连任了一届村委会主任): a term served, counted (D-116), no article. */
const TERM_SERVED_BEFORE = ['连任了', '担任了', '任满了', '干了', '当了'];
/** After 一届: the bodies that sit in sessions (一届全国人大, 一届一次会议), whose first session it is. */
const SESSION_BODIES = ['全国', '人大', '政协', '党代', '中央', '一次', '二次', '三次', '省', '市', '县', '区', '人民代表', '职代', '团代', '妇代', '理事', '董事', '委员'];
function isArticleYi(c: Ctx, type: string, unit: string, end: number): boolean {
  const { text, num } = c;
  if (type === 'DURATION') {
    if (endsWithAny(text, num.start, PAST_YEAR)) return false; // 过去的一年, 刚刚过去的一年 (D-30)
    // 六个月以上一年以下: the 上 of 以上 closes a limit, no "the last" (session 36: 一年 was lost); not 以上一年度决算数
    // 为基数, 以上一年为基期 ("taking the year before": a review)
    if (c.before === 0x4e0a /* 上 */ && num.start >= 2 && text.charCodeAt(num.start - 2) === 0x4ee5 /* 以 */ && unit === '年' &&
      (text.startsWith('以下', end) || text.startsWith('以内', end))) return false;
    // (这一年来, 这一年多来: the year past, as 一年来 (spec §4); session 41's review: nothing; not 新的一年来临)
    if (unit === '年' && (text.startsWith('来', end) || text.startsWith('多来', end)) && !startsWithAny(text, text[end] === '多' ? end + 1 : end, COME_WORDS)) return false;
    // (总有一天, 有一天: "some day"; 一天天, 一年年: "day by day"; session 39's review: lengths of one)
    if (unit === '年' && endsWithAny(text, num.start, YI_YEAR_ADJECTIVES) && (phraseEndsAt(text, end) || text.startsWith('和', end) || text.startsWith('、', end))) return true;
    return endsWithAny(text, num.start, YI_DURATION_ARTICLE) || (unit === '日' && (c.before === 0x53ef /* 可 */ || c.before === 0x4e00 /* 一 */)) ||
      (unit === '天' && c.before === 0x6709 /* 有 */ && (num.start < 2 || '总终到'.includes(text[num.start - 2]) || CLASS[text.charCodeAt(num.start - 2)] === Cls.PUNCT) &&
        !text.startsWith('半', end)) ||
      (unit.length === 1 && text[end] === unit && end + 1 < text.length && !(REDUPLICATED_NOT[unit] ?? '').includes(text[end + 1]) && !amountInClause(text, num.start, end + 1)); // (会期仅有一天, 有一天半, 一天天然气, 投产一年年产值: later reviews)
  }
  // 新一届; 上一届常委会, 下一届选举: the one before or after, no first session (a review)
  // (办成了一届有特色、高水平的奥运会, 是一届成功的世博会: "a Games", after 了 or 是 before no body that sits in sessions;
  // session 50's review, ORDINAL 1)
  if (type === 'ORDINAL') return c.before === C.XIN || c.before === 0x4e0a /* 上 */ || c.before === 0x4e0b /* 下 */ ||
    (unit === '届' && (c.before === 0x662f /* 是 */ || c.before === 0x4e86 /* 了 */) && classAt(text, end) === Cls.CJK && !startsWithAny(text, end, SESSION_BODIES) &&
      !endsWithAny(text, num.start, TERM_SERVED_BEFORE));
  if (type === 'COUNT' || type === 'QUANTITY' || type === 'MONEY') {
    // 我国是发展中国家的一员，: "a member", whatever follows (a review: a count before a comma)
    if (unit === '员' && c.before === 0x7684 /* 的 */) return true;
    // 民间借贷纠纷一案，, 犯诈骗罪一案。: "the case of", as judgments name theirs (D-5; session 46's review: COUNT 1 before
    // the comma); 审结一案。 counts
    // (贪污一案、受贿三案, 审结盗窃一案。, 受理行政争议一案 count: a list, or a verb of handling cases in the clause; the
    // second review)
    if (unit === '案' && endsWithAny(text, num.start, CASE_NAME_END) && '，。；,;'.includes(text[end] ?? '。') && !caseCountVerbBefore(text, num.start)) return true;
    // 清理一笔、带动一片, 投产一个，见效一个: paired 一 of a slogan, a verb before each (D-5, as 办一件成一件; session 47's
    // review: COUNT 1)
    if (pairedYiSlogan(text, num.start, end)) return true;
    // 亲如一家, 情同一家, 独此一家: idioms (session 39's review: a count of one closing the sentence)
    if (unit === '家' && (c.before === 0x5982 /* 如 */ || c.before === 0x540c /* 同 */ || c.before === 0x6b64 /* 此 */)) return true;
    // (有记录以来最大的一次，, 伤亡最重的一次，: "the largest one", before a comma too, as D-116's 最多的一届; session 50's review)
    if (c.before === 0x7684 /* 的 */ && superlativeBefore(text, num.start - 1)) return true;
    // 重伤一人。, 水库一座。, 不足一亩。: a count closing its sentence as before a comma (a review: lost), but an article
    // there (articleAtSentenceEnd); not at the text's end (a line cut inside a sentence: 一件⏎事)
    const closes = end < text.length && (',.;:、'.includes(text[end]) ||
      ('。!?'.includes(text[end]) && !articleAtSentenceEnd(text, num.start, unit)));
    // (一千克以上, 不满一千克, 一公里以内, 一吨左右: a measure with a bound is a threshold, never an article; session 43's review)
    const counted = endsWithAny(text, num.start, COUNTED_YI_BEFORE) || (num.start > 0 && '和与及或'.includes(text[num.start - 1])) || closes ||
      // (一元左右, 一元以上: a price with a bound, session 47's review: nothing)
      ((type === 'QUANTITY' || type === 'MONEY') && (qualifierAfter(text, end) !== null || qualifierBefore(text, num.start) !== null)) ||
      (CREATED_YI_UNITS.has(unit) && endsWithAny(text, num.start, CREATED_YI_BEFORE)) || // 设立一个工作专班 (D-5)
      text.startsWith('或多', end) || definesNumeralName(text, num.start) || // 一种或多种; 五个一工程:评选一部… (D-38)
      regionPair(c, unit, end) || // (三省一市, 两市一省, 一市三省: session 50's review, 一市 lost)
      (isRangeChar(codeAt(text, end)) && numeralClassAt(text, end + 1)); // (减少一斤到二斤: a range's lower end; session 50's review, 二斤 alone)
    return !counted;
  }
  return false;
}

/** 最 within the four Han characters before the 的 at `de` (最大的一次, 最严重的一场). */
function superlativeBefore(text: string, de: number): boolean {
  for (let k = de - 1; k >= 0 && de - k <= 4; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 0x6700 /* 最 */) return true;
    if (CLASS[ch] !== Cls.CJK) return false;
  }
  return false;
}
/** Units of regions counted in pairs (三省一市). */
const REGION_UNITS = '省市区县州盟';
/** 一 with a region's unit right after a count of regions, or right before one (三省一市, 一市三省). */
function regionPair(c: Ctx, unit: string, end: number): boolean {
  if (unit.length !== 1 || !REGION_UNITS.includes(unit)) return false;
  const last = c.lastMention();
  if (last && last.end === c.num.start && last.type === 'COUNT' && last.unit !== null && REGION_UNITS.includes(last.unit)) return true;
  const m = c.next();
  return !!m && m.start === end && REGION_UNITS.includes(c.text[m.end] ?? '\0');
}

/**
 * Whether 一 at `start` with its classifier up to `end` pairs with another verb-一-classifier across 、 or ， (清理一笔、带动一片;
 * 投产一个，见效一个): the slogan's first half looks ahead, its second back; each 一 after two Han characters of a verb.
 */
function pairedYiSlogan(text: string, start: number, end: number): boolean {
  const verbBefore = (at: number) => at >= 2 && CLASS[text.charCodeAt(at - 1)] === Cls.CJK && CLASS[text.charCodeAt(at - 2)] === Cls.CJK;
  if (!verbBefore(start) || end - start !== 2) return false;
  // (，folds to , in the normalized text the steps read)
  const sep = (at: number) => at < text.length && (text.charCodeAt(at) === C.DUN || text.charCodeAt(at) === C.COMMA);
  // (the first half's verb opening a clause, or after 了, 的, 到: 受理申请一件、驳回一件, 新建学校一所，清理一笔 count; the third
  // hunt)
  const opens = (at: number) => at === 0 || CLASS[text.charCodeAt(at - 1)] === Cls.PUNCT || '了的到'.includes(text[at - 1]);
  // ahead: 、 then two characters then 一 and one character
  if (sep(end) && codeIs(text, end + 3, 0x4e00 /* 一 */) && CLASS[codeAt(text, end + 4) & 0xffff] === Cls.CJK && verbBefore(end + 3) && opens(start - 2)) return true;
  // back: 一 and one character, 、, two characters before this 一
  return start >= 5 && sep(start - 3) && codeIs(text, start - 5, 0x4e00 /* 一 */) && verbBefore(start - 5) && opens(start - 7);
}

/** The ends of a case's name before 一案 (纠纷一案, 诈骗罪一案, 涉黑一案, 危险驾驶一案): the article, "the case of". */
const CASE_NAME_END = ['纠纷', '罪', '受贿', '行贿', '贪污', '挪用公款', '涉黑', '涉恶', '争议', '诈骗', '盗窃', '侵权', '合同', '驾驶', '肇事', '伤害', '杀人', '抢劫', '走私', '贩毒', '毒品',
  '滋事', '集资', '洗钱', '侵占', '拐卖', '强奸', '敲诈勒索', '职务侵占'];
/** A verb that counts cases (审结, 受理, 办结, 改判…) in the clause before `start`: 一案 after it is one case. */
function caseCountVerbBefore(text: string, start: number): boolean {
  return wordInClauseBefore(text, start, 16, CASE_COUNT_VERBS);
}
const CASE_COUNT_VERBS = ['审结', '受理', '办结', '改判', '共', '新收', '立案', '起诉', '判决', '查处', '发回'];

/**
 * 分 after an area in 亩 (三亩二分, 3亩2分: 1 亩 = 10 分), and 厘 after that
 * 分 (三亩八分五厘: 1 分 = 10 厘), and 两 after a weight in 斤 (二十八斤四两,
 * 二十斤零四两: 16 or 10 to the 斤, by the period) written after the unit
 * ending at `end`: the hundredths to add, where the reading ends and how many
 * numerals it took; NOT_CERTAIN where the amount is not certain (no mention),
 * null where neither follows (D-100; a review: 3 and 28, wrong values as 八元
 * alone was; 三亩八分五厘 read 3.8 and 二十斤零四两 20, session 39).
 */
function tenthsAfter(c: Ctx, unit: string, end: number, value: number): { hundredths: number; end: number; skip: number } | typeof NOT_CERTAIN | null {
  // 58秒76, 9秒83: a race time's hundredths after its seconds (session 47's review: 58 秒, the hundredths lost)
  if (unit === '秒') {
    const hh = raceHundredths(c, end, 1);
    return hh >= 0 ? { hundredths: hh, end: c.next()!.end, skip: 1 } : null;
  }
  if (!(unit === '亩' || unit === '斤' || unit === '市亩' || unit === '市斤') || !Number.isInteger(value)) return null;
  // (no word in 分 after it: not 10亩一分为二, 3000亩一分钱没花; a later review)
  const big = unit.endsWith('亩') && value >= 100;
  const m = c.next();
  if (unit.endsWith('斤')) {
    // (零四两 is one numeral to the locator, and oneDigit's; its 两 is a numeral too, skipped with it: 四两，三亩地 read
    // 两 as a list's 2 亩, session 39)
    if (!m || m.start !== end || !oneDigit(c.text, m) || codeAt(c.text, m.end) !== 0x4e24 /* 两 */) return null;
    c.i += c.next(2)?.start === m.end ? 2 : 1;
    return NOT_CERTAIN;
  }
  // (3亩零5厘, 三亩〇五厘, 3亩零5分: a zero the locator reads apart; a later review)
  if ((c.text[end] === '零' || c.text[end] === '〇') && ZERO_TENTHS.test(c.text.slice(end, end + 3))) return NOT_CERTAIN;
  if (!m || m.start !== end || !oneDigit(c.text, m)) return null;
  // (三亩零五分: 3.05 or 3.5? not certain: nothing; 3亩5厘, 三亩零五厘: hundredths after no 分, as uncertain; a later review)
  if (codeAt(c.text, m.end) === 0x5398 /* 厘 */ && codeAt(c.text, m.end + 1) !== 0x7c73 /* 米 */) return NOT_CERTAIN;
  if (m.end !== end + 1) return codeAt(c.text, m.end) === 0x5206 /* 分 */ ? NOT_CERTAIN : null;
  if (codeAt(c.text, m.end) !== 0x5206 /* 分 */ || FEN_WORDS.includes(c.text[m.end + 1] ?? '\0') || FEN_AREA_WORDS.includes(c.text[m.end + 1] ?? '\0')) return null;
  if (FEN_ZONE.includes(c.text[m.end + 1] ?? '\0')) return NOT_CERTAIN;
  // (150亩6分: an area of 100 亩 and more with tenths, or a score table's 100亩1分? not certain: nothing; a later review)
  if (big) return NOT_CERTAIN;
  const n = c.numAt(c.i + 2);
  if (n && n.start === m.end + 1 && n.end === n.start + 1 && oneDigit(c.text, n) && codeAt(c.text, n.end) === 0x5398 /* 厘 */) {
    // (三亩八分五厘五毫: thousandths, not read)
    const o = c.numAt(c.i + 3);
    if (o && o.start === n.end + 1 && '毫丝'.includes(c.text[o.end] ?? '\0')) return NOT_CERTAIN;
    return { hundredths: m.value * 10 + n.value, end: n.end + 1, skip: 2 };
  }
  return { hundredths: m.value * 10, end: m.end + 1, skip: 1 };
}
const NOT_CERTAIN = -1;
const ZERO_TENTHS = /^[零〇][0-9０-９一二三四五六七八九][分厘]/;

/** After 亩 and a digit, 分 opening these is a word (一分为二, 一分钱, 一分值): no tenth. */
const FEN_AREA_WORDS = '为钱数值';
/** After 亩, a digit and 分: 区, 片 (3亩2分区域: 3.2 亩, or two zones? not certain: nothing; a later review). */
const FEN_ZONE = '区片';

/** The first characters of the units addressPart reads (单元, 栋, 幢, 层, 国, 省, 县, 乡), as a table by character. */
const ADDRESS_UNIT = charTable('单栋幢层国省县乡');
/** Characters addressPart looks for: 1 before the number (路, 号, 座, 楼…), 2 after the unit (道 of 国道, 元 of 单元). */
const ADDRESS_AROUND = charTable('道元', 2, charTable('路街号院巷弄座幢栋楼区园寓苑'));

/** Whether text[at] is 栋 or 幢 after a number that follows a house number, a courtyard or a road (8号院5幢, 北路12栋). */
function addressBuilding(text: string, at: number): boolean {
  if (text[at] !== '栋' && text[at] !== '幢') return false;
  let k = at - 1;
  while (k >= 0 && isNumeralChar(text.charCodeAt(k))) k--;
  return k < at - 1 && k >= 0 && ('院号巷弄'.includes(text[k]) || ((text[k] === '路' || text[k] === '街') && !endsWithAny(text, k + 1, NOT_ROAD_NAMES)) ||
    (ESTATE_END.includes(text[k]) && roomAfter(text, at + 1)));
}
/** The last characters of a housing estate's name before its building (幸福小区3栋, 某花园8幢, 阳光公寓5栋, 锦绣家园2栋, 某苑). */
const ESTATE_END = '区园寓苑';
/**
 * Whether an address goes on at i: digits and 室 or 号, or 单元 and a room (小区3栋2单元402室, 花园8幢301室): a building's number,
 * not a count of buildings (某小区共有住宅楼12栋; session 46's review, COUNT 3 栋).
 */
function roomAfter(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && isDigit(text.charCodeAt(k))) k++;
  if (k === i) return false;
  const c = codeAt(text, k);
  // (an entrance with a room after it: 小区5栋20单元360套 counts them, a later probe; not 层 or 楼: 安置小区12栋18层住宅楼
  // counts buildings of 18 floors, the second review)
  return c === 0x5ba4 /* 室 */ || c === 0x53f7 /* 号 */ || (text.startsWith('单元', k) && roomAfter(text, k + 2));
}
/** Words in 路 or 街 that name no road (沿街12栋, 铁路3栋, 步行街; 工业路, 银行街, 十里街 are names: a later review). */
const NOT_ROAD_NAMES = ['沿街', '沿路', '老街', '临街', '背街', '全街', '铁路', '公路', '商业街', '步行街', '小路', '主路', '干路', '马路', '道路', '条路', '条街'];
const LATIN_LETTER = /^[A-Za-zＡ-Ｚａ-ｚ]$/;
/**
 * Before a length: verbs of lasting, which make 攻坚战 after it no programme's name (经过五年攻坚战). Not words.ts's
 * LASTED_BEFORE (了, 已, 工作…), whose other words stand before names too.
 */
const LASTING_BEFORE = ['连续', '持续', '经过', '通过', '历时', '用了'];

/** Names after N轮: vehicles and a figure of speech (三轮汽车, 四轮电动车, 两轮驱动). */
const WHEELED = ['汽车', '电动车', '摩托', '驱动'];

/**
 * A road's number (108国道), or a building, floor or entrance of an address: 栋/幢 after a house number or a named
 * road (和平北路12栋, 8号院5幢), 层 after a building (A座26层, 8号院5幢2层, 2号楼3层), 单元 before a room or after an
 * address's building (12栋3单元502室). 该楼共有地上32层, 住宅楼12栋, 沿街12栋, 5栋20单元360套 count.
 */
/** The units before 道 that make a road's number (108国道, 310省道, 201县道, 012乡道). */
const ROAD_CLASS = ['国', '省', '县', '乡'];

/**
 * 国道, 省道, 县道, 乡道 at `p` (the unit 国, 省, 县 or 乡 there): a road's class after its number. 道路 after 县, 乡 is a
 * road of each (1089乡道路), but for 路段, 路面 (201县道路段, 1089乡道路面: session 39's review); after 国, 省 the road's own
 * (312国道路段).
 */
function roadAt(text: string, unit: string, p: number): boolean {
  return ROAD_CLASS.includes(unit) && codeAt(text, p + 1) === 0x9053 /* 道 */ && (unit === '国' || unit === '省' || codeAt(text, p + 2) !== 0x8def /* 路 */ ||
    codeAt(text, p + 3) === 0x6bb5 /* 段 */ || codeAt(text, p + 3) === 0x9762 /* 面 */);
}

function addressPart(text: string, start: number, unit: string, p: number): boolean {
  // 12栋3单元502室: an entrance before a room's number, or closing an address after its building (建成安置房5栋20单元360套
  // counts; a later review)
  if (unit === '单元') {
    let k = p + 2;
    while (k < text.length && isDigit(text.charCodeAt(k))) k++;
    // (1单元3楼, 3号楼2单元的住户: a later review)
    return (k > p + 2 && (codeAt(text, k) === 0x5ba4 /* 室 */ || codeAt(text, k) === 0x53f7 /* 号 */ || codeAt(text, k) === 0x697c /* 楼 */)) ||
      ('栋幢楼'.includes(text[start - 1] ?? '\0') && (k >= text.length || CLASS[text.charCodeAt(k)] === Cls.PUNCT)) || addressBuilding(text, start - 1) ||
      (text[start - 1] === '楼' && text[start - 2] === '号');
  }
  // 108国道, 310省道, 201县道, 012乡道: a road's number (spec §5; a review: COUNT 108 国); three digits (三省道路 counts
  // provinces); 道路 after 县, 乡 is a road of each (1089乡道路), after 国, 省 the road's own (312国道路段: a later review)
  if (ROAD_CLASS.includes(unit)) return p - start >= 3 && roadAt(text, unit, p);
  if (start === 0) return false;
  const b = text[start - 1], b2 = text[start - 2] ?? '\0';
  // 栋/幢 after a house number or a named road (和平北路12栋, 8号院5幢, 长乐巷5栋); not 沿街12栋, 医院3栋, 铁路 (later reviews)
  if (unit === '栋' || unit === '幢') return b === '号' || (b === '院' && b2 === '号') || b === '巷' || b === '弄' || ((b === '路' || b === '街') && !endsWithAny(text, start, NOT_ROAD_NAMES)) ||
    (ESTATE_END.includes(b) && roomAfter(text, p + 1));
  // 层 after an address's block, building or wing (A座26层, 2号楼3层, 8号院5幢2层); not 每栋18层, 一座26层, 3栋18层
  if (unit === '层') {
    if (b === '楼') return b2 === '号';
    // A座26层, A栋3层 (a block named by a letter; 2座26层的大楼, 3栋18层 count: a later review)
    if ((b === '座' || b === '栋' || b === '幢') && LATIN_LETTER.test(b2)) return true;
    if (b === '幢' || b === '栋') return addressBuilding(text, start - 1);
  }
  return false;
}

/**
 * 一 and a classifier closing a sentence as an article: after 的, a demonstrative, 头 or 最后, 是, 其中, in 办一件成一件,
 * 重要一席, 深刻一笔 (这一条。, 头一次。, 其中一例。); 已建成一座。, 镇中一所。, 贷款一笔。 count (a later review).
 */
function articleAtSentenceEnd(text: string, start: number, unit: string): boolean {
  const b = text[start - 1] ?? '\0', b2 = text[start - 2] ?? '\0';
  if ('的这那头后是'.includes(b) || (b === '中' && b2 === '其') || (b === '成' && text[start - 3] === '一')) return true;
  // (打成一片。, 汇成一股。, 亮丽一笔。: figures; 新建农田一片。, 贷款一笔。, 补贴一笔。 count: later reviews)
  return unit === '员' || unit === '席' || ((unit === '片' || unit === '股') && b === '成') || (unit === '笔' && '刻彩重丽辉煌'.includes(b));
}

/**
 * N次 as a session (ORDINAL, D-32, D-58): before 全会; before a meeting's name (MEETING) after a session's words (人大,
 * 届, 政协…) or as a list's member after them; a member of a list that closes so (sessionListAhead); or after 、 right
 * after an ordinal in 次 (D-74). The session's words are looked for once (they were twice, one test each).
 */
function sessionOrdinal(c: Ctx, end: number): boolean {
  const { text } = c;
  // (十二次党代会以来, 党的十二次全国代表大会: a congress's number without 第, as with it; session 46's review: COUNT 12)
  if (text.startsWith('全会', end) || ordinalListBefore(c, '次') || startsWithAny(text, end, CONGRESS_NAMES)) return true;
  const session = endsWithAny(text, c.num.start, SESSION_BEFORE) || sessionWordsBeforeList(c);
  return (session && startsWithAny(text, end, MEETING)) || sessionListAhead(c, end, session);
}

/** After N次: a congress's name, which numbers it (十二次党代会, 十九次全国代表大会). */
const CONGRESS_NAMES = ['党代会', '全国代表大会', '党员代表大会', '代表大会'];

/**
 * After N次 at `at`: a session's name, 全会 always and 会议 after a session's words (`sessionBefore`), true; 会议
 * without them (每年召开七次、八次会议: how often) false; null where neither stands.
 */
export function sessionNameAt(text: string, at: number, sessionBefore: boolean): boolean | null {
  if (text.startsWith('全会', at)) return true;
  return text.startsWith('会议', at) ? sessionBefore : null;
}

/** 五次、六次全会, 人大一次、二次、三次会议: a session number in a list whose last member names the meeting (sessionNameAt). */
function sessionListAhead(c: Ctx, end: number, sessionBefore: boolean): boolean {
  const { text } = c;
  // (every member, up to the one the meeting's name follows; session 44's review: only the one right before it was
  // read so, 一次 and 三次 COUNTs; counts of how often before 会议 stay counts: the closing review)
  for (let k = end, j = 1; codeAt(text, k) === C.DUN; j++) {
    const m = c.next(j);
    if (!m || m.start !== k + 1 || codeAt(text, m.end) !== 0x6b21 /* 次 */) return false;
    const named = sessionNameAt(text, m.end + 1, sessionBefore);
    if (named !== null) return named;
    k = m.end + 1;
  }
  return false;
}

/**
 * A member after 、 right after an ordinal in `unit`, which it follows: 排名46位、82位 (位, D-55); 第十八次、十九次全国代表大会,
 * 第九次、十次、十一次党代会 (次: it shares the 第, D-74 as 第一、二名, whatever it names; session 44's closing review: COUNTs).
 */
function ordinalListBefore(c: Ctx, unit: string): boolean {
  if (c.before !== C.DUN) return false;
  const last = c.lastMention();
  return !!last && last.type === 'ORDINAL' && last.unit === unit && last.end === c.num.start - 1;
}

/** 常委会二十一、二十二次会议: the numeral before the 、 right before this one follows a session's words (it was not read as one; the closing review). */
function sessionWordsBeforeList(c: Ctx): boolean {
  const prev = c.before === C.DUN ? c.numAt(c.i - 1) : undefined;
  return !!prev && prev.end === c.num.start - 1 && endsWithAny(c.text, prev.start, SESSION_BEFORE);
}

/** 98%和95%以上, 增长5%和7%左右: a qualifier after the last of two amounts in one unit applies to both. */
function listQualifier(c: Ctx, start: number, end: number, unit: string): Qualifier | null {
  const sep = codeAt(c.text, end);
  if (sep === C.HE || sep === C.DUN || sep === C.JI3 || sep === C.YU2 || sep === 0x6216 /* 或 */) { const q = listEndQualifier(c, end, unit); if (q) return q; }
  return start > 0 && isListJoiner(c.text.charCodeAt(start - 1)) ? leadingListBound(c, start, unit) : null;
}
/** A bound after the shared unit's end (not 多 or 余, the closer's own), or one between 分别 and the list's first member. */
function sharedListBound(c: Ctx, start: number, unitEnd: number, unit: string): Qualifier | null {
  const q = qualifierAfter(c.text, unitEnd);
  // (not bands or tiers, whose last alone is open: 0-14、15-64、65岁及以上, 每年200、300、500、800、1000元及以上五档; the hunt)
  if (q && !tiersOpenAtTop(c, start, unitEnd + q[1])) {
    const w = c.text.slice(unitEnd, unitEnd + q[1]);
    // (not 内: 2、3日内办结 leaves its closer exact too)
    return w !== '内' && w !== '多' && w !== '余' ? q[0] : null;
  }
  return start > 0 && isListJoiner(c.text.charCodeAt(start - 1)) ? leadingListBound(c, start, unit) : null;
}
/** A list of bands (a range mark in it) or of tiers counted after it (五档, 三个年龄段) from `start` to its bound's end `end`. */
function tiersOpenAtTop(c: Ctx, start: number, end: number): boolean {
  const { text } = c;
  let k = start;
  while (k > 0 && start - k < 12 && (numeralClassAt(text, k - 1) || isRangeChar(text.charCodeAt(k - 1)) || codeIs(text, k - 1, C.DUN))) k--;
  for (let i = k; i < end; i++) if (isRangeChar(text.charCodeAt(i))) return true;
  return /^[两二三四五六七八九十]?(?:个)?(?:档|档次|个年龄段|年龄段|级|类)/.test(text.slice(end, end + 6));
}
/** listQualifier's walk (0.2%、0.4%、0.7%左右: to the list's last member, each in the unit; session 47's review: the last two alone). */
function listEndQualifier(c: Ctx, end: number, unit: string): Qualifier | null {
  const { text } = c;
  for (let k = 1, at = end; k <= 12; k++) {
    const sep = codeAt(text, at);
    // (5%或7%左右: alternatives joined by 或 share the bound too; session 48's review, the first exact)
    if (sep !== C.HE && sep !== C.DUN && sep !== C.JI3 && sep !== C.YU2 && sep !== 0x6216 /* 或 */) return null;
    const m = c.next(k);
    if (!m || m.start !== at + 1) return null;
    const u = unitAt(text, m.end);
    if (!u || u[0].unit !== unit) return null;
    at = m.end + u[1];
    const q = qualifierAfter(text, at);
    if (!q) continue;
    // (三成和四成多, 30%和40%多: 多 and 余 are the last amount's own, as inside a numeral (D-48); session 46's review: both over)
    const w = text.slice(at, at + q[1]);
    // (分别在五年和七年内: 内 after lengths bounds them all, as 以内 does; session 48's review, the first exact)
    return (w !== '内' || LENGTH_UNITS_IN.includes(unit)) && w !== '多' && w !== '余' ? q[0] : null;
  }
  return null;
}

/**
 * 分别超过4亿千瓦和6亿千瓦, 分别约为1.2亿吨、0.8亿吨, 分别近30%和28%: a bound between 分别 and a list's first member
 * bounds each member, as one after its last does (D-113; session 47's review: the first alone). The members are the
 * mentions just before, each joined to the next by 、 和 及 与 or 或 and in the same unit.
 */
function leadingListBound(c: Ctx, start: number, unit: string): Qualifier | null {
  const { text, out } = c;
  let at = start, k = out.length - 1;
  for (; k >= 0; k--) {
    const m = out[k];
    if (m.end !== at - 1 || !isListJoiner(text.charCodeAt(m.end)) || m.unit !== unit || m.valueMax !== undefined) break;
    at = m.start;
  }
  if (at === start) return null;
  const first = out[k + 1];
  if (first.qualifier === 'exact') return null;
  // 分别 within the clause before the first member, and the bound's word between (分别超过, 分别约为, 分别约占全球的,
  // 分别增长约): not a bound after a list's member before it (超过4亿千瓦和6亿千瓦 without 分别 stays as written)
  let r = first.start - 1;
  while (r > 0 && first.start - r <= 20 && !(text.charCodeAt(r - 1) === 0x5206 /* 分 */ && text.charCodeAt(r) === 0x522b /* 别 */)) {
    if (CLASS[text.charCodeAt(r)] === Cls.PUNCT) return null;
    r--;
  }
  if (text.charCodeAt(r) !== 0x522b /* 别 */) return null;
  for (let p = r + 2; p <= first.start; p++) {
    const q = qualifierBefore(text, p);
    if (q && q[0] === first.qualifier && p - q[1] > r) return first.qualifier;
  }
  return null;
}

/** A score in 分 ahead: a word of scoring within 16 characters before, or one of an assessment before a score in digits, a decimal or ten and more (D-54). */
function scoreAhead(c: Ctx): boolean {
  const { text, num } = c;
  return wordWithin(text, num.start, 16, SCORE_BEFORE) ||
    (wordWithin(text, num.start, 16, SCORE_TOPIC_BEFORE) && (!c.isCn || num.decimal || num.value >= 10));
}

/** An hour of the day right at `end` (3日8时, 一日八时, 5日20点): a whole numeral up to 24 before 时 (not 时间, 时期, 时代) or 点 (not a decimal's). */
function hourAfter(c: Ctx, end: number): boolean {
  const m = c.next();
  if (!m || m.start !== end || !Number.isInteger(m.value) || m.value > 24) return false;
  const k = codeAt(c.text, m.end);
  if (k === 0x65f6 /* 时 */) return !'间期代'.includes(c.text[m.end + 1] ?? '\0');
  return k === 0x70b9 /* 点 */ && !numeralClassAt(c.text, m.end + 1);
}

/** N秒 right after a time of day's minutes (14时30分20秒): its seconds. */
function clockSeconds(c: Ctx): boolean {
  const prev = c.i > 0 ? c.nums[c.i - 1] : undefined;
  return !!prev && prev.end === c.num.start - 1 && c.text.charCodeAt(prev.end) === 0x5206 /* 分 */ && clockMinutes(c.text, prev.start);
}
/** 时 or 点 after a numeral right before `start` (14时30分, 十点三十分): the minutes of a time of day. */
function clockMinutes(text: string, start: number): boolean {
  const b = text.charCodeAt(start - 1);
  return ((b === 0x65f6 /* 时 */ || b === 0x70b9 /* 点 */) && isNumeralChar(codeAt(text, start - 2))) ||
    (b === 0x96f6 /* 零 */ && '时点'.includes(text[start - 2] ?? '\0'));
}
/**
 * The 分 of N分 at [start, end) is minutes: a clock's (9时30分, 九点三十分, 9时零5分), a length's (2小时30分, 12分30秒,
 * 历时40分: session 40's review, scores after 考核), never a score.
 */
function minutesAt(text: string, start: number, end: number): boolean {
  if (clockMinutes(text, start) || text.startsWith('小时', start - 2)) return true;
  if (/^[0-9零一二三四五六七八九十]{1,3}秒/.test(text.slice(end, end + 4))) return true;
  // (two fillers at most: 用时平均约8分)
  let k = start, fillers = 0;
  for (let f = MINUTES_FILLERS.find((w) => text.startsWith(w, k - w.length)); f && fillers < 2; f = MINUTES_FILLERS.find((w) => text.startsWith(w, k - w.length))) { k -= f.length; fillers++; }
  return endsWithAny(text, k, MINUTES_BEFORE) || (fillers > 0 && text.startsWith('时间', k - 2));
}

/** Whether one of the words ends within `span` characters before `i` (a bounded look-back). */
function wordWithin(text: string, i: number, span: number, words: readonly string[]): boolean {
  for (let k = Math.max(0, i - span); k < i; k++) for (const w of words) if (text.startsWith(w, k)) return true;
  return false;
}

/** Whether one of `words` starts at most `span` characters before `i`, in its clause (no ，。；,; between). */
function wordInClauseBefore(text: string, i: number, span: number, words: readonly string[]): boolean {
  for (let k = i - 1; k >= 0 && i - k <= span; k--) {
    if ('，。；,;'.includes(text[k])) return false;
    if (words.some((w) => text.startsWith(w, k))) return true;
  }
  return false;
}

/** After a year of two digits: a law or a campaign it names (79年刑法, 82年宪法, 96年刑诉法, 83年严打). */
/** A flood, a drought or its marks after a year (98年大洪水, 54年最高水位, 98年型洪水, 在98年抗洪中). */
const FLOOD_AFTER_YEAR = ['大洪水', '特大洪水', '洪水', '大水', '型洪水', '型大洪水', '汛期', '抗洪', '最高水位', '洪峰', '水灾', '洪灾', '特大暴雨', '大旱', '特大干旱', '那场'];
/** Before a two-digit year of a flood: comparison and place (超过98年, 比54年, 在98年, 与98年, 、81年). */
const YEAR_COMPARED_BEFORE = '过超比于在与和同如较是、';
/** Before a length of years that a flood word follows (近80年最大洪水, 有记录以来80年, 运行80年, 时隔80年, 建站80年). */
const LENGTH_BEFORE_FLOOD_YEAR = '近来行隔站库成达长续';
const LAW_AFTER_YEAR = ['房改', '刑法', '宪法', '刑诉法', '刑事诉讼法', '民诉法', '民事诉讼法', '严打', '“严打”', '修宪', '宪法修正案',
  '工会法', '劳动法', '婚姻法', '合同法', // (92年工会法, 94年劳动法: session 50's review, lengths)
  '律师法', '《律师法》', '律师暂行条例', '修改后的刑事诉讼法', '修正的律师法', '修订的律师法', '法考', '司考']; // (96年律师法, 18年法考: session 50's review)

/**
 * 95年底, 89年6月, 与95年相比, 从66年到76年: two digits before 年 that name a
 * year (its century not written), where a length would not stand: before
 * 底, 初 or 末 that start no other word, or before a month (above 30:
 * 15年6月 can be a sentence's years and months), or above 50 after 与, 从,
 * 自, 较, 于 (not 相当于…) or 到 after a year (66年到76年), unless 前, 来,
 * 内, 一遇… follow (从3年到5年, 在50年内, 不到70年 are lengths).
 */
function twoDigitYear(text: string, start: number, end: number, value: number): boolean {
  const next = text.charCodeAt(end);
  // (not 10年初步建成, 10年初见成效: a later review)
  if ((next === 0x5e95 /* 底 */ || next === 0x521d /* 初 */ || next === 0x672b /* 末 */) && !NOT_YEAR_PART_AFTER.includes(text[end + 1] ?? '\0')) return true;
  const before = text.charCodeAt(start - 1), before2 = text[start - 2] ?? '\0';
  // (自…之日至25年6月30日: any value after 至 or 到, a later review)
  if ((value > 30 || before === C.ZHI || before === C.DAO) && monthAt(text, end)) return true;
  // 79年刑法, 82年宪法, 83年严打: a law or a campaign named by its year (session 46's review: 79 years); 98年大洪水,
  // 超过54年最高水位, 98年型洪水: a flood named by its year (session 48's review: 98 years)
  // (only where the year opens its clause or follows a word of comparison or place, 超过98年, 在98年: 近60年汛期最多, 运行60年最高水位,
  // 时隔70年那场 are lengths; 汛期 and 抗洪 only from 80 on, 60年汛期中 a length; session 48's hunt)
  // (54年型洪水: a flood's type, whatever stands before; from 80 on any word but one of a length's, 遭受了91年洪水以来)
  // (12年刑诉法, 18年法考: a law's or an exam's year whatever the digits; session 50's review, lengths)
  if (startsWithAny(text, end, LAW_AFTER_YEAR)) return true;
  // (90年普查时, 在90年普查中, 据82年人口普查, 第四次人口普查（90年）: a census's year where the year opens its phrase or
  // follows a word of place or source; not 每10年普查一次, 历经12年普查, 近10年普查数据; session 51's review and hunt, lengths)
  if ((text.startsWith('普查', end) || text.startsWith('人口普查', end)) ? start === 0 || CLASS[before] === Cls.PUNCT || '在据于从自与和同较比到至及'.includes(text[start - 1]) : before === C.LPAREN && text.startsWith('普查', start - 3)) return true;
  if (value > 50 && (codeIs(text, end, 0x578b /* 型 */) || (startsWithAny(text, end, FLOOD_AFTER_YEAR) &&
    (start === 0 || CLASS[before] === Cls.PUNCT || CLASS[before] === Cls.SPACE || YEAR_COMPARED_BEFORE.includes(text[start - 1]) || (value >= 80 && !LENGTH_BEFORE_FLOOD_YEAR.includes(text[start - 1]))) &&
    (value >= 80 || !(text.startsWith('汛期', end) || text.startsWith('抗洪', end)))))) return true;
  // 自83年以来, 从85年以来: "since" a year (自 and 以来 name a point; session 48's review: 83 years); 88年比87年上升: a year
  // compared with another
  // (自12年以来: any two digits, no length is reached "since"; 97年与96年相比: with 与 or 和 before another year too)
  if ((before === 0x81ea /* 自 */ || before === 0x4ece /* 从 */) && text.startsWith('以来', end)) return true;
  if (value > 50 && /^(?:比|与|和|同|较)[5-9][0-9]年/.test(text.slice(end, end + 4))) return true;
  // 24年全市GDP增长, 。98年我省: a clause opening with the year of a place's figures, not a length (session 36: 24 years);
  // not 40年全国粮食产量增长了一倍, 35年全市累计, 50年全国人口增长了一倍多: 30–49 are lengths (no year of the reports),
  // and so is any before 累计 or a growth by times (倍, 翻) in its clause (a review)
  if (((value >= 10 && value < 30) || value >= 50) && (start === 0 || CLASS[before] === Cls.PUNCT || CLASS[before] === Cls.SPACE) &&
    startsWithAny(text, end, PLACE_AFTER_YEAR) && !growthOverYears(text, end + 2)) return true;
  // 92年春天, 98年上半年: a year's season or half, where the year opens a clause or follows 在 or 于 (a review: 92
  // years); not 连续23年春节, 近15年夏季, 过去12年上半年 (a later review)
  if (value >= 10 && (start === 0 || CLASS[before] === Cls.PUNCT || CLASS[before] === Cls.SPACE || before === 0x5728 /* 在 */ || before === 0x4e8e /* 于 */ || before === C.ZHI || before === C.DAO) &&
    startsWithAny(text, end, SEASON_AFTER)) return true;
  // 早在85年: "as early as" a year (早在50年前 is a length, below)
  if (value > 50 && before === 0x5728 /* 在 */ && before2 === '早' && !YEARS_AGO_AFTER.includes(text[end] ?? '\0')) return true;
  // 2019年6月至21年3月, 从84年至86年, 66年到76年: the end of a range of dates (a later review: 21 years, 86 years);
  // after a month or day of a date (6月, 元月, 即日: not 从6个月到15年, 自交付之日至20年, 30个工作日至) or, above 50, a year
  // (not 不到70年, 调整到70年: a later review)
  if ((before === C.ZHI || before === C.DAO) && (((before2 === '月' || before2 === '日') && !'个之作'.includes(text[start - 3] ?? '个')) || (before2 === '年' && value > 50)) && !YEARS_AGO_AFTER.includes(text[end] ?? '\0')) return true;
  // 1958年和59年, 1962、63年, 1985、86、87年: a year shortened in a list after a full one, never a length (a review:
  // 59 years; D-99)
  // (not 与25年前, 和20年前相比, 10年后: lengths before or after, a later review; at most five years on, or twelve for a
  // year of the last century above 50, 1953年和64年两次人口普查)
  const listed = LIST_MARKS.includes(text[start - 1] ?? '\0') && !YEARS_AGO_AFTER.includes(text[end] ?? '\0') ? SHORT_YEAR_LIST.exec(text.slice(Math.max(0, start - 24), start)) : null;
  if (listed) { const y = expandShortYear(Number(listed[1]), value); if (y > 0 && y - Number(listed[1]) <= (value > 50 && y < 2000 ? 12 : 5)) return true; }
  // (not 相当于60年, 与60年前相比, 60年一遇: a later review)
  if (value <= 50 || YEARS_AGO_AFTER.includes(text[end] ?? '\0')) return false;
  if (before === 0x4e8e /* 于 */) return !COMPARE_BEFORE_YU.includes(before2);
  // (由98年的2862万元增加到03年的: 由 as 从 where the year's figure follows its 的; not 由70年的规定调整为50年, 在70年的基础上
  // 再延长30年: lengths; session 51's review and hunt)
  const figureAfter = codeIs(text, end, 0x7684 /* 的 */) && FIGURE_AFTER_DE.test(text.slice(end + 1, end + 4));
  return before === 0x4e0e /* 与 */ || before === 0x4ece /* 从 */ || before === 0x81ea /* 自 */ || before === 0x8f83 /* 较 */ ||
    (before === 0x7531 /* 由 */ && figureAfter) ||
    // (由85年的356万元增长到95年的: the change's second year after its first)
    ((before === C.DAO || before === C.ZHI) && figureAfter && /由[5-9][0-9]年的(?:不足|不到|近|约|仅)?[0-9零一二三四五六七八九十]/.test(text.slice(Math.max(0, start - 30), start))) ||
    // (在80年的基础上，81年全县…: the base year of the next year's figures; not 在70年的基础上再延长30年)
    (before === 0x5728 /* 在 */ && text.startsWith('的基础上', end) && new RegExp(`^[，,]?${value + 1}年`).test(text.slice(end + 4, end + 9)));
}

/** A full year, then shortened ones, each after 、, 和, 或, 及, 以及, 与 or 同, up to a numeral: 1985、86、 (D-99) */
const LIST_MARKS = '、和或及与同';
const SHORT_YEAR_LIST = /(?:^|[^0-9])((?:19|20)[0-9]{2})年?(?:(?:以及|[、和或及与同])[0-9]{2}年?)*(?:以及|[、和或及与同])$/;

/**
 * 84年至86年, 84—86年: two two-digit years, a range of years whose century is
 * not written (a review: 84–86 years), no mention; not where both ends end in
 * 0 or 5 (50年至60年, 55至65年: lengths of trees, buildings, recovery).
 */
function twoDigitYears(text: string, lowEnd: number, value: number, valueMax: number): boolean {
  return Number.isInteger(value) && value >= 50 && valueMax <= 99 && valueMax - value <= 10 && (value % 5 !== 0 || valueMax % 5 !== 0) &&
    (codeAt(text, lowEnd) === C.NIAN || (value % 5 !== 0 && valueMax % 5 !== 0));
}

/**
 * Whether the clause from i tells what grew over a length of years: 累计,
 * 年均增长, a change 从…增加到, or a growth by times (增长了一倍, 翻一番); not
 * 从业, 从严 or 年均气温, a year's own figures (a review).
 */
function growthOverYears(text: string, i: number): boolean {
  let from = false;
  for (let k = i; k < text.length && k - i < 30; k++) {
    const ch = text[k];
    if (SENTENCE_STOPS.includes(ch) || ch === '，' || ch === ',') return false;
    if (ch === '倍' || text.startsWith('翻番', k) || text.startsWith('翻一番', k) || text.startsWith('累计', k) || startsWithAny(text, k, GROWTH_RATE_WORDS)) return true;
    if (ch === '从' && !from) from = true;
    else if (from && startsWithAny(text, k, CHANGED_TO)) return true;
  }
  return false;
}
/** A yearly rate of growth over a length (20年全市GDP年均增长9.8%). */
const GROWTH_RATE_WORDS = ['年均增长', '年均递增', '年均增速', '年平均增长'];
/** The end of a change 从…到 (从2264亿斤增加到13277亿斤). */
const CHANGED_TO = ['增加到', '增长到', '提高到', '上升到', '下降到', '减少到', '扩大到', '跃升到', '增至', '增加至', '提高至', '下降至'];

/** A season or half of a year after it (92年春天, 98年上半年). */
const SEASON_AFTER = ['春天', '春季', '春节', '夏天', '夏季', '秋天', '秋季', '冬天', '冬季', '上半年', '下半年'];
/** A place's figures after a year opening a clause: 24年全市, 98年我省. */
// (not 我国: 70年我国经济社会发生了深刻变化 is a length, a review)
const PLACE_AFTER_YEAR = ['全市', '全省', '全区', '全县', '全州', '全国', '全年', '我市', '我省', '我区', '我县', '我州'];
/** After 初 (or 底, 末) these make a word (初步, 初见, 底线, 末端, 底部, 初审, 末位): no part of a year. */
const NOT_YEAR_PART_AFTER = '步见衷心始期次稿创具露现线气蕴子色端梢部审位尾层板盘';
/** Before 于 these make a comparison (相当于, 等于, 大于, 低于): a length follows. */
const COMPARE_BEFORE_YU = '当等大小高低多少过';
/** After N年: 60年前, 70年来, 50年内, 60年一遇: a length. */
const YEARS_AGO_AFTER = '前后来内以里间之多余一';

/** A month right at `at`: 6月, １２月, 六月, 十二月 (not 6个月). */
function monthAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at < 3 && isMonthDigit(text.charCodeAt(k))) k++;
  return k > at && text.charCodeAt(k) === 0x6708 /* 月 */;
}

const isMonthDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || '一二三四五六七八九十'.includes(String.fromCharCode(c));

/** After N元 these make 元 a part of a word (二元结构, 一元化, 多元论), no yuan. */
const NOT_YUAN_AFTER = ['结构', '体制', '格局']; // (not 化, 论: 十元化肥, 七元化工产品, 三元论斤卖; a later review)

/** After N人: a household's size class (户, 及以上户, 以上户, 的户). */
const HOUSEHOLD_CLASS = /^(?:及以上|以上|及以下|以下)?户(?!籍|口)/; // (3人以下户: session 50's review)

/** 工分值 earlier in the clause (工分值由五分提高到八分, 每十个工分值八角五分): a work-point's value in money. */
function workPointBefore(text: string, at: number): boolean {
  return wordInClauseBefore(text, at, 14, WORK_POINT_WORDS);
}
const WORK_POINT_WORDS = ['工分值', '劳动日值'];
