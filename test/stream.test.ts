// Streaming extraction in process (the workers run the built extractor):
// order kept, bad lines named with their line numbers, failures isolated, and
// files cut into blocks without losing or shifting a mention.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { blocksAhead, extractSources, extractStream, type Source, type StreamDoc } from '../src/harness/stream.js';
import { WorkerPool } from '../src/harness/pool.js';
import { prestartWorker, takePrestarted } from '../src/harness/prestart.js';
import { BlockBuffers, BlockSizer, fileParts, lineBlocks, findCut, readSmallFile, type SourceState } from '../src/harness/input.js';
import { extractRules } from '../src/core/pipeline.js';
import { mentionLine } from '../src/data/mentions.js';
import { runBlock } from '../src/harness/blocks.js';
import { decodeUtf8Units, releaseUnits } from '../src/text/utf8.js';
import { ruleExtractor } from '../src/extractors/rule.js';
import type { Extractor } from '../src/types.js';

const ROOT = join(__dirname, '..');
const BROKEN = join(__dirname, 'fixtures', 'broken-extractors.mjs');
const HOSTILE = join(__dirname, 'fixtures', 'hostile-extractors.mjs');

async function run(sources: Source[], spec: string, jobs: number, timeoutMs = 60_000, blockBytes?: number, isolation?: 'thread' | 'process') {
  let out = '';
  let err = '';
  const s = await extractSources(sources, { spec, options: {}, jobs, timeoutMs, blockBytes, isolation, out: (x) => { out += x.toString('utf8'); }, err: (x) => { err += x; } });
  return { out, lines: out ? out.trimEnd().split('\n').map((l) => JSON.parse(l)) : [], err, stats: { docs: s.docs, mentions: s.mentions, bad: s.bad }, workers: s.workers };
}

async function* chunks(xs: (string | Buffer)[]) { for (const x of xs) yield typeof x === 'string' ? Buffer.from(x) : x; }
const stdin = (lines: string[], split = 7): Source => {
  // deliver the bytes in small odd-sized chunks, as a pipe does
  const all = Buffer.from(lines.map((l) => `${l}\n`).join(''));
  const parts: string[] = [];
  for (let i = 0; i < all.length; i += split) parts.push(all.subarray(i, i + split).toString('latin1'));
  return { lines: (async function* () { for (const p of parts) yield Buffer.from(p, 'latin1'); })(), name: 'stdin' };
};

