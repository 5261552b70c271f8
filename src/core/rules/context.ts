// What every rule step sees: the normalized text, its numerals, the mentions
// found so far, and the numeral under consideration with the characters
// around it. One object per block, reused for every numeral, so a step costs
// field reads, not allocations.
import { CLASS, classAt, Cls, codeAt, isRangeChar } from '../../text/chars.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import type { MentionType, Qualifier } from '../../types.js';
import type { Tables } from './table.js';
import { keepShape } from '../shapes.js';

/** A mention over the normalized text; offsets are UTF-16 units of that text. */
export interface NormMention {
  start: number;
  end: number;
  type: MentionType;
  value: number | string;
  valueMax?: number | string;
  unit: string | null;
  qualifier: Qualifier;
  optional?: boolean;
  /** id of the rule step that made it (`ordinal.di`, `unit`, `table.cell`…) */
  rule: string;
}

/** A mention as a step writes it; `push` adds the rule id. */
export type Found = Omit<NormMention, 'rule'>;

/**
 * The shapes the steps write mentions in ({start, end, type, value, unit,
 * qualifier}, with valueMax or optional, then push's rule), made once here
 * with a string, a small integer and a fraction in each value field and a
 * null and a string unit. Objects of one shape share a hidden class whose
 * fields start with the representation of their first value (a small
 * integer, say); a step compiled before the first value of another kind
 * (the first date's string, the first 3.5) was thrown away when it came and
 * compiled again, the unit step's compile taking 100-200 ms. Made here, the
 * hidden classes are general before any step runs; kept (shapes.ts), they
 * stay so. The same for the last date a step read (`Ctx.lastDate`), whose
 * year and month are undefined after a date without them: the first such
 * date threw the date steps' compiled code away.
 */
function settleShapes(): void {
  const values = ['', 0, 0.5];
  for (const value of values) {
    for (const unit of [null, '']) {
      const base: Found = keepShape({ start: 0, end: 0, type: 'COUNT', value, unit, qualifier: 'exact' });
      const optional: Found = keepShape({ start: 0, end: 0, type: 'COUNT', value, unit, qualifier: 'exact', optional: true });
      for (const valueMax of values) {
        const range: Found = keepShape({ start: 0, end: 0, type: 'COUNT', value, valueMax, unit, qualifier: 'exact' });
        (range as NormMention).rule = '';
        // the unit step's and the date steps' way: valueMax set after the literal
        const later: Found = keepShape({ start: 0, end: 0, type: 'COUNT', value, unit, qualifier: 'exact' });
        later.valueMax = valueMax;
        (later as NormMention).rule = '';
      }
      (base as NormMention).rule = '';
      (optional as NormMention).rule = '';
    }
  }
  for (const v of [undefined, 0]) keepShape({ end: 0, year: v, month: v } satisfies NonNullable<Ctx['lastDate']>);
}
settleShapes();

const ch = (s: string) => s.charCodeAt(0);
/** Character codes the steps compare against. */
export const C = {
  DI: ch('第'), QIAN: ch('前'), YU: ch('余'), DUO: ch('多'), NIAN: ch('年'), YUE: ch('月'), RI: ch('日'), HAO: ch('号'),
  DU: ch('度'), FEN: ch('份'), ZHI: ch('至'), DAO: ch('到'), DASH: ch('-'), EMDASH: ch('—'), TILDE: ch('~'), WAVE: ch('〜'),
  DUN: ch('、'), DOT: ch('.'), LPAREN: ch('('), RPAREN: ch(')'), SHI: ch('是'), LQUOTE: ch('“'), RQUOTE: ch('”'),
  LBRACKET: ch('〔'), RBRACKET: ch('〕'), LSQ: ch('['), RSQ: ch(']'), LLENT: ch('【'), SHU: ch('数'), JI: ch('几'), SHANG: ch('上'),
  CHENG: ch('成'), COLON: ch(':'), RATIO: ch('∶'), FEN2: ch('分'), BAI: ch('百'), DA: ch('大'), ZHONG: ch('中'), GE: ch('个'),
  MIDDOT: ch('·'), XING: ch('性'), HE: ch('和'), TIMES: ch('×'), BAN: ch('半'), PLUS: ch('+'), SHI2: ch('时'), DIAN: ch('点'),
  LING: ch('零'), JIN: ch('近'), XIN: ch('新'), QIANG: ch('强'), YE: ch('页'), PERCENT: ch('%'), PERMILLE: ch('‰'), PERMYRIAD: ch('‱'), MEI: ch('每'), JI2: ch('级'), DAI: ch('代'), FU: ch('负'), FAN: ch('番'), BAN2: ch('版'), JI3: ch('及'), YU2: ch('与'), BIAO: ch('表'), TU: ch('图'), FAN_VERB: ch('翻'), LE: ch('了'), COMMA: ch(','),
} as const;

