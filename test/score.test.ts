// Per-type segment statistics, per-type and macro CIs (eval), and the
// `zhnum score` command that scores a predictions file like `run` does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, denseSegments } from '../src/eval/score.js';
import { numbersEqual, valuesEqual } from '../src/eval/match.js';
import { buildResults } from '../src/eval/results.js';
import { bootstrapCi, resamples, segmentPrf } from '../src/eval/stats.js';
import { ResultsSchema, SCHEMES, type Dataset, type EvalDoc, type Mention, type MentionType } from '../src/types.js';

const TYPES: MentionType[] = ['COUNT', 'PERCENT', 'MONEY'];
const m = (start: number, len: number, type: MentionType, text: string): Mention => ({ start, end: start + len, text: text.slice(start, start + len), type, value: 1, unit: null, qualifier: 'exact' });

/** A unit of `n` ten-character sentences; mentions are two characters at a sentence's third position. */
function toy(n: number, goldAt: [number, MentionType][], predAt: [number, MentionType, number][]) {
  const text = Array.from({ length: n }, (_, k) => `第${String(k).padStart(3, '0')}句有十二件事。`).join('');
  const unit: EvalDoc = { id: 'u', docId: 'u', offset: 0, text, chars: text.length, gold: goldAt.map(([s, t]) => m(s * 11 + 5, 2, t, text)) };
  const preds = predAt.map(([s, t, shift]) => m(s * 11 + 5 + shift, 2, t, text));
  return { unit, preds };
}
const ds: Dataset = { name: 'toy', version: '1', dir: '/toy', sha256: 'a'.repeat(64), manifest: { name: 'toy', version: '1' }, units: [], splits: {} };

const arb = fc.integer({ min: 3, max: 25 }).chain((n) => fc.record({
  n: fc.constant(n),
  gold: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(...TYPES)), { selector: (x) => x[0], maxLength: n }),
  pred: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(...TYPES), fc.constantFrom(0, 0, 1)), { selector: (x) => x[0], maxLength: n }),
}));

