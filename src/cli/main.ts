#!/usr/bin/env node
// zhnum: the command line. One module per command under commands/; options
// are declared there once (options.ts derives parsing, defaults and help).
// Exit codes: 0 fine, 1 gate failed, 2 bad usage or bad input.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { zhnumVersion } from '../config.js';
import { flushStdout, OutputClosed, OutputFailed, OutputSetError, stdoutProblem, watchStdio } from '../text/io.js';
import { commandHelp, InputError, nearOption, parseCommand, UsageError, type CommandSpec } from './options.js';
import { prestartWorker } from '../harness/prestart.js';

/**
 * The commands, each loaded only when it runs: `extract` is a map step
 * started once per chunk by GNU parallel or Spark, and loading the report
 * renderers (vega) for it would cost more than extracting a chunk.
 */
const LOADERS: Record<string, () => Promise<CommandSpec>> = {
  run: async () => (await import('./commands/run.js')).runCommand,
  score: async () => (await import('./commands/score.js')).scoreCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  gate: async () => (await import('./commands/gate.js')).gateCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  extract: async () => (await import('./commands/extract.js')).extractCommand,
  ls: async () => (await import('./commands/ls.js')).lsCommand,
};

async function mainHelp(): Promise<string> {
  const COMMANDS = await Promise.all(Object.values(LOADERS).map((load) => load()));
  const w = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return `zhnum ${zhnumVersion()}: benchmark extractors of numeric mentions in Chinese official reports

usage: zhnum <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(w)}${c.summary}`).join('\n')}

Run "zhnum <command> --help" (or "zhnum help <command>") for a command's options, "zhnum --version" for the version.
Exit codes: 0 fine, 1 gate failed, 2 bad usage or bad input.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const asked = rest[0];
    // "zhnum help nosuch" is the same mistake as "zhnum nosuch"
    if (asked !== undefined && !Object.hasOwn(LOADERS, asked)) { process.stderr.write(`zhnum: unknown command "${asked.slice(0, 100)}"\n\n${await mainHelp()}\n`); return 2; }
    console.log(asked !== undefined ? commandHelp(await LOADERS[asked]()) : await mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') { console.log(zhnumVersion()); return 0; }
  if (!Object.hasOwn(LOADERS, name)) {
    // (--versoin is a mistyped option, not a command; a review)
    if (name.startsWith('-')) {
      const near = nearOption(name, ['help', 'version']);
      process.stderr.write(`zhnum: unknown option "${name.slice(0, 100)}"${near ? `: did you mean --${near}?` : ''} (before a command only --help and --version)\n\n${await mainHelp()}\n`);
    } else {
      const near = nearOption(name, Object.keys(LOADERS));
      process.stderr.write(`zhnum: unknown command "${name.slice(0, 100)}"${near ? `: did you mean ${near}?` : ''}\n\n${await mainHelp()}\n`);
    }
    return 2;
  }
  // a worker for extract's pool, starting while the command loads (harness/prestart.ts); not
  // for --help, nor where the extractor may run in child processes (--isolation process, or
  // any argument naming the transformer: a miss only costs the head start)
  const processes = rest.some((a, k) => a === '--isolation=process' || (a === '--isolation' && rest[k + 1] === 'process') || a.includes('transformer'));
  if (name === 'extract' && !processes && !rest.some((a) => a === '--help' || a === '-h')) prestartWorker();
  const cmd = await LOADERS[name]();
  const debug = rest.includes('--debug');
  watchStdio();
  try {
    const { values, positionals, given } = parseCommand(cmd, rest);
    if (values.help) { console.log(commandHelp(cmd)); return 0; }
    const code = await cmd.run(values, positionals, given);
    // a write that failed after the command's last check (report > /dev/full)
    await flushStdout();
    return code;
  } catch (e) {
    return failure(name, e, debug);
  }
}

/** The exit code and message for what a command threw: usage and input errors are the user's, the rest ours. */
function failure(name: string, e: unknown, debug: boolean): number {
  if (e instanceof OutputClosed) return 0;
  if (e instanceof UsageError) { process.stderr.write(`zhnum ${name}: ${e.message}\nRun "zhnum ${name} --help" for usage.\n`); return 2; }
  if (e instanceof InputError || e instanceof OutputFailed || e instanceof OutputSetError) { process.stderr.write(`zhnum ${name}: ${e.message}\n`); return 2; }
  const msg = e instanceof Error ? e.message : `${String(e)} (thrown, not an Error)`;
  process.stderr.write(`zhnum ${name}: internal error: ${msg.slice(0, 2000)}\n${debug && e instanceof Error ? `${e.stack}\n` : 'Run again with --debug for the stack trace, and report it.\n'}`);
  return 2;
}

let isMain = false;
try { isMain = !!process.argv[1] && realpathSync(process.argv[1]).endsWith(join('src', 'cli', 'main.js')); } catch { /* not a file */ }
if (isMain) {
  const argv = process.argv.slice(2);
  // last resort: an error thrown outside the command's own promise chain
  const fatal = (e: unknown) => { process.exitCode = failure(argv[0] ?? 'zhnum', e, argv.includes('--debug')); process.exit(); };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  main(argv).then((code) => {
    process.exitCode = code;
    // a closed stdout can keep its handle open and the process alive; nothing more will be written
    if (stdoutProblem() instanceof OutputClosed) process.exit();
  });
}
