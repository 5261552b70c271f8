// PDF and DOCX input (src/text/documents.ts, `zhnum extract`): the text the
// libraries give, mentions with code-point offsets into it, --print-text to
// check them, and unreadable files reported with exit code 2. The files are
// made in memory (test/fixtures/documents.mjs).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentKind, readDocumentText } from '../src/text/documents.js';
// @ts-expect-error a plain ES module without types
import { cjkPdf, docx, pdf } from './fixtures/documents.mjs';

const CLI = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
const ZH = ['𠀀全市共受理案件46987件，结案率98.56%。', '比上年增长2.5个百分点，投入资金12.5亿元。'];

function files(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhnum-docs-'));
  writeFileSync(join(dir, 'en.pdf'), pdf(['Cases received: 46987, closed 46311.', 'Closing rate 98.56%, up 2.5 points.']));
  writeFileSync(join(dir, 'zh.pdf'), cjkPdf(ZH));
  writeFileSync(join(dir, 'zh.docx'), docx(ZH));
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4 this is not a PDF');
  writeFileSync(join(dir, 'broken.docx'), 'not a zip');
  return dir;
}

describe('document text', () => {
  it('by extension: .pdf and .docx (any case); anything else is plain text', () => {
    expect(['a.pdf', 'B.PDF', 'c.docx', 'd.txt', 'e.doc', 'f'].map(documentKind)).toEqual(['pdf', 'pdf', 'docx', null, null, null]);
  });

  it('PDF (standard font; CID font with a ToUnicode map) and DOCX (paragraphs apart by a blank line)', async () => {
    const dir = files();
    expect(await readDocumentText(join(dir, 'en.pdf'))).toBe('Cases received: 46987, closed 46311.\nClosing rate 98.56%, up 2.5 points.');
    expect(await readDocumentText(join(dir, 'zh.pdf'))).toBe(ZH.join(''));
    expect(await readDocumentText(join(dir, 'zh.docx'))).toBe(`${ZH[0]}\n\n${ZH[1]}\n\n`);
  });

  it('a file that is not what its extension says fails with the file and the reason', async () => {
    const dir = files();
    await expect(readDocumentText(join(dir, 'broken.pdf'))).rejects.toThrowError(/broken\.pdf: cannot get the text of this PDF file: /);
    await expect(readDocumentText(join(dir, 'broken.docx'))).rejects.toThrowError(/broken\.docx: cannot get the text of this DOCX file: /);
  });
});

describe.skipIf(!existsSync(CLI))('zhnum extract on PDF and DOCX', () => {
  const cli = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 120_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('mentions with code-point offsets into the text --print-text shows', () => {
    const dir = files();
    const texts = cli(['extract', '--print-text', 'zh.pdf', 'en.pdf'], dir);
    expect(texts.code, texts.err).toBe(0);
    const byDoc = Object.fromEntries(texts.out.trim().split('\n').map((l) => JSON.parse(l)).map((o) => [o.doc, Array.from(o.text as string)]));
    expect(Object.keys(byDoc)).toEqual(['zh', 'en']);
    const ex = cli(['extract', 'zh.pdf', 'en.pdf'], dir);
    expect(ex.code, ex.err).toBe(0);
    const ms = ex.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(ms.filter((m) => m.doc === 'zh').map((m) => m.text)).toEqual(['46987件', '98.56%', '2.5个百分点', '12.5亿元']);
    for (const m of ms) expect(byDoc[m.doc].slice(m.start, m.end).join('')).toBe(m.text);
    // past the astral 𠀀, a code point is one index: UTF-16 would put 46987件 at 9
    expect(ms.find((m) => m.text === '46987件')).toMatchObject({ doc: 'zh', start: 8, end: 14 });
  });

  it('a folder holds .txt, .pdf and .docx documents; a broken file is reported, the rest extracted, exit 2', () => {
    const dir = files();
    const sub = join(dir, 'in');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.docx'), docx(ZH));
    writeFileSync(join(sub, 'b.txt'), ZH.join('\n'));
    writeFileSync(join(sub, 'c.pdf'), '%PDF-1.4 broken');
    const r = cli(['extract', 'in'], dir);
    expect(r.code).toBe(2);
    expect(new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).doc))).toEqual(new Set(['a', 'b']));
    expect(r.err).toMatch(/^in\/c\.pdf: cannot get the text of this PDF file: .*; file skipped$/m);
    expect(r.err).toContain('2 documents, 8 mentions; 1 input not read (missing, unreadable or refused');
  });

  it('--print-text with stdin is a usage error', () => {
    const r = spawnSync(process.execPath, [CLI, 'extract', '--print-text', '-'], { encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatchInlineSnapshot(`
      "zhnum extract: --print-text prints the text of files; with "-" the text is the input already
      Run "zhnum extract --help" for usage.
      "
    `);
  });
});
