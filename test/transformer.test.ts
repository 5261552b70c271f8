import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkModelFolder, chunkText, createTransformerExtractor, decode, DEFAULT_MODEL } from '../src/extractors/transformer.js';
import { CodePoints } from '../src/text/codepoints.js';
import type { Extractor } from '../src/types.js';

const MODEL = join(__dirname, '..', DEFAULT_MODEL);

function copyModel(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'zhnum-model-')), 'm');
  cpSync(MODEL, dir, { recursive: true });
  return dir;
}

describe('chunking long documents', () => {
  it('covers every character exactly once, cuts after clause punctuation, never longer than the window', () => {
    const text = Array.from({ length: 300 }, (_, k) => `第${k}句话里有${k * 7}件事，`).join('') + '无标点'.repeat(400);
    const cps = Array.from(text);
    const chunks = chunkText(cps, 254);
    let owned = 0;
    for (const c of chunks) {
      expect(c.end - c.start).toBeLessThanOrEqual(254);
      expect(c.own[0]).toBeGreaterThanOrEqual(c.start);
      expect(c.own[1]).toBeLessThanOrEqual(c.end);
      owned += c.own[1] - c.own[0];
    }
    expect(owned).toBe(cps.length);
    for (let k = 1; k < chunks.length; k++) expect(chunks[k].own[0]).toBe(chunks[k - 1].own[1]);
    // where punctuation exists, windows end right after it
    expect(cps[chunks[0].end - 1]).toBe('，');
    // in the long unpunctuated tail, windows overlap
    const last = chunks[chunks.length - 1], prev = chunks[chunks.length - 2];
    expect(last.start).toBeLessThan(prev.end);
  });
});

describe('model folder checks: clear errors naming the file', () => {
  it('a missing file', () => {
    const dir = copyModel();
    rmSync(join(dir, 'tokenizer.json'));
    expect(() => checkModelFolder(dir)).toThrowError(/missing tokenizer\.json/);
  });
  it('a corrupt config', () => {
    const dir = copyModel();
    writeFileSync(join(dir, 'config.json'), '{"model_type": "bert", ');
    expect(() => checkModelFolder(dir)).toThrowError(/config\.json: not valid JSON/);
  });
  it('labels that do not match the specification', () => {
    const dir = copyModel();
    const cfg = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    cfg.id2label = { 0: 'O', 1: 'B-PER', 2: 'I-PER' };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(cfg));
    expect(() => checkModelFolder(dir)).toThrowError(/labels do not match the specification's types: unknown B-PER, I-PER/);
  });
  it('a corrupt ONNX file fails at init with the file named', async () => {
    const dir = copyModel();
    writeFileSync(join(dir, 'onnx', 'model.onnx'), 'not a model');
    const ex = createTransformerExtractor({ model: dir });
    await expect(ex.init!()).rejects.toThrowError(/onnx\/model\.onnx: cannot load the model/);
  });
  it('a folder that does not exist', () => {
    expect(() => checkModelFolder('/nowhere/model')).toThrowError(/does not exist/);
  });
});

describe('the committed model', () => {
  let ex: Extractor;
  beforeAll(async () => {
    ex = createTransformerExtractor();
    await ex.init!();
  });

  it('finds numbers in a plain sentence, with values from the shared parser', async () => {
    const ms = await ex.extract('全市法院共受理各类案件46987件，结案率98.56%，新执行到位4.05亿元。');
    const byText = Object.fromEntries(ms.map((m) => [m.text, m]));
    expect(byText['46987件']).toMatchObject({ type: 'COUNT', value: 46987, unit: '件' });
    expect(byText['4.05亿元']).toMatchObject({ type: 'MONEY', value: 405000000, unit: '元' });
  });

  it('empty text, text without Chinese, a very long document', async () => {
    expect(await ex.extract('')).toEqual([]);
    const latin = await ex.extract('No Chinese here at all, just words and 12 apples.');
    for (const m of latin) expect(Number.isFinite(m.value) || typeof m.value === 'string').toBe(true);
    const unit = '全年共审结案件46987件，同比上升7.39%。';
    const long = unit.repeat(2000);
    const ms = await ex.extract(long);
    const cp = new CodePoints(long);
    for (const m of ms) expect(cp.slice(m.start, m.end)).toBe(m.text);
    // one mention per number, none split or duplicated at chunk borders
    expect(ms.filter((m) => m.text === '46987件').length).toBe(2000);
  });

  it('maps spans back to code points of the raw text: full-width, line breaks, astral characters', async () => {
    const text = '𠀀𠀁村结案１３９１６\n件，增长９５．１９％。';
    const ms = await ex.extract(text);
    const cp = new CodePoints(text);
    for (const m of ms) expect(cp.slice(m.start, m.end)).toBe(m.text);
    expect(ms.map((m) => m.text)).toContain('９５．１９％');
  });
});

describe('decoding BIO labels (no model needed)', () => {
  const names = ['O', 'B-COUNT', 'I-COUNT', 'B-PERCENT', 'I-PERCENT', 'B-DATE', 'I-DATE'];
  const label = (text: string, spans: [string, string][]) => {
    const cps = Array.from(text);
    const labels = new Int32Array(cps.length);
    for (const [span, type] of spans) {
      const s = Array.from(text.slice(0, text.indexOf(span))).length;
      Array.from(span).forEach((_, k) => { labels[s + k] = names.indexOf(`${k === 0 ? 'B' : 'I'}-${type}`); });
    }
    return { cps, labels };
  };
  it('spans and types from the labels, values from the core span reader', () => {
    const text = '2023年共受理120件，增长7.5%左右。';
    const { cps, labels } = label(text, [['2023年', 'DATE'], ['120件', 'COUNT'], ['7.5%', 'PERCENT']]);
    expect(decode(text, cps, labels, names)).toEqual([
      { start: 0, end: 5, text: '2023年', type: 'DATE', value: '2023', unit: null, qualifier: 'exact' },
      { start: 8, end: 12, text: '120件', type: 'COUNT', value: 120, unit: '件', qualifier: 'exact' },
      { start: 15, end: 19, text: '7.5%', type: 'PERCENT', value: 7.5, unit: '%', qualifier: 'approx' },
    ]);
  });
  it('an I- without its B- opens a span; whitespace at the edges is trimmed; an unreadable span is dropped', () => {
    const text = '共 120件 和 工作';
    const cps = Array.from(text);
    const labels = new Int32Array(cps.length);
    for (let k = 1; k <= 6; k++) labels[k] = names.indexOf('I-COUNT'); // " 120件 "
    labels[9] = names.indexOf('B-COUNT'); labels[10] = names.indexOf('I-COUNT'); // "工作": no numeral
    expect(decode(text, cps, labels, names)).toEqual([
      { start: 2, end: 6, text: '120件', type: 'COUNT', value: 120, unit: '件', qualifier: 'exact' },
    ]);
  });
});
