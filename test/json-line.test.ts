// The worker reads a stdin line {"doc", "text"} itself (harness/json-line.ts);
// it must read exactly what JSON.parse reads, and leave every other line to it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDocLine } from '../src/harness/json-line.js';

/** The UTF-16 units of a string (Uint16Array.from(s) would iterate code points and drop low surrogates). */
function unitsOf(s: string): Uint16Array {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}
/** readDocLine on a whole line, its text as a string. */
function read(line: string): { doc: string; text: string; surrogates: boolean } | null {
  const u = unitsOf(line);
  const r = readDocLine(u, 0, u.length);
  return r && { doc: r.doc, text: String.fromCharCode(...r.units.subarray(0, r.length)), surrogates: r.surrogates };
}

// strings with what JSON escapes: quotes, backslashes, controls, lone and paired surrogates, CJK
const tricky = fc.array(fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(0x22, 0x5c, 0x2f, 0x0a, 0x0d, 0x09, 0x08, 0x0c, 0x00, 0x1f, 0x7f, 0x2028, 0xd800, 0xdc00, 0xd83d, 0xde00, 0x4e00, 0x3002, 0x20),
), { maxLength: 40 }).map((a) => String.fromCharCode(...a));
const str = fc.oneof(tricky, fc.string(), fc.constantFrom('', '结案7件。', 'a"b\\c/d'));

/** The ways a writer may put the two members: order, spacing (Python's json.dumps puts a space after : and ,), a CR. */
const layouts = [
  (d: string, t: string) => JSON.stringify({ doc: d, text: t }),
  (d: string, t: string) => JSON.stringify({ text: t, doc: d }),
  (d: string, t: string) => `{"doc": ${JSON.stringify(d)}, "text": ${JSON.stringify(t)}}`,
  (d: string, t: string) => ` \t{ "text" :${JSON.stringify(t)} ,"doc":${JSON.stringify(d)} }\r`,
  // escapes JSON.stringify never writes: \/ and \u for every character
  (d: string, t: string) => `{"doc":${JSON.stringify(d)},"text":"${Array.from(t, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"}`,
  (d: string, t: string) => `{"doc":${JSON.stringify(d)},"text":${JSON.stringify(t).replace(/\//g, '\\/')}}`,
];

describe('readDocLine', () => {
  it('reads every layout of {"doc", "text"} as JSON.parse does', () => {
    fc.assert(fc.property(str, str, fc.integer({ min: 0, max: layouts.length - 1 }), (doc, text, k) => {
      const line = layouts[k](doc, text);
      const want = JSON.parse(line) as { doc: string; text: string };
      expect(read(line)).toEqual({ doc: want.doc, text: want.text, surrogates: /[\ud800-\udfff]/.test(want.text) });
    }), { numRuns: 3000 });
  });

  it('never reads a line that JSON.parse refuses or reads otherwise (mutated lines)', () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), c: fc.constantFrom(...'"\\{}:, \tu0aA"x\n'.split('')) });
    fc.assert(fc.property(str, str, fc.integer({ min: 0, max: layouts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (doc, text, k, edits) => {
      let line = layouts[k](doc, text);
      for (const e of edits) {
        const at = e.at % (line.length + 1);
        line = e.kind === 0 ? line.slice(0, at) + e.c + line.slice(at) : e.kind === 1 ? line.slice(0, at) + line.slice(at + 1) : line.slice(0, at) + e.c + line.slice(at + 1);
      }
      const got = read(line);
      if (got === null) return;
      const want = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(want).sort()).toEqual(['doc', 'text']);
      expect(got).toEqual({ doc: want.doc, text: want.text, surrogates: /[\ud800-\udfff]/.test(want.text as string) });
    }), { numRuns: 5000 });
  });

  it.each([
    ['another member', '{"doc":"a","text":"b","lang":"zh"}'],
    ['a repeated member', '{"doc":"a","text":"b","text":"c"}'],
    ['a key written with an escape', '{"\\u0064oc":"a","text":"b"}'],
    ['a number for text', '{"doc":"a","text":5}'],
    ['a raw control character', '{"doc":"a","text":"b\tc"}'],
    ['an unknown escape', '{"doc":"a","text":"b\\xc"}'],
    ['a short \\u escape', '{"doc":"a","text":"\\u12"}'],
    ['something after the object', '{"doc":"a","text":"b"} x'],
    ['an array', '[{"doc":"a","text":"b"}]'],
    ['no text', '{"doc":"a"}'],
    ['an empty line', ''],
  ])('leaves to JSON.parse: %s', (_what, line) => {
    expect(read(line)).toBeNull();
  });

  it('reads part of a block: units [a, b) only, with the units after b left alone', () => {
    const block = `${JSON.stringify({ doc: 'x', text: '共5件' })}\n${JSON.stringify({ doc: 'y', text: '结案\n7件' })}\n`;
    const u = unitsOf(block);
    const nl = block.indexOf('\n');
    const first = readDocLine(u, 0, nl)!;
    expect([first.doc, String.fromCharCode(...first.units.subarray(0, first.length))]).toEqual(['x', '共5件']);
    const second = readDocLine(u, nl + 1, block.length - 1)!;
    expect([second.doc, String.fromCharCode(...second.units.subarray(0, second.length))]).toEqual(['y', '结案\n7件']);
  });
});
