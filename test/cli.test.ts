// The command line, end to end, on the built CLI (npm test builds first).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: tmpdir(), timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const BROKEN = join(ROOT, 'test', 'fixtures', 'broken-extractors.mjs');

/** A small dataset folder outside the repository, in the specification's format, no dataset.json. */
function userDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhnum-user-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'astral-dataset'), dir, { recursive: true });
  const doc = '全市两级法院共受理各类案件46987件，结案46311件，结案率98.56%。\n法院审结3件9人。\n' + '全年新收案件120件，审结118件。\n'.repeat(20);
  writeFileSync(join(dir, 'docs', 'court.txt'), doc);
  const m = (t: string, type: string, value: number, unit: string) => {
    const start = Array.from(doc.slice(0, doc.indexOf(t))).length;
    return JSON.stringify({ start, end: start + Array.from(t).length, text: t, type, value, unit, qualifier: 'exact' });
  };
  const rows = [m('46987件', 'COUNT', 46987, '件'), m('46311件', 'COUNT', 46311, '件'), m('98.56%', 'PERCENT', 98.56, '%'), m('3件', 'COUNT', 3, '件'), m('9人', 'COUNT', 9, '人')];
  const head = Array.from(doc.slice(0, doc.indexOf('全年'))).length;
  const line = Array.from('全年新收案件120件，审结118件。\n').length;
  for (let k = 0; k < 20; k++) {
    const b = head + k * line;
    rows.push(JSON.stringify({ start: b + 6, end: b + 10, text: '120件', type: 'COUNT', value: 120, unit: '件', qualifier: 'exact' }));
    rows.push(JSON.stringify({ start: b + 13, end: b + 17, text: '118件', type: 'COUNT', value: 118, unit: '件', qualifier: 'exact' }));
  }
  writeFileSync(join(dir, 'annotations', 'court.jsonl'), rows.join('\n') + '\n');
  return dir;
}

