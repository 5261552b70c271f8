// Scoring: small pure functions from match counts to precision, recall and F1;
// per type, per document, macro over types; and per-sentence sufficient
// statistics for the bootstrap. Returns data; reporters print it.
import { addCounts, credit, emptyCounts, matchDocument, type MatchOutcome } from './match.js';
import { segmentOf, unitSegments } from './segments.js';
import { MENTION_TYPES, SCHEMES, type Counts, type Dataset, type EvalDoc, type Mention, type Prf, type Scheme, type SchemeScores, type ScoreBlock, type SegmentStats, type SparseSegmentStats } from '../types.js';

/**
 * Precision, recall and F1 from counts, with partial matches worth one half:
 *
 *   P = (correct + ½·partial) / predicted,  R = (correct + ½·partial) / gold,  F1 = 2PR / (P + R)
 *
 * Worked example: 10 gold mentions; 9 predictions, of which 7 correct, 1
 * partial and 1 spurious: credit 7.5, P = 7.5/9 = 0.833, R = 7.5/10 = 0.75,
 * F1 = 2·0.833·0.75 / 1.583 = 0.789. An empty denominator gives 0.
 */
export function prf(c: Counts): Prf {
  const tp = credit(c);
  const precision = c.predicted ? tp / c.predicted : 0;
  const recall = c.gold ? tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function block(c: Counts): ScoreBlock {
  return { ...prf(c), counts: c };
}

/** One extractor's predictions: unit ID → mentions (a unit without an entry predicted nothing). */
export type Predictions = ReadonlyMap<string, readonly Mention[]> | Readonly<Record<string, readonly Mention[]>>;

function predictionsOf(p: Predictions, id: string): Mention[] {
  const ms = p instanceof Map ? p.get(id) : (p as Record<string, readonly Mention[]>)[id];
  return (ms ?? []) as Mention[];
}

export interface Evaluation {
  scores: Record<Scheme, SchemeScores>;
  /** per-sentence statistics, laid out in unit order then sentence order */
  segments: Record<Scheme, SegmentStats>;
  /** the same per type, sparse (segments where the type has gold or predictions) */
  typeSegments: Record<Scheme, Record<string, SparseSegmentStats>>;
  /** each scheme's match outcome per unit, in the order of the units */
  outcomes: Record<Scheme, MatchOutcome[]>;
}

/**
 * Score one extractor's predictions over a set of units (or a dataset's
 * split, `all` by default). Segment statistics are laid out in unit order,
 * then sentence order, so that two extractors scored on the same units share
 * segment indices (what the paired bootstrap needs).
 *
 * The lists are scored as given: `run` and `score` first check each unit's
 * predictions (`checkMentions`, data/mentions.ts: a mention whose span or
 * text does not fit, and every mention of an overlap, is dropped and recorded
 * as an error of its unit), so a caller scoring its own lists should too, or
 * an overlapping or duplicate prediction counts here as spurious where the
 * commands would have dropped it. Predictions for units not scored are not
 * looked at.
 */
export function evaluate(units: readonly EvalDoc[] | Dataset, predictions: Predictions, split = 'all'): Evaluation {
  const list: readonly EvalDoc[] = Array.isArray(units) ? units : unitsOf(units as Dataset, split);
  const items = list.map((doc) => ({ doc, predictions: predictionsOf(predictions, doc.id) }));
  const scores = {} as Record<Scheme, SchemeScores>;
  const segments = {} as Record<Scheme, SegmentStats>;
  const outcomes = {} as Record<Scheme, MatchOutcome[]>;
  const typeSegments = {} as Record<Scheme, Record<string, SparseSegmentStats>>;
  const types = new Set<string>();
  for (const { doc, predictions: ps } of items) {
    for (const m of doc.gold) types.add(m.type);
    for (const m of ps) types.add(m.type);
  }
  for (const scheme of SCHEMES) {
    let overall = emptyCounts();
    const byDoc: Record<string, ScoreBlock> = {};
    const byTypeCounts: Record<string, Counts> = {};
    const seg: SegmentStats = { tp: [], pred: [], gold: [] };
    const outs: MatchOutcome[] = [];
    const typeSeg: Record<string, SparseSegmentStats> = {};
    for (const { doc, predictions: ps } of items) {
      const b = unitSegments(doc);
      const base = seg.tp.length;
      const out = matchDocument(doc.gold, ps, scheme);
      outs.push(out);
      overall = addCounts(overall, out.counts);
      byDoc[doc.id] = block(out.counts);
      const typed = byGoldType(out);
      for (const t of types) {
        const o = typed.get(t);
        if (!o) continue;
        byTypeCounts[t] = addCounts(byTypeCounts[t] ?? emptyCounts(), o.counts);
        addSparse(typeSeg[t] ??= { idx: [], tp: [], pred: [], gold: [] }, segmentCounts(o, b), base);
      }
      // per-sentence statistics: a pair in its gold mention's sentence (segmentCounts)
      const dense = segmentCounts(out, b);
      for (let i = 0; i < b.length; i++) { seg.tp.push(dense.tp[i]); seg.pred.push(dense.pred[i]); seg.gold.push(dense.gold[i]); }
    }
    const byType: Record<string, ScoreBlock> = {};
    for (const t of MENTION_TYPES) if (byTypeCounts[t]) byType[t] = block(byTypeCounts[t]);
    const present = Object.values(byType).filter((x) => x.counts.gold + x.counts.predicted > 0);
    const macro = present.length
      ? { precision: mean(present.map((x) => x.precision)), recall: mean(present.map((x) => x.recall)), f1: mean(present.map((x) => x.f1)) }
      : { precision: 0, recall: 0, f1: 0 };
    scores[scheme] = { overall: block(overall), macro, byType, byDoc };
    segments[scheme] = seg;
    typeSegments[scheme] = typeSeg;
    outcomes[scheme] = outs;
  }
  return { scores, segments, typeSegments, outcomes };
}

/**
 * A document's match outcome split by type: what was matched to a gold
 * mention, or judged against one (a wrong type or value at its span),
 * counts under the gold mention's type, as nervaluate counts it; a
 * prediction matched to nothing counts under its own type. Unlike
 * nervaluate, a prediction whose span only overlaps a gold mention is not
 * judged against it (nervaluate's strict `incorrect`): outside the partial
 * scheme it is spurious under its own type and the gold mention missed. The document is matched
 * once, with every type present, so the optional-mention rule and the
 * one-to-one matching are the overall score's, and the per-type counts add
 * up to the overall counts in every field and every scheme (the exact
 * scheme's too, where a pair may join two types).
 *
 * Example (strict): gold DATE 2023年 and COUNT 5家; predictions DURATION
 * 2023年 (same span, wrong type) and COUNT 5家 and PERCENT 3% (nothing
 * there). DATE: gold 1, predicted 1, incorrect 1; COUNT: gold 1, predicted
 * 1, correct 1; PERCENT: predicted 1, spurious 1; DURATION: nothing.
 */
export function byGoldType(out: MatchOutcome): Map<string, MatchOutcome> {
  const by = new Map<string, MatchOutcome>();
  const of = (t: string) => by.get(t) ?? by.set(t, { counts: emptyCounts(), pairs: [], missed: [], spurious: [], incorrect: [] }).get(t)!;
  for (const p of out.pairs) {
    const o = of(p.gold.type);
    o.pairs.push(p);
    if (p.credit === 1) o.counts.correct++; else o.counts.partial++;
    o.counts.gold++; o.counts.predicted++;
  }
  for (const x of out.incorrect) { const o = of(x.gold.type); o.incorrect.push(x); o.counts.incorrect++; o.counts.gold++; o.counts.predicted++; }
  for (const g of out.missed) { const o = of(g.type); o.missed.push(g); o.counts.missed++; o.counts.gold++; }
  for (const p of out.spurious) { const o = of(p.type); o.spurious.push(p); o.counts.spurious++; o.counts.predicted++; }
  return by;
}

/**
 * One unit's per-sentence counts from a match outcome. A pair (matched, or
 * judged incorrect) counts whole in its gold mention's sentence, prediction
 * included; only an unmatched prediction counts in its own. Counting a pair's
 * prediction where it starts would split it from its credit when the two
 * starts lie in different sentences (a prediction of 46亿元 inside gold
 * 3.\n\n46亿元, cut after the "." by the sentence splitter), and a resample
 * holding the credit without the prediction would give a precision above 1.
 */
function segmentCounts(out: MatchOutcome, bounds: number[]): SegmentStats {
  const n = bounds.length;
  const seg: SegmentStats = { tp: new Array<number>(n).fill(0), pred: new Array<number>(n).fill(0), gold: new Array<number>(n).fill(0) };
  for (const p of out.pairs) { const i = segmentOf(bounds, p.gold.start); seg.tp[i] += p.credit; seg.pred[i]++; seg.gold[i]++; }
  for (const x of out.incorrect) { const i = segmentOf(bounds, x.gold.start); seg.pred[i]++; seg.gold[i]++; }
  for (const g of out.missed) seg.gold[segmentOf(bounds, g.start)]++;
  for (const p of out.spurious) seg.pred[segmentOf(bounds, p.start)]++;
  return seg;
}

/** Append a unit's non-empty segments to a sparse record, offset to the run's segment indices. */
function addSparse(into: SparseSegmentStats, seg: SegmentStats, base: number): void {
  for (let i = 0; i < seg.tp.length; i++) {
    if (!seg.pred[i] && !seg.gold[i]) continue;
    into.idx.push(base + i); into.tp.push(seg.tp[i]); into.pred.push(seg.pred[i]); into.gold.push(seg.gold[i]);
  }
}

/** A sparse record made dense over `n` segments (what the bootstrap functions take). */
export function denseSegments(s: SparseSegmentStats, n: number): SegmentStats {
  const out: SegmentStats = { tp: new Array<number>(n).fill(0), pred: new Array<number>(n).fill(0), gold: new Array<number>(n).fill(0) };
  s.idx.forEach((j, k) => { out.tp[j] = s.tp[k]; out.pred[j] = s.pred[k]; out.gold[j] = s.gold[k]; });
  return out;
}

function unitsOf(ds: Dataset, split: string): EvalDoc[] {
  const ids = ds.splits[split];
  if (!ids) throw new Error(`dataset ${ds.name} has no split "${split}"; splits: ${Object.keys(ds.splits).join(', ')}`);
  const set = new Set(ids);
  return ds.units.filter((u) => set.has(u.id));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
