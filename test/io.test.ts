// Writing without losing anything: atomic files (a writer killed in the middle
// of a large write must leave the old file whole, where a plain writeFileSync
// would leave it cut), output folders written as one set; and the byte and
// code-point helpers the streaming path relies on.
import { describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { firstInvalidUtf8, notUtf8Hint, OutputSet, shownPath, STDOUT_SLICE, writeAtomic, writeStdout } from '../src/text/io.js';
import { clip, countCodePoints, oneLine } from '../src/text/codepoints.js';
import { jsonFailure, jsonFailureText } from '../src/text/json-failure.js';
import { decodeUtf8, decodeUtf8Units, releaseUnits } from '../src/text/utf8.js';
import { UTF8_WASM } from '../src/text/utf8-wasm.js';
import { assembleWat } from '../scripts/wat.mjs';

const IO = pathToFileURL(join(__dirname, '..', 'dist', 'src', 'text', 'io.js')).href;

describe('shownPath: paths in messages', () => {
  const cwd = process.cwd();
  it.each([
    ['the working folder itself', cwd, '.'],
    ['a file inside it, relative', join(cwd, 'a', 'b.jsonl'), join('a', 'b.jsonl')],
    ['a relative argument inside it', 'a/../c.txt', 'c.txt'],
    ['a sibling folder, absolute (no ../ chain)', join(cwd, '..', 'elsewhere', 'x'), resolve(cwd, '..', 'elsewhere', 'x')],
    ['the parent folder, absolute', join(cwd, '..'), resolve(cwd, '..')],
    ['a root path, absolute', sep + 'tmp' + sep + 'd', resolve(sep + 'tmp' + sep + 'd')],
  ])('%s', (_label, input, shown) => {
    expect(shownPath(input)).toBe(shown);
  });
  it('a name that merely starts with two dots stays relative', () => {
    expect(shownPath(join(cwd, '..hidden'))).toBe('..hidden');
  });
});

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

describe('OutputSet (run --out)', () => {
  it('is checked before anything runs, written aside, and put in place as a whole', () => {
    const parent = mkdtempSync(join(tmpdir(), 'zhnum-set-'));
    const dir = join(parent, 'out');
    const a = OutputSet.prepare(dir);
    a.write('results.json', '{"run":1}');
    a.write('sub/x.txt', 'x');
    // nothing is visible before the commit
    expect(existsSync(dir)).toBe(false);
    a.commit();
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe('{"run":1}');
    // a second run replaces the set whole: no file of the first survives
    const b = OutputSet.prepare(dir);
    b.write('results.json', '{"run":2}');
    b.commit();
    expect(readdirSync(dir).sort()).toEqual(['.zhnum-out', 'results.json']);
    // an aborted run leaves the last set as it was, and no temporary folder
    const c = OutputSet.prepare(dir);
    c.write('results.json', '{"run":3}');
    c.abort();
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe('{"run":2}');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('two runs into one folder: the last commit wins, never a mix', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'zhnum-set-')), 'out');
    const a = OutputSet.prepare(dir), b = OutputSet.prepare(dir);
    a.write('results.json', 'a'); a.write('predictions.jsonl', 'a');
    b.write('results.json', 'b'); b.write('predictions.jsonl', 'b');
    b.commit(); a.commit();
    expect([readFileSync(join(dir, 'results.json'), 'utf8'), readFileSync(join(dir, 'predictions.jsonl'), 'utf8')]).toEqual(['a', 'a']);
  });

  it('refuses a file, a missing parent, and a folder of files it did not write', () => {
    const parent = mkdtempSync(join(tmpdir(), 'zhnum-set-'));
    writeFileSync(join(parent, 'f'), '');
    mkdirSync(join(parent, 'theirs'));
    writeFileSync(join(parent, 'theirs', 'notes.txt'), '');
    // an earlier output folder a user added to: replacing it would delete their files (a review: deleted unasked)
    const added = join(parent, 'added');
    const set = OutputSet.prepare(added); set.write('results.json', '{}'); set.write(join('seeds', 'results.json'), '{}'); set.commit();
    writeFileSync(join(added, 'notes.txt'), ''); mkdirSync(join(added, 'sub'));
    const why = (d: string) => { try { OutputSet.prepare(d); return 'accepted'; } catch (e) { return (e as Error).message.split(parent).join('<p>'); } };
    expect([why(join(parent, 'f')), why(join(parent, 'no', 'out')), why(join(parent, 'theirs')), why(added)]).toMatchInlineSnapshot(`
      [
        "--out <p>/f: is a file, not a folder; name a folder (it is created, or replaced as a whole)",
        "--out <p>/no/out: the folder it goes in, <p>/no, does not exist; create it first",
        "--out <p>/theirs: the folder holds files zhnum did not write ("notes.txt"), which replacing it would delete; move them, or name a new or empty folder, or a previous output folder",
        "--out <p>/added: the folder holds files zhnum did not write ("notes.txt", "sub"), which replacing it would delete; move them, or name a new or empty folder, or a previous output folder",
      ]
    `);
    // its own files and dataset folders only: accepted, and replaced
    rmSync(join(added, 'notes.txt')); rmSync(join(added, 'sub'), { recursive: true });
    expect(why(added)).toBe('accepted');
  });
});