describe('zhnum CLI', () => {
  // zod is about a hundred modules (~0.1 s at each start): a worker checks a
  // well-formed answer without it (data/mention-check.ts), and only the
  // commands that read datasets or results load it
  it('extract with the rule extractor never loads zod, in the main thread or the worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-hook-'));
    const log = join(dir, 'loaded.txt');
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'; register(${JSON.stringify(`file://${join(dir, 'hooks.mjs')}`)});`);
    writeFileSync(join(dir, 'in.txt'), '2023年收入5亿元，增长3.5%。');
    const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), CLI, 'extract', join(dir, 'in.txt')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    const loaded = readFileSync(log, 'utf8').split('\n');
    expect(loaded.some((u) => u.endsWith('/core/pipeline.js'))).toBe(true); // the hook saw the worker's imports
    expect(loaded.filter((u) => u.includes('/node_modules/zod/'))).toEqual([]);
  });

  it('--help tells the commands and exit codes', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Exit codes: 0 fine, 1 gate failed, 2 bad usage or bad input.');
    for (const c of ['run', 'report', 'gate', 'validate', 'extract', 'ls']) expect(run([c, '--help']).code).toBe(0);
  });

  it('bad usage exits 2 with a clear message and no stack trace', () => {
    const r = run(['run', '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toMatchInlineSnapshot(`
      "zhnum run: --format must be one of table, md, latex, csv, json, html, got "pdf"
      Run "zhnum run --help" for usage.
      "
    `);
    const u = run(['frobnicate']);
    expect(u.code).toBe(2);
    expect(u.err).toContain('unknown command "frobnicate"');
  });

  it('an option with a value given twice is refused (the last one silently won), a value that starts with "-" is explained; a flag may repeat', () => {
    const twice = run(['validate', '--dataset', 'seeds', '--dataset', 'reports']);
    expect(twice.code).toBe(2);
    expect(twice.out).toBe('');
    expect(twice.err).toMatchInlineSnapshot(`
      "zhnum validate: --dataset is given 2 times ("seeds", "reports"): give it once, the values in one comma list (--dataset seeds,reports)
      Run "zhnum validate --help" for usage.
      "
    `);
    const format = run(['gate', '--format', 'github', '--format', 'junit', 'a', 'b']);
    expect(format.code).toBe(2);
    expect(format.err).toContain('zhnum gate: --format is given 2 times ("github", "junit"): give it once\n');
    const dash = run(['score', 'p.jsonl', '--bootstrap', '-1']);
    expect(dash.code).toBe(2);
    expect(dash.err).toMatchInlineSnapshot(`
      "zhnum score: --bootstrap is followed by a word that starts with "-": write a value that starts with "-" as --bootstrap=VALUE, or give --bootstrap its value
      Run "zhnum score --help" for usage.
      "
    `);
    expect(run(['ls', '--debug', '--debug']).code).toBe(0);
    // the same value again is no conflict; a cmd: spec with a comma cannot join a comma list, so none is suggested
    expect(run(['validate', '--dataset', 'seeds', '--dataset', 'seeds']).code).toBe(0);
    expect(run(['run', '--extractors', 'cmd:python3 x.py --a,b', '--extractors', 'rule']).err.split('\n')[0]).toBe('zhnum run: --extractors is given 2 times ("cmd:python3 x.py --a,b", "rule"): give it once');
    expect(run(['validate', '--dataset', 'seeds', '--dataset', 'my data']).err.split('\n')[0]).toBe('zhnum validate: --dataset is given 2 times ("seeds", "my data"): give it once, the values in one comma list (--dataset \'seeds,my data\')');
  });

  it('validate: passes on the seed gold, lists every problem of the bad fixture and exits 2', () => {
    const ok = run(['validate']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^zhnum-seeds \d+\.\d+\.\d+: valid$/m);
    expect(ok.out).toMatch(/^zhnum-reports \d+\.\d+\.\d+: valid$/m);
    const bad = run(['validate', '--dataset', join(ROOT, 'test', 'fixtures', 'bad-dataset')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('14 problems found');
    expect(bad.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('run on a dataset folder outside the repository, then report and gate on it', () => {
    const ds = userDataset();
    const out = join(ds, 'out');
    const r = run(['run', '--dataset', ds, '--extractors', 'rule', '--out', out, '--bootstrap', '100']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('split all');
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.dataset.split).toBe('all');
    expect(results.extractors[0].scores.strict.overall.f1).toBe(1);
    expect(readFileSync(join(out, 'predictions.jsonl'), 'utf8').trim().split('\n')).toHaveLength(47);
    for (const f of ['md', 'latex', 'csv', 'json', 'table']) {
      const rep = run(['report', join(out, 'results.json'), '--format', f]);
      expect(rep.code).toBe(0);
      expect(rep.out.length).toBeGreaterThan(100);
    }
    expect(run(['report', join(out, 'results.json'), '--format', 'latex']).out).toContain('\\begin{tabular}');
    // gate against itself passes; against a worse run fails with exit 1
    expect(run(['gate', join(out, 'results.json'), join(out, 'results.json')]).code).toBe(0);
    const worse = join(ds, 'worse');
    const w = run(['run', '--dataset', ds, '--extractors', `file:${BROKEN}#outOfRange`, '--out', worse, '--bootstrap', '100']);
    expect(w.code).toBe(0);
    const wr = JSON.parse(readFileSync(join(worse, 'results.json'), 'utf8'));
    wr.extractors[0].name = 'rule'; // pretend the rule extractor regressed to this
    writeFileSync(join(worse, 'results.json'), JSON.stringify(wr));
    const g = run(['gate', join(out, 'results.json'), join(worse, 'results.json')]);
    expect(g.code).toBe(1);
    expect(g.out).toMatch(/FAIL \S+ · rule strict/);
    // a baseline on another dataset cannot be compared: exit 2
    const other = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    other.dataset.sha256 = '0'.repeat(64);
    writeFileSync(join(ds, 'other.json'), JSON.stringify(other));
    expect(run(['gate', join(ds, 'other.json'), join(out, 'results.json')]).code).toBe(2);
  });

  it('a broken extractor (throws, hangs, bad spans) is reported and the run goes on; one that cannot start stops it first', () => {
    const ds = userDataset();
    const dead = run(['run', '--dataset', ds, '--extractors', `rule,file:${BROKEN}#cannotStart`, '--bootstrap', '0', '--out', join(ds, 'never')]);
    expect(dead.code).toBe(2);
    expect(dead.err).toContain('could not start: model file missing: /nowhere/model.onnx');
    expect(existsSync(join(ds, 'never'))).toBe(false);
    const specs = ['throws', 'hangs', 'outOfRange'].map((n) => `file:${BROKEN}#${n}`);
    const r = run(['run', '--dataset', ds, '--extractors', ['rule', ...specs].join(','), '--timeout', '2000', '--bootstrap', '50', '--out', join(ds, 'o')]);
    expect(r.code, r.err).toBe(0);
    const res = JSON.parse(readFileSync(join(ds, 'o', 'results.json'), 'utf8'));
    const byName = Object.fromEntries(res.extractors.map((e: { name: string }) => [e.name, e]));
    expect(byName.rule.scores.strict.overall.f1).toBe(1);
    expect(byName.throws.errors.map((e: { kind: string }) => e.kind)).toEqual(['threw']);
    expect(byName.hangs.errors.map((e: { kind: string }) => e.kind)).toEqual(['timeout']);
    expect(byName.outOfRange.errors.every((e: { kind: string }) => e.kind === 'invalid')).toBe(true);
    expect(byName.outOfRange.scores.strict.overall.counts.correct).toBe(1);
    expect(r.out).toContain('extractor errors');
  });

  it('extract: files and folders to JSON lines, code-point offsets', () => {
    const ds = userDataset();
    const r = run(['extract', join(ds, 'docs')]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ doc: 'court', text: '46987件', type: 'COUNT', value: 46987, unit: '件', qualifier: 'exact' });
    expect(lines.find((l) => l.doc === 'x')).toMatchObject({ start: 5, end: 9, text: '１２３户' });
    const missing = run(['extract', join(ds, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or folder');
  });

  it('extract -: streams JSON lines, reports a bad line with its number and goes on', () => {
    const input = [
      JSON.stringify({ doc: 'a', text: '共5件' }),
      '{not json',
      JSON.stringify({ doc: 'b' }),
      JSON.stringify({ doc: 'c', text: '增长7.39%' }),
    ].join('\n') + '\n';
    for (const jobs of ['1', '2']) {
      const r = run(['extract', '--jobs', jobs, '-'], input);
      expect(r.code).toBe(0);
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['a', 'c']);
      expect(r.err).toContain('stdin:2: not valid JSON');
      expect(r.err).toContain('stdin:3: expected {"doc": string, "text": string}');
    }
  });

});
