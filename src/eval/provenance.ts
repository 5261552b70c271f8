// What a results file needs to be reproduced: commit, date, runtime, versions.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, platform, arch } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Results } from './types.js';

/** The project root: the folder of the package.json above this module. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

const PACKAGES = ['@xenova/transformers', 'onnxruntime-node', 'tinybench', 'zod', 'p-limit', 'cli-table3', '@microsoft/recognizers-text-number', '@node-rs/jieba', 'typescript'];

export function packageVersion(name: string): string | null {
  const f = join(projectRoot(), 'node_modules', name, 'package.json');
  try { return JSON.parse(readFileSync(f, 'utf8')).version ?? null; } catch { return null; }
}

export function zhnumVersion(): string {
  try { return JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version; } catch { return 'unknown'; }
}

export function provenance(): Results['provenance'] {
  const commit = git(['rev-parse', 'HEAD']);
  const status = commit ? git(['status', '--porcelain', '--untracked-files=no']) : null;
  const packages: Record<string, string> = {};
  for (const p of PACKAGES) { const v = packageVersion(p); if (v) packages[p] = v; }
  return {
    gitCommit: commit, gitDirty: status === null ? null : status.length > 0,
    date: new Date().toISOString(), node: process.version, platform: `${platform()}-${arch()}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, packages, zhnumVersion: zhnumVersion(),
  };
}
