// The rule driver tries a step only when the characters around a numeral
// allow it (Step.when, rules/interpret.ts). That is a speed-up and must never
// change a decision: here the driver is compared with the plain one (every
// step tried in order) on the seed reports, the reports corpus and generated
// text, and every declaration is held against what its step does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../src/core/normalize.js';
import { tokenize } from '../src/core/tokenize.js';
import { locateNumbers } from '../src/core/numbers.js';
import { blocksOf, locateOptions } from '../src/core/pipeline.js';
import { interpret, STEPS } from '../src/core/rules/interpret.js';
import { Ctx, type NormMention, type Step } from '../src/core/rules/context.js';
import { findTables } from '../src/core/rules/table.js';
import { withMonthWords } from '../src/core/rules/month-words.js';

const ROOT = join(__dirname, '..');

function prepare(block: string) {
  const norm = normalize(block);
  const options = locateOptions(norm);
  return { norm, options, nums: () => locateNumbers(norm.text, tokenize(norm.text), options), tables: findTables(norm) };
}

// every declaration of a step: `only`, `decimal` and `when`
const allows = (step: Step, c: Ctx) => declaredFor(step, c) && !!(!step.when ||
  [...(step.when.before ?? '')].some((ch) => ch.charCodeAt(0) === c.before) ||
  [...(step.when.after ?? '')].some((ch) => ch.charCodeAt(0) === c.after) ||
  [...(step.when.first ?? '')].some((ch) => ch.charCodeAt(0) === c.text.charCodeAt(c.num.start)));
const declaredFor = (step: Step, c: Ctx) => (step.only === undefined || (step.only === 'cn') === c.isCn) && (!step.decimal || c.num.decimal);

/**
 * The plain driver: every step in order, as interpret() ran before `when`,
 * `only` and `decimal` (keep its skip rule in step with interpret's); notes
 * each step that acted (settled, re-read, moved on, found a mention or
 * changed the context's state) on a numeral its declarations exclude.
 */
function plainInterpret(p: ReturnType<typeof prepare>, wrong: string[]): NormMention[] {
  // 元月 is January: its 元 added as the numeral 1, as interpret() does (month-words.ts)
  const nums = withMonthWords(p.norm.text, p.nums());
  const c = new Ctx(p.norm.text, nums, p.options, p.tables);
  for (let i = 0; i < nums.length; i = c.i + 1) {
    c.i = i;
    const num = nums[i];
    if (num.start < c.lastEnd || !Number.isFinite(num.value)) continue;
    c.load(i);
    for (const step of STEPS) {
      const view = c.num, at = c.i, found = c.out.length, date = c.lastDate, list = c.notYearListUntil, allowed = allows(step, c);
      const settled = step.apply(c);
      if (!allowed && (settled || c.num !== view || c.i !== at || c.out.length !== found || c.lastDate !== date || c.notYearListUntil !== list)) {
        wrong.push(`${step.id} acted on "${c.text.slice(Math.max(0, view.start - 3), view.end + 3)}" but its declarations exclude it`);
      }
      if (settled) break;
    }
  }
  return c.out;
}

function compare(texts: string[]): { wrong: string[]; differ: string[]; mentions: number } {
  const wrong: string[] = [], differ: string[] = [];
  let mentions = 0;
  for (const text of texts) {
    for (const block of blocksOf(text)) {
      const p = prepare(block);
      const want = plainInterpret(p, wrong);
      const got = interpret(p.norm.text, p.nums(), p.options, p.tables);
      mentions += got.length;
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(block.slice(0, 60));
    }
  }
  return { wrong, differ, mentions };
}

describe('rule driver: tries only the steps the characters allow, same decisions', () => {
  it('on the seed reports and the reports corpus', () => {
    const read = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    const r = compare([...read(join(ROOT, 'seeds')), ...read(join(ROOT, 'datasets', 'reports', 'docs'))]);
    expect(r.wrong).toEqual([]);
    expect(r.differ).toEqual([]);
    expect(r.mentions).toBeGreaterThan(5000);
  });

  it('on generated text made of numerals, units, the trigger characters and punctuation', () => {
    const triggers = STEPS.flatMap((s) => [...(s.when?.before ?? ''), ...(s.when?.after ?? ''), ...(s.when?.first ?? '')]);
    const alphabet = [...new Set([...'0123456789０１２３４５６７８９.,零〇一二两三四五六七八九十百千万亿半几余多第前年月日号个件人元%届次期位名家项倍分之中大强是数上成每—-、，。：:（）()“”《》\n 全国工程国债世纪代表图页版时点×·至到~', ...triggers])];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join(''));
    const wrong: string[] = [], differ: string[] = [];
    fc.assert(fc.property(text, (t) => {
      const r = compare([t]);
      wrong.push(...r.wrong);
      differ.push(...r.differ);
      return r.wrong.length === 0 && r.differ.length === 0;
    }), { numRuns: 4000 });
    expect(wrong).toEqual([]);
    expect(differ).toEqual([]);
  });

  it('a declaration narrower than its step is caught', () => {
    const hao = STEPS.find((s) => s.id === 'negative.hao')!;
    const saved = hao.when;
    (hao as { when?: Step['when'] }).when = { after: '件' };
    try {
      const wrong: string[] = [];
      plainInterpret(prepare('文件第12号，共3件。'), wrong);
      expect(wrong).toEqual(['negative.hao acted on "文件第12号,共" but its declarations exclude it']);
    } finally {
      (hao as { when?: Step['when'] }).when = saved;
    }
  });

  it('so is a wrong `only` or `decimal`', () => {
    const hao = STEPS.find((s) => s.id === 'negative.hao')! as { only?: Step['only']; decimal?: true };
    const saved = { only: hao.only, decimal: hao.decimal };
    try {
      const wrong: string[] = [];
      hao.decimal = true;
      plainInterpret(prepare('文件第12号，共3件。'), wrong);
      hao.decimal = saved.decimal;
      hao.only = 'cn';
      plainInterpret(prepare('文件第12号，共3件。'), wrong);
      expect(wrong).toEqual(Array(2).fill('negative.hao acted on "文件第12号,共" but its declarations exclude it'));
    } finally {
      Object.assign(hao, saved);
    }
  });
});

// Steps look at the numerals and mentions around the current one; before the
// first and past the last there is none. (This pins the values only: a plain
// read at index -1 gives undefined too, but made V8's loads generic, which
// only a speed measurement shows; see Ctx.numAt.)
describe('the context a step reads', () => {
  it('numAt and lastMention give undefined outside their lists, the item inside', () => {
    const p = prepare('共5件，增长7.5%');
    const nums = p.nums();
    const c = new Ctx(p.norm.text, nums, p.options, p.tables);
    expect(nums).toHaveLength(2);
    expect([c.numAt(-1), c.numAt(0), c.numAt(1), c.numAt(2)]).toEqual([undefined, nums[0], nums[1], undefined]);
    expect(c.lastMention()).toBeUndefined();
    c.load(0);
    const m = c.push('test', { start: 1, end: 3, type: 'COUNT', value: 5, unit: '件', qualifier: 'exact' });
    expect(c.lastMention()).toBe(m);
  });
});
