// Stage 3: extract. Turns located numerals into typed mentions. Each rule
// step lives in its own file and reads the numeral's context (prefixes,
// what follows, the spec's hard negatives); this file is only the table of
// contents: the steps in the order they are tried. For each numeral the first
// step that settles it wins, with a mention (tagged with the step's id) or
// with the decision that there is none.
import type { NumberSpan } from '../numbers.js';
import { Ctx, type NormMention, type RawQueries, type Step } from './context.js';
import { keepShape } from '../shapes.js';
import { NO_TABLES, tableCell, type Tables } from './table.js';
import { listMarker } from './list-marker.js';
import { pauseRange, yearList } from './pause.js';
import * as neg from './negatives.js';
import { blockedWord, pairedSlogan, programmeMoney, quotedName } from './cn-words.js';
import { ordinalDi, ordinalQian } from './ordinal.js';
import { fraction, percentWords } from './percent.js';
import { colonRatio, product, slashFraction } from './ratio.js';
import { decade } from './decade.js';
import { calendarDate, clauseDay, commonEraYear, dateLabel, isoDate, loneDay, monthList, unitEndRange } from './date.js';
import { nDa, plenary } from './congress.js';
import { fan } from './fan.js';
import { glossaryTerm } from './glossary.js';
import { zero } from './zero.js';
import { bareScale } from './bare-scale.js';
import { withUnit } from './unit.js';
import { bare } from './bare.js';
import { withMonthWords } from './month-words.js';
import { beginText } from '../read.js';

export type { NormMention } from './context.js';

/** The steps, in order. */
export const STEPS: readonly Step[] = [
  tableCell,                  // cells of flattened tables take their column's type
  listMarker,                 // "17.10个": re-read after the list marker
  yearList, monthList, pauseRange, // 一九八一、一九八二; 三、四月份; 四、五十亿元 (before 、 reads as a list marker)
  // hard negatives: codes, markers, labels
  neg.beforeCommonEra, neg.brokenDigits, neg.badGrouping, neg.latinBefore, neg.latinAfter, neg.bracketed, neg.parenthesized, neg.pageMarker, neg.pauseMarker,
  neg.shiMarker, neg.dotMarker, neg.leadingPoint, neg.dottedChain, neg.standardNumber, neg.afterSlash, neg.vague, neg.scaleTail, neg.hao, neg.plusSlogan, neg.tableRef, neg.figureNumber, neg.version,
  neg.issueNumber, neg.quotedDigits, neg.timeOfDay, neg.clockPart, neg.leadingZero, neg.daQiang, neg.listName, neg.pageNumber, neg.sectionNumber, neg.denominator,
  // Chinese numerals in words
  programmeMoney, blockedWord, quotedName, pairedSlogan,
  // prefixes that decide the type
  ordinalDi, ordinalQian, percentWords, fraction,
  colonRatio, slashFraction, product,
  decade,                     // 九十年代, 1990年代 (before the calendar reads 1990年)
  commonEraYear, calendarDate, unitEndRange, loneDay, clauseDay, isoDate, dateLabel,
  plenary, nDa,
  glossaryTerm,               // 三册一站: a numeral in a glossary entry's term names it (N大 is read above)
  fan, zero, bareScale,
  // a unit after the numeral, then numerals without one
  withUnit, bare,
];

/** A step as the driver calls it (see Dispatch.slots). */
class StepSlot {
  constructor(readonly id: string, readonly apply: (this: { readonly id: string }, c: Ctx) => boolean) {}
}

/**
 * Which steps to try for a numeral. A step without `when` is always tried;
 * one with it only when the character before the numeral, after it or its
 * first one is in its lists; a step with `only` only for that kind of
 * numeral. Sets of steps are bit masks over the list (two 32-bit words),
 * looked up by character (Map lookups here were 5% of the rule extractor).
 * Each side first asks a bitmap of 8 KB whether the character triggers any
 * step at all (most characters beside a numeral do not), and only then reads
 * its slot: tables of 65,536 slots a side, one set for Chinese numerals and
 * one for the others, were 768 KB, and a lookup at a random Han character
 * mostly missed the cache.
 */
export class Dispatch {
  // masks[2 * slot], masks[2 * slot + 1]: the steps a character allows
  private readonly masks: Uint32Array;
  // per side: a bit per character that allows some step, and its slot
  private readonly present = { before: new Int32Array(2048), after: new Int32Array(2048), first: new Int32Array(2048) };
  private readonly slot = { before: new Uint16Array(65536), after: new Uint16Array(65536), first: new Uint16Array(65536) };
  private readonly always = new Uint32Array(2);
  /** the steps a Chinese numeral (cn) and any other (arabic) may reach, by `only` */
  readonly cn = new Uint32Array(2);
  readonly arabic = new Uint32Array(2);
  /** the steps a numeral without a decimal part may reach, by `decimal` */
  private readonly whole = new Uint32Array(2);

  /**
   * The steps again, as objects of one shape (an id and `apply`, which is
   * called with the slot as `this`): the driver's load of `apply` then reads
   * one known shape, where the steps' own objects (with or without `only`
   * and `when`) made it a megamorphic lookup on every call.
   */
  readonly slots: readonly StepSlot[];

