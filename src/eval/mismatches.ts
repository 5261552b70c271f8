// The errors of one extractor, from its strict-scheme match outcomes, for
// engineers reading them (`zhnum run --show-errors`, mismatches.jsonl).
import { codePointsOf } from '../text/codepoints.js';
import type { EvalDoc, Mention } from '../types.js';
import type { Evaluation } from './score.js';

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

/** Strict-scheme mismatches of one extractor over the units it was evaluated on (same order). */
export function mismatches(extractor: string, units: readonly EvalDoc[], evaluation: Evaluation): Mismatch[] {
  const out: Mismatch[] = [];
  evaluation.outcomes.strict.forEach((res, k) => {
    const u = units[k];
    const cp = codePointsOf(u);
    const ctx = (s: number, t: number) => cp.slice(Math.max(0, s - 12), Math.min(cp.length, t + 12)).replace(/\n/g, '⏎');
    const row = (kind: Mismatch['kind'], m: Mention, detail: string) => out.push({ extractor, doc: u.id, kind, start: m.start, end: m.end, text: m.text, detail, context: ctx(m.start, m.end) });
    for (const m of res.missed) row('missed', m, m.type);
    for (const m of res.spurious) row('spurious', m, m.type);
    for (const x of res.incorrect) row('wrongtype', x.pred, `${x.pred.type} (gold ${x.gold.type})`);
  });
  return out;
}
