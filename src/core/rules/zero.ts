// 零 alone: the number zero only where something is said to be zero
// (收支均为零 → NUMBER 0); elsewhere a word (零部件, 零售, 零碳, 零容忍).
import { charOrNone, Cls } from '../../text/chars.js';
import { ZERO_BEFORE } from './data/words.js';
import { isRangeChar, type Ctx, type Step } from './context.js';

export const zero: Step = {
  id: 'number.zero',
  only: 'cn',
  when: { first: '零' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (!c.isCn || !c.is(0x96f6 /* 零 */)) return false;
    const after = c.after;
    // (零至十四岁, 零至五万元: a range's lower end, read with its upper one (D-11); 零至30%, 由零至百分之五, across forms: nothing
    // for either; session 51's reviews, the upper end alone)
    // (not 从零到30万辆, 由零增至: a change from nothing, the amount reached stays; session 51's hunt)
    if (isRangeChar(after) && c.before !== 0x4ece /* 从 */ && c.before !== 0x7531 /* 由 */) {
      const m = c.next();
      if (m && m.start === num.end + 1 && m.form === num.form) return false;
      if (m && (m.start === num.end + 1 || (m.start === num.end + 4 && text.startsWith('百分之', num.end + 1)))) c.i++;
      return true;
    }
    if (charOrNone(text, num.start - 1) === ZERO_BEFORE && (after < 0 || c.afterCls === Cls.PUNCT)) {
      c.push(this.id, { start: num.start, end: num.end, type: 'NUMBER', value: 0, unit: null, qualifier: 'exact' });
    }
    return true;
  },
};
