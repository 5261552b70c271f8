import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULTS } from '../../config.js';
import { listExtractors } from '../../extractors/registry.js';
import { docsFromLines, extractStream, type StreamDoc, type StreamStats } from '../../harness/stream.js';
import { readUtf8 } from '../../text/io.js';
import type { Problem } from '../../types.js';
import { printProblems } from '../common.js';
import { UsageError, type CommandSpec } from '../options.js';

export const extractCommand: CommandSpec = {
  name: 'extract',
  summary: 'print the mentions of .txt files, a folder, or JSON lines on stdin',
  positionals: 'FILE.txt... | DIR | -',
  description: `Prints one JSON line per mention: {"doc", "start", "end", "text", "type", "value", ...},
offsets in code points. A folder is read for its .txt files; "-" reads JSON lines
{"doc": ID, "text": TEXT} from stdin and streams the mentions out in input order, with
bounded memory; a bad input line is reported on stderr with its line number and skipped.
The extractor runs in worker threads: a document that fails or passes --timeout is reported
on stderr and skipped.`,
  options: {
    extractor: { type: 'string', arg: 'NAME', default: DEFAULTS.extractor, help: 'a registered extractor or file:PATH#export' },
    jobs: { type: 'string', int: { min: 1, max: 64 }, default: DEFAULTS.jobs, help: 'worker threads' },
    timeout: { type: 'string', arg: 'MS', int: { min: 1, max: 3_600_000 }, default: DEFAULTS.timeoutMs, help: 'time limit per document, in ms' },
    model: { type: 'string', arg: 'DIR', help: 'model folder for the transformer extractor' },
  },
  async run(v, positionals) {
    if (positionals.length === 0) throw new UsageError('extract needs FILE.txt..., a folder, or - for JSON lines on stdin');
    const spec = v.extractor as string;
    if (!spec.startsWith('file:') && !listExtractors().some((k) => k.name === spec)) throw new UsageError(`unknown extractor "${spec}"; known: ${listExtractors().map((k) => k.name).join(', ')} (or file:PATH#export)`);
    const options: Record<string, unknown> = {};
    if (v.model) options.model = resolve(String(v.model));
    const stats: StreamStats = { docs: 0, mentions: 0, bad: 0 };
    const io = { spec, options, jobs: v.jobs as number, timeoutMs: v.timeout as number, out: (s: string) => { process.stdout.write(s); }, err: (s: string) => { process.stderr.write(s); } };
    if (positionals.length === 1 && positionals[0] === '-') {
      // Take readline's iterator now: it drops lines emitted before iteration
      // starts, and starting the workers takes a while.
      const it = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
      await extractStream(docsFromLines({ [Symbol.asyncIterator]: () => it }, stats, io.err), io, stats);
      process.stderr.write(`${stats.docs} documents, ${stats.mentions} mentions, ${stats.bad} bad lines or documents skipped\n`);
      return stats.bad > 0 && stats.docs === 0 ? 2 : 0;
    }
    const files: string[] = [];
    const problems: Problem[] = [];
    for (const p of positionals) {
      if (!existsSync(p)) { problems.push({ code: 'missing', file: p, message: 'no such file or folder' }); continue; }
      if (statSync(p).isDirectory()) files.push(...readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => join(p, f)));
      else files.push(p);
    }
    function* docs(): Generator<StreamDoc> {
      for (const f of files) {
        const r = readUtf8(f, problems);
        if (r) yield { doc: basename(f).replace(/\.txt$/, ''), text: r.text, at: f };
      }
    }
    await extractStream(docs(), io, stats);
    if (problems.length) printProblems(problems);
    return problems.length || stats.bad ? 2 : 0;
  },
};
