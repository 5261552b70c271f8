// Stage 7: report. Renders a results record as text; never computes scores.
// HTML, SVG figures and the CI formats have their own modules (html.ts,
// figures.ts, ci.ts); sample-size warnings come from warnings.ts.
import Table from 'cli-table3';
import { MENTION_TYPES, SCHEMES, type Prf, type Results, type Scheme } from '../types.js';
import type { Summary } from '../eval/summary.js';
import { sampleWarnings } from './warnings.js';
import { clip } from '../text/codepoints.js';

export const FORMATS = ['table', 'md', 'latex', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];
/** The tables of a run, each of which can be rendered alone (`--table`). */
export const TABLES = ['main', 'types', 'pairs', 'errors'] as const;
export type TableName = (typeof TABLES)[number];

export interface RenderOptions {
  /** which tables (default: all that have rows) */
  tables?: readonly TableName[];
  /** the scheme of the per-type table (default strict) */
  scheme?: Scheme;
}

export const pct = (x: number) => (100 * x).toFixed(1);
export const ciText = (c?: [number, number]) => (c && Number.isFinite(c[0]) ? `${pct(c[0])}–${pct(c[1])}` : '');
const rate = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0));
/** Saved predictions scored with `zhnum score` have no timing. */
export const throughputText = (t: Results['extractors'][number]['throughput']) => (t.seconds > 0 ? rate(t.charsPerSecond) : 'n/a');

export interface Grid { name: TableName; title: string; head: string[]; rows: string[][]; note?: string }

const withCi = (b: Prf | undefined) => (b ? `${pct(b.f1)}${b.ci95 ? ` (${ciText(b.ci95.f1)})` : ''}` : '–');