/** The range marks: 至, 到, -, —, ~, 〜. */
export const RANGE_CHARS: readonly number[] = [C.ZHI, C.DAO, C.DASH, C.EMDASH, C.TILDE, C.WAVE];
/** A quarter of the year: 1 to 4 (一季度 … 四季度; 五季度 is none). */
export const isQuarter = (v: number) => Number.isInteger(v) && v >= 1 && v <= 4;
/** The words that join a list's last member: 和, 及, 与, 或 (三、四和五个百分点). */
export const isWordJoiner = (c: number) => c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x4e0e /* 与 */ || c === 0x6216 /* 或 */;
/** What joins a list's members: 、 or a word (isWordJoiner); not a comma, which opens a new clause (百分之十，三、四月份). */
export const isListJoiner = (c: number) => c === 0x3001 /* 、 */ || isWordJoiner(c);
/** Whether the context's numeral is a range's upper end: a range mark right before it, right after the numeral before (103—107). */
export const rangeUpperEnd = (c: Ctx): boolean => isRangeChar(c.before) && c.numAt(c.i - 1)?.end === c.num.start - 1;
/** 10, 100, 1000…: a rate's denominator in digits (每100件, 毫克/100毫升). */
export const isPowerOfTen = (v: number) => v >= 10 && Number.isInteger(Math.log10(v));
/** Whether c is a range mark (RANGE_CHARS): defined with the characters, where the readers below the rules find it too. */
export { isRangeChar };

/**
 * What the rule steps ask of the raw text behind the normalized one (the
 * pipeline's RawView; tests give plain objects).
 */
export interface RawQueries {
  /** whether a line break of the raw text comes right before normalized position i */
  atLineStart(i: number): boolean;
  /** whether raw whitespace was folded away right before normalized position i */
  gap(i: number): boolean;
  /** whether the comma at normalized position k is an ASCII comma of the raw text (the Chinese ， folds to one) */
  commaAt?(k: number): boolean;
}

export class Ctx {
  readonly out: NormMention[] = [];
  /** the last date found, for a day or month range written after it; month 0: not known (a listed day after it was left out, date.ts) */
  lastDate: { end: number; year?: number; month?: number } | null = null;
  /** end of the last mention: numerals before it were consumed */
  lastEnd = 0;
  /** index of the numeral under consideration; a step that consumes following numerals advances it */
  i = 0;
  /** numerals up to this index belong to a 、 list already found not to be years (one walk per list) */
  notYearListUntil = -1;
  num!: NumberSpan;
  private text_: string | null = null;
  /**
   * The character two before the numeral, -1 outside the text (not NaN: a
   * comparison compiled for small integers is thrown away at NaN): read when
   * a step asks, a few do.
   */
  get before2(): number {
    return codeAt(this.text, this.num.start - 2);
  }
  /** The class of that character, -1 outside the text (as beforeCls). */
  get before2Cls(): number {
    return classAt(this.text, this.num.start - 2);
  }

  /** Whether the numeral is the one character `code` (without making its text). */
  is(code: number): boolean {
    return this.num.end - this.num.start === 1 && this.text.charCodeAt(this.num.start) === code;
  }

  /** the numeral's text, made when a step first asks (most numerals are settled without it) */
  get s(): string {
    return this.text_ ??= this.text.slice(this.num.start, this.num.end);
  }
  isCn = false;
  /**
   * Character codes right before and after the numeral, -1 outside the text
   * (as before2; the steps compare them with ===, and -1 equals no
   * character). Small integers always: with NaN outside, the fields held
   * doubles, and the driver's mask lookups and every step's comparisons
   * converted them (a field that began as a small integer and later held NaN
   * had thrown every step's optimized code away).
   */
  before = -1;
  after = -1;
  /**
   * Their classes (Cls), -1 outside the text, which equals no class: a step's
   * own CLASS[NaN] at the text's end threw its optimized code away once.
   */
  get beforeCls(): number {
    return this.before >= 0 ? CLASS[this.before] : -1;
  }
  get afterCls(): number {
    return this.after >= 0 ? CLASS[this.after] : -1;
  }

  constructor(
    readonly text: string,
    readonly nums: NumberSpan[],
    readonly raw: RawQueries,
    readonly tables: Tables,
  ) {}

  /** Whether a line break of the raw text comes right before normalized position i. */
  atLineStart(i: number): boolean {
    return this.raw.atLineStart(i);
  }

