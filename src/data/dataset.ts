// Load and validate a dataset folder (docs/task.md §8). Every problem is
// collected as data and returned; nothing is thrown for bad data.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkMention, findOverlaps } from './mentions.js';
import { goldRuleProblems } from './mention-check.js';
import {
  DatasetManifestSchema, MENTION_TYPES,
  type Dataset, type DatasetManifest, type EvalDoc, type Mention, type Problem, type Unit,
} from '../types.js';
import { CodePoints, clip } from '../text/codepoints.js';
import { readUtf8, shownPath } from '../text/io.js';
import { jsonFailure, jsonFailureText } from '../text/json-failure.js';

export interface LoadResult {
  dataset: Dataset | null;
  problems: Problem[];
}

interface RawDoc {
  id: string;
  file: string;
  text: string;
  cp: CodePoints;
  bytes: Buffer;
  gold: Mention[];
  goldLines: number[];
  annotationFile: string;
  annotationBytes: Buffer | null;
}

/** Parse and check one annotation file against its document (the checks are `checkMention`'s). */
export function parseAnnotations(raw: string, doc: { cp: CodePoints }, file: string, problems: Problem[]): { gold: Mention[]; lines: number[] } {
  const gold: Mention[] = [];
  const lines: number[] = [];
  raw.split('\n').forEach((row, i) => {
    const line = i + 1;
    if (row.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(row);
    } catch (e) {
      problems.push({ code: 'bad-json', file, line, message: `not valid JSON ${jsonFailureText(row, e)}` });
      return;
    }
    const r = checkMention(obj, doc.cp);
    for (const p of r.problems) problems.push({ code: p.code, file, line, path: p.path, message: p.message });
    if (r.mention) for (const p of goldRuleProblems(r.mention, 0)) problems.push({ code: p.code, file, line, path: p.path, message: p.message });
    if (r.mention) { gold.push(r.mention); lines.push(line); }
  });
  const { order, overlaps } = findOverlaps(gold);
  for (const { index: i, other: prev } of overlaps) {
    problems.push({ code: 'overlap', file, line: lines[i], message: `mention ${JSON.stringify(gold[i].text)} [${gold[i].start}, ${gold[i].end}) overlaps line ${lines[prev]} ${JSON.stringify(gold[prev].text)} [${gold[prev].start}, ${gold[prev].end})` });
  }
  return { gold: order.map((i) => gold[i]), lines: order.map((i) => lines[i]) };
}

export const DEFAULT_DATASET_DIR = 'datasets/seeds';

/** The entries of a folder the dataset needs, or null with a problem saying why not. */
function listFolder(path: string, code: string, what: string, show: (p: string) => string, problems: Problem[]): string[] | null {
  let st;
  try { st = statSync(path); } catch (e) {
    problems.push({ code, file: show(path), message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? `${what} is missing` : `cannot read the ${what}: ${clip((e as Error).message)}` });
    return null;
  }
  if (!st.isDirectory()) { problems.push({ code, file: show(path), message: `the ${what} is a file, not a folder` }); return null; }
  try {
    return readdirSync(path);
  } catch (e) {
    problems.push({ code, file: show(path), message: `cannot read the ${what}: ${clip((e as Error).message)}` });
    return null;
  }
}