describe('writeStdout', () => {
  // every write the stream was handed: its bytes and whether it carried a callback
  const spy = () => {
    const writes: { bytes: Buffer; cb: boolean }[] = [];
    const order: string[] = [];
    const w = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, cb?: () => void) => {
      writes.push({ bytes: Buffer.from(chunk), cb: typeof cb === 'function' });
      order.push('write');
      if (typeof cb === 'function') queueMicrotask(() => { order.push('callback'); cb(); });
      return true;
    }) as typeof process.stdout.write);
    return { writes, order, restore: () => w.mockRestore() };
  };

  it.each([
    ['a block larger than a slice goes in slices, in order, the callback on the last', 2 * STDOUT_SLICE + 7, 3],
    ['exactly one slice goes whole', STDOUT_SLICE, 1],
    ['a small answer goes whole', 100, 1],
  ])('%s', async (_label, size, count) => {
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i++) data[i] = (i * 31 + 7) & 0xff;
    const s = spy();
    let written = 0;
    try {
      await writeStdout(data, () => { written++; s.order.push('written'); });
      await new Promise((r) => setTimeout(r, 0));
    } finally { s.restore(); }
    expect(s.writes.length).toBe(count);
    expect(s.writes.every((w) => w.bytes.length <= STDOUT_SLICE)).toBe(true);
    expect(Buffer.concat(s.writes.map((w) => w.bytes)).equals(data)).toBe(true);
    expect(s.writes.map((w) => w.cb)).toEqual(s.writes.map((_w, i) => i === count - 1));
    expect(written).toBe(1);
    expect(s.order.slice(-2)).toEqual(['callback', 'written']);
  });

  it('a string goes whole, whatever its length', async () => {
    const s = spy();
    try { await writeStdout('x'.repeat(STDOUT_SLICE * 2)); } finally { s.restore(); }
    expect(s.writes.map((w) => w.bytes.length)).toEqual([STDOUT_SLICE * 2]);
  });
});

