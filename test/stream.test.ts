// Streaming extraction in process (the workers run the built extractor):
// order kept, bad lines named with their line numbers, failures isolated.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { docsFromLines, extractStream, type StreamDoc, type StreamStats } from '../src/harness/stream.js';

const BROKEN = join(__dirname, 'fixtures', 'broken-extractors.mjs');

async function collect(docs: AsyncIterable<StreamDoc> | Iterable<StreamDoc>, spec: string, jobs: number, timeoutMs = 60_000, stats?: StreamStats) {
  let out = '';
  let err = '';
  const s = await extractStream(docs, { spec, options: {}, jobs, timeoutMs, out: (x) => { out += x; }, err: (x) => { err += x; } }, stats);
  return { lines: out.trim() ? out.trim().split('\n').map((l) => JSON.parse(l)) : [], err, stats: s };
}

async function* lines(xs: string[]) { for (const x of xs) yield x; }

describe('extractStream', () => {
  it('keeps input order with several workers and names bad lines', async () => {
    const input = [
      JSON.stringify({ doc: 'a', text: '共5件' }), '{not json', JSON.stringify({ doc: 'b' }),
      ...Array.from({ length: 20 }, (_, k) => JSON.stringify({ doc: `d${k}`, text: `共${k + 1}件，增长${k}.5%。`.repeat(50 - 2 * k) })),
    ];
    const stats: StreamStats = { docs: 0, mentions: 0, bad: 0 };
    let err = '';
    const r = await collect(docsFromLines(lines(input), stats, (x) => { err += x; }), 'rule', 3, 60_000, stats);
    const docs = [...new Set(r.lines.map((l) => l.doc))];
    expect(docs).toEqual(['a', ...Array.from({ length: 20 }, (_, k) => `d${k}`)]);
    expect(err).toContain('stdin:2: not valid JSON');
    expect(err).toContain('stdin:3: expected {"doc": string, "text": string}');
    expect(r.stats).toEqual({ docs: 21, mentions: r.lines.length, bad: 2 });
  });

  it('a document that hangs is reported and skipped, the next one goes on', async () => {
    const docs: StreamDoc[] = [
      { doc: 'x', text: '法院受理5件', at: 'x.txt' },
      { doc: 'y', text: '结案3件', at: 'y.txt' },
    ];
    const r = await collect(docs, `file:${BROKEN}#hangs`, 1, 1500);
    expect(r.err).toContain('x.txt: x: no answer within 1500 ms; document skipped');
    expect(r.stats).toMatchObject({ docs: 1, bad: 1 });
  });

  it('invalid mentions are dropped with a message, valid ones kept', async () => {
    const r = await collect([{ doc: 'z', text: '共受理120件', at: 'z.txt' }], `file:${BROKEN}#outOfRange`, 1);
    expect(r.lines).toEqual([{ doc: 'z', start: 3, end: 7, text: '120件', type: 'COUNT', value: 120, unit: '件', qualifier: 'exact' }]);
    expect(r.err).toMatch(/z\.txt: z: 1 invalid mention\(s\) dropped; first: mention 0: span \[\d+, \d+\) is outside the document/);
  });
});
