// Hostile input and faults (issue #15): each case a careful user or a buggy
// pipeline meets, with the exit code and the message a trusted tool gives.
// One table: name, command, expected exit code, and the message pinned as an
// inline snapshot (temporary paths shown as <tmp>, the project as <root>).
// Runs the built CLI (npm test builds first).
import { describe, expect, it, type ExpectStatic } from 'vitest';
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolationFor } from '../src/harness/pool.js';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile-extractors.mjs');
const TMP = mkdtempSync(join(tmpdir(), 'zhnum-hostile-'));
const hostile = (name: string) => `file:${HOSTILE}#${name}`;

interface Result { code: number | null; out: string; err: string }

/** Run the CLI (asynchronously: the test worker must stay responsive); `stdout: 'full'` sends stdout to /dev/full. */
function cli(args: string[], o: { input?: string | Buffer; stdout?: 'full'; timeout?: number } = {}): Promise<Result> {
  return sh(process.execPath, [CLI, ...args], o);
}

function sh(cmd: string, args: string[], o: { input?: string | Buffer; stdout?: 'full'; timeout?: number } = {}): Promise<Result> {
  const fd = o.stdout === 'full' ? openSync('/dev/full', 'w') : undefined;
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { cwd: TMP, stdio: ['pipe', fd ?? 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    c.stdout?.on('data', (d) => out.push(d));
    c.stderr!.on('data', (d) => err.push(d));
    // killed before the test's own time limit, so that no process outlives a failed case
    const timer = setTimeout(() => c.kill('SIGKILL'), o.timeout ?? 50_000);
    c.on('error', reject);
    c.on('close', (code) => {
      clearTimeout(timer);
      if (fd !== undefined) closeSync(fd);
      resolve({ code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() });
    });
    c.stdin!.on('error', () => undefined); // the CLI may stop reading early
    c.stdin!.end(o.input ?? '');
  });
}

/** Messages with the temporary folder and the project shown as placeholders. */
const norm = (s: string) => s.split(TMP).join('<tmp>').split(ROOT).join('<root>').replace(/\b([a-z0-9]+)-\d+(?=\/|\b)/g, (m, name: string) => (FRESH.has(name) ? `${name}-N` : m));

/** A new folder under TMP; its number is shown as N in messages, so that snapshots do not depend on which cases ran. */
let n = 0;
const FRESH = new Set<string>();
const fresh = (name: string) => { FRESH.add(name); const d = join(TMP, `${name}-${++n}`); mkdirSync(d, { recursive: true }); return d; };

/** A small dataset folder: one court report line and the astral fixture. */
function dataset(): string {
  const dir = fresh('ds');
  cpSync(join(ROOT, 'test', 'fixtures', 'astral-dataset'), dir, { recursive: true });
  const doc = '法院共受理案件46987件，结案46311件。\n';
  writeFileSync(join(dir, 'docs', 'court.txt'), doc);
  writeFileSync(join(dir, 'annotations', 'court.jsonl'), [
    { start: 7, end: 13, text: '46987件', type: 'COUNT', value: 46987, unit: '件', qualifier: 'exact' },
    { start: 16, end: 22, text: '46311件', type: 'COUNT', value: 46311, unit: '件', qualifier: 'exact' },
  ].map((m) => JSON.stringify(m)).join('\n') + '\n');
  return dir;
}

/** A results.json from a real run, for the cases that edit one. */
let resultsCache: Promise<string> | null = null;
function results(): Promise<string> {
  resultsCache ??= (async () => {
    const out = join(fresh('res'), 'out');
    const r = await cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--bootstrap', '50', '--out', out]);
    expect(r.code, r.err).toBe(0);
    return join(out, 'results.json');
  })();
  return resultsCache;
}
const editedResults = async (edit: (r: any) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = JSON.parse(readFileSync(await results(), 'utf8'));
  edit(r);
  const f = join(fresh('edit'), 'results.json');
  writeFileSync(f, JSON.stringify(r));
  return f;
};

const lines = (...docs: [string, string][]) => docs.map(([doc, text]) => JSON.stringify({ doc, text })).join('\n') + '\n';

interface Case {
  name: string;
  run: () => Promise<Result>;
  code: number;
  /** the message (stderr unless said), pinned inline (with the test's own expect: the cases run concurrently) */
  message: (x: { err: string; r: Result; expect: ExpectStatic }) => void;
  timeout?: number;
}

