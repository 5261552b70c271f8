// The gate and the reporters, in process, on results built from small
// hand-made evaluations (no subprocess, no extractor).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/score.js';
import { buildResults } from '../src/eval/results.js';
import { summarizeRuns } from '../src/eval/summary.js';
import { gate, gateAll } from '../src/report/gate.js';
import { latexEscape, render, renderSummary, RunsWriter, type Format } from '../src/report/formats.js';
import { benchmarkJson, gateGithub, gateJunit, gateMarkdown, gateText } from '../src/report/ci.js';
import { sampleWarnings } from '../src/report/warnings.js';
import { provenance } from '../src/eval/provenance.js';
import { ResultsSchema, type Dataset, type EvalDoc, type Mention, type Results } from '../src/types.js';

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
    const failed = g.rows.filter((r) => r.failed).map((r) => `${r.dataset} ${r.extractor} ${r.scheme}${r.type ? ` ${r.type}` : ''}`);
    expect(failed).toEqual(['toy a strict', 'toy a exact', 'toy a partial', 'toy a value', 'toy a strict COUNT', 'toy a exact COUNT', 'toy a partial COUNT', 'toy a value COUNT']);
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
  it('runs cut into other sentences are incomparable (the paired test pairs sentence by sentence)', () => {
    const fewer = structuredClone(perfect);
    fewer.dataset.segments = 39;
    for (const e of fewer.extractors) for (const s of Object.values(e.segments)) { for (const k of ['tp', 'pred', 'gold'] as const) s[k] = [s[k][0] + s[k][1], ...s[k].slice(2)]; }
    const g = gate(fewer, perfect);
    expect(g.ok).toBe(false);
    expect(g.rows).toEqual([]);
    expect(g.incomparable).toEqual(['toy: the baseline has 39 sentences, the current run 40 (the sentence splitter changed): the runs cannot be compared sentence by sentence; regenerate the baseline']);
    const moved = structuredClone(perfect);
    moved.dataset.segmentsSha256 = 'f'.repeat(64);
    expect(gate(moved, perfect).incomparable[0]).toMatch(/^toy: the baseline's sentences end elsewhere than the current run's/);
    // a file written before the field: compared on the count alone
    const older = structuredClone(perfect);
    delete older.dataset.segmentsSha256;
    expect(gate(older, perfect).ok).toBe(true);
  });
  it('a baseline whose per-type counts used the older definition is gated overall only, with a note', () => {
    const older = structuredClone(perfect);
    delete older.scoring;
    const g = gate(older, perfect);
    expect(g.ok).toBe(true);
    expect(g.rows.some((r) => r.type)).toBe(false);
    expect(g.rows).toHaveLength(8);
    expect(g.notes[0]).toMatchInlineSnapshot(`"toy · a: not gated per type, the baseline was scored by an older definition (scoring 1; now 3; changed since, in 2: what is matched to a gold mention counts under its type; 3: a matched prediction counts in its gold mention's sentence): regenerate it"`);
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
    expect(rows[0]).toMatch(/^dataset,extractor,version,split,scheme,scope,precision/);
    expect(rows.find((x) => x.startsWith('toy,b,1,all,strict,overall,'))).toContain(',30,0,0,10,0,40,30,');
  });
  it('a line break in a name (a lone CR too) is quoted in CSV and folded in Markdown', () => {
    const odd = results({ 'x\ry': gold, 'p,q': gold });
    const csv = render(odd, 'csv');
    expect(csv).toContain('\ntoy,"x\ry",1,all,strict,overall,');
    expect(csv).toContain('\ntoy,"p,q",1,all,strict,overall,');
    expect(csv.split(/\r\n|\r|\n/).filter((l) => l.startsWith('y"')).length).toBeGreaterThan(0); // the CR sits inside quotes, not between rows
    const md = render(odd, 'md');
    expect(md).toContain('| x y 1 |');
    expect(md).not.toContain('\r');
  });
  it('Markdown keeps names as text: raw HTML, emphasis, code and links escaped; the pairs table names its dataset', () => {
    const md = render(results({ 'a|b <img src=x onerror=alert(1)>': gold, '*em* _u_ `c` [l](x)': gold }), 'md');
    expect(md).toContain('| a\\|b &lt;img src=x onerror=alert(1)&gt; 1 |');
    expect(md).toContain('| \\*em\\* \\_u\\_ \\`c\\` \\[l\\](x) 1 |');
    expect(md).not.toContain('<img');
    expect(md).toMatch(/\*\*paired bootstrap tests \(ΔF1 = a − b, two-sided p; \d+ resamples, seed \d+\) · toy all\*\*/);
  });

  it('latex: one table environment per grid, each labelled; special characters escaped; no raw Unicode; --table picks one', () => {
    const tex = render(r, 'latex');
    expect(tex.match(/\\begin\{table\}/g)!.length).toBe(tex.match(/\\end\{table\}/g)!.length);
    expect(tex).toContain('strict F1 by type (\\%)');
    expect(tex.match(/\\label\{tab:toy-all-(main|types|pairs)\}/g)).toHaveLength(3);
    expect(tex).toMatch(/^[\x00-\x7f]*$/);
    expect(tex).toContain('$\\Delta$F1 = a $-$ b');
    expect(latexEscape('\x1b[31mERROR\x1b[0m\tx\x7f')).toBe('?[31mERROR?[0m x?');
    const one = render(r, 'latex', { tables: ['pairs'] });
    expect(one.match(/\\begin\{table\}/g)).toHaveLength(1);
    expect(one).toContain('\\label{tab:toy-all-pairs}');
  });
  it('per-type table: F1 with its CI for every type, and the macro F1 with its CI', () => {
    const md = render(r, 'md', { tables: ['types'] });
    expect(md).toContain('| COUNT | 40 | 100.0 (100.0–100.0) | 85.7 (');
    expect(md).toMatch(/\| macro \| {2}\| 100\.0 \(100\.0–100\.0\) \| 85\.7 \(\d+\.\d–\d+\.\d\) \|/);
  });
  it('summary over several datasets pools the counts', () => {
    const other = results({ a: gold.slice(0, 20), b: gold }, ds('other', 'c'.repeat(64)));
    const s = summarizeRuns([r, other]);
    expect(s.rows.find((x) => x.extractor === 'a')!.pooled!.strict.recall).toBeCloseTo(60 / 80, 12);
    // an extractor run on one dataset of two has no pooled figure
    const third = results({ c: gold }, ds('third', 'd'.repeat(64)));
    const s3 = summarizeRuns([r, third]);
    expect(s3.rows.find((x) => x.extractor === 'c')!.pooled).toBeNull();
    expect(renderSummary(s3, 'md')).toContain('| c | – | – | 100.0 | 100.0 | – | – |');
    expect(renderSummary(s, 'md')).toContain('| a | 100.0 | 100.0 | 66.7 | 66.7 | 85.7 | 85.7 |');
  });
  it('several datasets make one document: one JSON value, one CSV table with a dataset column', () => {
    const other = results({ a: gold.slice(0, 20), b: gold }, ds('other', 'c'.repeat(64)));
    const written = (format: Format) => {
      let out = '';
      const w = new RunsWriter(format, (x) => { out += x; });
      w.add(r); w.add(other); w.end(() => summarizeRuns([r, other]));
      return out;
    };
    const json = JSON.parse(written('json'));
    expect(json.runs.map((x: Results) => x.dataset.name)).toEqual(['toy', 'other']);
    expect(json.summary.datasets).toHaveLength(2);
    const rows = written('csv').trim().split('\n');
    expect(rows.filter((x) => x.startsWith('dataset,'))).toHaveLength(1);
    expect(new Set(rows.slice(1).map((x) => x.split(',')[0]))).toEqual(new Set(['toy', 'other']));
    expect(written('md')).toContain('**summary over 2 datasets**');
    // one dataset: the run itself, as before
    let one = '';
    const w = new RunsWriter('json', (x) => { one += x; });
    w.add(r); w.end(() => summarizeRuns([r]));
    expect(JSON.parse(one).dataset.name).toBe('toy');
  });
});

