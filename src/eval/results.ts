// The results record: every extractor's scores with bootstrap CIs, the paired
// tests between extractors, and what is needed to reproduce the run.
import { bootstrapCi, pairedBootstrap, resamples } from './stats.js';
import { createHash } from 'node:crypto';
import { provenance } from './provenance.js';
import { unitSegments } from './segments.js';
import { prf, type Evaluation } from './score.js';
import { credit } from './match.js';
import { DEFAULTS } from '../config.js';
import { RESULTS_SCHEMA_VERSION, SCHEMES, SCORING_VERSION, type Dataset, type DocError, type EvalDoc, type ExtractorInfo, type ExtractorResult, type PairTest, type Prf, type Results, type ScoreBlock, type SparseSegmentStats } from '../types.js';

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
      segmentsSha256: segmentsSha256(units),
    },
    scoring: SCORING_VERSION,
    config: {
      extractors: config.extractors, bootstrap: config.bootstrap, seed: config.seed, timeoutMs: config.timeoutMs,
      concurrency: config.concurrency, options: config.options,
    },
    extractors,
    pairs,
    provenance: provenance(),
  };
}

/** SHA-256 of the units' IDs and sentence bounds, in order: what the bootstrap's segment indices mean. */
export function segmentsSha256(units: readonly EvalDoc[]): string {
  const h = createHash('sha256');
  for (const u of units) h.update(`${u.id}\t${unitSegments(u).join(',')}\n`);
  return h.digest('hex');
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
  // a type no resample drew gets no interval, rather than NaN (null in JSON)
  targets.forEach((t, ti) => { if (vals[ti].f.length) t.into.ci95 = { precision: interval(vals[ti].p), recall: interval(vals[ti].r), f1: interval(vals[ti].f) }; });
}

/** The 2.5th and 97.5th percentiles, interpolated as in stats.ts. */
function interval(xs: number[]): [number, number] {
  xs.sort((a, b) => a - b);
  const q = (x: number) => { if (!xs.length) return NaN; const pos = (xs.length - 1) * x, lo = Math.floor(pos), hi = Math.ceil(pos); return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo); };
  return [q(0.025), q(0.975)];
}

// ---------- reading a results file back ----------

/** What a results file may claim: more would make `gate` or `report` run out of memory or time. */
export const RESULTS_LIMITS = {
  bootstrap: DEFAULTS.maxBootstrap,
  segments: 10_000_000,
  /** resamples × segments: the gate holds them all (4 bytes each) */
  resampleCells: DEFAULTS.maxResampleCells,
} as const;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(6));

/**
 * Why a results file that passed the schema cannot be trusted, or null. The
 * scores are recomputed from the counts they were computed from (an F1 edited
 * without its counts is refused, with the field named); the per-sentence
 * statistics must add up to the counts, since the gate tests on them; and the
 * sizes it claims must be within RESULTS_LIMITS.
 */
