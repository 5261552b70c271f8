// Stage 4: extract. Turns located numerals into typed mentions. Each rule
// step lives in its own file and reads the numeral's context (prefixes,
// what follows, the spec's hard negatives); this file is only the table of
// contents: the steps in the order they are tried. For each numeral the first
// step that settles it wins, with a mention (tagged with the step's id) or
// with the decision that there is none.
import type { NumberSpan } from '../numbers.js';
import { Ctx, type NormMention, type Step } from './context.js';
import { NO_TABLES, tableCell, type Tables } from './table.js';
import { listMarker } from './list-marker.js';
import { pauseRange, yearList } from './pause.js';
import * as neg from './negatives.js';
import { blockedWord, pairedSlogan, programmeMoney, quotedName } from './cn-words.js';
import { ordinalDi, ordinalQian } from './ordinal.js';
import { fraction, percentWords } from './percent.js';
import { colonRatio, product } from './ratio.js';
import { decade } from './decade.js';
import { calendarDate, dateLabel, isoDate, loneDay, unitEndRange } from './date.js';
import { nDa, plenary } from './congress.js';
import { fan } from './fan.js';
import { glossaryTerm } from './glossary.js';
import { zero } from './zero.js';
import { bareScale } from './bare-scale.js';
import { withUnit } from './unit.js';
import { bare } from './bare.js';

export type { NormMention } from './context.js';

/** The steps, in order. */
export const STEPS: readonly Step[] = [
  tableCell,                  // cells of flattened tables take their column's type
  listMarker,                 // "17.10个": re-read after the list marker
  yearList, pauseRange,       // 一九八一、一九八二; 四、五十亿元 (before 、 reads as a list marker)
  // hard negatives: codes, markers, labels
  neg.latinBefore, neg.latinAfter, neg.bracketed, neg.parenthesized, neg.pageMarker, neg.pauseMarker,
  neg.shiMarker, neg.dotMarker, neg.vague, neg.vagueScale, neg.hao, neg.plusSlogan, neg.tableRef, neg.figureNumber, neg.version,
  neg.issueNumber, neg.quotedDigits, neg.timeOfDay, neg.clockPart, neg.leadingZero, neg.daQiang, neg.listName, neg.pageNumber, neg.sectionNumber, neg.denominator,
  // Chinese numerals in words
  programmeMoney, blockedWord, quotedName, pairedSlogan,
  // prefixes that decide the type
  ordinalDi, ordinalQian, percentWords, fraction,
  colonRatio, product,
  decade,                     // 九十年代, 1990年代 (before the calendar reads 1990年)
  calendarDate, unitEndRange, loneDay, isoDate, dateLabel,
  plenary, nDa,
  glossaryTerm,               // 三册一站: a numeral in a glossary entry's term names it (N大 is read above)
  fan, zero, bareScale,
  // a unit after the numeral, then numerals without one
  withUnit, bare,
];

/**
 * Which steps of a list to try for a numeral. A step without `when` is always
 * tried; one with it only when the character before the numeral, after it or
 * its first one is in its lists. Sets of steps are bit masks over the list (two
 * 32-bit words), looked up by character: one lookup per side and numeral.
 */
export class Dispatch {
  private readonly always = new Uint32Array(2);
  private readonly before = new Map<number, Uint32Array>();
  private readonly after = new Map<number, Uint32Array>();
  private readonly first = new Map<number, Uint32Array>();

  constructor(readonly steps: readonly Step[]) {
    if (steps.length > 64) throw new Error(`${steps.length} rule steps: the dispatch masks hold 64`);
    steps.forEach((step, k) => {
      const word = k >> 5, bit = 1 << (k & 31);
      if (!step.when) { this.always[word] |= bit; return; }
      for (const side of ['before', 'after', 'first'] as const) {
        for (const ch of step.when[side] ?? '') {
          const code = ch.charCodeAt(0);
          let mask = this[side].get(code);
          if (!mask) this[side].set(code, (mask = new Uint32Array(2)));
          mask[word] |= bit;
        }
      }
    });
  }

  /** The steps allowed for the numeral the context points at, into `out` (two words). */
  mask(c: Ctx, out: Uint32Array): void {
    out[0] = this.always[0]; out[1] = this.always[1];
    const b = this.before.get(c.before), a = this.after.get(c.after), f = this.first.get(c.text.charCodeAt(c.num.start));
    if (b) { out[0] |= b[0]; out[1] |= b[1]; }
    if (a) { out[0] |= a[0]; out[1] |= a[1]; }
    if (f) { out[0] |= f[0]; out[1] |= f[1]; }
  }
}

// The table of contents for each kind of numeral (steps that declare `only`
// are left out of the other list: fewer calls per numeral, same decisions).
const CN = new Dispatch(STEPS.filter((s) => s.only !== 'arabic'));
const ARABIC = new Dispatch(STEPS.filter((s) => s.only !== 'cn'));

export function interpret(text: string, nums: NumberSpan[], atLineStart: (i: number) => boolean, tables: Tables = NO_TABLES, gap: (i: number) => boolean = () => false): NormMention[] {
  const c = new Ctx(text, nums, atLineStart, tables, gap);
  const allowed = new Uint32Array(2);
  for (let i = 0; i < nums.length; i = c.i + 1) {
    c.i = i;
    const num = nums[i];
    if (num.start < c.lastEnd || !Number.isFinite(num.value)) continue; // consumed by the previous mention (7000余万元)
    c.load(i);
    const d = c.isCn ? CN : ARABIC;
    const steps = d.steps;
    d.mask(c, allowed);
    let seen = c.num;
    for (let k = 0; k < steps.length; k++) {
      if (!(allowed[k >> 5] & (1 << (k & 31)))) continue;
      if (steps[k].apply(c)) break;
      // a step that re-read the numeral (list-marker) changed what the later ones see
      if (c.num !== seen) { seen = c.num; d.mask(c, allowed); }
    }
  }
  return c.out;
}
