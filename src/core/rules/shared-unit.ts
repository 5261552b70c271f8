// A list of bare numbers sharing the unit of the number that closes it
// (分别提高4.08和3.76个百分点, 第7、6、4位): each takes that unit.
import { unitAt, type UnitEntry } from '../lexicon.js';
import { NumForm } from '../numbers.js';
import type { Ctx } from './context.js';
import { LIST_SEPARATORS } from './data/words.js';

/** The unit of the number that closes the list the context's numeral starts, or null (at most 8 hops; dates never share). */
export function sharedUnitAhead(c: Ctx): UnitEntry | null {
  const { text, nums } = c;
  let j = c.i;
  for (let hops = 0; hops < 8; hops++) {
    const cur = nums[j], next = c.numAt(j + 1);
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