/** The tables of a run as rows of strings, for every text format and the HTML report. */
export function grids(r: Results, opts: RenderOptions = {}): Grid[] {
  const scheme = opts.scheme ?? 'strict';
  const timed = r.extractors.some((e) => e.throughput.seconds > 0);
  const main: Grid = {
    name: 'main',
    title: `${r.dataset.name} ${r.dataset.version} · split ${r.dataset.split} · ${r.dataset.documents} unit${r.dataset.documents === 1 ? '' : 's'}, ${r.dataset.characters} characters, ${r.dataset.mentions} mentions`,
    head: ['extractor', 'strict P', 'strict R', 'strict F1', '95% CI', 'exact F1', 'partial F1', 'value F1', 'macro F1', 'chars/s', 'errors'],
    rows: r.extractors.map((e) => [
      `${e.name} ${e.version}`,
      pct(e.scores.strict.overall.precision), pct(e.scores.strict.overall.recall), pct(e.scores.strict.overall.f1),
      ciText(e.scores.strict.overall.ci95?.f1),
      pct(e.scores.exact.overall.f1), pct(e.scores.partial.overall.f1), pct(e.scores.value.overall.f1),
      pct(e.scores.strict.macro.f1), throughputText(e.throughput), String(e.errors.length),
    ]),
    note: `scores in %; ${r.config.bootstrap > 0 ? `95% CI: bootstrap over ${r.dataset.segments} sentences, ${r.config.bootstrap} resamples, seed ${r.config.seed}` : 'no CIs (--bootstrap 0)'}; ${timed ? 'chars/s: extraction time only, one document at a time' : 'chars/s: n/a, nothing timed (saved predictions, or no document extracted)'}`,
  };
  const types = MENTION_TYPES.filter((t) => r.extractors.some((e) => e.scores[scheme].byType[t]));
  const gold = (t: string) => r.extractors[0]?.scores[scheme].byType[t]?.counts.gold ?? 0;
  const byType: Grid = {
    name: 'types',
    title: `${scheme} F1 by type (%)${r.config.bootstrap > 0 ? ', 95% CI' : ''} · ${r.dataset.name} ${r.dataset.split}`,
    head: ['type', 'gold', ...r.extractors.map((e) => e.name)],
    rows: [
      ...types.map((t) => [t, String(gold(t)), ...r.extractors.map((e) => withCi(e.scores[scheme].byType[t]))]),
      ['macro', '', ...r.extractors.map((e) => withCi(e.scores[scheme].macro))],
    ],
    note: `macro: the mean over the types present${r.config.bootstrap > 0 ? `; its CI resamples the same sentences (${r.config.bootstrap} resamples, seed ${r.config.seed})` : ''}`,
  };
  const out = [main, byType];
  if (r.pairs.length) {
    out.push({
      name: 'pairs',
      title: `paired bootstrap tests (ΔF1 = a − b, two-sided p; ${r.config.bootstrap} resamples, seed ${r.config.seed}) · ${r.dataset.name} ${r.dataset.split}`,
      head: ['a', 'b', ...SCHEMES.map((s) => `${s} ΔF1`), ...SCHEMES.map((s) => `${s} p`)],
      rows: uniquePairs(r).map(([a, b]) => {
        const get = (s: Scheme) => r.pairs.find((p) => p.a === a && p.b === b && p.scheme === s)!;
        return [a, b, ...SCHEMES.map((s) => signed(100 * get(s).deltaF1)), ...SCHEMES.map((s) => { const p = get(s).pValue; return p === null ? 'n/a' : p < 0.001 ? '<0.001' : p.toFixed(3); })];
      }),
    });
  }
  const errs = r.extractors.flatMap((e) => e.errors.map((x) => [e.name, x.doc, x.kind, clip(x.message, 160)]));
  if (errs.length) out.push({ name: 'errors', title: 'extractor errors (a document that failed, threw or timed out, is scored as empty; invalid mentions are dropped and the rest of the document scored)', head: ['extractor', 'document', 'kind', 'message'], rows: errs });
  return opts.tables ? out.filter((g) => opts.tables!.includes(g.name)) : out;
}

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(1)}`;

function uniquePairs(r: Results): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const p of r.pairs) { const k = `${p.a}\0${p.b}`; if (!seen.has(k)) { seen.add(k); out.push([p.a, p.b]); } }
  return out;
}

// LaTeX: plain pdflatex with booktabs and graphicx; Unicode only inside \zhnumraw.
const LATEX_CHARS: Record<string, string> = {
  '\\': '\\textbackslash{}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '{': '\\{', '}': '\\}',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '<': '\\textless{}', '>': '\\textgreater{}', '|': '\\textbar{}', '\n': ' ', '\r': ' ', '\t': ' ',
  '–': '--', '—': '---', '−': '$-$', 'Δ': '$\\Delta$', '·': '\\textperiodcentered{}', '…': '\\dots{}', '±': '$\\pm$', '∅': '$\\emptyset$',
};
/**
 * Escape for LaTeX. A run of other non-ASCII letters, digits, marks,
 * punctuation or symbols (a Chinese document name) is kept, as
 * `\zhnumraw{万元}{??}`: set as written by xelatex or lualatex, as the "?"s
 * by pdflatex, which cannot set CJK without more packages (LATEX_RAW_HEAD);
 * control and format characters (an ANSI colour code in an extractor's
 * stderr, a bidi override) become "?".
 */
export const latexEscape = (s: string) => {
  let out = '', raw = '', shown = '';
  const flush = () => { if (raw) { out += `\\zhnumraw{${raw}}{${shown}}`; raw = ''; shown = ''; } };
  for (const c of s) {
    const x = c.codePointAt(0)!;
    const mapped = LATEX_CHARS[c] ?? (x >= 0x20 && x < 0x7f ? c : null);
    if (mapped === null && x >= 0xa0 && RAW_KEPT.test(c)) { raw += c; shown += '?'; continue; }
    flush();
    out += mapped ?? '?';
  }
  flush();
  return out;
};
const RAW_KEPT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
/** Defines \zhnumraw where the document has not: the text under xelatex and lualatex, its fallback under pdflatex. */
const LATEX_RAW_HEAD = '% non-ASCII text is in \\zhnumraw{TEXT}{FALLBACK}: TEXT under xelatex or lualatex (with a font that has it), FALLBACK ("?"s) under pdflatex; define \\zhnumraw before this to choose\n' +
  '\\providecommand{\\zhnumraw}[2]{\\ifdefined\\XeTeXversion#1\\else\\ifdefined\\directlua#1\\else#2\\fi\\fi}\n';
const sentence = (s?: string) => (!s ? '' : /[.!?]$/.test(s) ? s : `${s}.`);
/** A label's part: ASCII letters and digits; a name with other characters gets a short hash of it too, so that 政府 and 法院 do not share "x". */
const slug = (s: string) => {
  const ascii = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!/[^\x00-\x7f]/.test(s)) return ascii || 'x';
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${ascii ? `${ascii}-` : ''}u${(h >>> 0).toString(16).padStart(8, '0')}`;
};
/** A Markdown table cell: | escaped, line breaks (a lone CR too) folded, so a name cannot break the row. */
/**
 * A Markdown table cell: one line, `|` and `\\` escaped, and a name or message
 * kept as text: `&`, `<`, `>` as entities (raw HTML passes through most
 * renderers), `* _ \` [ ] ~` backslash-escaped (emphasis, code, links).
 */
