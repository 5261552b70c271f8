#!/usr/bin/env node
// Annotation tooling for the seed gold. It computes offsets and lists positions
// so that nothing is skipped; it never decides what a mention is, its type or
// its value (those come from the annotators' TSV files). It shares no code with
// src/, on purpose: the gold must not depend on an extractor under test.
//
//   node datasets/tools/annot.mjs show DOC FROM TO          numbered lines of a seed
//   node datasets/tools/annot.mjs check FILE.tsv [--cn]     resolve anchors, report problems
//                                                           and uncovered digit runs
//   node datasets/tools/annot.mjs compile OUTDIR FILE.tsv…  write OUTDIR/ID.jsonl (gold format)
//
// TSV format, one mention a line, tab-separated (lines starting with # are comments):
//   # doc: 002_0cdaa93c0b4343c5         switches the document for the lines below
//   LINE  TEXT  TYPE  VALUE  VALUEMAX  UNIT  QUALIFIER  FLAGS
// LINE is the 1-based line where the span starts, optionally LINE#K for the K-th
// occurrence of TEXT starting on that line. TEXT is the span as written, with a
// line break written as \n. VALUEMAX, UNIT, FLAGS use - for none. FLAGS is a
// ;-separated list of: opt, intended=NUMBER, note=TEXT.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Documents are looked up by id in every dataset's docs folder.
const DOC_DIRS = [join(ROOT, 'seeds'), join(ROOT, 'datasets', 'reports', 'docs')];
export const TYPES = ['COUNT', 'MONEY', 'PERCENT', 'PERCENT_POINT', 'RATIO', 'DATE', 'DURATION', 'ORDINAL', 'QUANTITY', 'NUMBER'];
export const QUALS = ['exact', 'approx', 'over', 'under'];
const DATE_RE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?|\d{4}-Q[1-4]|\d{4}-H[12]|Q[1-4]|H[12])$/;

const docCache = new Map();
export function loadDoc(id) {
  if (!docCache.has(id)) {
    const files = DOC_DIRS.flatMap((d) => readdirSync(d).filter((f) => f === `${id}.txt` || (f.startsWith(id) && f.endsWith('.txt'))).map((f) => join(d, f)));
    if (files.length !== 1) throw new Error(`unknown or ambiguous document ${id}`);
    const text = readFileSync(files[0], 'utf8');
    const cps = Array.from(text); // code points
    const lineStarts = [0];
    cps.forEach((c, i) => { if (c === '\n') lineStarts.push(i + 1); });
    docCache.set(id, { id: basename(files[0], '.txt'), cps, lineStarts });
  }
  return docCache.get(id);
}

function isDateValue(v) {
  return v.split('/').every((p) => DATE_RE.test(p)) && v.split('/').length <= 2;
}

function parseNum(s) {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s)) return NaN;
  return Number(s);
}

const isDigitish = (c) => c !== undefined && /[0-9０-９.．]/.test(c);

