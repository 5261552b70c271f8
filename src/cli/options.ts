// Options are declared once per command; parsing, defaults, limits and the
// --help text are all derived from the declarations.
import { parseArgs } from 'node:util';
import { shellWord } from '../text/codepoints.js';

/** Bad input (a file, a folder, an extractor that cannot start): exit 2 with the message, no usage hint. */
export class InputError extends Error {}

/** Bad usage (an option, an argument): exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** placeholder shown in help: --seed N */
  arg?: string;
  help: string;
  /** a whole number in [min, max], parsed strictly (digits only) */
  int?: { min: number; max: number };
  /** a decimal number in [min, max] */
  num?: { min: number; max: number; exclusiveMin?: boolean; exclusiveMax?: boolean };
  /** one of these words */
  choices?: readonly string[];
  default?: string | number | boolean;
  /** shown in help instead of the default value */
  defaultText?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** the positional part of the usage line */
  positionals: string;
  description: string;
  options: Record<string, OptionSpec>;
  /** `given`: the options written on the command line (not defaults), for warnings about options that do not apply */
  run(values: Record<string, unknown>, positionals: string[], given?: ReadonlySet<string>): Promise<number>;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };
const DEBUG_OPTION: OptionSpec = { type: 'boolean', help: 'print stack traces of internal errors' };

function withCommon(spec: CommandSpec): Record<string, OptionSpec> {
  return { ...spec.options, debug: DEBUG_OPTION, help: HELP_OPTION };
}

/** Parse a command's arguments: unknown options, bad numbers and bad choices are usage errors. */
export function parseCommand(spec: CommandSpec, args: string[]): { values: Record<string, unknown>; positionals: string[]; given: Set<string> } {
  const opts = withCommon(spec);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: Object.fromEntries(Object.entries(opts).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}) }])),
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    const x = e as NodeJS.ErrnoException;
    // `--bootstrap -1`: Node's three lines say to write it with "="; that form gets our own check of the value
    const dash = x.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? /^Option '(--[^']+)' argument is ambiguous/.exec(x.message) : null;
    if (dash) throw new UsageError(`${dash[1]} is followed by a word that starts with "-": write a value that starts with "-" as ${dash[1]}=VALUE, or give ${dash[1]} its value`);
    // Node's own text for this one ends in an unbalanced quote
    const unknown = x.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '(.*?)'\./.exec(x.message) : null;
    // the hint about "--" only where the command takes file or folder arguments (run and ls take none)
    // (a near name first: --extractors to extract, --extractor to run, a typo; a review: the hint about "--" alone misled)
    if (unknown) {
      const near = nearOption(unknown[1], Object.keys(opts));
      if (near) throw new UsageError(`unknown option ${unknown[1]}: did you mean --${near}?`);
      throw new UsageError(`unknown option ${unknown[1]}${spec.positionals ? ` (a file name that starts with "-" goes after "--": zhnum ${spec.name} -- ${unknown[1]})` : ''}`);
    }
    throw new UsageError(x.message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
  // an option with a value given twice: parseArgs keeps the last, which silently drops the first (`--dataset a --dataset b`)
  const seen = new Map<string, string[]>();
  for (const t of parsed.tokens ?? []) if (t.kind === 'option' && opts[t.name]?.type === 'string') seen.set(t.name, [...(seen.get(t.name) ?? []), String(t.value)]);
  for (const [name, all] of seen) {
    // the same value again is no conflict
    const vs = [...new Set(all)];
    if (vs.length < 2) continue;
    // a comma list only where the option takes one and no value holds a comma or is a cmd:/file: spec of its own
    const list = /NAMES|LIST/.test(opts[name].arg ?? '') && vs.every((v) => !v.includes(',') && !/^(cmd|file):/.test(v));
    throw new UsageError(`--${name} is given ${all.length} times (${all.map((v) => JSON.stringify(v)).join(', ')}): give it once${list ? `, the values in one comma list (--${name} ${shellWord(vs.join(','))})` : ''}`);
  }
  const values: Record<string, unknown> = {};
  const given = new Set<string>();
  for (const [name, o] of Object.entries(opts)) {
    const raw = (parsed.values as Record<string, unknown>)[name];
    if (raw === undefined) { if (o.default !== undefined) values[name] = o.default; continue; }
    given.add(name);
    if (o.type === 'boolean') { values[name] = raw; continue; }
    const s = String(raw);
    if (o.int) {
      if (!/^\d+$/.test(s)) throw new UsageError(`--${name} must be a whole number written in digits, got "${s}"`);
      const n = Number(s);
      if (n < o.int.min || n > o.int.max) throw new UsageError(`--${name} must be between ${o.int.min} and ${o.int.max}, got ${s}`);
      values[name] = n;
    } else if (o.num) {
      // 0.005, .5, 5e-3; not hex, not Infinity, not an empty string
      const n = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : NaN;
      const lowOk = o.num.exclusiveMin ? n > o.num.min : n >= o.num.min;
      const highOk = o.num.exclusiveMax ? n < o.num.max : n <= o.num.max;
      if (Number.isNaN(n)) throw new UsageError(`--${name} must be a decimal number (like 0.005) in ${numRange(o.num)}, got "${s}"`);
      if (!(lowOk && highOk)) throw new UsageError(`--${name} must be in ${numRange(o.num)}, got ${s}`);
      values[name] = n;
    } else if (o.choices) {
      if (!o.choices.includes(s)) throw new UsageError(`--${name} must be one of ${o.choices.join(', ')}, got "${s}"`);
      values[name] = s;
    } else {
      values[name] = s;
    }
  }
  return { values, positionals: parsed.positionals, given };
}

