// bench:pair (benchmarks/pair.ts), the comparison of two builds in one
// process: what it tells a user who names no build or a wrong one, and a
// whole run against a copy of this build (no speed is asserted: the
// figures are the benchmark's, never a test's).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipelineOf } from '../benchmarks/pair.js';

const ROOT = join(__dirname, '..');
const PAIR = join(ROOT, 'dist', 'benchmarks', 'pair.js');
const run = (...args: string[]) => spawnSync(process.execPath, [PAIR, ...args], { encoding: 'utf8', cwd: ROOT });

describe('bench:pair', () => {
  it('finds a build as a checkout or as its dist folder, and nothing elsewhere', () => {
    expect(pipelineOf(ROOT)).toBe(join(ROOT, 'dist', 'src', 'core', 'pipeline.js'));
    expect(pipelineOf(join(ROOT, 'dist'))).toBe(join(ROOT, 'dist', 'src', 'core', 'pipeline.js'));
    expect(pipelineOf(mkdtempSync(join(tmpdir(), 'zhnum-pair-')))).toBeNull();
  });

  it('says what is wrong with its arguments, with exit code 2', () => {
    const empty = mkdtempSync(join(tmpdir(), 'zhnum-pair-'));
    const cases = [[], [empty], ['dist', '--rounds', '0'], ['dist', '--warmup', '-1'], ['.'], ['dist', '--fast']].map((a) => {
      const r = run(...a);
      return `${r.status} ${r.stderr.replace(empty, '<empty>').trim()}`;
    });
    expect(cases).toMatchInlineSnapshot(`
      [
        "2 bench:pair: name one other build to compare with, got 0 (--help tells more)",
        "2 bench:pair: <empty>: no build there (looked for dist/src/core/pipeline.js and src/core/pipeline.js); build it with npm run build",
        "2 bench:pair: --rounds takes a whole number of at least 1, got 0 (--help tells more)",
        "2 bench:pair: --warmup takes a whole number of at least 0, got -1 (--help tells more)",
        "2 bench:pair: . is this checkout's own build: name another",
        "2 bench:pair: unknown option --fast (--help tells more)",
      ]
    `);
  });

  it('compares against a copy of this build: a ratio and its quartiles, the same mentions', () => {
    const copy = mkdtempSync(join(tmpdir(), 'zhnum-pair-'));
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

  it('says so where the other build finds other mentions', () => {
    const other = mkdtempSync(join(tmpdir(), 'zhnum-pair-'));
    mkdirSync(join(other, 'src', 'core'), { recursive: true });
    writeFileSync(join(other, 'package.json'), '{"type":"module"}');
    writeFileSync(join(other, 'src', 'core', 'pipeline.js'), 'export const extractRules = () => [];\n');
    const r = run(other, '--rounds', '2', '--processes', '1', '--warmup', '0');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^process 1\/1: median .*; the two builds found different mentions$/m);
  });
});
