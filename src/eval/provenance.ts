// What a results file needs to be reproduced: commit, date, runtime, versions.
import { execFileSync } from 'node:child_process';
import { cpus, platform, arch } from 'node:os';
import { packageVersion, projectRoot, zhnumVersion } from '../config.js';
import type { Results } from '../types.js';

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

/** Recorded packages; a pair is [package, the package that uses it] where npm may nest it. */
const PACKAGES: (string | [string, string])[] = ['@huggingface/transformers', ['onnxruntime-node', '@huggingface/transformers'], 'tinybench', 'zod', 'p-limit', 'cli-table3', '@microsoft/recognizers-text-number', '@node-rs/jieba', 'typescript'];

export function provenance(): Results['provenance'] {
  const commit = git(['rev-parse', 'HEAD']);
  const status = commit ? git(['status', '--porcelain', '--untracked-files=no']) : null;
  const packages: Record<string, string> = {};
  for (const p of PACKAGES) {
    const [name, via] = typeof p === 'string' ? [p, undefined] : p;
    const v = packageVersion(name, via);
    if (v) packages[name] = v;
  }
  return {
    gitCommit: commit, gitDirty: status === null ? null : status.length > 0,
    date: new Date().toISOString(), node: process.version, platform: `${platform()}-${arch()}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, packages, zhnumVersion: zhnumVersion(),
  };
}
