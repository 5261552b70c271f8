// Stage 7: report. Renders a results record; never computes scores.
import Table from 'cli-table3';
import { MENTION_TYPES, SCHEMES, type Results, type Scheme } from '../types.js';
import type { Summary } from '../eval/summary.js';

export const FORMATS = ['table', 'md', 'latex', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const pct = (x: number) => (100 * x).toFixed(1);
const ci = (c?: [number, number]) => (c ? `${pct(c[0])}–${pct(c[1])}` : '');
const rate = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0));

interface Grid { title: string; head: string[]; rows: string[][]; note?: string }

function grids(r: Results): Grid[] {
  const main: Grid = {
    title: `${r.dataset.name} ${r.dataset.version} · split ${r.dataset.split} · ${r.dataset.documents} documents, ${r.dataset.characters} characters, ${r.dataset.mentions} mentions`,
    head: ['extractor', 'strict P', 'strict R', 'strict F1', '95% CI', 'exact F1', 'partial F1', 'value F1', 'macro F1', 'chars/s', 'errors'],
    rows: r.extractors.map((e) => [
      `${e.name} ${e.version}`,
      pct(e.scores.strict.overall.precision), pct(e.scores.strict.overall.recall), pct(e.scores.strict.overall.f1),
      ci(e.scores.strict.overall.ci95?.f1),
      pct(e.scores.exact.overall.f1), pct(e.scores.partial.overall.f1), pct(e.scores.value.overall.f1),
      pct(e.scores.strict.macro.f1), rate(e.throughput.charsPerSecond), String(e.errors.length),
    ]),
    note: `scores in %; 95% CI: bootstrap over ${r.dataset.segments} sentences, ${r.config.bootstrap} resamples, seed ${r.config.seed}; chars/s: extraction time only, one document at a time`,
  };
  const types = MENTION_TYPES.filter((t) => r.extractors.some((e) => e.scores.strict.byType[t]));
  const byType: Grid = {
    title: 'strict F1 by type (%)',
    head: ['extractor', ...types.map((t) => `${t} (${r.extractors[0]?.scores.strict.byType[t]?.counts.gold ?? 0})`)],
    rows: r.extractors.map((e) => [e.name, ...types.map((t) => (e.scores.strict.byType[t] ? pct(e.scores.strict.byType[t].f1) : '–'))]),
  };
  const out = [main, byType];
  if (r.pairs.length) {
    out.push({
      title: 'paired bootstrap tests (ΔF1 = a − b, two-sided p)',
      head: ['a', 'b', ...SCHEMES.map((s) => `${s} ΔF1`), ...SCHEMES.map((s) => `${s} p`)],
      rows: uniquePairs(r).map(([a, b]) => {
        const get = (s: Scheme) => r.pairs.find((p) => p.a === a && p.b === b && p.scheme === s)!;
        return [a, b, ...SCHEMES.map((s) => pct(get(s).deltaF1)), ...SCHEMES.map((s) => { const p = get(s).pValue; return p === null ? 'n/a' : p < 0.001 ? '<0.001' : p.toFixed(3); })];
      }),
    });
  }
  const errs = r.extractors.flatMap((e) => e.errors.map((x) => [e.name, x.doc, x.kind, x.message.slice(0, 100)]));
  if (errs.length) out.push({ title: 'extractor errors (documents scored as empty where the extractor failed)', head: ['extractor', 'document', 'kind', 'message'], rows: errs });
  return out;
}

function uniquePairs(r: Results): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const p of r.pairs) { const k = `${p.a}\0${p.b}`; if (!seen.has(k)) { seen.add(k); out.push([p.a, p.b]); } }
  return out;
}

const latexEscape = (s: string) => s.replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function render(r: Results, format: Format): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  const prov = `dataset sha256 ${r.dataset.sha256.slice(0, 12)} · commit ${r.provenance.gitCommit?.slice(0, 10) ?? 'none'}${r.provenance.gitDirty ? ' (dirty)' : ''} · ${r.provenance.date} · node ${r.provenance.node}`;
  if (format === 'csv') return csv(r);
  return renderGrids(grids(r), format, prov);
}

