// A list of bare numbers sharing the unit of the number that closes it
// (分别提高4.08和3.76个百分点, 第7、6、4位): each takes that unit.
import { unitAt, type UnitEntry } from '../lexicon.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { LIST_SEPARATORS } from './data/words.js';

/** The unit of the number that closes the list numeral i starts, or null (at most 8 hops; dates never share). */
export function sharedUnitAhead(text: string, nums: NumberSpan[], i: number): UnitEntry | null {
  let j = i;
  for (let hops = 0; hops < 8; hops++) {
    // (bounds-checked: a read past the last numeral throws compiled code away once, see Ctx.next)
    const cur = nums[j], next = j + 1 < nums.length ? nums[j + 1] : undefined;
    if (!next) return null;
    const sep = text.slice(cur.end, next.start);
    if (!LIST_SEPARATORS.has(sep)) return null;
    if ((cur.form === NumForm.CHINESE) !== (next.form === NumForm.CHINESE)) return null;
    const u = unitAt(text, next.end);
    if (u) return u[0].type === 'DATE' ? null : u[0];
    j++;
  }
  return null;
}
