// The extractors the harness knows by name. A user's own extractor is named
// `file:PATH[#export]` (an ES module exporting an Extractor or a factory) or
// `cmd:COMMAND` (a program speaking JSON lines, docs/protocol.md), so it runs
// through the same commands without being registered. The list is fixed at
// import time on purpose: every worker thread imports this module afresh, so
// a name added at run time in one thread would be unknown in the workers that
// run the extractor.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Extractor } from '../types.js';
import { ruleExtractor } from './rule.js';
import { recognizersExtractor } from './recognizers.js';
import { jiebaExtractor } from './jieba.js';

export interface ExtractorFactory {
  name: string;
  description: string;
  /** whether `zhnum run` includes it when no --extractors is given */
  default: boolean;
  create(options: Record<string, unknown>): Extractor | Promise<Extractor>;
}

const FACTORIES: readonly ExtractorFactory[] = [
  { name: 'rule', description: ruleExtractor.description, default: true, create: () => ruleExtractor },
  {
    name: 'transformer', default: true,
    description: 'char-level BIO transformer (ONNX via @huggingface/transformers, offline; int8 weights when the folder has them); --model DIR for another model',
    // loaded when asked for: it pulls in zod and p-limit, which a worker of
    // `zhnum extract` with the rule extractor would load for nothing
    create: async (o) => (await import('./transformer.js')).createTransformerExtractor({ model: o.model as string | undefined }),
  },
  { name: 'recognizers', description: recognizersExtractor.description, default: true, create: () => recognizersExtractor },
  { name: 'jieba', description: jiebaExtractor.description, default: true, create: () => jiebaExtractor },
];

export function listExtractors(): ExtractorFactory[] {
  return FACTORIES.slice();
}

export class UnknownExtractorError extends Error {}

export async function createExtractor(spec: string, options: Record<string, unknown> = {}): Promise<Extractor> {
  if (spec.startsWith('cmd:')) {
    const command = spec.slice(4).trim();
    if (!command) throw new UnknownExtractorError('"cmd:" needs a command after it, e.g. cmd:python3 my_extractor.py');
    return (await import('./cmd.js')).createCmdExtractor(command, { startTimeoutMs: options.startTimeoutMs as number | undefined });
  }
  if (spec.startsWith('file:')) {
    const [path, name = 'default'] = spec.slice(5).split('#');
    let mod: Record<string, unknown>;
    try {
      mod = await import(pathToFileURL(resolve(path)).href);
    } catch (e) {
      // (Node names no file nor line for a module's syntax error; node --check does: its place and the line, with a caret)
      if (e instanceof SyntaxError) throw new UnknownExtractorError(`${e.message} (${syntaxPlace(resolve(path)) ?? path})`);
      throw e;
    }
    const exp = mod[name];
    if (!exp) throw new UnknownExtractorError(`${path} has no export "${name}"`);
    const ex: Extractor = typeof exp === 'function' ? await exp(options) : exp;
    if (!ex || typeof ex.extract !== 'function') throw new UnknownExtractorError(`${spec} is not an extractor (it needs name, version and extract())`);
    return ex;
  }
  const f = FACTORIES.find((x) => x.name === spec);
  if (!f) throw new UnknownExtractorError(`unknown extractor "${spec}"; known: ${FACTORIES.map((x) => x.name).join(', ')} (or file:PATH#export, cmd:COMMAND)`);
  return f.create(options);
}

/** Where `node --check` places a file's syntax error: "FILE:LINE: the line" (the source line trimmed), or null. */
function syntaxPlace(file: string): string | null {
  const r = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 });
  const lines = (r.stderr ?? '').split('\n');
  const at = lines.findIndex((l) => l.startsWith(file) || l.startsWith(pathToFileURL(file).href));
  if (at < 0) return null;
  const place = lines[at].replace(pathToFileURL(file).href, file);
  const code = (lines[at + 1] ?? '').trim();
  return code ? `${place}: ${code.length > 120 ? `${code.slice(0, 117)}...` : code}` : place;
}
