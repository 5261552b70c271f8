import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, loadDataset, splitUnits, summarize } from '../src/data/dataset.js';
import { checkMention } from '../src/data/mentions.js';
import { goldRuleProblems } from '../src/data/mention-check.js';
import { CodePoints } from '../src/text/codepoints.js';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

describe('dataset validation', () => {
  it('lists every problem of the bad fixture at once, with file and line', () => {
    const { dataset, problems } = loadDataset(fixture('bad-dataset'));
    expect(dataset).toBeNull();
    const lines = problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*fixtures\//, '') }));
    expect(lines).toMatchInlineSnapshot(`
      [
        "bad-dataset/annotations/a.jsonl:2: not valid JSON at column 20: Unexpected end of JSON input [bad-json]",
        "bad-dataset/annotations/a.jsonl:3: unknown type "PERCENTAGE" (expected one of COUNT, MONEY, PERCENT, PERCENT_POINT, RATIO, DATE, DURATION, ORDINAL, QUANTITY, NUMBER) [schema]",
        "bad-dataset/annotations/a.jsonl:4: value of a DATE must be an ISO 8601 string, got number 2023 [value-kind]",
        "bad-dataset/annotations/a.jsonl:5: unknown qualifier "maybe" (expected one of exact, approx, over, under) [schema]",
        "bad-dataset/annotations/a.jsonl:6: span [500, 506) is outside the document (37 code points) [offsets]",
        "bad-dataset/annotations/a.jsonl:7: stored text "46988件" differs from the document at [9, 15): "46987件" [text-mismatch]",
        "bad-dataset/annotations/a.jsonl:9: value of a COUNT must be a number, got string "2023" [value-kind]",
        "bad-dataset/annotations/a.jsonl:8: mention "987件" [11, 15) overlaps line 1 "46987件" [9, 15) [overlap]",
        "bad-dataset/annotations/b.jsonl: document b has no annotation file (an empty file means "no mentions") [no-annotation-file]",
        "bad-dataset/docs/c.txt:2: not valid UTF-8 at byte 28 (0xff): the text before it is UTF-8: remove or mend the byte [not-utf8]",
        "bad-dataset/docs/d.txt:1: file starts with a UTF-8 byte-order mark; offsets would be off by one: remove it [bom]",
        "bad-dataset/docs/e.txt: document is empty [empty-doc]",
        "bad-dataset/docs/f.txt: SHA-256 356684ad612a0d0edeec8d6d84aede616cba34cc3e00717c4d837018ec8b4b12 differs from 0000000000000000000000000000000000000000000000000000000000000000 recorded in dataset.json: the document changed, so its gold offsets cannot be trusted [checksum]",
        "bad-dataset/annotations/zz-orphan.jsonl: no document zz-orphan.txt for this annotation file [orphan-annotation]",
      ]
    `);
  });

  it('gold records that break the task\'s rules: a DATE with a unit, a day the month lacks, an upper end below the value (a review: valid)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-gold-'));
    mkdirSync(join(dir, 'docs')); mkdirSync(join(dir, 'annotations'));
    const text = '2024年2月30日收案5至3件，2023年。';
    writeFileSync(join(dir, 'docs', 'g.txt'), text);
    // (every character in the BMP: code points are UTF-16 indices)
    const at = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t });
    const rows = [
      { ...at('2024年2月30日'), type: 'DATE', value: '2024-02-30', unit: null, qualifier: 'exact' },
      { ...at('5至3件'), type: 'COUNT', value: 5, valueMax: 3, unit: '件', qualifier: 'exact' },
      { ...at('2023年'), type: 'DATE', value: '2023', unit: '年', qualifier: 'exact' },
    ];
    writeFileSync(join(dir, 'annotations', 'g.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { problems } = loadDataset(dir);
    expect(problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*annotations\//, '') }))).toMatchInlineSnapshot(`
      [
        "g.jsonl:1: value "2024-02-30": 2024-02-30 is no date of the calendar (a month 01–12, a day the month has) [gold-rule]",
        "g.jsonl:2: valueMax 3 is below value 5: a range runs upward (GUIDELINES D-11); swap them, or drop valueMax [gold-rule]",
        "g.jsonl:3: a DATE's unit is always null (docs/task.md), got "年": set "unit": null [gold-rule]",
      ]
    `);
    // a 29 February with no year, or in a leap year, is a day; in 2023 and 1900 it is not; nor a 13th month
    const day = (value: string) => goldRuleProblems({ ...at('2024年2月30日'), type: 'DATE', value, unit: null, qualifier: 'exact' }, 0).length;
    expect(['--02-29', '2024-02-29', '2000-02-29', '2023-02-28/2023-03-01', '2024-Q1', 'H2'].map(day)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(['2023-02-29', '1900-02-29', '2024-13', '--04-31', '2024-01-01/2024-01-32'].map(day)).toEqual([1, 1, 1, 1, 1]);
  });

  it('accepts a document with a character outside the BMP and counts offsets in code points', () => {
    const { dataset, problems } = loadDataset(fixture('astral-dataset'));
    expect(problems).toEqual([]);
    const doc = dataset!.units[0];
    expect(doc.gold.map((m) => [m.start, m.end, m.text])).toEqual([[5, 9, '１２３户'], [12, 16, '4.5%']]);
    // the same spans in UTF-16 units would start two positions later
    expect(doc.text.indexOf('１２３户')).toBe(7);
  });

  it('validates the seed gold: checksums, units, splits', () => {
    const { dataset, problems } = loadDataset(join(__dirname, '..', 'datasets', 'seeds'));
    expect(problems.map(formatProblem)).toEqual([]);
    const s = summarize(dataset!);
    expect(s.documents).toBe(5);
    expect(s.mentions).toBeGreaterThan(3000);
    // the test split holds at least a quarter of the mentions and every seed report type
    expect(s.splits.test.mentions / s.mentions).toBeGreaterThanOrEqual(0.25);
    const testDocs = new Set(splitUnits(dataset!, 'test')!.map((u) => u.docId));
    expect(testDocs.has('003_ee0418a609b1ea66')).toBe(true); // procuratorate review
    expect(testDocs.has('004_6dfca6dcd6d852bb')).toBe(true); // news page
    expect(testDocs.has('002_0cdaa93c0b4343c5')).toBe(true); // gazette (court, budget reports)
    // no unit is in two splits
    const seen = new Map<string, string>();
    for (const split of ['train', 'dev', 'test']) for (const id of dataset!.splits[split]) {
      expect(seen.has(id), `${id} in ${seen.get(id)} and ${split}`).toBe(false);
      seen.set(id, split);
    }
  });

  it('a dataset.json that is not JSON: its line as file:line, and the column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-manifest-'));
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'annotations'));
    writeFileSync(join(dir, 'docs', 'a.txt'), '共3人。\n');
    writeFileSync(join(dir, 'annotations', 'a.jsonl'), '');
    writeFileSync(join(dir, 'dataset.json'), '{\n  "name": "x",\n  "splits": {"test": ["a"],}\n}\n');
    expect(loadDataset(dir).problems.map((p) => formatProblem({ ...p, file: p.file.replace(dir, 'DS') }))).toMatchInlineSnapshot(`
      [
        "DS/dataset.json:3: not valid JSON at column 28: Expected double-quoted property name [bad-json]",
      ]
    `);
  });

  it('reports a cause once, not again in the units and splits that depend on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-cascade-'));
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'annotations'));
    writeFileSync(join(dir, 'docs', 'a.txt'), Buffer.from([0xe5, 0xa2, 0x9e, 0xff, 0x0a]));
    writeFileSync(join(dir, 'docs', 'b.txt'), '共3人。\n');
    writeFileSync(join(dir, 'annotations', 'a.jsonl'), '');
    writeFileSync(join(dir, 'annotations', 'b.jsonl'), '');
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify({
      name: 'cascade', version: '0',
      units: [{ id: 'ua', doc: 'a', start: 0, end: 1 }, { id: 'ub', doc: 'b', start: 2, end: 99 }, { id: 'un', doc: 'nope', start: 0, end: 1 }],
      splits: { test: ['ua', 'ub', 'un', 'a', 'zz'] },
    }));
    const lines = loadDataset(dir).problems.map((p) => formatProblem({ ...p, file: p.file.replace(dir, 'DS') }));
    expect(lines).toMatchInlineSnapshot(`
      [
        "DS/docs/a.txt:1: not valid UTF-8 at byte 3 (0xff): make the file UTF-8 (from a legacy encoding: iconv -f ENCODING -t UTF-8), or remove the byte [not-utf8]",
        "DS/dataset.json: unit ub: range [2, 99) is not inside b (5 code points) [unit]",
        "DS/dataset.json: unit un: unknown document nope [unit]",
        "DS/dataset.json: split test: unknown unit or document zz [split]",
      ]
    `);
  });

  it('a manifest that fails its schema stops nothing else: its valid keys (docsDir, splits) are used and every other problem listed too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnum-manifest-'));
    mkdirSync(join(dir, 'texts'));
    mkdirSync(join(dir, 'annotations'));
    writeFileSync(join(dir, 'texts', 'a.txt'), '共3人。\n');
    writeFileSync(join(dir, 'annotations', 'a.jsonl'), JSON.stringify({ start: 1, end: 3, text: '4人', type: 'COUNT', value: 4, unit: '人', qualifier: 'exact' }) + '\n');
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ name: 'm', version: '0', Licence: 'CC0', docsDir: 'texts', splits: { test: ['a', 'zz'] } }));
    const lines = loadDataset(dir).problems.map((p) => formatProblem({ ...p, file: p.file.replace(dir, 'DS') }));
    expect(lines).toMatchInlineSnapshot(`
      [
        "DS/dataset.json: (top): Unrecognized key: "Licence" [manifest]",
        "DS/annotations/a.jsonl:1: stored text "4人" differs from the document at [1, 3): "3人" [text-mismatch]",
        "DS/dataset.json: split test: unknown unit or document zz [split]",
      ]
    `);
  });

  it('refuses a missing folder with one clear problem', () => {
    const { problems } = loadDataset(fixture('no-such-dataset'));
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('no-dataset');
  });
});

describe('a span that does not hold its text: the common causes named', () => {
  // an astral character first, so that UTF-16 units and code points differ; Han characters, so that bytes do
  const doc = new CodePoints('𠀀全市受理案件46987件，增长7.39%。');
  const m = (start: number, end: number, text: string) => ({ start, end, text, type: 'COUNT', value: 46987, unit: '件', qualifier: 'exact' });
  const message = (start: number, end: number, text: string) => checkMention(m(start, end, text), doc).problems.map((p) => p.message).join(' | ');
  it.each([
    // start, end, text → the message's hint
    [8, 14, '46987件', '; the text is there counting UTF-16 units (JavaScript, Java and C# string indices): offsets count code points, here [7, 13)'],
    [22, 30, '46987件', '; the text is there counting UTF-8 bytes (Rust, Go, Python bytes): offsets count code points, here [7, 13)'],
    [7, 12, '46987件', '; the end looks inclusive: offsets are half-open, [start, end) with end after the last character: here [7, 13)'],
    // one character with an inclusive end: end = start
    [12, 12, '件', '; the end looks inclusive: offsets are half-open, [start, end) with end after the last character: here [12, 13)'],
  ])('[%i, %i) %s', (start, end, text, hint) => {
    expect(message(start, end, text).endsWith(hint)).toBe(true);
    // the offsets the hint gives hold the text
    const [a, b] = /here \[(\d+), (\d+)\)$/.exec(hint)!.slice(1).map(Number);
    expect(checkMention(m(a, b, text), doc).problems).toEqual([]);
  });
  it('no hint whose offsets would not hold the text (U+FFFD, which UTF-8 writes for a lone surrogate; half a pair)', () => {
    const messages = (d: string, start: number, end: number, text: string) => checkMention(m(start, end, text), new CodePoints(d)).problems.map((p) => p.message);
    expect(messages('a中5\uFFFD', 3, 5, '\uFFFD5')).toEqual(['span [3, 5) is outside the document (4 code points)']);
    expect(messages('𠀀全', 1, 3, '\udc00全')).toEqual(['span [1, 3) is outside the document (2 code points)']);
  });
  it('an empty span that is no inclusive one-character span gets no hint', () => {
    expect(message(12, 12, '4')).toBe('end 12 is not after start 12');
    expect(message(12, 11, '件')).toBe('end 11 is not after start 12');
  });
  it('no hint where none of them fits (another number, a span shifted)', () => {
    expect(message(7, 13, '46988件')).toBe('stored text "46988件" differs from the document at [7, 13): "46987件"');
    expect(message(6, 12, '46987件')).toBe('stored text "46987件" differs from the document at [6, 12): "件46987"');
  });
  it('byte offsets past the code points: outside the document, with the hint', () => {
    const far = new CodePoints('全市受理案件46987件');
    expect(checkMention(m(18, 26, '46987件'), far).problems.map((p) => p.message)).toEqual(['span [18, 26) is outside the document (12 code points); the text is there counting UTF-8 bytes (Rust, Go, Python bytes): offsets count code points, here [6, 12)']);
  });
});
