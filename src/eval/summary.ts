// Several datasets in one run: each keeps its own scores, statistics and
// provenance; the summary sets them side by side and pools the counts
// (micro-averaged over every mention of every dataset).
import { addCounts, emptyCounts } from './match.js';
import { prf } from './score.js';
import type { Prf, Results, Scheme } from '../types.js';

export interface SummaryRow {
  extractor: string;
  /** dataset name → F1 per scheme */
  byDataset: Record<string, Partial<Record<Scheme, number>>>;
  /** pooled over all datasets; null when the extractor was not run on every one (a pool of some would pass for all) */
  pooled: Record<'strict' | 'value', Prf> | null;
}

export interface Summary {
  datasets: { name: string; version: string; split: string; mentions: number; characters: number }[];
  rows: SummaryRow[];
}

export function summarizeRuns(runs: readonly Results[]): Summary {
  const names: string[] = [];
  for (const r of runs) for (const e of r.extractors) if (!names.includes(e.name)) names.push(e.name);
  const rows = names.map((extractor) => {
    const byDataset: SummaryRow['byDataset'] = {};
    let strict = emptyCounts(), value = emptyCounts();
    for (const r of runs) {
      const e = r.extractors.find((x) => x.name === extractor);
      if (!e) continue;
      byDataset[r.dataset.name] = { strict: e.scores.strict.overall.f1, value: e.scores.value.overall.f1 };
      strict = addCounts(strict, e.scores.strict.overall.counts);
      value = addCounts(value, e.scores.value.overall.counts);
    }
    const everywhere = runs.every((r) => r.dataset.name in byDataset);
    return { extractor, byDataset, pooled: everywhere ? { strict: prf(strict), value: prf(value) } : null };
  });
  return {
    datasets: runs.map((r) => ({ name: r.dataset.name, version: r.dataset.version, split: r.dataset.split, mentions: r.dataset.mentions, characters: r.dataset.characters })),
    rows,
  };
}