// 200 sentences with a COUNT, then 3 with a PERCENT_POINT: the type that is
// easy to lose without the overall score noticing
const ppSentences = [...Array.from({ length: 200 }, (_, k) => `第${k}句共有${10 + k}件事。`), ...['上升1.5个百分点。', '下降2.5个百分点。', '提高3.5个百分点。']];
const ppText = ppSentences.join('');
const ppGold: Mention[] = [];
{
  let o = 0;
  for (const s of ppSentences) {
    const pp = s.match(/\d\.\d个百分点/);
    if (pp) ppGold.push({ ...m(o + pp.index!, pp[0], 'PERCENT_POINT'), value: Number.parseFloat(pp[0]), unit: null });
    else { const i = s.indexOf('件') - 2; ppGold.push(m(o + i, s.slice(i, i + 2))); }
    o += s.length;
  }
}
const ppUnit: EvalDoc = { id: 'p', docId: 'p', offset: 0, text: ppText, chars: ppText.length, gold: ppGold };
function ppResults(preds: Mention[], name = 'rule'): Results {
  return buildResults(ds('pp', 'd'.repeat(64)), [ppUnit], [{ info: { name, version: '1', description: '' }, evaluation: evaluate([ppUnit], { p: preds }), errors: [], chars: ppUnit.chars, seconds: 0.5 }],
    { split: 'test', extractors: [name], bootstrap: 1000, seed: 3, timeoutMs: 1000, concurrency: 1, options: {} });
}

