// Stage 5: match. One-to-one matching of predictions to gold for the four
// schemes of docs/task.md §7. Pure functions; the result does not depend on
// the order of either input.
import type { Counts, Mention, Scheme } from '../types.js';

const REL = 1e-9;

/**
 * Two values equal for the value scheme: numbers within a relative 1e-9
 * (spec §6: 0.1 + 0.2 equals 0.3, 46987 does not equal 46988), anything
 * else (a DATE's string, null) when identical. A number that is not finite
 * equals nothing, itself included, as NaN never does.
 */
export function numbersEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    // a value is a finite number (spec §4); the relative test alone let ±Infinity equal every number (|x − ∞| ≤ 1e-9·∞)
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    return Math.abs(a - b) <= REL * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

export type ValueField = 'value' | 'unit' | 'qualifier';

/** The fields on which a prediction's reading differs from gold's (`value` covers valueMax too). */
export function valueFields(g: Mention, p: Mention): ValueField[] {
  const f: ValueField[] = [];
  // an absent field is null, as in the files (a mention built in code may leave it undefined)
  if (!numbersEqual(g.value ?? null, p.value ?? null) || !numbersEqual(g.valueMax ?? null, p.valueMax ?? null)) f.push('value');
  if ((g.unit ?? null) !== (p.unit ?? null)) f.push('unit');
  if ((g.qualifier ?? null) !== (p.qualifier ?? null)) f.push('qualifier');
  return f;
}

/** Same value, valueMax, unit and qualifier (the `value` scheme's extra condition). */
export function valuesEqual(g: Mention, p: Mention): boolean {
  return valueFields(g, p).length === 0;
}

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;

function canonical(ms: Mention[]): Mention[] {
  return ms.slice().sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (JSON.stringify(a.value) < JSON.stringify(b.value) ? -1 : JSON.stringify(a.value) > JSON.stringify(b.value) ? 1 : 0));
}

export interface MatchOutcome {
  counts: Counts;
  /** matched credit per prediction-free position: list of [gold, pred, credit] */
  pairs: { gold: Mention; pred: Mention; credit: number }[];
  missed: Mention[];
  spurious: Mention[];
  /** same span, wrong type (strict) or wrong value (value) */
  incorrect: { gold: Mention; pred: Mention }[];
}

function emptyCounts(): Counts {
  return { correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 0, gold: 0, predicted: 0 };
}

/**
 * Match predictions against gold in one document under one scheme.
 * Optional gold mentions neither reward nor penalise: a prediction that
 * overlaps one (and no required gold mention) is left out of the counts.
 */
export function matchDocument(goldIn: Mention[], predIn: Mention[], scheme: Scheme): MatchOutcome {
  const gold = canonical(goldIn);
  const preds = canonical(predIn);
  const required = gold.filter((g) => !g.optional);
  const optional = gold.filter((g) => g.optional);
  const counts = emptyCounts();
  counts.gold = required.length;
  const pairs: MatchOutcome['pairs'] = [];
  const incorrect: MatchOutcome['incorrect'] = [];
  const goldUsed = new Array<boolean>(required.length).fill(false);
  const predUsed = new Array<boolean>(preds.length).fill(false);

  // 1. identical spans (one-to-one, by span key)
  const bySpan = new Map<string, number[]>();
  required.forEach((g, i) => {
    const k = `${g.start}:${g.end}`;
    (bySpan.get(k) ?? bySpan.set(k, []).get(k)!).push(i);
  });
  const sameType = scheme !== 'exact';
  // value scheme: pair same span, type and value first, so that a duplicate
  // prediction with the wrong value cannot take the gold from the right one
  if (scheme === 'value') {
    preds.forEach((p, j) => {
      const cands = bySpan.get(`${p.start}:${p.end}`);
      const gi = cands?.find((i) => !goldUsed[i] && required[i].type === p.type && valuesEqual(required[i], p));
      if (gi === undefined) return;
      goldUsed[gi] = true; predUsed[j] = true;
      pairs.push({ gold: required[gi], pred: p, credit: 1 });
      counts.correct++;
    });
  }
  // first pass: same span and (if the scheme needs it) same type
  preds.forEach((p, j) => {
    if (predUsed[j]) return;
    const cands = bySpan.get(`${p.start}:${p.end}`);
    if (!cands) return;
    const gi = cands.find((i) => !goldUsed[i] && (!sameType || required[i].type === p.type));
    if (gi === undefined) return;
    goldUsed[gi] = true; predUsed[j] = true;
    const g = required[gi];
    if (scheme === 'value' && !valuesEqual(g, p)) { incorrect.push({ gold: g, pred: p }); counts.incorrect++; }
    else { pairs.push({ gold: g, pred: p, credit: 1 }); counts.correct++; }
  });
  // second pass (strict, value): same span, different type → incorrect
  if (scheme === 'strict' || scheme === 'value') {
    preds.forEach((p, j) => {
      if (predUsed[j]) return;
      const cands = bySpan.get(`${p.start}:${p.end}`);
      const gi = cands?.find((i) => !goldUsed[i]);
      if (gi === undefined) return;
      goldUsed[gi] = true; predUsed[j] = true;
      incorrect.push({ gold: required[gi], pred: p });
      counts.incorrect++;
    });
  }
  // 2. partial: overlapping spans of the same type, maximum one-to-one matching
  if (scheme === 'partial') {
    const adj: number[][] = preds.map((p, j) => predUsed[j] ? [] :
      required.map((g, i) => (!goldUsed[i] && g.type === p.type && overlaps(g, p) ? i : -1)).filter((i) => i >= 0));
    const goldOf = new Array<number>(required.length).fill(-1);
    const tryAssign = (j: number, seen: boolean[]): boolean => {
      for (const i of adj[j]) {
        if (seen[i]) continue;
        seen[i] = true;
        if (goldOf[i] < 0 || tryAssign(goldOf[i], seen)) { goldOf[i] = j; return true; }
      }
      return false;
    };
    for (let j = 0; j < preds.length; j++) if (adj[j].length) tryAssign(j, new Array<boolean>(required.length).fill(false));
    goldOf.forEach((j, i) => {
      if (j < 0) return;
      goldUsed[i] = true; predUsed[j] = true;
      pairs.push({ gold: required[i], pred: preds[j], credit: 0.5 });
      counts.partial++;
    });
  }
  // 3. what is left: optional-overlapping predictions are ignored
  const spurious: Mention[] = [];
  preds.forEach((p, j) => {
    if (predUsed[j]) return;
    const touchesRequired = required.some((g) => overlaps(g, p));
    if (!touchesRequired && optional.some((g) => overlaps(g, p))) return;
    spurious.push(p);
  });
  const missed = required.filter((_, i) => !goldUsed[i]);
  counts.spurious = spurious.length;
  counts.missed = missed.length;
  counts.predicted = counts.correct + counts.incorrect + counts.partial + counts.spurious;
  return { counts, pairs, missed, spurious, incorrect };
}

/** Matched credit: correct counts 1, partial 0.5. */
export const credit = (c: Counts) => c.correct + 0.5 * c.partial;

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    correct: a.correct + b.correct, incorrect: a.incorrect + b.incorrect, partial: a.partial + b.partial,
    missed: a.missed + b.missed, spurious: a.spurious + b.spurious, gold: a.gold + b.gold, predicted: a.predicted + b.predicted,
  };
}
export { emptyCounts };