describe('per-type segment statistics', () => {
  it('sum to the per-type counts, for every scheme (property)', () => {
    fc.assert(fc.property(arb, ({ n, gold, pred }) => {
      const { unit, preds } = toy(n, gold, pred);
      const ev = evaluate([unit], { u: preds });
      for (const s of SCHEMES) for (const [t, b] of Object.entries(ev.scores[s].byType)) {
        const sp = ev.typeSegments[s][t];
        const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
        expect(sum(sp.gold)).toBe(b.counts.gold);
        expect(sum(sp.pred)).toBe(b.counts.predicted);
        expect(sum(sp.tp)).toBeCloseTo(b.counts.correct + 0.5 * b.counts.partial, 12);
        expect(segmentPrf(denseSegments(sp, n), null).f1).toBeCloseTo(b.f1, 12);
      }
    }), { numRuns: 60 });
  });

  it('per-type CIs equal the overall bootstrap on the dense statistics; the macro CI brackets its point estimate', () => {
    fc.assert(fc.property(arb, ({ n, gold, pred }) => {
      const { unit, preds } = toy(n, gold, pred);
      const ev = evaluate([unit], { u: preds });
      const r = buildResults(ds, [unit], [{ info: { name: 'x', version: '1', description: '' }, evaluation: ev, errors: [], chars: 1, seconds: 1 }],
        { split: 'all', extractors: ['x'], bootstrap: 100, seed: 7, timeoutMs: 1, concurrency: 1, options: {} });
      const draws = resamples(n, 100, 7);
      for (const s of SCHEMES) {
        const sc = r.extractors[0].scores[s];
        for (const [t, b] of Object.entries(sc.byType)) {
          const ref = bootstrapCi(denseSegments(ev.typeSegments[s][t], n), draws);
          expect(b.ci95!.f1[0]).toBeCloseTo(ref.f1[0], 12);
          expect(b.ci95!.f1[1]).toBeCloseTo(ref.f1[1], 12);
          expect(b.ci95!.recall[1]).toBeCloseTo(ref.recall[1], 12);
        }
        if (Object.keys(sc.byType).length) {
          const [lo, hi] = sc.macro.ci95!.f1;
          expect(lo).toBeLessThanOrEqual(hi);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
        }
      }
      expect(ResultsSchema.parse(JSON.parse(JSON.stringify(r))).extractors[0].typeSegments).toEqual(r.extractors[0].typeSegments);
    }), { numRuns: 30 });
  });

  it('per-type counts add up to the overall counts in every field and scheme, optional gold included (property)', () => {
    const withOptional = arb.chain((c) => fc.record({ c: fc.constant(c), opt: fc.array(fc.boolean(), { minLength: c.gold.length, maxLength: c.gold.length }) }));
    fc.assert(fc.property(withOptional, ({ c: { n, gold, pred }, opt }) => {
      const { unit, preds } = toy(n, gold, pred);
      unit.gold.forEach((g, i) => { if (opt[i]) g.optional = true; });
      const ev = evaluate([unit], { u: preds });
      for (const s of SCHEMES) {
        const total = { correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 0, gold: 0, predicted: 0 };
        for (const b of Object.values(ev.scores[s].byType)) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += b.counts[k];
        expect(total).toEqual(ev.scores[s].overall.counts);
      }
    }), { numRuns: 80 });
  });

  it('per type, by the gold mention\'s type: a wrong type at a gold span counts under the gold type; an unmatched prediction under its own', () => {
    // sentence 0: gold DATE, predicted PERCENT at the same span; sentence 1: gold COUNT, found; sentence 2: a MONEY prediction where nothing is
    const { unit, preds } = toy(3, [[0, 'DATE' as MentionType], [1, 'COUNT']], [[0, 'PERCENT', 0], [1, 'COUNT', 0], [2, 'MONEY', 0]]);
    const ev = evaluate([unit], { u: preds });
    const counts = (s: (typeof SCHEMES)[number], t: string) => ev.scores[s].byType[t]?.counts;
    expect(counts('strict', 'DATE')).toEqual({ correct: 0, incorrect: 1, partial: 0, missed: 0, spurious: 0, gold: 1, predicted: 1 });
    expect(counts('strict', 'COUNT')).toEqual({ correct: 1, incorrect: 0, partial: 0, missed: 0, spurious: 0, gold: 1, predicted: 1 });
    expect(counts('strict', 'MONEY')).toEqual({ correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 1, gold: 0, predicted: 1 });
    expect(counts('strict', 'PERCENT')).toBeUndefined();
    // exact ignores the type: the PERCENT prediction is DATE's correct one, and DATE's exact score is not its strict one
    expect(counts('exact', 'DATE')).toEqual({ correct: 1, incorrect: 0, partial: 0, missed: 0, spurious: 0, gold: 1, predicted: 1 });
    // partial does not pair a wrong type: DATE missed, the PERCENT prediction spurious under its own type
    expect(counts('partial', 'DATE')).toEqual({ correct: 0, incorrect: 0, partial: 0, missed: 1, spurious: 0, gold: 1, predicted: 0 });
    expect(counts('partial', 'PERCENT')).toEqual({ correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 1, gold: 0, predicted: 1 });
  });

  it('per type: a prediction on an optional gold mention of another type is left out, as overall', () => {
    // gold: an optional DATE (a quarter); predicted: a DURATION overlapping it, one character shorter
    const { unit, preds } = toy(2, [[0, 'DATE' as MentionType], [1, 'COUNT']], [[0, 'DURATION', 1], [1, 'COUNT', 0]]);
    unit.gold[0].optional = true;
    const ev = evaluate([unit], { u: preds });
    for (const s of SCHEMES) {
      expect(ev.scores[s].overall.counts.predicted).toBe(1);
      expect(ev.scores[s].byType.DURATION).toBeUndefined();
      expect(ev.scores[s].byType.COUNT.f1).toBe(1);
    }
  });

  it('macro CI: a hand case with one perfect and one empty type', () => {
    // COUNT: 20 gold, all found; PERCENT: 20 gold, none found → macro F1 0.5 in every resample that has both types
    const gold: [number, MentionType][] = Array.from({ length: 40 }, (_, k) => [k, k % 2 ? 'PERCENT' : 'COUNT']);
    const pred: [number, MentionType, number][] = gold.filter(([, t]) => t === 'COUNT').map(([k, t]) => [k, t, 0]);
    const { unit, preds } = toy(40, gold, pred);
    const r = buildResults(ds, [unit], [{ info: { name: 'x', version: '1', description: '' }, evaluation: evaluate([unit], { u: preds }), errors: [], chars: 1, seconds: 1 }],
      { split: 'all', extractors: ['x'], bootstrap: 200, seed: 1, timeoutMs: 1, concurrency: 1, options: {} });
    const s = r.extractors[0].scores.strict;
    expect(s.macro.f1).toBe(0.5);
    expect(s.macro.ci95!.f1).toEqual([0.5, 0.5]);
    expect(s.byType.COUNT.ci95!.f1).toEqual([1, 1]);
    expect(s.byType.PERCENT.ci95!.f1).toEqual([0, 0]);
  });
});