describe('code points and clipping', () => {
  it('countCodePoints counts UTF-8 like Array.from counts a string, at any alignment', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.nat(7), (s, pad) => {
      const bytes = Buffer.from(s);
      const shifted = new Uint8Array(bytes.length + pad).subarray(pad);
      shifted.set(bytes);
      expect(countCodePoints(shifted)).toBe(Array.from(bytes.toString()).length);
    }), { numRuns: 500 });
    // long runs: the per-byte counts are summed every 252 words (LANE_WORDS), where one lane may hold 252
    for (const s of ['𠀀'.repeat(3001), '共'.repeat(5003), '\u0080'.repeat(2040), `a${'é'.repeat(1021)}`, '共5件'.repeat(999) + '𠀀'.repeat(777)]) {
      for (let pad = 0; pad < 4; pad++) {
        const bytes = Buffer.from(s);
        const shifted = new Uint8Array(bytes.length + pad).subarray(pad);
        shifted.set(bytes);
        expect(countCodePoints(shifted)).toBe(Array.from(s).length);
      }
    }
  });

  it('decodeUtf8 gives the string Buffer#toString gives, and the line feeds, for any valid UTF-8', () => {
    const cases: [string, number][] = [['', 0], ['abc', 0], ['共5件\n增长7.5%\r\n', 2], ['𠀀\n𠀀', 1], ['é ü ñ', 0], ['\u0000\n\u007f\u0080\u07ff\u0800\uffff', 1]];
    for (const [text, newlines] of cases) expect(decodeUtf8(Buffer.from(text)), JSON.stringify(text)).toEqual({ text, newlines });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.nat(7), (s, pad) => {
      const bytes = Buffer.from(s);
      // at any offset into a larger buffer, and from shared memory (the blocks of zhnum extract)
      const shared = new Uint8Array(new SharedArrayBuffer(bytes.length + pad), pad);
      shared.set(bytes);
      expect(decodeUtf8(shared)).toEqual({ text: bytes.toString('utf8'), newlines: s.split('\n').length - 1 });
    }), { numRuns: 500 });
  });

  // The scratch decode runs the WebAssembly loop; a decode while the scratch is held, the JavaScript one
  // (which also serves where WebAssembly cannot run: node --jitless, tested end to end in normalize.test.ts).
  const asDecoded = (d: ReturnType<typeof decodeUtf8Units>) => d && { text: Buffer.from(d.units.buffer, d.units.byteOffset, 2 * d.length).toString('utf16le'), newlines: d.newlines, astral: d.astral };
  it('decodeUtf8Units: both loops give the units, line feeds and surrogate pairs of Buffer#toString, for any valid UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const bytes = Buffer.from(s);
      const expected = { text: bytes.toString('utf8'), newlines: s.split('\n').length - 1, astral: [...s].filter((c) => c.length === 2).length };
      const scratch = decodeUtf8Units(bytes)!;
      const own = decodeUtf8Units(bytes)!;
      try {
        expect(own.units.buffer).not.toBe(scratch.units.buffer);
        expect(asDecoded(scratch)).toEqual(expected);
        expect(asDecoded(own)).toEqual(expected);
      } finally {
        releaseUnits(own.units);
        releaseUnits(scratch.units);
      }
    }), { numRuns: 500 });
  });

  const countOf = (s: string) => ({ newlines: s.split('\n').length - 1, astral: (s.match(/[\ud800-\udbff]/g) ?? []).length });
  it('decodeUtf8Units: a block larger than the scratch gets a larger one, the same text; a huge one is not kept', () => {
    // 2.4 and 4.8 MB (more than the first memory holds, then more than twice that); then 18 MB
    for (const size of [100_000, 200_000, 6_000_000]) {
      const s = size > 1e6 ? '共'.repeat(size) : '共5件\n增长7.5%𠀀é'.repeat(size) + 'x';
      const d = decodeUtf8Units(Buffer.from(s))!;
      try {
        expect(asDecoded(d)).toEqual({ text: s, ...countOf(s) });
      } finally {
        releaseUnits(d.units);
      }
    }
    const small = decodeUtf8Units(Buffer.from('x'))!;
    releaseUnits(small.units);
    // after the 18 MB block (over 16 MiB of input) a smaller memory again
    expect(small.units.buffer.byteLength).toBeLessThan(1 << 24);
  });

  // (the WebAssembly loop's units are a view into its memory, after the bytes: at an offset; the JavaScript loop's start at 0)
  it('decodeUtf8Units: a larger memory refused while one is held: larger blocks in JavaScript, not tried again; smaller ones in WebAssembly', () => {
    const Memory = WebAssembly.Memory;
    const s = '共5件\n'.repeat(1_500_000);
    const warm = decodeUtf8Units(Buffer.from('x'))!; // a memory of the first size, held from here on
    releaseUnits(warm.units);
    let tries = 0;
    try {
      WebAssembly.Memory = class { constructor() { tries++; throw new RangeError('WebAssembly.Memory(): could not allocate memory'); } } as unknown as typeof WebAssembly.Memory;
      for (let k = 0; k < 2; k++) {
        const big = decodeUtf8Units(Buffer.from(s))!;
        try {
          expect(big.units.byteOffset).toBe(0);
          expect(asDecoded(big)).toEqual({ text: s, ...countOf(s) });
        } finally {
          releaseUnits(big.units);
        }
      }
      // each refusal costs V8 full collections: the second block did not ask again
      expect(tries).toBe(1);
    } finally {
      WebAssembly.Memory = Memory;
    }
    const small = decodeUtf8Units(Buffer.from('共5件'))!;
    releaseUnits(small.units);
    expect(small.units.byteOffset).toBeGreaterThan(0);
    expect(asDecoded(small)).toEqual({ text: '共5件', newlines: 0, astral: 0 });
  });

  it('decodeUtf8Units: an error making a memory is thrown, and leaves the scratch free', () => {
    const Memory = WebAssembly.Memory;
    try {
      WebAssembly.Memory = class { constructor() { throw new Error('boom'); } } as unknown as typeof WebAssembly.Memory;
      // 3 MB: more than the memory held, less than one refused before (which is not tried again)
      expect(() => decodeUtf8Units(Buffer.from('共'.repeat(1_000_000)))).toThrow('boom');
    } finally {
      WebAssembly.Memory = Memory;
    }
    const first = decodeUtf8Units(Buffer.from('x'))!;
    const second = decodeUtf8Units(Buffer.from('y'))!;
    try {
      // the scratch went to the first (a view after the bytes), an array of its own to the second
      expect(first.units.byteOffset).toBeGreaterThan(0);
      expect(second.units.byteOffset).toBe(0);
    } finally {
      releaseUnits(second.units);
      releaseUnits(first.units);
    }
  });

  it('decodeUtf8Units: utf8-wasm.ts is utf8.wat assembled (npm run build:wasm after editing it)', async () => {
    const source = readFileSync(new URL('../src/text/utf8.wat', import.meta.url), 'utf8');
    expect(Buffer.from(await assembleWat(source, 'utf8.wat')).equals(Buffer.from(UTF8_WASM, 'base64'))).toBe(true);
  });

  it('decodeUtf8 refuses what is not UTF-8 (cut sequences, overlong forms, surrogates, stray continuation bytes)', () => {
    const bad = [[0xe5, 0x85], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0x61, 0xff], [0xf4, 0x90, 0x80, 0x80]];
    for (const b of bad) expect(decodeUtf8(Uint8Array.from(b)), b.join(' ')).toBeNull();
  });

  it('clip keeps short values and cuts long ones on a code-point boundary', () => {
    expect(clip('abc')).toBe('abc');
    expect(clip('x'.repeat(50), 10)).toBe('xxxxxxxxxx… (40 more characters)');
    expect(clip('𠀀'.repeat(10), 5)).toBe('𠀀𠀀… (16 more characters)');
  });
});

