import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDataset, splitUnits } from '../../data/dataset.js';
import { projectDatasets } from '../../data/catalog.js';
import { readPredictions, unitPredictions } from '../../data/predictions.js';
import { evaluate } from '../../eval/score.js';
import { summarizeRuns } from '../../eval/summary.js';
import { benchmarkJson } from '../../report/ci.js';
import { FIGURES, FigureError, renderFigure, type Figure } from '../../report/figures.js';
import { FORMATS, grids, RunsWriter, TABLES, type TableName } from '../../report/formats.js';
import { renderHtml, type HtmlInput } from '../../report/html.js';
import { SCHEMES, type Dataset, type Problem, type Results, type Scheme } from '../../types.js';
import { UsageError, warnIgnored, type CommandSpec } from '../options.js';
import { readRunSet } from './gate.js';
import { noticesOnStderr } from '../common.js';

const REPORT_FORMATS = [...FORMATS, 'html', 'svg', 'benchmark-json'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The dataset a run was scored on: its folder as recorded, else the project dataset with the same SHA-256. */
function datasetOf(r: Results): Dataset | string {
  const tried: string[] = [];
  let changed: Dataset | null = null;
  // the recorded folder's problems, when it is there but no longer loads (a document edited against its checksum, a broken annotation)
  let broken = 0;
  for (const dir of [r.dataset.dir, ...projectDatasets().map((d) => d.dir)]) {
    if (tried.includes(dir) || !existsSync(dir)) continue;
    tried.push(dir);
    const { dataset, problems } = loadDataset(dir);
    if (dataset?.sha256 === r.dataset.sha256) return dataset;
    if (dataset && dataset.name === r.dataset.name) changed ??= dataset;
    if (dir === r.dataset.dir) broken = problems.length;
  }
  const was = `${r.dataset.name} ${r.dataset.version} (sha256 ${r.dataset.sha256.slice(0, 12)})`;
  if (changed) return `the run was scored on ${was}, and ${changed.dir} now holds ${changed.name} ${changed.version} (sha256 ${changed.sha256.slice(0, 12)}); run it again to browse its errors`;
  if (broken) return `the run was scored on ${was}, and ${r.dataset.dir} has changed since: it no longer loads (${broken} problem${broken === 1 ? '' : 's'}; "zhnum validate --dataset ${r.dataset.dir}" lists them)`;
  return `the run was scored on ${was}, found neither at ${r.dataset.dir} nor among the project datasets`;
}

/** The HTML report's input: results.json plus predictions.jsonl and the dataset beside it (see docs/report.md). */
export function htmlInputFor(file: string, r: Results): HtmlInput {
  if (file === '-') return { results: r, noBrowser: 'No error browser: the results came on stdin, so there is no predictions.jsonl beside them. "zhnum report DIR/results.json --format html" (or DIR) finds it.' };
  const pf = join(statSync(file).isDirectory() ? file : dirname(file), 'predictions.jsonl');
  if (!existsSync(pf)) return { results: r, noBrowser: `No error browser: no predictions.jsonl beside the results (${pf}). "zhnum run --out DIR" and "zhnum score --out DIR" write it.` };
  const ds = datasetOf(r);
  if (typeof ds === 'string') return { results: r, noBrowser: `No error browser: ${ds}.` };
  const units = splitUnits(ds, r.dataset.split);
  if (!units) return { results: r, noBrowser: `No error browser: dataset ${ds.name} has no split "${r.dataset.split}" any more.` };
  const problems: Problem[] = [];
  const groups = readPredictions([pf], problems);
  if (problems.length) return { results: r, noBrowser: `No error browser: ${pf}:${problems[0].line ?? ''}: ${problems[0].message}` };
  const extractors = r.extractors.map((e) => {
    const g = groups.find((x) => x.extractor === e.name) ?? { extractor: e.name, files: [pf], lines: [] };
    const { predictions } = unitPredictions(g, ds, units);
    return { name: e.name, predictions, evaluation: evaluate(units, predictions) };
  });
  // the browser must show the run the tables show: predictions.jsonl from another run (or edited) would contradict them on one page
  for (const x of extractors) {
    const e = r.extractors.find((y) => y.name === x.name)!;
    const scheme = SCHEMES.find((s) => JSON.stringify(x.evaluation.scores[s].overall.counts) !== JSON.stringify(e.scores[s].overall.counts));
    if (scheme) {
      const c = (k: { counts: Record<string, number> }) => `${k.counts.correct} correct of ${k.counts.predicted} predicted, ${k.counts.gold} gold`;
      return { results: r, noBrowser: `No error browser: ${pf} is not this run's: scored again, ${x.name}'s ${scheme} counts are ${c(x.evaluation.scores[scheme].overall)}, where the results say ${c(e.scores[scheme].overall)}. Run it again with --out to write the two together.` };
    }
  }
  return { results: r, units, extractors };
}

export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'render a saved run again (table, md, latex, csv, json, html, svg, benchmark-json)',
  positionals: 'RESULTS.json | RUN_DIR',
  description: `Renders a saved run without running anything again. RESULTS.json, or a folder that
"zhnum run --out" wrote (one results.json, or NAME/results.json per dataset).

  html            one dataset's self-contained page (tables, figures, confusion matrix,
                  error browser); the error browser reads predictions.jsonl beside
                  results.json and the dataset the run was scored on (found by its recorded
                  folder or SHA-256)
  svg             one dataset's figure for papers: --figure types (per-type F1 with 95%
                  CIs) or speed (F1 against throughput)
  latex           tables for pdflatex (\\usepackage{booktabs,graphicx}); --table picks them
  benchmark-json  F1 and throughput for github-action-benchmark (tool: customBiggerIsBetter)`,
  options: {
    format: { type: 'string', arg: 'F', choices: REPORT_FORMATS, default: 'table', help: 'output format' },
    table: { type: 'string', arg: 'LIST', help: `tables to render, comma-separated (${TABLES.join(', ')})`, defaultText: 'all' },
    figure: { type: 'string', arg: 'NAME', choices: FIGURES, default: 'types', help: 'the figure of --format svg' },
    scheme: { type: 'string', arg: 'S', choices: SCHEMES, default: 'strict', help: 'scheme of the per-type table and the figures' },
  },
  async run(v, positionals, given) {
    if (positionals.length !== 1) throw new UsageError('report needs exactly one RESULTS.json or run folder');
    const format = v.format as ReportFormat;
    // options that do not apply to the format: said, and the report goes on
    const tabular = format === 'table' || format === 'md' || format === 'latex';
    if (format !== 'svg') warnIgnored('report', given, ['figure'], 'it picks the figure of --format svg');
    if (!tabular) warnIgnored('report', given, ['table'], `--format ${format} has no table choice (--table applies to table, md and latex)`);
    if (!tabular && format !== 'svg') warnIgnored('report', given, ['scheme'], `--format ${format} shows every scheme (--scheme applies to table, md, latex and svg)`);
    const runs = readRunSet(positionals[0]);
    const scheme = v.scheme as Scheme;
    if (format === 'benchmark-json') {
      process.stdout.write(JSON.stringify(benchmarkJson(runs), null, 2) + '\n');
      for (const r of runs) noticesOnStderr(r, format);
      return 0;
    }
    if ((format === 'html' || format === 'svg') && runs.length > 1) throw new UsageError(`--format ${format} renders one dataset; give one of the results.json files in ${positionals[0]}`);
    if (format === 'html') {
      const file = positionals[0] !== '-' && statSync(positionals[0]).isDirectory() ? join(positionals[0], 'results.json') : positionals[0];
      const input = htmlInputFor(file, runs[0]);
      // (the page says why it has no error browser; stderr too, where a script would see it; a review: silent)
      if (input.noBrowser && file !== '-') process.stderr.write(`zhnum report: note: ${input.noBrowser}\n`);
      process.stdout.write(await renderHtml(input));
      return 0;
    }
    if (format === 'svg') {
      try {
        process.stdout.write(await renderFigure(runs[0], v.figure as Figure, scheme));
      } catch (e) {
        if (e instanceof FigureError) throw new UsageError(`--figure ${v.figure}: ${e.message}`);
        throw e;
      }
      return 0;
    }
    let tables: TableName[] | undefined;
    if (v.table !== undefined) {
      tables = String(v.table).split(',').map((s) => s.trim()) as TableName[];
      const bad = tables.find((t) => !TABLES.includes(t));
      if (bad !== undefined) throw new UsageError(`--table must be a comma-separated list of ${TABLES.join(', ')}, got "${bad}"`);
    }
    const writer = new RunsWriter(format, (s) => process.stdout.write(s), { tables, scheme });
    const why: Partial<Record<TableName, string>> = { pairs: 'it needs two extractors or more', errors: 'no extractor failed on a document' };
    for (const r of runs) {
      if (tables && format !== 'json' && format !== 'csv') {
        const shown = new Set(grids(r, { tables }).map((g) => g.name));
        for (const t of tables) if (!shown.has(t)) process.stderr.write(`zhnum report: warning: --table ${t}: the run of ${r.dataset.name} has no ${t} table (${why[t] ?? 'no rows'})\n`);
      }
      writer.add(r);
      noticesOnStderr(r, format);
    }
    writer.end(() => summarizeRuns(runs));
    return 0;
  },
};
