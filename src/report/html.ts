// The HTML report: one self-contained file (no network) with the tables and
// CIs, the figures (per-type F1 with CIs; F1 against throughput), a type
// confusion matrix and an error browser (each document's text with gold and
// predicted spans overlaid, filters, and a side-by-side diff of two
// extractors). results.json alone holds no texts or predictions: the browser
// needs the units and each extractor's predictions (`zhnum run --out` has
// them; `zhnum report --format html` reads predictions.jsonl and the dataset
// beside results.json). Without them the page says so and shows the rest.
import { ERROR_KINDS, NONE, classifyErrors, confusionMatrix, type UnitErrors } from '../eval/mismatches.js';
import type { Evaluation } from '../eval/score.js';
import { MENTION_TYPES, type EvalDoc, type Mention, type Results } from '../types.js';
import { CLIENT_JS, CSS } from './html-client.js';
import { FigureError, renderFigure } from './figures.js';
import { grids } from './formats.js';
import { sampleWarnings } from './warnings.js';
import { shellWord } from '../text/codepoints.js';

/** What the error browser needs about one extractor. */
export interface BrowserExtractor {
  name: string;
  /** unit ID → the extractor's (valid) mentions */
  predictions: ReadonlyMap<string, readonly Mention[]>;
  /** its evaluation over `units`, in the same order */
  evaluation: Evaluation;
}