export const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[*_`[\]~]/g, (c) => `\\${c}`);
/** A CSV cell (RFC 4180): quoted when it holds a comma, a quote or any line break (a lone CR ends a row for many readers). */
const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function render(r: Results, format: Format, opts: RenderOptions = {}): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  if (format === 'csv') return csvTable([r]);
  const prov = `dataset sha256 ${r.dataset.sha256.slice(0, 12)} · commit ${r.provenance.gitCommit?.slice(0, 10) ?? 'none'}${r.provenance.gitDirty ? ' (dirty)' : ''} · ${r.provenance.date} · node ${r.provenance.node}`;
  const label = `${slug(r.dataset.name.replace(/^zhnum-/, ''))}-${slug(r.dataset.split)}`;
  return renderGrids(grids(r, opts), format, prov, sampleWarnings(r), label);
}

/**
 * The runs of one command over several datasets, written as one document of
 * the format. table, md and latex: each run's tables as the run ends, then
 * the side-by-side summary. json: one value, the run itself for one dataset,
 * `{ "runs": [...], "summary": {...} }` for several. csv: one table, whose
 * first column names each row's dataset; the summary is left out (its
 * per-dataset figures are rows already; the pooled ones are in the other
 * formats). json and csv are written at end(), once every run is in.
 */
export class RunsWriter {
  private readonly runs: Results[] = [];
  constructor(private readonly format: Format, private readonly write: (s: string) => void, private readonly opts: RenderOptions = {}) {}

  add(r: Results): void {
    if (this.format !== 'json' && this.format !== 'csv') this.write((this.runs.length ? '\n' : '') + render(r, this.format, this.opts));
    this.runs.push(r);
  }

  end(summary: () => Summary): void {
    const f = this.format;
    if (f === 'json') this.write(this.runs.length === 1 ? render(this.runs[0], f) : JSON.stringify({ runs: this.runs, summary: summary() }, null, 2) + '\n');
    else if (f === 'csv') this.write(csvTable(this.runs));
    else if (this.runs.length > 1) this.write('\n' + renderSummary(summary(), f));
  }
}

/** The side-by-side table of a run over several datasets. */
export function renderSummary(s: Summary, format: Format): string {
  if (format === 'json') return JSON.stringify(s, null, 2) + '\n';
  const head = ['extractor', ...s.datasets.flatMap((d) => [`${d.name} strict F1`, `${d.name} value F1`]), 'pooled strict F1', 'pooled value F1'];
  const rows = s.rows.map((r) => [r.extractor, ...s.datasets.flatMap((d) => [r.byDataset[d.name]?.strict, r.byDataset[d.name]?.value].map((x) => (x === undefined ? '–' : pct(x)))),
    r.pooled ? pct(r.pooled.strict.f1) : '–', r.pooled ? pct(r.pooled.value.f1) : '–']);
  if (format === 'csv') return [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
  const grid: Grid = {
    name: 'main',
    title: `summary over ${s.datasets.length} datasets`,
    head, rows,
    note: `splits: ${s.datasets.map((d) => `${d.name} ${d.split} (${d.mentions} mentions)`).join(', ')}; pooled: micro-averaged over the mentions of every dataset (–: not run on every dataset)`,
  };
  return renderGrids([grid], format, '', [], 'summary');
}

function renderGrids(gs: Grid[], format: Exclude<Format, 'json' | 'csv'>, prov: string, warnings: string[], label: string): string {
  if (format === 'table') {
    return gs.map((g) => {
      const t = new Table({ head: g.head, style: { head: [], border: [] } });
      for (const row of g.rows) t.push(row);
      return `${g.title}\n${t.toString()}${g.note ? `\n${g.note}` : ''}`;
    }).join('\n\n') + warnings.map((w) => `\nwarning: ${w}`).join('') + (prov ? `\n${prov}\n` : '\n');
  }
  if (format === 'md') {
    return gs.map((g) => `**${mdCell(g.title)}**\n\n| ${g.head.map(mdCell).join(' | ')} |\n|${g.head.map((_, i) => (i === 0 || g.name === 'errors' ? '---' : '---:')).join('|')}|\n${g.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`).join('\n')}${g.note ? `\n\n${g.note}` : ''}`).join('\n\n') +
      warnings.map((w) => `\n\n> **Warning:** ${w}`).join('') + (prov ? `\n\n${prov}\n` : '\n');
  }
  if (format === 'latex') {
    const warn = warnings.map((w) => ` Warning: ${latexEscape(w)}.`).join('');
    // the warnings go under the first table shown, whichever --table picked
    const body = gs.map((g, k) => [
      '\\begin{table}[t]', '\\centering', '\\small',
      `\\caption{${latexEscape(g.title)}}\\label{tab:${label}-${g.name}}`,
      // scaled down to the line width only when wider than it
      '\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%',
      `\\begin{tabular}{l${'r'.repeat(g.head.length - 1)}}`, '\\toprule',
      `${g.head.map(latexEscape).join(' & ')} \\\\`, '\\midrule',
      ...g.rows.map((row) => `${row.map(latexEscape).join(' & ')} \\\\`),
      '\\bottomrule', '\\end{tabular}}',
      ...(g.note || (k === 0 && warn) ? [`\\par\\smallskip{\\footnotesize ${latexEscape(sentence(g.note))}${k === 0 ? warn : ''}\\par}`] : []),
      '\\end{table}',
    ].join('\n')).join('\n\n') + (prov ? `\n% ${latexEscape(prov)}\n` : '\n');
    return '% zhnum-bench tables; the preamble needs \\usepackage{booktabs} and \\usepackage{graphicx}\n' + (body.includes('\\zhnumraw{') ? LATEX_RAW_HEAD : '') + body;
  }
  throw new Error(`unknown format ${format as string}`);
}

