// "17.10个" at the start of a line after a sentence end is the list marker
// "17." and the count "10个" (seeds: １７．１０个省级水网重大项目): re-read the
// numeral after the dot. It settles nothing itself; later steps see the
// re-read numeral.
import { unitAt } from '../lexicon.js';
import { NumForm, readArabic } from '../numbers.js';
import { SENTENCE_END } from './data/words.js';
import { C, isRangeChar, type Ctx, type Step } from './context.js';
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
    const yearAfter = num.end - dot === 5 && (codeIs(text, num.end, C.NIAN) || isRangeChar(codeAt(text, num.end))) && isYearValue(readArabic(text, dot + 1, text.length), text.slice(dot + 1, num.end));
    if (!yearAfter) {
      // only a plain decimal before a counting classifier: 93.3千公顷 and 3.5个百分点 are numbers
      if (!c.atLineStart(num.start)) return false;
      if (num.start !== 0 && !SENTENCE_END.has(text[num.start - 1])) return false;
      const u = unitAt(text, num.end);
      if (!u || u[0].type !== 'COUNT') return false;
    }
    c.nums[c.i] = readArabic(text, dot + 1, text.length);
    c.reload();
    return false;
  },
};
