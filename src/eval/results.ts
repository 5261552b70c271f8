// The results record: every extractor's scores with bootstrap CIs, the paired
// tests between extractors, and what is needed to reproduce the run.
import { bootstrapCi, pairedBootstrap, resamples } from './stats.js';
import { provenance } from './provenance.js';
import type { Evaluation } from './score.js';
import { RESULTS_SCHEMA_VERSION, SCHEMES, type Dataset, type DocError, type EvalDoc, type ExtractorInfo, type ExtractorResult, type PairTest, type Prf, type Results, type SparseSegmentStats } from '../types.js';

export interface ScoredExtractor {
  info: ExtractorInfo;
  evaluation: Evaluation;
  errors: DocError[];
  /** characters and seconds of extraction (documents that failed excluded) */
  chars: number;
  seconds: number;
}

export interface ResultsConfig {
  split: string;
  extractors: string[];
  bootstrap: number;
  seed: number;
  timeoutMs: number;
  concurrency: number;
  options: Record<string, unknown>;
}

/** Assemble a results record; CIs and paired tests share one set of seeded resamples. */
export function buildResults(ds: Dataset, units: readonly EvalDoc[], scored: readonly ScoredExtractor[], config: ResultsConfig): Results {
  const nSegments = scored[0]?.evaluation.segments.strict.tp.length ?? 0;
  const draws = config.bootstrap > 0 ? resamples(nSegments, config.bootstrap, config.seed) : [];
  const targets: CiTarget[] = [];
  const extractors: ExtractorResult[] = scored.map((s) => {
    const scores = structuredClone(s.evaluation.scores);
    const typeSegments = s.evaluation.typeSegments;
    if (draws.length) for (const scheme of SCHEMES) {
      const ci = bootstrapCi(s.evaluation.segments[scheme], draws);
      // no resample holds a mention (an empty split): no interval, rather than NaN (null in JSON)
      if (Number.isFinite(ci.f1[0])) scores[scheme].overall.ci95 = ci;
      const byType = typeSegments?.[scheme];
      if (!byType) continue;
      const present = Object.keys(scores[scheme].byType).filter((t) => byType[t]);
      for (const t of present) targets.push({ types: [byType[t]], into: scores[scheme].byType[t] });
      if (present.length) targets.push({ types: present.map((t) => byType[t]), into: scores[scheme].macro });
    }
    return {
      name: s.info.name, version: s.info.version, description: s.info.description,
      scores, segments: s.evaluation.segments, ...(typeSegments ? { typeSegments } : {}),
      throughput: { chars: s.chars, seconds: s.seconds, charsPerSecond: s.seconds > 0 ? s.chars / s.seconds : 0 },
      errors: s.errors,
    };
  });
  typeCis(targets, draws, nSegments);
  const pairs: PairTest[] = [];
  for (let a = 0; a < extractors.length; a++) for (let b = a + 1; b < extractors.length; b++) {
    for (const scheme of SCHEMES) {
      const t = pairedBootstrap(extractors[a].segments[scheme], extractors[b].segments[scheme], draws);
      pairs.push({ a: extractors[a].name, b: extractors[b].name, scheme, deltaF1: t.delta, pValue: t.pValue });
    }
  }
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    dataset: {
      name: ds.name, version: ds.version, sha256: ds.sha256, dir: ds.dir, split: config.split,
      documents: units.length, characters: units.reduce((s, u) => s + u.chars, 0),
      mentions: units.reduce((s, u) => s + u.gold.filter((m) => !m.optional).length, 0), segments: nSegments,
    },
    config: {
      extractors: config.extractors, bootstrap: config.bootstrap, seed: config.seed, timeoutMs: config.timeoutMs,
      concurrency: config.concurrency, options: config.options,
    },
    extractors,
    pairs,
    provenance: provenance(),
  };
}

/** A set of types whose per-type (one type) or macro (several) CI is wanted, and where to put it. */
interface CiTarget { types: readonly SparseSegmentStats[]; into: Prf }

/**
 * Percentile 95% intervals over the same resamples as the overall CI, of one
 * type's scores or of the macro average over several types. A resample is
 * turned into how often it draws each segment, so a type's sums cost its
 * sparse length, not the number of segments. In a resample, a type with
 * neither gold nor predictions is left out of the average, as `evaluate`
 * leaves out a type absent from the split; a resample where every type is
 * absent is skipped.
 */
function typeCis(targets: readonly CiTarget[], draws: readonly Uint32Array[], n: number): void {
  const vals = targets.map(() => ({ p: [] as number[], r: [] as number[], f: [] as number[] }));
  const c = new Uint32Array(n);
  for (const idx of draws) {
    c.fill(0);
    for (let i = 0; i < idx.length; i++) c[idx[i]]++;
    targets.forEach((t, ti) => {
      let sp = 0, sr = 0, sf = 0, k = 0;
      for (const s of t.types) {
        let tp = 0, pred = 0, gold = 0;
        for (let i = 0; i < s.idx.length; i++) { const m = c[s.idx[i]]; if (m) { tp += m * s.tp[i]; pred += m * s.pred[i]; gold += m * s.gold[i]; } }
        if (!pred && !gold) continue;
        const pr = pred ? tp / pred : 0, rc = gold ? tp / gold : 0;
        sp += pr; sr += rc; sf += pr + rc ? (2 * pr * rc) / (pr + rc) : 0; k++;
      }
      if (k === 0) return;
      vals[ti].p.push(sp / k); vals[ti].r.push(sr / k); vals[ti].f.push(sf / k);
    });
  }
  targets.forEach((t, ti) => { t.into.ci95 = { precision: interval(vals[ti].p), recall: interval(vals[ti].r), f1: interval(vals[ti].f) }; });
}

/** The 2.5th and 97.5th percentiles, interpolated as in stats.ts. */
function interval(xs: number[]): [number, number] {
  xs.sort((a, b) => a - b);
  const q = (x: number) => { if (!xs.length) return NaN; const pos = (xs.length - 1) * x, lo = Math.floor(pos), hi = Math.ceil(pos); return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo); };
  return [q(0.025), q(0.975)];
}