describe('gate per type, subsets and CI formats', () => {
  const base = ppResults(ppGold);
  const noPP = ppResults(ppGold.filter((x) => x.type !== 'PERCENT_POINT'));

  it('removing every PERCENT_POINT mention fails the gate on that type, though the overall drop is not significant', () => {
    const g = gate(base, noPP);
    expect(g.ok).toBe(false);
    const overall = g.rows.find((r) => !r.type && r.scheme === 'strict')!;
    expect(overall.failed).toBe(false);
    expect(overall.pValue!).toBeGreaterThan(0.05);
    const pp = g.rows.find((r) => r.type === 'PERCENT_POINT' && r.scheme === 'strict')!;
    expect([pp.baseline, pp.current, pp.failed]).toEqual([1, 0, true]);
    expect(pp.pValue!).toBeLessThan(0.01);
    expect(g.rows.filter((r) => r.failed).map((r) => `${r.scheme} ${r.type}`)).toEqual(['strict PERCENT_POINT', 'exact PERCENT_POINT', 'partial PERCENT_POINT', 'value PERCENT_POINT']);
    // and without per-type checks it would pass: the issue this guards against
    expect(gate(base, noPP, { types: false }).ok).toBe(true);
  });

  it('a baseline without per-type statistics is gated overall, with a note saying why not per type', () => {
    const old = ResultsSchema.parse(JSON.parse(JSON.stringify(base)));
    delete old.extractors[0].typeSegments;
    const g = gate(old, noPP);
    expect(g.ok).toBe(true);
    expect(g.notes).toEqual(['pp · rule: not gated per type, the baseline has no per-type statistics (written before they were recorded): run it again']);
  });

  it('--extractors gates a subset; a name not in the baseline makes the runs incomparable', () => {
    const both = results({ a: gold, b: gold });
    expect(gate(both, results({ a: gold })).ok).toBe(false);
    expect(gate(both, results({ a: gold }), { extractors: ['a'] }).ok).toBe(true);
    expect(gate(both, results({ a: gold.slice(0, 10), b: gold }), { extractors: ['b'] }).ok).toBe(true);
    expect(gate(both, results({ a: gold }), { extractors: ['c'] }).incomparable).toEqual(['toy: --extractors names "c", not in the baseline (it has a, b)']);
  });

  const settings = { maxDrop: 0.005, alpha: 0.05 };
  it('text, GitHub annotations, step summary Markdown and JUnit XML name the failing type', () => {
    const g = gate(base, noPP);
    const text = gateText(g, settings);
    expect(text).toContain('FAIL pp · rule strict F1 of PERCENT_POINT: 100.00 → 0.00 (−100.00 points, p 0.');
    expect(text.trim().split('\n').at(-1)).toBe('gate failed');
    const gh = gateGithub(g, settings, ['a 50% warning:\nsecond line']).split('\n');
    expect(gh[0]).toMatch(/^::error title=zhnum gate%3A pp · rule::strict F1 of PERCENT_POINT dropped 100\.00 → 0\.00 \(−100\.00 points, paired bootstrap p 0\.\d+; limit 0\.005 at alpha 0\.05\)$/);
    expect(gh.filter((l) => l.startsWith('::error'))).toHaveLength(4);
    expect(gh).toContain('::warning title=zhnum gate%3A small sample::a 50%25 warning:%0Asecond line');
    const md = gateMarkdown(g, settings);
    expect(md).toContain('### zhnum gate: failed ❌');
    expect(md).toMatch(/\| ❌ \| pp \| rule \| strict \| PERCENT_POINT \| 100\.00 \| 0\.00 \| −100\.00 \|/);
    const xml = gateJunit(g, settings);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="zhnum gate" tests="\d+" failures="4" errors="0">/);
    expect(xml).toContain('<testcase classname="zhnum.pp.rule" name="strict F1 of PERCENT_POINT" time="0">\n      <failure message="strict F1 of PERCENT_POINT dropped −100.00 points');
    expect(xml.match(/<testcase /g)!.length).toBe(g.rows.length);
  });

  it('what is not checked is said: per-type checks turned off, an extractor or a dataset only the current run has (a note, a ::notice)', () => {
    const off = gate(base, noPP, { types: false });
    expect(off.notes).toEqual(['pp: not gated per type (the per-type checks are turned off)']);
    expect(gateGithub(off, settings)).toContain('::notice title=zhnum gate::pp: not gated per type (the per-type checks are turned off)');
    const extra = gate(results({ a: gold }), results({ a: gold, b: gold }));
    expect(extra.ok).toBe(true);
    expect(extra.notes).toEqual(['toy · b: in the current run but not in the baseline: not gated']);
    // gated on purpose: a subset named with --extractors is no news
    expect(gate(results({ a: gold, b: gold }), results({ a: gold, b: gold, c: gold }), { extractors: ['a'] }).notes).toEqual([]);
    const more = gateAll([results({ a: gold })], [results({ a: gold }), base]);
    expect(more.notes).toEqual(['dataset pp: in the current run but not in the baseline: not gated']);
  });

  it('JUnit: notes and warnings go in a test suite\'s <system-out> (the schema allows none under <testsuites>)', () => {
    const xml = gateJunit(gate(base, noPP, { types: false }), settings, ['few sentences']);
    expect(xml).toMatch(/<\/testcase>\n    <system-out>note: pp: not gated per type \(the per-type checks are turned off\)\nwarning: few sentences<\/system-out>\n  <\/testsuite>\n<\/testsuites>\n$/);
    expect(xml).not.toMatch(/<\/system-out>\n<\/testsuites>/);
    // nothing compared, a note all the same: a suite of no tests holds it
    const none = gateJunit({ ok: true, rows: [], incomparable: [], missing: [], notes: ['dataset x: in the current run but not in the baseline: not gated'] }, settings);
    expect(none).toContain('<testsuite name="zhnum gate" tests="0" failures="0" errors="0" skipped="0">\n    <system-out>note: dataset x');
  });

  it('JUnit: a missing extractor is a failed test case; XML special characters are escaped', () => {
    const xml = gateJunit(gate(results({ 'a<&>"': gold }), results({ b: gold })), settings);
    expect(xml).toContain('<testcase classname="zhnum.toy" name="toy · a&lt;&amp;&gt;&quot; present" time="0">');
    expect(xml).toContain('failures="1"');
  });

  it('github-action-benchmark JSON: F1 with a range that covers its CI, and throughput, all bigger-is-better', () => {
    const b = benchmarkJson([base]);
    const skewed = structuredClone(base);
    skewed.extractors[0].scores.strict.overall = { ...skewed.extractors[0].scores.strict.overall, f1: 0.9, ci95: { precision: [0.8, 0.95], recall: [0.8, 0.95], f1: [0.8, 0.95] } };
    expect(benchmarkJson([skewed])[0]).toMatchObject({ value: 90, range: '±10', extra: expect.stringMatching(/^95% CI 80\.0–95\.0;/) });
    expect(b.map((x) => [x.name, x.unit])).toEqual([
      ['pp/test rule strict F1', '%'], ['pp/test rule value F1', '%'], ['pp/test rule macro F1', '%'], ['pp/test rule throughput', 'chars/s'],
    ]);
    expect(b[0]).toMatchObject({ value: 100, range: '±0' });
    expect(b[3].value).toBe(Math.round(ppUnit.chars / 0.5));
    const untimed = ResultsSchema.parse(JSON.parse(JSON.stringify(base)));
    untimed.extractors[0].throughput = { chars: 0, seconds: 0, charsPerSecond: 0 };
    expect(benchmarkJson([untimed]).map((x) => x.unit)).toEqual(['%', '%', '%']);
  });
});

