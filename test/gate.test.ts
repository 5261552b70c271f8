// The gate and the reporters, in process, on results built from small
// hand-made evaluations (no subprocess, no extractor).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/score.js';
import { buildResults } from '../src/eval/results.js';
import { summarizeRuns } from '../src/eval/summary.js';
import { gate, gateAll } from '../src/report/gate.js';
import { render, renderSummary } from '../src/report/formats.js';
import type { Dataset, EvalDoc, Mention, Results } from '../src/types.js';

const m = (start: number, text: string, type: Mention['type'] = 'COUNT'): Mention => ({ start, end: start + text.length, text, type, value: Number.parseFloat(text) || 1, unit: null, qualifier: 'exact' });
// 40 sentences, one mention each
const sentences = Array.from({ length: 40 }, (_, k) => `第${k}句共有${10 + k}件事。`);
const text = sentences.join('');
const gold: Mention[] = [];
let off = 0;
for (const s of sentences) { const i = s.indexOf('件') - 2; gold.push(m(off + i, s.slice(i, i + 2))); off += s.length; }
const unit: EvalDoc = { id: 'u', docId: 'u', offset: 0, text, chars: text.length, gold };
const ds = (name = 'toy', sha = 'a'.repeat(64)): Dataset => ({ name, version: '1', dir: '/toy', sha256: sha, manifest: { name, version: '1' }, units: [unit], splits: { all: ['u'] } });

function results(predsByExtractor: Record<string, Mention[]>, d = ds()): Results {
  const scored = Object.entries(predsByExtractor).map(([name, preds]) => ({
    info: { name, version: '1', description: name }, evaluation: evaluate([unit], { u: preds }), errors: [], chars: unit.chars, seconds: 1,
  }));
  return buildResults(d, [unit], scored, { split: 'all', extractors: Object.keys(predsByExtractor), bootstrap: 200, seed: 1, timeoutMs: 1000, concurrency: 1, options: {} });
}

describe('gate', () => {
  const perfect = results({ a: gold, b: gold });
  it('passes a run against itself', () => {
    const g = gate(perfect, perfect);
    expect(g.ok).toBe(true);
    expect(g.rows.every((r) => r.delta === 0)).toBe(true);
  });
  it('fails a real drop and names the extractor, scheme and dataset', () => {
    const worse = results({ a: gold.slice(0, 20), b: gold });
    const g = gate(perfect, worse);
    expect(g.ok).toBe(false);
    const failed = g.rows.filter((r) => r.failed).map((r) => `${r.dataset} ${r.extractor} ${r.scheme}`);
    expect(failed).toEqual(['toy a strict', 'toy a exact', 'toy a partial', 'toy a value']);
  });
  it('does not fail a drop smaller than --max-drop', () => {
    const slightly = results({ a: gold.slice(1), b: gold });
    expect(gate(perfect, slightly, { maxDrop: 0.05 }).ok).toBe(true);
    expect(gate(perfect, slightly, { maxDrop: 0.001 }).rows.find((r) => r.extractor === 'a')!.delta).toBeLessThan(0);
  });
  it('a missing extractor fails; another dataset version is incomparable', () => {
    expect(gate(perfect, results({ b: gold })).missing).toEqual(['toy · a']);
    expect(gate(perfect, results({ a: gold, b: gold }, ds('toy', 'b'.repeat(64)))).incomparable).toHaveLength(1);
  });
  it('gateAll compares dataset by dataset and fails a missing dataset', () => {
    const other = results({ a: gold, b: gold }, ds('other', 'c'.repeat(64)));
    expect(gateAll([perfect, other], [other, perfect]).ok).toBe(true);
    const g = gateAll([perfect, other], [perfect]);
    expect(g.ok).toBe(false);
    expect(g.missing).toEqual(['dataset other']);
  });
});

describe('reporters', () => {
  const r = results({ a: gold, b: gold.slice(0, 30) });
  it('markdown: the comparison table with CIs and the paired tests', () => {
    const md = render(r, 'md');
    expect(md).toContain('| a 1 | 100.0 | 100.0 | 100.0 | 100.0–100.0 |');
    expect(md).toMatch(/\| b 1 \| 100\.0 \| 75\.0 \| 85\.7 \|/);
    expect(md).toContain('paired bootstrap tests');
  });
  it('csv: one row per extractor × scheme × scope, with counts', () => {
    const rows = render(r, 'csv').trim().split('\n');
    expect(rows[0]).toMatch(/^extractor,version,split,scheme,scope,precision/);
    expect(rows.find((x) => x.startsWith('b,1,all,strict,overall,'))).toContain(',30,0,0,10,0,40,30,');
  });
  it('latex: one table environment per grid, special characters escaped', () => {
    const tex = render(r, 'latex');
    expect(tex.match(/\\begin\{table\}/g)!.length).toBe(tex.match(/\\end\{table\}/g)!.length);
    expect(tex).toContain('strict F1 by type (\\%)');
  });
  it('summary over several datasets pools the counts', () => {
    const other = results({ a: gold.slice(0, 20), b: gold }, ds('other', 'c'.repeat(64)));
    const s = summarizeRuns([r, other]);
    expect(s.rows.find((x) => x.extractor === 'a')!.pooled.strict.recall).toBeCloseTo(60 / 80, 12);
    expect(renderSummary(s, 'md')).toContain('| a | 100.0 | 100.0 | 66.7 | 66.7 | 85.7 | 85.7 |');
  });
});
