// Stage 6: score. Small pure functions from counts to precision, recall and
// F1; per type, per document, macro; and per-sentence sufficient statistics
// for the bootstrap.
import { addCounts, credit, emptyCounts, matchDocument } from './match.js';
import { CodePoints } from './text.js';
import { MENTION_TYPES, SCHEMES, type Counts, type EvalDoc, type Mention, type Prf, type Scheme, type SchemeScores, type ScoreBlock, type SegmentStats } from './types.js';

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

export interface DocPredictions {
  doc: EvalDoc;
  predictions: Mention[];
}

export interface ScoreOutput {
  scores: Record<Scheme, SchemeScores>;
  segments: Record<Scheme, SegmentStats>;
}

function segmentOf(bounds: number[], start: number): number {
  let lo = 0, hi = bounds.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (bounds[mid] > start) hi = mid; else lo = mid + 1; }
  return lo;
}

/**
 * Score one extractor's predictions over a set of documents. Segment
 * statistics are laid out in document order, then sentence order, so that
 * two extractors scored on the same documents share segment indices.
 */
export function scoreAll(items: DocPredictions[]): ScoreOutput {
  const scores = {} as Record<Scheme, SchemeScores>;
  const segments = {} as Record<Scheme, SegmentStats>;
  const types = new Set<string>();
  for (const { doc, predictions } of items) {
    for (const m of doc.gold) types.add(m.type);
    for (const m of predictions) types.add(m.type);
  }
  const bounds = items.map(({ doc }) => segmentBounds(doc.text));
  for (const scheme of SCHEMES) {
    let overall = emptyCounts();
    const byDoc: Record<string, ScoreBlock> = {};
    const byTypeCounts: Record<string, Counts> = {};
    const seg: SegmentStats = { tp: [], pred: [], gold: [] };
    items.forEach(({ doc, predictions }, k) => {
      const out = matchDocument(doc.gold, predictions, scheme);
      overall = addCounts(overall, out.counts);
      byDoc[doc.id] = block(out.counts);
      for (const t of types) {
        const c = matchDocument(doc.gold.filter((m) => m.type === t), predictions.filter((m) => m.type === t), scheme).counts;
        byTypeCounts[t] = addCounts(byTypeCounts[t] ?? emptyCounts(), c);
      }
      // per-sentence statistics: gold by its start, predictions by theirs
      const b = bounds[k];
      const base = seg.tp.length;
      for (let s = 0; s < b.length; s++) { seg.tp.push(0); seg.pred.push(0); seg.gold.push(0); }
      for (const p of out.pairs) seg.tp[base + segmentOf(b, p.gold.start)] += p.credit;
      for (const g of [...out.pairs.map((x) => x.gold), ...out.incorrect.map((x) => x.gold), ...out.missed]) seg.gold[base + segmentOf(b, g.start)]++;
      for (const p of [...out.pairs.map((x) => x.pred), ...out.incorrect.map((x) => x.pred), ...out.spurious]) seg.pred[base + segmentOf(b, p.start)]++;
    });
    const byType: Record<string, ScoreBlock> = {};
    for (const t of MENTION_TYPES) if (byTypeCounts[t]) byType[t] = block(byTypeCounts[t]);
    const present = Object.values(byType).filter((x) => x.counts.gold + x.counts.predicted > 0);
    const macro = present.length
      ? { precision: mean(present.map((x) => x.precision)), recall: mean(present.map((x) => x.recall)), f1: mean(present.map((x) => x.f1)) }
      : { precision: 0, recall: 0, f1: 0 };
    scores[scheme] = { overall: block(overall), macro, byType, byDoc };
    segments[scheme] = seg;
  }
  return { scores, segments };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface Mismatch {
  extractor: string;
  doc: string;
  kind: 'missed' | 'spurious' | 'wrongtype';
  start: number;
  end: number;
  text: string;
  detail: string;
  context: string;
}

/** Strict-scheme mismatches of each extractor, for engineers reading errors. */
export function mismatches(extractors: string[], units: EvalDoc[], predictions: ({ extractor: string; doc: string } & Mention)[]): Mismatch[] {
  const out: Mismatch[] = [];
  const byKey = new Map<string, Mention[]>();
  for (const { extractor, doc, ...m } of predictions) {
    const k = `${extractor}\0${doc}`;
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(m);
  }
  for (const e of extractors) {
    for (const u of units) {
      const res = matchDocument(u.gold, byKey.get(`${e}\0${u.id}`) ?? [], 'strict');
      const cp = new CodePoints(u.text);
      const ctx = (s: number, t: number) => cp.slice(Math.max(0, s - 12), Math.min(cp.length, t + 12)).replace(/\n/g, '⏎');
      const row = (kind: Mismatch['kind'], m: Mention, detail: string) => out.push({ extractor: e, doc: u.id, kind, start: m.start, end: m.end, text: m.text, detail, context: ctx(m.start, m.end) });
      for (const m of res.missed) row('missed', m, m.type);
      for (const m of res.spurious) row('spurious', m, m.type);
      for (const x of res.incorrect) row('wrongtype', x.pred, `${x.pred.type} (gold ${x.gold.type})`);
    }
  }
  return out;
}
