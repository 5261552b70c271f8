#!/usr/bin/env node
// Inter-annotator agreement between the two independent passes (A and B),
// computed before adjudication, and the list of disagreements to adjudicate.
//
//   node datasets/tools/agreement.mjs                 print the agreement table (Markdown)
//   node datasets/tools/agreement.mjs --json          the same as JSON
//   node datasets/tools/agreement.mjs --diff CHUNK    disagreements of one chunk, for adjudication
//   node datasets/tools/agreement.mjs --vs-final      each pass against the adjudicated gold
//   node datasets/tools/agreement.mjs --by-genre      agreement per genre (datasets/NAME/genres.tsv: doc<TAB>genre)
//   --dataset NAME                                    the dataset whose passes to read (default: seeds)
//
// The pass files are read as the annotators wrote them, with one mechanical
// normalisation: a DATE's unit is read as null (annot.mjs's legacyDateUnits).
// The seeds' passes predate specification revision 1.1.0, which made every
// DATE's unit null; gold 1.1.0 applied the same change to the adjudicated
// files (datasets/seeds/README.md). The adjudicated files are read strictly.
//
// Strict agreement: same span and type (optional mentions included, as the
// annotators marked them). Value agreement: among span+type matches, the same
// value, valueMax, unit and qualifier (numbers within a relative 1e-9).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTsv, loadDoc } from './annot.mjs';

const dsArg = process.argv.indexOf('--dataset');
const DATASET = dsArg > 0 ? process.argv[dsArg + 1] : 'seeds';
const PASSES = join(dirname(fileURLToPath(import.meta.url)), '..', DATASET, 'passes');

function load(pass, chunk) {
  const f = pass === 'final' ? join(PASSES, '..', 'adjudicated', `${chunk}.tsv`) : join(PASSES, pass, `${chunk}.tsv`);
  if (!existsSync(f)) return null;
  const { records, problems } = parseTsv(f, { legacyDateUnits: pass !== 'final' });
  if (problems.length) throw new Error(`${f} has ${problems.length} problems; run annot.mjs check`);
  return records;
}

const key = (r) => `${r.doc}:${r.start}:${r.end}`;
const numEq = (a, b) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
const valueEq = (a, b) => numEq(a.value, b.value) && numEq(a.valueMax ?? null, b.valueMax ?? null) && a.unit === b.unit && a.qualifier === b.qualifier;

export function compare(a, b) {
  const bm = new Map(b.map((r) => [key(r), r]));
  let spanType = 0, spanOnly = 0, valueSame = 0;
  const diffs = [];
  const seen = new Set();
  for (const r of a) {
    const o = bm.get(key(r));
    if (!o) continue;
    seen.add(key(r));
    if (o.type === r.type) {
      spanType++;
      if (valueEq(r, o)) valueSame++;
      else diffs.push({ kind: 'value', a: r, b: o });
    } else { spanOnly++; diffs.push({ kind: 'type', a: r, b: o }); }
  }
  for (const r of a) if (!bm.has(key(r))) diffs.push({ kind: 'only-A', a: r });
  for (const r of b) if (!seen.has(key(r))) diffs.push({ kind: 'only-B', b: r });
  const p = a.length ? spanType / a.length : 0, rc = b.length ? spanType / b.length : 0;
  return {
    a: a.length, b: b.length, spanType, spanOnly, valueSame,
    strictF1: p + rc ? (2 * p * rc) / (p + rc) : 0,
    valueAgreement: spanType ? valueSame / spanType : 0,
    diffs,
  };
}

function chunks() {
  const a = existsSync(join(PASSES, 'A')) ? readdirSync(join(PASSES, 'A')).filter((f) => f.endsWith('.tsv')).map((f) => f.slice(0, -4)) : [];
  return a.filter((c) => existsSync(join(PASSES, 'B', `${c}.tsv`))).sort();
}

function fmt(r) {
  if (!r) return '-';
  const doc = loadDoc(r.doc);
  const ctx = doc.cps.slice(Math.max(0, r.start - 15), Math.min(doc.cps.length, r.end + 15)).join('').replace(/\n/g, '⏎');
  return `${JSON.stringify(r.text)} ${r.type} value=${r.value}${r.valueMax !== undefined ? ` max=${r.valueMax}` : ''} unit=${r.unit} q=${r.qualifier}${r.optional ? ' opt' : ''}${r.intended !== undefined ? ` intended=${r.intended}` : ''}  [${r.src.split('/').slice(-2).join('/')}]  …${ctx}…`;
}

function main(argv) {
  const di = argv.indexOf('--diff');
  if (di >= 0) {
    const chunk = argv[di + 1];
    const a = load('A', chunk), b = load('B', chunk);
    if (!a || !b) { console.error(`chunk ${chunk} lacks a pass`); return 2; }
    const c = compare(a, b);
    for (const d of c.diffs) console.log(`${d.kind}\n  A: ${fmt(d.a)}\n  B: ${fmt(d.b)}`);
    console.error(`${c.diffs.length} disagreements`);
    return 0;
  }
  if (argv.includes('--vs-final')) {
    console.log('| pass | records | final | span+type matches | strict F1 vs final | value agreement vs final |');
    console.log('|---|---|---|---|---|---|');
    for (const pass of ['A', 'B']) {
      const a = [], f = [];
      for (const ch of chunks()) { a.push(...load(pass, ch)); f.push(...load('final', ch)); }
      const c = compare(a, f);
      console.log(`| ${pass} | ${c.a} | ${c.b} | ${c.spanType} | ${c.strictF1.toFixed(4)} | ${c.valueAgreement.toFixed(4)} |`);
    }
    return 0;
  }
  if (argv.includes('--by-genre')) {
    const genres = new Map(readFileSync(join(PASSES, '..', 'genres.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')));
    const by = new Map();
    for (const ch of chunks()) for (const [pass, rs] of [['a', load('A', ch)], ['b', load('B', ch)]]) for (const r of rs) {
      const g = genres.get(r.doc) ?? 'unknown';
      if (!by.has(g)) by.set(g, { a: [], b: [] });
      by.get(g)[pass].push(r);
    }
    console.log('| genre | pass A | pass B | strict F1 | value agreement | disagreements |');
    console.log('|---|---|---|---|---|---|');
    for (const [g, { a, b }] of [...by].sort()) { const c = compare(a, b); console.log(`| ${g} | ${c.a} | ${c.b} | ${c.strictF1.toFixed(4)} | ${c.valueAgreement.toFixed(4)} | ${c.diffs.length} |`); }
    return 0;
  }
  const rows = [];
  const all = { a: [], b: [] };
  for (const ch of chunks()) {
    const a = load('A', ch), b = load('B', ch);
    all.a.push(...a); all.b.push(...b);
    const c = compare(a, b);
    rows.push({ chunk: ch, ...c, diffs: c.diffs.length });
  }
  const t = compare(all.a, all.b);
  rows.push({ chunk: 'all', ...t, diffs: t.diffs.length });
  if (argv.includes('--json')) { console.log(JSON.stringify(rows, null, 2)); return 0; }
  console.log('| chunk | pass A | pass B | span+type matches | span-only matches | strict F1 | value agreement | disagreements |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.chunk} | ${r.a} | ${r.b} | ${r.spanType} | ${r.spanOnly} | ${r.strictF1.toFixed(4)} | ${r.valueAgreement.toFixed(4)} | ${r.diffs} |`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
