// Predictions files: JSON lines in the gold format plus `doc` (what `zhnum
// extract` prints) and optionally `extractor` (what `zhnum run --out` writes
// to predictions.jsonl), read for `zhnum score` and the HTML report. A line's
// `doc` is an evaluation unit ID (offsets into the unit) or a document ID
// (offsets into the whole document, cut here into the dataset's units).
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { codePointsOf } from '../text/codepoints.js';
import { readUtf8 } from '../text/io.js';
import { jsonFailureText } from '../text/json-failure.js';
import { checkMentions, summarizeProblems } from './mentions.js';
import { MentionSchema, type Dataset, type DocError, type EvalDoc, type Mention, type Problem } from '../types.js';

export interface RawPrediction { doc: string; mention: Mention; file: string; line: number }

/** What identifies an input however it is spelled: its absolute path, or standard input ("-", which no path can be). */
export const sourceKey = (file: string): string => (file === '-' ? '\u0000stdin' : resolve(file));

/** An input as messages name it: standard input is "stdin", as in report and gate. */
export const sourceShown = (file: string): string => (file === '-' ? 'stdin' : file);

// a name is a table's row and a CI annotation's title: line breaks, other control characters and bidi overrides split or garble them
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** One extractor's lines, from one or several files. */
export interface PredictionGroup { extractor: string; files: string[]; lines: RawPrediction[] }

/** The SHA-256 of the bytes read from each file, by the name it was given as (provenance: hashed as read, so a pipe or `<(…)` is read once). */
export type FileHashes = Map<string, string>;

/**
 * Read predictions files. A line that is not JSON, has no `doc`, or is not a
 * mention is a problem (file and line). Lines are grouped by their
 * `extractor` field, or, without one, by the file's name (`preds.jsonl` →
 * `preds`; `-` is standard input, named `stdin`). `hashes` gets each file's
 * SHA-256, `notes` what is odd but scored (a line repeated).
 */
