// Bootstrap confidence intervals and paired bootstrap tests over sentences.
// Seeded, so that a run can be reproduced exactly.
import type { Prf, SegmentStats } from '../types.js';

/** mulberry32: small, fast, good enough for resampling indices. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** B resamples of n indices, drawn with replacement; the same draws serve every extractor (paired). */
export function resamples(n: number, b: number, seed: number): Uint32Array[] {
  const r = rng(seed);
  const out: Uint32Array[] = [];
  for (let k = 0; k < b; k++) {
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i++) idx[i] = Math.floor(r() * n);
    out.push(idx);
  }
  return out;
}

function prfOf(s: SegmentStats, idx: Uint32Array | null): Prf {
  let tp = 0, pred = 0, gold = 0;
  if (idx) for (let i = 0; i < idx.length; i++) { const j = idx[i]; tp += s.tp[j]; pred += s.pred[j]; gold += s.gold[j]; }
  else for (let j = 0; j < s.tp.length; j++) { tp += s.tp[j]; pred += s.pred[j]; gold += s.gold[j]; }
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function isEmpty(s: SegmentStats, idx: Uint32Array): boolean {
  for (let i = 0; i < idx.length; i++) if (s.pred[idx[i]] || s.gold[idx[i]]) return false;
  return true;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Percentile 95% intervals of precision, recall and F1. */
export function bootstrapCi(s: SegmentStats, draws: Uint32Array[]): NonNullable<Prf['ci95']> {
  const p: number[] = [], r: number[] = [], f: number[] = [];
  for (const idx of draws) {
    // a resample with neither gold nor predictions says nothing about the scores
    if (isEmpty(s, idx)) continue;
    const x = prfOf(s, idx); p.push(x.precision); r.push(x.recall); f.push(x.f1);
  }
  const ci = (xs: number[]): [number, number] => { xs.sort((a, b) => a - b); return [percentile(xs, 0.025), percentile(xs, 0.975)]; };
  return { precision: ci(p), recall: ci(r), f1: ci(f) };
}

/**
 * Two-sided paired bootstrap test of F1(a) − F1(b) over the same sentences:
 * the share of resamples whose difference falls on the other side of zero,
 * doubled (with the +1 correction, so p is never 0).
 */
export function pairedBootstrap(a: SegmentStats, b: SegmentStats, draws: Uint32Array[]): { delta: number; pValue: number | null } {
  const delta = prfOf(a, null).f1 - prfOf(b, null).f1;
  if (draws.length === 0) return { delta, pValue: null };
  let le = 0, ge = 0, used = 0;
  for (const idx of draws) {
    if (isEmpty(a, idx) && isEmpty(b, idx)) continue;
    used++;
    const d = prfOf(a, idx).f1 - prfOf(b, idx).f1;
    if (d <= 0) le++;
    if (d >= 0) ge++;
  }
  if (used === 0) return { delta, pValue: null };
  const tail = delta >= 0 ? le : ge;
  return { delta, pValue: Math.min(1, (2 * (tail + 1)) / (used + 1)) };
}

export { prfOf as segmentPrf };