/** Load a dataset folder. Returns every problem found; `dataset` is null when there are any. */
export function loadDataset(dirArg: string): LoadResult {
  const problems: Problem[] = [];
  const dir = resolve(dirArg);
  const show = shownPath;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { dataset: null, problems: [{ code: 'no-dataset', file: show(dir), message: 'not a dataset folder (expected docs/, annotations/ and optionally dataset.json)' }] };
  }
  let manifest: DatasetManifest = { name: basename(dir), version: 'unversioned' };
  let manifestBytes: Buffer = Buffer.alloc(0);
  const manifestFile = join(dir, 'dataset.json');
  if (existsSync(manifestFile)) {
    const r = readUtf8(manifestFile, problems, show(manifestFile));
    if (r) {
      manifestBytes = r.bytes;
      try {
        const raw: unknown = JSON.parse(r.text);
        const parsed = DatasetManifestSchema.safeParse(raw);
        if (parsed.success) manifest = parsed.data;
        else {
          for (const issue of parsed.error.issues) problems.push({ code: 'manifest', file: show(manifestFile), path: issue.path.join('.'), message: `${clip(issue.path.join('.')) || '(top)'}: ${clip(issue.message)}` });
          // every problem at once: the keys that are valid on their own still say where the documents are and how they are cut
          manifest = usableManifest(raw, manifest);
        }
      } catch (e) {
        // file:line: as editors read it, and the column in the message
        const f = jsonFailure(r.text, e);
        problems.push({ code: 'bad-json', file: show(manifestFile), line: f.line, message: `not valid JSON${f.column === undefined ? ':' : ` at column ${f.column}:`} ${f.reason}` });
      }
    }
  }
  const docsDir = resolve(dir, manifest.docsDir ?? 'docs');
  const annDir = join(dir, 'annotations');
  const docNames = listFolder(docsDir, 'no-docs', 'documents folder', show, problems);
  const annNames = listFolder(annDir, 'no-annotations', 'annotations folder', show, problems);
  // a bad manifest or an unreadable one stops nothing else from being checked; no folders to read does
  if (!docNames || !annNames) return { dataset: null, problems };

  const docFiles = docNames.filter((f) => f.endsWith('.txt')).sort();
  if (docFiles.length === 0) problems.push({ code: 'no-docs', file: show(docsDir), message: 'no .txt documents in the folder' });
  const docs: RawDoc[] = [];
  for (const f of docFiles) {
    const id = f.slice(0, -4);
    const file = join(docsDir, f);
    const r = readUtf8(file, problems, show(file));
    if (!r) continue;
    if (r.text.length === 0) {
      problems.push({ code: 'empty-doc', file: show(file), message: 'document is empty' });
      continue;
    }
    const want = manifest.checksums?.[id];
    if (want) {
      const got = createHash('sha256').update(r.bytes).digest('hex');
      if (got !== want) problems.push({ code: 'checksum', file: show(file), message: `SHA-256 ${got} differs from ${want} recorded in dataset.json: the document changed, so its gold offsets cannot be trusted` });
    }
    const annotationFile = join(annDir, `${id}.jsonl`);
    const doc: RawDoc = { id, file, text: r.text, cp: new CodePoints(r.text), bytes: r.bytes, gold: [], goldLines: [], annotationFile, annotationBytes: null };
    if (!existsSync(annotationFile)) {
      problems.push({ code: 'no-annotation-file', file: show(annotationFile), message: `document ${id} has no annotation file (an empty file means "no mentions")` });
    } else {
      const a = readUtf8(annotationFile, problems, show(annotationFile));
      if (a) {
        doc.annotationBytes = a.bytes;
        const { gold, lines } = parseAnnotations(a.text, doc, show(annotationFile), problems);
        doc.gold = gold;
        doc.goldLines = lines;
      }
    }
    docs.push(doc);
  }
  const docIds = new Set(docFiles.map((f) => f.slice(0, -4)));
  for (const f of annNames.filter((x) => x.endsWith('.jsonl'))) {
    if (!docIds.has(f.slice(0, -6))) problems.push({ code: 'orphan-annotation', file: show(join(annDir, f)), message: `no document ${f.slice(0, -6)}.txt for this annotation file` });
  }
  for (const id of Object.keys(manifest.checksums ?? {})) {
    if (!docIds.has(id)) problems.push({ code: 'missing-doc', file: show(manifestFile), path: `checksums.${id}`, message: `dataset.json lists ${id} but ${show(join(docsDir, id + '.txt'))} does not exist` });
  }

  const units = buildUnits(docs, docIds, manifest, show(manifestFile), problems);
  const splits = buildSplits(units, docIds, manifest, show(manifestFile), problems);
  if (problems.length) return { dataset: null, problems };

  const h = createHash('sha256');
  h.update(manifestBytes);
  for (const d of docs) {
    h.update(`\0doc:${d.id}\0`).update(d.bytes);
    h.update(`\0ann:${d.id}\0`).update(d.annotationBytes ?? Buffer.alloc(0));
  }
  return {
    dataset: { name: manifest.name, version: manifest.version, dir, sha256: h.digest('hex'), manifest, units, splits },
    problems,
  };
}

