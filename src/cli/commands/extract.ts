import { fstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DEFAULTS } from '../../config.js';
import type { Isolation } from '../../harness/pool.js';
import { ExtractorStartError, extractSources, type Source, type StreamStats } from '../../harness/stream.js';
import { clip } from '../../text/codepoints.js';
import { firstInvalidUtf8, notUtf8At, notUtf8Hint, OutputClosed, readUtf8, whyUnreadable, writeStdout } from '../../text/io.js';
import { documentKind, DocumentError, readDocumentText } from '../../text/documents.js';
import type { Problem } from '../../types.js';
import { InputError, UsageError, warnIgnored, type CommandSpec } from '../options.js';
import { streamProgressPrinter } from '../progress.js';
import { WORKER_OPTIONS } from '../worker-options.js';

const DOC_EXT = /\.(txt|pdf|docx)$/i;

/**
 * A PDF or DOCX file as one JSON line {"doc", "text"}, its text got when the
 * stream reaches it (so texts are not all held at once); one that cannot be
 * read is reported and yields nothing.
 */
function documentLines(file: string, doc: string, problems: string[]): AsyncIterable<string> {
  return (async function* lines() {
    try {
      yield `${JSON.stringify({ doc, text: await readDocumentText(file) })}\n`;
    } catch (e) {
      if (!(e instanceof DocumentError)) throw e;
      problems.push(e.message);
      process.stderr.write(`${e.message}; file skipped\n`);
    }
  })();
}

