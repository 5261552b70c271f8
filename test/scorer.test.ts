import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addCounts, emptyCounts, matchDocument } from '../src/eval/match.js';
import { evaluate, prf } from '../src/eval/score.js';
import { segmentBounds } from '../src/eval/segments.js';
import { bootstrapCi, pairedBootstrap, resamples } from '../src/eval/stats.js';
import { buildResults, resultsProblem } from '../src/eval/results.js';
import { SCHEMES, type Counts, type EvalDoc, type Mention, type Results, type Scheme } from '../src/types.js';

interface Case { id: string; why?: string; documents: { gold: Mention[]; pred: Mention[] }[]; expected: Record<Scheme, Counts> }
const load = (f: string): Case[] => JSON.parse(readFileSync(join(__dirname, 'fixtures', 'scorer', f), 'utf8'));

function countsOf(c: Case, scheme: Scheme): Counts {
  return c.documents.reduce((acc, d) => addCounts(acc, matchDocument(d.gold, d.pred, scheme).counts), emptyCounts());
}

// Fixtures computed once by an independent Python implementation (test/fixtures/scorer/reference.py).
describe('scorer agrees with the independent reference', () => {
  it.each(load('hand-cases.json').map((c) => [c.id, c]))('hand-worked case %s', (_id, c) => {
    for (const s of SCHEMES) expect(countsOf(c as Case, s), `${s}: ${(c as Case).why}`).toEqual((c as Case).expected[s]);
  });

  it('300 randomized cases, every scheme', () => {
    const cases = load('random-cases.json');
    expect(cases.length).toBe(300);
    for (const c of cases) for (const s of SCHEMES) expect(countsOf(c, s), `${c.id} ${s}`).toEqual(c.expected[s]);
  });

  it('does not depend on the order of gold or predictions', () => {
    const cases = load('random-cases.json').slice(0, 60);
    let seed = 7;
    const shuffle = <T,>(xs: T[]) => { const a = xs.slice(); for (let i = a.length - 1; i > 0; i--) { seed = (seed * 16807) % 2147483647; const j = seed % (i + 1); [a[i], a[j]] = [a[j], a[i]]; } return a; };
    for (const c of cases) for (const s of SCHEMES) {
      const shuffled: Case = { ...c, documents: c.documents.map((d) => ({ gold: shuffle(d.gold), pred: shuffle(d.pred) })) };
      expect(countsOf(shuffled, s)).toEqual(c.expected[s]);
    }
  });
});

describe('precision, recall, F1', () => {
  it.each([
    [{ correct: 8, incorrect: 1, partial: 0, missed: 1, spurious: 0, gold: 10, predicted: 9 }, 8 / 9, 0.8],
    [{ correct: 2, incorrect: 0, partial: 2, missed: 0, spurious: 0, gold: 4, predicted: 4 }, 0.75, 0.75],
    [{ correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 0, gold: 0, predicted: 0 }, 0, 0],
  ])('%j', (c, p, r) => {
    const x = prf(c);
    expect(x.precision).toBeCloseTo(p, 12);
    expect(x.recall).toBeCloseTo(r, 12);
    expect(x.f1).toBeCloseTo(p + r ? (2 * p * r) / (p + r) : 0, 12);
  });
});

describe('segments and bootstrap', () => {
  const m = (start: number, end: number, type: Mention['type'] = 'COUNT'): Mention => ({ start, end, text: 'x'.repeat(end - start), type, value: 1, unit: null, qualifier: 'exact' });
  const text = '全年共受理案件12件。审结10件。另有5人。';
  const doc: EvalDoc = { id: 'd', docId: 'd', offset: 0, text, chars: text.length, gold: [m(7, 10), m(13, 16), m(19, 21)] };

  it('cuts sentences after sentence-final punctuation, never inside a decimal', () => {
    const t = '这一年全省经济增长7.5%。全年审结各类案件10件;其余情况另行报告.';
    const b = segmentBounds(t);
    expect(b).toEqual([t.indexOf('。') + 1, t.indexOf(';') + 1, t.length]);
  });

  it('per-sentence statistics add up to the overall counts', () => {
    const { scores, segments } = evaluate([doc], { d: [m(7, 10), m(13, 15), m(20, 21)] });
    for (const s of SCHEMES) {
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const c = scores[s].overall.counts;
      expect(sum(segments[s].tp)).toBeCloseTo(c.correct + 0.5 * c.partial, 12);
      expect(sum(segments[s].gold)).toBe(c.gold);
      expect(sum(segments[s].pred)).toBe(c.predicted);
    }
    expect(scores.partial.overall.counts).toMatchObject({ correct: 1, partial: 2 });
  });

  it('a pair counts in its gold mention\'s sentence, so no resample has a precision above 1', () => {
    // the sentence splitter cuts after a decimal point that a line break
    // separates from its digits; the prediction starts after the cut
    const t = '本年度全省财政收入达到３．\n\n４６亿元。其他各项工作顺利推进。各部门认真履行职责。';
    const cut = t.indexOf('．') + 1;
    expect(segmentBounds(t)[0]).toBe(cut);
    const gold: EvalDoc = { id: 'g', docId: 'g', offset: 0, text: t, chars: t.length, gold: [{ ...m(11, 19, 'MONEY'), value: 346000000 }] };
    const { segments } = evaluate([gold], { g: [{ ...m(15, 19, 'MONEY'), value: 4600000000 }] });
    const draws = resamples(segments.partial.tp.length, 200, 2);
    for (const s of SCHEMES) {
      segments[s].tp.forEach((tp, i) => expect(tp, `${s} sentence ${i}`).toBeLessThanOrEqual(segments[s].pred[i]));
      const ci = bootstrapCi(segments[s], draws);
      for (const [lo, hi] of [ci.precision, ci.recall, ci.f1]) { expect(lo).toBeGreaterThanOrEqual(0); expect(hi).toBeLessThanOrEqual(1); }
    }
  });

  it('is deterministic for a seed, and a real difference gets a small p', () => {
    const gold = Array.from({ length: 200 }, (_, k) => k);
    const segA = { tp: gold.map(() => 1), pred: gold.map(() => 1), gold: gold.map(() => 1) };
    const segB = { tp: gold.map((k) => (k % 3 ? 1 : 0)), pred: gold.map(() => 1), gold: gold.map(() => 1) };
    const d1 = resamples(200, 500, 42), d2 = resamples(200, 500, 42);
    expect(bootstrapCi(segB, d1)).toEqual(bootstrapCi(segB, d2));
    const t = pairedBootstrap(segA, segB, d1);
    expect(t.delta).toBeGreaterThan(0.25);
    expect(t.pValue).toBeLessThan(0.01);
    expect(pairedBootstrap(segA, segA, d1).pValue).toBe(1);
  });
});

