// The CI gate: did any extractor's F1 drop by more than a threshold, overall
// or on one mention type, with a paired bootstrap test over the same
// sentences saying the drop is real? Returns data; ci.ts and the CLI print it.
// Per-type checks matter: removing every PERCENT_POINT mention (9 of 1,005)
// barely moves the overall F1, but takes that type's F1 from 100 to 0.
import { DEFAULTS } from '../config.js';
import { denseSegments } from '../eval/score.js';
import { pairedBootstrap, resamples } from '../eval/stats.js';
import { SCHEMES, SCORING_CHANGES, SCORING_VERSION, type ExtractorResult, type Results, type Scheme, type SegmentStats } from '../types.js';

export interface GateRow {
  dataset: string;
  extractor: string;
  scheme: Scheme;
  /** a mention type, or undefined for the overall score */
  type?: string;
  baseline: number;
  current: number;
  delta: number;
  pValue: number | null;
  failed: boolean;
}

export interface GateOutcome {
  ok: boolean;
  rows: GateRow[];
  /** reasons the two runs cannot be compared (exit 2) */
  incomparable: string[];
  /** baseline extractors absent from the current run */
  missing: string[];
  /** what was not checked, and why */
  notes: string[];
}

export interface GateOptions {
  maxDrop?: number;
  alpha?: number;
  resamples?: number;
  seed?: number;
  /** gate only these extractors (default: every extractor of the baseline) */
  extractors?: readonly string[];
  /** check each mention type too (default true) */
  types?: boolean;
}

const typeStats = (e: ExtractorResult, scheme: Scheme, type: string, n: number): SegmentStats | null => {
  const s = e.typeSegments?.[scheme];
  if (!s) return null;
  return denseSegments(s[type] ?? { idx: [], tp: [], pred: [], gold: [] }, n);
};