/** The keys of a manifest that failed its schema which are valid each on its own (the rest left at their defaults). */
function usableManifest(raw: unknown, fallback: DatasetManifest): DatasetManifest {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fallback;
  const out: Record<string, unknown> = { ...fallback };
  const shape = DatasetManifestSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  for (const [k, v] of Object.entries(raw)) {
    const field = shape[k];
    if (!field) continue;
    const p = field.safeParse(v);
    if (p.success && p.data !== undefined) out[k] = p.data;
  }
  return out as DatasetManifest;
}

// A unit over a document that failed to load, and a split entry naming a unit
// or document that failed, already have their problem: reporting them again
// would bury the cause under its consequences. `files` holds every document
// with a .txt file, loaded or not.
function buildUnits(docs: RawDoc[], files: ReadonlySet<string>, manifest: DatasetManifest, mfile: string, problems: Problem[]): EvalDoc[] {
  const byDoc = new Map<string, Unit[]>();
  const seen = new Set<string>();
  (manifest.units ?? []).forEach((u, i) => {
    const doc = docs.find((d) => d.id === u.doc);
    if (seen.has(u.id)) problems.push({ code: 'unit', file: mfile, path: `units.${i}.id`, message: `unit ID ${u.id} is used twice` });
    seen.add(u.id);
    if (!doc) {
      if (!files.has(u.doc)) problems.push({ code: 'unit', file: mfile, path: `units.${i}.doc`, message: `unit ${u.id}: unknown document ${u.doc}` });
      return;
    }
    if (u.end <= u.start || u.end > doc.cp.length) { problems.push({ code: 'unit', file: mfile, path: `units.${i}`, message: `unit ${u.id}: range [${u.start}, ${u.end}) is not inside ${u.doc} (${doc.cp.length} code points)` }); return; }
    (byDoc.get(u.doc) ?? byDoc.set(u.doc, []).get(u.doc)!).push(u);
  });
  // a unit named like another document would be scored against that document's gold, or a split would take one for the other
  const docIds = new Set(docs.map((d) => d.id));
  (manifest.units ?? []).forEach((u, i) => {
    if (docIds.has(u.id) && u.id !== u.doc) problems.push({ code: 'unit', file: mfile, path: `units.${i}.id`, message: `unit ID ${clip(u.id)} is also the ID of a document (${clip(u.id)}.txt); unit and document IDs must all differ: rename the unit` });
  });
  const out: EvalDoc[] = [];
  for (const d of docs) {
    const us = (byDoc.get(d.id) ?? []).slice().sort((a, b) => a.start - b.start);
    if (us.length === 0) {
      out.push({ id: d.id, docId: d.id, offset: 0, text: d.text, chars: d.cp.length, gold: d.gold });
      continue;
    }
    for (let i = 1; i < us.length; i++) if (us[i].start < us[i - 1].end) problems.push({ code: 'unit', file: mfile, message: `units ${us[i - 1].id} and ${us[i].id} overlap` });
    const taken = new Array<boolean>(d.gold.length).fill(false);
    for (const u of us) {
      const gold: Mention[] = [];
      d.gold.forEach((m, k) => {
        if (m.start >= u.start && m.end <= u.end) { gold.push({ ...m, start: m.start - u.start, end: m.end - u.start }); taken[k] = true; }
        else if (m.start < u.end && m.end > u.start) {
          problems.push({ code: 'unit-cut', file: mfile, message: `unit ${u.id} [${u.start}, ${u.end}) cuts mention ${JSON.stringify(m.text)} at line ${d.goldLines[k]} of ${d.id}.jsonl` });
          taken[k] = true;
        }
      });
      const text = d.cp.slice(u.start, u.end);
      out.push({ id: u.id, docId: d.id, offset: u.start, text, chars: u.end - u.start, gold });
    }
    d.gold.forEach((m, k) => {
      if (!taken[k]) problems.push({ code: 'outside-units', file: mfile, message: `mention ${JSON.stringify(m.text)} at line ${d.goldLines[k]} of ${d.id}.jsonl lies outside every unit of ${d.id}` });
    });
  }
  return out;
}

