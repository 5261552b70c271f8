// Atomic writes: a writer killed in the middle of a large write must leave the
// old file whole (a plain writeFileSync would leave it cut).
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeAtomic } from '../src/text/io.js';

const IO = pathToFileURL(join(__dirname, '..', 'dist', 'src', 'text', 'io.js')).href;

describe('writeAtomic', () => {
  it('a writer killed mid-write leaves the previous file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-atomic-'));
    const target = join(dir, 'results.json');
    writeFileSync(target, 'old content\n');
    const size = 400 * 1024 * 1024;
    // the child writes 400 MB in 1 MB chunks through writeAtomic's own data path
    const child = spawn(process.execPath, ['--input-type=module', '-e',
      `import { writeAtomic } from ${JSON.stringify(IO)}; writeAtomic(${JSON.stringify(target)}, 'x'.repeat(${size}));`], { stdio: 'ignore' });
    // kill it as soon as some file in the folder has grown but is not complete
    const deadline = Date.now() + 60_000;
    let killedMidWrite = false;
    while (Date.now() < deadline && child.exitCode === null) {
      const growing = readdirSync(dir).map((f) => statSync(join(dir, f)).size).some((s) => s > 0 && s < size && s !== 'old content\n'.length);
      if (growing) { child.kill('SIGKILL'); killedMidWrite = true; break; }
      await new Promise((r) => setTimeout(r, 2));
    }
    await new Promise((r) => child.once('close', r));
    expect(killedMidWrite).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('old content\n');
  }, 90_000);

  it('a failed rename leaves no temporary file and throws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-atomic-'));
    const target = join(dir, 'out');
    // a non-empty folder where the file should go: the rename fails
    writeFileSync(join(dir, 'keep'), '');
    expect(() => writeAtomic(dir, 'data')).toThrow();
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    writeAtomic(target, 'data');
    expect(readFileSync(target, 'utf8')).toBe('data');
  });
});
