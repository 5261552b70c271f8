// Ratios written a:b[:c] (RATIO a/b, D-57) and products a×b with a unit.
import { unitAt } from '../lexicon.js';
import { NumForm } from '../numbers.js';
import { C, type Ctx, type Step } from './context.js';

/** 1∶1.87, 3:4:3 → one RATIO, value first ÷ second; clock times (9:30) are not ratios. */
export const colonRatio: Step = {
  id: 'ratio.colon',
  only: 'arabic',
  when: { after: ':∶' },
  apply(c: Ctx): boolean {
    if (c.isCn || (c.after !== C.COLON && c.after !== C.RATIO)) return false;
    const { num, nums, text } = c;
    const m = c.next();
    const clock = num.intDigits <= 2 && !num.decimal && m && m.intDigits === 2 && !m.decimal && num.value <= 24 && m.value < 60;
    if (!m || m.start !== num.end + 1 || m.form === NumForm.CHINESE || m.value === 0 || clock) return false;
    let j = c.i + 1;
    while (c.numAt(j + 1)?.start === nums[j].end + 1 && (text.charCodeAt(nums[j].end) === C.COLON || text.charCodeAt(nums[j].end) === C.RATIO)) j++;
    c.push(this.id, { start: num.start, end: nums[j].end, type: 'RATIO', value: num.value / m.value, unit: null, qualifier: 'exact' });
    c.i = j;
    return true;
  },
};

/** 3×5米: the product, with the unit's type. */
export const product: Step = {
  id: 'product',
  only: 'arabic',
  when: { after: '×' },
  apply(c: Ctx): boolean {
    if (c.isCn || c.after !== C.TIMES) return false;
    const { num, text } = c;
    const m = c.next();
    const u = m && m.start === num.end + 1 ? unitAt(text, m.end) : null;
    // 7×24小时 is round-the-clock service, not a length of 168 hours
    if (!m || !u) return false;
    if (u[0].type === 'DURATION') { c.i++; return true; }
    c.push(this.id, { start: num.start, end: m.end + u[1], type: u[0].type, value: num.value * m.value, unit: u[0].unit, qualifier: 'exact' });
    c.i++;
    return true;
  },
};