/** The side-by-side table of a run over several datasets. */
export function renderSummary(s: Summary, format: Format): string {
  if (format === 'json') return JSON.stringify(s, null, 2) + '\n';
  const head = ['extractor', ...s.datasets.flatMap((d) => [`${d.name} strict F1`, `${d.name} value F1`]), 'pooled strict F1', 'pooled value F1'];
  const rows = s.rows.map((r) => [r.extractor, ...s.datasets.flatMap((d) => [r.byDataset[d.name]?.strict, r.byDataset[d.name]?.value].map((x) => (x === undefined ? '–' : pct(x)))),
    pct(r.pooled.strict.f1), pct(r.pooled.value.f1)]);
  if (format === 'csv') return [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
  const grid: Grid = {
    title: `summary over ${s.datasets.length} datasets`,
    head, rows,
    note: `splits: ${s.datasets.map((d) => `${d.name} ${d.split} (${d.mentions} mentions)`).join(', ')}; pooled: micro-averaged over the mentions of every dataset`,
  };
  return renderGrids([grid], format, '');
}

function renderGrids(gs: Grid[], format: Exclude<Format, 'json' | 'csv'>, prov: string): string {
  if (format === 'table') {
    return gs.map((g) => {
      const t = new Table({ head: g.head, style: { head: [], border: [] } });
      for (const row of g.rows) t.push(row);
      return `${g.title}\n${t.toString()}${g.note ? `\n${g.note}` : ''}`;
    }).join('\n\n') + (prov ? `\n${prov}\n` : '\n');
  }
  if (format === 'md') {
    return gs.map((g) => `**${g.title}**\n\n| ${g.head.join(' | ')} |\n|${g.head.map(() => '---').join('|')}|\n${g.rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}${g.note ? `\n\n${g.note}` : ''}`).join('\n\n') + (prov ? `\n\n${prov}\n` : '\n');
  }
  if (format === 'latex') {
    return gs.map((g) => [
      '\\begin{table}[t]', '\\centering', `\\caption{${latexEscape(g.title)}}`,
      `\\begin{tabular}{l${'r'.repeat(g.head.length - 1)}}`, '\\toprule',
      `${g.head.map(latexEscape).join(' & ')} \\\\`, '\\midrule',
      ...g.rows.map((row) => `${row.map(latexEscape).join(' & ')} \\\\`),
      '\\bottomrule', '\\end{tabular}', '\\end{table}',
    ].join('\n')).join('\n\n') + (prov ? `\n% ${prov}\n` : '\n');
  }
  throw new Error(`unknown format ${format as string}`);
}

/** csv: one row per extractor × scheme × (overall | type | document), long format. */
function csv(r: Results): string {
  const lines = ['extractor,version,split,scheme,scope,precision,recall,f1,ci_low,ci_high,correct,incorrect,partial,missed,spurious,gold,predicted,chars_per_second'];
  for (const e of r.extractors) for (const s of SCHEMES) {
    const sc = e.scores[s];
    const row = (scope: string, b: typeof sc.overall) => lines.push([e.name, e.version, r.dataset.split, s, scope,
      b.precision.toFixed(6), b.recall.toFixed(6), b.f1.toFixed(6), b.ci95?.f1[0]?.toFixed(6) ?? '', b.ci95?.f1[1]?.toFixed(6) ?? '',
      b.counts.correct, b.counts.incorrect, b.counts.partial, b.counts.missed, b.counts.spurious, b.counts.gold, b.counts.predicted,
      e.throughput.charsPerSecond.toFixed(0)].map((x) => csvCell(String(x))).join(','));
    row('overall', sc.overall);
    for (const [t, b] of Object.entries(sc.byType)) row(`type:${t}`, b);
    for (const [d, b] of Object.entries(sc.byDoc)) row(`doc:${d}`, b);
  }
  return lines.join('\n') + '\n';
}
