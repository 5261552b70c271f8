// One contract suite, run against every registered extractor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodePoints } from '../src/text/codepoints.js';
import { createExtractor, listExtractors } from '../src/extractors/registry.js';
import fc from 'fast-check';
import { checkMentions, checkPlainMentions, findOverlaps, mentionLine, plainValidMention, summarizeProblems } from '../src/data/mentions.js';
import { mentionLineBound, writeMentionLine } from '../src/data/mention-check.js';
import { MentionSchema, MENTION_KEYS, MENTION_TYPES, QUALIFIERS, type Extractor, type Mention } from '../src/types.js';
import { pieceEnd } from '../src/harness/blocks.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
/** The seed and report corpora, each document whole. */
const CORPUS = [join(ROOT, 'seeds'), join(ROOT, 'datasets', 'reports', 'docs')]
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')));

const TEXTS = [
  '',
  '全市两级法院共受理各类案件 46987件，结案 46311件，分别同比上升 7.39%、9.47%，结案率98.56%。',
  '(２０２４年１月１８日山西省第十四届人民代表大会常务委员会第七次会议通过)',
  '一年来，判处有期徒刑十八年，罚金4.05亿元，占三分之一，增长１６倍。',
  '结案\n\n13916\n件，预算８３７７９亿 元。',
  '𠀀𠀁村共有１２３户，增长4.5%。',
  'No Chinese at all: 12 apples, 3.5 kg, 2024-01-18.',
  '\ud800孤立代理\udfff 和控制字符\u0000\u0007共5人',
];

for (const f of listExtractors()) {
  describe(`extractor contract: ${f.name}`, () => {
    let ex: Extractor;
    beforeAll(async () => {
      ex = await createExtractor(f.name, {});
      await ex.init?.();
    });
    afterAll(async () => { await ex?.dispose?.(); });

    it('has a name, a version and a description', () => {
      expect(ex.name).toBe(f.name);
      expect(ex.version).toMatch(/\S/);
      expect(ex.description).toMatch(/\S/);
    });

    it.each(TEXTS.map((t, i) => [i, t]))('text %i: every mention is well-formed and points at its text', async (_i, text) => {
      const ms = await ex.extract(text as string);
      expect(Array.isArray(ms)).toBe(true);
      // the one definition of a valid mention list (data/mentions.ts): schema,
      // value kinds, offsets and text against the document, no overlaps
      const { mentions, problems } = checkMentions(ms, new CodePoints(text as string));
      expect(problems.map((p) => p.message)).toEqual([]);
      expect(mentions).toHaveLength(ms.length);
    });

    // The claim that lets `zhnum extract` hand a text over in pieces
    // (harness/blocks.ts): pieces of a few hundred units, so thousands of cuts.
    it('sentenceLocal, when claimed, holds: the pieces cut after sentence ends give the mentions of the whole', async (ctx) => {
      if (ex.sentenceLocal !== true) ctx.skip();
      let cuts = 0;
      for (const text of CORPUS) {
        const units = new Uint16Array(text.length);
        for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
        const pieces: Mention[] = [];
        let shift = 0;
        for (let a = 0; a < text.length;) {
          const b = pieceEnd(units, a, text.length, 300);
          const piece = text.slice(a, b);
          for (const m of await ex.extract(piece)) pieces.push({ ...m, start: m.start + shift, end: m.end + shift });
          shift += new CodePoints(piece).length;
          a = b;
          cuts++;
        }
        expect(pieces).toEqual(await ex.extract(text));
      }
      expect(cuts).toBeGreaterThan(500);
    }, 120_000);

    it('returns nothing for empty text and is deterministic', async () => {
      expect(await ex.extract('')).toEqual([]);
      expect(await ex.extract(TEXTS[1])).toEqual(await ex.extract(TEXTS[1]));
    });
  });
}

