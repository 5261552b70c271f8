// Percentages and fractions written in words: 百分之七点九 (PERCENT 7.9),
// 百分之十到百分之十五 and 百分之十到十五 (PERCENT 10–15), 三分之一 (RATIO 1/3).
import { CLASS, Cls, CN_SCALE, codeAt, codeIs, isTensToThousands } from '../../text/chars.js';
import { qualifierAfter, unitAt } from '../lexicon.js';
import { limitBefore, negBeforePercentWords, qualifierAround, strongWeak } from '../read.js';
import { C, isListJoiner, isRangeChar, startsWithAny, type Ctx, type Found, type Step } from './context.js';
import { FULL_EFFORT_AFTER } from './data/words.js';
import { baseQualifier, marginPassed } from './unit.js';

/** Whether 点几 follows at i: a decimal part left vague (一点几, 零点几). */
const pointJiAt = (text: string, i: number) => codeIs(text, i, 0x70b9 /* 点 */) && codeIs(text, i + 1, C.JI);

/** 百分之N → PERCENT N, unit %, the 百分之 inside the span. */
export const percentWords: Step = {
  id: 'percent.words',
  when: { before: '之' },
  apply(c: Ctx): boolean {
    const { text, num } = c;
    // (startsWith reads a negative position as 0: a numeral near the start has no 百分之 before it)
    if (num.start < 3 || !text.startsWith('百分之', num.start - 3)) return false;
    // 百分之一点几, 百分之零点几: a decimal part not given, no value (D-48; session 46's review: PERCENT 1 and 0, exact)
    if (pointJiAt(text, num.end)) return true;
    // 以百分之百的努力: a figure of speech (D-78), no share of anything; the noun after decides (以百分之百的合格率 is a share)
    if (num.value === 100 && codeIs(text, num.end, 0x7684 /* 的 */) && startsWithAny(text, num.end + 1, FULL_EFFORT_AFTER)) return true;
    // 负百分之五: the explicit minus is the sign (as 负5% gives -5), inside the span
    const neg = negBeforePercentWords(text, num.start);
    const start = neg ? num.start - 4 : num.start - 3;
    const value = neg ? -num.value : num.value;
    // a range, the upper end below the lower being two (百分之十五到百分之十): 百分之十到百分之十五, as 10%到15%
    // (D-11); 百分之十到十五, where the upper end shares the 百分之 (D-80): a bare numeral of the same writing with
    // no unit, 分之 or scale word of its own (百分之十到十五年, 十五个百分点 are other things)
    const m = c.next();
    if (m && isRangeChar(c.after) && Number.isFinite(m.value) && !num.neg && !m.neg && value < m.value &&
      // (百分之六十至百分之一百的罚款: a range; the figure of speech only before an attitude, D-78; session 47's review: two)
      ((m.start === num.end + 4 && text.startsWith('百分之', num.end + 1) && !(m.value === 100 && codeIs(text, m.end, 0x7684 /* 的 */) && startsWithAny(text, m.end + 1, FULL_EFFORT_AFTER))) ||
        (m.start === num.end + 1 && m.form === num.form && !m.over && m.value <= 1000 && !unitAt(text, m.end) && !text.startsWith('分之', m.end) && !text.startsWith('百分之', m.end)))) {
      // (不超过人均耕地的百分之五至七: a base's bound as for one rate, D-112; session 47's review: exact)
      const q = qualifierAround(text, start, m.end, 'PERCENT');
      c.push('percent.words-range', { start, end: m.end, type: 'PERCENT', value, valueMax: m.value, unit: '%', qualifier: q === 'exact' ? baseQualifier(c, start) ?? q : q });
      c.i++;
      return true;
    }
    if (codeIs(text, num.end, C.JI)) {
      // 百分之一百几十: vague past the 几 (110–190?), no value rather than 100
      if (CN_SCALE[text.charCodeAt(num.end + 1)]) return true;
      // 百分之二十几: 几 after Chinese tens is inside the span and sets over (D-48)
      if (c.isCn && isTensToThousands(text.charCodeAt(num.end - 1))) {
        c.push(this.id, { start, end: num.end + 1, type: 'PERCENT', value, unit: '%', qualifier: 'over' });
        return true;
      }
    }
    // (比计划规定的数字超过百分之二十九点二: the margin, as in the unit step; session 49's review: over)
    const around = qualifierAround(text, start, num.end, 'PERCENT');
    const q = around === 'over' && marginPassed(text, start) && !qualifierAfter(text, num.end) ? 'exact' : around;
    // (至少应达到百分之八十: the limit before a verb, as for a percentage in %; session 44's review)
    c.push(this.id, { start, end: num.end, type: 'PERCENT', value, unit: '%', qualifier: q === 'exact' ? (limitBefore(text, start) ? 'over' : strongWeak(text, num.end) ?? baseQualifier(c, start) ?? q) : q });
    // 分别占百分之三十和四十, 百分之五、八和十: bare numerals listed after it share its 百分之, as a list shares
    // the unit of its last number (D-81); only where each ends a phrase (百分之三十和四十岁 is an age)
    for (let e = num.end, n = c.next(); n && n.start === e + 1 && isListJoiner(text.charCodeAt(e)) && n.form === num.form && !n.neg && !n.over &&
      Number.isFinite(n.value) && (sharedPercentEnds(text, n.end) || (text.charCodeAt(n.end) === 0x3001 /* 、 */ && bareListEnds(c, c.i + 1))); e = n.end, n = c.next()) {
      c.push('percent.words-shared', { start: n.start, end: n.end, type: 'PERCENT', value: n.value, unit: '%', qualifier: qualifierAround(text, n.start, n.end, 'PERCENT') });
      c.i++;
    }
    return true;
  },
};

