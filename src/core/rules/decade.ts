// Decades and centuries (D-49): 九十年代, 1990年代 → DATE 1990/1999;
// 二十世纪五十年代 → 1950/1959; 二十一世纪, 21世纪 → ORDINAL 21, unit 世纪.
// A decade after 本世纪 or 上世纪 has its century only implied: nothing.
import { endsWithAny, isRangeChar, startsWithAny, type Ctx, type Step } from './context.js';
import { IMPLIED_CENTURY } from './data/words.js';
import { charTable, codeAt, codeIs } from '../../text/chars.js';
import type { NumberSpan } from '../numbers.js';

/**
 * Whether 年代 at i names a decade: not in 付出了20年代价, a length and the word 代价, nor before the other words 代
 * opens (代偿, 代课, 代替, 代办, 代购, 代缴, 代扣, 代付: 连续二十年代课; session 45's review, DATE 1920/1929).
 */
export const decadeWordAt = (text: string, i: number) => text.startsWith('年代', i) && NOT_DECADE_AFTER[codeAt(text, i + 2) & 0xffff] !== 1 && !startsWithAny(text, i + 1, ISSUED_ON_BEHALF);
const NOT_DECADE_AFTER = charTable('价偿课替办购缴扣付');
/** After 年: a debt issued or repaid on behalf (2010年代发地方政府债券, 2011年代理发行; session 47's review), no decade; 1990年代理论界, 1950年代发现 are decades. */
const ISSUED_ON_BEHALF = ['代发地方', '代发专项', '代发一般', '代发债', '代发的', '代发新增', '代发置换', '代理发行', '代理地方', '代还地方', '代还债'];

/** The first year of the decade a numeral of `chars` characters worth `v` names before 年代 (1990, 90, 九十), or -1. */
export function decadeYear(v: number, chars: number, century: number): number {
  if (!Number.isInteger(v)) return -1;
  if (v >= 1000 && v <= 2990 && v % 10 === 0 && chars === 4 /* four digits, no separator: 1,200年代 is none */) return v;
  if (v >= 10 && v <= 90 && v % 10 === 0) return century * 100 + v;
  return -1;
}

/**
 * After a century (numeral c.i), its decades joined by 、 up to one before
 * 年代 (50、60年代, 七、八十年代): how many numerals after c.i the last is, or
 * 0 where the numerals do not close with 年代. Whether they are in turn is
 * the caller's test (the first may share the last's tens: 七、八十).
 */
function decadesInTurn(c: Ctx, century: number): number {
  const { text } = c;
  for (let k = 1; ; k++) {
    const a = c.next(k), b = c.next(k + 1);
    if (!a || decadeYear(a.value < 10 ? a.value * 10 : a.value, 2, century) < 0) return 0;
    if (decadeWordAt(text, a.end)) return k;
    if (!codeIs(text, a.end, 0x3001 /* 、 */) || !b || b.start !== a.end + 1) return 0;
  }
}

/**
 * The numeral of a decade that ends a range whose lower end is numeral c.i + k (its 年代 right after it): a range
 * character (至, 到, —), then the numeral and 年代 (五十年代至七十年代), else undefined.
 */
function decadeRangeEnd(c: Ctx, k: number): NumberSpan | undefined {
  const { text } = c;
  const lower = k === 0 ? c.num : c.next(k);
  const upper = c.next(k + 1);
  if (!lower || !upper || !isRangeChar(codeAt(text, lower.end + 2)) || upper.start !== lower.end + 3 || !decadeWordAt(text, upper.end)) return undefined;
  return upper;
}

const CN_ONE_TO_NINE = '一二三四五六七八九';
/** 七八十年代 at i: the first decade's digit (7) where two digits in turn stand before 十年代, else 0. */
function runTogetherDecades(text: string, i: number): number {
  const a = CN_ONE_TO_NINE.indexOf(text[i] ?? '') + 1, b = CN_ONE_TO_NINE.indexOf(text[i + 1] ?? '') + 1;
  return a > 0 && b === a + 1 && text.startsWith('十年代', i + 2) && decadeWordAt(text, i + 3) ? a : 0;
}

/** What may stand between two decades of one century: a joiner, a range mark, or the part of the decade before (末, 初, 期). */
const DECADE_JOIN = charTable('、和与及至到—~-末初中期');
const CN_CENTURY: Record<string, number> = { 十九: 19, 二十: 20, 二十一: 21, 19: 19, 20: 20, 21: 21 };
const DECADE_CHAIN = /(上个?世纪|本世纪|民国|昭和|明治|大正|(二十一|二十|十九|21|20|19)世纪)(?:(?:[0-9]{2,4}|[一二三四五六七八九]十)年代(?:中后期|中前期|末期|初期|中期|后期|前期|末|初|中)?(?:[、和与及至到—~-]|以及)?)+$/;
/**
 * The century of the decades right before `at` (上世纪80年代末 before 90年代初): -1 where it is only implied (上世纪, 本世纪,
 * an era: nothing, D-49), the century's number where it is written (20世纪80年代、90年代), 0 where no decade stands before.
 */
function chainCentury(text: string, at: number): number {
  const m = DECADE_CHAIN.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return 0;
  return m[2] === undefined ? -1 : CN_CENTURY[m[2]];
}