describe('jsonFailure: where JSON.parse failed, as a line and a column', () => {
  const at = (text: string) => { try { JSON.parse(text); } catch (e) { return { f: jsonFailure(text, e), words: jsonFailureText(text, e) }; } throw new Error('parsed'); };
  it.each([
    // text, line, column (characters, from 1), words
    ['{\n  "a": 1,\n}', 3, 1, 'at line 3, column 1: Expected double-quoted property name'],
    ['{"a": 1', 1, 8, "at column 8: Expected ',' or '}' after property value"],
    ['', 1, 1, 'at column 1: Unexpected end of JSON input'],
    // a text that ends early: the fault just after its last character, not on a blank line after it
    ['{"a":\n', 1, 6, 'at column 6: Unexpected end of JSON input'],
    ['{\n  "a": 1\n', 2, 9, "at line 2, column 9: Expected ',' or '}' after property value"],
    // an ideographic space is no JSON blank: the fault is there, not before it; a text of blanks only is line 1
    ['{"a": 1}\n\u3000\n', 2, 1, "at line 2, column 1: Unexpected non-whitespace character after JSON"],
    ['\n\n', 1, 1, 'at column 1: Unexpected end of JSON input'],
    // V8 quotes the text around the token instead of giving a position: found in the text
    ['{\n  "name": "xxxxxxxxxxxxxxxxxxxx",\n  "splits": {"test": ["a",]}\n}\n', 3, 27, 'at line 3, column 27: Unexpected token \']\', ..."st": ["a",]}\\n}\\n" is not valid JSON'],
    ['[x,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]', 1, 2, 'at column 2: Unexpected token \'x\', "[x,1,2,3,4,"... is not valid JSON'],
    ['[1]\n\n 2', 3, 2, 'at line 3, column 2: Unexpected non-whitespace character after JSON'],
    // columns count characters: an astral one is one, not two UTF-16 units
    ['{"𠀀很长": 1 x}', 1, 11, "at column 11: Expected ',' or '}' after property value"],
  ])('%j: line %i, column %i', (text, line, column, words) => {
    const { f, words: w } = at(text);
    expect([f.line, f.column]).toEqual([line, column]);
    expect(w).toBe(words);
  });
  it('a quoted control character is escaped, so that the message stays one line and sends the terminal nothing', () => {
    const { f } = at('{"a": \u001b[31m}');
    expect(f.reason).not.toMatch(/[\u0000-\u001f]/);
    expect(f.reason).toContain('\\u001b');
    expect(oneLine('a\tb\u2028c\u0085d\u007f')).toBe('a\\tb\\u2028c\\u0085d\\u007f');
    expect(oneLine('x\u202ey\u2066z')).toBe('x\\u202ey\\u2066z'); // bidirectional overrides reorder a terminal's line
    expect(oneLine('a\\nb\nc')).toBe('a\\\\nb\\nc'); // the text's backslash doubled: its \n and a line break read apart
  });
  it('a message that quotes the text instead of a position is kept whole, with no place', () => {
    const { f, words } = at('{"a": }');
    expect(f.line).toBeUndefined();
    expect(words).toBe('(Unexpected token \'}\', "{"a": }" is not valid JSON)');
  });
});