describe('extract streaming', () => {
  it('invalid UTF-8 in a later part of a file: every mention of the lines before it is written, the message and counts say so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-utf8-'));
    const good = Array.from({ length: 400 }, (_, i) => `第${i + 1}项，全年收入${i + 5}亿元，增长${(i % 9) + 1}.5%。\n`).join('');
    writeFileSync(join(dir, 'good.txt'), good);
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from(good), Buffer.from('增长5%'), Buffer.from([0xff]), Buffer.from('，共12万人。\n')]));
    for (const jobs of [1, 2]) {
      const whole = await run([{ file: join(dir, 'good.txt'), doc: 'd' }], 'rule', jobs, 60_000, 4096);
      const cut = await run([{ file: join(dir, 'bad.txt'), doc: 'd' }], 'rule', jobs, 60_000, 4096);
      expect(cut.out).toBe(whole.out);
      expect(cut.err.replace(dir, '<dir>')).toBe(`<dir>/bad.txt:401: not valid UTF-8 at byte ${Buffer.byteLength(good) + 8} (0xff); the file from this line on is skipped; the mentions of the 400 lines before it were written; the text before it is UTF-8: remove or mend the byte\n`);
      const stats = { docs: 0, mentions: 0, bad: 0 };
      await extractSources([{ file: join(dir, 'bad.txt'), doc: 'd' }], { spec: 'rule', options: {}, jobs, timeoutMs: 60_000, blockBytes: 4096, out: () => undefined, err: () => undefined }, stats);
      expect(stats).toEqual({ docs: 0, partial: 1, unread: 1, mentions: whole.lines.length, bad: 1 });
    }
  });

  it('keeps input order with several workers, small blocks, and names bad lines', async () => {
    const input = [
      JSON.stringify({ doc: 'a', text: '共5件' }), '{not json', JSON.stringify({ doc: 'b' }),
      ...Array.from({ length: 20 }, (_, k) => JSON.stringify({ doc: `d${k}`, text: `共${k + 1}件，增长${k}.5%。`.repeat(50 - 2 * k) })),
    ];
    const r = await run([stdin(input)], 'rule', 3, 60_000, 256);
    expect([...new Set(r.lines.map((l) => l.doc))]).toEqual(['a', ...Array.from({ length: 20 }, (_, k) => `d${k}`)]);
    expect(r.err).toContain('stdin:2: not valid JSON');
    expect(r.err).toContain('stdin:3: expected {"doc": string, "text": string}');
    expect(r.stats).toEqual({ docs: 21, mentions: r.lines.length, bad: 2 });
    // the same output with one worker and one big block
    const one = await run([stdin(input, 1 << 20)], 'rule', 1);
    expect(one.out).toBe(r.out);
  });

  it('a slow extractor gets small blocks, so that a few documents still spread over every worker (it used to get them all in one block)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zhnum-slow-')), 'threads.txt');
    process.env.ZHNUM_TEST_THREADS_FILE = file;
    try {
      // 8 documents of ~10 KB: 80 KB, far below the 1 MiB a block may reach
      const input = Array.from({ length: 8 }, (_, k) => JSON.stringify({ doc: `d${k}`, text: `共${k}件。`.repeat(2000) }));
      const r = await run([stdin(input, 4096)], `file:${BROKEN}#slowAndTells`, 2);
      expect(r.stats).toMatchObject({ docs: 8, bad: 0 });
      const threads = readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split(' ')[0]);
      expect(threads).toHaveLength(8);
      expect(new Set(threads).size).toBe(2);
    } finally {
      delete process.env.ZHNUM_TEST_THREADS_FILE;
    }
  }, 60_000);

  it('a document that hangs is reported with its line and skipped; the rest of its block goes on', async () => {
    const input = [
      JSON.stringify({ doc: 'x', text: '结案3件' }),
      JSON.stringify({ doc: 'y', text: '法院受理5件' }),
      JSON.stringify({ doc: 'z', text: '结案7件' }),
    ];
    const r = await run([stdin(input)], `file:${BROKEN}#hangs`, 1, 1500);
    expect(r.err).toContain('stdin:2: y: no answer within 1500 ms (--timeout MS allows more); document skipped');
    expect(r.stats).toMatchObject({ docs: 2, bad: 1 });
  });

  it('invalid mentions are dropped with a message, valid ones kept', async () => {
    const r = await run([stdin([JSON.stringify({ doc: 'z', text: '共受理120件' })])], `file:${BROKEN}#outOfRange`, 1);
    expect(r.lines).toEqual([{ doc: 'z', start: 3, end: 7, text: '120件', type: 'COUNT', value: 120, unit: '件', qualifier: 'exact' }]);
    expect(r.err).toMatch(/stdin:1: z: 1 invalid mention\(s\) dropped; first: mention 0: span \[\d+, \d+\) is outside the document/);
  });

  it('documents as objects (the library form) name their own place in messages', async () => {
    const docs: StreamDoc[] = [{ doc: 'p', text: '结案3件', at: 'p.txt' }, { doc: 'q', text: '法院受理5件', at: 'q.txt' }];
    let err = '';
    let out = '';
    const s = await extractStream(docs, { spec: `file:${BROKEN}#throws`, options: {}, jobs: 1, timeoutMs: 60_000, out: (x) => { out += x.toString(); }, err: (x) => { err += x; } });
    expect(err).toBe('p.txt: p: the extractor threw: boom on purpose; document skipped\n');
    expect(s).toEqual({ docs: 1, mentions: 0, bad: 1 });
    expect(out).toBe('');
  });

  it('files cut into blocks give exactly the mentions of the whole text (seed and report corpora)', async () => {
    const dirs = [join(ROOT, 'seeds'), join(ROOT, 'datasets', 'reports', 'docs')];
    const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
    let want = '';
    const sources: Source[] = files.map((file, i) => {
      const doc = `f${i}`;
      const text = readFileSync(file, 'utf8');
      for (const m of extractRules(text)) want += mentionLine(JSON.stringify(doc), m);
      return { file, doc };
    });
    // 4 KiB blocks: hundreds of cuts
    const r = await run(sources, 'rule', 2, 60_000, 4096);
    expect(r.err).toBe('');
    expect(r.stats.docs).toBe(files.length);
    expect(r.out).toBe(want);
  }, 120_000);

  it('a file smaller than a block is read at once (synchronously), a larger one in blocks: the same lines, the same messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-small-'));
    const line = '全年收入5亿元，增长3.5%。\n';
    const block = 256;
    // a line of mentions filled up with ASCII to exactly one block, and to one byte more; a few lines; many; none
    const fill = (bytes: number) => line + 'x'.repeat(bytes - Buffer.byteLength(line));
    const texts: [string, string][] = [
      ['one-block.txt', fill(block)],
      ['one-more.txt', fill(block + 1)],
      ['three.txt', line.repeat(3)],
      ['many.txt', line.repeat(40)],
      ['empty.txt', ''],
    ];
    let want = '';
    const sources: Source[] = texts.map(([f, t]) => {
      writeFileSync(join(dir, f), t);
      for (const m of extractRules(t)) want += mentionLine(JSON.stringify(f), m);
      return { file: join(dir, f), doc: f };
    });
    const r = await run(sources, 'rule', 1, 60_000, block);
    expect(r.err).toBe('');
    expect(r.out).toBe(want);
    expect(r.stats).toEqual({ docs: texts.length, mentions: want.split('\n').length - 1, bad: 0 });
    // a byte-order mark, in a small file and in a large one; a missing file; a folder: the same words either way
    writeFileSync(join(dir, 'bom-small.txt'), `\ufeff${line}`);
    writeFileSync(join(dir, 'bom-large.txt'), `\ufeff${line.repeat(40)}`);
    const bad = await run(['bom-small.txt', 'bom-large.txt', 'missing.txt', '.'].map((f) => ({ file: join(dir, f), doc: f })), 'rule', 1, 60_000, block);
    expect(bad.out).toBe('');
    expect(bad.err.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(`
      "<dir>/bom-small.txt:1: starts with a UTF-8 byte-order mark; offsets would be off by one: remove it; file skipped
      <dir>/bom-large.txt:1: starts with a UTF-8 byte-order mark; offsets would be off by one: remove it; file skipped
      <dir>/missing.txt:1: cannot read: ENOENT: no such file or directory, open '<dir>/missing.txt'; file skipped
      <dir>:1: cannot read: it is a folder; file skipped
      "
    `);
    expect(bad.stats).toEqual({ docs: 0, mentions: 0, bad: 4 });
    // a file of exactly one block is cut after its last sentence end, as any file of a block or more
    // (count() takes the first 数件 of each text it gets: two parts, two mentions)
    const exact = join(dir, 'exact.txt');
    writeFileSync(exact, `共5件。\n${'x'.repeat(block - Buffer.byteLength('共5件。\n共6件'))}共6件`);
    const cut = await run([{ file: exact, doc: 'e' }], `file:${HOSTILE}#neverSettles`, 1, 60_000, block);
    expect(cut.lines.map((l) => l.text)).toEqual(['5件', '6件']);
  });

  it('whole small files go to a worker several at a time: each file\'s lines, messages and counts as on its own, through crashes, timeouts, bad bytes and byte-order marks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-batch-'));
    // 20 files of 30-90 bytes; blocks of 256 bytes: batches of several files
    const sources: Source[] = [];
    const texts: Buffer[] = [];
    for (let i = 0; i < 20; i++) {
      let t = Buffer.from(`第${i}份，共${i + 3}件。\n`.repeat(1 + (i % 3)));
      if (i === 3) t = Buffer.from(`共5件，退出。\n`);
      if (i === 7) t = Buffer.from(`共6件，挂起。\n`);
      if (i === 10) t = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), t]);
      if (i === 13) t = Buffer.concat([t, Buffer.from('共7件'), Buffer.from([0xff]), Buffer.from('。\n')]);
      if (i === 16) t = Buffer.alloc(0);
      const file = join(dir, `f${String(i).padStart(2, '0')}.txt`);
      writeFileSync(file, t);
      texts.push(t);
      sources.push({ file, doc: `d${i}` });
    }
    // what each file gives on its own: count()'s one mention, except where the file is skipped or cut
    const count = (text: string, doc: string) => { const m = /\d+件/.exec(text); return m ? `{"doc":${JSON.stringify(doc)},"start":${m.index},"end":${m.index + m[0].length},"text":"${m[0]}","type":"COUNT","value":${m[0].slice(0, -1)},"unit":"件","qualifier":"exact"}\n` : ''; };
    for (const [spec, skip] of [[`file:${HOSTILE}#exits`, 3], [`file:${HOSTILE}#neverSettles`, 7]] as const) {
      let want = '';
      texts.forEach((t, i) => { if (i !== skip && i !== 10) want += count(t.toString('utf8'), `d${i}`); });
      for (const jobs of [1, 2]) {
        let out = '', err = '';
        const stats = { docs: 0, mentions: 0, bad: 0 };
        await extractSources(sources, { spec, options: {}, jobs, timeoutMs: 2000, blockBytes: 256, out: (b) => { out += b.toString('utf8'); }, err: (x) => { err += x; } }, stats);
        expect(out).toBe(want);
        expect(err.replaceAll(dir, '<dir>')).toBe([
          ...(skip === 3 ? [`<dir>/f03.txt:1: d3: the worker exited with code 3; the part of the file from this line on (${texts[3].length} bytes) skipped`] : []),
          ...(skip === 7 ? [`<dir>/f07.txt:1: d7: no answer within 2000 ms (--timeout MS allows more); the part of the file from this line on (${texts[7].length} bytes) skipped`] : []),
          '<dir>/f10.txt:1: starts with a UTF-8 byte-order mark; offsets would be off by one: remove it; file skipped',
          `<dir>/f13.txt:3: not valid UTF-8 at byte ${texts[13].indexOf(0xff)} (0xff); the file from this line on is skipped; the mentions of the 2 lines before it were written; the text before it is UTF-8: remove or mend the byte`,
          '',
        ].join('\n'));
        expect(stats).toEqual({ docs: 17, mentions: want.split('\n').length - 1, bad: 3, unread: 2, partial: 1 });
      }
    }
    // the rule extractor over the seed and report corpora cut into files of about 2 KB, in batches of 16 KiB: as each file alone
    const seeds = [join(ROOT, 'seeds'), join(ROOT, 'datasets', 'reports', 'docs')].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8'))).join('');
    const parts = seeds.split(/(?<=。)/).reduce<string[]>((a, l) => { if (a.length && Buffer.byteLength(a[a.length - 1]) < 2048) a[a.length - 1] += l; else a.push(l); return a; }, []).slice(0, 120);
    let want = '';
    const many: Source[] = parts.map((t, i) => {
      const file = join(dir, `s${String(i).padStart(3, '0')}.txt`);
      writeFileSync(file, t);
      for (const m of extractRules(t)) want += mentionLine(JSON.stringify(`s${i}`), m);
      return { file, doc: `s${i}` };
    });
    expect(parts.length).toBe(120);
    const sent = vi.spyOn(WorkerPool.prototype, 'blocks');
    try {
      for (const jobs of [1, 2]) {
        const r = await run(many, 'rule', jobs, 60_000, 16_384);
        expect(r.err).toBe('');
        expect(r.out).toBe(want);
        expect(r.stats.docs).toBe(parts.length);
      }
      // several files a request, none over the block's bytes
      const sizes = sent.mock.calls.map(([jobs]) => jobs.reduce((n, j) => n + j.bytes.length, 0));
      expect(sent.mock.calls.length).toBeLessThan(parts.length / 3);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(16_384);
      // empty files weigh nothing: at most 256 a request all the same
      sent.mockClear();
      const empty = Array.from({ length: 600 }, (_, i) => { const file = join(dir, `e${i}.txt`); writeFileSync(file, ''); return { file, doc: `e${i}` }; });
      const r = await run(empty, 'rule', 1, 60_000);
      expect(r.stats).toEqual({ docs: 600, mentions: 0, bad: 0 });
      expect(sent.mock.calls.map(([jobs]) => jobs.length)).toEqual([256, 256, 88]);
      // child processes get one file a request (their word that a block starts travels behind their output)
      sent.mockClear();
      const inProcesses = await run(many.slice(0, 10), 'rule', 1, 60_000, 16_384, 'process');
      expect(inProcesses.out).toBe(want.split('\n').filter((l) => /"doc":"s[0-9]"/.test(l)).map((l) => `${l}\n`).join(''));
      expect(sent).not.toHaveBeenCalled();
      // small files before a pipe go to the worker before the pipe is read, not held back until it has
      // something (the pipe is written only once they have gone)
      sent.mockClear();
      const fifo = join(dir, 'later.txt');
      execFileSync('mkfifo', [fifo]);
      let out = '';
      const done = extractSources([...many.slice(0, 3), { file: fifo, doc: 'pipe' }], { spec: 'rule', options: {}, jobs: 1, timeoutMs: 60_000, out: (b) => { out += b.toString('utf8'); }, err: () => undefined });
      for (let waited = 0; sent.mock.calls.length === 0; waited += 20) {
        if (waited > 20_000) throw new Error('the small files before the pipe were not sent while it waited');
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(sent.mock.calls[0][0].length).toBe(3);
      // (asynchronously: opening a pipe to write waits for its reader, whose open this thread has to make)
      await writeFile(fifo, '共5件。\n');
      expect((await done).docs).toBe(4);
      expect(out).toBe(want.split('\n').filter((l) => /"doc":"s[0-2]"/.test(l)).map((l) => `${l}\n`).join('') + mentionLine('"pipe"', extractRules('共5件。\n')[0]));
    } finally {
      sent.mockRestore();
    }
  }, 60_000);

  it('the lines of small files written together still keep their place among the messages (2>&1 in input order)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-order-'));
    const files = ['共5件。\n', '\ufeff共6件。\n', '共7件。\n', '\xff', '共8件。\n'].map((t, k) => {
      const file = join(dir, `f${k}.txt`);
      writeFileSync(file, k === 3 ? Buffer.from([0xff]) : t);
      return { file, doc: `f${k}` };
    });
    // a pipe last, written to later: the run waits on it, and the answers before it are written as they come
    // (not one at a time, as when the run waits for room)
    const fifo = join(dir, 'later.txt');
    execFileSync('mkfifo', [fifo]);
    for (const jobs of [1, 2]) {
      let both = '';
      const done = extractSources([...files, { file: fifo, doc: 'later' }], { spec: 'rule', options: {}, jobs, timeoutMs: 60_000, out: (b) => { both += b.toString('utf8'); }, err: (m) => { both += `! ${m.replace(dir, '<dir>')}`; } });
      await new Promise((r) => setTimeout(r, 300));
      await writeFile(fifo, '共9件。\n');
      await done;
      expect(both.split('\n').map((l) => (l.startsWith('!') ? l.slice(0, 22) : l.startsWith('{') ? JSON.parse(l).text : l))).toEqual(['5件', '! <dir>/f1.txt:1: star', '7件', '! <dir>/f3.txt:1: not ', '8件', '9件', '']);
    }
  });

  it('lines go out as soon as every piece before them is written, also while a later source waits (a pipe with nothing in it yet)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-eager-'));
    const files = [0, 1, 2].map((i) => { const file = join(dir, `f${i}.txt`); writeFileSync(file, `第${i}份，共${i + 3}件。\n`); return { file, doc: `f${i}` }; });
    // a large file too (parts, not a batch), then the pipe
    const large = join(dir, 'large.txt');
    writeFileSync(large, '共8件。\n'.repeat(2000));
    const fifo = join(dir, 'later.txt');
    execFileSync('mkfifo', [fifo]);
    for (const jobs of [1, 2]) {
      let out = '';
      let arrived!: () => void;
      const before = new Promise<void>((resolve) => { arrived = resolve; });
      const done = extractSources([...files, { file: large, doc: 'large' }, { file: fifo, doc: 'pipe' }], { spec: 'rule', options: {}, jobs, timeoutMs: 60_000, blockBytes: 4096, out: (b) => { out += b.toString('utf8'); if (out.split('"doc":"large"').length - 1 === 2000) arrived(); }, err: () => undefined });
      // every line of the sources before the pipe, before anything is written into it (held back, they would never come)
      let timer!: NodeJS.Timeout;
      await Promise.race([before, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('the lines before the pipe were not written while it waited')), 30_000); })]);
      clearTimeout(timer);
      expect(out.startsWith([0, 1, 2].map((i) => extractRules(`第${i}份，共${i + 3}件。\n`).map((m) => mentionLine(`"f${i}"`, m)).join('')).join(''))).toBe(true);
      // (asynchronously: opening a pipe to write waits for its reader, whose open this thread has to make)
      await writeFile(fifo, '共5件。\n');
      expect((await done).docs).toBe(5);
      expect(out.endsWith(mentionLine('"pipe"', extractRules('共5件。\n')[0]))).toBe(true);
    }
  });

  it('child-process workers (no shared memory: blocks are sent as copies) give the same output as threads', async () => {
    const file = join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0]);
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 200).map((t, k) => JSON.stringify({ doc: `l${k}`, text: t }));
    for (const src of [() => ({ file, doc: 'f' }), () => stdin(lines, 4096)] as (() => Source)[]) {
      const threads = await run([src()], 'rule', 2, 60_000, 8192, 'thread');
      const procs = await run([src()], 'rule', 2, 60_000, 8192, 'process');
      expect(procs.err).toBe('');
      expect(threads.lines.length).toBeGreaterThan(100);
      expect(procs.out).toBe(threads.out);
    }
  }, 120_000);

  it('lent answer memory (lend): the same lines, each block\'s memory reused only after `written`, and never lent to a caller that keeps its Buffers', async () => {
    // blocks of nearly one size, so that a freed memory fits the next block
    const file = join(mkdtempSync(join(tmpdir(), 'zhnum-lend-')), 'even.txt');
    // and fewer bytes of answer than of text, as in reports (an answer that outgrows the lent memory moves to the worker's own)
    const words = '这是一段用来模拟报告正文的说明文字，内容较长而且没有数字。'.repeat(4);
    writeFileSync(file, `${words}共5件。\n`.repeat(300));
    const lines = Array.from({ length: 300 }, (_, k) => JSON.stringify({ doc: `l${k}`, text: `${words}共${k}件。` }));
    for (const src of [() => ({ file, doc: 'f' }), () => stdin(lines, 4096)] as (() => Source)[]) {
      const kept = await run([src()], 'rule', 2, 60_000, 4096);
      // a slow writer: each block's bytes are read only later, and `written` comes after that
      const held: { b: Buffer; written: () => void }[] = [];
      let out = '';
      const memories = new Set<ArrayBufferLike>();
      let blocks = 0;
      const flush = () => { for (const h of held.splice(0)) { out += h.b.toString('utf8'); h.written(); } };
      await extractSources([src()], {
        spec: 'rule', options: {}, jobs: 2, timeoutMs: 60_000, blockBytes: 4096, lend: true, err: () => undefined,
        out: async (b, written) => { blocks++; memories.add(b.buffer); held.push({ b, written: written ?? (() => { throw new Error('lend: true gave no written callback'); }) }); if (held.length > 2) { await new Promise((r) => setTimeout(r, 1)); flush(); } },
      });
      flush();
      expect(out).toBe(kept.out);
      expect(blocks).toBeGreaterThan(10);
      // reused: far fewer memories than blocks (each block had its own before)
      expect(memories.size).toBeLessThan(blocks / 2);
    }
    // without lend every block's Buffer is the caller's, and `out` gets it alone (a caller's bound function may take a second argument for something else)
    const seen = new Set<ArrayBufferLike>();
    let n = 0;
    const argc = new Set<number>();
    await extractSources([{ file, doc: 'f' }], { spec: 'rule', options: {}, jobs: 2, timeoutMs: 60_000, blockBytes: 4096, err: () => undefined, out: (...args: unknown[]) => { n++; argc.add(args.length); seen.add((args[0] as Buffer).buffer); } });
    expect(n).toBeGreaterThan(10);
    expect(seen.size).toBe(n);
    expect([...argc]).toEqual([1]);
    // worker processes get no lent memory (it does not reach them): the same lines
    let procs = '';
    await extractSources([{ file, doc: 'f' }], { spec: 'rule', options: {}, jobs: 2, timeoutMs: 60_000, blockBytes: 4096, isolation: 'process', lend: true, err: () => undefined, out: (b, written) => { procs += b.toString('utf8'); written?.(); } });
    expect(procs).toBe((await run([{ file, doc: 'f' }], 'rule', 2, 60_000, 4096)).out);
  }, 120_000);

  it('lent memory that an answer outgrew goes back at once (the worker is done with it)', async () => {
    // dense text: every answer is far larger than its block, so none fits the memory lent for it
    const file = join(mkdtempSync(join(tmpdir(), 'zhnum-lend-')), 'dense.txt');
    writeFileSync(file, '共5件，增长3.5%。\n'.repeat(4000));
    const kept = await run([{ file, doc: 'f' }], 'rule', 2, 60_000, 4096);
    const given = new Set<ArrayBufferLike>();
    let acquired = 0;
    const real = BlockBuffers.prototype.acquire;
    const spy = vi.spyOn(BlockBuffers.prototype, 'acquire').mockImplementation(function (this: BlockBuffers, size: number) {
      const b = real.call(this, size);
      acquired++;
      given.add(b.buffer);
      return b;
    });
    try {
      let out = '';
      await extractSources([{ file, doc: 'f' }], { spec: 'rule', options: {}, jobs: 2, timeoutMs: 60_000, blockBytes: 4096, lend: true, err: () => undefined, out: (b, written) => { out += b.toString('utf8'); written?.(); } });
      expect(out).toBe(kept.out);
    } finally {
      spy.mockRestore();
    }
    // blocks and answers both: far fewer memories than acquisitions
    expect(acquired).toBeGreaterThan(20);
    expect(given.size).toBeLessThan(acquired / 2);
  }, 120_000);

  it('a file with no sentence end is cut at a line break, then between characters, with offsets carried', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cut-'));
    const text = `${'共5件 '.repeat(3000)}\n${'𠀀增长7.39% '.repeat(3000)}`;
    writeFileSync(join(dir, 'a.txt'), text);
    const r = await run([{ file: join(dir, 'a.txt'), doc: 'a' }], 'rule', 2, 60_000, 1024);
    expect(r.out).toBe(extractRules(text).map((m) => mentionLine('"a"', m)).join(''));
    const cps = Array.from(text);
    expect(r.lines.length).toBeGreaterThan(5000);
    for (const m of r.lines) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
    // without spaces either: cut between characters, offsets still right
    writeFileSync(join(dir, 'b.txt'), '𠀀'.repeat(5000) + '共5件');
    const b = await run([{ file: join(dir, 'b.txt'), doc: 'b' }], 'rule', 1, 60_000, 1024);
    expect(b.lines).toMatchObject([{ start: 5001, end: 5003, text: '5件' }]);
  });
});

