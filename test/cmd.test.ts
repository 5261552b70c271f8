// The cmd: extractor (src/extractors/cmd.ts): the JSON-lines protocol, the
// runnable Python example, errors, timeouts and restarts in the worker pool,
// and that no copy of the command outlives its worker.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCmdExtractor } from '../src/extractors/cmd.js';
import { createExtractor } from '../src/extractors/registry.js';
import { runExtractor } from '../src/harness/run.js';
import type { EvalDoc } from '../src/types.js';

const ROOT = join(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'cmd_extractor.py');
const MISBEHAVE = join(ROOT, 'test', 'fixtures', 'cmd-misbehave.mjs');
const node = JSON.stringify(process.execPath);

/** Alive means running or sleeping; a zombie (exited, not yet reaped) or a missing entry is dead. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}
async function allDead(pids: number[], withinMs = 8000): Promise<number[]> {
  const t0 = Date.now();
  for (;;) {
    const left = pids.filter(alive);
    if (left.length === 0 || Date.now() - t0 > withinMs) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const pidsIn = (dir: string) => readdirSync(dir).map(Number);
const unit = (id: string, text: string): EvalDoc => ({ id, docId: id, offset: 0, text, chars: Array.from(text).length, gold: [] });

describe('cmd: extractor, in process', () => {
  it('runs the Python example: code-point offsets past an astral character, its name from the first answer', async () => {
    const ex = await createExtractor(`cmd:python3 ${JSON.stringify(EXAMPLE)}`);
    await ex.init!();
    expect([ex.name, ex.version]).toEqual(['py-regex', '0.1.0']);
    const text = '𠀀结案46311件，结案率98.56%。';
    const ms = await ex.extract(text);
    expect(ms.map((m) => [m.start, m.end, m.text, m.type, m.value])).toEqual([[3, 9, '46311件', 'COUNT', 46311], [13, 19, '98.56%', 'PERCENT', 98.56]]);
    for (const m of ms) expect(Array.from(text).slice(m.start, m.end).join('')).toBe(m.text);
    await ex.dispose!();
  });

  it('an error answer, a line that is not JSON, a wrong id and a crash fail that document; the next document gets a fresh process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const ex = createCmdExtractor(`${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)}`);
    await ex.init!();
    const msg = async (text: string) => { try { await ex.extract(text); return 'answered'; } catch (e) { return (e as Error).message.replace(ex.name, 'CMD'); } };
    expect(await msg('ERROR')).toMatchInlineSnapshot(`"CMD: cannot read this document"`);
    expect(await ex.extract('共5件')).toHaveLength(1);
    expect(await msg('NOISE')).toMatchInlineSnapshot(`"CMD wrote a line that is not JSON on stdout: "loading weights..."; write logs to stderr, and one JSON object a line to stdout"`);
    expect(await ex.extract('共5件，又6件')).toHaveLength(2);
    expect((await msg('WRONGID')).replace(/"\d+"/, '"N"')).toMatchInlineSnapshot(`"CMD answered id "x" where "N" was expected: answer each document once, in input order"`);
    expect(await msg('CRASH')).toMatchInlineSnapshot(`"CMD exited with code 3 before answering; its stderr ended with: boom"`);
    expect(await ex.extract('共7件')).toEqual([{ start: 1, end: 3, text: '7件', type: 'COUNT', value: 7, unit: '件', qualifier: 'exact' }]);
    // a line after an answer costs the next document only, not every later one
    expect(await msg('EXTRA')).toBe('answered');
    expect(await msg('共8件')).toMatchInlineSnapshot(`"CMD wrote a line nobody asked for, after its last answer: "processed a tricky document"; restarted for the next document"`);
    expect(await ex.extract('共9件')).toHaveLength(1);
    expect(await ex.extract('共10件')).toHaveLength(1);
    await ex.dispose!();
    // NOISE, WRONGID, CRASH and the line after EXTRA each cost a process: five started, none left
    expect(pidsIn(dir)).toHaveLength(5);
    expect(await allDead(pidsIn(dir))).toEqual([]);
  });

  it('a command that cannot start fails init() with its exit code and stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const ex = createCmdExtractor(`${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)} --fail-start`);
    await expect(ex.init!()).rejects.toThrowError(/: exited with code 1 before answering the start-up probe \(an empty document\); its stderr ended with: cannot load the model file model.bin$/);
    const missing = createCmdExtractor('no-such-program-zhnum --x');
    await expect(missing.init!()).rejects.toThrowError(/^cmd:no-such-program-zhnum --x: exited with code 127 before answering the start-up probe \(an empty document\); its stderr ended with: .*not found/);
    const silent = createCmdExtractor('sleep 30', { startTimeoutMs: 300 });
    await expect(silent.init!()).rejects.toThrowError('cmd:sleep 30: gave no answer within 300 ms to the start-up probe (--start-timeout MS allows more)');
  });

  it('a command that misses the start-up probe\'s limit does not outlive the failed start (it was left running, orphaned)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const slow = createCmdExtractor(`${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)} --slow-start 30000`, { startTimeoutMs: 1500 });
    await expect(slow.init!()).rejects.toThrowError(/gave no answer within 1500 ms/);
    expect(pidsIn(dir).length).toBe(1);
    expect(await allDead(pidsIn(dir))).toEqual([]);
  }, 20_000);
});

describe('cmd: extractor, in the worker pool', () => {
  it('a hang times out, its worker and its process die (even one that ignores SIGTERM), and the next document runs in a fresh one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const spec = `cmd:${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)} --ignore-term`;
    const units = [unit('a', '共5件'), unit('b', 'HANG'), unit('c', 'CRASH'), unit('d', '共6件'), unit('e', 'ERROR'), unit('f', '共7件，8件')];
    const r = await runExtractor(spec, units, { timeoutMs: 1500, concurrency: 1 });
    expect(r.errors.map((e) => `${e.doc} ${e.kind}`)).toEqual(['b timeout', 'c threw', 'e threw']);
    expect([...r.predictions].map(([id, ms]) => `${id}:${ms.length}`)).toEqual(expect.arrayContaining(['a:1', 'd:1', 'f:2']));
    // one process at start, one after the timeout, one after the crash
    expect(pidsIn(dir).length).toBe(3);
    expect(await allDead(pidsIn(dir))).toEqual([]);
  });

  it('cannot start: every document carries the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const r = await runExtractor(`cmd:${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)} --fail-start`, [unit('a', '1件'), unit('b', '2件')], { timeoutMs: 5000 });
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0].message).toMatch(/^could not start: cmd:.*--fail-start: exited with code 1 before answering the start-up probe \(an empty document\); its stderr ended with: cannot load the model file model.bin$/);
    expect(await allDead(pidsIn(dir))).toEqual([]);
  });

  it('the Python example scores through the pool with two workers', async () => {
    const r = await runExtractor(`cmd:python3 ${JSON.stringify(EXAMPLE)}`, [unit('a', '共5件'), unit('b', '增长7.5%'), unit('c', '无')], { concurrency: 2, timeoutMs: 20_000 });
    expect(r.errors).toEqual([]);
    expect(r.workers).toBe(2);
    expect(r.info.name).toBe('py-regex');
    expect(r.predictions.get('b')).toEqual([{ start: 2, end: 6, text: '7.5%', type: 'PERCENT', value: 7.5, unit: '%', qualifier: 'exact' }]);
    expect(existsSync(EXAMPLE)).toBe(true);
  });

  it('starts no more workers than there are documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const r = await runExtractor(`cmd:${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)}`, [unit('a', '共5件'), unit('b', '共6件')], { concurrency: 4, timeoutMs: 20_000 });
    expect(r.errors).toEqual([]);
    expect(r.workers).toBe(2);
    expect(pidsIn(dir).length).toBe(2);
    expect(await allDead(pidsIn(dir))).toEqual([]);
  });
});

describe('zhnum run with an extractor that cannot start', () => {
  const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  const DS = join(ROOT, 'test', 'fixtures', 'astral-dataset');
  const run = (extractors: string, more: string[] = []) => {
    const r = spawnSync(process.execPath, [CLI, 'run', '--dataset', DS, '--extractors', extractors, '--bootstrap', '0', ...more], { encoding: 'utf8', cwd: tmpdir(), timeout: 120_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  it.skipIf(!existsSync(CLI))('cmd: or file:, exits 2 with the reason instead of printing a table of zeros', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const c = run(`rule,cmd:${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)} --fail-start`);
    expect(c.code).toBe(2);
    expect(c.out).toBe('');
    expect(c.err).toMatch(/cmd:.*--fail-start.*: exited with code 1 before answering the start-up probe \(an empty document\); its stderr ended with: cannot load the model file model\.bin/);
    expect(await allDead(pidsIn(dir))).toEqual([]);
    const f = run(`file:${join(ROOT, 'test', 'fixtures', 'broken-extractors.mjs')}#cannotStart`);
    expect(f.code).toBe(2);
    expect(f.out).toBe('');
    expect(f.err).toContain('model file missing: /nowhere/model.onnx');
  });

  it.skipIf(!existsSync(CLI))('--start-timeout is the start-up probe\'s limit: a program that takes 1.5 s to start fails under 400 ms and runs under 60 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cmd-'));
    const slow = `cmd:${node} ${JSON.stringify(MISBEHAVE)} ${JSON.stringify(dir)} --slow-start 1500`;
    const short = run(slow, ['--start-timeout', '400']);
    expect(short.code).toBe(2);
    expect(short.err).toMatch(/--slow-start 1500: gave no answer within 400 ms/);
    const long = run(slow, ['--start-timeout', '60000', '--format', 'json']);
    expect(long.code, long.err).toBe(0);
    expect(JSON.parse(long.out).extractors[0].errors).toEqual([]);
    expect(await allDead(pidsIn(dir))).toEqual([]);
  });
});
