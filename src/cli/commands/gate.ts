import { appendFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULTS } from '../../config.js';
import { gateAll } from '../../report/gate.js';
import { GATE_FORMATS, gateCannotCompare, gateGithub, gateJunit, gateMarkdown, gateText, type GateFormat } from '../../report/ci.js';
import { sampleWarnings } from '../../report/warnings.js';
import type { Results } from '../../types.js';
import { readResultsList, splitExtractors } from '../common.js';
import { clip, oneLine } from '../../text/codepoints.js';
import { InputError, UsageError, type CommandSpec } from '../options.js';

/** A results.json, or a folder holding one and/or NAME/results.json per dataset. */
export function readRunSet(path: string): Results[] {
  let runs: Results[], from: string[];
  if (path === '-' || (existsSync(path) && !statSync(path).isDirectory())) {
    // a results file, or --format json's set of runs ({"runs": [...]}), in a file or on stdin
    runs = readResultsList(path);
    from = runs.map((_r, i) => (runs.length > 1 ? `run ${i + 1}` : path));
  } else {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
    const files = [join(path, 'results.json'), ...readdirSync(path).sort().map((d) => join(path, d, 'results.json'))].filter((f) => existsSync(f));
    if (files.length === 0) throw new UsageError(`${path}: no results.json in the folder or its subfolders`);
    runs = []; from = [];
    for (const f of files) for (const r of readResultsList(f)) { runs.push(r); from.push(f); }
  }
  // two runs of one dataset in a set: the summary would key one over the other and the gate would compare only the first
  const seen = new Map<string, string>();
  runs.forEach((r, i) => {
    const prev = seen.get(r.dataset.name);
    if (prev !== undefined) throw new InputError(`${path}: two runs of dataset ${r.dataset.name} (${prev} and ${from[i]}); a run folder holds one run a dataset: name one results.json, or move one away`);
    seen.set(r.dataset.name, from[i]);
  });
  return runs;
}

export const gateCommand: CommandSpec = {
  name: 'gate',
  summary: 'compare a run with a baseline; exit 1 on a real F1 drop (text, GitHub, JUnit)',
  positionals: 'BASELINE CURRENT',
  description: `BASELINE and CURRENT are results.json files or the folders "zhnum run --out" writes
(one dataset each, matched by dataset name). Exits 1 when any extractor's F1 drops by more
than --max-drop (absolute: 0.005 is half a point) with a paired bootstrap test over the same
sentences giving p < --alpha, on any scheme and dataset, overall or on one mention type; or
when a baseline dataset or extractor is missing from the current run. Exits 2 when the runs
cannot be compared (another dataset version or split, a file that cannot be read, two runs
of one dataset in a folder); --format github and junit then say why in their own form.
--extractors gates a subset, split by the names the runs hold (a name with commas is one
name, the longest first: see docs/ci.md).

--format github prints ::error annotations for GitHub Actions and, when $GITHUB_STEP_SUMMARY
is set, appends a Markdown summary to it (a summary that cannot be written is a warning on
stderr; the exit code stays the gate's 0 or 1); --format junit prints JUnit XML.`,
  options: {
    'max-drop': { type: 'string', num: { min: 0, max: 1, exclusiveMax: true }, default: DEFAULTS.maxDrop, help: 'largest tolerated F1 drop' },
    alpha: { type: 'string', num: { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true }, default: DEFAULTS.alpha, help: 'significance level of the paired test' },
    extractors: { type: 'string', arg: 'LIST', help: 'gate only these extractors (comma-separated names)', defaultText: 'every extractor of the baseline' },
    'no-types': { type: 'boolean', help: 'skip the per-type checks' },
    format: { type: 'string', arg: 'F', choices: GATE_FORMATS, default: 'text', help: 'output format' },
  },
  async run(v, positionals) {
    if (positionals.length !== 2) throw new UsageError('gate needs BASELINE and CURRENT (results.json files or run folders)');
    // (split as run splits it, by the names the runs hold: a cmd: extractor's name can hold a comma)
    const split = (names: Set<string>) => (v.extractors === undefined ? undefined : splitExtractors(String(v.extractors), (s) => names.has(s)));
    if (split(new Set())?.some((s) => s === '')) throw new UsageError(`--extractors needs a comma-separated list of names, got "${v.extractors}"`);
    const format = v.format as GateFormat;
    const cannot = (reasons: string[]) => {
      for (const m of reasons) process.stderr.write(`zhnum gate: ${m}\n`);
      process.stdout.write(gateCannotCompare(reasons, format));
      return 2;
    };
    let baseline: Results[], current: Results[];
    try {
      baseline = readRunSet(positionals[0]);
      current = readRunSet(positionals[1]);
    } catch (e) {
      if (e instanceof InputError || e instanceof UsageError) return cannot([(e as Error).message]);
      throw e;
    }
    const settings = { maxDrop: v['max-drop'] as number, alpha: v.alpha as number };
    const names = new Set([...baseline, ...current].flatMap((r) => r.extractors.map((e) => e.name)));
    const list = split(names);
    // (a name made of other names' pieces is read whole, the longest first; say so, and how to ask for the pieces)
    for (const e of list ?? []) {
      const pieces = e.split(',').map((p) => p.trim());
      if (pieces.length > 1 && pieces.every((p) => names.has(p))) {
        process.stderr.write(`zhnum gate: note: --extractors read "${oneLine(e)}" as one extractor's name; to gate ${pieces.map((p) => `"${oneLine(p)}"`).join(', ')} instead, list them in another order, as ${oneLine(pieces.slice().reverse().join(','))}\n`);
      }
    }
    const g = gateAll(baseline, current, { ...settings, extractors: list, types: !v['no-types'] });
    if (g.incomparable.length) return cannot(g.incomparable);
    const warnings = current.flatMap((r) => sampleWarnings(r).map((w) => `${r.dataset.name}: ${w}`));
    if (format === 'junit') process.stdout.write(gateJunit(g, settings, warnings));
    else if (format === 'github') {
      process.stdout.write(gateGithub(g, settings, warnings));
      const summary = process.env.GITHUB_STEP_SUMMARY;
      if (summary) {
        try {
          appendFileSync(summary, gateMarkdown(g, settings, warnings));
        } catch (e) {
          // the step summary is a courtesy: its failure must not hide or change the gate's verdict
          const x = e as NodeJS.ErrnoException;
          process.stderr.write(`zhnum gate: warning: cannot write the step summary to $GITHUB_STEP_SUMMARY (${clip(summary)}): ${x.code === 'ENOENT' ? 'no such file or folder' : x.code === 'EISDIR' ? 'it is a folder' : x.code === 'EACCES' || x.code === 'EPERM' ? 'no permission to write it' : clip(x.message)}; set it to a file that can be written, or unset it. The gate's result stands: exit ${g.ok ? '0 (passed)' : '1 (failed)'}\n`);
        }
      }
    } else process.stdout.write(gateText(g, settings, warnings));
    return g.ok ? 0 : 1;
  },
};