// The fast path of the mention check (data/mentions.ts) must never accept what
// the schema refuses: compare them on arbitrary objects near the valid shape.
describe('plainValidMention agrees with MentionSchema', () => {
  const value = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant(undefined), fc.boolean());
  const near = fc.record({
    start: fc.oneof(fc.nat(), fc.integer({ min: -3, max: 3 }), fc.double(), fc.constant(2 ** 60), fc.string()),
    end: fc.oneof(fc.nat(), fc.integer({ min: -3, max: 3 }), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2)),
    text: fc.oneof(fc.string(), fc.constant(''), fc.integer()),
    type: fc.oneof(fc.constantFrom(...MENTION_TYPES), fc.string()),
    value,
    valueMax: value,
    unit: fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined)),
    qualifier: fc.oneof(fc.constantFrom(...QUALIFIERS), fc.string()),
    optional: fc.oneof(fc.boolean(), fc.constant(undefined), fc.string()),
    intended: value,
    note: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
    rule: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
    extra: fc.oneof(fc.constant(undefined), fc.string()),
  }, { requiredKeys: ['start', 'end', 'text', 'type', 'value', 'unit', 'qualifier'] });

  it('on objects near the valid shape, and on things that are not objects', () => {
    fc.assert(fc.property(fc.oneof(near, fc.anything()), (o) => {
      if (plainValidMention(o)) expect(MentionSchema.safeParse(o).success).toBe(true);
    }), { numRuns: 5000 });
  });

  // found when the worker's check moved out of mentions.ts: `rule` was a known key whose value went unchecked
  it.each([
    ['rule a number', { rule: 5 }], ['note a number', { note: 1 }], ['an unknown key', { extra: 'x' }], ['optional a string', { optional: 'yes' }],
  ])('refuses what the schema refuses: %s', (_label, patch) => {
    const o = { start: 0, end: 2, text: '5件', type: 'COUNT', value: 5, unit: '件', qualifier: 'exact', ...patch };
    expect(MentionSchema.safeParse(o).success).toBe(false);
    expect(plainValidMention(o)).toBe(false);
  });

  it('knows the same fields as the schema', () => {
    expect([...MENTION_KEYS]).toEqual(Object.keys(MentionSchema.shape));
  });

  it('overlapping mentions are all dropped, so the kept ones do not depend on the order of the answer', () => {
    const text = '全年受理案件46987件，同比增长7.39%，共计12345678件';
    const cp = new CodePoints(text);
    const at = (s: string, from = 0) => Array.from(text.slice(0, text.indexOf(s, from))).length;
    const m = (s: string, value: number, from = 0): Mention => ({ start: at(s, from), end: at(s, from) + Array.from(s).length, text: s, type: 'COUNT', value, unit: null, qualifier: 'exact' });
    // two values for one span: neither is kept, in either order
    const a = m('7.39%', 7.39), b = m('7.39%', 7.4);
    expect(checkMentions([a, b], cp).mentions).toEqual([]);
    expect(checkMentions([b, a], cp).mentions).toEqual([]);
    const n = cp.length;
    const span = fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: 6 })).map(([s, k]) => ({ start: s, end: Math.min(n, s + k) }));
    fc.assert(fc.property(fc.array(span, { maxLength: 6 }), fc.nat(), (spans, seed) => {
      const ms = spans.map((x, k) => ({ ...x, text: Array.from(text).slice(x.start, x.end).join(''), type: 'COUNT' as const, value: k, unit: null, qualifier: 'exact' as const }));
      const shuffled = ms.map((x, k) => [((k + 1) * (seed % 97 + 1)) % 101, x] as const).sort((p, q) => p[0] - q[0]).map((p) => p[1]);
      const kept = (xs: Mention[]) => checkMentions(xs, cp).mentions.map((x) => x.value).sort();
      expect(kept(shuffled)).toEqual(kept(ms));
      // what is kept overlaps nothing in the answer but itself
      const r = checkMentions(ms, cp);
      for (const k of r.mentions) expect(ms.filter((x) => x.start < k.end && k.start < x.end)).toHaveLength(1);
      // the message counts the mentions dropped, not the overlapping pairs
      if (r.problems.length) expect(summarizeProblems(r.problems)).toMatch(new RegExp(`^${ms.length - r.mentions.length} invalid mention`));
    }), { numRuns: 500 });
  });

  // the worker of `zhnum extract` checks a plain answer with checkPlainMentions alone (no zod)
  it('checkPlainMentions gives what checkMentions gives, on every answer it takes', () => {
    const text = '全市共受理案件46987件，同比上升7.39%。𠀀村１２３户';
    const cp = new CodePoints(text);
    const ment = fc.record({
      start: fc.integer({ min: -1, max: 26 }), end: fc.integer({ min: 0, max: 27 }),
      text: fc.constantFrom('46987件', '7.39%', '１２３户', '案件', 'x'),
      type: fc.constantFrom('COUNT', 'PERCENT', 'DATE', 'NOPE'),
      value: fc.oneof(fc.integer(), fc.constantFrom('2024', '2024-13-99', '')), unit: fc.constantFrom(null, '件', ''),
      qualifier: fc.constantFrom('exact', 'over', 'maybe'),
    });
    let taken = 0;
    fc.assert(fc.property(fc.array(ment, { maxLength: 6 }), (answer) => {
      const plain = checkPlainMentions(answer, cp);
      if (plain) { taken++; expect(plain).toEqual(checkMentions(answer, cp)); }
      else expect(answer.some((m) => !plainValidMention(m))).toBe(true);
    }), { numRuns: 3000 });
    expect(taken).toBeGreaterThan(100);
    expect(checkPlainMentions('nope', cp)).toBeNull();
  });

  // the worker writes each line as bytes, without the string: it must write mentionLine's exact bytes
  it('writeMentionLine writes the UTF-8 of mentionLine, for any strings and values', () => {
    const units = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x22, 0x5c, 0x0a, 0x4e00, 0xd800, 0xdc00, 0x7f, 0x80, 0x7ff, 0x800)), { minLength: 1, maxLength: 12 })
      .map((a) => String.fromCharCode(...a));
    const str = fc.oneof(units, fc.constantFrom('46987件', '😀𠀀', 'a"b\\c', '２０２４年'));
    const val = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), str);
    const mention = fc.record({
      start: fc.nat({ max: 2 ** 40 }), end: fc.nat({ max: 2 ** 40 }), text: str, type: fc.constantFrom(...MENTION_TYPES), value: val,
      valueMax: fc.option(val, { nil: undefined }), unit: fc.option(str, { nil: null }), qualifier: fc.constantFrom(...QUALIFIERS),
      optional: fc.option(fc.boolean(), { nil: undefined }), intended: fc.option(val, { nil: undefined }), note: fc.option(str, { nil: undefined }),
    }, { requiredKeys: ['start', 'end', 'text', 'type', 'value', 'unit', 'qualifier'] });
    fc.assert(fc.property(mention, str, fc.nat({ max: 2 ** 40 }), (m, doc, shift) => {
      const docJson = Buffer.from(JSON.stringify(doc));
      const buf = Buffer.alloc(mentionLineBound(m, docJson) + 8, 0xff);
      const end = writeMentionLine(buf, 3, docJson, m, shift);
      expect(buf.subarray(3, end).toString('hex')).toBe(Buffer.from(mentionLine(JSON.stringify(doc), m, shift)).toString('hex'));
      expect(end).toBeLessThanOrEqual(3 + mentionLineBound(m, docJson));
    }), { numRuns: 3000 });
  });

  it('findOverlaps pairs each mention with the earlier one reaching furthest (1–2 overlaps 0–2, not 0–1)', () => {
    const ms = [{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 0, end: 2 }] as never[];
    expect(findOverlaps(ms).overlaps).toEqual([{ index: 2, other: 0 }, { index: 1, other: 2 }]);
  });

  it('findOverlaps orders and pairs as a stable sort by start, then end, would', () => {
    const span = fc.record({ start: fc.nat({ max: 30 }), len: fc.integer({ min: 1, max: 6 }) }).map(({ start, len }) => ({ start, end: start + len }));
    fc.assert(fc.property(fc.array(span, { maxLength: 12 }), fc.boolean(), (list, sortFirst) => {
      const ms = (sortFirst ? [...list].sort((a, b) => a.start - b.start || a.end - b.end) : list) as never[];
      const order = (ms as { start: number; end: number }[]).map((_, i) => i).sort((a, b) => (ms[a] as { start: number }).start - (ms[b] as { start: number }).start || (ms[a] as { end: number }).end - (ms[b] as { end: number }).end);
      expect(findOverlaps(ms).order).toEqual(order);
    }), { numRuns: 2000 });
  });

  it('and it does accept the ordinary valid mention (else it would speed nothing up)', () => {
    expect(plainValidMention({ start: 0, end: 2, text: '5件', type: 'COUNT', value: 5, unit: '件', qualifier: 'exact' })).toBe(true);
    expect(plainValidMention({ start: 0, end: 5, text: '2023年', type: 'DATE', value: '2023', unit: null, qualifier: 'exact', optional: true })).toBe(true);
  });
});
