// Reading text strictly (UTF-8, no byte-order mark) and writing files
// atomically.
//
// Files are written atomically: to a temporary name in the same folder, then
// renamed, so an interrupted run never leaves a half-written file.
import { mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { Problem } from '../types.js';

export function writeAtomic(file: string, data: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    let n: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) { n = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { n = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function lineOfByte(buf: Uint8Array, off: number): number {
  let line = 1;
  for (let i = 0; i < off; i++) if (buf[i] === 10) line++;
  return line;
}

/** Read a UTF-8 text file strictly: invalid bytes and a byte-order mark are problems. */
export function readUtf8(file: string, problems: Problem[], shown = file): { text: string; bytes: Buffer } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file) as Buffer;
  } catch (e) {
    problems.push({ code: 'unreadable', file: shown, message: `cannot read file: ${(e as Error).message}` });
    return null;
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({ code: 'bom', file: shown, line: 1, message: 'file starts with a UTF-8 byte-order mark; offsets would be off by one: remove it' });
    return null;
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    problems.push({ code: 'not-utf8', file: shown, line: lineOfByte(bytes, bad), message: `not valid UTF-8 at byte ${bad} (0x${bytes[bad].toString(16).padStart(2, '0')})` });
    return null;
  }
  return { text: bytes.toString('utf8'), bytes };
}