export function readPredictions(files: readonly string[], problems: Problem[], hashes?: FileHashes, notes?: string[]): PredictionGroup[] {
  const groups = new Map<string, PredictionGroup>();
  const namedBy = new Map<string, string>();
  // one extractor's document comes from one file: shards split documents, a document in two files is two runs mixed up
  const docFrom = new Map<string, string>();
  const clashes = new Set<string>();
  const read = new Set<string>();
  // a file whose lines another file's name already claims: said once, its lines left out
  const refused = new Set<string>();
  for (const file of files) {
    // a file named twice is read once (its lines would otherwise be every mention twice)
    const key = sourceKey(file);
    if (read.has(key)) continue;
    read.add(key);
    const shown = sourceShown(file);
    // a byte-order mark is harmless here (offsets count in the fields' text) and some Windows tools write one
    const r = readUtf8(file === '-' ? 0 : file, problems, shown, true);
    if (!r) continue;
    hashes?.set(file, createHash('sha256').update(r.whole).digest('hex'));
    const fallback = predictionsName(file);
    const fallbackBad = UNPRINTABLE.test(fallback);
    // the same line twice (two runs' outputs put together?): scored as run scores such an answer, and said once a file
    const seen = new Map<string, number>();
    const rep = { n: 0, first: null as { line: number; of: number } | null };
    r.text.split('\n').forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === '') return;
      if (refused.has(file)) return;
      const before = seen.get(raw);
      if (before !== undefined) { rep.n++; rep.first ??= { line, of: before }; } else seen.set(raw, line);
      let o: unknown;
      try { o = JSON.parse(raw); } catch (e) { problems.push({ code: 'json', file: shown, line, message: `not valid JSON ${jsonFailureText(raw, e)}` }); return; }
      if (!o || typeof o !== 'object' || Array.isArray(o)) { problems.push({ code: 'schema', file: shown, line, message: 'not a JSON object' }); return; }
      const { doc, extractor, ...rest } = o as Record<string, unknown>;
      if (typeof doc !== 'string' || doc === '') { problems.push({ code: 'schema', file: shown, line, message: 'no "doc": each line needs the ID of its document or evaluation unit' }); return; }
      if (extractor !== undefined && (typeof extractor !== 'string' || extractor === '')) { problems.push({ code: 'schema', file: shown, line, message: '"extractor" must be a non-empty string' }); return; }
      if (typeof extractor === 'string' && UNPRINTABLE.test(extractor)) { problems.push({ code: 'schema', file: shown, line, message: `"extractor" ${JSON.stringify(extractor)} holds a line break or another control character: name it on one line` }); return; }
      const m = MentionSchema.safeParse(rest);
      if (!m.success) { problems.push({ code: 'schema', file: shown, line, message: `not a mention: ${m.error.issues.slice(0, 3).map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}` }); return; }
      const name = (extractor as string | undefined) ?? fallback;
      if (extractor === undefined && fallbackBad) { problems.push({ code: 'name', file: shown, line, message: `the file's name makes the extractor's name ${JSON.stringify(fallback)}, which holds a line break or another control character: add an "extractor" field to the lines, or rename the file` }); refused.add(file); return; }
      if (extractor === undefined) {
        const other = namedBy.get(name);
        if (other && other !== file) { problems.push({ code: 'name', file: shown, line, message: `${sourceShown(other)} and ${shown} both name their extractor "${name}" by file name: add an "extractor" field to the lines, or rename a file` }); refused.add(file); return; }
        namedBy.set(name, file);
      }
      const key = `${name}\u0000${doc}`;
      const first = docFrom.get(key);
      if (first === undefined) docFrom.set(key, file);
      else if (first !== file) {
        const pair = `${name}\u0000${first}\u0000${file}`;
        if (!clashes.has(pair)) problems.push({ code: 'name', file: shown, line, message: `${sourceShown(first)} and ${shown} both give document "${doc}" for extractor "${name}" (and perhaps others): one extractor's document must come from one file; give each run its own "extractor" name, or leave one file out` });
        clashes.add(pair);
        return;
      }
      const g = groups.get(name) ?? groups.set(name, { extractor: name, files: [], lines: [] }).get(name)!;
      if (!g.files.includes(file)) g.files.push(file);
      g.lines.push({ doc, mention: m.data, file: shown, line });
    });
    if (rep.first) notes?.push(`${shown}:${rep.first.line}: repeats line ${rep.first.of}${rep.n > 1 ? ` (and ${rep.n - 1} more line${rep.n > 2 ? 's repeat' : ' repeats'} an earlier one)` : ''}: where a unit is scored, a mention given twice overlaps itself and both are dropped, as "run" drops an answer's overlaps; lines of two runs (or of two datasets whose units share IDs) need an "extractor" name of their own each, or to be scored apart`);
  }
  return [...groups.values()];
}

/** The extractor a predictions file stands for when its lines name none: the file's name without its extension. */
export function predictionsName(file: string): string {
  if (file === '-') return 'stdin';
  return basename(file).replace(/\.(jsonl|json|ndjson|txt)$/i, '');
}

/** Which of a dataset's documents or units a prediction line's `doc` names. */
export function datasetHas(ds: Dataset, doc: string): boolean {
  return ds.units.some((u) => u.id === doc || u.docId === doc);
}

export interface UnitPredictions {
  /** unit ID → valid mentions, offsets into the unit */
  predictions: Map<string, Mention[]>;
  /** documents whose mentions broke the rules (dropped, as in `run`) */
  errors: DocError[];
  /** `doc` values that name nothing in the dataset, with their first line */
  unknown: Map<string, RawPrediction>;
  /** lines that name the dataset's documents but fall outside the split (not scored), with the first of them */
  outside: { lines: number; first: RawPrediction | null };
  /** lines placed on a unit of the split */
  inside: number;
}

