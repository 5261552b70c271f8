#!/usr/bin/env node
// Writes datasets/reports/dataset.json: checksums of the 21 documents and the
// fixed splits. The splits were chosen once, by genre and era, before any
// extractor was scored on this dataset (see datasets/reports/README.md).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'reports');
const docs = readdirSync(join(DIR, 'docs')).filter((f) => f.endsWith('.txt')).sort().map((f) => f.slice(0, -4));
const byNo = (nos) => nos.map((n) => { const d = docs.find((x) => x.startsWith(`${n}_`)); if (!d) throw new Error(`no document ${n}`); return d; });
const SPLITS = {
  // national reports 1983, 2003, 2023; provincial 08, 10, 12; budgets 13, 16 (thousands separators), 17 (spaced PDF); communiqués 18 (tables), 19
  train: byNo(['02', '04', '06', '08', '10', '12', '13', '16', '17', '18', '19']),
  // national 1997 (full-width), provincial 09, final accounts 15 (PDF wraps)
  dev: byNo(['03', '09', '15']),
  // every genre: national 1957 (mixed numerals) and 2013, the Party congress report, provincial 11, budget 14, communiqué 20, NPC committee 21
  test: byNo(['01', '05', '07', '11', '14', '20', '21']),
};
const checksums = Object.fromEntries(docs.map((d) => [d, createHash('sha256').update(readFileSync(join(DIR, 'docs', `${d}.txt`))).digest('hex')]));
const manifest = {
  name: 'zhnum-reports',
  // 1.0.1: 一刻钟便民生活圈 is a name (D-62); 1.1.0: retrospective N年内 exact (D-65), 第二、三季度 two mentions (D-60, D-68), two fractions in full precision;
  // 1.1.1: an amount whose unit the extraction lost is optional (D-94; 15, dev)
  version: '1.1.1',
  description: 'Numeric mentions in 21 Chinese official reports, 1957–2025: national and provincial government work reports, a Party congress report, budget reports and final accounts, statistical communiqués, an NPC committee report. Two independent annotation passes, adjudicated.',
  licence: 'Annotations: CC BY 4.0. Documents: excerpts of public official reports (PRC Copyright Law art. 5 excludes official documents of state organs from protection), included for research; sources in SOURCES.md.',
  notes: 'Offsets are Unicode code points, [start, end). See datasets/GUIDELINES.md and datasets/reports/README.md.',
  checksums,
  splits: SPLITS,
};
writeFileSync(join(DIR, 'dataset.json'), JSON.stringify(manifest, null, 2) + '\n');
