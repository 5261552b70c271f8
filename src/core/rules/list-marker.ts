// "17.10个" at the start of a line after a sentence end is the list marker
// "17." and the count "10个" (seeds: １７．１０个省级水网重大项目): re-read the
// numeral after the dot. It settles nothing itself; later steps see the
// re-read numeral.
import { unitAt } from '../lexicon.js';
import { NumForm, readArabic } from '../numbers.js';
import { SENTENCE_END } from './data/words.js';
import { C, isRangeChar, startsWithAny, type Ctx, type Step } from './context.js';
import { isYearValue } from '../read.js';
import { codeAt, codeIs } from '../../text/chars.js';

export const listMarker: Step = {
  id: 'list-marker',
  only: 'arabic',
  decimal: true,
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (num.form !== NumForm.ARABIC || !num.decimal || num.intDigits > 2 || num.value < 1) return false;
    const dot = text.indexOf('.', num.start);
    // 1.2023年以来, 7.2019—2023年: a marker before a year, wherever it stands (1.2023 years is no length)
    // (the upper end of a range whole digits too: 8.2765—8.2800元 is an exchange rate's range; session 47's review: the lower
    // end lost, 1.2345至1.5万亿元 read 2345亿)
    // (2.2024学年, 2.2024财年, 3.2024赛季: a year's label after it as 年; session 47's review, DURATION 2.2024 学年)
    const yearAfter = num.end - dot === 5 && (codeIs(text, num.end, C.NIAN) || startsWithAny(text, num.end, YEAR_LABELS_AFTER) || (isRangeChar(codeAt(text, num.end)) && wholeUpperEnd(c))) &&
      isYearValue(readArabic(text, dot + 1, text.length), text.slice(dot + 1, num.end));
    // (6.3000—5000元, 2.10000—20000元: a marker before a range of whole amounts, its lower end below the upper; the second
    // hunt: 6.3–5000)
    if (!yearAfter && !rangeAfterMarker(c, dot)) {
      // only a plain decimal before a counting classifier: 93.3千公顷 and 3.5个百分点 are numbers
      if (!c.atLineStart(num.start)) return false;
      if (num.start !== 0 && !SENTENCE_END.has(text[num.start - 1])) return false;
      // (a table's cell alone on its line, 3.40人⏎, and a part after the point opening with 0, 4.00人, are decimals: the
      // item of a list runs on after its count, １７．１０个省级水网重大项目; session 47's review: 40人, 00人)
      if (codeIs(text, dot + 1, 0x30 /* 0 */)) return false;
      const u = unitAt(text, num.end);
      // (a numbered list's item, its neighbour's marker at a line's start: 4.婴儿死亡率…⏎5.5岁以下儿童死亡率, 5 岁 whatever
      // the unit; session 47's review: 5.5 岁)
      if (!u || (u[0].type !== 'COUNT' && !neighbourItem(c, Math.trunc(num.value), dot))) return false;
      const after = num.end + u[1];
      // (nor a cell before the next line's label, 79.4⏎人均: the unit on a line of its own)
      if (after >= text.length || c.atLineStart(after) || SENTENCE_END.has(text[after]) || c.gap(num.end)) return false;
    }
    c.nums[c.i] = readArabic(text, dot + 1, text.length);
    c.reload();
    return false;
  },
};

/**
 * Whether the numeral after the range mark is whole digits (7.2019—2023年, 4.2000—3000元: a marker, then the range); one
 * with a decimal part makes the first a decimal too (8.2765—8.2800元, 1.2345至1.5万亿元).
 */
function wholeUpperEnd(c: Ctx): boolean {
  const m = c.next();
  return !!m && m.start === c.num.end + 1 && m.form !== NumForm.CHINESE && !m.decimal;
}

/** Labels of a year after it other than 年: 学年, 财年, 赛季. */
const YEAR_LABELS_AFTER = ['学年', '财年', '赛季'];

/** Whether the item before (n-1.) or after (n+1.) opens a line within 120 characters: a numbered list around the numeral. */
function neighbourItem(c: Ctx, n: number, dot: number): boolean {
  const { text, num } = c;
  const before = `${n - 1}.`, after = `${n + 1}.`;
  for (let k = num.start - 2; k >= 0 && num.start - k <= 120; k--) if (c.atLineStart(k) && text.startsWith(before, k)) return true;
  for (let k = dot + 1; k < text.length && k - dot <= 120; k++) if (c.atLineStart(k) && text.startsWith(after, k)) return true;
  return false;
}

/** N. before four or five digits, not opening with 0, a range mark and whole digits above them: a list marker, then the range. */
function rangeAfterMarker(c: Ctx, dot: number): boolean {
  const { text, num } = c;
  const digits = num.end - dot - 1;
  if (digits < 4 || digits > 5 || codeIs(text, dot + 1, 0x30 /* 0 */) || !isRangeChar(codeAt(text, num.end)) || !wholeUpperEnd(c)) return false;
  return Number(text.slice(dot + 1, num.end)) < c.next()!.value;
}