  /** Whether raw whitespace was folded away right before normalized position i. */
  /** whether the comma at k is an ASCII comma of the raw text, not a folded Chinese ， */
  asciiComma(k: number): boolean {
    return this.raw.commaAt?.(k) ?? false;
  }
  gap(i: number): boolean {
    return this.raw.gap(i);
  }

  /**
   * The numeral k places after the current one, or undefined after the last.
   * Bounds-checked here: a read past the end of the array threw each step's
   * optimized code away the first time a step looked past the last numeral
   * (a recompile each; the unit step's took 100-200 ms).
   */
  next(k = 1): NumberSpan | undefined {
    return this.numAt(this.i + k);
  }

  /**
   * Numeral j, or undefined before the first and past the last (for a step
   * walking a list of numerals; see `next`). Bounds-checked at both ends:
   * `nums[-1]` is no element but a property named "-1", looked up along the
   * prototype chain, and one such read (the first numeral's look back) made
   * the load generic (megamorphic) for every later call (`--log-ic`).
   */
  numAt(j: number): NumberSpan | undefined {
    return j >= 0 && j < this.nums.length ? this.nums[j] : undefined;
  }

  /** The last mention pushed so far, or undefined (never `out[-1]`: see `numAt`). */
  lastMention(): NormMention | undefined {
    const n = this.out.length;
    return n > 0 ? this.out[n - 1] : undefined;
  }

  /** Point at numeral i. */
  load(i: number): void {
    this.i = i;
    this.reload();
  }

  /** Recompute the view after a step replaced nums[i]. */
  reload(): void {
    const n = this.nums[this.i];
    this.num = n;
    this.text_ = null;
    this.isCn = n.form === NumForm.CHINESE;
    // read only inside the text: a read outside it throws optimized code away once
    const t = this.text;
    this.before = n.start >= 1 ? t.charCodeAt(n.start - 1) : -1;
    this.after = n.end < t.length ? t.charCodeAt(n.end) : -1;
  }

  push(rule: string, m: Found): NormMention {
    const full = m as NormMention;
    full.rule = rule;
    this.out.push(full);
    this.lastEnd = m.end;
    return full;
  }
}

/** A named rule step. `apply` returns true when it settled the numeral (a mention, or a decision that there is none). */
export interface Step {
  readonly id: string;
  /** the numerals it can apply to, when not all (the driver skips it for the others: a speed-up, not a condition) */
  readonly only?: 'cn' | 'arabic';
  /** only numerals with a decimal part (17.10, 3.5): the driver skips it for the others, like `only` a speed-up, not a condition */
  readonly decimal?: true;
  /**
   * Characters without one of which the step never does anything: the
   * character right before the numeral, right after it, or its first one
   * (with several lists, any one matching lets it be tried). Like `only`, a
   * speed-up, not a condition: `apply` still checks for itself. The driver
   * looks the characters up once per numeral and tries only the steps they
   * allow; most numerals reach few of the ~50 steps (each try of a step that
   * passes costs a call, and the tries were a third of the rule extractor's
   * time). A test holds every declaration against its step.
   */
  readonly when?: Trigger;
  apply(c: Ctx): boolean;
}

export interface Trigger { readonly before?: string; readonly after?: string; readonly first?: string }

/** The first characters of some words (a step that reads one of them after the numeral), for `when`. */
export const firstChars = (words: readonly string[]) => words.map((w) => w[0]).join('');
/** The last characters of some words (a step that reads one of them before the numeral), for `when`. */
export const lastChars = (words: readonly string[]) => words.map((w) => w[w.length - 1]).join('');

// Both compare one character before they call startsWith: most words fail
// at it, and the call cost more than the comparison.
export function startsWithAny(text: string, i: number, words: readonly string[]): boolean {
  // startsWith reads a negative position as 0; past the end, -1 (no word's first character) leaves
  // only the empty word, without a read there (NaN), which threw optimized code away
  const first = i < text.length ? text.charCodeAt(i < 0 ? 0 : i) : -1;
  for (const w of words) if ((w.length === 0 || w.charCodeAt(0) === first) && text.startsWith(w, i)) return true;
  return false;
}

/** The index of the last character before i that is not the whitespace normalize keeps (line breaks, spaces); -1 if none. */
export function lastNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && CLASS[text.charCodeAt(k)] === Cls.SPACE) k--;
  return k;
}

export function endsWithAny(text: string, i: number, words: readonly string[]): boolean {
  // -1, never a character, before the text: a read outside it (NaN) threw optimized code away once
  const last = i > 0 ? text.charCodeAt(i - 1) : -1;
  for (const w of words) if (i >= w.length && (w.length === 0 || w.charCodeAt(w.length - 1) === last) && text.startsWith(w, i - w.length)) return true;
  return false;
}
