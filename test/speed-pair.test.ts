// bench:pair (benchmarks/pair.ts), the comparison of two builds in one
// process: what it tells a user who names no build, a wrong one or one that
// fails, the direction of its ratio, and whole runs against a copy of this
// build and against builds that find other mentions. No speed is asserted
// beyond the direction of a thousandfold gap: the figures are the
// benchmark's, never a test's.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipelineOf, quantile, readArguments } from '../benchmarks/pair.js';

const ROOT = join(__dirname, '..');
const PAIR = join(ROOT, 'dist', 'benchmarks', 'pair.js');
const runIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [PAIR, ...args], { encoding: 'utf8', cwd });
const run = (...args: string[]) => runIn(ROOT, ...args);
const made: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'zhnum-pair-')); made.push(d); return d; };
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

/** A stand-in build whose pipeline module is `source` (in `dir`, a fresh folder by default). */
function fakeBuild(source: string, dir = tmp()): string {
  mkdirSync(join(dir, 'src', 'core'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'src', 'core', 'pipeline.js'), source);
  return dir;
}

describe('bench:pair', () => {
  it('finds a build as a checkout or as its dist folder, and nothing elsewhere', () => {
    expect(pipelineOf(ROOT)).toBe(join(ROOT, 'dist', 'src', 'core', 'pipeline.js'));
    expect(pipelineOf(join(ROOT, 'dist'))).toBe(join(ROOT, 'dist', 'src', 'core', 'pipeline.js'));
    expect(pipelineOf(tmp())).toBeNull();
  });

  it('reads quantiles between the nearest values (the median of an even count is the mean of the middle two)', () => {
    expect([quantile([1, 2, 3, 4], 0.5), quantile([1, 2, 3], 0.5), quantile([1, 2, 3, 4, 5], 0.25), quantile([0, 10], 0.75), quantile([7], 0.5)]).toEqual([2.5, 2, 2, 7.5, 7]);
  });

  it('reads options anywhere and paths after --, even with a dash', () => {
    expect(readArguments(['--rounds', '5', 'b', '--warmup', '0'])).toEqual({ positional: ['b'], values: new Map([['--rounds', 5], ['--warmup', 0]]), problems: [] });
    expect(readArguments(['--', '-b'])).toEqual({ positional: ['-b'], values: new Map(), problems: [] });
    expect(readArguments(['-b']).problems).toEqual(['unknown option -b (a path? write it after --)', 'name one other build to compare with, got 0']);
    expect(readArguments(['']).problems).toEqual(["the other build's path is empty"]);
  });

  it('says what is wrong with its arguments, all at once, with exit code 2', () => {
    const empty = tmp();
    const cases = [[], ['a', 'b'], [empty], ['dist', '--rounds', '0'], ['dist', '--warmup', '-1', '--processes'], ['dist', '--rounds', '5', '--rounds', '6'], ['dist', '--rounds=5'], ['.'], ['dist', '--fast', '-n']].map((a) => {
      const r = run(...a);
      return `${r.status} ${r.stderr.replace(empty, '<empty>').trim()}`;
    });
    expect(cases).toMatchInlineSnapshot(`
      [
        "2 bench:pair: name one other build to compare with, got 0 (--help tells more)",
        "2 bench:pair: name one other build to compare with, got 2 (a, b) (--help tells more)",
        "2 bench:pair: <empty>: no build there (looked for dist/src/core/pipeline.js and src/core/pipeline.js); build it with npm run build",
        "2 bench:pair: --rounds takes a whole number of at least 1, got "0" (--help tells more)",
        "2 bench:pair: --warmup takes a whole number, got "-1"; --processes takes a whole number of at least 1, got nothing (--help tells more)",
        "2 bench:pair: --rounds is given twice (--help tells more)",
        "2 bench:pair: write --rounds and its value apart: --rounds 5 (--help tells more)",
        "2 bench:pair: . is this checkout's own build: name another",
        "2 bench:pair: unknown option --fast (a path? write it after --); unknown option -n (a path? write it after --) (--help tells more)",
      ]
    `);
  });

  it('--help states the ratio\'s direction and the exit codes', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('above 1, this build');
    expect(r.stdout).toContain('Exit status: 0 when the two builds found the same mentions, 1 when they');
  });

  it('names the build that cannot run, and why', () => {
    const none = fakeBuild('export const somethingElse = 1;\n');
    const throws = fakeBuild("export const extractRules = () => { throw new Error('boom'); };\n");
    const throwsText = fakeBuild("export const extractRules = () => { throw 'a string'; };\n");
    const promise = fakeBuild('export const extractRules = async () => [];\n');
    const broken = fakeBuild("throw new Error('broken at load');\n");
    const lines = [none, throws, throwsText, promise, broken].map((b) => {
      const r = run(b, '--processes', '1', '--rounds', '1', '--warmup', '0');
      return `${r.status} ${r.stderr.split(b).join('<build>').trim()}`;
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "2 bench:pair: process 1 ended with exit code 2: the other build (<build>/src/core/pipeline.js) exports no extractRules function: not a build of this project's rule core",
        "2 bench:pair: process 1 ended with exit code 2: the other build (<build>/src/core/pipeline.js) threw: boom",
        "2 bench:pair: process 1 ended with exit code 2: the other build (<build>/src/core/pipeline.js) threw: a string",
        "2 bench:pair: process 1 ended with exit code 2: the other build (<build>/src/core/pipeline.js): extractRules returned a promise, not an array of mentions",
        "2 bench:pair: process 1 ended with exit code 2: the other build (<build>/src/core/pipeline.js) could not be loaded: broken at load (at file://<build>/src/core/pipeline.js:1:7)",
      ]
    `);
  });

  it('compares against a copy of this build: a ratio and its quartiles for each process, the same mentions, exit 0', () => {
    const copy = tmp();
    mkdirSync(join(copy, 'src'));
    for (const dir of ['core', 'text']) cpSync(join(ROOT, 'dist', 'src', dir), join(copy, 'src', dir), { recursive: true });
    writeFileSync(join(copy, 'package.json'), '{"type":"module"}');
    const r = run(copy, '--rounds', '4', '--processes', '2', '--warmup', '0');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^process 1\/2: median \d+\.\d{3} \(quartiles \d+\.\d{3}–\d+\.\d{3}\)$/m);
    expect(r.stdout).toMatch(/^process 2\/2: median \d+\.\d{3}/m);
    expect(r.stdout).toMatch(/^median of the processes' medians: \d+\.\d{3}$/m);
    expect(r.stdout).not.toContain('different mentions');
  });

  it('where the other build finds other mentions: a ratio below 1 for a far faster one, the first difference, exit 1', () => {
    // finds nothing, about a thousand times faster than the rule extractor: its time over this one's is far below 1
    // (a reversed ratio reads far above); it prints on stdout with no line end, and leaves a timer running, which the
    // result must survive; its path starts with a dash, written after --
    const parent = tmp();
    mkdirSync(join(parent, '-build'));
    fakeBuild("process.stdout.write('a build that talks');\nsetInterval(() => {}, 1000);\nexport const extractRules = () => [];\n", join(parent, '-build'));
    const r = runIn(parent, '--rounds', '20', '--processes', '1', '--warmup', '0', '--', '-build');
    expect(r.status).toBe(1);
    const median = Number(/^process 1\/1: median (\d+\.\d{3}) .*; the two builds found different mentions$/m.exec(r.stdout)?.[1]);
    expect(median).toBeLessThan(0.5);
    expect(r.stdout).toMatch(/^the two builds found different mentions \(this build \d+, the other 0\), so the times compare different work; the first that differs, mention 0:$/m);
    expect(r.stdout).toMatch(/^ {2}this build: \{"start":\d+,"end":\d+,"text":/m);
    expect(r.stdout).toMatch(/^ {2}the other: {2}null$/m);
  });
});
