// Scale-out on an existing engine: `zhnum extract -` as the map step of GNU
// parallel. The recipe the README gives must produce exactly what one process
// produces. Skipped, with the reason, where `parallel` is not installed
// (Debian: apt-get install parallel; .ci/run installs it).
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;

function sh(cmd: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const c = spawn('bash', ['-c', `set -o pipefail; ${cmd}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    c.stdout.on('data', (d) => out.push(d));
    c.stderr.on('data', (d) => err.push(d));
    c.on('close', (code) => resolve({ code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() }));
  });
}

describe('GNU parallel', () => {
  it.skipIf(!hasParallel)(`--pipepart over a JSON-lines file gives exactly the output of one process${hasParallel ? '' : ' (skipped: GNU parallel is not installed; apt-get install parallel)'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-parallel-'));
    const input = join(dir, 'docs.jsonl');
    // the seed reports cut into paragraphs: a few hundred documents, about 700 KB
    const docs: string[] = [];
    for (const f of readdirSync(join(ROOT, 'seeds')).filter((x) => x.endsWith('.txt')).sort()) {
      readFileSync(join(ROOT, 'seeds', f), 'utf8').split(/\n\s*\n/).forEach((text, i) => { if (text.trim()) docs.push(JSON.stringify({ doc: `${f.slice(0, 3)}-${i}`, text })); });
    }
    writeFileSync(input, docs.join('\n') + '\n');
    const node = JSON.stringify(process.execPath), cli = JSON.stringify(CLI), q = JSON.stringify(input);
    const one = await sh(`${node} ${cli} extract - < ${q}`);
    expect(one.code, one.err).toBe(0);
    // the recipe: blocks of whole lines straight from the file, outputs kept in input order
    const par = await sh(`parallel --will-cite --pipepart -a ${q} --block 256k -k -j 2 ${node} ${cli} extract -`);
    expect(par.code, par.err).toBe(0);
    expect(par.err).not.toContain('skipped');
    expect(par.out.length).toBeGreaterThan(100_000);
    expect(par.out).toBe(one.out);
    // the README's recipe: one block a job slot (a process each); across machines, one process a machine with
    // --jobs (2/: is this machine with two job slots, standing for two machines of one slot each)
    const slots = await sh(`parallel --will-cite --pipepart -a ${q} --block -1 -k -j 2 ${node} ${cli} extract -`);
    expect(slots.code, slots.err).toBe(0);
    expect(slots.err.match(/documents?,/g)).toHaveLength(2);
    expect(slots.out).toBe(one.out);
    const machines = await sh(`parallel --will-cite --pipepart -a ${q} --block -1 -k -S 2/: ${node} ${cli} extract --jobs 2 -`);
    expect(machines.code, machines.err).toBe(0);
    expect(machines.out).toBe(one.out);
    // and the same through a pipe (--pipe), as when the input is itself a stream
    const piped = await sh(`cat ${q} | parallel --will-cite --pipe --block 256k -k -j 2 ${node} ${cli} extract -`);
    expect(piped.code, piped.err).toBe(0);
    expect(piped.out).toBe(one.out);
  }, 120_000);
});