describe('cutting input into blocks', () => {
  it('a document with no sentence end is cut where no mention is split: 13916\\n件 across every line break', () => {
    // 1.6M code units, no 。！？ and a numeral before every line break: the core's forced cuts must find another place
    const unit = '数据13916\n件，';
    const text = unit.repeat(200_000);
    const found = extractRules(text);
    expect(found.length).toBe(200_000);
    expect(found.every((m) => m.text === '13916\n件' && m.value === 13916)).toBe(true);
  });

  it('a small file is read whole at once; one of a block or more, a folder, a pipe (not opened: a writer waiting keeps its pipe for the general path) or a missing file is left to the general path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-small-read-'));
    const text = '全年收入5亿元，增长3.5%。\n'.repeat(3);
    const size = Buffer.byteLength(text);
    const file = join(dir, 'a.txt');
    writeFileSync(file, text);
    const buffers = new BlockBuffers();
    expect(readSmallFile(file, size + 1, buffers)?.toString('utf8')).toBe(text);
    expect(readSmallFile(file, size, buffers)).toBeNull();
    expect(readSmallFile(join(dir, 'empty.txt'), 10, buffers)).toBeNull();
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(readSmallFile(join(dir, 'empty.txt'), 10, buffers)?.length).toBe(0);
    expect(readSmallFile(dir, 1 << 20, buffers)).toBeNull();
    // a pipe with a writer waiting: left alone, and the general path reads what the writer writes
    // (opened here and closed again, it let the writer in, lost its bytes, and the general path waited for ever)
    const fifo = join(dir, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    let settled = false;
    const writing = writeFile(fifo, '共9件。\n').finally(() => { settled = true; });
    await new Promise((r) => setTimeout(r, 50));
    expect(readSmallFile(fifo, 1 << 20, buffers)).toBeNull();
    // the writer still waits for a reader: the pipe was not opened
    await new Promise((r) => setTimeout(r, 100));
    expect(settled).toBe(false);
    const source: SourceState = { name: fifo, lineBase: 0, failed: false, file: true };
    const piped: string[] = [];
    for await (const p of fileParts(fifo, 'fifo', source, 1 << 20, buffers, null)) if (p.kind === 'job') piped.push(Buffer.from(p.job.bytes).toString('utf8'));
    await writing;
    expect(piped.join('')).toBe('共9件。\n');
    // what the caller read is what fileParts hands out (it does not read the file again)
    const got: string[] = [];
    for await (const p of fileParts(file, 'a', source, 1 << 20, buffers, Buffer.from('共5件。'))) if (p.kind === 'job') got.push(Buffer.from(p.job.bytes).toString('utf8'));
    expect(got).toEqual(['共5件。']);
    // with nothing read by the caller (null), the general path reads it in parts of the block size
    got.length = 0;
    for await (const p of fileParts(file, 'a', source, 16, buffers, null)) if (p.kind === 'job') got.push(Buffer.from(p.job.bytes).toString('utf8'));
    expect(got.join('')).toBe(text);
    expect(got.length).toBeGreaterThan(1);
  });

  it("the workers to start are counted from the files' sizes only until there are enough: a folder of many files is not stat'ed whole first", () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-ahead-'));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(3000));
    let looked = 0;
    const counted = (file: string): Source => ({ get file() { looked++; return file; }, doc: file } as Source);
    const many = () => [counted(join(dir, 'big.txt')), ...Array.from({ length: 1000 }, (_, k) => counted(join(dir, `missing-${k}.txt`)))];
    // 3000 bytes in blocks of 1000: three blocks from the first file alone
    expect(blocksAhead(many(), 1000, 2)).toBe(3);
    expect(looked).toBe(1);
    looked = 0;
    expect(blocksAhead(many(), 1000, 5)).toBe(5);
    expect(looked).toBe(3);
    looked = 0;
    // every file a block at least (a missing one too: fileParts reports it)
    expect(blocksAhead(many(), 1000, Infinity)).toBe(1003);
    expect(looked).toBe(1001);
    expect(blocksAhead([counted(join(dir, 'big.txt')), stdin(['{}'])], 1000, 8)).toBe(Infinity);
  });

  it('block memory is shared and reused once released; ordinary buffers are never kept', () => {
    const b = new BlockBuffers(2);
    const x = b.acquire(1000);
    expect(x.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(x.length).toBe(1000);
    b.release(x);
    b.release(x); // twice: still one entry
    const y = b.acquire(900);
    expect(y.buffer).toBe(x.buffer);
    expect(b.acquire(900).buffer).not.toBe(x.buffer);
    b.release(Buffer.alloc(5000));
    expect(b.acquire(5000).buffer).toBeInstanceOf(SharedArrayBuffer);
    // a huge one (a 100 MB line) is not kept
    const big = new BlockBuffers(2);
    const h = big.acquire(BlockBuffers.KEEP_MAX_BYTES + 1);
    big.release(h);
    expect(big.acquire(10).buffer).not.toBe(h.buffer);
    // full of small memories (the first JSON-line blocks are small), a larger one takes the smallest one's place, so that large blocks reuse it
    const pool = new BlockBuffers(2);
    const small = [pool.acquire(100), pool.acquire(200)];
    const large = pool.acquire(100_000);
    for (const m of [...small, large]) pool.release(m);
    expect(pool.acquire(90_000).buffer).toBe(large.buffer);
    expect(pool.acquire(150).buffer).toBe(small[1].buffer);
  });

  it('JSON-line blocks are sized to the extractor: small at first, about TARGET_MS of work, at most ×4 a step, within MIN and the maximum', () => {
    const z = new BlockSizer(1 << 20);
    expect(z.next()).toBe(BlockSizer.START);
    z.observe(BlockSizer.START, 1); // very fast: grows, but only ×4
    expect(z.next()).toBe(4 * BlockSizer.START);
    for (let k = 0; k < 10; k++) z.observe(z.next(), 1);
    expect(z.next()).toBe(1 << 20);
    const slow = new BlockSizer(1 << 20);
    slow.observe(20_000, 10_000); // 2 bytes/ms: Recognizers-Text speed
    expect(slow.next()).toBe(BlockSizer.MIN);
    const mid = new BlockSizer(1 << 20);
    mid.observe(8192, 8192 / 600 * 0.5); // 1200 bytes/ms → 120,000 bytes, capped at ×4 of the start
    expect(mid.next()).toBe(4 * BlockSizer.START);
    mid.observe(32768, 32768 / 1200);
    expect(mid.next()).toBe(Math.round(Math.min(16 * BlockSizer.START, 1200 * BlockSizer.TARGET_MS)));
    // a failed block (no time) changes nothing
    mid.observe(1000, Number.NaN);
    expect(mid.next()).toBe(Math.round(Math.min(16 * BlockSizer.START, 1200 * BlockSizer.TARGET_MS)));
  });

  it('stdin: each block ends at the first line end at or after the size asked for at that moment', async () => {
    const src: SourceState = { name: 'stdin', lineBase: 0, failed: false };
    const lines = Array.from({ length: 30 }, (_, k) => `{"doc":"d${k}","text":"${'共5件'.repeat(k % 7)}"}`);
    const input = lines.join('\n') + '\n';
    const sizes = [1, 40, 200, 5];
    let calls = 0;
    const blocks: string[] = [];
    for await (const p of lineBlocks(chunks(input.match(/[\s\S]{1,64}/g)!), src, () => sizes[calls++ % sizes.length])) if (p.kind === 'job') blocks.push(Buffer.from(p.job.bytes).toString());
    expect(blocks.join('')).toBe(input);
    for (const b of blocks) expect(b.endsWith('\n')).toBe(true);
    // a target of one byte gives one line a block: the first block is the first line
    expect(blocks[0]).toBe(`${lines[0]}\n`);
    expect(blocks.length).toBeGreaterThan(8);
  });

  it('findCut prefers a sentence end before a line break, then any sentence end', () => {
    expect(findCut(Buffer.from('甲。\n乙。丙\n丁'), false)).toBe(Buffer.from('甲。\n').length);
    expect(findCut(Buffer.from('甲。乙\n丙'), false)).toBe(Buffer.from('甲。').length);
    expect(findCut(Buffer.from('甲乙\n丙'), true)).toBe(-1);
    expect(findCut(Buffer.from('甲乙\n丙'), false)).toBe(Buffer.from('甲乙\n').length);
    // no line break either: between two characters, never inside one
    expect(findCut(Buffer.from('甲乙丙'), false)).toBe(6);
  });

  it('findCut with no sentence end never cuts beside a numeral where a quiet place exists (13916\\n件 is one mention)', () => {
    const text = '数据13916\n件，'.repeat(2000);
    const cut = findCut(Buffer.from(text), false);
    const before = Buffer.from(text).subarray(0, cut).toString();
    expect(before.endsWith('件，')).toBe(true);
    expect(findCut(Buffer.from('甲\n乙12\n件'), false)).toBe(Buffer.from('甲\n').length);
    expect(findCut(Buffer.from('共1，234件 增长5 %'), false)).toBe(Buffer.from('共1，234件 ').length);
    // only numeral-side breaks: the last line break, as before
    expect(findCut(Buffer.from('12\n34\n56'), false)).toBe(6);
  });

  it('findCut gives the latest cut of its kind in the whole buffer, wherever it lies and whichever kind comes later', () => {
    // the plain reading: each kind's last end over the whole buffer (findCut looks at the tail first, and for a later kind only past an earlier one)
    const lastOf = (buf: Buffer, seqs: string[]) => Math.max(-1, ...seqs.map((q) => { const b = Buffer.from(q); const i = buf.lastIndexOf(b); return i < 0 ? -1 : i + b.length; }));
    const plain = (buf: Buffer, mayExtend: boolean) => {
      const a = lastOf(buf, ['。\n', '！\n', '？\n']);
      if (a > 0) return a;
      const b = lastOf(buf, ['。', '！', '？']);
      if (b > 0) return b;
      if (mayExtend) return -1;
      // a break with no numeral beside it, in the last 64 KiB: line break, then space or tab, then clause mark
      const numeral = (c: string) => /[0-9０-９.．〇零○一二两兩三四五六七八九十百千万萬亿億廿卅壹贰貳叁叄肆伍陆陸柒捌玖拾佰仟]/.test(c);
      const cps = Array.from(buf.toString());
      for (const group of [['\n'], [' ', '\t'], ['，', '；', '：']]) {
        let at = -1, byte = 0;
        cps.forEach((c, k) => {
          const end = byte + Buffer.byteLength(c);
          if (group.includes(c) && byte >= Math.max(1, buf.length - 65536) && !numeral(cps[k - 1] ?? '') && !numeral(cps[k + 1] ?? '')) at = end;
          byte = end;
        });
        if (at > 0) return at;
      }
      const nl = buf.lastIndexOf(10);
      if (nl >= 0) return nl + 1;
      const sp = lastOf(buf, [' ', '\t', '\u3000']);
      if (sp > 0) return sp;
      let i = buf.length - 1;
      while (i > 0 && (buf[i] & 0xc0) === 0x80) i--;
      return i > 0 ? i : buf.length;
    };
    const piece = fc.constantFrom('。', '！', '？', '\n', ' ', '\t', '\u3000', '。\n', '？\n', '共', 'a', '5', '，', '；', '件', '万');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(150_000), fc.array(piece, { maxLength: 12 }), fc.boolean(), (head, filler, tail, mayExtend) => {
      // a long run without any cut between the two ends: the tail window (64 KiB) holds none of the head's
      const buf = Buffer.from(head.join('') + '共'.repeat(filler / 3) + tail.join('') + '乙');
      expect(findCut(buf, mayExtend)).toBe(plain(buf, mayExtend));
    }), { numRuns: 300 });
  });

  it('stdin: a BOM at the start is dropped, lines are never split, a line over the limit is skipped', async () => {
    const src: SourceState = { name: 'stdin', lineBase: 0, failed: false };
    const input = ['\uFEFF{"a":1}', 'x'.repeat(300), '{"b":2}', '{"c":3}'].join('\n') + '\n';
    const pieces = [];
    for await (const p of lineBlocks(chunks(input.match(/[\s\S]{1,5}/g)!), src, 8, 100)) pieces.push(p);
    const text = pieces.map((p) => (p.kind === 'job' ? Buffer.from(p.job.bytes).toString() : `<${p.message}>\n`)).join('');
    expect(text).toBe('{"a":1}\n<line longer than 100 bytes; skipped (give a document that big as a .txt file, which is read in parts)>\n{"b":2}\n{"c":3}\n');
    for (const p of pieces) if (p.kind === 'job') expect(Buffer.from(p.job.bytes).toString().endsWith('\n')).toBe(true);
  });

  it('stdin: a BOM that arrives split over chunks is dropped too; input that only starts like one is kept', async () => {
    const read = async (parts: Buffer[]) => {
      const out = [];
      for await (const p of lineBlocks(chunks(parts), { name: 'stdin', lineBase: 0, failed: false }, 8, 100)) if (p.kind === 'job') out.push(Buffer.from(p.job.bytes));
      return Buffer.concat(out);
    };
    const line = Buffer.from('{"a":1}\n');
    for (const cut of [1, 2]) expect((await read([Buffer.from([0xef, 0xbb, 0xbf]).subarray(0, cut), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]).subarray(cut), line])])).toString()).toBe('{"a":1}\n');
    expect([...await read([Buffer.from([0xef]), Buffer.from([0xbb])])]).toEqual([0xef, 0xbb]);
    expect([...await read([Buffer.from([0xef]), Buffer.from('x\n')])]).toEqual([0xef, 0x78, 0x0a]);
  });
});