/** --print-text: each input's text as the JSON line {"doc", "text"} that extract - reads. */
async function printTexts(sources: readonly Source[], problems: string[]): Promise<void> {
  for (const src of sources) {
    if (!('file' in src)) continue;
    let text: string | null = null;
    if (documentKind(src.file)) {
      try { text = await readDocumentText(src.file); } catch (e) { if (!(e instanceof DocumentError)) throw e; problems.push(e.message); }
    } else {
      const found: Problem[] = [];
      text = readUtf8(src.file, found)?.text ?? null;
      const bad = found.find((p) => p.code === 'not-utf8');
      if (bad && bad.line! > 1) {
        // as extract does: the lines before the bad one are the text its written mentions point into
        const bytes = readFileSync(src.file), at = firstInvalidUtf8(bytes);
        text = bytes.subarray(0, bytes.lastIndexOf(10, at) + 1).toString('utf8');
        problems.push(`${bad.file}:${bad.line}: ${notUtf8At(bytes, at)}; the text before this line is printed, as extract writes the mentions of those lines; ${notUtf8Hint(bytes, at)}`);
      } else problems.push(...found.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`));
    }
    if (text !== null) await writeStdout(`${JSON.stringify({ doc: src.doc, text })}\n`);
  }
}

/** The files the positionals name, each with its document ID; problems for the ones that cannot be read. */
function fileSources(positionals: string[], problems: string[]): Source[] {
  const files: { file: string; doc: string }[] = [];
  for (const p of positionals) {
    let st;
    try { st = statSync(p); } catch (e) {
      problems.push(`${p}: ${whyUnreadable(p, e as NodeJS.ErrnoException)}`);
      continue;
    }
    if (st.isDirectory()) {
      let names: string[];
      try { names = readdirSync(p); } catch (e) { problems.push(`${p}: cannot read the folder: ${(e as Error).message}`); continue; }
      const txt = names.filter((f) => DOC_EXT.test(f)).sort();
      if (txt.length === 0) problems.push(`${p}: no .txt, .pdf or .docx files in the folder`);
      for (const f of txt) files.push({ file: join(p, f), doc: f.replace(DOC_EXT, '') });
    } else {
      files.push({ file: p, doc: basename(p).replace(DOC_EXT, '') });
    }
  }
  // one document ID per file: a.txt in two folders would print "doc":"a" twice
  const seen = new Map<string, string>();
  for (const f of files) {
    const prev = seen.get(f.doc);
    if (prev !== undefined && resolve(prev) !== resolve(f.file)) {
      throw new InputError(`${prev} and ${f.file} would both be document "${clip(f.doc)}"; extract them in two runs (the output names the document, not the folder) or rename one`);
    }
    seen.set(f.doc, f.file);
  }
  const unique = new Set<string>();
  return files.filter((f) => {
    // (resolved once: twice cost 150 ms before the first worker started, in a folder of 200,000 files)
    const r = resolve(f.file);
    if (unique.has(r)) return false;
    unique.add(r);
    return true;
  });
}

export const extractCommand: CommandSpec = {
  name: 'extract',
  summary: 'print the mentions of .txt, .pdf or .docx files, a folder, or JSON lines on stdin',
  positionals: 'FILE... | DIR | -',
  description: `Prints one JSON line per mention: {"doc", "start", "end", "text", "type", "value", ...},
offsets in code points. A folder is read for its .txt, .pdf and .docx files, in any case
(.TXT too; not its subfolders); the document ID is the file name without the extension, and
two files with one ID are refused. "-" reads JSON lines {"doc": ID, "text": TEXT} from stdin
(a bad line, invalid UTF-8 included, is reported on stderr with its line number and
skipped), so that extract can be the map step of GNU parallel, Hadoop streaming or Spark's
RDD.pipe; each process starts Node and compiles the extractor anew (about a second before
it runs at full speed), so give each a large part of the input (GNU parallel: --pipepart
--block -1, one block a job slot; README, Speed). Everything is streamed in blocks, in
bounded memory, in input order: a file in parts of about 1 MiB cut after a sentence end
(4 MiB for an extractor that declares itself sentence-local, as the rule extractor does:
fewer parts cost less, and where they end cannot change its mentions; text with no 。！？ for
that long, a table or a log, grows a part up to 8 MiB, then is cut at a line break), with offsets
carried over; smaller files several to a worker at a time (up to 256, in worker threads)
and JSON lines in blocks of whole lines, each such block sized to about 100 ms of the
extractor's work (8 KiB to 1 MiB), so that a slow extractor's documents spread over the
workers. The extractor runs in --jobs workers: a document (or a part of a file) that it
fails on or that passes --timeout is reported on stderr and skipped. A closed output pipe
(| head) ends the run quietly.

Exit code 2 when an input could not be read (a file or folder missing or unreadable, a .txt
that is not UTF-8 or starts with a byte-order mark, a .pdf or .docx its library cannot read,
a folder given as stdin) or when documents were skipped and none was extracted; otherwise 0,
from files and from stdin alike: a document the extractor fails on, or a stdin line that is
not {"doc", "text"}, is reported on stderr and skipped without changing the exit code. A .txt
that is not UTF-8 from some line on is written up to that line and the rest skipped.

A .pdf (text by unpdf, i.e. PDF.js) or .docx (raw text by mammoth, paragraphs apart by a
blank line) is read as the text those libraries give; offsets are code points into it, and
--print-text prints it (as {"doc", "text"} lines, the input of "extract -") instead of the
mentions, so offsets can be checked.`,
  options: {
    extractor: { type: 'string', arg: 'NAME', default: DEFAULTS.extractor, help: 'a registered extractor ("zhnum ls" lists them), file:PATH#export or cmd:COMMAND (docs/protocol.md)' },
    jobs: { type: 'string', int: { min: 1, max: DEFAULTS.maxWorkers }, default: DEFAULTS.jobs, help: 'workers (threads or processes), started as work comes for them (a file under 1 MiB starts one); each starts the extractor anew (the rule extractor: about a second of CPU to compile), so more than one pays on large inputs, costly extractors or more cores' },
    timeout: { type: 'string', arg: 'MS', int: { min: 1, max: DEFAULTS.maxTimeoutMs }, default: DEFAULTS.timeoutMs, help: 'time limit per document (per part of a large file: 1 MiB, 4 MiB for a sentence-local extractor such as the rule one, up to 8 MiB where text has no sentence end), in ms' },
    ...WORKER_OPTIONS,
    'print-text': { type: 'boolean', help: 'print each file\'s text as {"doc", "text"} JSON lines instead of its mentions' },
  },
  async run(v, positionals, given) {
    if (positionals.length === 0) throw new UsageError('extract needs FILE.txt..., a folder, or - for JSON lines on stdin');
    const spec = v.extractor as string;
    if (spec === '') throw new UsageError('--extractor needs a name');
    // an unknown name is reported by the worker that tries to load it: the main thread does not load the extractors
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('"-" given twice: stdin is read once; name it once');
    if (positionals.includes('-') && positionals.length > 1) throw new UsageError('"-" reads JSON lines from stdin and cannot be mixed with files or folders');
    const options: Record<string, unknown> = {};
    if (v.model) options.model = resolve(String(v.model));
    const problems: string[] = [];
    const fromStdin = positionals[0] === '-';
    if (v['print-text'] && fromStdin) throw new UsageError('--print-text prints the text of files; with "-" the text is the input already');
    if (v['print-text']) warnIgnored('extract', given, ['extractor', 'jobs', 'timeout', 'start-timeout', 'isolation', 'model'], '--print-text prints the text and runs no extractor');
    // (a file: module's factory is given the options; a cmd: program and the other registered extractors are not)
    else if (spec !== 'transformer' && !spec.startsWith('file:')) warnIgnored('extract', given, ['model'], `it is for the transformer extractor (or a file: extractor), not ${clip(spec, 60)}`);
    if (fromStdin) stdinUsable();
    const files: Source[] = fromStdin ? [{ lines: process.stdin, name: 'stdin' }] : fileSources(positionals, problems);
    for (const p of problems) process.stderr.write(`${p}\n`);
    if (v['print-text']) {
      const before = problems.length;
      try { await printTexts(files, problems); } catch (e) { if (e instanceof OutputClosed) return 0; throw e; }
      for (const p of problems.slice(before)) process.stderr.write(`${p}\n`);
      return problems.length ? 2 : 0;
    }
    const sources: Source[] = files.map((f) => ('file' in f && documentKind(f.file) ? { lines: documentLines(f.file, f.doc, problems), name: f.file } : f));
    const progress = streamProgressPrinter();
    const stats: StreamStats = { docs: 0, mentions: 0, bad: 0 };
    try {
      await extractSources(sources, {
        spec, options, jobs: v.jobs as number, timeoutMs: v.timeout as number, startTimeoutMs: v['start-timeout'] as number | undefined, isolation: v.isolation as Isolation,
        out: writeStdout, lend: true, err: (s) => { progress?.clear(); process.stderr.write(s); }, onProgress: progress?.update,
      }, stats);
    } catch (e) {
      progress?.clear();
      // our reader stopped reading (| head): nothing more to do, and not an error
      if (e instanceof OutputClosed) { process.stdin.destroy(); return 0; }
      if (e instanceof ExtractorStartError) throw new InputError(e.message);
      throw e;
    }
    progress?.clear();
    process.stderr.write(`${extractSummary(stats, problems.length)}\n`);
    // one rule for files and stdin (--help): bad input, or nothing extracted from what was there
    const partial = stats.partial ?? 0;
    const unreadable = problems.length + (stats.unread ?? 0);
    return unreadable > 0 || (stats.bad > 0 && stats.docs === 0 && partial === 0) ? 2 : 0;
  },
};

/**
 * The last line of extract on stderr: what was written and what was not. A
 * file that could not be read, or not from some byte on (a BOM, invalid
 * UTF-8), counts among the inputs not read, the reason for exit 2, and not
 * also among the skipped lines and documents. `missing`: inputs that were
 * never opened (not found, unreadable folders).
 */
export function extractSummary(stats: StreamStats, missing: number): string {
  const count = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  const partial = stats.partial ?? 0;
  const unread = stats.unread ?? 0;
  const skipped = stats.bad - unread;
  const docs = partial ? `${count(stats.docs, 'whole document')} and ${partial} in part` : count(stats.docs, 'document');
  return `${docs}, ${count(stats.mentions, 'mention')}${skipped ? `; ${skipped} skipped (lines, documents or parts of files: see above)` : ''}${missing + unread ? `; ${count(missing + unread, 'input')} not read (missing, unreadable or refused${unread ? ', in whole or in part: see above' : ''})` : ''}`;
}

/** Stdin must be something to read lines from: a folder (extract - < DIR) gives nothing and no error otherwise. */
function stdinUsable(): void {
  let st;
  try { st = fstatSync(0); } catch { return; /* closed: read as empty */ }
  if (st.isDirectory()) throw new InputError('stdin: cannot read: it is a folder; give JSON lines {"doc", "text"} on stdin, or name the folder instead of "-" (zhnum extract DIR)');
}