const CSV_HEAD = 'dataset,extractor,version,split,scheme,scope,precision,recall,f1,ci_low,ci_high,correct,incorrect,partial,missed,spurious,gold,predicted,chars_per_second';
/** csv: one header, then the rows of every run. */
const csvTable = (runs: readonly Results[]) => [CSV_HEAD, ...runs.flatMap(csvRows)].join('\n') + '\n';
/** csv: one row per extractor × scheme × (overall | macro | type | document), long format. */
function csvRows(r: Results): string[] {
  const lines: string[] = [];
  for (const e of r.extractors) for (const s of SCHEMES) {
    const sc = e.scores[s];
    const row = (scope: string, b: Prf & { counts?: typeof sc.overall.counts }) => lines.push([r.dataset.name, e.name, e.version, r.dataset.split, s, scope,
      b.precision.toFixed(6), b.recall.toFixed(6), b.f1.toFixed(6), b.ci95?.f1[0]?.toFixed(6) ?? '', b.ci95?.f1[1]?.toFixed(6) ?? '',
      ...(b.counts ? [b.counts.correct, b.counts.incorrect, b.counts.partial, b.counts.missed, b.counts.spurious, b.counts.gold, b.counts.predicted] : ['', '', '', '', '', '', '']),
      e.throughput.seconds > 0 ? e.throughput.charsPerSecond.toFixed(0) : ''].map((x) => csvCell(String(x))).join(','));
    row('overall', sc.overall);
    row('macro', sc.macro);
    for (const [t, b] of Object.entries(sc.byType)) row(`type:${t}`, b);
    for (const [d, b] of Object.entries(sc.byDoc)) row(`doc:${d}`, b);
  }
  return lines;
}
