// The HTML report in a real headless browser (Debian's chromium through
// puppeteer-core): it loads without page errors or network requests, every
// highlighted span's code-point range holds its text, and the error browser's
// filters and two-extractor diff show exactly the expected rows. Skipped where
// /usr/bin/chromium is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { evaluate } from '../src/eval/score.js';
import { buildResults } from '../src/eval/results.js';
import { renderHtml } from '../src/report/html.js';
import type { Dataset, EvalDoc, Mention, MentionType } from '../src/types.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

// Two units; the first starts with an astral character, so UTF-16 offsets would be off by one.
const T1 = '𠀀全市共受理案件46987件，结案率98.56%，比上年增长2.5个百分点。（第1页）';
const T2 = '2023年投入资金12.5亿元，新建学校3所，编号A7。第一批试点完成。';
function at(text: string, piece: string, type: MentionType, value: number | string, unit: string | null, extra: Partial<Mention> = {}): Mention {
  const start = Array.from(text.slice(0, text.indexOf(piece))).length;
  return { start, end: start + Array.from(piece).length, text: piece, type, value, unit, qualifier: 'exact', ...extra };
}
const G1 = [at(T1, '46987件', 'COUNT', 46987, '件'), at(T1, '98.56%', 'PERCENT', 98.56, '%'), at(T1, '2.5个百分点', 'PERCENT_POINT', 2.5, '个百分点')];
const G2 = [at(T2, '2023年', 'DATE', '2023', null), at(T2, '12.5亿元', 'MONEY', 1.25e9, '元'), at(T2, '3所', 'COUNT', 3, '所'), at(T2, '第一批', 'ORDINAL', 1, '批')];
const units: EvalDoc[] = [
  { id: 'u1', docId: 'u1', offset: 0, text: T1, chars: Array.from(T1).length, gold: G1 },
  { id: 'u2', docId: 'u2', offset: 0, text: T2, chars: Array.from(T2).length, gold: G2 },
];
const spurious = at(T2, '7', 'NUMBER', 7, null);
// A: right 46987件 and 2023年; 98.56% as RATIO; misses 2.5个百分点 and 第一批; 12.5亿 without 元; 3所 with the wrong unit; a spurious 7, and a spurious 1 (page number) B does not have
const A = new Map<string, Mention[]>([
  ['u1', [G1[0], { ...G1[1], type: 'RATIO' }, at(T1, '1', 'NUMBER', 1, null)]],
  ['u2', [G2[0], at(T2, '12.5亿', 'MONEY', 1.25e9, null), { ...G2[2], unit: '个' }, spurious]],
]);
// B: misses 46987件; 3所 with the wrong value; the same spurious 7; the rest right
const B = new Map<string, Mention[]>([
  ['u1', [G1[1], G1[2]]],
  ['u2', [G2[0], G2[1], { ...G2[2], value: 4 }, spurious, G2[3]]],
]);

const ds: Dataset = { name: 'toy', version: '1', dir: '/toy', sha256: 'f'.repeat(64), manifest: { name: 'toy', version: '1' }, units, splits: { all: ['u1', 'u2'] } };
async function page(): Promise<string> {
  const runs = [['A', A], ['B', B]] as const;
  const scored = runs.map(([name, p]) => ({ info: { name, version: '1', description: '' }, evaluation: evaluate(units, p), errors: [], chars: 100, seconds: name === 'A' ? 0.001 : 0.01 }));
  const results = buildResults(ds, units, scored, { split: 'all', extractors: ['A', 'B'], bootstrap: 100, seed: 1, timeoutMs: 1, concurrency: 1, options: {} });
  return renderHtml({ results, units, extractors: runs.map(([name, p], i) => ({ name, predictions: p, evaluation: scored[i].evaluation })) });
}

