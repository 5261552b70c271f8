// Segments for the bootstrap: sentences (cut after 。！？； and a period that
// is not a decimal point), at least 8 and at most 600 code points long.
import type { EvalDoc } from '../types.js';

/** Sentence boundaries: after 。！？； (and a period that is not a decimal point). Offsets in code points. */
export function segmentBounds(text: string): number[] {
  const cps = Array.from(text);
  const bounds: number[] = [];
  let last = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const end = c === '。' || c === '！' || c === '？' || c === '；' || c === '!' || c === '?' || c === ';' ||
      ((c === '.' || c === '．') && !/[0-9０-９]/.test(cps[i + 1] ?? ''));
    if ((end && i + 1 - last >= 8) || i + 1 - last >= 600) { bounds.push(i + 1); last = i + 1; }
  }
  if (last < cps.length || bounds.length === 0) bounds.push(cps.length);
  return bounds;
}

const cache = new WeakMap<EvalDoc, number[]>();

/** The segment bounds of a unit, computed once per unit. */
export function unitSegments(doc: EvalDoc): number[] {
  let b = cache.get(doc);
  if (!b) { b = segmentBounds(doc.text); cache.set(doc, b); }
  return b;
}

/** Index of the segment holding code-point offset `start`. */
export function segmentOf(bounds: number[], start: number): number {
  let lo = 0, hi = bounds.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (bounds[mid] > start) hi = mid; else lo = mid + 1; }
  return lo;
}

