// 零 alone: the number zero only where something is said to be zero
// (收支均为零 → NUMBER 0); elsewhere a word (零部件, 零售, 零碳, 零容忍).
import { charOrNone, Cls } from '../../text/chars.js';
import { ZERO_BEFORE } from './data/words.js';
import type { Ctx, Step } from './context.js';

export const zero: Step = {
  id: 'number.zero',
  only: 'cn',
  when: { first: '零' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (!c.isCn || !c.is(0x96f6 /* 零 */)) return false;
    const after = c.after;
    if (charOrNone(text, num.start - 1) === ZERO_BEFORE && (after < 0 || c.afterCls === Cls.PUNCT)) {
      c.push(this.id, { start: num.start, end: num.end, type: 'NUMBER', value: 0, unit: null, qualifier: 'exact' });
    }
    return true;
  },
};