/**
 * 百分之四、五、六和七: whether the bare numerals from nums[j] on, joined by 、 and a word (和, 及, 与, 或),
 * end the list where a shared rate ends its phrase (the last one, sharedPercentEnds); not 和二、三季度, whose last
 * has a unit (session 46's review: the members after the first lost).
 */
function bareListEnds(c: Ctx, j: number): boolean {
  const { text } = c;
  // (a word joins its last members, 和, 及, 与, 或: 百分之三、四、五 alone stays as D-90 reads it)
  let joined = false;
  for (let m = c.numAt(j); m; m = c.numAt(++j)) {
    const next = c.numAt(j + 1);
    if (!(isListJoiner(text.charCodeAt(m.end)) && next && next.start === m.end + 1 && next.form === m.form)) return joined && sharedPercentEnds(text, m.end);
    if (text[m.end] !== '、') joined = true;
  }
  return false;
}

/** Whether a bare numeral sharing 百分之 ends its phrase at i: punctuation, a space, the text's end, 的, or a qualifier (左右, 以上). */
function sharedPercentEnds(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const k = CLASS[text.charCodeAt(i)];
  // not a pause mark: 和二、三季度 is a list of quarters (D-47's ranges), not a second rate
  if (text[i] === '、') return false;
  return k === Cls.PUNCT || k === Cls.SPACE || text.charCodeAt(i) === 0x7684 /* 的 */ || qualifierAfter(text, i) !== null || isListJoiner(text.charCodeAt(i));
}


/** N分之M → RATIO M/N (千分之M → PERCENT M ‰); a lone 百 before 分之 (百分之 without a readable numeral) is nothing. */
export const fraction: Step = {
  id: 'ratio.fraction',
  when: { after: '分' },
  apply(c: Ctx): boolean {
    const { text, num } = c;
    if (!text.startsWith('分之', num.end)) return false;
    const m = c.next();
    if (m && m.start === num.end + 2 && num.value !== 0) {
      // 千分之零点几, 万分之一点几: no value, as 百分之零点几
      if (pointJiAt(text, m.end)) { c.i++; return true; }
      // 一又二分之一, 1又1/2: a whole and a fraction; the whole was read before it: its value would be lost, the
      // fraction's alone (0.5 for 1.5) wrong: nothing (the whole's step leaves 又 alone)
      if (c.before === 0x53c8 /* 又 */) { c.i++; return true; }
      // 千分之二点三 is 2.3‰: PERCENT in ‰ with the value as written, as 2.3‰ is (D-41, D-96); 负千分之 signs it,
      // as 负百分之 does; 千分之三到五 is a range, as 百分之十到十五 (D-80)
      if (c.s === '千') {
        const start = num.neg ? num.start - 1 : num.start;
        const value = num.neg ? -m.value : m.value;
        const m2 = c.next(2);
        const upper = !num.neg && m2 && isRangeChar(codeAt(text, m.end)) && m2.start === m.end + 1 && m2.form === m.form && !m2.neg && !m2.over &&
          Number.isFinite(m2.value) && m2.value > m.value && !unitAt(text, m2.end) && !text.startsWith('分之', m2.end) ? m2 : undefined;
        // (千分之三至千分之五: the upper end with its own 千分之, as 百分之三至百分之五; session 50's review, two)
        const m3 = !upper && !num.neg && m2 && isRangeChar(codeAt(text, m.end)) && m2.start === m.end + 1 && m2.end === m2.start + 1 && m2.value === 1000 &&
          text.startsWith('分之', m2.end) ? c.next(3) : undefined;
        const full = m3 && m3.start === m2!.end + 2 && m3.form === m.form && !m3.neg && Number.isFinite(m3.value) && m3.value > m.value && !pointJiAt(text, m3.end) ? m3 : undefined;
        const end = upper ? upper.end : full ? full.end : m.end;
        // (不少于上年财政收入的千分之一: a bound before the base, as for 百分之; session 50's review, exact)
        const q = qualifierAround(text, start, end, 'PERCENT');
        const found: Found = { start, end, type: 'PERCENT', value, unit: '‰', qualifier: q === 'exact' ? baseQualifier(c, start) ?? q : q };
        if (upper) found.valueMax = upper.value;
        else if (full) found.valueMax = full.value;
        c.push('percent.permille', found);
        c.i += upper ? 2 : full ? 3 : 1;
        return true;
      }
      // 五分之一至二分之一, 三分之一到二分之一: a range of fractions, one RATIO as 百分之一至百分之三 is one PERCENT (D-11;
      // session 49's review: two RATIOs)
      const d2 = c.next(2), n2 = c.next(3);
      if (d2 && n2 && isRangeChar(codeAt(text, m.end)) && d2.start === m.end + 1 && text.startsWith('分之', d2.end) && n2.start === d2.end + 2 &&
        d2.value > 0 && !d2.neg && !n2.neg && n2.value / d2.value > m.value / num.value && !pointJiAt(text, n2.end)) {
        const q = qualifierAround(text, num.start, n2.end, 'PERCENT');
        c.push('ratio.fraction-range', { start: num.start, end: n2.end, type: 'RATIO', value: m.value / num.value, valueMax: n2.value / d2.value, unit: null, qualifier: q === 'exact' ? baseQualifier(c, num.start) ?? q : q });
        c.i += 3;
        return true;
      }
      const q = qualifierAround(text, num.start, m.end, 'PERCENT');
      c.push(this.id, { start: num.start, end: m.end, type: 'RATIO', value: m.value / num.value, unit: null, qualifier: q === 'exact' ? strongWeak(text, m.end) ?? baseQualifier(c, num.start) ?? q : q });
      c.i++;
      return true;
    }
    return c.is(C.BAI);
  },
};
