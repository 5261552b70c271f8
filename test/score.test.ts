// Per-type segment statistics, per-type and macro CIs (eval), and the
// `zhnum score` command that scores a predictions file like `run` does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, denseSegments } from '../src/eval/score.js';
import { buildResults } from '../src/eval/results.js';
import { bootstrapCi, resamples, segmentPrf } from '../src/eval/stats.js';
import { ResultsSchema, SCHEMES, type Dataset, type EvalDoc, type Mention, type MentionType } from '../src/types.js';

const TYPES: MentionType[] = ['COUNT', 'PERCENT', 'MONEY'];
const m = (start: number, len: number, type: MentionType, text: string): Mention => ({ start, end: start + len, text: text.slice(start, start + len), type, value: 1, unit: null, qualifier: 'exact' });

/** A unit of `n` ten-character sentences; mentions are two characters at a sentence's third position. */
function toy(n: number, goldAt: [number, MentionType][], predAt: [number, MentionType, number][]) {
  const text = Array.from({ length: n }, (_, k) => `第${String(k).padStart(3, '0')}句有十二件事。`).join('');
  const unit: EvalDoc = { id: 'u', docId: 'u', offset: 0, text, chars: text.length, gold: goldAt.map(([s, t]) => m(s * 11 + 5, 2, t, text)) };
  const preds = predAt.map(([s, t, shift]) => m(s * 11 + 5 + shift, 2, t, text));
  return { unit, preds };
}
const ds: Dataset = { name: 'toy', version: '1', dir: '/toy', sha256: 'a'.repeat(64), manifest: { name: 'toy', version: '1' }, units: [], splits: {} };

const arb = fc.integer({ min: 3, max: 25 }).chain((n) => fc.record({
  n: fc.constant(n),
  gold: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(...TYPES)), { selector: (x) => x[0], maxLength: n }),
  pred: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(...TYPES), fc.constantFrom(0, 0, 1)), { selector: (x) => x[0], maxLength: n }),
}));

describe('per-type segment statistics', () => {
  it('sum to the per-type counts, for every scheme (property)', () => {
    fc.assert(fc.property(arb, ({ n, gold, pred }) => {
      const { unit, preds } = toy(n, gold, pred);
      const ev = evaluate([unit], { u: preds });
      for (const s of SCHEMES) for (const [t, b] of Object.entries(ev.scores[s].byType)) {
        const sp = ev.typeSegments[s][t];
        const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
        expect(sum(sp.gold)).toBe(b.counts.gold);
        expect(sum(sp.pred)).toBe(b.counts.predicted);
        expect(sum(sp.tp)).toBeCloseTo(b.counts.correct + 0.5 * b.counts.partial, 12);
        expect(segmentPrf(denseSegments(sp, n), null).f1).toBeCloseTo(b.f1, 12);
      }
    }), { numRuns: 60 });
  });

  it('per-type CIs equal the overall bootstrap on the dense statistics; the macro CI brackets its point estimate', () => {
    fc.assert(fc.property(arb, ({ n, gold, pred }) => {
      const { unit, preds } = toy(n, gold, pred);
      const ev = evaluate([unit], { u: preds });
      const r = buildResults(ds, [unit], [{ info: { name: 'x', version: '1', description: '' }, evaluation: ev, errors: [], chars: 1, seconds: 1 }],
        { split: 'all', extractors: ['x'], bootstrap: 100, seed: 7, timeoutMs: 1, concurrency: 1, options: {} });
      const draws = resamples(n, 100, 7);
      for (const s of SCHEMES) {
        const sc = r.extractors[0].scores[s];
        for (const [t, b] of Object.entries(sc.byType)) {
          const ref = bootstrapCi(denseSegments(ev.typeSegments[s][t], n), draws);
          expect(b.ci95!.f1[0]).toBeCloseTo(ref.f1[0], 12);
          expect(b.ci95!.f1[1]).toBeCloseTo(ref.f1[1], 12);
          expect(b.ci95!.recall[1]).toBeCloseTo(ref.recall[1], 12);
        }
        if (Object.keys(sc.byType).length) {
          const [lo, hi] = sc.macro.ci95!.f1;
          expect(lo).toBeLessThanOrEqual(hi);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
        }
      }
      expect(ResultsSchema.parse(JSON.parse(JSON.stringify(r))).extractors[0].typeSegments).toEqual(r.extractors[0].typeSegments);
    }), { numRuns: 30 });
  });

  it('macro CI: a hand case with one perfect and one empty type', () => {
    // COUNT: 20 gold, all found; PERCENT: 20 gold, none found → macro F1 0.5 in every resample that has both types
    const gold: [number, MentionType][] = Array.from({ length: 40 }, (_, k) => [k, k % 2 ? 'PERCENT' : 'COUNT']);
    const pred: [number, MentionType, number][] = gold.filter(([, t]) => t === 'COUNT').map(([k, t]) => [k, t, 0]);
    const { unit, preds } = toy(40, gold, pred);
    const r = buildResults(ds, [unit], [{ info: { name: 'x', version: '1', description: '' }, evaluation: evaluate([unit], { u: preds }), errors: [], chars: 1, seconds: 1 }],
      { split: 'all', extractors: ['x'], bootstrap: 200, seed: 1, timeoutMs: 1, concurrency: 1, options: {} });
    const s = r.extractors[0].scores.strict;
    expect(s.macro.f1).toBe(0.5);
    expect(s.macro.ci95!.f1).toEqual([0.5, 0.5]);
    expect(s.byType.COUNT.ci95!.f1).toEqual([1, 1]);
    expect(s.byType.PERCENT.ci95!.f1).toEqual([0, 0]);
  });
});