// A part of a .txt file reaches a sentence-local extractor in pieces (see
// PIECE_UNITS); the JSON lines must be those of the whole part.
describe('a part of a file in pieces (runBlock)', () => {
  const gazette = readFileSync(join(ROOT, 'seeds', '002_0cdaa93c0b4343c5.txt'), 'utf8');
  // astral characters on the way, so that piece offsets must be counted in code points
  const text = gazette.split('\n').map((l, k) => (k % 40 === 0 ? `𠀀${l}` : l)).join('\n');
  const job = { kind: 'text' as const, bytes: Buffer.from(text), doc: 'g', cpBase: 7 };
  const spy = (local: boolean, calls: number[], throwOn = -1): Extractor => ({
    ...ruleExtractor,
    sentenceLocal: local,
    extract: (t: string) => {
      calls.push(t.length);
      if (calls.length - 1 === throwOn) throw new Error('boom in a piece');
      return extractRules(t);
    },
  });

  it('a sentence-local extractor gets pieces, another the whole part; the lines are the same', async () => {
    const pieces: number[] = [];
    const whole: number[] = [];
    const a = await runBlock(spy(true, pieces), job, () => {}, 2000);
    const b = await runBlock(spy(false, whole), job, () => {}, 2000);
    expect(whole).toEqual([text.length]);
    expect(pieces.length).toBeGreaterThan(50);
    expect(pieces.reduce((x, y) => x + y, 0)).toBe(text.length);
    expect(a.mentions).toBeGreaterThan(1000);
    expect(a.notes).toEqual([]);
    expect(Buffer.from(a.out).toString()).toBe(Buffer.from(b.out).toString());
    expect(Buffer.from(b.out).toString()).toBe(extractRules(text).map((m) => mentionLine('"g"', m, 7)).join(''));
  });

  it('an empty file is still handed over, to every extractor, an empty last part of a file not; CRLF text in pieces gives the lines of the whole', async () => {
    for (const local of [true, false]) {
      const calls: number[] = [];
      const r = await runBlock(spy(local, calls, 0), { ...job, bytes: Buffer.alloc(0), cpBase: 0 }, () => {}, 2000);
      expect(calls).toEqual([0]);
      expect(r).toMatchObject({ bad: 1, docs: 0, mentions: 0 });
      // after a part that ended the text exactly (cpBase > 0): counted, not extracted
      const after: number[] = [];
      const r2 = await runBlock(spy(local, after, 0), { ...job, bytes: Buffer.alloc(0) }, () => {}, 2000);
      expect(after).toEqual([]);
      expect(r2).toMatchObject({ bad: 0, docs: 1, mentions: 0, notes: [] });
    }
    const crlf = text.replace(/\n/g, '\r\n');
    const bytes = Buffer.from(crlf);
    const pieces: number[] = [];
    const a = await runBlock(spy(true, pieces), { ...job, bytes }, () => {}, 1000);
    expect(pieces.length).toBeGreaterThan(50);
    expect(Buffer.from(a.out).toString()).toBe(extractRules(crlf).map((m) => mentionLine('"g"', m, 7)).join(''));
  });

  it('JSON lines: a sentence-local extractor gets each document in pieces; a throw skips that document whole', async () => {
    const docs = [{ doc: 'g', text }, { doc: 'short', text: '共5件。' }, { doc: 'esc"aped', text: text.slice(0, 20000) }];
    // one line in Python's spacing, which the worker reads itself as well
    const lines = docs.map((d, k) => (k === 1 ? `{"doc": ${JSON.stringify(d.doc)}, "text": ${JSON.stringify(d.text)}}` : JSON.stringify(d)));
    const linesJob = { kind: 'lines' as const, bytes: Buffer.from(lines.join('\n') + '\n'), skip: [] };
    const want = docs.map((d) => extractRules(d.text).map((m) => mentionLine(JSON.stringify(d.doc), m)).join('')).join('');
    const pieces: number[] = [];
    const whole: number[] = [];
    const a = await runBlock(spy(true, pieces), linesJob, () => {}, 2000);
    const b = await runBlock(spy(false, whole), linesJob, () => {}, 2000);
    expect(whole).toEqual(docs.map((d) => d.text.length));
    expect(pieces.length).toBeGreaterThan(60);
    expect(Buffer.from(a.out).toString()).toBe(want);
    expect(Buffer.from(b.out).toString()).toBe(want);
    expect(a).toMatchObject({ docs: 3, bad: 0, notes: [] });
    // the fifth piece is in the first document: none of its lines are written, the others are
    const calls: number[] = [];
    const c = await runBlock(spy(true, calls, 4), linesJob, () => {}, 2000);
    expect(c.notes).toEqual([{ line: 1, doc: 'g', message: 'the extractor threw: boom in a piece; document skipped' }]);
    expect(c).toMatchObject({ docs: 2, bad: 1 });
    expect(Buffer.from(c.out).toString()).toBe(want.slice(want.indexOf('{"doc":"short"')));
  });

  it('a file part: a throw skips that piece only, with its lines counted; the other pieces are written at their offsets', async () => {
    const calls: number[] = [];
    const r = await runBlock(spy(true, calls, 4), job, () => {}, 2000);
    // the fifth piece's text, as the extractor got it, and where it starts
    const all: number[] = [];
    await runBlock(spy(true, all), job, () => {}, 2000);
    const from = all.slice(0, 4).reduce((x, y) => x + y, 0), to = from + all[4];
    const lineOf = (i: number) => text.slice(0, i).split('\n').length;
    expect(r.notes).toEqual([{ line: lineOf(from), doc: 'g', message: `the extractor threw: boom in a piece; ${lineOf(to) - lineOf(from)} lines skipped` }]);
    expect(r).toMatchObject({ docs: 0, bad: 1 });
    const cpOf = (i: number) => Array.from(text.slice(0, i)).length;
    const want = extractRules(text).filter((m) => m.end <= cpOf(from) || m.start >= cpOf(to)).map((m) => mentionLine('"g"', m, 7)).join('');
    expect(Buffer.from(r.out).toString()).toBe(want);
  });

  it('a note on a piece says that its positions are the piece\'s', async () => {
    // a mention past the end of every piece but the whole part
    const outOfRange: Extractor = { ...ruleExtractor, sentenceLocal: true, extract: (t: string) => [{ start: t.length + 1, end: t.length + 3, text: '5件', type: 'COUNT', value: 5, unit: '件', qualifier: 'exact' }] };
    const r = await runBlock(outOfRange, job, () => {}, 2000);
    expect(r.notes.length).toBeGreaterThan(50);
    expect(r.notes[1].message).toMatch(/^1 invalid mention\(s\) dropped; first: mention 0: span \[\d+, \d+\) is outside the document \(\d+ code points\) \(mention numbers and offsets within the piece from code point \d+ of the file\)$/);
    const whole = await runBlock({ ...outOfRange, sentenceLocal: false }, job, () => {}, 2000);
    expect(whole.notes).toHaveLength(1);
    // one piece, but a part that starts at code point 7 of its file: its offsets are the part's, and the note says so
    expect(whole.notes[0].message).toContain('(mention numbers and offsets within the piece from code point 7 of the file)');
    const first = await runBlock({ ...outOfRange, sentenceLocal: false }, { ...job, cpBase: 0 }, () => {}, 2000);
    expect(first.notes[0].message).not.toContain('within the piece');
  });

  it('a decode while the scratch units are held gets units of its own', () => {
    const first = decodeUtf8Units(Buffer.from('共5件'))!;
    const second = decodeUtf8Units(Buffer.from('结案7件'))!;
    expect(second.units).not.toBe(first.units);
    expect(String.fromCharCode(...first.units.subarray(0, first.length))).toBe('共5件');
    releaseUnits(second.units);
    releaseUnits(first.units);
    const third = decodeUtf8Units(Buffer.from('x'))!;
    // the scratch again (the same memory; a new view of it where the loop is WebAssembly)
    expect(third.units.buffer).toBe(first.units.buffer);
    releaseUnits(third.units);
  });

  it('a piece whose extraction throws is noted at its line; the other pieces are written; the part counts once', async () => {
    const calls: number[] = [];
    const r = await runBlock(spy(true, calls, 3), job, () => {}, 2000);
    const before = calls.slice(0, 3).reduce((x, y) => x + y, 0);
    const line = text.slice(0, before).split('\n').length;
    expect(r.notes).toEqual([{ line, doc: 'g', message: expect.stringMatching(/^the extractor threw: boom in a piece; \d+ lines skipped$/) }]);
    expect(r.bad).toBe(1);
    const all = extractRules(text);
    expect(r.mentions).toBeGreaterThan(0);
    expect(r.mentions).toBeLessThan(all.length);
  });
});