const have = existsSync(CHROMIUM);
describe.skipIf(!have)(`HTML report in headless chromium${have ? '' : ` (skipped: no ${CHROMIUM}; apt-get install chromium)`}`, () => {
  let browser: Browser;
  let p: Page;
  const problems: string[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, await page());
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true });
    p = await browser.newPage();
    p.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
    p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`); });
    await p.setRequestInterception(true);
    p.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`);
      void r.continue();
    });
    await p.goto(`file://${file}`, { waitUntil: 'load' });
    await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  }, 120_000);
  afterAll(async () => { await browser?.close(); });

  const select = async (id: string, value: string) => { await p.select(`#${id}`, value); };
  const rows = () => p.$$eval('#errors-body tr.row', (trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.unit}:${(tr as HTMLElement).dataset.kind}`));
  /** every highlighted piece's text equals the unit's code points [data-start, data-end) */
  const spansHold = async () => {
    const spans = await p.$$eval('[data-start]', (els) => els.map((e) => [Number((e as HTMLElement).dataset.unit), Number((e as HTMLElement).dataset.start), Number((e as HTMLElement).dataset.end), e.textContent ?? '']));
    expect(spans.length).toBeGreaterThan(0);
    for (const [u, s, e, text] of spans) expect(text).toBe(Array.from(units[u as number].text).slice(s as number, e as number).join(''));
    return spans.length;
  };

  it('loads with no page error, console error or network request; tables, figures and the confusion matrix are there', async () => {
    expect(problems).toEqual([]);
    expect(await p.$$eval('section#scores table.grid', (t) => t.length)).toBe(3);
    expect(await p.$$eval('#figures img[src^="data:image/svg+xml;base64,"]', (t) => t.length)).toBe(2);
    // confusion for A: PERCENT → RATIO once, PERCENT_POINT → ∅ once, ∅ → NUMBER once
    const cm = await p.$eval('.cm-block[data-ext="0"]', (el) => (el as HTMLElement).innerText);
    expect(cm).toMatch(/PERCENT_POINT\s+1/);
    expect(await p.$eval('.cm-block[data-ext="1"]', (el) => (el as HTMLElement).style.display)).toBe('none');
  });

  it('lists every error of the first extractor, each kind once, in document order; highlighted spans hold their text', async () => {
    expect(await rows()).toEqual(['0:wrongtype', '0:missed', '0:spurious', '1:boundary', '1:wrongvalue', '1:spurious', '1:missed']);
    expect(await p.$eval('#f-count', (e) => e.textContent)).toBe('7 errors shown of 7');
    await spansHold();
  });

  it('filters by error kind, value field, type and document', async () => {
    const cases: [string, string, string, string[]][] = [
      // kind, type, doc → rows
      ['missed', 'all', 'all', ['0:missed', '1:missed']],
      ['boundary', 'all', 'all', ['1:boundary']],
      ['wrongvalue', 'all', 'all', ['1:wrongvalue']],
      ['wrongvalue:unit', 'all', 'all', ['1:wrongvalue']],
      ['wrongvalue:value', 'all', 'all', []],
      ['all', 'RATIO', 'all', ['0:wrongtype']],
      ['all', 'COUNT', 'all', ['1:wrongvalue']],
      ['all', 'all', '0', ['0:wrongtype', '0:missed', '0:spurious']],
      ['spurious', 'NUMBER', 'all', ['0:spurious', '1:spurious']],
      ['missed', 'ORDINAL', '1', ['1:missed']],
    ];
    for (const [kind, type, doc, want] of cases) {
      await select('f-kind', kind); await select('f-type', type); await select('f-doc', doc);
      expect(await rows(), `${kind} ${type} ${doc}`).toEqual(want);
      expect(await p.$$eval('#errors-body tr.row', (trs) => trs.every((tr) => tr.querySelectorAll('[data-start]').length > 0))).toBe(true);
    }
    await select('f-kind', 'all'); await select('f-type', 'all'); await select('f-doc', 'all');
  });

  it('switches extractor: the second one\'s errors, and its confusion matrix', async () => {
    await select('f-ext', '1');
    expect(await rows()).toEqual(['0:missed', '1:wrongvalue', '1:spurious']);
    await select('f-kind', 'wrongvalue:value');
    expect(await rows()).toEqual(['1:wrongvalue']);
    await select('f-kind', 'all');
    expect(await p.$eval('.cm-block[data-ext="1"]', (el) => (el as HTMLElement).style.display)).toBe('');
    await select('f-ext', '0');
  });

  it('diff of two extractors: one row per gold mention or spurious prediction on which they differ, side by side', async () => {
    await select('f-cmp', '1');
    const diff = await p.$$eval('#errors-body tr.row', (trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.unit}:${(tr as HTMLElement).dataset.kindA}/${(tr as HTMLElement).dataset.kindB}`));
    // 46987件, 98.56%, 2.5个百分点, A's spurious 1 | 12.5亿元, 3所 (unit vs value), 第一批; not 2023年 (both right) nor the spurious 7 (both wrong alike)
    expect(diff).toEqual(['0:ok/missed', '0:wrongtype/ok', '0:missed/ok', '0:spurious/none', '1:boundary/ok', '1:wrongvalue/wrongvalue', '1:missed/ok']);
    expect(await p.$eval('#f-count', (e) => e.textContent)).toBe('7 differences shown of 7');
    expect(await p.$eval('#errors-body tr[data-kind-b="none"]', (tr) => tr.textContent)).toContain('not predicted');
    expect(await p.$$eval('#doc-panes .pane', (ps) => ps.map((x) => x.querySelector('h3')!.textContent))).toEqual(['A', 'B']);
    await select('f-kind', 'missed');
    expect((await rows()).length).toBe(3);
    await spansHold();
    // the type filter takes the types either extractor predicted at a gold mention, as with one extractor
    await select('f-kind', 'all');
    await select('f-type', 'RATIO');
    expect(await rows()).toEqual(['0:gold']);
    await select('f-type', 'NUMBER');
    expect(await rows()).toEqual(['0:spurious']);
    await select('f-type', 'all');
    await select('f-kind', 'all');
    await select('f-cmp', '');
  });

  it('a click on an error opens its document with the span flashed', async () => {
    await select('f-kind', 'boundary');
    await p.click('#errors-body tr.row');
    const flashed = await p.$$eval('#doc-panes .hl.flash', (els) => els.map((e) => [(e as HTMLElement).dataset.start, e.textContent]));
    expect(flashed.length).toBeGreaterThan(0);
    expect(await p.$eval('#doc-title', (e) => e.textContent)).toMatch(/^u2 /);
    await spansHold();
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!existsSync(CLI))('HTML report from the command line', () => {
  it('run --out writes report.html; report --format html renders the same page from results.json, predictions.jsonl and the dataset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-html-cli-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'astral-dataset'), join(dir, 'ds'), { recursive: true });
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, [CLI, 'run', '--dataset', join(dir, 'ds'), '--extractors', 'rule', '--out', out, '--bootstrap', '50'], { encoding: 'utf8', cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const written = readFileSync(join(out, 'report.html'), 'utf8');
    expect(written).toContain('id="zhnum-data"');
    const again = spawnSync(process.execPath, [CLI, 'report', join(out, 'results.json'), '--format', 'html'], { encoding: 'utf8', cwd: dir });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe(written);
    // without predictions.jsonl the page says why there is no browser
    const lone = join(dir, 'lone');
    cpSync(join(out, 'results.json'), join(lone, 'results.json'), { recursive: true });
    const bare = spawnSync(process.execPath, [CLI, 'report', join(lone, 'results.json'), '--format', 'html'], { encoding: 'utf8', cwd: dir });
    expect(bare.stdout).toContain('No error browser: no predictions.jsonl beside the results');
    expect(bare.stdout).not.toContain('id="zhnum-data"');
  });
});