const CASES: Case[] = [
  // ---------- nothing lost ----------
  {
    name: 'an ordinal at the very end of a text keeps its span',
    run: () => cli(['extract', '-'], { input: lines(['a', '第3名'], ['b', '获得第3名\n']) }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l)).map((m) => [m.doc, m.start, m.end, m.text, m.type])).toEqual([['a', 0, 3, '第3名', 'ORDINAL'], ['b', 2, 5, '第3名', 'ORDINAL']]);
      expect(err).toBe('2 documents, 2 mentions\n');
    },
  },
  {
    name: 'extract FILE > /dev/full: exit 2, not a cut output with exit 0',
    run: () => cli(['extract', join(ROOT, 'seeds')], { stdout: 'full' }),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum extract: cannot write the output: ENOSPC: no space left on device, write; what was written is incomplete
      "
    `),
  },
  {
    name: 'extract - > /dev/full',
    run: () => cli(['extract', '-'], { input: lines(['a', '共5件']), stdout: 'full' }),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum extract: cannot write the output: ENOSPC: no space left on device, write; what was written is incomplete
      "
    `),
  },
  {
    name: 'report > /dev/full',
    run: async () => cli(['report', await results()], { stdout: 'full' }),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum report: cannot write the output: ENOSPC: no space left on device, write; what was written is incomplete
      "
    `),
  },
  {
    name: "an extractor's console.log goes to stderr, never into the JSON lines (extract)",
    run: () => cli(['extract', '--extractor', hostile('logs'), '-'], { input: lines(['a', '共5件'], ['b', '共6件']) }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out).toMatchInlineSnapshot(`
        "{"doc":"a","start":1,"end":3,"text":"5件","type":"COUNT","value":5,"unit":"件","qualifier":"exact"}
        {"doc":"b","start":1,"end":3,"text":"6件","type":"COUNT","value":6,"unit":"件","qualifier":"exact"}
        "
      `);
      expect(err).toMatchInlineSnapshot(`
        "LOG-NOISE from the extractor
        STDOUT-NOISE
        LOG-NOISE from the extractor
        STDOUT-NOISE
        2 documents, 2 mentions
        "
      `);
    },
  },
  {
    name: "an extractor's console.log stays out of run's table",
    run: () => cli(['run', '--dataset', dataset(), '--extractors', hostile('logs'), '--bootstrap', '0', '--format', 'csv']),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out).not.toContain('NOISE');
      expect(err).toContain('LOG-NOISE from the extractor');
    },
  },
  {
    name: 'invalid UTF-8 on stdin is an error for that line, not U+FFFD',
    run: () => cli(['extract', '-'], { input: Buffer.concat([Buffer.from('{"doc":"a","text":"共5件"}\n{"doc":"b","text":"共'), Buffer.from([0xff, 0xfe]), Buffer.from('6件"}\n{"doc":"c","text":"共7件"}\n')]) }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out).not.toContain('\uFFFD');
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['a', 'c']);
      expect(err).toMatchInlineSnapshot(`
        "stdin:2: not valid UTF-8 at byte 22 of the line; line skipped
        2 documents, 2 mentions; 1 skipped (lines, documents or parts of files: see above)
        "
      `);
    },
  },
  {
    name: 'invalid UTF-8 in a file: named with its line and byte; the lines before it written, the rest skipped',
    run: async () => {
      const d = fresh('utf8');
      writeFileSync(join(d, 'a.txt'), Buffer.concat([Buffer.from('共5件。\n第二行'), Buffer.from([0xc3, 0x28])]));
      writeFileSync(join(d, 'b.txt'), '共6件。');
      writeFileSync(join(d, 'c.txt'), Buffer.concat([Buffer.from('增长5%'), Buffer.from([0xff, 0xfe]), Buffer.from(' 12万人\n')]));
      return await cli(['extract', d]);
    },
    code: 2,
    message: ({ err, r, expect }) => {
      expect(r.out.trim().split('\n').map((l) => [JSON.parse(l).doc, JSON.parse(l).text])).toEqual([['a', '5件'], ['b', '6件']]);
      expect(norm(err)).toMatchInlineSnapshot(`
        "<tmp>/utf8-N/a.txt:2: not valid UTF-8 at byte 20 (0xc3); the file from this line on is skipped; the mentions of the 1 line before it were written; the text before it is UTF-8: remove or mend the byte
        <tmp>/utf8-N/c.txt:1: not valid UTF-8 at byte 8 (0xff); the file is skipped: nothing of it was written; make the file UTF-8 (from a legacy encoding: iconv -f ENCODING -t UTF-8), or remove the byte
        1 whole document and 1 in part, 2 mentions; 2 inputs not read (missing, unreadable or refused, in whole or in part: see above)
        "
      `);
    },
  },

  // ---------- a fault does not take the run down ----------
  {
    name: 'the transformer past --timeout, then another document: no native abort (child processes)',
    run: async () => {
      const d = fresh('tf');
      // about a second of the transformer's work each (it reads some 250 K characters a second): a line
      // alone took it a few milliseconds, which a busy machine could let pass before the 1 ms timer fired
      writeFileSync(join(d, 'a.txt'), '第十四届全国人民代表大会第一次会议。\n'.repeat(16_000));
      writeFileSync(join(d, 'b.txt'), '共受理案件120件。\n'.repeat(32_000));
      return await cli(['extract', '--extractor', 'transformer', '--timeout', '1', d], { timeout: 110_000 });
    },
    code: 2,
    message: ({ err, expect }) => {
      expect(err).not.toContain('terminate called');
      expect(norm(err)).toMatchInlineSnapshot(`
        "<tmp>/tf-N/a.txt:1: a: no answer within 1 ms (--timeout MS allows more); the part of the file from this line on (880000 bytes) skipped
        <tmp>/tf-N/b.txt:1: b: no answer within 1 ms (--timeout MS allows more); the part of the file from this line on (800000 bytes) skipped
        0 documents, 0 mentions; 2 skipped (lines, documents or parts of files: see above)
        "
      `);
    },
    timeout: 120_000,
  },
  {
    name: 'a native abort in one worker is contained by --isolation process; the next document goes on',
    run: () => cli(['extract', '--extractor', hostile('aborts'), '--isolation', 'process', '-'], { input: lines(['a', '共5件'], ['b', '崩溃了'], ['c', '共7件']) }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['a', 'c']);
      // the child's own crash report comes first (its stderr is ours); then what we make of it
      expect(err.slice(err.indexOf('stdin:'))).toMatchInlineSnapshot(`
        "stdin:2: b: the worker process was killed by SIGABRT (as V8 ends a process out of memory or on a fatal error: see its message above); document skipped
        2 documents, 2 mentions; 1 skipped (lines, documents or parts of files: see above)
        "
      `);
    },
  },
  {
    name: 'a worker that exits is restarted; later documents are processed (extract --jobs 2)',
    run: () => cli(['extract', '--extractor', hostile('exits'), '--jobs', '2', '-'], { input: lines(['a', '共5件'], ['b', '退出'], ['c', '共7件'], ['d', '退出'], ['e', '共9件']) }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['a', 'c', 'e']);
      expect(err).toMatchInlineSnapshot(`
        "stdin:2: b: the worker exited with code 3; document skipped
        stdin:4: d: the worker exited with code 3; document skipped
        3 documents, 3 mentions; 2 skipped (lines, documents or parts of files: see above)
        "
      `);
    },
  },
  {
    name: 'a worker that exits is restarted in run: only its document is an error, and the exit code is ours',
    run: async () => {
      const ds = dataset();
      writeFileSync(join(ds, 'docs', 'court.txt'), '法院共受理案件46987件，退出46311件。\n');
      return await cli(['run', '--dataset', ds, '--extractors', hostile('exits'), '--bootstrap', '0', '--format', 'json']);
    },
    code: 0,
    message: ({ r, expect }) => {
      const e = JSON.parse(r.out).extractors[0];
      expect(e.errors).toMatchInlineSnapshot(`
        [
          {
            "doc": "court",
            "kind": "threw",
            "message": "the worker exited with code 3",
          },
        ]
      `);
      expect(Object.keys(e.scores.strict.byDoc)).toEqual(['court', 'x']);
    },
  },
  {
    name: 'extract --jobs 1: an endless loop times out and the next document goes on',
    run: () => cli(['extract', '--extractor', hostile('spins'), '--jobs', '1', '--timeout', '1000', '-'], { input: lines(['a', '死循环'], ['b', '共7件']) }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['b']);
      expect(err).toMatchInlineSnapshot(`
        "stdin:1: a: no answer within 1000 ms (--timeout MS allows more); document skipped
        1 document, 1 mention; 1 skipped (lines, documents or parts of files: see above)
        "
      `);
    },
  },
  {
    name: 'extract --jobs 1: a never-settling promise times out, not exit 0 with no output',
    run: () => cli(['extract', '--extractor', hostile('neverSettles'), '--timeout', '1000', '-'], { input: lines(['a', '挂起'], ['b', '共7件']) }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['b']);
      expect(err).toMatchInlineSnapshot(`
        "stdin:1: a: no answer within 1000 ms (--timeout MS allows more); document skipped
        1 document, 1 mention; 1 skipped (lines, documents or parts of files: see above)
        "
      `);
    },
  },
  {
    name: 'extract: every document times out → exit 2',
    run: () => cli(['extract', '--extractor', hostile('neverSettles'), '--timeout', '500', '-'], { input: lines(['a', '挂起']) }),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "stdin:1: a: no answer within 500 ms (--timeout MS allows more); document skipped
      0 documents, 0 mentions; 1 skipped (lines, documents or parts of files: see above)
      "
    `),
  },

  // ---------- wrong scores ----------
  {
    name: "validate: a unit ID equal to another document's ID",
    run: async () => {
      const ds = dataset();
      writeFileSync(join(ds, 'dataset.json'), JSON.stringify({ name: 'clash', version: '1', units: [{ id: 'x', doc: 'court', start: 0, end: 5 }, { id: 'court-2', doc: 'court', start: 5, end: 23 }] }));
      return await cli(['validate', '--dataset', ds]);
    },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "ds-N/dataset.json: unit ID x is also the ID of a document (x.txt); unit and document IDs must all differ: rename the unit [unit]
      1 problem found
      "
    `),
  },
  {
    name: 'run: two extractors with one name are refused before any work',
    run: () => cli(['run', '--dataset', dataset(), '--extractors', `rule,${hostile('calledRule')}`, '--bootstrap', '0']),
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum run: two extractors are named "rule" (rule and file:<root>/test/fixtures/hostile-extractors.mjs#calledRule): their scores could not be told apart; give one another name
      "
    `),
  },
  {
    name: 'a results file whose F1 was edited but not its counts is refused by gate and report, with the field named',
    run: async () => {
      const f = await editedResults((r) => { r.extractors[0].scores.strict.overall.f1 = 0.5; });
      const g = await cli(['gate', await results(), f]);
      expect(g.code).toBe(2);
      expect(norm(g.err).replace('zhnum gate', 'zhnum report')).toBe(norm((await cli(['report', f])).err));
      return g;
    },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum gate: <tmp>/edit-N/results.json: refused: extractors.0.scores.strict.overall.f1 is 0.500000 but its counts give 1: the file was edited or is corrupt; run again
      "
    `),
  },
  {
    name: 'a results file whose segment statistics disagree with its counts is refused',
    run: async () => cli(['report', await editedResults((r) => { r.extractors[0].segments.strict.tp[0] += 1; })]),
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum report: <tmp>/edit-N/results.json: refused: extractors.0.segments.strict.tp adds up to 5, but scores.strict.overall.counts give 4: the file was edited or is corrupt; run again
      "
    `),
  },

  // ---------- results it can read back ----------
  {
    name: 'an empty split is refused before any work (its scores would all read 0); a split called "all" is a dataset problem',
    run: async () => {
      const ds = dataset();
      writeFileSync(join(ds, 'dataset.json'), JSON.stringify({ name: 'empty-split', version: '1', splits: { test: ['x'], none: [] } }));
      const out = join(fresh('empty'), 'out');
      expect((await cli(['run', '--dataset', ds, '--split', 'test', '--extractors', 'rule', '--bootstrap', '0'])).code).toBe(0);
      const all = dataset();
      writeFileSync(join(all, 'dataset.json'), JSON.stringify({ name: 'all-split', version: '1', splits: { all: ['x'] } }));
      const v = await cli(['validate', '--dataset', all]);
      expect(v.code).toBe(2);
      expect(v.err).toContain('a split cannot be called "all": that name means every unit of the dataset; give the split another name');
      const r = await cli(['run', '--dataset', ds, '--split', 'none', '--extractors', 'rule', '--bootstrap', '100', '--out', out]);
      expect(existsSync(out)).toBe(false);
      return r;
    },
    code: 2,
    message: ({ err, expect }) => expect(err).toContain('zhnum run: split "none" of dataset empty-split holds no unit: its scores would all read 0; name another split (test, all), or list the split\'s units in its dataset.json'),
  },
  {
    name: 'a document set with no mentions at all: readable results',
    run: async () => {
      const ds = fresh('nomention');
      mkdirSync(join(ds, 'docs')); mkdirSync(join(ds, 'annotations'));
      writeFileSync(join(ds, 'docs', 'a.txt'), '没有数字。');
      writeFileSync(join(ds, 'annotations', 'a.jsonl'), '');
      const out = join(ds, 'out');
      expect((await cli(['run', '--dataset', ds, '--extractors', 'rule', '--bootstrap', '100', '--out', out])).code).toBe(0);
      return await cli(['gate', join(out, 'results.json'), join(out, 'results.json')]);
    },
    code: 0,
    message: ({ err, expect }) => expect(err).toBe(''),
  },
  {
    name: 'an extractor without a name takes its export name; the results are readable',
    run: async () => {
      const out = join(fresh('noname'), 'out');
      expect((await cli(['run', '--dataset', dataset(), '--extractors', hostile('noName'), '--bootstrap', '50', '--out', out])).code).toBe(0);
      return await cli(['report', join(out, 'results.json'), '--format', 'csv']);
    },
    code: 0,
    message: ({ r, expect }) => expect(r.out.split('\n').filter((l) => l.split(',')[1] === 'noName').length).toBeGreaterThan(0),
  },

  // ---------- --out: one set, checked first ----------
  {
    name: '--out names a file: exit 2 before any extraction',
    run: async () => { const f = join(fresh('outfile'), 'f'); writeFileSync(f, 'x'); return await cli(['run', '--dataset', dataset(), '--extractors', hostile('spins'), '--out', f]); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum run: --out <tmp>/outfile-N/f: is a file, not a folder; name a folder (it is created, or replaced as a whole)
      "
    `),
  },
  {
    name: '--out /dev/full',
    run: () => cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--out', '/dev/full']),
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum run: --out /dev/full: is a file, not a folder; name a folder (it is created, or replaced as a whole)
      "
    `),
  },
  {
    name: '--out in a missing folder: the folders above it are created (mkdir -p)',
    run: () => cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--bootstrap', '0', '--out', join(TMP, 'no', 'such', 'out')]),
    code: 0,
    message: ({ err, expect }) => {
      expect(norm(err)).toMatchInlineSnapshot(`
        "wrote no/such/out/results.json (with predictions.jsonl, mismatches.jsonl, report.html)
        "
      `);
      expect(existsSync(join(TMP, 'no', 'such', 'out', 'results.json'))).toBe(true);
    },
  },
  {
    name: '--out under a file: exit 2 before any extraction',
    run: () => { const f = join(fresh('file'), 'f'); writeFileSync(f, ''); return cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--out', join(f, 'out')]); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum run: --out <tmp>/file-N/f/out: cannot create the folder it goes in, <tmp>/file-N/f (EEXIST: a file is in the way); choose a place you can write to
      "
    `),
  },
  {
    name: '--out in a folder nobody can write (read-only /proc)',
    run: () => cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--out', '/proc/zhnum-out']),
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum run: --out /proc/zhnum-out: cannot create a folder in /proc (ENOENT: no such file or directory); choose a place you can write to
      "
    `),
  },
  {
    name: '--out on a folder holding other files is refused (it would be replaced whole)',
    run: async () => { const d = fresh('mine'); writeFileSync(join(d, 'thesis.tex'), '...'); return await cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--out', d]); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum run: --out <tmp>/mine-N: the folder holds files zhnum did not write ("thesis.tex"), which replacing it would delete; move them, or name a new or empty folder, or a previous output folder
      "
    `),
  },
  {
    name: '--out twice into one folder: one complete set, no temporary folders left',
    run: async () => {
      const parent = fresh('twice');
      const out = join(parent, 'out');
      expect((await cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--bootstrap', '0', '--out', out])).code).toBe(0);
      const r = await cli(['run', '--dataset', dataset(), '--extractors', 'rule', '--bootstrap', '0', '--out', out]);
      expect(readdirSync(parent)).toEqual(['out']);
      expect(readdirSync(out).sort()).toEqual(['.zhnum-out', 'mismatches.jsonl', 'predictions.jsonl', 'report.html', 'results.json']);
      return r;
    },
    code: 0,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "wrote twice-N/out/results.json (with predictions.jsonl, mismatches.jsonl, report.html)
      "
    `),
  },

  // ---------- limits ----------
  {
    name: '--jobs 1000',
    run: () => cli(['extract', '--jobs', '1000', '-'], { input: '' }),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum extract: --jobs must be between 1 and 32, got 1000
      Run "zhnum extract --help" for usage.
      "
    `),
  },
  {
    name: '--concurrency 1000',
    run: () => cli(['run', '--concurrency', '1000']),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum run: --concurrency must be between 1 and 32, got 1000
      Run "zhnum run --help" for usage.
      "
    `),
  },
  {
    name: '--bootstrap 100000000',
    run: () => cli(['run', '--bootstrap', '100000000']),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum run: --bootstrap must be between 0 and 100000, got 100000000
      Run "zhnum run --help" for usage.
      "
    `),
  },
  {
    name: '--bootstrap within its limit but too much for the sentences',
    run: () => cli(['run', '--dataset', join(ROOT, 'datasets', 'reports'), '--split', 'all', '--extractors', 'rule', '--bootstrap', '100000']),
    code: 2,
    message: ({ err, expect }) => expect(err.replace(/\d+/g, 'N')).toMatchInlineSnapshot(`
      "zhnum run: --bootstrap N over the N sentences of zhnum-reports would hold N resampled indices (limit N, about N MB); use --bootstrap N or fewer
      Run "zhnum run --help" for usage.
      "
    `),
  },
  {
    name: '--timeout 2147483648',
    run: () => cli(['extract', '--timeout', '2147483648', '-'], { input: '' }),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum extract: --timeout must be between 1 and 3600000, got 2147483648
      Run "zhnum extract --help" for usage.
      "
    `),
  },
  {
    name: 'hex and exponent numbers are refused',
    run: async () => {
      expect((await cli(['run', '--seed', '0x10'])).err).toContain('--seed must be a whole number written in digits, got "0x10"');
      return await cli(['extract', '--jobs', '1e1', '-'], { input: '' });
    },
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum extract: --jobs must be a whole number written in digits, got "1e1"
      Run "zhnum extract --help" for usage.
      "
    `),
  },
  {
    name: 'a results file claiming bootstrap: 1e9 is refused before the gate resamples',
    run: async () => cli(['gate', await results(), await editedResults((r) => { r.config.bootstrap = 1e9; })]),
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum gate: <tmp>/edit-N/results.json: refused: config.bootstrap is 1000000000: expected a whole number from 0 to 100000 (the limit of --bootstrap)
      "
    `),
  },

  // ---------- messages, not stack traces ----------
  {
    name: 'docs/ is a file',
    run: async () => { const ds = fresh('docsfile'); writeFileSync(join(ds, 'docs'), ''); mkdirSync(join(ds, 'annotations')); return await cli(['validate', '--dataset', ds]); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "docsfile-N/docs: the documents folder is a file, not a folder [no-docs]
      1 problem found
      "
    `),
  },
  {
    name: 'annotations/ is a file',
    run: async () => { const ds = fresh('annfile'); mkdirSync(join(ds, 'docs')); writeFileSync(join(ds, 'annotations'), ''); return await cli(['validate', '--dataset', ds]); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "annfile-N/annotations: the annotations folder is a file, not a folder [no-annotations]
      1 problem found
      "
    `),
  },
  {
    name: 'a dangling symlink among the documents',
    run: async () => { const ds = dataset(); symlinkSync(join(TMP, 'nowhere.txt'), join(ds, 'docs', 'gone.txt')); return await cli(['validate', '--dataset', ds]); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "ds-N/docs/gone.txt: a link to a file that does not exist [unreadable]
      1 problem found
      "
    `),
  },
  {
    name: 'run: an extractor that fails on every document → exit 2 once the results are written (a review: exit 0)',
    run: () => cli(['run', '--dataset', dataset(), '--extractors', `rule,${hostile('throwsAlways')}`, '--bootstrap', '0', '--format', 'csv']),
    code: 2,
    message: ({ err, expect }) => expect(norm(err).split('\n').filter((l) => l.startsWith('zhnum run')).join('\n')).toMatchInlineSnapshot(`"zhnum run: extractor throwsAlways failed on every document of ds-N (2 documents; the first: threw: no model loaded): its scores are zero by failure"`),
  },
  {
    name: 'a missing extractor module',
    run: () => cli(['run', '--dataset', dataset(), '--extractors', 'file:./no-such-module.mjs', '--bootstrap', '0']),
    code: 2,
    message: ({ err, expect }) => expect(norm(err).replace(/'[^']*no-such-module.mjs'/, "'…'")).toMatchInlineSnapshot(`
      "zhnum run: extractor file:./no-such-module.mjs could not start: Cannot find module '…' imported from <root>/dist/src/extractors/registry.js
      "
    `),
  },
  {
    name: 'a module with a syntax error: its file, line and the line itself (a review: the message alone)',
    run: async () => { const f = join(fresh('syntax'), 'bad.mjs'); writeFileSync(f, 'export default {\n  name: "x", extract(text) { return [ }\n};\n'); return await cli(['extract', '--extractor', `file:${f}`, '-'], { input: lines(['a', '共5件']) }); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum extract: extractor file:<tmp>/syntax-N/bad.mjs could not start: Unexpected token '}' (<tmp>/syntax-N/bad.mjs:2: name: "x", extract(text) { return [ })
      "
    `),
  },
  {
    name: 'a module that throws on import',
    run: async () => { const f = join(fresh('throwing'), 'bad.mjs'); writeFileSync(f, 'throw new Error("broken module");\n'); return await cli(['extract', '--extractor', `file:${f}`, '-'], { input: lines(['a', '共5件']) }); },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum extract: extractor file:<tmp>/throwing-N/bad.mjs could not start: broken module
      "
    `),
  },
  {
    name: 'a factory that throws',
    run: () => cli(['extract', '--extractor', hostile('factoryThrows'), '-'], { input: lines(['a', '共5件']) }),
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum extract: extractor file:<root>/test/fixtures/hostile-extractors.mjs#factoryThrows could not start: factory failed on purpose
      "
    `),
  },
  {
    name: 'init() throws null',
    run: () => cli(['run', '--dataset', dataset(), '--extractors', hostile('initThrowsNull'), '--bootstrap', '0']),
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum run: extractor file:<root>/test/fixtures/hostile-extractors.mjs#initThrowsNull could not start: null (not an Error)
      "
    `),
  },
  {
    name: 'extract() throws null',
    run: () => cli(['extract', '--extractor', hostile('throwsNull'), '-'], { input: lines(['a', '结案5件'], ['b', '共6件']) }),
    code: 0,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "stdin:1: a: the extractor threw: null (not an Error); document skipped
      1 document, 1 mention; 1 skipped (lines, documents or parts of files: see above)
      "
    `),
  },
  {
    name: 'a model folder without tokenizer.json',
    run: async () => {
      const m = fresh('model');
      cpSync(join(ROOT, 'models', 'zhnum-tagger'), m, { recursive: true, filter: (src) => !src.endsWith('tokenizer.json') });
      return await cli(['extract', '--extractor', 'transformer', '--model', m, '-'], { input: lines(['a', '共5件']) });
    },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum extract: extractor transformer could not start: model folder <tmp>/model-N: missing tokenizer.json
      "
    `),
  },
  {
    name: 'EPIPE: | head ends quietly with exit 0',
    run: async () => {
      return sh('bash', ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract ${JSON.stringify(join(ROOT, 'seeds'))} | head -1`]);
    },
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out.split('\n')).toHaveLength(2);
      expect(err).toBe('');
    },
  },
  {
    name: 'EPIPE while reading stdin: | head ends quietly with exit 0',
    run: async () => {
      const input = lines(...Array.from({ length: 20000 }, (_, k): [string, string] => [`d${k}`, '共5件，增长7.39%。']));
      const f = join(fresh('epipe'), 'in.jsonl');
      writeFileSync(f, input);
      return sh('bash', ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract - < ${JSON.stringify(f)} | head -1`]);
    },
    code: 0,
    message: ({ err, expect }) => expect(err).toBe(''),
  },

  // ---------- smaller ones ----------
  {
    name: "--extractors ''",
    run: () => cli(['run', '--extractors', '']),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum run: --extractors needs a comma-separated list of names, got ""
      Run "zhnum run --help" for usage.
      "
    `),
  },
  {
    name: "--extractors ','",
    run: () => cli(['run', '--extractors', ',']),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum run: --extractors needs a comma-separated list of names, got ","
      Run "zhnum run --help" for usage.
      "
    `),
  },
  {
    name: 'a BOM at the start of stdin',
    run: () => cli(['extract', '-'], { input: `\uFEFF${lines(['a', '共5件'])}` }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(JSON.parse(r.out).doc).toBe('a');
      expect(err).toMatchInlineSnapshot(`
        "1 document, 1 mention
        "
      `);
    },
  },
  {
    name: 'a BOM in a results file',
    run: async () => {
      const f = join(fresh('bom'), 'results.json');
      writeFileSync(f, `\uFEFF${readFileSync(await results(), 'utf8')}`);
      return cli(['report', f, '--format', 'csv']);
    },
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out).toContain('rule');
      expect(err).not.toContain('zhnum'); // sample-size warnings only
    },
  },
  {
    name: 'report - reads the results from stdin (with a BOM)',
    run: async () => cli(['report', '-', '--format', 'csv'], { input: `\uFEFF${readFileSync(await results(), 'utf8')}` }),
    code: 0,
    message: ({ err, r, expect }) => {
      expect(r.out).toContain('rule');
      expect(err).not.toContain('zhnum');
    },
  },
  {
    name: 'Markdown and LaTeX escape |, newlines and \\ in extractor names',
    run: async () => {
      const f = await editedResults((r) => { r.extractors[0].name = 'a|b\nc\\d'; });
      const md = await cli(['report', f, '--format', 'md']);
      const row = md.out.split('\n').find((l) => l.includes('a\\|b'));
      expect(row, md.out).toBeDefined();
      expect(row!.split(/(?<!\\)\|/).length).toBe(md.out.split('\n').find((l) => l.startsWith('| extractor'))!.split('|').length);
      return await cli(['report', f, '--format', 'latex']);
    },
    code: 0,
    message: ({ r, expect }) => {
      expect(r.out).not.toContain('a|b');
      expect(r.out).not.toMatch(/c\\d(?![a-z])/);
    },
  },
  {
    name: '50 MB of a bad field is not echoed to stderr',
    run: () => cli(['extract', '--extractor', hostile('hugeType'), '-'], { input: lines(['a', '共5件']) }),
    code: 0,
    message: ({ err, expect }) => {
      expect(err.length).toBeLessThan(2000);
      expect(err).toMatchInlineSnapshot(`
        "stdin:1: a: 1 invalid mention(s) dropped; first: mention 0: unknown type "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT… (52428682 more characters) (expected one of COUNT, MONEY, PERCENT, PERCENT_POINT, RATIO, DATE, DURATION, ORDINAL, QUANTITY, NUMBER)
        1 document, 0 mentions
        "
      `);
    },
  },
  {
    name: 'a 50 MB error message is not echoed either',
    run: () => cli(['extract', '--extractor', hostile('hugeMessage'), '-'], { input: lines(['a', '共5件']) }),
    code: 2,
    message: ({ err, expect }) => {
      expect(err.length).toBeLessThan(2000);
      expect(err).toMatchInlineSnapshot(`
        "stdin:1: a: the extractor threw: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (52428300 more characters); document skipped
        0 documents, 0 mentions; 1 skipped (lines, documents or parts of files: see above)
        "
      `);
    },
  },
  {
    name: 'a 50 MB type in a gold file is not echoed by validate',
    run: async () => {
      const ds = dataset();
      writeFileSync(join(ds, 'annotations', 'court.jsonl'), JSON.stringify({ start: 7, end: 13, text: '46987件', type: 'T'.repeat(50 << 20), value: 46987, unit: '件', qualifier: 'exact' }) + '\n');
      return await cli(['validate', '--dataset', ds]);
    },
    code: 2,
    message: ({ err, expect }) => {
      expect(err.length).toBeLessThan(2000);
      expect(norm(err)).toMatchInlineSnapshot(`
        "ds-N/annotations/court.jsonl:1: unknown type "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT… (52428682 more characters) (expected one of COUNT, MONEY, PERCENT, PERCENT_POINT, RATIO, DATE, DURATION, ORDINAL, QUANTITY, NUMBER) [schema]
        1 problem found
        "
      `);
    },
  },
  {
    name: 'zhnum ls foo',
    run: () => cli(['ls', 'foo']),
    code: 2,
    message: ({ err, expect }) => expect(err).toMatchInlineSnapshot(`
      "zhnum ls: ls takes no arguments, got "foo"
      Run "zhnum ls --help" for usage.
      "
    `),
  },
  {
    name: 'the same file name in two folders',
    run: async () => {
      const a = fresh('twoa'), b = fresh('twob');
      writeFileSync(join(a, 'r.txt'), '共5件。'); writeFileSync(join(b, 'r.txt'), '共6件。');
      return await cli(['extract', a, b]);
    },
    code: 2,
    message: ({ err, expect }) => expect(norm(err)).toMatchInlineSnapshot(`
      "zhnum extract: <tmp>/twoa-N/r.txt and <tmp>/twob-N/r.txt would both be document "r"; extract them in two runs (the output names the document, not the folder) or rename one
      "
    `),
  },
];

// The cases are independent (each has folders of its own): four at a time.
describe.concurrent('hostile input and faults', () => {
  for (const c of CASES) {
    it(c.name, async ({ expect }) => {
      const r = await c.run();
      expect(r.code, r.err).toBe(c.code);
      c.message({ err: r.err, r, expect });
      expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // never a stack trace
    }, c.timeout ?? 60_000);
  }

  it('auto isolation runs the transformer in child processes and the rest in threads', () => {
    expect(isolationFor('transformer')).toBe('process');
    expect(isolationFor('rule')).toBe('thread');
    expect(isolationFor('rule', 'process')).toBe('process');
  });

});

describe('after the hostile cases', () => {
  it('no temporary output folders are left behind', () => {
    const left: string[] = [];
    const walk = (d: string, depth: number) => { for (const e of readdirSync(d)) { if (e.includes('.tmp-')) left.push(join(d, e)); else if (depth < 3 && existsSync(join(d, e)) && !e.includes('.')) { try { walk(join(d, e), depth + 1); } catch { /* a file */ } } } };
    walk(TMP, 0);
    expect(left).toEqual([]);
  });
});