/** Gate one dataset's run against its baseline. */
export function gate(base: Results, cur: Results, opts: GateOptions = {}): GateOutcome {
  const maxDrop = opts.maxDrop ?? DEFAULTS.maxDrop;
  const alpha = opts.alpha ?? DEFAULTS.alpha;
  const incomparable: string[] = [];
  const notes: string[] = [];
  if (base.dataset.sha256 !== cur.dataset.sha256) incomparable.push(`the baseline was scored on dataset ${base.dataset.name} ${base.dataset.version} (sha256 ${base.dataset.sha256.slice(0, 12)}), the current run on ${cur.dataset.name} ${cur.dataset.version} (sha256 ${cur.dataset.sha256.slice(0, 12)}): regenerate the baseline`);
  if (base.dataset.split !== cur.dataset.split) incomparable.push(`${base.dataset.name}: the baseline is on split "${base.dataset.split}", the current run on "${cur.dataset.split}"`);
  // the paired bootstrap compares the two runs sentence by sentence: the same dataset cut into other sentences (a changed splitter) would pair unrelated counts
  if (!incomparable.length && base.dataset.segments !== cur.dataset.segments) incomparable.push(`${base.dataset.name}: the baseline has ${base.dataset.segments} sentences, the current run ${cur.dataset.segments} (the sentence splitter changed): the runs cannot be compared sentence by sentence; regenerate the baseline`);
  else if (!incomparable.length && base.dataset.segmentsSha256 && cur.dataset.segmentsSha256 && base.dataset.segmentsSha256 !== cur.dataset.segmentsSha256) incomparable.push(`${base.dataset.name}: the baseline's sentences end elsewhere than the current run's (the sentence splitter changed; sha256 ${base.dataset.segmentsSha256.slice(0, 12)} against ${cur.dataset.segmentsSha256.slice(0, 12)}): regenerate the baseline`);
  const unknown = (opts.extractors ?? []).filter((x) => !base.extractors.some((e) => e.name === x));
  if (unknown.length) incomparable.push(`${base.dataset.name}: --extractors names ${unknown.map((x) => `"${x}"`).join(', ')}, not in the baseline (it has ${base.extractors.map((e) => e.name).join(', ')})`);
  if (incomparable.length) return { ok: false, rows: [], incomparable, missing: [], notes };
  const n = cur.dataset.segments;
  const draws = resamples(n, opts.resamples ?? (base.config.bootstrap || DEFAULTS.bootstrap), opts.seed ?? cur.config.seed);
  const rows: GateRow[] = [];
  const missing: string[] = [];
  const failed = (delta: number, p: number | null) => -delta > maxDrop && (p === null || p < alpha);
  const gated = base.extractors.filter((b) => !opts.extractors || opts.extractors.includes(b.name));
  for (const b of gated) {
    const c = cur.extractors.find((x) => x.name === b.name);
    if (!c) { missing.push(`${base.dataset.name} · ${b.name}`); continue; }
    for (const scheme of SCHEMES) {
      const t = pairedBootstrap(c.segments[scheme], b.segments[scheme], draws);
      const delta = c.scores[scheme].overall.f1 - b.scores[scheme].overall.f1;
      rows.push({ dataset: base.dataset.name, extractor: b.name, scheme, baseline: b.scores[scheme].overall.f1, current: c.scores[scheme].overall.f1, delta, pValue: t.pValue, failed: failed(delta, t.pValue) });
    }
    if (opts.types === false) continue;
    if ((base.scoring ?? 1) !== (cur.scoring ?? 1)) {
      const older = Math.min(base.scoring ?? 1, cur.scoring ?? 1);
      const since = Object.entries(SCORING_CHANGES).filter(([v]) => Number(v) > older).map(([v, what]) => `${v}: ${what}`).join('; ');
      notes.push(`${base.dataset.name} · ${b.name}: not gated per type, the ${(base.scoring ?? 1) < (cur.scoring ?? 1) ? 'baseline' : 'current run'} was scored by an older definition (scoring ${older}; now ${SCORING_VERSION}; changed since, in ${since}): regenerate it`);
      continue;
    }
    if (!b.typeSegments || !c.typeSegments) {
      notes.push(`${base.dataset.name} · ${b.name}: not gated per type, the ${b.typeSegments ? 'current run' : 'baseline'} has no per-type statistics (written before they were recorded): run it again`);
      continue;
    }
    for (const scheme of SCHEMES) {
      for (const [type, bb] of Object.entries(b.scores[scheme].byType)) {
        if (bb.counts.gold === 0) continue;
        const cb = c.scores[scheme].byType[type];
        const t = pairedBootstrap(typeStats(c, scheme, type, n)!, typeStats(b, scheme, type, n)!, draws);
        const current = cb?.f1 ?? 0;
        const delta = current - bb.f1;
        rows.push({ dataset: base.dataset.name, extractor: b.name, scheme, type, baseline: bb.f1, current, delta, pValue: t.pValue, failed: failed(delta, t.pValue) });
      }
    }
  }
  // what was not checked is said, not passed over (a CI reader would take silence for a check that passed)
  if (opts.types === false && gated.length) notes.push(`${base.dataset.name}: not gated per type (the per-type checks are turned off)`);
  for (const c of cur.extractors) if (!base.extractors.some((b) => b.name === c.name) && !opts.extractors) notes.push(`${base.dataset.name} · ${c.name}: in the current run but not in the baseline: not gated`);
  return { ok: missing.length === 0 && rows.every((r) => !r.failed), rows, incomparable, missing, notes };
}

/** Gate several datasets, each against its own baseline (matched by dataset name). */
export function gateAll(base: readonly Results[], cur: readonly Results[], opts: GateOptions = {}): GateOutcome {
  const out: GateOutcome = { ok: true, rows: [], incomparable: [], missing: [], notes: [] };
  for (const b of base) {
    const c = cur.find((x) => x.dataset.name === b.dataset.name);
    if (!c) { out.missing.push(`dataset ${b.dataset.name}`); continue; }
    const g = gate(b, c, opts);
    out.rows.push(...g.rows); out.incomparable.push(...g.incomparable); out.missing.push(...g.missing); out.notes.push(...g.notes);
  }
  for (const c of cur) if (!base.some((b) => b.dataset.name === c.dataset.name)) out.notes.push(`dataset ${c.dataset.name}: in the current run but not in the baseline: not gated`);
  out.ok = out.incomparable.length === 0 && out.missing.length === 0 && out.rows.every((r) => !r.failed);
  return out;
}
