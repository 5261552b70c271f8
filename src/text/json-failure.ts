// Where JSON.parse failed, for a message a person can act on: Node 20 says
// "… in JSON at position 66" (or "after JSON at …"), in UTF-16 units from
// the start of the text, or quotes the text around the fault ("Unexpected
// token ']', ..."st": ["a",]}..." is not valid JSON"); in a file of many
// lines neither is easy to find, and an editor wants a line and a column.
import { oneLine } from './codepoints.js';

/** V8's quote of the text around an unexpected token: up to 10 units either side of it, "..." where cut. */
const QUOTED = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;

/**
 * Why `JSON.parse(text)` threw `e`, and where: a line and a column (from 1;
 * the column in characters, as editors count them). From the message's
 * position; for "Unexpected end of JSON input", the end of the last line
 * that is not blank; for a quoted token, where the quote is found in the
 * text (none where it is not found once, or the whole text is quoted). The
 * reason is the message without the position, on one line (oneLine: V8
 * quotes the text, control characters and all).
 */
export function jsonFailure(text: string, e: unknown): { line?: number; column?: number; reason: string } {
  const message = e instanceof Error ? e.message : String(e);
  const reason = oneLine(message.replace(/ in JSON at position \d+/, '').replace(/ at position \d+/, ''));
  const pos = failedAt(text, message);
  if (pos === null) return { reason };
  const lineStart = pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < lineStart; k = text.indexOf('\n', k + 1)) line++;
  // characters, not UTF-16 units: a surrogate pair is one
  let column = 1;
  for (let k = lineStart; k < pos; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < pos) { const d = text.charCodeAt(k + 1); if (d >= 0xdc00 && d <= 0xdfff) k++; }
    column++;
  }
  return { line, column, reason };
}

/** The UTF-16 offset of the fault the message describes, or null where it cannot be told. */
function failedAt(text: string, message: string): number | null {
  // a fault past the last character that is not blank (the text ended early) is placed just after
  // that character, not on a line after it
  const end = jsonTrimmed(text).length;
  const at = / JSON at position (\d+)/.exec(message);
  if (at) return Math.min(Number(at[1]), end);
  if (/^Unexpected end of JSON input/.test(message)) return end;
  const q = QUOTED.exec(message);
  if (!q || (!q[2] && !q[4])) return null;
  const [, token, before, quoted] = q;
  let pos: number;
  if (before) {
    const k = text.indexOf(quoted);
    if (k < 0 || text.indexOf(quoted, k + 1) >= 0) return null;
    pos = k + 10;
  } else {
    if (!text.startsWith(quoted)) return null;
    pos = quoted.length - 10;
  }
  return pos >= 0 && text.startsWith(token, pos) ? pos : null;
}

/** The text without the blanks that end it, as JSON counts blanks (an ideographic space is a fault, not the end). */
const jsonTrimmed = (text: string) => text.replace(/[ \t\r\n]+$/, '');

/** `jsonFailure` as words: "at line 4, column 28: Expected double-quoted property name" (a one-line text: no line). */
export function jsonFailureText(text: string, e: unknown): string {
  const f = jsonFailure(text, e);
  if (f.column === undefined) return `(${f.reason})`; // ("not valid JSON (Unexpected token …)": the callers write the words before; a review: run together)
  return `${jsonTrimmed(text).includes('\n') ? `at line ${f.line}, column ${f.column}` : `at column ${f.column}`}: ${f.reason}`;
}