describe('sample-size warnings', () => {
  const tiny = (() => {
    const t = '今年全市共有12件事。另外又有3件事情。';
    const u: EvalDoc = { id: 't', docId: 't', offset: 0, text: t, chars: t.length, gold: [m(6, '12'), m(15, '3')] };
    return buildResults(ds('tiny', 'e'.repeat(64)), [u], [{ info: { name: 'x', version: '1', description: '' }, evaluation: evaluate([u], { t: u.gold }), errors: [], chars: 1, seconds: 1 }],
      { split: 'all', extractors: ['x'], bootstrap: 100, seed: 1, timeoutMs: 1, concurrency: 1, options: {} });
  })();
  it('below 30 sentences and 30 gold mentions of a type, in every text format', () => {
    expect(sampleWarnings(tiny)).toEqual([
      'only 2 sentences (fewer than 30): bootstrap CIs and paired p-values this small are unreliable; report the counts',
      'fewer than 30 gold mentions of COUNT (2): their per-type scores and CIs are unreliable',
    ]);
    expect(render(tiny, 'table')).toContain('warning: only 2 sentences');
    expect(render(tiny, 'md')).toContain('> **Warning:** only 2 sentences');
    expect(render(tiny, 'latex')).toContain('Warning: only 2 sentences');
    // once, under the first table shown, whichever --table picked
    expect(render(tiny, 'latex').match(/Warning: only 2 sentences/g)).toHaveLength(1);
    expect(render(tiny, 'latex', { tables: ['types'] })).toContain('Warning: only 2 sentences');
    expect(render(results({ a: gold, b: gold }), 'latex', { tables: ['pairs'] })).not.toContain('{\\footnotesize \\par}');
    expect(sampleWarnings(results({ a: gold }))).toEqual([]);
  });
});

