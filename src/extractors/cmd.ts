// The `cmd:` extractor: any program, in any language, that speaks JSON lines
// (docs/protocol.md). One {"id","text"} per document on its stdin, one
// {"id","mentions"} or {"id","error"} per document on its stdout, in order.
//
// The command runs under a small Node supervisor that holds a "lifeline" pipe
// to this thread. The pool stops a worker thread that hangs by terminating it,
// and a terminated thread runs no more JavaScript: no dispose(), no exit
// handler. Its pipes are closed, though, so the supervisor sees the lifeline
// end and kills the command's whole process group. The same happens when the
// harness process dies, and when dispose() closes the lifeline.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Extractor, ExtractOptions, Mention } from '../types.js';

/** Runs under `node -e`: start the command in its own process group; kill the group when fd 3 ends. */
const SUPERVISOR = String.raw`
const { spawn } = require('node:child_process');
const net = require('node:net');
const child = spawn(process.argv[1], { shell: true, stdio: 'inherit', detached: true });
let exited = false;
const group = (sig) => { try { process.kill(-child.pid, sig); } catch {} };
const stop = () => {
  if (exited) return;
  group('SIGTERM');
  setTimeout(() => { group('SIGKILL'); process.exit(137); }, 1000).unref();
};
child.on('error', (e) => { process.stderr.write('cannot start: ' + e.message + '\n'); process.exit(127); });
child.on('exit', (code, signal) => {
  exited = true;
  group('SIGKILL');
  if (signal) process.stderr.write('zhnum: the command was killed by ' + signal + '\n');
  process.exit(code ?? 128);
});
// told to stop (by the harness, or anyone): the group goes first, at once
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => { group('SIGKILL'); process.exit(143); });
const life = new net.Socket({ fd: 3, readable: true, writable: false });
life.on('end', stop); life.on('close', stop); life.on('error', stop);
life.resume();
`;

export interface CmdExtractorOptions {
  /** time to start and answer the start-up probe (an empty document), in ms */
  startTimeoutMs?: number;
  /** restarts in a row that fail before every later document fails at once */
  maxRestarts?: number;
}

export const CMD_DEFAULTS = { startTimeoutMs: 120_000, maxRestarts: 3 } as const;
const STDERR_TAIL = 2000;

/** The program broke the protocol: it is stopped, and the next document starts a fresh one. */
class ProtocolError extends Error {}

/** One running copy of the command. */
class CmdProcess {
  readonly proc: ChildProcess;
  private readonly lifeline: Socket;
  private buf = '';
  private readonly lines: string[] = [];
  private waiter: { resolve: (l: string) => void; reject: (e: Error) => void } | null = null;
  private stderr = '';
  exit: string | null = null;
  private asking = 'answering';

  constructor(command: string) {
    this.proc = spawn(process.execPath, ['-e', SUPERVISOR, command], {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      // Python block-buffers a piped stdout: a script that forgets to flush would never answer
      env: { ...process.env, PYTHONUNBUFFERED: '1' },
    });
    this.lifeline = this.proc.stdio[3] as Socket;
    this.proc.stdout!.setEncoding('utf8');
    this.proc.stdout!.on('data', (d: string) => this.onData(d));
    this.proc.stderr!.setEncoding('utf8');
    this.proc.stderr!.on('data', (d: string) => { this.stderr = (this.stderr + d).slice(-STDERR_TAIL); });
    this.proc.stdin!.on('error', () => { /* a closed stdin shows as the exit below */ });
    this.lifeline.on('error', () => undefined);
    const outClosed = new Promise<void>((resolve) => { this.proc.stdout!.once('close', resolve); this.proc.stderr!.once('close', resolve); });
    this.proc.on('exit', (code, signal) => {
      this.exit = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      // an answer or stderr line written just before the exit may still be in the pipe
      void Promise.race([outClosed, new Promise((r) => setTimeout(r, 300))])
        .then(() => this.waiter?.reject(new Error(`${this.exit} before ${this.asking}${this.stderrNote()}`)));
    });
    this.proc.on('error', (e) => { this.exit = `could not be started (${e.message})`; this.waiter?.reject(new Error(this.exit)); });
  }

