// The command line's answers to the CLI review (bootstrap limit in score,
// --out folders, validate's arguments, report - as html, an unwritable step
// summary, extract's exit codes and summary, --help texts, warnings about
// options that do not apply). Runs the built CLI (npm test builds first).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractorList, splitExtractors } from '../src/cli/common.js';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const BROKEN = join(ROOT, 'test', 'fixtures', 'broken-extractors.mjs');
const TMP = mkdtempSync(join(tmpdir(), 'zhnum-review-'));
const run = (args: string[], o: { input?: string | Buffer; env?: Record<string, string> } = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: o.input, encoding: 'utf8', cwd: TMP, timeout: 120_000, env: { ...process.env, ...o.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const norm = (s: string) => s.split(TMP).join('<tmp>').split(ROOT).join('<root>');

/** Two dataset folders named ds (x/ds, y/ds) with the dataset names alpha and beta. */
function twoNamedDs(): string[] {
  const dirs = ['x', 'y'].map((p) => join(TMP, p, 'ds'));
  for (const [i, d] of dirs.entries()) {
    cpSync(join(ROOT, 'test', 'fixtures', 'astral-dataset'), d, { recursive: true });
    writeFileSync(join(d, 'dataset.json'), JSON.stringify({ name: ['alpha', 'beta'][i], version: '1.0.0' }));
  }
  return dirs;
}

/** A saved run (x/ds and y/ds, rule) whose predictions score can read again. */
let saved: string | null = null;
function savedRun(): string {
  if (saved) return saved;
  const [x, y] = twoNamedDs();
  const out = join(TMP, 'saved');
  const r = run(['run', '--dataset', `${x},${y}`, '--extractors', 'rule', '--bootstrap', '0', '--out', out]);
  expect(r.code, r.err).toBe(0);
  saved = out;
  return out;
}

describe('zhnum CLI after the review', () => {
  it('--extractors: a comma inside a cmd: command or a file: path stays where what follows names no extractor', () => {
    expect(extractorList('rule,cmd:tool --types=A,B')).toEqual(['rule', 'cmd:tool --types=A,B']);
    expect(extractorList('cmd:tool --types=A,B,jieba')).toEqual(['cmd:tool --types=A,B', 'jieba']);
    expect(extractorList('file:./a,b.mjs#make, rule')).toEqual(['file:./a,b.mjs#make', 'rule']);
    expect(extractorList('cmd:a,cmd:b')).toEqual(['cmd:a', 'cmd:b']);
    // not after cmd: or file:, a piece is a name as before
    expect(() => extractorList('rule,nosuch')).toThrow('unknown extractor "nosuch"');
    expect(() => extractorList('rule,')).toThrow('needs a comma-separated list');
    expect(() => extractorList('cmd:a,rule,rule')).toThrow('names "rule" twice');
    // a blank piece is refused after a cmd: as anywhere (the shell would have run "tool,")
    for (const bad of ['cmd:tool,', 'cmd:tool,,rule', 'cmd:tool, ,rule']) expect(() => extractorList(bad)).toThrow('needs a comma-separated list');
    expect(extractorList('cmd:tool --x=A, B')).toEqual(['cmd:tool --x=A, B']);
  });
  /** The saved run's results.json with its first extractor (rule) renamed, pairs and all, written to TMP/`file`. */
  const renamedRun = (name: string, file: string) => {
    const r = JSON.parse(readFileSync(join(savedRun(), 'alpha', 'results.json'), 'utf8'));
    const old = r.extractors[0].name;
    r.extractors[0].name = name;
    for (const p of r.pairs ?? []) { if (p.a === old) p.a = name; if (p.b === old) p.b = name; }
    const f = join(TMP, file);
    writeFileSync(f, JSON.stringify(r));
    return f;
  };
  it('gate --extractors splits as run does: a cmd: extractor\'s name with a comma in it is one name', () => {
    const f = renamedRun('cmd:tool --types=A,B', 'comma-name.json');
    const g = run(['gate', f, f, '--extractors', 'cmd:tool --types=A,B']);
    expect(g.code, g.err).toBe(0);
    expect(run(['gate', f, f, '--extractors', 'cmd:tool --types=A,']).code).toBe(2);
  });
  it('gate --extractors: a file: extractor that calls itself by a name with commas is one name, before or after another', () => {
    const names = new Set(['rule', 'my,tagger', 'my,tagger,v2']);
    const isName = (s: string) => names.has(s);
    expect(splitExtractors('my,tagger', isName)).toEqual(['my,tagger']);
    expect(splitExtractors('rule, my,tagger,v2', isName)).toEqual(['rule', 'my,tagger,v2']);
    expect(splitExtractors('my,tagger,rule', isName)).toEqual(['my,tagger', 'rule']);
    // no such name: the pieces stay pieces, to be refused by name
    expect(splitExtractors('my,other', isName)).toEqual(['my', 'other']);
    const f = renamedRun('my,tagger', 'comma-file-name.json');
    const g = run(['gate', f, f, '--extractors', 'my,tagger']);
    expect(g.code, g.err).toBe(0);
  });
  it('gate --extractors: where a name is made of other names, it is read whole and a note says how to ask for the pieces', () => {
    const r = JSON.parse(readFileSync(join(savedRun(), 'alpha', 'results.json'), 'utf8'));
    const e = r.extractors[0];
    r.extractors = ['a', 'b', 'a,b'].map((name) => ({ ...e, name }));
    r.pairs = [];
    const f = join(TMP, 'pieces.json');
    writeFileSync(f, JSON.stringify(r));
    const whole = run(['gate', f, f, '--extractors', 'a,b', '--format', 'junit']);
    expect(whole.code, whole.err).toBe(0);
    expect(whole.err).toContain('zhnum gate: note: --extractors read "a,b" as one extractor\'s name; to gate "a", "b" instead, list them in another order, as b,a');
    const gated = (out: string) => [...new Set([...out.matchAll(/classname="zhnum\.alpha\.([^"]+)"/g)].map((m) => m[1]))].sort();
    expect(gated(whole.out)).toEqual(['a,b']);
    const pieces = run(['gate', f, f, '--extractors', 'b,a', '--format', 'junit']);
    expect(pieces.code, pieces.err).toBe(0);
    expect(pieces.err).not.toContain('note:');
    expect(gated(pieces.out)).toEqual(['a', 'b']);
  });
  it('score of a run folder\'s predictions.jsonl takes the extractor\'s version from the results.json beside it; elsewhere it is unknown', () => {
    const out = savedRun();
    const written = JSON.parse(readFileSync(join(out, 'alpha', 'results.json'), 'utf8'));
    const version = written.extractors.find((e: { name: string }) => e.name === 'rule').version;
    expect(version).not.toBe('unknown');
    const ds = written.dataset.dir;
    const scored = run(['score', join(out, 'alpha', 'predictions.jsonl'), '--dataset', ds, '--bootstrap', '0', '--format', 'json']);
    expect(scored.code, scored.err).toBe(0);
    expect(JSON.parse(scored.out).extractors[0].version).toBe(version);
    const alone = join(TMP, 'alone');
    mkdirSync(alone, { recursive: true });
    cpSync(join(out, 'alpha', 'predictions.jsonl'), join(alone, 'predictions.jsonl'));
    expect(JSON.parse(run(['score', join(alone, 'predictions.jsonl'), '--dataset', ds, '--bootstrap', '0', '--format', 'json']).out).extractors[0].version).toBe('unknown');
  });
  it('run --out: two dataset folders with one name go to DIR/NAME by dataset name; the folders above DIR are created', () => {
    const [x, y] = twoNamedDs();
    const r = run(['run', '--dataset', `${x},${y}`, '--extractors', 'rule', '--bootstrap', '0', '--out', 'new/deeper/outxy']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('wrote new/deeper/outxy/alpha/results.json, new/deeper/outxy/beta/results.json (with predictions.jsonl, mismatches.jsonl, report.html)\n');
    expect(readdirSync(join(TMP, 'new', 'deeper', 'outxy')).sort()).toEqual(['.zhnum-out', 'alpha', 'beta']);
    const names = ['alpha', 'beta'].map((d) => JSON.parse(readFileSync(join(TMP, 'new', 'deeper', 'outxy', d, 'results.json'), 'utf8')).dataset.name);
    expect(names).toEqual(['alpha', 'beta']);
    expect(run(['run', '--help']).out).toContain("NAME being the\ndataset's folder name (its dataset.json name where two folders share one; never two runs\ninto one folder). Folders above DIR are created if missing.");
  });

  it('score --out DIR with several datasets: DIR is created, one set, the same subfolders as run', () => {
    const out = savedRun();
    const one = join(TMP, 'one.jsonl');
    writeFileSync(one, readFileSync(join(out, 'alpha', 'predictions.jsonl'), 'utf8'));
    // the two datasets are alike, unit IDs and texts too: one run's lines name the units of each
    const r = run(['score', one, '--dataset', `${join(TMP, 'x', 'ds')},${join(TMP, 'y', 'ds')}`, '--bootstrap', '0', '--out', 'sc/two']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('wrote sc/two/alpha/results.json, sc/two/beta/results.json (with predictions.jsonl, mismatches.jsonl, report.html)\n');
    expect(readdirSync(join(TMP, 'sc', 'two')).sort()).toEqual(['.zhnum-out', 'alpha', 'beta']);
    for (const d of ['alpha', 'beta']) expect(JSON.parse(readFileSync(join(TMP, 'sc', 'two', d, 'results.json'), 'utf8')).extractors[0].scores.strict.overall.f1).toBeGreaterThan(0.5);
    // both runs' lines in one file: each mention comes twice where it is scored, so every one is dropped, and a note says why
    const both = join(TMP, 'both.jsonl');
    writeFileSync(both, ['alpha', 'beta'].map((d) => readFileSync(join(out, d, 'predictions.jsonl'), 'utf8')).join(''));
    const b = run(['score', both, '--dataset', `${join(TMP, 'x', 'ds')},${join(TMP, 'y', 'ds')}`, '--bootstrap', '0', '--format', 'json']);
    expect(b.code, b.err).toBe(0);
    expect(b.err).toMatch(/^note: .*both\.jsonl:\d+: repeats line 1 .*need an "extractor" name of their own each, or to be scored apart$/m);
    expect(run(['report', join(TMP, 'sc', 'two')]).code).toBe(0);
  });

  it('what --format json prints for several datasets ({"runs": [...]}) reads back: report and gate take it, from a file or stdin', () => {
    const [x, y] = twoNamedDs();
    const j = run(['run', '--dataset', `${x},${y}`, '--extractors', 'rule', '--bootstrap', '0', '--format', 'json']);
    expect(j.code, j.err).toBe(0);
    expect(Object.keys(JSON.parse(j.out))).toEqual(['runs', 'summary']);
    const f = join(TMP, 'multi.json');
    writeFileSync(f, j.out);
    const md = run(['report', f, '--format', 'md']);
    expect(md.code, md.err).toBe(0);
    expect(md.out).toContain('**alpha');
    expect(md.out).toContain('**beta');
    const csv = run(['report', '-', '--format', 'csv'], { input: j.out });
    expect(csv.code, csv.err).toBe(0);
    expect(csv.out.split('\n').filter((l) => l.startsWith('alpha,')).length).toBeGreaterThan(0);
    expect(csv.out.split('\n').filter((l) => l.startsWith('beta,')).length).toBeGreaterThan(0);
    expect(run(['gate', f, f]).code).toBe(0);
  });

  it('a dataset folder called seeds in the working folder: "seeds" is still the project dataset, with a note saying how to name the folder', () => {
    const here = join(TMP, 'shadow');
    cpSync(join(ROOT, 'test', 'fixtures', 'astral-dataset'), join(here, 'seeds'), { recursive: true });
    const r = spawnSync(process.execPath, [CLI, 'validate', '--dataset', 'seeds'], { encoding: 'utf8', cwd: here });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^zhnum-seeds /m);
    expect(r.stderr).toBe('note: "seeds" names the project dataset; the dataset folder seeds/ here is not used: write ./seeds for it\n');
    const mine = spawnSync(process.execPath, [CLI, 'validate', '--dataset', './seeds'], { encoding: 'utf8', cwd: here });
    expect(mine.status, mine.stderr).toBe(0);
    expect(mine.stderr).toBe('');
    expect(mine.stdout).not.toMatch(/^zhnum-seeds /m);
  });

  it('report --format html: a predictions.jsonl that is not the run\'s leaves the error browser out, saying why; the footer\'s command can be pasted', () => {
    const out = savedRun();
    const copy = join(TMP, 'edited-run');
    cpSync(join(out, 'alpha'), copy, { recursive: true });
    const same = run(['report', copy, '--format', 'html']);
    expect(same.code, same.err).toBe(0);
    expect(same.out).toContain('id="zhnum-data"');
    const lines = readFileSync(join(copy, 'predictions.jsonl'), 'utf8').split('\n').filter(Boolean);
    writeFileSync(join(copy, 'predictions.jsonl'), lines.slice(1).join('\n') + '\n');
    const edited = run(['report', copy, '--format', 'html']);
    expect(edited.code, edited.err).toBe(0);
    expect(edited.out).not.toContain('id="zhnum-data"');
    expect(edited.out).toMatch(/No error browser: .*predictions\.jsonl is not this run&#39;s: scored again, rule&#39;s strict counts are \d+ correct of \d+ predicted/);
    // a word with a space is quoted in the footer, as a shell reads it
    const spaced = join(TMP, 'with space', 'ds');
    cpSync(join(TMP, 'x', 'ds'), spaced, { recursive: true });
    const q = run(['run', '--dataset', spaced, '--extractors', 'rule', '--bootstrap', '0', '--format', 'html', '--seed', '7']);
    expect(q.code, q.err).toBe(0);
    expect(q.out).toContain(`command: <code>zhnum run --dataset &#39;${spaced}&#39; --extractors rule --bootstrap 0 --format html --seed 7</code>`);
  });

  it('extract: a document of one line without a line feed that the extractor throws on is "1 line skipped" (it said 0)', () => {
    const f = join(TMP, 'one-line.txt');
    writeFileSync(f, '全年结案3件。');
    const r = run(['extract', '--extractor', `file:${BROKEN}#throws`, f]);
    expect(r.err.split('\n')[0]).toBe(`${f}:1: one-line: the extractor threw: boom on purpose; 1 line skipped`);
  });

  it('an answer that is not an array is dropped as an answer, not counted as a dropped mention', () => {
    const [x] = twoNamedDs();
    const r = run(['run', '--dataset', x, '--extractors', `file:${BROKEN}#notArray`, '--bootstrap', '0', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const errors = JSON.parse(r.out).extractors[0].errors as { kind: string; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.message).toBe('the answer was dropped: it returned object, not an array of mentions');
  });

  it('score --bootstrap: the limit run applies, before any scoring; --help says it', () => {
    const preds = join(TMP, 'reports.rule.jsonl');
    const r0 = run(['run', '--dataset', 'reports', '--extractors', 'rule', '--bootstrap', '0', '--out', 'reports-run']);
    expect(r0.code, r0.err).toBe(0);
    writeFileSync(preds, readFileSync(join(TMP, 'reports-run', 'predictions.jsonl')));
    const segs = JSON.parse(readFileSync(join(TMP, 'reports-run', 'results.json'), 'utf8')).dataset.segments as number;
    const over = Math.floor(125_000_000 / segs) + 1;
    const s = run(['score', preds, '--bootstrap', String(over), '--out', 'never']);
    const r = run(['run', '--dataset', 'reports', '--extractors', 'rule', '--bootstrap', String(over)]);
    expect(s.code).toBe(2);
    expect(s.err).toBe(`zhnum score: --bootstrap ${over} over the ${segs} sentences of zhnum-reports would hold ${over * segs} resampled indices (limit 125000000, about 500 MB); use --bootstrap ${over - 1} or fewer\nRun "zhnum score --help" for usage.\n`);
    expect(r.err).toBe(s.err.replace(/zhnum score/g, 'zhnum run'));
    expect(existsSync(join(TMP, 'never'))).toBe(false);
    for (const c of ['run', 'score']) expect(run([c, '--help']).out.replace(/--bootstrap N +/, '--bootstrap N  ')).toContain("--bootstrap N  bootstrap resamples for CIs and paired tests (0 turns them off); and resamples × the split's sentences at most 125000000, checked before any work; default 1000; 0–100000");
  });

  it('validate checks every dataset named, by --dataset and by the arguments, and refuses one that is neither', () => {
    const both = run(['validate', 'seeds', 'reports']);
    expect(both.code).toBe(0);
    expect(both.out).toMatch(/^zhnum-seeds \S+: valid$/m);
    expect(both.out).toMatch(/^zhnum-reports \S+: valid$/m);
    const bad = run(['validate', '--dataset', 'seeds', 'nosuch']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    // an argument is named as given, without an option it did not come from
    expect(bad.err).toBe('zhnum validate: "nosuch" is neither a project dataset (reports, seeds) nor a folder\nRun "zhnum validate --help" for usage.\n');
    expect(run(['validate', '--dataset', 'nosuch']).err).toBe('zhnum validate: --dataset: "nosuch" is neither a project dataset (reports, seeds) nor a folder\nRun "zhnum validate --help" for usage.\n');
    expect(run(['validate', '--help']).out).toContain('usage: zhnum validate [options] [NAME|DIR...]');
  });

  it('report - --format html: the page without the error browser, saying why', () => {
    const out = savedRun();
    const r = run(['report', '-', '--format', 'html'], { input: readFileSync(join(out, 'alpha', 'results.json')) });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('No error browser: the results came on stdin, so there is no predictions.jsonl beside them. &quot;zhnum report DIR/results.json --format html&quot; (or DIR) finds it.');
  });

  it('gate --format github with an unwritable $GITHUB_STEP_SUMMARY: a warning, and the exit code stays the gate\'s', () => {
    const out = savedRun();
    const base = join(out, 'alpha', 'results.json');
    const pass = run(['gate', base, base, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: '/nonexistent/x' } });
    expect(pass.code).toBe(0);
    expect(pass.err).toBe("zhnum gate: warning: cannot write the step summary to $GITHUB_STEP_SUMMARY (/nonexistent/x): no such file or folder; set it to a file that can be written, or unset it. The gate's result stands: exit 0 (passed)\n");
    // a run that found nothing fails the gate: still 1
    const [x] = [join(TMP, 'x', 'ds')];
    const worse = run(['run', '--dataset', x, '--extractors', `file:${BROKEN}#outOfRange`, '--bootstrap', '0', '--out', 'worse']);
    expect(worse.code, worse.err).toBe(0);
    const w = JSON.parse(readFileSync(join(TMP, 'worse', 'results.json'), 'utf8'));
    w.extractors[0].name = 'rule';
    writeFileSync(join(TMP, 'worse', 'results.json'), JSON.stringify(w));
    const fail = run(['gate', base, join(TMP, 'worse', 'results.json'), '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: TMP } });
    expect(fail.code).toBe(1);
    expect(norm(fail.err)).toContain("zhnum gate: warning: cannot write the step summary to $GITHUB_STEP_SUMMARY (<tmp>): it is a folder; set it to a file that can be written, or unset it. The gate's result stands: exit 1 (failed)\n");
    expect(run(['gate', '--help']).out).toContain("(a summary that cannot be written is a warning on\nstderr; the exit code stays the gate's 0 or 1)");
  });

  it('gate: runs it cannot compare give exit 2 with an annotation (github) or a test case in error (junit), not nothing', () => {
    const out = savedRun();
    const base = join(out, 'alpha', 'results.json');
    const gh = run(['gate', base, join(TMP, 'no-such-run'), '--format', 'github']);
    expect(gh.code).toBe(2);
    expect(norm(gh.out)).toBe('::error title=zhnum gate%3A cannot compare::<tmp>/no-such-run: no such file or folder\n');
    const ju = run(['gate', base, join(TMP, 'no-such-run'), '--format', 'junit']);
    expect(ju.code).toBe(2);
    expect(ju.out).toContain('errors="1"');
    expect(norm(ju.out)).toContain('<error message="<tmp>/no-such-run: no such file or folder" type="Incomparable"/>');
    // two runs of one dataset in one folder: refused, naming both
    mkdirSync(join(TMP, 'twice', 'a'), { recursive: true });
    mkdirSync(join(TMP, 'twice', 'b'), { recursive: true });
    writeFileSync(join(TMP, 'twice', 'a', 'results.json'), readFileSync(base));
    writeFileSync(join(TMP, 'twice', 'b', 'results.json'), readFileSync(base));
    const twice = run(['gate', base, join(TMP, 'twice')]);
    expect(twice.code).toBe(2);
    expect(norm(twice.err)).toMatch(/^zhnum gate: <tmp>\/twice: two runs of dataset \S+ \(<tmp>\/twice\/a\/results.json and <tmp>\/twice\/b\/results.json\); a run folder holds one run a dataset/);
    expect(run(['report', join(TMP, 'twice')]).code).toBe(2);
  });

  it('extract: one exit-code rule for files and stdin; a failing document is skipped with exit 0 from either', () => {
    const d = join(TMP, 'two');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'a.txt'), '共5件');
    writeFileSync(join(d, 'b.txt'), '结案7件');
    // throws on a text with 结案: document b fails, a is extracted
    const spec = `file:${join(ROOT, 'test', 'fixtures', 'hostile-extractors.mjs')}#throwsNull`;
    const folder = run(['extract', '--extractor', spec, d]);
    const stdin = run(['extract', '--extractor', spec, '-'], { input: '{"doc":"a","text":"共5件"}\n{"doc":"b","text":"结案7件"}\n' });
    expect([folder.code, stdin.code]).toEqual([0, 0]);
    expect(folder.out).toBe(stdin.out);
    expect(folder.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['a']);
    expect(folder.err.split('\n').at(-2)).toBe('1 document, 1 mention; 1 skipped (lines, documents or parts of files: see above)');
    expect(stdin.err.split('\n').at(-2)).toBe('1 document, 1 mention; 1 skipped (lines, documents or parts of files: see above)');
    // nothing extracted: exit 2 from either
    const none = run(['extract', '--extractor', spec, join(d, 'b.txt')]);
    const noneIn = run(['extract', '--extractor', spec, '-'], { input: '{"doc":"b","text":"结案7件"}\n' });
    expect([none.code, noneIn.code]).toEqual([2, 2]);
    const one = join(TMP, 'one');
    mkdirSync(one, { recursive: true });
    writeFileSync(join(one, 'a.txt'), '共5件');
    writeFileSync(join(one, 'b.txt'), Buffer.from([0xff]));
    const unreadable = run(['extract', one]);
    expect(unreadable.code).toBe(2);
    expect(norm(unreadable.err)).toBe('<tmp>/one/b.txt:1: not valid UTF-8 at byte 0 (0xff); the file is skipped: nothing of it was written; make the file UTF-8 (from a legacy encoding: iconv -f ENCODING -t UTF-8), or remove the byte\n1 document, 1 mention; 1 input not read (missing, unreadable or refused, in whole or in part: see above)\n');
    // --print-text prints what extract read of a file with invalid UTF-8 from line 2 on: the offsets written can be checked
    writeFileSync(join(one, 'c.txt'), Buffer.concat([Buffer.from('共5件。\n第二行'), Buffer.from([0xff]), Buffer.from('\n')]));
    const pt = run(['extract', '--print-text', join(one, 'c.txt')]);
    expect(pt.code).toBe(2);
    expect(pt.out).toBe('{"doc":"c","text":"共5件。\\n"}\n');
    expect(norm(pt.err)).toContain('<tmp>/one/c.txt:2: not valid UTF-8 at byte 20 (0xff); the text before this line is printed');
    const help = run(['extract', '--help']).out;
    expect(help).toContain('Exit code 2 when an input could not be read');
    expect(help).toContain('from files and from stdin alike');
    expect(help).toContain('A folder is read for its .txt, .pdf and .docx files, in any case');
    expect(help).toContain('file:PATH#export or cmd:COMMAND');
  });

  it('extract - < FOLDER is an input error, not 0 documents', () => {
    const r = spawnSync(`exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract - < ${JSON.stringify(TMP)}`, { shell: '/bin/sh', encoding: 'utf8', cwd: TMP });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zhnum extract: stdin: cannot read: it is a folder; give JSON lines {"doc", "text"} on stdin, or name the folder instead of "-" (zhnum extract DIR)\n');
  });

  it('decimal options show their range in --help and accept .5 and 5e-3', () => {
    const help = run(['gate', '--help']).out;
    expect(help).toContain('--max-drop N       largest tolerated F1 drop; default 0.005; in [0, 1)');
    expect(help).toContain('--alpha N          significance level of the paired test; default 0.05; in (0, 1)');
    const out = savedRun();
    const base = join(out, 'alpha', 'results.json');
    for (const x of ['.5', '5e-3', '0.005']) expect(run(['gate', base, base, '--max-drop', x]).code).toBe(0);
    expect(run(['gate', base, base, '--max-drop', 'abc']).err).toBe('zhnum gate: --max-drop must be a decimal number (like 0.005) in [0, 1), got "abc"\nRun "zhnum gate --help" for usage.\n');
    expect(run(['gate', base, base, '--alpha', '1']).err).toBe('zhnum gate: --alpha must be in (0, 1), got 1\nRun "zhnum gate --help" for usage.\n');
  });

  it('an unknown option: our message, with balanced quotes', () => {
    const r = run(['extract', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('zhnum extract: unknown option --bogus (a file name that starts with "-" goes after "--": zhnum extract -- --bogus)\nRun "zhnum extract --help" for usage.\n');
  });
  it('an unknown option of a command without file arguments: no hint about "--" (found by review)', () => {
    const r = run(['run', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('zhnum run: unknown option --bogus\nRun "zhnum run --help" for usage.\n');
  });

  it.each([
    // (the two commands differ by a plural; a review: the hint about "--" misled)
    [['extract', '--extractors', 'rule'], 'zhnum extract: unknown option --extractors: did you mean --extractor?'],
    [['run', '--extractor', 'rule'], 'zhnum run: unknown option --extractor: did you mean --extractors?'],
    [['run', '--datset', 'seeds'], 'zhnum run: unknown option --datset: did you mean --dataset?'],
    [['--versoin'], 'zhnum: unknown option "--versoin": did you mean --version? (before a command only --help and --version)'],
    [['extarct'], 'zhnum: unknown command "extarct": did you mean extract?'],
    // false positives: nothing near enough, no guess
    [['run', '--xyz'], 'zhnum run: unknown option --xyz'],
    [['frobnicate'], 'zhnum: unknown command "frobnicate"'],
  ])('a near name is named: %j', (args, first) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(first);
  });

  it('zhnum help nosuch is an unknown command (exit 2); zhnum help run is its help', () => {
    const r = run(['help', 'nosuch']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe('zhnum: unknown command "nosuch"');
    const h = run(['help', 'run']);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/^usage: zhnum run/);
  });

  it('options that do not apply are named in a warning on stderr; the command goes on', () => {
    const out = savedRun();
    const res = join(out, 'alpha', 'results.json');
    const fig = run(['report', res, '--figure', 'speed']);
    expect(fig.code).toBe(0);
    expect(fig.err).toBe('zhnum report: warning: --figure ignored: it picks the figure of --format svg\n');
    const nopairs = run(['report', res, '--format', 'md', '--table', 'pairs']);
    expect(nopairs.code).toBe(0);
    expect(nopairs.err).toMatch(/^zhnum report: warning: --table pairs: the run of \S+ has no pairs table \(it needs two extractors or more\)$/m);
    const csv = run(['report', res, '--format', 'csv', '--table', 'main', '--scheme', 'exact']);
    expect(csv.code).toBe(0);
    expect(csv.err.split('\n').slice(0, 2)).toEqual([
      'zhnum report: warning: --table ignored: --format csv has no table choice (--table applies to table, md and latex)',
      'zhnum report: warning: --scheme ignored: --format csv shows every scheme (--scheme applies to table, md, latex and svg)',
    ]);
    const model = run(['extract', '--model', '/nonexistent', '-'], { input: '{"doc":"a","text":"共5件"}\n' });
    expect(model.code).toBe(0);
    expect(model.err).toBe('zhnum extract: warning: --model ignored: it is for the transformer extractor (or a file: extractor), not rule\n1 document, 1 mention\n');
    writeFileSync(join(TMP, 'a.txt'), '共5件');
    const pt = run(['extract', 'a.txt', '--print-text', '--jobs', '8', '--extractor', 'jieba']);
    expect(pt.code).toBe(0);
    expect(pt.err).toBe('zhnum extract: warning: --extractor, --jobs ignored: --print-text prints the text and runs no extractor\n');
    const r = run(['run', '--dataset', join(TMP, 'x', 'ds'), '--extractors', 'rule', '--model', '/x', '--bootstrap', '0', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.err.split('\n')[0]).toBe('zhnum run: warning: --model ignored: it is for the transformer extractor (or a file: extractor), and --extractors rule has neither');
  });

  it('run and score --format csv|json print the sample-size warnings on stderr, as report does', () => {
    const out = savedRun();
    for (const format of ['csv', 'json']) {
      const r = run(['run', '--dataset', join(TMP, 'x', 'ds'), '--extractors', 'rule', '--bootstrap', '0', '--format', format]);
      const rep = run(['report', join(out, 'alpha', 'results.json'), '--format', format]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('warning: alpha: fewer than 30 gold mentions of COUNT (1), PERCENT (1): their per-type scores and CIs are unreliable\n');
      expect(r.err).toBe(rep.err);
      const preds = join(TMP, 'alpha.jsonl');
      writeFileSync(preds, readFileSync(join(out, 'alpha', 'predictions.jsonl')));
      const s = run(['score', preds, '--dataset', join(TMP, 'x', 'ds'), '--bootstrap', '0', '--format', format]);
      expect(s.code).toBe(0);
      expect(s.err).toBe(rep.err);
    }
  });

  it('run --format csv prints the extractors\' errors on stderr (a csv has no column for them; json carries them)', () => {
    const x = join(TMP, 'x', 'ds');
    const args = ['run', '--dataset', x, '--extractors', `file:${BROKEN}#outOfRange`, '--bootstrap', '0', '--format'];
    const csv = run([...args, 'csv']);
    expect(csv.code, csv.err).toBe(0);
    const errors = csv.err.split('\n').filter((l) => l.startsWith('error: '));
    const json = run([...args, 'json']);
    const listed = JSON.parse(json.out).extractors[0].errors as { doc: string; kind: string; message: string }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(errors).toEqual(listed.map((e) => `error: alpha: outOfRange: ${e.doc}: ${e.kind}: ${e.message}`));
    expect(json.err).not.toContain('error: ');
    // a message over two lines, with a terminal escape: still a line each, escaped as JSON writes them
    const ml = run(['run', '--dataset', x, '--extractors', `file:${BROKEN}#throwsLines`, '--bootstrap', '0', '--format', 'csv']);
    const lines = ml.err.split('\n').filter((l) => l.startsWith('error: '));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toContain('line one\\nline two\\u001b[31m red');
    expect(ml.err).not.toContain('\u001b');
  });
});
