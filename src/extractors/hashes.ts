// SHA-256 of the files behind each extractor of a run, for results.json's
// provenance: a file: module, a cmd: command's script (every word of the
// command that names an existing file), the transformer's model folder. The
// built-in extractors' code is pinned by the git commit and package versions
// recorded beside them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { projectRoot } from '../config.js';
import { DEFAULT_MODEL } from './transformer.js';

const isFile = (p: string) => { try { return statSync(p).isFile(); } catch { return false; } };

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try { names = readdirSync(d).sort(); } catch { return; }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p); else out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The words of a shell command, with simple quoting undone (enough to find file names in it). */
export function commandWords(command: string): string[] {
  return (command.match(/"(?:[^"\\]|\\.)*"|'[^']*'|\S+/g) ?? []).map((w) => (w.startsWith('"') ? w.slice(1, -1).replace(/\\(.)/g, '$1') : w.startsWith("'") ? w.slice(1, -1) : w));
}

/** The files an extractor spec runs from (absolute paths; none for the built-in extractors but the transformer). */
export function extractorFiles(spec: string, options: Record<string, unknown> = {}): string[] {
  if (spec.startsWith('file:')) return [resolve(spec.slice(5).split('#')[0])].filter(isFile);
  if (spec.startsWith('cmd:')) return [...new Set(commandWords(spec.slice(4)).map((w) => resolve(w)).filter(isFile))];
  if (spec === 'transformer') return filesUnder(resolve(String(options.model ?? join(projectRoot(), DEFAULT_MODEL))));
  return [];
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** spec → file → SHA-256; a file inside the project is named relative to it. */
export function extractorHashes(specs: readonly string[], options: Record<string, unknown> = {}): Record<string, Record<string, string>> {
  const root = projectRoot();
  const out: Record<string, Record<string, string>> = {};
  for (const spec of specs) {
    const files = extractorFiles(spec, options);
    if (!files.length) continue;
    out[spec] = {};
    for (const f of files) {
      const rel = relative(root, f);
      out[spec][rel.startsWith('..') || isAbsolute(rel) ? f : rel] = sha256File(f);
    }
  }
  return out;
}
