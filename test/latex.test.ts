// The LaTeX tables compile with a plain pdflatex (Debian's
// texlive-latex-recommended: booktabs, graphicx), fit the text width, and
// every \label can be referenced. Skipped where pdflatex is missing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/eval/score.js';
import { buildResults } from '../src/eval/results.js';
import { render, TABLES } from '../src/report/formats.js';
import type { Dataset, EvalDoc, Mention } from '../src/types.js';

const pdflatex = spawnSync('pdflatex', ['--version'], { encoding: 'utf8' }).status === 0;
/** why a test is skipped, in its name where it is */
const orSkipped = pdflatex ? '' : ' (skipped: pdflatex is not installed; apt-get install texlive-latex-recommended)';

// six extractors with long names and an error whose message has LaTeX specials and Chinese in it
const sentences = Array.from({ length: 40 }, (_, k) => `第${k}句共有${10 + k}件事，增长${k}.5%。`);
const text = sentences.join('');
const gold: Mention[] = [];
{
  let o = 0;
  for (const s of sentences) {
    const c = s.match(/\d+件/)!, p = s.match(/\d+\.5%/)!;
    gold.push({ start: o + c.index!, end: o + c.index! + c[0].length, text: c[0], type: 'COUNT', value: Number.parseInt(c[0], 10), unit: '件', qualifier: 'exact' });
    gold.push({ start: o + p.index!, end: o + p.index! + p[0].length, text: p[0], type: 'PERCENT', value: Number.parseFloat(p[0]), unit: '%', qualifier: 'exact' });
    o += s.length;
  }
}
const unit: EvalDoc = { id: 'doc_1#g01', docId: 'doc_1', offset: 0, text, chars: text.length, gold };
const ds: Dataset = { name: 'zhnum-reports_2025', version: '1.0.0', dir: '/x', sha256: 'a'.repeat(64), manifest: { name: 'x', version: '1' }, units: [unit], splits: { test: ['doc_1#g01'] } };
const names = ['rule-based_extractor', 'transformer-large_v2', 'recognizers & co', 'jieba 100%', 'my_{tagger}', 'baseline~#1'];
const scored = names.map((name, i) => ({
  info: { name, version: '0.1.0', description: '' },
  evaluation: evaluate([unit], { [unit.id]: gold.filter((_, k) => k % (i + 2) !== 0) }),
  errors: i === 2 ? [{ doc: unit.id, kind: 'threw' as const, message: 'TypeError: cannot read $x_1 of {a & b} — 无法读取 \\path' }] : [],
  chars: text.length, seconds: 0.01 * (i + 1),
}));
const results = buildResults(ds, [unit], scored, { split: 'test', extractors: names, bootstrap: 200, seed: 1, timeoutMs: 1, concurrency: 1, options: {} });

function compile(body: string): { ok: boolean; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zhnum-tex-'));
  writeFileSync(join(dir, 'paper.tex'), `\\documentclass{article}\n\\usepackage{booktabs}\n\\usepackage{graphicx}\n\\begin{document}\n${body}\n\\end{document}\n`);
  let ok = true;
  // twice, so that \ref finds the labels
  for (let k = 0; k < 2 && ok; k++) ok = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'paper.tex'], { cwd: dir, encoding: 'utf8', timeout: 120_000 }).status === 0;
  return { ok, log: readFileSync(join(dir, 'paper.log'), 'latin1') };
}

describe('LaTeX tables', () => {
  const tex = render(results, 'latex');

  it('are plain ASCII but for the text kept in \\zhnumraw, with every table labelled', () => {
    expect(tex.replace(/\\zhnumraw\{[^{}\\]*\}/g, '')).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
    // the Chinese of the error message is kept, with its fallback for pdflatex, and \zhnumraw defined
    expect(tex).toContain('--- \\zhnumraw{无法读取}{????} \\textbackslash{}path');
    expect(tex).toContain('\\providecommand{\\zhnumraw}[2]');
    expect(tex.match(/\\label\{[^}]+\}/g)).toEqual(TABLES.map((t) => `\\label{tab:reports-2025-test-${t}}`));
  });

  it.skipIf(!pdflatex)(`compile with pdflatex, fit the text width, and resolve every \\ref${orSkipped}`, () => {
    const refs = TABLES.map((t) => `Table~\\ref{tab:reports-2025-test-${t}}`).join(', ');
    const { ok, log } = compile(`${tex}\n${refs}.`);
    expect(ok, log.slice(-3000)).toBe(true);
    expect(log).not.toMatch(/Overfull \\hbox/);
    expect(log).not.toMatch(/undefined references|Reference .* undefined/);
  });

  it.skipIf(!pdflatex)(`Chinese names (a dataset, an extractor) compile with pdflatex as "?", in a caption too${orSkipped}`, () => {
    const zh = buildResults({ ...ds, name: '政府工作报告' }, [unit], [{ ...scored[0], info: { ...scored[0].info, name: '规则' } }], { split: 'test', extractors: ['规则'], bootstrap: 0, seed: 1, timeoutMs: 1, concurrency: 1, options: {} });
    const body = render(zh, 'latex');
    expect(body).toContain('\\zhnumraw{规则}{??}');
    expect(body).toMatch(/\\caption\{[^\n]*\\zhnumraw\{政府工作报告\}\{\?{6}\}/);
    const { ok, log } = compile(body);
    expect(ok, log.slice(-3000)).toBe(true);
    expect(log).not.toMatch(/Unicode character/);
    // two datasets named in Chinese get labels of their own
    const other = render(buildResults({ ...ds, name: '法院工作报告' }, [unit], [scored[0]], { split: 'test', extractors: [scored[0].info.name], bootstrap: 0, seed: 1, timeoutMs: 1, concurrency: 1, options: {} }), 'latex');
    const labels = (t: string) => t.match(/\\label\{[^}]+\}/g)!;
    expect(labels(body)[0]).toMatch(/^\\label\{tab:u[0-9a-f]{8}-test-main\}$/);
    expect(labels(other)[0]).not.toBe(labels(body)[0]);
  });

  it.skipIf(!pdflatex)(`--table picks one table, which compiles alone${orSkipped}`, () => {
    const one = render(results, 'latex', { tables: ['types'] });
    expect(one.match(/\\begin\{table\}/g)).toHaveLength(1);
    const { ok, log } = compile(one);
    expect(ok, log.slice(-3000)).toBe(true);
    expect(log).not.toMatch(/Overfull \\hbox/);
  });
});
