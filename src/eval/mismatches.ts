// The errors of one extractor, sorted into kinds an engineer can act on
// (`zhnum run --show-errors`, mismatches.jsonl, the HTML error browser), and
// the type confusion matrix. Built from the strict-scheme match outcome:
//   wrongtype  same span, another type
//   wrongvalue same span and type, another value, valueMax, unit or qualifier
//   boundary   a missed gold mention and a spurious prediction that overlap,
//              paired one to one (largest overlap first)
//   missed, spurious  what is left
import { codePointsOf } from '../text/codepoints.js';
import { valueFields, type MatchOutcome, type ValueField } from './match.js';
import type { EvalDoc, Mention } from '../types.js';
import type { Evaluation } from './score.js';

export const ERROR_KINDS = ['missed', 'spurious', 'wrongtype', 'wrongvalue', 'boundary'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
export type { ValueField } from './match.js';

/** One error in one unit; `gold` and `pred` index the unit's gold list and the extractor's predictions for it. */
export interface ErrorItem {
  kind: ErrorKind;
  gold?: number;
  pred?: number;
  /** wrongvalue: what differs (value covers valueMax) */
  fields?: ValueField[];
}

/** Every gold mention and prediction of a unit, each paired or classified once. */
export interface UnitErrors {
  errors: ErrorItem[];
  /** gold index → prediction index, for every pair with the same or an overlapping span (correct ones included) */
  pairs: [number, number][];
}

const overlap = (a: Mention, b: Mention) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Classify one unit's strict-scheme outcome; `gold` and `preds` are the lists the outcome was matched from. */
export function classifyUnit(gold: readonly Mention[], preds: readonly Mention[], strict: MatchOutcome): UnitErrors {
  const gi = new Map(gold.map((m, i) => [m, i]));
  const pi = new Map(preds.map((m, i) => [m, i]));
  const errors: ErrorItem[] = [];
  const pairs: [number, number][] = [];
  for (const { gold: g, pred: p } of strict.pairs) {
    pairs.push([gi.get(g)!, pi.get(p)!]);
    const fields = valueFields(g, p);
    if (fields.length) errors.push({ kind: 'wrongvalue', gold: gi.get(g)!, pred: pi.get(p)!, fields });
  }
  for (const { gold: g, pred: p } of strict.incorrect) {
    pairs.push([gi.get(g)!, pi.get(p)!]);
    errors.push({ kind: 'wrongtype', gold: gi.get(g)!, pred: pi.get(p)! });
  }
  // boundary pairs: largest overlap first, ties by position, so the pairing does not depend on input order
  const cands: { g: Mention; p: Mention; o: number }[] = [];
  for (const g of strict.missed) for (const p of strict.spurious) { const o = overlap(g, p); if (o > 0) cands.push({ g, p, o }); }
  cands.sort((a, b) => b.o - a.o || a.g.start - b.g.start || a.p.start - b.p.start || a.p.end - b.p.end);
  const usedG = new Set<Mention>(), usedP = new Set<Mention>();
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g); usedP.add(c.p);
    pairs.push([gi.get(c.g)!, pi.get(c.p)!]);
    errors.push({ kind: 'boundary', gold: gi.get(c.g)!, pred: pi.get(c.p)! });
  }
  for (const g of strict.missed) if (!usedG.has(g)) errors.push({ kind: 'missed', gold: gi.get(g)! });
  for (const p of strict.spurious) if (!usedP.has(p)) errors.push({ kind: 'spurious', pred: pi.get(p)! });
  const pos = (e: ErrorItem) => (e.gold !== undefined ? gold[e.gold].start : preds[e.pred!].start);
  errors.sort((a, b) => pos(a) - pos(b));
  return { errors, pairs };
}

/** Classify every unit of an evaluation (same order as the units it was evaluated on). */
export function classifyErrors(units: readonly EvalDoc[], predictions: ReadonlyMap<string, readonly Mention[]>, evaluation: Evaluation): UnitErrors[] {
  return evaluation.outcomes.strict.map((out, k) => classifyUnit(units[k].gold, predictions.get(units[k].id) ?? [], out));
}

export interface Mismatch {
  extractor: string;
  doc: string;
  kind: ErrorKind;
  /** the prediction's span (missed: the gold mention's) */
  start: number;
  end: number;
  text: string;
  detail: string;
  context: string;
  fields?: ValueField[];
  gold?: Mention;
  pred?: Mention;
}

