// "17.10个" at the start of a line after a sentence end is the list marker
// "17." and the count "10个" (seeds: １７．１０个省级水网重大项目): re-read the
// numeral after the dot. It settles nothing itself; later steps see the
// re-read numeral.
import { unitAt } from '../lexicon.js';
import { NumForm, readArabic } from '../numbers.js';
import { SENTENCE_END } from './data/words.js';
import type { Ctx, Step } from './context.js';

export const listMarker: Step = {
  id: 'list-marker',
  only: 'arabic',
  decimal: true,
  apply(c: Ctx): boolean {
    const { num, text } = c;
    // only a plain decimal before a counting classifier: 93.3千公顷 and 3.5个百分点 are numbers
    if (num.form !== NumForm.ARABIC || !num.decimal || num.intDigits > 2 || num.value < 1 || !c.atLineStart(num.start)) return false;
    if (num.start !== 0 && !SENTENCE_END.has(text[num.start - 1])) return false;
    const u = unitAt(text, num.end);
    if (!u || u[0].type !== 'COUNT') return false;
    const dot = text.indexOf('.', num.start);
    c.nums[c.i] = readArabic(text, dot + 1, text.length);
    c.reload();
    return false;
  },
};