export interface HtmlInput {
  results: Results;
  /** the units the run scored, in its order; with `extractors`, they turn the error browser on */
  units?: readonly EvalDoc[];
  extractors?: readonly BrowserExtractor[];
  /** why the browser is absent, shown in its place */
  noBrowser?: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const label = (m: Mention) => `${JSON.stringify(m.value)}${m.valueMax !== undefined ? `–${JSON.stringify(m.valueMax)}` : ''} ${m.unit ?? '∅'} ${m.qualifier}${m.optional ? ' (optional)' : ''}`;
const compact = (m: Mention) => [m.start, m.end, m.type, label(m)];
const FIELD_BIT = { value: 1, unit: 2, qualifier: 4 } as const;

/** JSON inside <script>: nothing in it may close the element or open a comment. */
const scriptJson = (o: unknown) => JSON.stringify(o).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function table(head: string[], rows: string[][], cls = 'grid'): string {
  return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

async function figure(r: Results, which: 'types' | 'speed', alt: string): Promise<string> {
  try {
    const svg = await renderFigure(r, which);
    // an <img> keeps each SVG's internal ids (clip paths) from clashing with the other's
    return `<img alt="${esc(alt)}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`;
  } catch (e) {
    if (e instanceof FigureError) return `<p class="note">${esc(e.message)}</p>`;
    throw e;
  }
}

function confusionHtml(name: string, index: number, m: Record<string, Record<string, number>>): string {
  const present = MENTION_TYPES.filter((t) => m[t] || Object.values(m).some((row) => row[t]));
  const rowsT = [...present, NONE], colsT = [...present, NONE];
  const max = Math.max(1, ...Object.values(m).flatMap((row) => Object.values(row)));
  const cell = (g: string, p: string) => {
    const n = m[g]?.[p] ?? 0;
    const shade = n ? `background: rgba(${g === p && g !== NONE ? '30,132,73' : '192,57,43'}, ${(0.12 + 0.6 * Math.sqrt(n / max)).toFixed(2)})` : '';
    return `<td class="c${g === p && g !== NONE ? ' diag' : ''}" style="${shade}">${n || ''}</td>`;
  };
  return `<div class="cm-block" data-ext="${index}"><table class="grid cm"><thead><tr><th>gold ↓ / ${esc(name)} →</th>${colsT.map((t) => `<th>${esc(t)}</th>`).join('')}</tr></thead><tbody>${
    rowsT.filter((g) => m[g]).map((g) => `<tr><th>${esc(g)}</th>${colsT.map((p) => cell(g, p)).join('')}</tr>`).join('')}</tbody></table></div>`;
}

/** The page. */
export async function renderHtml(input: HtmlInput): Promise<string> {
  const r = input.results;
  const title = `zhnum-bench · ${r.dataset.name} ${r.dataset.version} · ${r.dataset.split}`;
  const warnings = sampleWarnings(r);
  const tables = grids(r).map((g) => `<h3>${esc(g.title)}</h3>${table(g.head, g.rows)}${g.note ? `<p class="note">${esc(g.note)}</p>` : ''}`).join('');
  const [typesFig, speedFig] = await Promise.all([
    figure(r, 'types', 'strict F1 by type with 95% confidence intervals'),
    figure(r, 'speed', 'strict F1 against throughput'),
  ]);
  const browser = input.units && input.extractors?.length ? input : null;
  let confusion = `<p class="note">${esc(input.noBrowser ?? 'no predictions available')}</p>`;
  let errors = confusion;
  let data = '';
  if (browser) {
    const units = browser.units!;
    const exs = browser.extractors!;
    const classified: UnitErrors[][] = exs.map((x) => classifyErrors(units, x.predictions, x.evaluation));
    confusion = `<label class="muted">extractor <select id="cm-ext">${exs.map((x, i) => `<option value="${i}">${esc(x.name)}</option>`).join('')}</select></label>
<p class="note">rows: gold type; columns: predicted type, over gold–prediction pairs with the same or an overlapping span; ∅ column: missed, ∅ row: spurious</p>
${exs.map((x, i) => confusionHtml(x.name, i, confusionMatrix(units, x.predictions, classified[i]))).join('')}`;
    const payload = {
      units: units.map((u) => ({ id: u.id, text: u.text, gold: u.gold.map(compact) })),
      extractors: exs.map((x, i) => ({
        name: x.name,
        preds: units.map((u) => (x.predictions.get(u.id) ?? []).map(compact)),
        errors: classified[i].flatMap((c, k) => c.errors.map((e) => [k, ERROR_KINDS.indexOf(e.kind), e.gold ?? -1, e.pred ?? -1, (e.fields ?? []).reduce((s, f) => s | FIELD_BIT[f], 0)])),
      })),
    };
    const types = MENTION_TYPES.filter((t) => units.some((u) => u.gold.some((m) => m.type === t)) || exs.some((x) => [...x.predictions.values()].some((ms) => ms.some((m) => m.type === t))));
    const opt = (v: string | number, t: string) => `<option value="${esc(String(v))}">${esc(t)}</option>`;
    errors = `<div class="controls">
<label>extractor<select id="f-ext">${exs.map((x, i) => opt(i, x.name)).join('')}</select></label>
<label>compare with<select id="f-cmp">${opt('', '— none —')}${exs.map((x, i) => opt(i, x.name)).join('')}</select></label>
<label>type<select id="f-type">${opt('all', 'all types')}${types.map((t) => opt(t, t)).join('')}</select></label>
<label>error kind<select id="f-kind">${opt('all', 'all errors')}${opt('missed', 'missed')}${opt('spurious', 'spurious')}${opt('wrongtype', 'wrong type')}${opt('wrongvalue', 'wrong value, unit or qualifier')}${opt('wrongvalue:value', '… wrong value')}${opt('wrongvalue:unit', '… wrong unit')}${opt('wrongvalue:qualifier', '… wrong qualifier')}${opt('boundary', 'boundary (overlapping spans)')}</select></label>
<label>document<select id="f-doc">${opt('all', 'all documents')}${units.map((u, k) => opt(k, u.id)).join('')}</select></label>
<span id="f-count"></span>
</div>
<p class="legend"><span><span class="hl g">gold</span> underlined</span><span><span class="hl g gerr">gold not found</span></span><span><span class="hl p pok">correct prediction</span></span><span><span class="hl p perr">wrong prediction</span></span><span class="muted">hover a span for its type and value; click a row to see it in its document</span></p>
<table id="errors"><thead id="errors-head"></thead><tbody id="errors-body"></tbody></table>
<button id="more" type="button">more</button>
<div id="doc-view"><h3 id="doc-title"></h3><div id="doc-panes" class="panes"></div></div>`;
    data = `<script type="application/json" id="zhnum-data">${scriptJson(payload)}</script>`;
  }
  const prov = r.provenance;
  const hashes = prov.hashes ? Object.entries(prov.hashes).flatMap(([spec, files]) => Object.entries(files).map(([f, h]) => `${spec}: ${f} ${h.slice(0, 16)}…`)) : [];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><div class="sub">${r.dataset.documents} units, ${r.dataset.characters.toLocaleString('en')} characters, ${r.dataset.mentions.toLocaleString('en')} gold mentions, ${r.dataset.segments.toLocaleString('en')} sentences · ${r.extractors.length} extractor${r.extractors.length === 1 ? '' : 's'}</div></header>
<nav><a href="#scores">scores</a><a href="#figures">figures</a><a href="#confusion">confusion</a><a href="#browser">errors</a></nav>
<main>
${warnings.map((w) => `<div class="warning">⚠ ${esc(w)}</div>`).join('\n')}
<section id="scores"><h2>Scores</h2>${tables}</section>
<section id="figures"><h2>Figures</h2><div class="figs">${typesFig}${speedFig}</div></section>
<section id="confusion"><h2>Type confusion</h2>${confusion}</section>
<section id="browser"><h2>Error browser</h2>${errors}</section>
</main>
<footer>dataset ${esc(r.dataset.name)} ${esc(r.dataset.version)} sha256 <code>${esc(r.dataset.sha256)}</code> · commit <code>${esc(prov.gitCommit ?? 'none')}</code>${prov.gitDirty ? ' (dirty)' : ''} · ${esc(prov.date)} · node ${esc(prov.node)} · ${esc(prov.cpus)}${
  prov.command ? `<br>command: <code>zhnum ${esc(prov.command.map(shellWord).join(' '))}</code>` : ''}${hashes.length ? `<br>files: ${hashes.map((h) => `<code>${esc(h)}</code>`).join(' · ')}` : ''}</footer>
${data}
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

/** The page's input from a finished run (`zhnum run`, `zhnum score`). */
export function htmlInputOf(o: { results: Results; units: readonly EvalDoc[]; runs: readonly { info: { name: string }; predictions: ReadonlyMap<string, readonly Mention[]>; evaluation: Evaluation }[] }): HtmlInput {
  return { results: o.results, units: o.units, extractors: o.runs.map((r) => ({ name: r.info.name, predictions: r.predictions, evaluation: r.evaluation })) };
}