  constructor(readonly steps: readonly Step[]) {
    this.slots = steps.map((s) => new StepSlot(s.id, s.apply));
    if (steps.length > 64) throw new Error(`${steps.length} rule steps: the dispatch masks hold 64`);
    const masks: number[] = [0, 0];
    steps.forEach((step, k) => {
      const word = k >> 5, bit = 1 << (k & 31);
      if (step.only !== 'arabic') this.cn[word] |= bit;
      if (step.only !== 'cn') this.arabic[word] |= bit;
      if (!step.decimal) this.whole[word] |= bit;
      if (!step.when) { this.always[word] |= bit; return; }
      for (const side of ['before', 'after', 'first'] as const) {
        const chars: string = step.when[side] ?? '';
        for (const ch of chars) {
          const code: number = ch.charCodeAt(0);
          // U+FFFF stands for "outside the text" (mask reads -1 so): never a trigger
          if (code === 0xffff) throw new Error(`rule step ${step.id}: U+FFFF cannot be a trigger`);
          let at: number = this.slot[side][code];
          if (at === 0) { at = masks.length >> 1; masks.push(0, 0); this.slot[side][code] = at; this.present[side][code >>> 5] |= 1 << (code & 31); }
          masks[2 * at + word] |= bit;
        }
      }
    });
    this.masks = Uint32Array.from(masks);
  }

  /** The two mask words with only this step's bit set (none when the step is not in the list). */
  bitOf(step: Step): Uint32Array {
    const k = this.steps.indexOf(step), out = new Uint32Array(2);
    if (k >= 0) out[k >> 5] = 1 << (k & 31);
    return out;
  }

  /**
   * The steps allowed for the numeral the context points at, into `out` (two
   * words): those its characters trigger, within `kind` (this.cn or
   * this.arabic) and, for a numeral without a decimal part, without the
   * `decimal` steps, less those in `drop`.
   */
  mask(c: Ctx, out: Uint32Array, kind: Uint32Array, drop: Uint32Array): void {
    const m = this.masks, p = this.present, sl = this.slot;
    // (| 0: a word read from a Uint32Array may not fit a small integer, and the two had been doubles, converted at
    // every |= below)
    let w0 = this.always[0] | 0, w1 = this.always[1] | 0;
    // outside the text the character is -1, read as U+FFFF (a noncharacter, never a trigger): every index in the tables
    const b = c.before & 0xffff, a = c.after & 0xffff, f = c.text.charCodeAt(c.num.start);
    if (p.before[b >>> 5] & (1 << (b & 31))) { const x = 2 * sl.before[b]; w0 |= m[x]; w1 |= m[x + 1]; }
    if (p.after[a >>> 5] & (1 << (a & 31))) { const x = 2 * sl.after[a]; w0 |= m[x]; w1 |= m[x + 1]; }
    if (p.first[f >>> 5] & (1 << (f & 31))) { const x = 2 * sl.first[f]; w0 |= m[x]; w1 |= m[x + 1]; }
    const dec = c.num.decimal;
    out[0] = w0 & kind[0] & ~drop[0] & (dec ? -1 : this.whole[0]);
    out[1] = w1 & kind[1] & ~drop[1] & (dec ? -1 : this.whole[1]);
  }
}

// The table of contents, once. A block without tables (most) has no use for
// the table step: it is dropped there, one call fewer for every numeral.
const DISPATCH = new Dispatch(STEPS);
const KEEP = new Uint32Array(2);
const NO_TABLE_STEP = DISPATCH.bitOf(tableCell);

// One Ctx kept alive (shapes.ts): between two blocks none is, and a full
// collection there could take its hidden class, throwing away the code that
// relied on it (the driver, the Ctx methods, a step: V8's "weak objects"),
// to be compiled again. Its raw view is a plain object, so the field's type
// is general from the start (the pipeline's is a RawView, tests' are plain).
keepShape(new Ctx('', [], { atLineStart: () => false, gap: () => false }, NO_TABLES));

/**
 * The mentions of a block's numerals. `yuan`: where every 元 of the text is,
 * when the caller knows (normalize's Normalized.yuan; else the text is searched).
 */
export function interpret(text: string, located: NumberSpan[], raw: RawQueries, tables: Tables = NO_TABLES, yuan?: readonly number[]): NormMention[] {
  beginText();
  // 元月 is January: its 元 read as the numeral 1 (month-words.ts)
  const nums = withMonthWords(text, located, yuan);
  const c = new Ctx(text, nums, raw, tables);
  const allowed = new Uint32Array(2);
  const drop = tables === NO_TABLES ? NO_TABLE_STEP : KEEP;
  for (let i = 0; i < nums.length; i = c.i + 1) {
    c.i = i;
    const num = nums[i];
    if (num.start < c.lastEnd || !Number.isFinite(num.value)) continue; // consumed by the previous mention (7000余万元)
    c.load(i);
    const d = DISPATCH;
    const steps = d.slots;
    const kind = c.isCn ? d.cn : d.arabic;
    d.mask(c, allowed, kind, drop);
    let seen = c.num;
    // the allowed steps in order, bit by bit (most numerals allow a few of ~50)
    for (let w = 0; w < 2; w++) {
      let bits = allowed[w] | 0;
      while (bits !== 0) {
        const low = bits & -bits;
        const b = 31 - Math.clz32(low);
        if (steps[(w << 5) | b].apply(c)) { w = 2; break; }
        bits ^= low;
        // a step that re-read the numeral (list-marker) changed what the later ones see
        if (c.num !== seen) {
          seen = c.num;
          d.mask(c, allowed, kind, drop);
          bits = allowed[w] & ~((2 << b) - 1); // the steps after this one (none after bit 31: 2 << 31 is 0)
        }
      }
    }
  }
  return c.out;
}
