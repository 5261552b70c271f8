// The CI gate: did any extractor's F1 drop by more than a threshold, with a
// paired bootstrap test over the same sentences saying the drop is real?
// Returns data; the CLI prints.
import { DEFAULTS } from '../config.js';
import { pairedBootstrap, resamples } from '../eval/stats.js';
import { SCHEMES, type Results, type Scheme } from '../types.js';

export interface GateRow {
  dataset: string;
  extractor: string;
  scheme: Scheme;
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
}

export interface GateOptions { maxDrop?: number; alpha?: number; resamples?: number; seed?: number }

/** Gate one dataset's run against its baseline. */
export function gate(base: Results, cur: Results, opts: GateOptions = {}): GateOutcome {
  const maxDrop = opts.maxDrop ?? DEFAULTS.maxDrop;
  const alpha = opts.alpha ?? DEFAULTS.alpha;
  const incomparable: string[] = [];
  if (base.dataset.sha256 !== cur.dataset.sha256) incomparable.push(`the baseline was scored on dataset ${base.dataset.name} ${base.dataset.version} (sha256 ${base.dataset.sha256.slice(0, 12)}), the current run on ${cur.dataset.name} ${cur.dataset.version} (sha256 ${cur.dataset.sha256.slice(0, 12)}): regenerate the baseline`);
  if (base.dataset.split !== cur.dataset.split) incomparable.push(`${base.dataset.name}: the baseline is on split "${base.dataset.split}", the current run on "${cur.dataset.split}"`);
  if (incomparable.length) return { ok: false, rows: [], incomparable, missing: [] };
  const n = cur.dataset.segments;
  const draws = resamples(n, opts.resamples ?? (base.config.bootstrap || DEFAULTS.bootstrap), opts.seed ?? cur.config.seed);
  const rows: GateRow[] = [];
  const missing: string[] = [];
  for (const b of base.extractors) {
    const c = cur.extractors.find((x) => x.name === b.name);
    if (!c) { missing.push(`${base.dataset.name} · ${b.name}`); continue; }
    for (const scheme of SCHEMES) {
      const t = pairedBootstrap(c.segments[scheme], b.segments[scheme], draws);
      const delta = c.scores[scheme].overall.f1 - b.scores[scheme].overall.f1;
      const failed = -delta > maxDrop && (t.pValue === null || t.pValue < alpha);
      rows.push({ dataset: base.dataset.name, extractor: b.name, scheme, baseline: b.scores[scheme].overall.f1, current: c.scores[scheme].overall.f1, delta, pValue: t.pValue, failed });
    }
  }
  return { ok: missing.length === 0 && rows.every((r) => !r.failed), rows, incomparable, missing };
}

/** Gate several datasets, each against its own baseline (matched by dataset name). */
export function gateAll(base: readonly Results[], cur: readonly Results[], opts: GateOptions = {}): GateOutcome {
  const out: GateOutcome = { ok: true, rows: [], incomparable: [], missing: [] };
  for (const b of base) {
    const c = cur.find((x) => x.dataset.name === b.dataset.name);
    if (!c) { out.missing.push(`dataset ${b.dataset.name}`); continue; }
    const g = gate(b, c, opts);
    out.rows.push(...g.rows); out.incomparable.push(...g.incomparable); out.missing.push(...g.missing);
  }
  out.ok = out.incomparable.length === 0 && out.missing.length === 0 && out.rows.every((r) => !r.failed);
  return out;
}
