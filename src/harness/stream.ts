// Streaming extraction: documents in, mention lines out, in input order, with a
// bounded number of documents in memory. The stdin form reads JSON lines
// {"doc", "text"}, so that it can be the map step of a larger engine (Spark's
// pipe, Hadoop streaming, GNU parallel). Every extractor runs in the worker
// pool, so a document that hangs or crashes is reported and skipped.
import { codePointsOf } from '../text/codepoints.js';
import { checkMentions, summarizeProblems } from '../data/mentions.js';
import { WorkerPool } from './pool.js';
import type { Mention } from '../types.js';

export interface StreamStats { docs: number; mentions: number; bad: number }

/** One input document and where it came from (for messages: "stdin:12", "a.txt"). */
export interface StreamDoc { doc: string; text: string; at: string }

export interface StreamOptions {
  spec: string;
  options: Record<string, unknown>;
  jobs: number;
  timeoutMs: number;
  out: (s: string) => void | Promise<void>;
  err: (s: string) => void;
}

/** Parse one JSON line of the stdin protocol; a bad line is reported and yields null. */
export function parseDocLine(line: string, at: string, err: (s: string) => void): StreamDoc | null {
  let o: unknown;
  try { o = JSON.parse(line); } catch (e) { err(`${at}: not valid JSON (${(e as Error).message}); line skipped\n`); return null; }
  if (!o || typeof o !== 'object' || typeof (o as { doc?: unknown }).doc !== 'string' || typeof (o as { text?: unknown }).text !== 'string') {
    err(`${at}: expected {"doc": string, "text": string}; line skipped\n`);
    return null;
  }
  return { doc: (o as { doc: string }).doc, text: (o as { text: string }).text, at };
}

/** The output lines of one document: the gold format plus `doc`. */
export const mentionLines = (doc: string, ms: readonly Mention[]) => ms.map((m) => JSON.stringify({ doc, ...m }) + '\n').join('');

/** JSON lines on an async iterable of text lines → documents; bad lines are counted in `stats.bad`. */
export async function* docsFromLines(lines: AsyncIterable<string>, stats: StreamStats, err: (s: string) => void, name = 'stdin'): AsyncGenerator<StreamDoc> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const d = parseDocLine(line, `${name}:${n}`, err);
    if (d) yield d; else stats.bad++;
  }
}

/** Extract every document with `jobs` workers, writing each document's lines in input order. */
export async function extractStream(docs: AsyncIterable<StreamDoc> | Iterable<StreamDoc>, o: StreamOptions, stats: StreamStats = { docs: 0, mentions: 0, bad: 0 }): Promise<StreamStats> {
  // Take the iterator before the first await: readline drops lines emitted
  // before iteration starts (and starting workers takes a while).
  const it = Symbol.asyncIterator in docs ? (docs as AsyncIterable<StreamDoc>)[Symbol.asyncIterator]() : (docs as Iterable<StreamDoc>)[Symbol.iterator]();
  const pool = new WorkerPool(o.spec, o.options, o.jobs);
  try {
    await pool.info();
    const inflight: Promise<string>[] = [];
    const flush = async (max: number) => { while (inflight.length > max) await o.out(await inflight.shift()!); };
    for (let r = await it.next(); !r.done; r = await it.next()) {
      const d = r.value;
      inflight.push(pool.extract(d.text, o.timeoutMs).then((res) => {
        if ('error' in res) { o.err(`${d.at}: ${d.doc}: ${res.message}; document skipped\n`); stats.bad++; return ''; }
        const { mentions, problems } = checkMentions(res.mentions, codePointsOf(d));
        if (problems.length) o.err(`${d.at}: ${d.doc}: ${summarizeProblems(problems)}\n`);
        stats.docs++; stats.mentions += mentions.length;
        return mentionLines(d.doc, mentions);
      }));
      await flush(2 * o.jobs);
    }
    await flush(0);
  } finally {
    await pool.close();
  }
  return stats;
}