const reading = (m: Mention) => `${JSON.stringify(m.value)}${m.valueMax !== undefined ? `–${JSON.stringify(m.valueMax)}` : ''} ${m.unit ?? '∅'} ${m.qualifier}`;

/** What went wrong, in words; a prediction's rule id (when the extractor gives one) points at the rule that made it. */
function detailOf(e: ErrorItem, g: Mention | undefined, p: Mention | undefined): string {
  return describe(e, g, p) + (p?.rule ? ` [rule ${p.rule}]` : '');
}

function describe(e: ErrorItem, g: Mention | undefined, p: Mention | undefined): string {
  switch (e.kind) {
    case 'missed': return `${g!.type} ${reading(g!)}`;
    case 'spurious': return `${p!.type} ${reading(p!)}`;
    case 'wrongtype': return `${p!.type} (gold ${g!.type})`;
    case 'wrongvalue': return e.fields!.map((f) => f === 'value'
      ? `value ${JSON.stringify(p!.value)}${p!.valueMax !== undefined ? `–${JSON.stringify(p!.valueMax)}` : ''} (gold ${JSON.stringify(g!.value)}${g!.valueMax !== undefined ? `–${JSON.stringify(g!.valueMax)}` : ''})`
      : `${f} ${JSON.stringify(p![f])} (gold ${JSON.stringify(g![f])})`).join('; ');
    case 'boundary': return `[${p!.start}, ${p!.end}) ${p!.type} (gold [${g!.start}, ${g!.end}) ${JSON.stringify(g!.text)} ${g!.type})`;
  }
}

/**
 * The errors of one extractor over the units it was evaluated on (same
 * order), one row each, in document order. `predictions` gives boundary and
 * value errors their predictions; without it only the strict outcome's
 * mentions are known, which is enough for every kind.
 */
export function mismatches(extractor: string, units: readonly EvalDoc[], evaluation: Evaluation, predictions?: ReadonlyMap<string, readonly Mention[]>): Mismatch[] {
  const out: Mismatch[] = [];
  evaluation.outcomes.strict.forEach((res, k) => {
    const u = units[k];
    const preds = predictions?.get(u.id) ?? [...res.pairs.map((x) => x.pred), ...res.incorrect.map((x) => x.pred), ...res.spurious];
    const cp = codePointsOf(u);
    const ctx = (s: number, t: number) => cp.slice(Math.max(0, s - 12), Math.min(cp.length, t + 12)).replace(/\n/g, '⏎');
    for (const e of classifyUnit(u.gold, preds, res).errors) {
      const g = e.gold !== undefined ? u.gold[e.gold] : undefined;
      const p = e.pred !== undefined ? preds[e.pred] : undefined;
      const at = p ?? g!;
      out.push({
        extractor, doc: u.id, kind: e.kind, start: at.start, end: at.end, text: at.text, detail: detailOf(e, g, p),
        context: ctx(Math.min(at.start, g?.start ?? at.start), Math.max(at.end, g?.end ?? at.end)),
        ...(e.fields ? { fields: e.fields } : {}), ...(g ? { gold: g } : {}), ...(p ? { pred: p } : {}),
      });
    }
  });
  return out;
}

/** The symbol for "no mention" in the confusion matrix. */
export const NONE = '∅';

/**
 * Type confusion: rows gold type, columns predicted type, over gold–prediction
 * pairs with the same or an overlapping span; column ∅ counts missed gold
 * mentions, row ∅ spurious predictions.
 */
export function confusionMatrix(units: readonly EvalDoc[], predictions: ReadonlyMap<string, readonly Mention[]>, classified: readonly UnitErrors[]): Record<string, Record<string, number>> {
  const m: Record<string, Record<string, number>> = {};
  const add = (g: string, p: string) => { (m[g] ??= {})[p] = (m[g][p] ?? 0) + 1; };
  classified.forEach((c, k) => {
    const u = units[k];
    const preds = predictions.get(u.id) ?? [];
    for (const [gi, pi] of c.pairs) add(u.gold[gi].type, preds[pi].type);
    for (const e of c.errors) {
      if (e.kind === 'missed') add(u.gold[e.gold!].type, NONE);
      if (e.kind === 'spurious') add(NONE, preds[e.pred!].type);
    }
  });
  return m;
}