describe('notUtf8Hint: what bytes that are not UTF-8 probably are', () => {
  const zh = '全市法院共受理各类案件46987件，同比增长7.39%。\n';
  const utf16be = (t: string) => Buffer.from(t, 'utf16le').swap16();
  const utf32 = (t: string, le: boolean) => Buffer.concat(Array.from(t, (c) => { const b = Buffer.alloc(4); if (le) b.writeUInt32LE(c.codePointAt(0)!); else b.writeUInt32BE(c.codePointAt(0)!); return b; }));
  const cases: [string, Buffer, RegExp][] = [
    ['GB18030', Buffer.from('c8abcad0b7a8d4bab9b2cadcc0edb8f7c0e0b0b8bcfe3436393837bcfea3accdacb1c8d4f6b3a4372e333925a1a30a', 'hex'), /^the file may be GB18030 \(GBK\), as Chinese text often is: check with iconv -f GB18030 -t UTF-8 FILE \| head, then convert/],
    ['UTF-16LE, no mark', Buffer.from(zh.repeat(3), 'utf16le'), /^the file looks like UTF-16 \(little-endian, no byte-order mark\): check with iconv -f UTF-16LE/],
    ['UTF-16BE, no mark', utf16be(zh.repeat(3)), /^the file looks like UTF-16 \(big-endian, no byte-order mark\): check with iconv -f UTF-16BE/],
    ['UTF-16 with its mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zh, 'utf16le')]), /^the file starts with a UTF-16 byte-order mark/],
    ['UTF-32LE', utf32(zh.repeat(2), true), /^the file looks like UTF-32 \(little-endian\)/],
    ['UTF-32BE', utf32(zh.repeat(2), false), /^the file looks like UTF-32 \(big-endian\)/],
    ['UTF-32BE with its mark', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(zh, false)]), /^the file starts with a UTF-32 byte-order mark/],
    ['UTF-8 with a stray byte', Buffer.concat([Buffer.from(zh.repeat(2)), Buffer.from([0xff]), Buffer.from(zh)]), /^the text before it is UTF-8: remove or mend the byte$/],
    // a line: its zero bytes tell it (under 64 bytes these guesses once fell to GB18030's)
    ['UTF-16LE, a short line', Buffer.from('2023年增长5%', 'utf16le'), /^the file looks like UTF-16 \(little-endian, no byte-order mark\)/],
    // (session 41: Chinese with no ASCII at all, and a short line with a report's symbols)
    ['UTF-16LE, pure Chinese', Buffer.from('全市法院共受理各类案件，同比增长，审结率进一步提高。'.repeat(3), 'utf16le'), /^the file looks like UTF-16 \(little-endian, no byte-order mark\)/],
    ['UTF-16BE, pure Chinese', utf16be('全市法院共受理各类案件，同比增长，审结率进一步提高。'.repeat(3)), /^the file looks like UTF-16 \(big-endian, no byte-order mark\)/],
    ['UTF-16LE, a short line with ℃ and ①', Buffer.from('①增长15℃', 'utf16le'), /^the file looks like UTF-16 \(little-endian, no byte-order mark\)/],
    ['GB18030 after a UTF-8 byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('c8abcad0b7a8d4bab9b2cadcc0edb8f7c0e0b0b8bcfe3436393837bcfea3accdacb1c8d4f6b3a4372e333925a1a30a', 'hex')]), /^the file \(after a UTF-8 byte-order mark\) may be GB18030 \(GBK\)/],
    ['Big5 (GB18030 decodes it, as kana and rare Han)', Buffer.from('a5fea5abaa6bb07ca640a8fcb27aaed7a5f33436393837a5f3a141bc57aaf8372e333925a1430a', 'hex'), /^the file may be Big5 \(traditional Chinese\): check with iconv -f BIG5 -t UTF-8 FILE \| head, then convert/],
    // GB18030 decodes these as common Han characters (EUC-KR) or rare ones (Shift-JIS)
    ['EUC-KR', Buffer.from('c1a4baceb4c220bfc3c7d820b0e6c1a620bcbac0e5b7fcc0cc20352e3225bfa120c0ccb8a620b0cdc0b8b7ce20c0fcb8c1c7dfb4d92e', 'hex'), /^the file looks like Korean in EUC-KR, not Chinese: check with iconv -f EUC-KR -t UTF-8 FILE \| head/],
    ['Shift-JIS', Buffer.from('8d9189ef82cd975c8e5a88c482f090528b6382b5814189c28c8882b582bd8142', 'hex'), /^the file looks like Japanese in Shift-JIS, not Chinese: check with iconv -f SHIFT_JIS/],
    ['EUC-JP', Buffer.from('b9f1b2f1a4cfcdbdbbbbb0c6a4f2bfb3b5c4a4b7a1a2b2c4b7e8a4b7a4bfa1a3', 'hex'), /^the file looks like Japanese in EUC-JP, not Chinese: check with iconv -f EUC-JP/],
    // false positives: none of the guesses where the bytes are something else
    // (a review of session 40: a table's ①, ±, “”, — made GB18030 fall under its bar and Big5 win; a title of GB's commonest
    // rows, EUC-KR's Hangul, read as Korean: Korean spaces its words)
    ['GB18030 with a report\'s symbols: not Big5', Buffer.from('a2d9c1b8cab3b2fac1bfa1c0322e3125a3aca2daa1b0b2cbc0bad7d3a1b1b2fac6b7a1aad4f6b3a4a1ad', 'hex'), /^the file may be GB18030 \(GBK\)/],
    ['GB18030, a title of common characters: not Korean', Buffer.from('b9d8d3dabcd3bfecb9b9bda8b9fac4dabdf0c8dabbfab9b9b8c4b8efbfaab7c5b9e6bbaeb5c4bef6b6a8', 'hex'), /^the file may be GB18030 \(GBK\)/],
    ['GB18030 whose commonest rows are EUC-KR\'s Hangul: not Korean', Buffer.from('b6fea996b6fecbc4c4eaa3acc8abcaa1b5d8c7f8c9fab2fad7dcd6b5b4efb5bdcee5cdf2d2dad4aaa3acb1c8c9cfc4ead4f6b3a4b0d9b7d6d6aecee5b5e3b6fea1a3', 'hex'), /^the file may be GB18030 \(GBK\)/],
    ['a lone bad byte', Buffer.from([0xff]), /^make the file UTF-8 \(from a legacy encoding/],
    ['Latin-1 (its letters fall among UTF-16\'s high bytes of Han characters)', Buffer.from('Le gouvernement a pr\xe9sent\xe9 son rapport annuel : la croissance a \xe9t\xe9 de 5,2 % en moyenne.\n'.repeat(3), 'latin1'), /^make the file UTF-8 \(from a legacy encoding/],
    // Shift-JIS kanji lead bytes (0x88-0x9F) look like UTF-16's high bytes, but it has no zero bytes
    ['Shift-JIS, pure kanji and kana: not UTF-16', Buffer.from('93fa967b82cc8c6f8dcf82cd8b7d90ac82c990ac92b782b582c482a282dc82b7817b'.repeat(4), 'hex'), /^the file looks like Japanese in Shift-JIS/],
  ];
  it.each(cases)('%s', (_, bytes, hint) => {
    expect(firstInvalidUtf8(bytes)).toBeGreaterThanOrEqual(0);
    expect(notUtf8Hint(bytes)).toMatch(hint);
  });
  it('a later part of a file whose earlier parts were UTF-8: a stray byte, whatever the part alone looks like', () => {
    const part = Buffer.from([0xff, 0x41, 0x42]);
    expect(notUtf8Hint(part, 0)).toMatch(/^make the file UTF-8/);
    expect(notUtf8Hint(part, 0, 4 << 20)).toBe('the text before it is UTF-8: remove or mend the byte');
  });
});