export const decade: Step = {
  id: 'date.decade',
  when: { after: '世年' }, // 世纪, 年代
  apply(c: Ctx): boolean {
    const { num, text } = c;
    // 二十世纪 / 21世纪, and a decade after it
    if (text.startsWith('世纪', num.end)) {
      if (!Number.isInteger(num.value) || num.value < 1 || num.value > 30) return false;
      const m = c.next();
      // 二十世纪五十至七十年代, 20世纪50—70年代: a range of its decades
      const m2 = c.next(2);
      if (m && m2 && m.start === num.end + 2 && isRangeChar(text.charCodeAt(m.end)) && m2.start === m.end + 1 && text.startsWith('年代', m2.end)) {
        const lo = decadeYear(m.value, 2, num.value - 1), hi = decadeYear(m2.value, 2, num.value - 1);
        if (lo >= 0 && hi > lo) c.push(this.id, { start: num.start, end: m2.end + 2, type: 'DATE', value: `${lo}/${hi + 9}`, unit: null, qualifier: 'exact' });
        c.i += 2;
        return true;
      }
      // 20世纪50、60年代, 二十世纪七、八十年代, 20世纪70、80、90年代: decades in turn, one range (D-47, D-49); decades
      // not in turn are a list: nothing
      if (m && m.start === num.end + 2 && codeIs(text, m.end, 0x3001 /* 、 */)) {
        const last = decadesInTurn(c, num.value - 1);
        if (last > 0) {
          const z = c.next(last)!;
          const first = m.value < 10 ? m.value * 10 : m.value; // 七、八十: the 七 shares 八十's tens
          const lo = decadeYear(first, 2, num.value - 1), hi = decadeYear(z.value, 2, num.value - 1);
          if (lo >= 0 && hi === lo + 10 * (last - 1)) c.push(this.id, { start: num.start, end: z.end + 2, type: 'DATE', value: `${lo}/${hi + 9}`, unit: null, qualifier: 'exact' });
          c.i += last;
          return true;
        }
      }
      // 二十世纪七八十年代: two decades in turn run together (七八 is no numeral of its own, so the century alone
      // was read, ORDINAL 20: a review)
      const pair = runTogetherDecades(text, num.end + 2);
      if (pair > 0) {
        const lo = (num.value - 1) * 100 + 10 * pair;
        c.push(this.id, { start: num.start, end: num.end + 7, type: 'DATE', value: `${lo}/${lo + 19}`, unit: null, qualifier: 'exact' });
        return true;
      }
      if (m && m.start === num.end + 2 && text.startsWith('年代', m.end) && Number.isInteger(m.value) && m.value >= 0 && m.value <= 90 && m.value % 10 === 0) {
        const y = (num.value - 1) * 100 + m.value;
        // 二十一世纪三十年代至五十年代: the upper end's decade is the century's too, one range (D-49, D-11; session 45's
        // review: 五十年代 alone, 1950/1959)
        const upper = decadeRangeEnd(c, 1);
        const hi = upper ? decadeYear(upper.value, 2, num.value - 1) : -1;
        const end = hi > y ? upper!.end + 2 : m.end + 2;
        c.push(this.id, { start: num.start, end, type: 'DATE', value: `${y}/${(hi > y ? hi : y) + 9}`, unit: null, qualifier: 'exact' });
        c.i += upper ? 2 : 1;
        return true;
      }
      c.push('ordinal.century', { start: num.start, end: num.end + 2, type: 'ORDINAL', value: num.value, unit: '世纪', qualifier: 'exact' });
      return true;
    }
    if (!decadeWordAt(text, num.end)) return false;
    // (本世纪五十年代到七十年代: the upper end's century is as implied: nothing for it either; the review)
    const upper = decadeRangeEnd(c, 0);
    // (上世纪80年代末90年代初, 上世纪五十年代和六十年代, 21世纪10年代末20年代初: a later decade shares the century of the
    // decades before it; session 51's reviews, 1990/1999 or 1920/1929)
    const chained = DECADE_JOIN[codeAt(text, num.start - 1) & 0xffff] === 1 ? chainCentury(text, num.start) : 0;
    if (chained < 0 || endsWithAny(text, num.start, IMPLIED_CENTURY)) { if (upper) c.i++; return true; }
    // N十年代 / N0年代 / NNN0年代, in the 1900s where no century is written
    const y = decadeYear(num.value, c.s.length, chained > 0 ? chained - 1 : 19);
    if (y < 0) return false;
    // 五十年代至七十年代, 从八十年代到九十年代: one range (D-11, as 五十至七十年代; the review: two mentions)
    const hi = upper ? decadeYear(upper.value, upper.end - upper.start, 19) : -1;
    if (upper && hi > y) {
      c.push(this.id, { start: num.start, end: upper.end + 2, type: 'DATE', value: `${y}/${hi + 9}`, unit: null, qualifier: 'exact' });
      c.i++;
      return true;
    }
    c.push(this.id, { start: num.start, end: num.end + 2, type: 'DATE', value: `${y}/${y + 9}`, unit: null, qualifier: 'exact' });
    return true;
  },
};
