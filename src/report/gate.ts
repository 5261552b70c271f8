// The CI gate: did any extractor's F1 drop by more than a threshold, with a
// paired bootstrap test saying the drop is real? Returns data; the CLI prints.
import { pairedBootstrap, resamples } from './stats.js';
import { SCHEMES, type Results, type Scheme } from './types.js';

export interface GateRow {
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
  missing: string[];
}

export function gate(base: Results, cur: Results, opts: { maxDrop?: number; alpha?: number; resamples?: number; seed?: number } = {}): GateOutcome {
  const maxDrop = opts.maxDrop ?? 0.005;
  const alpha = opts.alpha ?? 0.05;
  const incomparable: string[] = [];
  if (base.dataset.sha256 !== cur.dataset.sha256) incomparable.push(`the baseline was scored on dataset ${base.dataset.name} ${base.dataset.version} (sha256 ${base.dataset.sha256.slice(0, 12)}), the current run on ${cur.dataset.name} ${cur.dataset.version} (sha256 ${cur.dataset.sha256.slice(0, 12)}): regenerate the baseline`);
  if (base.dataset.split !== cur.dataset.split) incomparable.push(`the baseline is on split "${base.dataset.split}", the current run on "${cur.dataset.split}"`);
  if (incomparable.length) return { ok: false, rows: [], incomparable, missing: [] };
  const n = cur.dataset.segments;
  const draws = resamples(n, opts.resamples ?? (base.config.bootstrap || 1000), opts.seed ?? cur.config.seed);
  const rows: GateRow[] = [];
  const missing: string[] = [];
  for (const b of base.extractors) {
    const c = cur.extractors.find((x) => x.name === b.name);
    if (!c) { missing.push(b.name); continue; }
    for (const scheme of SCHEMES) {
      const t = pairedBootstrap(c.segments[scheme], b.segments[scheme], draws);
      const delta = c.scores[scheme].overall.f1 - b.scores[scheme].overall.f1;
      const failed = -delta > maxDrop && (t.pValue === null || t.pValue < alpha);
      rows.push({ extractor: b.name, scheme, baseline: b.scores[scheme].overall.f1, current: c.scores[scheme].overall.f1, delta, pValue: t.pValue, failed });
    }
  }
  return { ok: missing.length === 0 && rows.every((r) => !r.failed), rows, incomparable, missing };
}
