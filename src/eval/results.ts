// The results record: every extractor's scores with bootstrap CIs, the paired
// tests between extractors, and what is needed to reproduce the run.
import { bootstrapCi, pairedBootstrap, resamples } from './stats.js';
import { provenance } from './provenance.js';
import type { Evaluation } from './score.js';
import { RESULTS_SCHEMA_VERSION, SCHEMES, type Dataset, type DocError, type EvalDoc, type ExtractorInfo, type ExtractorResult, type PairTest, type Results } from '../types.js';

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
  const extractors: ExtractorResult[] = scored.map((s) => {
    const scores = structuredClone(s.evaluation.scores);
    if (draws.length) for (const scheme of SCHEMES) scores[scheme].overall.ci95 = bootstrapCi(s.evaluation.segments[scheme], draws);
    return {
      name: s.info.name, version: s.info.version, description: s.info.description,
      scores, segments: s.evaluation.segments,
      throughput: { chars: s.chars, seconds: s.seconds, charsPerSecond: s.seconds > 0 ? s.chars / s.seconds : 0 },
      errors: s.errors,
    };
  });
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