describe('the example GitHub workflow', () => {
  it('calls zhnum only with commands and options that exist', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parseCommand } = await import('../src/cli/options.js');
    const { runCommand } = await import('../src/cli/commands/run.js');
    const { gateCommand } = await import('../src/cli/commands/gate.js');
    const { reportCommand } = await import('../src/cli/commands/report.js');
    const specs = Object.fromEntries([runCommand, gateCommand, reportCommand].map((c) => [c.name, c]));
    const yml = readFileSync(join(__dirname, '..', 'examples', 'github-workflow.yml'), 'utf8');
    const calls = [...yml.matchAll(/npx zhnum ([^>|\n]+)/g)].map((m) => m[1].trim().split(/\s+/));
    expect(calls.map((c) => c[0])).toEqual(['run', 'gate', 'gate', 'report']);
    for (const [name, ...args] of calls) expect(() => parseCommand(specs[name], args), `zhnum ${name} ${args.join(' ')}`).not.toThrow();
    expect(yml).toContain('tool: customBiggerIsBetter');
  });
});

describe('provenance', () => {
  it('records the ONNX runtime the transformer runs on, which npm nests under @huggingface/transformers', () => {
    const p = provenance().packages;
    expect(p['@huggingface/transformers']).toMatch(/^\d+\.\d+\.\d+/);
    expect(p['onnxruntime-node']).toMatch(/^\d+\.\d+\.\d+/);
  });
});