describe('the worker pool', () => {
  it('starts `start` workers at once and another only when every started one is busy, never more than its size', async () => {
    const pool = new WorkerPool(`file:${BROKEN}#slowAndTells`, {}, 3, { start: 1 });
    try {
      expect(pool.started).toBe(1);
      await pool.info();
      await pool.extract('共5件', 60_000);
      await pool.extract('共6件', 60_000);
      // one request at a time: the started worker was idle each time
      expect(pool.started).toBe(1);
      const replies = await Promise.all(Array.from({ length: 6 }, (_, k) => pool.extract(`共${k}件`, 60_000)));
      expect(replies.every((r) => 'mentions' in r)).toBe(true);
      expect(pool.started).toBe(3);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('an error an extractor throws after its answer (a timer it left behind) is charged to no document: the one sent since goes to a fresh worker; stderr says so once', async () => {
    // a child process: the next document reaches it after the timer fired (a thread may take it first)
    const pool = new WorkerPool(`file:${HOSTILE}#throwsLater`, {}, 1, { isolation: 'process' });
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { said.push(String(s)); return true; });
    try {
      await pool.info();
      const replies = [];
      for (const t of ['共5件', '炸了共6件', '共7件', '炸了共8件', '共9件']) replies.push(await pool.extract(t, 60_000));
      // every document answered, none failed (before: 共7件 "the worker process exited with code 1")
      expect(replies.map((r) => ('mentions' in r ? (r.mentions as { text: string }[]).map((m) => m.text).join() : r.message))).toEqual(['5件', '6件', '7件', '8件', '9件']);
      await pool.close();
      await pool.close();
      const notes = said.filter((s) => s.startsWith('zhnum: extractor'));
      // (the count once, though the pool was closed twice)
      expect(notes).toHaveLength(2);
      // (whether the next document had been sent when the worker ended is the machine's timing)
      expect(notes[0]).toMatch(new RegExp(`^zhnum: extractor file:.*#throwsLater threw outside any document \\(a timer or a promise it left behind\\): thrown by a timer left behind \\(at file:///.*hostile-extractors\\.mjs:\\d+:\\d+\\); its worker was restarted(, and the work sent to it since, not yet begun, was sent again)?\n$`));
      expect(notes[1]).toBe(`zhnum: extractor file:${HOSTILE}#throwsLater threw outside any document 2 times in all\n`);
    } finally {
      write.mockRestore();
      await pool.close();
    }
  }, 60_000);

  it('an error thrown while a document runs is still charged to it, even where its answer was on its way', async () => {
    for (const isolation of ['process', 'thread'] as const) {
      const pool = new WorkerPool(`file:${HOSTILE}#exits`, {}, 1, { isolation });
      const answering = new WorkerPool(`file:${HOSTILE}#throwsWhileAnswering`, {}, 1, { isolation });
      try {
        const r = await pool.extract('退出', 60_000);
        expect('message' in r && r.message).toBe(isolation === 'process' ? 'the worker process exited with code 3' : 'the worker exited with code 3');
        expect('mentions' in (await pool.extract('共5件', 60_000))).toBe(true);
        const texts = ['共1件', '炸了共2件', '共3件'];
        const replies = [];
        for (const t of texts) replies.push(await answering.extract(t, 60_000));
        expect(replies.map((x) => ('mentions' in x ? 'answered' : x.message))).toEqual(['answered', expect.stringMatching(/^the worker crashed: thrown while answering \(at file:\/\/\/.*hostile-extractors\.mjs:\d+:\d+\)$/), 'answered']);
      } finally {
        await pool.close();
        await answering.close();
      }
    }
  }, 60_000);

  it('a worker restarted after a stray that dies before it is ready is not started again and again: later requests could not start', async () => {
    const starts = join(mkdtempSync(join(tmpdir(), 'zhnum-starts-')), 'n');
    process.env.ZHNUM_TEST_STARTS = starts;
    const pool = new WorkerPool(`file:${HOSTILE}#restartsCrash`, {}, 1, { isolation: 'process' });
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await pool.info();
      expect('mentions' in (await pool.extract('炸了共1件', 60_000))).toBe(true);
      const r = await pool.extract('共2件', 60_000);
      expect('message' in r && r.message).toMatch(/^could not start: the worker crashed: start 2 crashed \(at file:\/\/\/.*hostile-extractors\.mjs:\d+:\d+\) while starting$/);
      await new Promise((done) => setTimeout(done, 1000));
      // the first start, and the one restart that failed: no loop (it was dozens a second)
      expect(Number(readFileSync(starts, 'utf8'))).toBe(2);
    } finally {
      write.mockRestore();
      delete process.env.ZHNUM_TEST_STARTS;
      await pool.close();
    }
  }, 60_000);

  it('an extractor with its own uncaughtException handler keeps its worker, as it always did', async () => {
    const pool = new WorkerPool(`file:${join(__dirname, 'fixtures', 'own-handler.mjs')}`, {}, 1, { isolation: 'process' });
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((x) => { said.push(String(x)); return true; });
    try {
      const replies = [];
      for (const t of ['共1件', '炸了共2件', '共3件']) { replies.push(await pool.extract(t, 60_000)); await new Promise((r) => setTimeout(r, 50)); }
      expect(replies.every((x) => 'mentions' in x)).toBe(true);
      await pool.close();
      // no worker ended: nothing thrown outside a document reached the harness
      expect(said.filter((x) => x.startsWith('zhnum: extractor'))).toEqual([]);
    } finally {
      write.mockRestore();
      await pool.close();
    }
  }, 60_000);

  it('takes the worker started ahead (prestart.ts), which then serves as any other; one is taken once', async () => {
    const ahead = prestartWorker();
    expect(ahead.listenerCount('message')).toBe(0);
    const pool = new WorkerPool('rule', {}, 1);
    try {
      // taken by the pool's first thread, which listens to it: none waits any more
      expect(ahead.listenerCount('message')).toBe(1);
      expect(takePrestarted()).toBeNull();
      const r = await pool.extract('今年共办理案件46987件。', 60_000);
      expect('mentions' in r && (r.mentions as { text: string }[]).map((m) => m.text)).toEqual(['46987件']);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a worker started ahead and never taken does not keep the process alive', () => {
    const mod = JSON.stringify(pathToFileURL(join(__dirname, '..', 'dist', 'src', 'harness', 'prestart.js')).href);
    // a module file, not -e with --input-type (a worker inherits that flag and fails at once: it would prove nothing);
    // the worker still alive when the script ends, which then exits by itself (a timeout of minutes only guards the suite)
    const script = join(mkdtempSync(join(tmpdir(), 'zhnum-prestart-')), 'ahead.mjs');
    writeFileSync(script, `const m = await import(${mod});
const w = m.prestartWorker();
let gone = false;
w.on('exit', () => { gone = true; });
await new Promise((r) => setTimeout(r, 1000));
console.log(gone ? 'the worker exited' : 'alive');
`);
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8', timeout: 120_000 });
    expect(out.trim()).toBe('alive');
  }, 150_000);

  it('extract starts no more workers than the files have blocks; more for stdin, whose size is not known', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-lazy-'));
    const small = join(dir, 'small.txt');
    writeFileSync(small, '今年共办理案件46987件，同比增长3.5%。\n');
    const one = await run([{ file: small, doc: 'small' }], 'rule', 4);
    expect(one.workers).toBe(1);
    expect(one.stats).toEqual({ docs: 1, mentions: 2, bad: 0 });
    // blocks of 64 bytes at most: both workers, the same lines as one worker
    const several = join(dir, 'several.txt');
    writeFileSync(several, '今年共办理案件46987件。\n'.repeat(5));
    const r2 = await run([{ file: several, doc: 'several' }], 'rule', 2, 60_000, 64);
    expect(r2.workers).toBe(2);
    expect(r2.lines).toHaveLength(5);
    expect(r2.out).toBe((await run([{ file: several, doc: 'several' }], 'rule', 1)).out);
    const lines = await run([stdin([JSON.stringify({ doc: 'a', text: '共5件' })])], 'rule', 2);
    expect(lines.workers).toBe(2);
  }, 60_000);

  it('a file goes in parts of 4 MiB to a sentence-local extractor, of 1 MiB to another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-parts-'));
    const mod = join(dir, 'ex.mjs');
    // each call answers one mention at the start of its text, valued at the text's length
    writeFileSync(mod, `const base = { version: '0', description: 'one line a call', extract: (t) => [{ start: 0, end: 1, text: t[0], type: 'COUNT', value: t.length, unit: null, qualifier: 'exact' }] };
export const whole = { ...base, name: 'whole' };
export const local = { ...base, name: 'local', sentenceLocal: true };
`);
    const file = join(dir, 'big.txt');
    // 9 MiB and a little of sentences of 6 characters (16 bytes), all in the Basic Multilingual Plane
    const sentence = '共计五件。\n';
    writeFileSync(file, sentence.repeat((9 << 20) / 16 + 100));
    const chars = readFileSync(file, 'utf8').length;
    const parts = await run([{ file, doc: 'd' }], `file:${mod}#whole`, 2);
    // a part of the other extractor is one call: ten parts, each to the last sentence end within 1 MiB (65,536 sentences)
    expect(parts.lines.map((l) => l.value)).toEqual([...Array(9).fill(393_216), 600]);
    expect(parts.err).toBe('');
    const local = await run([{ file, doc: 'd' }], `file:${mod}#local`, 2);
    // parts of 4 MiB, each in pieces of 60,000 units (a multiple of the sentence) but its last: pieces start
    // again at each part's start, 1,572,864 units (262,144 sentences) apart
    const starts = (from: number, to: number) => Array.from({ length: Math.ceil((to - from) / 60_000) }, (_, k) => from + k * 60_000);
    expect(local.lines.map((l) => l.start)).toEqual([...starts(0, 1_572_864), ...starts(1_572_864, 3_145_728), ...starts(3_145_728, chars)]);
    expect(local.err).toBe('');
    expect(local.stats.docs).toBe(1);
    // a file of exactly two parts: two calls, not a third with '' (whose empty mention was dropped, on stderr)
    const two = join(dir, 'two.txt');
    writeFileSync(two, sentence.repeat((2 << 20) / 16));
    const r2 = await run([{ file: two, doc: 'd' }], `file:${mod}#whole`, 1);
    expect(r2.lines.map((l) => l.value)).toEqual([393_216, 393_216]);
    expect(r2.err).toBe('');
    expect(r2.stats).toEqual({ docs: 1, mentions: 2, bad: 0 });
  }, 60_000);

  it('a stretch without a sentence end stops growing a part once it holds 8 MiB (12 MiB at most with 4 MiB parts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-stretch-'));
    const mod = join(dir, 'ex.mjs');
    writeFileSync(mod, `export const local = { name: 'local', version: '0', description: 'one line a call', sentenceLocal: true, extract: (t) => [{ start: 0, end: 1, text: t[0], type: 'COUNT', value: t.length, unit: null, qualifier: 'exact' }] };\n`);
    // a sentence, then 20 MiB of lines with no sentence end (no 。！？, no full stop before a line break:
    // text/sentences.ts), so that a part is one piece and can be cut only where the bound says
    const file = join(dir, 'dots.txt');
    const line = 'total five cases. no sentence end here\n';
    writeFileSync(file, `共计五件。\n${line.repeat(Math.ceil((20 << 20) / line.length))}`);
    const r = await run([{ file, doc: 'd' }], `file:${mod}#local`, 1);
    // each part is one piece, one call, one line; a bound of eight 4 MiB parts had made the stretch one part
    const sizes = r.lines.map((l) => l.value);
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12 << 20);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(readFileSync(file, 'utf8').length);
    expect(r.err).toBe('');
  }, 60_000);

  it('a worker started as work came that cannot start stops the run with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-lazy-fail-'));
    // a named pipe has no size: one block ahead, and the blocks found while reading ask for the second worker
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const ws = createWriteStream(fifo);
    ws.on('error', () => undefined); // the run may stop before it has read everything
    ws.end('今年共办理案件46987件。\n'.repeat(5));
    process.env.ZHNUM_TEST_STARTS_FILE = join(dir, 'starts');
    try {
      const e = await run([{ file: fifo, doc: 'piped' }], `file:${BROKEN}#startsOnce`, 2, 60_000, 64).then(() => null, (x: Error) => x);
      expect(e?.message.replace(BROKEN, 'BROKEN')).toMatchInlineSnapshot(`"extractor file:BROKEN#startsOnce could not start a worker in the middle of the run (after a failure, or one more as work came): out of licences"`);
    } finally {
      delete process.env.ZHNUM_TEST_STARTS_FILE;
      ws.destroy();
    }
  }, 60_000);
});
