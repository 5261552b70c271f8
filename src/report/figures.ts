// Figures for papers and the HTML report: Vega-Lite specifications rendered
// to SVG in Node (vega's headless SVG renderer: no browser, no canvas).
//   types  per-type F1 with 95% CIs, one bar per extractor
//   speed  F1 (with its CI) against throughput, log scale
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { MENTION_TYPES, type Results, type Scheme } from '../types.js';
import { sampleWarnings } from './warnings.js';

export const FIGURES = ['types', 'speed'] as const;
export type Figure = (typeof FIGURES)[number];

export class FigureError extends Error {}

const CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: '#e8e8e8' },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  title: { fontSize: 13, subtitleFontSize: 10, subtitleColor: '#a33', anchor: 'start' as const },
};
// Okabe–Ito: distinguishable with the common colour-vision deficiencies
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

const title = (r: Results, text: string, which: ('segments' | 'types')[]) => {
  const w = sampleWarnings(r, which);
  return { text, ...(w.length ? { subtitle: w.map((x) => `warning: ${x}`) } : {}) };
};

/** The Vega-Lite specification of a figure (exposed for users who want to restyle it). */
export function figureSpec(r: Results, figure: Figure, scheme: Scheme = 'strict'): TopLevelSpec {
  const names = r.extractors.map((e) => e.name);
  const color = { field: 'extractor', type: 'nominal' as const, scale: { domain: names, range: PALETTE }, title: 'extractor' };
  if (figure === 'types') {
    const gold = (t: string) => r.extractors[0]?.scores[scheme].byType[t]?.counts.gold ?? 0;
    const types = MENTION_TYPES.filter((t) => gold(t) > 0);
    if (!types.length) throw new FigureError('no type has gold mentions in these results: nothing to plot');
    const values = types.flatMap((t) => r.extractors.map((e) => {
      const b = e.scores[scheme].byType[t];
      return { type: `${t} (${gold(t)})`, extractor: e.name, f1: 100 * (b?.f1 ?? 0), lo: b?.ci95 ? 100 * b.ci95.f1[0] : null, hi: b?.ci95 ? 100 * b.ci95.f1[1] : null };
    }));
    const x = { field: 'type', type: 'nominal' as const, sort: null, title: `type (gold mentions)`, axis: { labelAngle: -35 } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: title(r, `${r.dataset.name} · ${r.dataset.split}: ${scheme} F1 by type, 95% CI`, ['segments', 'types']),
      data: { values },
      // with xOffset, the step is one bar's
      width: { step: 12 } as unknown as number,
      height: 260,
      config: CONFIG,
      encoding: { x, xOffset: { field: 'extractor', sort: names } },
      layer: [
        { mark: { type: 'bar' }, encoding: { y: { field: 'f1', type: 'quantitative', title: `${scheme} F1 (%)`, scale: { domain: [0, 100] } }, color, tooltip: [{ field: 'extractor' }, { field: 'type' }, { field: 'f1', format: '.1f' }] } },
        { mark: { type: 'rule', color: '#333' }, transform: [{ filter: 'datum.lo !== null' }], encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } },
      ],
    } as TopLevelSpec;
  }
  const timed = r.extractors.filter((e) => e.throughput.seconds > 0);
  if (!timed.length) throw new FigureError('no extractor in these results was timed (saved predictions scored with "zhnum score" have no throughput): the speed figure needs a "zhnum run"');
  const values = timed.map((e) => {
    const b = e.scores[scheme].overall;
    return { extractor: e.name, rate: e.throughput.charsPerSecond, f1: 100 * b.f1, lo: b.ci95 ? 100 * b.ci95.f1[0] : null, hi: b.ci95 ? 100 * b.ci95.f1[1] : null };
  });
  const x = { field: 'rate', type: 'quantitative' as const, scale: { type: 'log' as const, nice: true }, title: 'throughput (characters per second, log scale)', axis: { format: '~s' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: title(r, `${r.dataset.name} · ${r.dataset.split}: ${scheme} F1 against speed`, ['segments']),
    data: { values },
    width: 420, height: 260,
    config: CONFIG,
    encoding: { x },
    layer: [
      { mark: { type: 'rule', color: '#999' }, transform: [{ filter: 'datum.lo !== null' }], encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } },
      { mark: { type: 'point', filled: true, size: 80 }, encoding: { y: { field: 'f1', type: 'quantitative', title: `${scheme} F1 (%)`, scale: { zero: false } }, color, tooltip: [{ field: 'extractor' }, { field: 'rate', format: '.3~s' }, { field: 'f1', format: '.1f' }] } },
      { mark: { type: 'text', align: 'left', dx: 8, dy: -6, fontSize: 11 }, encoding: { y: { field: 'f1', type: 'quantitative' }, text: { field: 'extractor' } } },
    ],
  } as TopLevelSpec;
}

/** Render a figure to a standalone SVG document. */
export async function renderFigure(r: Results, figure: Figure, scheme: Scheme = 'strict'): Promise<string> {
  const view = new vega.View(vega.parse(compile(figureSpec(r, figure, scheme)).spec), { renderer: 'none' });
  try {
    return `${await view.toSVG()}\n`;
  } finally {
    view.finalize();
  }
}
