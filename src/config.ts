// Defaults and the project's location: each written once, read by the
// library, the harness and the command line alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULTS = {
  /** seed of every bootstrap resampling */
  seed: 20241121,
  /** bootstrap resamples for confidence intervals and paired tests (0: none) */
  bootstrap: 1000,
  /** time limit per document and extractor, in milliseconds */
  timeoutMs: 60_000,
  /**
   * time an extractor may take to start in a worker (its modules, its model,
   * a cmd: program's answer to the start-up probe), in milliseconds; the
   * per-document limit instead where that is longer
   */
  startTimeoutMs: 120_000,
  /** documents in flight per extractor in `run` */
  concurrency: 1,
  /** worker threads of `extract` */
  jobs: 1,
  /**
   * Limits. Workers (--jobs, --concurrency): each costs a V8 heap, 30–300 MB
   * by extractor; 1,000 of them took 6–10 GB. A time limit beyond an hour is
   * a mistake (and setTimeout overflows past 2^31 ms). Bootstrap resamples:
   * 100,000 already gives CIs to a hundredth of a point; a results file that
   * claims more is refused, since the gate would redo them.
   */
  maxWorkers: 32,
  maxTimeoutMs: 3_600_000,
  maxBootstrap: 100_000,
  /** resamples × sentences held at once (4 bytes each: 500 MB) */
  maxResampleCells: 125_000_000,
  /** the extractor of `extract` */
  extractor: 'rule',
  /** the gate: largest tolerated absolute F1 drop, and the test's significance level */
  maxDrop: 0.005,
  alpha: 0.05,
  /** the dataset `run` and `validate` read when none is named */
  dataset: 'datasets/seeds',
} as const;

/** The project root: the folder of the package.json above this module. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The folder of a package as Node resolves it from `from`: its node_modules, then each folder above. */
function packageDir(name: string, from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const d = join(dir, 'node_modules', name);
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Version of an installed package: ours, or the one a project depending on
 * ours hoisted above us; with `via`, the copy that package gets (npm nests a
 * dependency whose version conflicts: onnxruntime-node under
 * @huggingface/transformers).
 */
export function packageVersion(name: string, via?: string): string | null {
  const parent = via === undefined ? projectRoot() : packageDir(via, projectRoot());
  const d = parent === null ? null : packageDir(name, parent);
  if (d === null) return null;
  try { return JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).version ?? null; } catch { return null; }
}

export function zhnumVersion(): string {
  try { return JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version; } catch { return 'unknown'; }
}