function buildSplits(units: EvalDoc[], files: ReadonlySet<string>, manifest: DatasetManifest, mfile: string, problems: Problem[]): Record<string, string[]> {
  const all = units.map((u) => u.id);
  const declared = new Set((manifest.units ?? []).map((u) => u.id));
  const splits: Record<string, string[]> = {};
  const owner = new Map<string, string>();
  for (const [name, ids] of Object.entries(manifest.splits ?? {})) {
    // "all" is every unit, whatever a manifest says; a split of its own by that name would quietly mean fewer
    if (name === 'all') { problems.push({ code: 'split', file: mfile, path: 'splits.all', message: 'a split cannot be called "all": that name means every unit of the dataset; give the split another name' }); continue; }
    const list: string[] = [];
    for (const id of ids) {
      const members = units.some((u) => u.id === id) ? [id] : units.filter((u) => u.docId === id).map((u) => u.id);
      if (members.length === 0) {
        if (declared.has(id) || files.has(id)) continue;
        problems.push({ code: 'split', file: mfile, path: `splits.${name}`, message: `split ${name}: unknown unit or document ${id}` });
        continue;
      }
      for (const m of members) {
        const prev = owner.get(m);
        if (prev && prev !== name) problems.push({ code: 'split', file: mfile, path: `splits.${name}`, message: `unit ${m} is in both splits ${prev} and ${name}` });
        owner.set(m, name);
        list.push(m);
      }
    }
    splits[name] = list;
  }
  if (!splits.all) splits.all = all;
  return splits;
}

/** The units of one split, or every unit. */
export function splitUnits(ds: Dataset, split: string): EvalDoc[] | null {
  const ids = ds.splits[split];
  if (!ids) return null;
  const set = new Set(ids);
  return ds.units.filter((u) => set.has(u.id));
}

export interface DatasetSummary {
  name: string;
  version: string;
  sha256: string;
  documents: number;
  units: number;
  characters: number;
  mentions: number;
  optional: number;
  byType: Record<string, number>;
  splits: Record<string, { units: number; characters: number; mentions: number; optional: number }>;
}

export function summarize(ds: Dataset): DatasetSummary {
  const byType: Record<string, number> = {};
  for (const t of MENTION_TYPES) byType[t] = 0;
  let mentions = 0, optional = 0, characters = 0;
  for (const u of ds.units) {
    characters += u.chars;
    for (const m of u.gold) { mentions++; byType[m.type]++; if (m.optional) optional++; }
  }
  const splits: DatasetSummary['splits'] = {};
  for (const name of Object.keys(ds.splits)) {
    const us = splitUnits(ds, name) ?? [];
    splits[name] = { units: us.length, characters: us.reduce((s, u) => s + u.chars, 0), mentions: us.reduce((s, u) => s + u.gold.length, 0), optional: us.reduce((s, u) => s + u.gold.filter((m) => m.optional).length, 0) };
  }
  return {
    name: ds.name, version: ds.version, sha256: ds.sha256,
    documents: new Set(ds.units.map((u) => u.docId)).size, units: ds.units.length,
    characters, mentions, optional, byType, splits,
  };
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} [${p.code}]`;
}