  stderrNote(): string {
    const t = this.stderr.trim();
    return t ? `; its stderr ended with: ${t.split('\n').slice(-5).join(' | ')}` : '';
  }

  private onData(d: string): void {
    this.buf += d;
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl).replace(/\r$/, '');
      this.buf = this.buf.slice(nl + 1);
      if (line.trim() === '') continue;
      if (this.waiter) { const w = this.waiter; this.waiter = null; w.resolve(line); } else this.lines.push(line);
    }
  }

  /** Send one request and wait for the next line (or the end of the process, or the time limit). */
  ask(request: object, timeoutMs: number | null, signal?: AbortSignal, what = 'answering'): Promise<string> {
    if (this.exit) return Promise.reject(new Error(`${this.exit}${this.stderrNote()}`));
    // out of step: the process goes (ProtocolError), so the stray line costs this document only
    if (this.lines.length) return Promise.reject(new ProtocolError(`wrote a line nobody asked for, after its last answer: ${clip(this.lines[0])}; restarted for the next document`));
    this.setRef(true);
    this.asking = what;
    return new Promise<string>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => settle(() => reject(new Error('aborted')));
      const settle = (f: () => void) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); this.waiter = null; this.setRef(false); f(); };
      this.waiter = { resolve: (l) => settle(() => resolve(l)), reject: (e) => settle(() => reject(e)) };
      if (timeoutMs !== null) timer = setTimeout(() => settle(() => reject(new Error(`gave no answer within ${timeoutMs} ms${this.stderrNote()}`))), timeoutMs);
      signal?.addEventListener('abort', onAbort);
      this.proc.stdin!.write(`${JSON.stringify(request)}\n`);
    });
  }

  /** An idle process must not keep an in-process caller's event loop alive. */
  private setRef(on: boolean): void {
    for (const h of [this.proc, this.proc.stdout, this.proc.stderr, this.proc.stdin, this.lifeline] as unknown as { ref?: () => void; unref?: () => void }[]) {
      if (on) h?.ref?.(); else h?.unref?.();
    }
  }

  /** End stdin, give the command a second to exit on its own, then close the lifeline (the supervisor kills what is left). */
  async stop(): Promise<void> {
    if (!this.exit) {
      this.proc.stdin!.end();
      await this.exited(1000);
    }
    this.lifeline.destroy();
    // the supervisor kills the command's process group when the lifeline ends (SIGTERM, then SIGKILL after a
    // second) and exits: killing it at once, as this did, left the group running, orphaned
    if (!this.exit) await this.exited(2500);
    // still there: SIGTERM makes it kill the group at once
    if (!this.exit) { this.proc.kill('SIGTERM'); await this.exited(1000); }
    if (!this.exit) this.proc.kill('SIGKILL');
  }

  /** Wait for the supervisor to exit, `ms` at most. */
  private exited(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.exit) { resolve(); return; }
      const t = setTimeout(resolve, ms);
      this.proc.once('exit', () => { clearTimeout(t); resolve(); });
    });
  }
}

const clip = (s: string) => (s.length > 120 ? `${JSON.stringify(s.slice(0, 120))}…` : JSON.stringify(s));