// Parse one TSV file into records with resolved code-point offsets.
// opts.legacyDateUnits: read a DATE's unit column as null instead of
// rejecting it. Only for the seeds' annotation passes (passes/A, passes/B),
// written before specification revision 1.1.0 made every DATE's unit null;
// it applies to the pass records the same mechanical change (年, 月, 日 →
// null) that 1.1.0 applied to the adjudicated files, and leaves the pass
// files as the annotators wrote them. Never used to compile gold.
export function parseTsv(file, opts = {}) {
  const problems = [];
  const records = [];
  const raw = readFileSync(file, 'utf8');
  let doc = null;
  const cursor = new Map(); // line -> code-point offset after the last span placed on it
  raw.split('\n').forEach((lineText, i) => {
    const lineNo = i + 1;
    const where = `${file}:${lineNo}`;
    if (/^\s*$/.test(lineText)) return;
    const m = lineText.match(/^#\s*doc:\s*(\S+)/);
    if (m) {
      try { doc = loadDoc(m[1]); } catch (e) { problems.push(`${where}: ${e.message}`); doc = null; }
      return;
    }
    if (lineText.startsWith('#')) return;
    if (!doc) { problems.push(`${where}: no "# doc: ID" line before this record`); return; }
    const cols = lineText.split('\t');
    if (cols.length < 7) { problems.push(`${where}: expected 8 tab-separated columns, got ${cols.length}`); return; }
    const [anchor, textCol, type, valueCol, maxCol, unitCol, qual, flagsCol = '-'] = cols.map((c) => c.trim() === '' ? '-' : c);
    const am = anchor.trim().match(/^(\d+)(?:#(\d+))?$/);
    if (!am) { problems.push(`${where}: bad LINE anchor "${anchor}"`); return; }
    const docLine = Number(am[1]);
    const occ = am[2] ? Number(am[2]) : 0;
    const text = textCol.replace(/\\n/g, '\n');
    if (docLine < 1 || docLine > doc.lineStarts.length) { problems.push(`${where}: line ${docLine} outside ${doc.id}`); return; }
    const ls = doc.lineStarts[docLine - 1];
    const le = docLine < doc.lineStarts.length ? doc.lineStarts[docLine] - 1 : doc.cps.length;
    const tcps = Array.from(text);
    const occurrences = [];
    for (let s = ls; s <= le; s++) {
      let ok = true;
      for (let k = 0; k < tcps.length; k++) if (doc.cps[s + k] !== tcps[k]) { ok = false; break; }
      if (!ok) continue;
      // a span never starts or ends inside a run of digits
      if (isDigitish(tcps[0]) && isDigitish(doc.cps[s - 1]) && /[0-9０-９]/.test(doc.cps[s - 1])) continue;
      if (/[0-9０-９]/.test(tcps[tcps.length - 1]) && /[0-9０-９]/.test(doc.cps[s + tcps.length] ?? '')) continue;
      occurrences.push(s);
    }
    let start;
    if (occ) start = occurrences[occ - 1];
    else {
      const c = cursor.get(`${doc.id}:${docLine}`) ?? ls;
      start = occurrences.find((s) => s >= c) ?? occurrences[0];
    }
    if (start === undefined) {
      problems.push(`${where}: "${textCol}" not found starting on line ${docLine} of ${doc.id}: ${JSON.stringify(doc.cps.slice(ls, le).join(''))}`);
      return;
    }
    const end = start + tcps.length;
    cursor.set(`${doc.id}:${docLine}`, end);
    if (!TYPES.includes(type)) problems.push(`${where}: unknown type "${type}"`);
    if (!QUALS.includes(qual)) problems.push(`${where}: unknown qualifier "${qual}"`);
    if (/^\s|\s$/.test(text)) problems.push(`${where}: span text starts or ends with whitespace`);
    let value;
    if (type === 'DATE') {
      value = valueCol;
      if (unitCol !== '-' && !opts.legacyDateUnits) problems.push(`${where}: a DATE's unit is always null (write -); its ISO value carries the granularity`);
      if (!isDateValue(value)) problems.push(`${where}: DATE value "${value}" is not ISO-like (2024, 2024-01, 2024-01-18, --04-29, --04, 2024-Q1, H1, a/b)`);
    } else {
      value = parseNum(valueCol);
      if (!Number.isFinite(value)) problems.push(`${where}: value "${valueCol}" is not a number`);
    }
    const rec = { doc: doc.id, start, end, text, type, value, unit: unitCol === '-' || type === 'DATE' ? null : unitCol, qualifier: qual, src: where };
    if (maxCol !== '-') {
      const vm = type === 'DATE' ? maxCol : parseNum(maxCol);
      if (type !== 'DATE' && !Number.isFinite(vm)) problems.push(`${where}: valueMax "${maxCol}" is not a number`);
      rec.valueMax = vm;
    }
    if (flagsCol !== '-') {
      for (const f of flagsCol.split(';').map((x) => x.trim()).filter(Boolean)) {
        if (f === 'opt') rec.optional = true;
        else if (f.startsWith('intended=')) {
          const iv = type === 'DATE' ? f.slice(9) : parseNum(f.slice(9));
          if (type !== 'DATE' && !Number.isFinite(iv)) problems.push(`${where}: intended "${f.slice(9)}" is not a number`);
          rec.intended = iv;
        } else if (f.startsWith('note=')) rec.note = f.slice(5);
        else problems.push(`${where}: unknown flag "${f}"`);
      }
    }
    records.push(rec);
  });
  // overlaps within the file
  const byDoc = new Map();
  for (const r of records) (byDoc.get(r.doc) ?? byDoc.set(r.doc, []).get(r.doc)).push(r);
  for (const rs of byDoc.values()) {
    rs.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < rs.length; i++) {
      if (rs[i].start < rs[i - 1].end) problems.push(`${rs[i].src}: "${rs[i].text}" overlaps "${rs[i - 1].text}" (${rs[i - 1].src})`);
    }
  }
  return { records, problems };
}

// Digit runs (ASCII or full-width) and, with cn, Chinese-numeral runs that no
// record covers, inside the line range that the file's records touch.
function uncovered(records, withCn) {
  const out = [];
  const byDoc = new Map();
  for (const r of records) (byDoc.get(r.doc) ?? byDoc.set(r.doc, []).get(r.doc)).push(r);
  for (const [id, rs] of byDoc) {
    const doc = loadDoc(id);
    const covered = new Uint8Array(doc.cps.length);
    for (const r of rs) covered.fill(1, r.start, r.end);
    const lineOf = (off) => { let lo = 0, hi = doc.lineStarts.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (doc.lineStarts[mid] <= off) lo = mid; else hi = mid - 1; } return lo + 1; };
    const first = Math.min(...rs.map((r) => r.start));
    const last = Math.max(...rs.map((r) => r.end));
    const from = doc.lineStarts[lineOf(first) - 1];
    const toLine = lineOf(last);
    const to = toLine < doc.lineStarts.length ? doc.lineStarts[toLine] : doc.cps.length;
    const re = withCn ? /[0-9０-９]|[〇○零二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩]/ : /[0-9０-９]/;
    for (let i = from; i < to; i++) {
      if (covered[i] || !re.test(doc.cps[i])) continue;
      let j = i; while (j < to && !covered[j] && re.test(doc.cps[j])) j++;
      const ctx = doc.cps.slice(Math.max(from, i - 12), Math.min(to, j + 12)).join('').replace(/\n/g, '⏎');
      out.push(`${id} line ${lineOf(i)}: ${doc.cps.slice(i, j).join('')}    …${ctx}…`);
      i = j;
    }
  }
  return out;
}

function main(argv) {
  const [cmd, ...args] = argv;
  if (cmd === 'show') {
    const [id, from, to] = args;
    const doc = loadDoc(id);
    const text = doc.cps.join('').split('\n');
    const a = Math.max(1, Number(from) || 1), b = Math.min(text.length, Number(to) || text.length);
    for (let i = a; i <= b; i++) console.log(`${i}\t${text[i - 1]}`);
    return 0;
  }
  if (cmd === 'check') {
    const files = args.filter((a) => !a.startsWith('--'));
    let bad = 0, n = 0;
    const all = [];
    for (const f of files) {
      const { records, problems } = parseTsv(f);
      n += records.length; all.push(...records);
      for (const p of problems) console.log(`PROBLEM ${p}`);
      bad += problems.length;
    }
    if (all.length) for (const u of uncovered(all, args.includes('--cn'))) console.log(`UNCOVERED ${u}`);
    console.log(`${n} records, ${bad} problems`);
    return bad ? 1 : 0;
  }
  if (cmd === 'compile') {
    const [outDir, ...files] = args;
    mkdirSync(outDir, { recursive: true });
    const byDoc = new Map();
    let bad = 0;
    for (const f of files) {
      const { records, problems } = parseTsv(f);
      for (const p of problems) console.error(`PROBLEM ${p}`);
      bad += problems.length;
      for (const r of records) (byDoc.get(r.doc) ?? byDoc.set(r.doc, []).get(r.doc)).push(r);
    }
    for (const [id, rs] of byDoc) {
      rs.sort((a, b) => a.start - b.start);
      const lines = rs.map(({ doc, src, ...r }) => JSON.stringify(order(r)));
      writeFileSync(join(outDir, `${id}.jsonl`), lines.join('\n') + (lines.length ? '\n' : ''));
    }
    console.error(`${[...byDoc.values()].reduce((s, r) => s + r.length, 0)} mentions in ${byDoc.size} documents, ${bad} problems`);
    return bad ? 1 : 0;
  }
  console.error('usage: annot.mjs show DOC FROM TO | check FILE.tsv… [--cn] | compile OUTDIR FILE.tsv…');
  return 2;
}

function order(r) {
  const o = { start: r.start, end: r.end, text: r.text, type: r.type, value: r.value };
  if (r.valueMax !== undefined) o.valueMax = r.valueMax;
  o.unit = r.unit; o.qualifier = r.qualifier;
  if (r.optional) o.optional = true;
  if (r.intended !== undefined) o.intended = r.intended;
  if (r.note) o.note = r.note;
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