export function resultsProblem(r: Results): string | null {
  const n = r.dataset.segments;
  if (!Number.isSafeInteger(n) || n < 0 || n > RESULTS_LIMITS.segments) return `dataset.segments is ${n}: expected a whole number of sentences up to ${RESULTS_LIMITS.segments}`;
  const b = r.config.bootstrap;
  if (!Number.isSafeInteger(b) || b < 0 || b > RESULTS_LIMITS.bootstrap) return `config.bootstrap is ${b}: expected a whole number from 0 to ${RESULTS_LIMITS.bootstrap} (the limit of --bootstrap)`;
  if (b * n > RESULTS_LIMITS.resampleCells) return `config.bootstrap ${b} × dataset.segments ${n} is more resampling than the limit (${RESULTS_LIMITS.resampleCells} draws)`;
  if (!Number.isSafeInteger(r.config.seed) || r.config.seed < 0 || r.config.seed >= 2 ** 32) return `config.seed is ${r.config.seed}: expected a whole number from 0 to 2^32 − 1`;
  const names = new Set<string>();
  for (const [i, e] of r.extractors.entries()) {
    const at = `extractors.${i}`;
    if (!e.name) return `${at}.name is empty: every extractor needs a name`;
    if (names.has(e.name)) return `${at}.name "${e.name}" is used twice: the scores of the two could not be told apart`;
    names.add(e.name);
    for (const scheme of SCHEMES) {
      const sc = e.scores[scheme];
      if (!sc) return `${at}.scores.${scheme} is missing`;
      const blocks: [string, ScoreBlock][] = [[`overall`, sc.overall], ...Object.entries(sc.byType).map(([t, x]): [string, ScoreBlock] => [`byType.${t}`, x]), ...Object.entries(sc.byDoc).map(([d, x]): [string, ScoreBlock] => [`byDoc.${d}`, x])];
      for (const [where, blk] of blocks) {
        const c = blk.counts;
        for (const [k, v] of Object.entries(c) as [string, number][]) if (!Number.isSafeInteger(v) || v < 0) return `${at}.scores.${scheme}.${where}.counts.${k} is ${v}: expected a count`;
        const want = prf(c);
        for (const k of ['precision', 'recall', 'f1'] as const) {
          if (!close(blk[k], want[k])) return `${at}.scores.${scheme}.${where}.${k} is ${fmt(blk[k])} but its counts give ${fmt(want[k])}: the file was edited or is corrupt; run again`;
        }
        const ci = blk.ci95;
        if (ci) for (const k of ['precision', 'recall', 'f1'] as const) if (!ci[k].every((x) => Number.isFinite(x) && x >= 0 && x <= 1) || ci[k][0] > ci[k][1]) return `${at}.scores.${scheme}.${where}.ci95.${k} is not an interval within [0, 1]`;
      }
      const present = Object.values(sc.byType).filter((x) => x.counts.gold + x.counts.predicted > 0);
      const mean = (xs: number[]) => (xs.length ? xs.reduce((p, q) => p + q, 0) / xs.length : 0);
      for (const k of ['precision', 'recall', 'f1'] as const) {
        const want = mean(present.map((x) => x[k]));
        if (!close(sc.macro[k], want)) return `${at}.scores.${scheme}.macro.${k} is ${fmt(sc.macro[k])} but the per-type scores give ${fmt(want)}: the file was edited or is corrupt; run again`;
      }
      const seg = e.segments[scheme];
      if (!seg) return `${at}.segments.${scheme} is missing`;
      for (const k of ['tp', 'pred', 'gold'] as const) if (seg[k].length !== n) return `${at}.segments.${scheme}.${k} has ${seg[k].length} entries, but dataset.segments is ${n}`;
      const sum = (xs: number[]) => xs.reduce((p, q) => p + q, 0);
      const c = sc.overall.counts;
      const sums: [string, number, number][] = [['tp', sum(seg.tp), credit(c)], ['pred', sum(seg.pred), c.predicted], ['gold', sum(seg.gold), c.gold]];
      for (const [k, got, want] of sums) if (!close(got, want)) return `${at}.segments.${scheme}.${k} adds up to ${fmt(got)}, but scores.${scheme}.overall.counts give ${fmt(want)}: the file was edited or is corrupt; run again`;
      for (const [t, sp] of Object.entries(e.typeSegments?.[scheme] ?? {})) {
        if (sp.tp.length !== sp.idx.length || sp.pred.length !== sp.idx.length || sp.gold.length !== sp.idx.length) return `${at}.typeSegments.${scheme}.${t}: idx, tp, pred and gold differ in length`;
        if (sp.idx.some((j) => j >= n)) return `${at}.typeSegments.${scheme}.${t}.idx points past dataset.segments (${n})`;
      }
    }
  }
  for (const [i, p] of r.pairs.entries()) {
    const a = r.extractors.find((e) => e.name === p.a), bb = r.extractors.find((e) => e.name === p.b);
    if (!a || !bb) return `pairs.${i} compares ${p.a} and ${p.b}, which are not both in extractors`;
    const want = a.scores[p.scheme].overall.f1 - bb.scores[p.scheme].overall.f1;
    if (!close(p.deltaF1, want)) return `pairs.${i}.deltaF1 is ${fmt(p.deltaF1)} but the two F1 give ${fmt(want)}: the file was edited or is corrupt; run again`;
    if (p.pValue !== null && !(p.pValue > 0 && p.pValue <= 1)) return `pairs.${i}.pValue is ${p.pValue}: expected a probability`;
  }
  return null;
}
