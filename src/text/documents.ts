// Reports as users hold them: the text of a PDF (unpdf, a serverless build of
// PDF.js) or a Word .docx (mammoth's raw text: paragraphs apart by a blank
// line). Offsets of the mentions found are code points into exactly this
// text, which `zhnum extract --print-text` prints so they can be checked.
// Text extraction is the library's (NUL characters removed): a PDF whose fonts
// lack a Unicode map (some scanned or old Chinese PDFs) gives wrong characters
// or none.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

export type DocumentKind = 'pdf' | 'docx';

/** The kind of a file by its extension, or null for anything read as plain text. */
export function documentKind(path: string): DocumentKind | null {
  const ext = extname(path).toLowerCase();
  return ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : null;
}

export class DocumentError extends Error {}

/** The text of a PDF or DOCX file; a file that cannot be read or parsed throws a DocumentError saying why. */
export async function readDocumentText(path: string): Promise<string> {
  const kind = documentKind(path);
  if (!kind) throw new DocumentError(`${path}: not a .pdf or .docx file`);
  let bytes: Buffer;
  try { bytes = await readFile(path); } catch (e) { throw new DocumentError(`${path}: cannot read: ${(e as Error).message}`); }
  try {
    if (kind === 'pdf') {
      const { extractText, getDocumentProxy } = await import('unpdf');
      // verbosity 0: PDF.js's own warnings would interleave with ours on stderr
      const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
      try {
        // NUL is never text; PDF.js emits it around glyphs of some CID fonts, where it would split numbers
        return (await extractText(pdf, { mergePages: true })).text.replace(/\u0000/g, '');
      } finally {
        await pdf.destroy();
      }
    }
    const mammoth = (await import('mammoth')).default;
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (e) {
    throw new DocumentError(`${path}: cannot get the text of this ${kind.toUpperCase()} file: ${(e as Error).message}`);
  }
}
