// A month written as a word, read as the numeral it stands for before the
// rule steps run: 元月 is January (spec §4: `元月` is January). The 元 becomes
// a numeral of value 1, so that the date steps read `元月以来` (DATE --01) and
// `二〇二四年元月八日` (DATE 2024-01-08) as they read 一月 and 二〇二四年一月八日.
// 元 is also the yuan: only after 年, a punctuation mark or space, the text's
// start, or a word that puts a time after it (自元月起); never after a numeral
// or another character (300元月薪, 万元月均, 美元月度: money).
import { CLASS, Cls, codeIs } from '../../text/chars.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { C, endsWithAny } from './context.js';
import { MONTH_WORD_BEFORE } from './data/words.js';

/** Whether the 元 at i (before 月) stands for January. */
function isJanuary(text: string, i: number): boolean {
  if (i === 0) return true;
  const b = text.charCodeAt(i - 1);
  return b === C.NIAN || CLASS[b] === Cls.PUNCT || CLASS[b] === Cls.SPACE || endsWithAny(text, i, MONTH_WORD_BEFORE);
}

/**
 * The numerals with the 元 of each 元月 that means January added in order;
 * `nums` itself where there is none (most texts). `yuan`: where every 元 of
 * the text is, in order (normalize notes them: Normalized.yuan); without
 * it, the text is searched.
 */
export function withMonthWords(text: string, nums: NumberSpan[], yuan?: readonly number[]): NumberSpan[] {
  const places = yuan ?? yuanIn(text);
  let out: NumberSpan[] | null = null;
  let j = 0;
  for (const at of places) {
    if (!codeIs(text, at + 1, C.YUE) || !isJanuary(text, at)) continue;
    out ??= [];
    while (j < nums.length && nums[j].start < at) out.push(nums[j++]);
    out.push({ start: at, end: at + 1, form: NumForm.CHINESE, value: 1, decimal: false, intDigits: 0, over: false, neg: false });
  }
  if (!out) return nums;
  while (j < nums.length) out.push(nums[j++]);
  return out;
}

/** Where each 元 of the text is, in order (for a caller without normalize's list). */
function yuanIn(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('元'); at >= 0; at = text.indexOf('元', at + 1)) out.push(at);
  return out;
}