/** A reply line → its mentions (still unchecked: the harness validates them like any extractor's). */
function parseReply(line: string, id: string): { mentions: unknown[] } | { error: string } {
  let o: unknown;
  try { o = JSON.parse(line); } catch {
    throw new ProtocolError(`wrote a line that is not JSON on stdout: ${clip(line)}; write logs to stderr, and one JSON object a line to stdout`);
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new ProtocolError(`answered ${clip(line)}, not a JSON object {"id", "mentions"} or {"id", "error"}`);
  const r = o as { id?: unknown; mentions?: unknown; error?: unknown };
  if (String(r.id) !== id) throw new ProtocolError(`answered id ${JSON.stringify(r.id)} where ${JSON.stringify(id)} was expected: answer each document once, in input order`);
  if (typeof r.error === 'string') return { error: r.error };
  if (Array.isArray(r.mentions)) return { mentions: r.mentions };
  throw new ProtocolError(`the answer for id ${JSON.stringify(id)} has neither "mentions" (an array) nor "error" (a string)`);
}

/**
 * An extractor that runs `command` (through the shell, in the current
 * folder) and speaks the JSON-lines protocol with it. The command starts in
 * init() and must answer a start-up probe, an empty document; a command that
 * dies is restarted for the next document.
 */
export function createCmdExtractor(command: string, opts: CmdExtractorOptions = {}): Extractor {
  const startTimeoutMs = opts.startTimeoutMs ?? CMD_DEFAULTS.startTimeoutMs;
  const maxRestarts = opts.maxRestarts ?? CMD_DEFAULTS.maxRestarts;
  const label = `cmd:${command}`;
  let proc: CmdProcess | null = null;
  let seq = 0;
  let failedStarts = 0;
  let lastStartError = '';
  let queue: Promise<unknown> = Promise.resolve();
  const ex: Extractor = {
    name: label, version: 'unknown', description: `the command ${JSON.stringify(command)} (JSON lines on stdin and stdout)`,
    extract: () => [],
  };

  async function start(): Promise<CmdProcess> {
    if (failedStarts > maxRestarts) throw new Error(`gave up after ${failedStarts} failed starts in a row; the last: ${lastStartError}`);
    const p = new CmdProcess(command);
    const id = String(seq++);
    try {
      const line = await p.ask({ id, text: '' }, startTimeoutMs, undefined, 'answering the start-up probe (an empty document)')
        .catch((e: Error) => { throw /^gave no answer within/.test(e.message) ? new Error(e.message.replace(/^(gave no answer within \d+ ms)/, '$1 to the start-up probe (--start-timeout MS allows more)')) : e; });
      const r = parseReply(line, id);
      if ('error' in r) throw new Error(`answered the start-up probe (an empty document) with an error: ${r.error}`);
      if (r.mentions.length) throw new Error('answered the start-up probe (an empty document) with mentions');
      const meta = JSON.parse(line) as { name?: unknown; version?: unknown; description?: unknown };
      if (typeof meta.name === 'string' && meta.name) ex.name = meta.name;
      if (typeof meta.version === 'string' && meta.version) ex.version = meta.version;
      if (typeof meta.description === 'string' && meta.description) ex.description = meta.description;
      failedStarts = 0;
      return p;
    } catch (e) {
      await p.stop();
      failedStarts++;
      lastStartError = `${label}: ${(e as Error).message}`;
      throw new Error(lastStartError);
    }
  }

  async function extractOne(text: string, options?: ExtractOptions): Promise<Mention[]> {
    proc ??= await start();
    const p = proc;
    const id = String(seq++);
    try {
      const r = parseReply(await p.ask({ id, text }, null, options?.signal), id);
      if ('error' in r) throw new Error(`${label}: ${r.error}`);
      return r.mentions as Mention[];
    } catch (e) {
      // out of step or dead: the next document gets a fresh process
      if (e instanceof ProtocolError || p.exit || options?.signal?.aborted) { proc = null; await p.stop(); }
      throw e instanceof ProtocolError || p.exit ? new Error(`${label} ${(e as Error).message}`) : e;
    }
  }

  ex.init = async () => { proc ??= await start(); };
  // one document at a time per process: answers are matched by order
  ex.extract = (text, options) => {
    const r = queue.then(() => extractOne(text, options));
    queue = r.catch(() => undefined);
    return r;
  };
  ex.dispose = async () => { const p = proc; proc = null; await p?.stop(); };
  return ex;
}