/** The option a mistyped one most likely meant (one edit, or a plural's s away), or null: --extractors → extractor. */
export function nearOption(given: string, names: readonly string[]): string | null {
  const g = given.replace(/^-+/, '').replace(/=.*$/, '');
  if (g.length < 3) return null;
  const close = names.filter((n) => n !== g && edits(g, n) <= (Math.min(g.length, n.length) >= 6 ? 2 : 1));
  return close.length === 1 ? close[0] : null;
}
/** Levenshtein distance, for short option names. */
function edits(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** A decimal option's range as written in maths: [0, 1), (0, 1). */
function numRange(r: NonNullable<OptionSpec['num']>): string {
  return `${r.exclusiveMin ? '(' : '['}${r.min}, ${r.max}${r.exclusiveMax ? ')' : ']'}`;
}

/** A warning on stderr for each given option that does not apply (the command goes on). */
export function warnIgnored(command: string, given: ReadonlySet<string> | undefined, options: readonly string[], why: string): void {
  const ignored = options.filter((o) => given?.has(o));
  if (ignored.length) process.stderr.write(`zhnum ${command}: warning: ${ignored.map((o) => `--${o}`).join(', ')} ignored: ${why}\n`);
}

/** The --help text of a command, from its declarations. */
export function commandHelp(spec: CommandSpec): string {
  const opts = withCommon(spec);
  const flag = (name: string, o: OptionSpec) => `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.arg ?? (o.int || o.num ? 'N' : 'VALUE')}` : ''}`;
  const width = Math.max(...Object.entries(opts).map(([n, o]) => flag(n, o).length)) + 2;
  const lines = Object.entries(opts).map(([n, o]) => {
    let d = o.help;
    if (o.choices) d += ` (${o.choices.join(', ')})`;
    const dflt = o.defaultText ?? (o.default !== undefined && o.type !== 'boolean' ? String(o.default) : undefined);
    if (dflt !== undefined) d += `; default ${dflt}`;
    if (o.int) d += `; ${o.int.min}–${o.int.max}`;
    if (o.num) d += `; in ${numRange(o.num)}`;
    return `  ${flag(n, o).padEnd(width)}${d}`;
  });
  return `usage: zhnum ${spec.name}${Object.keys(spec.options).length ? ' [options]' : ''}${spec.positionals ? ` ${spec.positionals}` : ''}\n\n${spec.description}\n\noptions:\n${lines.join('\n')}`;
}
