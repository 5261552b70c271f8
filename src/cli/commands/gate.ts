import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULTS } from '../../config.js';
import { gateAll } from '../../report/gate.js';
import type { Results } from '../../types.js';
import { readResults } from '../common.js';
import { UsageError, type CommandSpec } from '../options.js';

/** A results.json, or a folder holding one and/or NAME/results.json per dataset. */
function readRunSet(path: string): Results[] {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
  if (!statSync(path).isDirectory()) return [readResults(path)];
  const files = [join(path, 'results.json'), ...readdirSync(path).sort().map((d) => join(path, d, 'results.json'))].filter((f) => existsSync(f));
  if (files.length === 0) throw new UsageError(`${path}: no results.json in the folder or its subfolders`);
  return files.map(readResults);
}

export const gateCommand: CommandSpec = {
  name: 'gate',
  summary: 'compare a run with a baseline; exit 1 on a real F1 drop',
  positionals: 'BASELINE CURRENT',
  description: `BASELINE and CURRENT are results.json files or the folders "zhnum run --out" writes
(one dataset each, matched by dataset name). Exits 1 when any extractor's F1 on any scheme and
dataset drops by more than --max-drop (absolute: 0.005 is half a point) and a paired bootstrap
test over the same sentences gives p < --alpha, or when a baseline dataset or extractor is
missing from the current run; exits 2 when the runs cannot be compared (another dataset
version or split). Prints what moved.`,
  options: {
    'max-drop': { type: 'string', num: { min: 0, max: 1, exclusiveMax: true }, default: DEFAULTS.maxDrop, help: 'largest tolerated F1 drop' },
    alpha: { type: 'string', num: { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true }, default: DEFAULTS.alpha, help: 'significance level of the paired test' },
  },
  async run(v, positionals) {
    if (positionals.length !== 2) throw new UsageError('gate needs BASELINE and CURRENT (results.json files or run folders)');
    const g = gateAll(readRunSet(positionals[0]), readRunSet(positionals[1]), { maxDrop: v['max-drop'] as number, alpha: v.alpha as number });
    if (g.incomparable.length) { for (const m of g.incomparable) process.stderr.write(`gate: ${m}\n`); return 2; }
    for (const r of g.rows) {
      const moved = Math.abs(r.delta) >= 1e-12;
      if (!moved && !r.failed) continue;
      process.stdout.write(`${r.failed ? 'FAIL' : 'ok  '} ${r.dataset} · ${r.extractor} ${r.scheme}: F1 ${(100 * r.baseline).toFixed(2)} → ${(100 * r.current).toFixed(2)} (${r.delta >= 0 ? '+' : ''}${(100 * r.delta).toFixed(2)} points, p ${r.pValue === null ? 'n/a' : r.pValue.toFixed(3)})\n`);
    }
    for (const m of g.missing) process.stdout.write(`FAIL ${m}: in the baseline but not in the current run\n`);
    process.stdout.write(g.ok ? `gate passed: no F1 drop above ${v['max-drop']} with p < ${v.alpha}\n` : 'gate failed\n');
    return g.ok ? 0 : 1;
  },
};