describe('a results record read back', () => {
  // a small run built in process: two extractors on two units
  const units: EvalDoc[] = [
    { id: 'u1', docId: 'd', offset: 0, text: '共5件，结案3件。增长7.5%。', chars: 15, gold: [
      { start: 1, end: 3, text: '5件', type: 'COUNT', value: 5, unit: '件', qualifier: 'exact' },
      { start: 6, end: 8, text: '3件', type: 'COUNT', value: 3, unit: '件', qualifier: 'exact' },
      { start: 11, end: 15, text: '7.5%', type: 'PERCENT', value: 7.5, unit: '%', qualifier: 'exact' },
    ] },
    { id: 'u2', docId: 'e', offset: 0, text: '没有数字。', chars: 5, gold: [] },
  ];
  const ds = { name: 't', version: '1', dir: '/t', sha256: '0'.repeat(64), manifest: { name: 't', version: '1' }, units, splits: { all: ['u1', 'u2'] } };
  const good = new Map([['u1', units[0].gold], ['u2', []]]);
  const half = new Map([['u1', units[0].gold.slice(0, 1)]]);
  const scored = [good, half].map((p, i) => ({ info: { name: `x${i}`, version: '1', description: '' }, evaluation: evaluate(units, p), errors: [], chars: 20, seconds: 1 }));
  const config = { split: 'all', extractors: ['x0', 'x1'], bootstrap: 200, seed: 1, timeoutMs: 1000, concurrency: 1, options: {} };
  const fresh = () => structuredClone(buildResults(ds, units, scored, config));

  it('a record as built is consistent', () => {
    expect(resultsProblem(fresh())).toBeNull();
  });

  it.each([
    ['an edited F1', (r: Results) => { r.extractors[1].scores.exact.overall.f1 = 0.9; }, /extractors\.1\.scores\.exact\.overall\.f1 is 0\.900000 but its counts give/],
    ['an edited per-type score', (r: Results) => { r.extractors[0].scores.strict.byType.COUNT.precision = 0.5; }, /byType\.COUNT\.precision/],
    ['an edited macro F1', (r: Results) => { r.extractors[0].scores.value.macro.f1 = 0.5; }, /macro\.f1 is 0\.500000 but the per-type scores give 1/],
    ['an edited count', (r: Results) => { r.extractors[0].scores.strict.overall.counts.correct = 2; }, /overall\.(precision|recall|f1) is/],
    ['segments that do not add up', (r: Results) => { r.extractors[0].segments.partial.gold[0] += 1; }, /segments\.partial\.gold adds up to 4, but/],
    ['a segment count that is not the arrays\'', (r: Results) => { r.dataset.segments = 99; }, /has \d+ entries, but dataset\.segments is 99/],
    ['an edited paired difference', (r: Results) => { r.pairs[0].deltaF1 = 0; }, /pairs\.0\.deltaF1 is 0 but the two F1 give/],
    ['two extractors with one name', (r: Results) => { r.extractors[1].name = 'x0'; }, /name "x0" is used twice/],
    ['a bootstrap beyond the limit', (r: Results) => { r.config.bootstrap = 1e9; }, /config\.bootstrap is 1000000000: expected a whole number from 0 to 100000/],
    ['a CI that is not an interval', (r: Results) => { r.extractors[0].scores.strict.overall.ci95!.f1 = [0.9, 0.1]; }, /ci95\.f1 is not an interval/],
  ])('refuses %s', (_name, edit, why) => {
    const r = fresh();
    edit(r);
    expect(resultsProblem(r)).toMatch(why);
  });
});