/** Where the dropped mentions of a unit are, when there are several: up to eight file:line, then how many more (a message, not a list to scroll). */
function droppedLines(problems: readonly { index: number; other?: number }[], list: readonly { at: RawPrediction }[]): string {
  const at = [...new Set(problems.flatMap((p) => [p.index, p.other ?? -1]).filter((i) => i >= 0 && list[i]))].map((i) => list[i].at)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  if (at.length < 2) return '';
  const byFile = new Map<string, number[]>();
  for (const x of at.slice(0, 8)) (byFile.get(x.file) ?? byFile.set(x.file, []).get(x.file)!).push(x.line);
  const shown = [...byFile].map(([f, ls]) => `${f} line${ls.length > 1 ? 's' : ''} ${ls.join(', ')}`).join('; ');
  return ` (${shown}${at.length > 8 ? `, and ${at.length - 8} more` : ''})`;
}

/**
 * Place one extractor's lines on the units of a split: a unit ID keeps its
 * offsets; a document ID's mentions are cut into the document's units (a
 * mention outside every unit of the split is left out, one across a unit's
 * boundary is invalid there). Each unit's list is then checked like any
 * extractor's answer: a mention whose text or offsets do not fit is dropped
 * and recorded as an `invalid` error.
 */
export function unitPredictions(group: PredictionGroup, ds: Dataset, split: readonly EvalDoc[]): UnitPredictions {
  const byId = new Map(ds.units.map((u) => [u.id, u]));
  const byDoc = new Map<string, EvalDoc[]>();
  for (const u of ds.units) (byDoc.get(u.docId) ?? byDoc.set(u.docId, []).get(u.docId)!).push(u);
  const inSplit = new Set(split.map((u) => u.id));
  const raw = new Map<string, { m: Mention; at: RawPrediction }[]>();
  const crossing = new Map<string, RawPrediction[]>();
  const unknown = new Map<string, RawPrediction>();
  const outside = { lines: 0, first: null as RawPrediction | null };
  let inside = 0;
  const put = (u: EvalDoc, m: Mention, at: RawPrediction) => { inside++; (raw.get(u.id) ?? raw.set(u.id, []).get(u.id)!).push({ m, at }); };
  const out = (p: RawPrediction) => { outside.lines++; outside.first ??= p; };
  for (const p of group.lines) {
    const unit = byId.get(p.doc);
    if (unit) { if (inSplit.has(unit.id)) put(unit, p.mention, p); else out(p); continue; }
    const units = byDoc.get(p.doc);
    if (!units) { if (!unknown.has(p.doc)) unknown.set(p.doc, p); continue; }
    const { start, end } = p.mention;
    const home = units.find((u) => u.offset <= start && end <= u.offset + u.chars);
    if (home) { if (inSplit.has(home.id)) put(home, { ...p.mention, start: start - home.offset, end: end - home.offset }, p); else out(p); continue; }
    let placed = false;
    for (const u of units) if (inSplit.has(u.id) && start < u.offset + u.chars && u.offset < end) { placed = true; (crossing.get(u.id) ?? crossing.set(u.id, []).get(u.id)!).push(p); }
    if (placed) inside++; else out(p);
  }
  const predictions = new Map<string, Mention[]>();
  const errors: DocError[] = [];
  for (const u of split) {
    const list = raw.get(u.id) ?? [];
    const { mentions, problems } = checkMentions(list.map((x) => x.m), codePointsOf(u));
    predictions.set(u.id, mentions);
    const where = (i: number) => (i >= 0 && list[i] ? `${list[i].at.file}:${list[i].at.line}: ` : '');
    const messages: string[] = [];
    if (problems.length) {
      // where they are goes before the first one's story, which a table clips
      const sum = summarizeProblems(problems), k = sum.indexOf('; first: '), lines = droppedLines(problems, list);
      messages.push(`${where(problems[0].index)}${k < 0 ? sum + lines : sum.slice(0, k) + lines + sum.slice(k)}`);
    }
    const cross = crossing.get(u.id);
    if (cross) messages.push(`${cross[0].file}:${cross[0].line}: ${cross.length} mention(s) cross the boundary of unit ${u.id} [${u.offset}, ${u.offset + u.chars}) of document ${u.docId}; dropped`);
    if (messages.length) errors.push({ doc: u.id, kind: 'invalid', message: messages.join('; ') });
  }
  return { predictions, errors, unknown, outside, inside };
}
