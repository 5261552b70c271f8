// Streaming extraction: JSON lines {"doc", "text"} in, mention lines out, in
// input order, with a bounded number of documents in memory. Works as the map
// step of a larger engine (Spark's pipe, Hadoop streaming, GNU parallel).
import { createExtractor } from './registry.js';
import { ExtractorWorker, checkMentions } from './run.js';
import { CodePoints } from './text.js';
import type { EvalDoc, Mention } from './types.js';

export interface StreamStats { docs: number; mentions: number; bad: number }

function parseLine(line: string, n: number, err: (s: string) => void): { doc: string; text: string } | null {
  let o: unknown;
  try { o = JSON.parse(line); } catch (e) { err(`stdin:${n}: not valid JSON (${(e as Error).message}); line skipped\n`); return null; }
  if (!o || typeof o !== 'object' || typeof (o as { doc?: unknown }).doc !== 'string' || typeof (o as { text?: unknown }).text !== 'string') {
    err(`stdin:${n}: expected {"doc": string, "text": string}; line skipped\n`);
    return null;
  }
  return o as { doc: string; text: string };
}

function asEvalDoc(doc: string, text: string): EvalDoc {
  return { id: doc, docId: doc, offset: 0, text, chars: new CodePoints(text).length, gold: [] };
}

const lineOf = (doc: string, ms: Mention[]) => ms.map((m) => JSON.stringify({ doc, ...m }) + '\n').join('');

/** Check an extractor's answer for one input line, report dropped mentions, count, and format the output. */
function accept(raw: unknown, d: { doc: string; text: string }, at: number, stats: StreamStats, err: (s: string) => void): string {
  const { mentions, problems } = checkMentions(raw, asEvalDoc(d.doc, d.text));
  if (problems.length) err(`stdin:${at}: ${d.doc}: ${problems.length} invalid mention(s) dropped: ${problems[0]}\n`);
  stats.docs++; stats.mentions += mentions.length;
  return lineOf(d.doc, mentions);
}

export async function extractStream(lines: AsyncIterable<string>, spec: string, options: Record<string, unknown>, jobs: number,
  out: (s: string) => void, err: (s: string) => void): Promise<StreamStats> {
  // Take the iterator before the first await: readline drops lines emitted
  // before iteration starts (and starting workers takes a while).
  const it = lines[Symbol.asyncIterator]();
  lines = { [Symbol.asyncIterator]: () => it };
  const stats: StreamStats = { docs: 0, mentions: 0, bad: 0 };
  let n = 0;
  if (jobs <= 1) {
    const ex = await createExtractor(spec, options);
    await ex.init?.();
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const d = parseLine(line, n, err);
      if (!d) { stats.bad++; continue; }
      try {
        out(accept(await ex.extract(d.text), d, n, stats, err));
      } catch (e) {
        err(`stdin:${n}: ${d.doc}: extractor failed: ${(e as Error).message}\n`);
        stats.bad++;
      }
    }
    await ex.dispose?.();
    return stats;
  }
  // several workers: keep at most 2 × jobs documents in flight, print in input order
  const workers = Array.from({ length: jobs }, () => new ExtractorWorker(spec, options));
  await Promise.all(workers.map((w) => w.info()));
  const idle = workers.slice();
  const waiters: (() => void)[] = [];
  const inflight: Promise<string>[] = [];
  const take = async () => { while (idle.length === 0) await new Promise<void>((r) => waiters.push(r)); return idle.pop()!; };
  const flush = async (max: number) => { while (inflight.length > max) out(await inflight.shift()!); };
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const d = parseLine(line, n, err);
    if (!d) { stats.bad++; continue; }
    const at = n;
    const w = await take();
    inflight.push((async () => {
      try {
        const r = await w.extract(d.text, 600_000);
        if ('error' in r) { err(`stdin:${at}: ${d.doc}: ${r.message}\n`); stats.bad++; return ''; }
        return accept(r.mentions, d, at, stats, err);
      } finally {
        idle.push(w);
        waiters.shift()?.();
      }
    })());
    await flush(2 * jobs);
  }
  await flush(0);
  await Promise.all(workers.map((w) => w.close()));
  return stats;
}
