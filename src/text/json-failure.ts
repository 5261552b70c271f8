// Where JSON.parse failed, for a message a person can act on: Node 20 says
// "… in JSON at position 66" (or "after JSON at …"), in UTF-16 units from
// the start of the text, which in a file of many lines is hard to find; an
// editor wants a line and a column.

/**
 * Why `JSON.parse(text)` threw `e`, and where: a line and a column (from 1;
 * the column in characters, as editors count them) where the message gives
 * a position, the last line for "Unexpected end of JSON input"; none where
 * V8 quotes the text instead ("Unexpected token '}', "{"a": }" is not valid
 * JSON"), whose message is kept whole.
 */
export function jsonFailure(text: string, e: unknown): { line?: number; column?: number; reason: string } {
  const message = e instanceof Error ? e.message : String(e);
  const at = / JSON at position (\d+)/.exec(message);
  let pos: number;
  if (at) pos = Math.min(Number(at[1]), text.length);
  else if (/^Unexpected end of JSON input/.test(message)) pos = text.length;
  else return { reason: message };
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < pos; k = text.indexOf('\n', k + 1)) line++;
  const column = Array.from(text.slice(lineStart, pos)).length + 1;
  return { line, column, reason: message.replace(/ in JSON at position \d+/, '').replace(/ at position \d+/, '') };
}

/** `jsonFailure` as words: "at line 4, column 28: Expected double-quoted property name" (a one-line text: no line). */
export function jsonFailureText(text: string, e: unknown): string {
  const f = jsonFailure(text, e);
  if (f.column === undefined) return f.reason;
  return `${text.includes('\n') ? `at line ${f.line}, column ${f.column}` : `at column ${f.column}`}: ${f.reason}`;
}