// ---------- zhnum score, end to end on the built CLI ----------
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const cli = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** A dataset of one document cut into two units: d#1 (test split) and d#2 (train split). */
function cutDataset(): { dir: string; doc: string; cut: number } {
  const dir = mkdtempSync(join(tmpdir(), 'zhnum-score-'));
  mkdirSync(join(dir, 'docs')); mkdirSync(join(dir, 'annotations'));
  const first = '𠀀全市法院共受理案件46987件，结案46311件，结案率98.56%。' + '全年新收案件120件，审结118件。'.repeat(3);
  const second = '二审收案3件，改判1件。';
  const doc = first + second;
  const cut = Array.from(first).length;
  writeFileSync(join(dir, 'docs', 'd.txt'), doc);
  const gold = ['46987件', '46311件', '98.56%'].map((t) => at(doc, t));
  for (let k = 0, from = 0; k < 3; k++) {
    const i = doc.indexOf('120件', from); from = i + 1;
    gold.push(mAt(doc, i, '120件'));
    gold.push(mAt(doc, doc.indexOf('118件', i), '118件'));
  }
  gold.push(three(doc), mAt(doc, doc.indexOf('改判1件') + 2, '1件'));
  writeFileSync(join(dir, 'annotations', 'd.jsonl'), gold.map((x) => JSON.stringify(x)).join('\n') + '\n');
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({
    name: 'cut', version: '1',
    units: [{ id: 'd#1', doc: 'd', start: 0, end: cut }, { id: 'd#2', doc: 'd', start: cut, end: Array.from(doc).length }],
    splits: { test: ['d#1'], train: ['d#2'] },
  }));
  return { dir, doc, cut };
}
function mAt(doc: string, utf16: number, t: string) {
  const start = Array.from(doc.slice(0, utf16)).length;
  const pct = t.endsWith('%');
  return { start, end: start + Array.from(t).length, text: t, type: pct ? 'PERCENT' : 'COUNT', value: Number.parseFloat(t), unit: pct ? '%' : '件', qualifier: 'exact' };
}
const at = (doc: string, t: string) => mAt(doc, doc.indexOf(t), t);
/** 3件 in the second unit */
const three = (doc: string) => mAt(doc, doc.indexOf('收案3件') + 2, '3件');

describe('numbersEqual and valuesEqual: the value scheme\'s comparison', () => {
  it.each([
    ['equal numbers', 46987, 46987, true],
    ['within a relative 1e-9', 0.1 + 0.2, 0.3, true],
    ['-0 and 0', -0, 0, true],
    ['a unit apart', 46987, 46988, false],
    ['the largest numbers of opposite sign', Number.MAX_VALUE, -Number.MAX_VALUE, false],
    ['the same DATE string', '2023-05', '2023-05', true],
    ['null and null', null, null, true],
    ['null and 0', null, 0, false],
  ])('%s', (_label, a, b, equal) => {
    expect(numbersEqual(a, b)).toBe(equal);
    expect(numbersEqual(b, a)).toBe(equal);
  });

  // false positives: values that are no numbers of a report (spec §4: finite) must never count as right
  it.each([
    ['Infinity and a number', Infinity, 5],
    ['-Infinity and a huge number', -Infinity, 1e300],
    ['Infinity and -Infinity', Infinity, -Infinity],
    ['Infinity and itself', Infinity, Infinity],
    ['NaN and itself', NaN, NaN],
  ])('never equal: %s', (_label, a, b) => {
    expect(numbersEqual(a, b)).toBe(false);
    expect(numbersEqual(b, a)).toBe(false);
  });

  it('an absent unit, valueMax or qualifier is null, as in the files', () => {
    const g: Mention = { start: 0, end: 2, text: '三次', type: 'COUNT', value: 3, unit: null, qualifier: 'exact' };
    const p = { ...g, unit: undefined, valueMax: undefined } as unknown as Mention;
    expect(valuesEqual(g, p)).toBe(true);
    expect(valuesEqual(g, { ...g, unit: '次' })).toBe(false);
    expect(valuesEqual(g, { ...g, value: Infinity })).toBe(false);
  });
});

