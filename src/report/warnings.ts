// Warnings about sample size, shown with every rendering of a run: below
// about 30 sentences a percentile bootstrap's intervals and p-values are too
// coarse to trust, and so are the scores of a type with under 30 gold mentions.
import type { Results } from '../types.js';

export const MIN_SEGMENTS = 30;
export const MIN_TYPE_GOLD = 30;

/** Warnings about the whole run's sentences and about small types (ask for either alone with `which`). */
export function sampleWarnings(r: Results, which: readonly ('segments' | 'types')[] = ['segments', 'types']): string[] {
  const out: string[] = [];
  const n = r.dataset.segments;
  if (which.includes('segments') && n < MIN_SEGMENTS && r.config.bootstrap > 0) {
    out.push(`only ${n} sentence${n === 1 ? '' : 's'} (fewer than ${MIN_SEGMENTS}): bootstrap CIs and paired p-values this small are unreliable; report the counts`);
  }
  const first = r.extractors[0];
  if (first && which.includes('types')) {
    const small = Object.entries(first.scores.strict.byType)
      .filter(([, b]) => b.counts.gold > 0 && b.counts.gold < MIN_TYPE_GOLD)
      .map(([t, b]) => `${t} (${b.counts.gold})`);
    if (small.length) out.push(`fewer than ${MIN_TYPE_GOLD} gold mentions of ${small.join(', ')}: their per-type scores and CIs are unreliable`);
  }
  return out;
}