describe.skipIf(!existsSync(CLI))('zhnum score', () => {
  it('scores `zhnum extract` output (document offsets) exactly as `zhnum run` scores the extractor', () => {
    const { dir } = cutDataset();
    // the rule extractor on the whole document, then scored on the test unit
    const ex = cli(['extract', '--extractor', 'rule', join(dir, 'docs', 'd.txt')], dir);
    expect(ex.code, ex.err).toBe(0);
    writeFileSync(join(dir, 'rule.jsonl'), ex.out);
    const sc = cli(['score', 'rule.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '100'], dir);
    expect(sc.code, sc.err).toBe(0);
    const run = cli(['run', '--extractors', 'rule', '--dataset', dir, '--format', 'json', '--bootstrap', '100'], dir);
    expect(run.code, run.err).toBe(0);
    const a = JSON.parse(sc.out), b = JSON.parse(run.out);
    expect(a.dataset).toEqual(b.dataset);
    expect(a.extractors[0].name).toBe('rule');
    expect(a.extractors[0].scores).toEqual(b.extractors[0].scores);
    expect(a.extractors[0].segments).toEqual(b.extractors[0].segments);
    expect(a.extractors[0].throughput).toEqual({ chars: 0, seconds: 0, charsPerSecond: 0 });
    expect(a.provenance.command).toEqual(['score', 'rule.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '100']);
    expect(Object.keys(a.provenance.hashes.rule)).toEqual([join(dir, 'rule.jsonl')]);
  });

  it('several extractors in one file (run --out predictions.jsonl, unit IDs): the same scores, tests and files as the run', () => {
    const { dir } = cutDataset();
    const out = join(dir, 'run');
    const run = cli(['run', '--extractors', `rule,cmd:python3 ${join(ROOT, 'examples', 'cmd_extractor.py')}`, '--dataset', dir, '--out', out, '--bootstrap', '100'], dir);
    expect(run.code, run.err).toBe(0);
    const sc = cli(['score', join(out, 'predictions.jsonl'), '--dataset', dir, '--out', join(dir, 'scored'), '--bootstrap', '100'], dir);
    expect(sc.code, sc.err).toBe(0);
    expect(sc.out).toContain('n/a');
    const a = JSON.parse(readFileSync(join(dir, 'scored', 'results.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(a.extractors.map((e: { name: string }) => e.name)).toEqual(b.extractors.map((e: { name: string }) => e.name));
    expect(a.extractors.map((e: { scores: unknown }) => e.scores)).toEqual(b.extractors.map((e: { scores: unknown }) => e.scores));
    expect(a.pairs).toEqual(b.pairs);
    expect(a.extractors.map((e: { name: string }) => e.name)).toEqual(['rule', 'py-regex']);
    for (const f of ['predictions.jsonl', 'mismatches.jsonl']) expect(readFileSync(join(dir, 'scored', f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));
    expect(readFileSync(join(dir, 'scored', 'report.html'), 'utf8')).toContain('id="zhnum-data"');
  });

  it('document offsets are cut into units: a mention in another split is left out, one across the boundary is an error of the unit', () => {
    const { dir, doc, cut } = cutDataset();
    const lines = [
      { doc: 'd', ...at(doc, '46987件') },
      { doc: 'd', ...three(doc) }, // in d#2, the train split
      // across the cut: the last 。 of d#1 and the first character of d#2
      { doc: 'd', start: cut - 1, end: cut + 1, text: Array.from(doc).slice(cut - 1, cut + 1).join(''), type: 'NUMBER', value: 2, unit: null, qualifier: 'exact' },
      { doc: 'd#1', ...at(doc, '46311件') }, // a unit ID: offsets already into the unit (which starts at 0)
      { doc: 'd', ...at(doc, '98.56%'), text: '98.57%' }, // text that does not fit
    ];
    writeFileSync(join(dir, 'p.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const sc = cli(['score', 'p.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    expect(sc.code, sc.err).toBe(0);
    const e = JSON.parse(sc.out).extractors[0];
    expect(e.scores.strict.overall.counts).toMatchObject({ correct: 2, spurious: 0, gold: 9, predicted: 2 });
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0].kind).toBe('invalid');
    expect(e.errors[0].message).toMatch(/^p\.jsonl:5: 1 invalid mention\(s\) dropped; first: mention 2: stored text "98\.57%" differs/);
    expect(e.errors[0].message).toContain(`p.jsonl:3: 1 mention(s) cross the boundary of unit d#1 [0, ${cut}) of document d; dropped`);
    expect(sc.err).toContain('note: p.jsonl:2: 1 of the lines of p fall outside split "test" of dataset');
    // an extractor's name on two lines would split a table row and a CI annotation's title
    writeFileSync(join(dir, 'nl.jsonl'), JSON.stringify({ extractor: 'line\nbreak', doc: 'd', ...at(doc, '46987件') }) + '\n');
    const nl = cli(['score', 'nl.jsonl', '--dataset', dir], dir);
    expect(nl.code).toBe(2);
    expect(nl.err).toContain('nl.jsonl:1: "extractor" "line\\nbreak" holds a line break or another control character: name it on one line');
    // nor from a file's name
    writeFileSync(join(dir, 'two\nlines.jsonl'), JSON.stringify({ doc: 'd', ...at(doc, '46987件') }) + '\n');
    const fname = cli(['score', 'two\nlines.jsonl', '--dataset', dir], dir);
    expect(fname.code).toBe(2);
    expect(fname.err).toContain('the file\'s name makes the extractor\'s name "two\\nlines", which holds a line break or another control character');
    // several dropped: the message says where each is (up to eight), not only the first
    writeFileSync(join(dir, 'q.jsonl'), ['46987件', '46311件', '98.56%'].map((t) => JSON.stringify({ doc: 'd', ...at(doc, t), text: 'x' })).join('\n') + '\n');
    const q = JSON.parse(cli(['score', 'q.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir).out).extractors[0];
    expect(q.errors[0].message).toMatch(/^q\.jsonl:1: 3 invalid mention\(s\) dropped \(q\.jsonl lines 1, 2, 3\); first: /);
  });

  it('a predictions file with a byte-order mark is read (offsets count in the fields, so nothing shifts)', () => {
    const { dir, doc } = cutDataset();
    const line = JSON.stringify({ doc: 'd', ...at(doc, '46987件') }) + '\n';
    writeFileSync(join(dir, 'plain.jsonl'), line);
    writeFileSync(join(dir, 'bom.jsonl'), '\ufeff' + line);
    const a = cli(['score', 'plain.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    const b = cli(['score', 'bom.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    expect(b.code, b.err).toBe(0);
    expect(JSON.parse(b.out).extractors[0].scores).toEqual(JSON.parse(a.out).extractors[0].scores);
  });

  it('standard input ("-") is read as extractor "stdin"; a repeated line is noted (scored as run scores it); two files of one name are one problem, not one a line', () => {
    const { dir, doc } = cutDataset();
    const lines = [JSON.stringify({ doc: 'd', ...at(doc, '46987件') }), JSON.stringify({ doc: 'd', ...at(doc, '46311件') })];
    const body = lines.join('\n') + '\n';
    const r = spawnSync(process.execPath, [CLI, 'score', '-', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], { input: body, encoding: 'utf8', cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.extractors.map((e: { name: string }) => e.name)).toEqual(['stdin']);
    expect(j.provenance.hashes.stdin).toEqual({ '-': createHash('sha256').update(body).digest('hex') });
    expect(j.config.options.predictions).toEqual(['-']);
    // a file that happens to be called "-" is not standard input, and is read too
    writeFileSync(join(dir, '-'), body.replace(/"doc"/g, '"extractor":"dash","doc"'));
    const r2 = spawnSync(process.execPath, [CLI, 'score', '-', './-', '-', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], { input: body, encoding: 'utf8', cwd: dir });
    expect(r2.stderr).toContain('"-" (standard input) is named twice');
    const r3 = spawnSync(process.execPath, [CLI, 'score', '-', './-', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], { input: body, encoding: 'utf8', cwd: dir });
    expect(r3.status, r3.stderr).toBe(0);
    expect(JSON.parse(r3.stdout).extractors.map((e: { name: string }) => e.name)).toEqual(['stdin', 'dash']);
    expect(JSON.parse(r3.stdout).config.options.predictions).toEqual(['-', join(dir, '-')]);
    expect(cli(['score', '-', '-', '--dataset', dir], dir).err).toContain('"-" (standard input) is named twice');
    // two runs put together: every mention twice
    writeFileSync(join(dir, 'twice.jsonl'), body + body);
    const twice = cli(['score', 'twice.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    expect(twice.code, twice.err).toBe(0);
    expect(twice.err).toContain('note: twice.jsonl:3: repeats line 1 (and 1 more line repeats an earlier one): where a unit is scored, a mention given twice overlaps itself and both are dropped, as "run" drops an answer\'s overlaps; lines of two runs (or of two datasets whose units share IDs) need an "extractor" name of their own each, or to be scored apart\n');
    expect(JSON.parse(twice.out).extractors[0].scores.strict.overall.counts).toMatchObject({ correct: 0, predicted: 0 });
    mkdirSync(join(dir, 'a')); mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'p.jsonl'), body); writeFileSync(join(dir, 'b', 'p.jsonl'), body);
    const clash = cli(['score', join('a', 'p.jsonl'), join('b', 'p.jsonl'), '--dataset', dir], dir);
    expect(clash.code).toBe(2);
    expect(clash.err.match(/both name their extractor "p" by file name/g)).toHaveLength(1);
    expect(clash.err).toContain('1 problem found');
  });

  it('predictions from a pipe are read once and hashed as read (provenance names the bytes scored)', async () => {
    const { dir, doc } = cutDataset();
    const body = JSON.stringify({ doc: 'd', ...at(doc, '46987件') }) + '\n';
    const fifo = join(dir, 'p.jsonl');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // the writer holds the pipe open until the reader has taken the lines; a second open (to hash) would wait for ever
    const child = spawn(process.execPath, [CLI, 'score', fifo, '--dataset', dir, '--format', 'json', '--bootstrap', '0'], { cwd: dir });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    // written from the thread pool: an open for writing waits for the reader without blocking this test's timer
    const wrote = writeFile(fifo, body);
    const code = await new Promise<number | null>((res) => {
      const t = setTimeout(() => { child.kill(); res(-1); }, 60_000);
      child.on('close', (c) => { clearTimeout(t); res(c); });
    });
    expect(code, err).toBe(0);
    await wrote;
    const r = JSON.parse(out);
    expect(r.provenance.hashes.p).toEqual({ [fifo]: createHash('sha256').update(body).digest('hex') });
    expect(r.extractors[0].scores.strict.overall.counts).toMatchObject({ correct: 1, predicted: 1 });
  }, 90_000);

  it('one extractor\'s document in two files is refused; shards of different documents are one extractor; a file named twice is read once', () => {
    const { dir, doc, cut } = cutDataset();
    const line = JSON.stringify({ extractor: 'mine', doc: 'd', ...at(doc, '46987件') }) + '\n';
    writeFileSync(join(dir, 'a.jsonl'), line);
    writeFileSync(join(dir, 'b.jsonl'), line);
    const clash = cli(['score', 'a.jsonl', 'b.jsonl', '--dataset', dir, '--bootstrap', '0'], dir);
    expect(clash.code).toBe(2);
    expect(clash.err).toContain('b.jsonl:1: a.jsonl and b.jsonl both give document "d" for extractor "mine" (and perhaps others): one extractor\'s document must come from one file; give each run its own "extractor" name, or leave one file out');
    const once = cli(['score', 'a.jsonl', 'a.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    const single = cli(['score', 'a.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    expect(once.code, once.err).toBe(0);
    expect(JSON.parse(once.out).extractors.map((e: { scores: unknown }) => e.scores)).toEqual(JSON.parse(single.out).extractors.map((e: { scores: unknown }) => e.scores));
    // spelled three ways, with and without an "extractor" field: still one file, no extractor that found nothing beside it
    writeFileSync(join(dir, 'plain.jsonl'), JSON.stringify({ doc: 'd', ...at(doc, '46987件') }) + '\n');
    for (const f of ['a.jsonl', 'plain.jsonl']) {
      const spelled = cli(['score', f, `./${f}`, join(dir, f), '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
      expect(spelled.code, spelled.err).toBe(0);
      const alone = JSON.parse(cli(['score', f, '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir).out);
      expect(JSON.parse(spelled.out).extractors.map((e: { name: string; scores: unknown }) => [e.name, e.scores])).toEqual(alone.extractors.map((e: { name: string; scores: unknown }) => [e.name, e.scores]));
    }
    // a shard of other units of the same extractor is merged (its line here is in the train unit: noted, not scored)
    const m3 = at(doc, '3件');
    writeFileSync(join(dir, 'c.jsonl'), JSON.stringify({ extractor: 'mine', doc: 'd#2', ...m3, start: m3.start - cut, end: m3.end - cut }) + '\n');
    const shards = cli(['score', 'a.jsonl', 'c.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    expect(shards.code, shards.err).toBe(0);
    expect(JSON.parse(shards.out).extractors.map((e: { name: string }) => e.name)).toEqual(['mine']);
    expect(shards.err).toContain('1 of the lines of mine fall outside split "test"');
  });

  it('predictions that all fall outside the split are refused (the wrong --split), not scored as 0', () => {
    const { dir, doc } = cutDataset();
    writeFileSync(join(dir, 'train.jsonl'), JSON.stringify({ doc: 'd', ...three(doc) }) + '\n');
    const r = cli(['score', 'train.jsonl', '--dataset', dir, '--bootstrap', '0'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^train\.jsonl:1: none of the 1 lines of train names a document of split "test" of dataset \S+: they would all be left out and every score would be 0; name the split the predictions are for with --split \(splits: /m);
    expect(cli(['score', 'train.jsonl', '--dataset', dir, '--bootstrap', '0', '--split', 'train'], dir).code).toBe(0);
  });

  it('an empty file beside others is an extractor that found nothing; an extractor with no line for one of two datasets gets a note', () => {
    const { dir, doc } = cutDataset();
    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify({ doc: 'd', ...mAt(doc, doc.indexOf('46987件'), '46987件') }) + '\n');
    writeFileSync(join(dir, 'none.jsonl'), '');
    const r = cli(['score', 'a.jsonl', 'none.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('note: none.jsonl: no prediction lines: scored as extractor "none", which found nothing\n');
    const none = JSON.parse(r.out).extractors.find((e: { name: string }) => e.name === 'none');
    expect(none.scores.strict.overall.counts).toMatchObject({ predicted: 0, missed: none.scores.strict.overall.counts.gold });
    // a second dataset the lines never name: scored as nothing found, with a note saying so
    const other = mkdtempSync(join(tmpdir(), 'zhnum-score-'));
    mkdirSync(join(other, 'docs')); mkdirSync(join(other, 'annotations'));
    writeFileSync(join(other, 'docs', 'e.txt'), '共3件。');
    writeFileSync(join(other, 'annotations', 'e.jsonl'), JSON.stringify(mAt('共3件。', 1, '3件')) + '\n');
    writeFileSync(join(other, 'dataset.json'), JSON.stringify({ name: 'other', version: '1' }));
    const two = cli(['score', 'a.jsonl', '--dataset', `${dir},${other}`, '--format', 'json', '--bootstrap', '0'], dir);
    expect(two.code, two.err).toBe(0);
    expect(two.err).toContain('note: no line of a names a document of dataset other: scored there as having found nothing');
    expect(JSON.parse(two.out).runs).toHaveLength(2);
  });

  it('predictions for part of the split get a note naming the documents without a line (a file cut short; a review: no word)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-score-'));
    mkdirSync(join(dir, 'docs')); mkdirSync(join(dir, 'annotations'));
    for (const [id, text] of [['a', '共3件。'], ['b', '共5件。'], ['c', '共7件。']]) {
      writeFileSync(join(dir, 'docs', `${id}.txt`), text);
      writeFileSync(join(dir, 'annotations', `${id}.jsonl`), JSON.stringify(mAt(text, 1, text.slice(1, 3))) + '\n');
    }
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ name: 'three', version: '1' }));
    writeFileSync(join(dir, 'p.jsonl'), JSON.stringify({ doc: 'a', ...mAt('共3件。', 1, '3件') }) + '\n');
    const r = cli(['score', 'p.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('note: 2 of the 3 documents of split "all" of dataset three have no line of p (b, c): scored as having found nothing there; were the predictions cut short?\n');
    // every document with a line: no note
    writeFileSync(join(dir, 'q.jsonl'), ['a', 'b', 'c'].map((id, k) => JSON.stringify({ doc: id, ...mAt(`共${[3, 5, 7][k]}件。`, 1, `${[3, 5, 7][k]}件`) })).join('\n') + '\n');
    expect(cli(['score', 'q.jsonl', '--dataset', dir, '--format', 'json', '--bootstrap', '0'], dir).err).not.toContain('have no line of');
  });

  it('lines that are not mentions, or name unknown documents, are listed together with file and line; exit 2', () => {
    const { dir, doc } = cutDataset();
    writeFileSync(join(dir, 'bad.jsonl'), [
      '{not json',
      JSON.stringify(three(doc)),
      JSON.stringify({ doc: 'd', ...three(doc), type: 'AMOUNT' }),
      JSON.stringify({ doc: 'nope', ...three(doc) }),
    ].join('\n') + '\n');
    const r = cli(['score', 'bad.jsonl', '--dataset', dir], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatchInlineSnapshot(`
      "bad.jsonl:1: not valid JSON at column 2: Expected property name or '}' [json]
      bad.jsonl:2: no "doc": each line needs the ID of its document or evaluation unit [schema]
      bad.jsonl:3: not a mention: type: Invalid option: expected one of "COUNT"|"MONEY"|"PERCENT"|"PERCENT_POINT"|"RATIO"|"DATE"|"DURATION"|"ORDINAL"|"QUANTITY"|"NUMBER" [schema]
      bad.jsonl:4: document "nope" is not in the dataset (cut): name the dataset with --dataset DIR, or fix the "doc" field [unknown-doc]
      4 problems found
      "
    `);
    writeFileSync(join(dir, 'unknown.jsonl'), JSON.stringify({ doc: 'nope', ...three(doc) }) + '\n');
    const u = cli(['score', 'unknown.jsonl', '--dataset', dir], dir);
    expect(u.code).toBe(2);
    expect(u.err).toMatchInlineSnapshot(`
      "unknown.jsonl:1: document "nope" is not in the dataset (cut): name the dataset with --dataset DIR, or fix the "doc" field [unknown-doc]
      1 problem found
      "
    `);
  });
});

// ---------- publishable: licence, citation, provenance of the files used ----------
import { createHash } from 'node:crypto';
import { commandWords, extractorFiles, extractorHashes } from '../src/extractors/hashes.js';

describe('publishable', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  it('LICENSE is the licence package.json names; CITATION.cff has its version', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    const cff = readFileSync(join(ROOT, 'CITATION.cff'), 'utf8');
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(new RegExp(`^version: ${pkg.version.replace(/\./g, '\\.')}$`, 'm'));
    expect(cff).toMatch(/^license: MIT$/m);
  });

  it('hashes every file behind an extractor: a file: module, the files a cmd: command names, the transformer\'s model folder', () => {
    const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    const fixture = join(ROOT, 'test', 'fixtures', 'broken-extractors.mjs');
    const example = join(ROOT, 'examples', 'cmd_extractor.py');
    expect(commandWords(`python3 -u "${example}" --flag 'a b'`)).toEqual(['python3', '-u', example, '--flag', 'a b']);
    expect(extractorFiles(`cmd:python3 -u "${example}" --flag`)).toEqual([example]);
    const h = extractorHashes(['rule', `file:${fixture}#throws`, `cmd:python3 ${example}`]);
    expect(h).toEqual({
      [`file:${fixture}#throws`]: { 'test/fixtures/broken-extractors.mjs': sha(fixture) },
      [`cmd:python3 ${example}`]: { 'examples/cmd_extractor.py': sha(example) },
    });
    const model = join(ROOT, 'models', 'zhnum-tagger');
    if (existsSync(join(model, 'config.json'))) {
      const t = extractorHashes(['transformer']).transformer;
      expect(t['models/zhnum-tagger/config.json']).toBe(sha(join(model, 'config.json')));
      expect(Object.keys(t).some((f) => f.endsWith('.onnx'))).toBe(true);
    }
  });

  it('a run records its command line and the hashes', () => {
    const { dir } = cutDataset();
    const r = cli(['run', '--dataset', dir, '--extractors', `rule,cmd:python3 ${join(ROOT, 'examples', 'cmd_extractor.py')}`, '--format', 'json', '--bootstrap', '0'], dir);
    expect(r.code, r.err).toBe(0);
    const p = JSON.parse(r.out).provenance;
    expect(p.command).toEqual(['run', '--dataset', dir, '--extractors', `rule,cmd:python3 ${join(ROOT, 'examples', 'cmd_extractor.py')}`, '--format', 'json', '--bootstrap', '0']);
    expect(Object.keys(p.hashes)).toEqual([`cmd:python3 ${join(ROOT, 'examples', 'cmd_extractor.py')}`]);
  });
});
