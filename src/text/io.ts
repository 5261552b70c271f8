// Reading text strictly (UTF-8, no byte-order mark); writing files and
// folders of files atomically; writing stdout with every write checked.
//
// Files are written atomically: to a temporary name in the same folder, then
// renamed, so an interrupted run never leaves a half-written file. A set of
// files (`run --out`) is written into a new folder that is renamed into
// place, so a reader never sees files of two runs together.
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync, rmSync } from 'node:fs';
import { dirname, join, basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Problem } from '../types.js';

/**
 * A path as messages show it: relative to the working folder when it lies
 * inside it, absolute otherwise (a chain of ../../../ says less than the path).
 */
export function shownPath(p: string): string {
  const abs = resolve(p);
  const rel = relative(process.cwd(), abs);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel) ? abs : rel;
}

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

/** "not valid UTF-8 at byte 20 (0xff)": the byte, by its offset (`base` added) and its value. */
export const notUtf8At = (bytes: Uint8Array, at: number, base = 0) => `not valid UTF-8 at byte ${base + at} (0x${bytes[at].toString(16).padStart(2, '0')})`;

/**
 * What to do with bytes that are not UTF-8 (the first bad one at `bad`),
 * with a guess at what they are: Chinese reports come in GB18030 (GBK) and
 * UTF-16 as often as in UTF-8, and "not valid UTF-8 at byte 3" alone does
 * not say which conversion mends it. A guess is worded as one, with the
 * command that shows whether it is right: a wrong conversion is silent.
 * `validBefore`: how many bytes of valid UTF-8 came before `bytes` (the
 * earlier parts of a file that extract reads in parts). Looks at the first
 * 64 KiB (the byte-pattern tests at the first 4 KiB).
 */
export function notUtf8Hint(bytes: Uint8Array, bad = firstInvalidUtf8(bytes), validBefore = 0): string {
  // a UTF-8 byte-order mark before text in another encoding (an editor's, added to GB18030): the guesses read what follows it
  // (session 40's note: the generic hint)
  if (validBefore === 0 && bytes.length > 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && bad >= 3) {
    return notUtf8Hint(bytes.subarray(3), bad - 3, 0).replace(/^the file/, 'the file (after a UTF-8 byte-order mark)');
  }
  // UTF-8 text with a stray byte (GB18030 decodes UTF-8's bytes as Han characters too): a few
  // characters of several bytes before it, all valid (GB18030's pairs rarely are), or a part of a
  // file's worth of valid UTF-8
  let multi = 0;
  for (let i = 0; i < bad && multi < 3; i++) if (bytes[i] >= 0xc0) multi++;
  if (multi >= 3 || validBefore >= 4096) return 'the text before it is UTF-8: remove or mend the byte';
  const start = validBefore > 0 ? 'the part of the file here' : 'the file';
  if (validBefore === 0) {
    const [b0, b1, b2, b3] = bytes;
    // (UTF-32LE's mark begins as UTF-16LE's does)
    if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) return 'the file starts with a UTF-32 byte-order mark: convert it (iconv -f UTF-32 -t UTF-8)';
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'the file starts with a UTF-16 byte-order mark: convert it (iconv -f UTF-16 -t UTF-8)';
  }
  const head = bytes.subarray(0, 1 << 16);
  const n = Math.min(head.length, 4096);
  // UTF-32: three zero bytes of four (Chinese text lies within the first 65,536 code points)
  let z32le = 0, z32be = 0;
  for (let i = 0; i + 3 < n; i += 4) { if (head[i + 2] === 0 && head[i + 3] === 0) z32le++; if (head[i] === 0 && head[i + 1] === 0) z32be++; }
  if (n >= 64 && z32le >= 0.9 * (n >> 2)) return `${start} looks like UTF-32 (little-endian): check with iconv -f UTF-32LE -t UTF-8 FILE | head, then convert`;
  if (n >= 64 && z32be >= 0.9 * (n >> 2)) return `${start} looks like UTF-32 (big-endian): check with iconv -f UTF-32BE -t UTF-8 FILE | head, then convert`;
  // UTF-16 without a mark: every other byte is a character's high byte, for Chinese text almost always
  // a CJK block's (0x4E-0x9F), punctuation's (0x30, 0xFF) or ASCII's (0x00, for a report's digits and
  // line breaks), and the Han characters' low bytes spread over all values; ASCII and Latin text read
  // as UTF-16 give "Han characters" whose two bytes are both letters, and no zero bytes; Shift-JIS's
  // lead bytes fall in 0x81-0x9F, but it writes ASCII as single bytes: no zero bytes, as in no legacy encoding
  const utf16 = (hiAt: number) => {
    let ok = 0, han = 0, hanLoAscii = 0, ascii = 0, hanLow = 0;
    for (let i = 0; i + 1 < n; i += 2) {
      const hi = head[i + hiAt], lo = head[i + 1 - hiAt];
      const isHan = hi >= 0x4e && hi <= 0x9f;
      // (℃ U+2103, ∶ U+2236, ① U+2460: a report's symbols; session 40's note)
      if (isHan || hi === 0 || hi === 0x20 || hi === 0x21 || hi === 0x22 || hi === 0x24 || hi === 0x30 || hi === 0xff) ok++;
      if (isHan) { han++; if (lo >= 0x20 && lo <= 0x7e) hanLoAscii++; if (hi <= 0x80) hanLow++; }
      if (hi === 0 && ((lo >= 0x20 && lo <= 0x7e) || lo === 10 || lo === 13)) ascii++;
    }
    const units = n >> 1;
    // a short text (a title, a line) passes by its zero bytes alone, which no legacy encoding writes: every unit must fit
    if ((n >= 64 ? ok >= 0.9 * units : n >= 8 && ok === units) && han >= 0.1 * units && hanLoAscii <= 0.7 * han && ascii >= 2) return true;
    // pure Chinese with no ASCII at all (no zero bytes to tell it): a long text, Han characters of the lower blocks among
    // them (U+4E00-U+80FF, which Shift-JIS's lead bytes 0x81-0x9F never reach), the rest of the units punctuation
    return n >= 64 && ok >= 0.95 * units && han >= 0.5 * units && hanLow >= 0.2 * han && hanLoAscii <= 0.7 * han;
  };
  if (utf16(1)) return `${start} looks like UTF-16 (little-endian, no byte-order mark): check with iconv -f UTF-16LE -t UTF-8 FILE | head, then convert`;
  if (utf16(0)) return `${start} looks like UTF-16 (big-endian, no byte-order mark): check with iconv -f UTF-16BE -t UTF-8 FILE | head, then convert`;
  const legacy = legacyGuess(head, head.length < bytes.length);
  if (legacy) return `${start} ${legacy.wording}: check with iconv -f ${legacy.iconv} -t UTF-8 FILE | head, then convert; or remove the byte`;
  return 'make the file UTF-8 (from a legacy encoding: iconv -f ENCODING -t UTF-8), or remove the byte';
}

/** Han characters and the punctuation and symbols Chinese reports use with them (“”, —, …, ①, ±, ℃, Ⅱ, ■; a review of session 40: a GB18030 table with ①② read as Big5). */
const isHan = (x: number) => (x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3000 && x <= 0x303f) || (x >= 0xff00 && x <= 0xffef) ||
  (x >= 0xb0 && x <= 0xf7) || (x >= 0x2010 && x <= 0x2027) || (x >= 0x2100 && x <= 0x24ff) || (x >= 0x25a0 && x <= 0x25ff) || (x >= 0x3200 && x <= 0x33ff);
const isKana = (x: number) => x >= 0x3041 && x <= 0x30ff;
const isHangul = (x: number) => x >= 0xac00 && x <= 0xd7a3;

/**
 * The legacy encodings a report may come in, in the order they are tried, each with what its text
 * is when decoded right. The bytes of one often decode without error as another's (Korean EUC-KR as
 * common Han characters in GB18030, Japanese Shift-JIS as rare ones), so each is told by the script
 * it gives: Japanese by its kana (a fifth of Japanese text at least; GB18030 reads Shift-JIS's kana
 * bytes as rare Han, EUC-JP's as kana too but never Han), Korean by Hangul syllables alone (GB text
 * read as EUC-KR gives Hanja as often), Chinese by Han characters (Big5 read as GB18030 gives kana,
 * Greek and Cyrillic from its commonest characters' lead bytes, 0xA4-0xAF). Korean needs eight
 * characters, four fifths of them Hangul, and a space to eight syllables at least: GB18030's
 * commonest rows (0xB0-0xC8) are EUC-KR's Hangul, so a line of Chinese can read as Korean.
 */
const LEGACY: { label: string; iconv: string; wording: string; fits: (other: number, han: number, kana: number, hangul: number, spaces: number) => boolean }[] = [
  { label: 'shift_jis', iconv: 'SHIFT_JIS', wording: 'looks like Japanese in Shift-JIS, not Chinese', fits: (o, _h, k) => k >= 3 && k * 5 >= o },
  { label: 'euc-jp', iconv: 'EUC-JP', wording: 'looks like Japanese in EUC-JP, not Chinese', fits: (o, _h, k) => k >= 3 && k * 5 >= o },
  // (Korean prose spaces its words, about one space to three or four syllables; Chinese in GB18030 has none: a line of GB's
  // commonest characters read as Hangul is no Korean)
  { label: 'euc-kr', iconv: 'EUC-KR', wording: 'looks like Korean in EUC-KR, not Chinese', fits: (o, _h, _k, g, sp) => o >= 8 && g * 10 >= o * 8 && sp * 8 >= g },
  { label: 'gb18030', iconv: 'GB18030', wording: 'may be GB18030 (GBK), as Chinese text often is', fits: (o, h) => h * 10 >= o * 9 },
  { label: 'big5', iconv: 'BIG5', wording: 'may be Big5 (traditional Chinese)', fits: (o, h) => h * 10 >= o * 9 },
];

/** The first legacy encoding that decodes `head` without error into its own script (LEGACY), or null. */
function legacyGuess(head: Uint8Array, more: boolean): { iconv: string; wording: string } | null {
  for (const e of LEGACY) {
    let text: string;
    // (stream: a character cut at the end of the 64 KiB is left for more, not an error)
    try { text = new TextDecoder(e.label, { fatal: true }).decode(head, { stream: more }); } catch { continue; }
    let other = 0, han = 0, kana = 0, hangul = 0, spaces = 0;
    for (const c of text) {
      const x = c.codePointAt(0)!;
      if (x === 0x20) spaces++;
      if (x < 0x80) continue;
      other++;
      if (isHan(x)) han++; else if (isKana(x)) kana++; else if (isHangul(x)) hangul++;
    }
    if (other > 0 && e.fits(other, han, kana, hangul, spaces)) return e;
  }
  return null;
}

function lineOfByte(buf: Uint8Array, off: number): number {
  let line = 1;
  for (let i = 0; i < off; i++) if (buf[i] === 10) line++;
  return line;
}

/** Whether bytes start with a UTF-8 byte-order mark (EF BB BF). */
export const startsWithBom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** Why a file could not be read, in words (the same for every command: extract, score, validate). */
export function whyUnreadable(file: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': {
      let link = false;
      try { link = lstatSync(file).isSymbolicLink(); } catch { /* not there at all */ }
      return link ? 'a link to a file that does not exist' : 'no such file or folder';
    }
    case 'EISDIR': return 'a folder, not a file';
    case 'EACCES': case 'EPERM': return 'no permission to read it';
    default: return `cannot read ${file === 'standard input' ? 'it' : 'file'}: ${e.message}`;
  }
}

/**
 * All of standard input. Opened anew as /dev/stdin where it can be (a pipe or
 * a file: the new open blocks, where fd 0 may have been left non-blocking by
 * whoever started us, and a read would fail with EAGAIN); a socket, as
 * Node's spawn makes, cannot be opened so and is read from fd 0.
 */
function readStdinWhole(): Buffer {
  try {
    return readFileSync('/dev/stdin');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENXIO' || code === 'ENOENT' || code === 'EOPNOTSUPP') return readFileSync(0);
    throw e;
  }
}

/**
 * A UTF-8 file (0: standard input), or null with the problem recorded. A byte-order mark is
 * refused (offsets into a document would be off by one), unless `dropBom`:
 * JSON lines, whose offsets count in the text of their fields, lose nothing
 * by it.
 */
export function readUtf8(file: string | 0, problems: Problem[], shown = file === 0 ? '-' : file, dropBom = false): { text: string; bytes: Buffer; whole: Buffer } | null {
  let bytes: Buffer;
  try {
    bytes = file === 0 ? readStdinWhole() : readFileSync(file) as Buffer;
  } catch (e) {
    problems.push({ code: 'unreadable', file: shown, message: whyUnreadable(file === 0 ? 'standard input' : file, e as NodeJS.ErrnoException) });
    return null;
  }
  if (startsWithBom(bytes)) {
    if (dropBom) { const r = readUtf8Bytes(bytes.subarray(3), problems, shown, 3); return r && { ...r, whole: bytes }; }
    problems.push({ code: 'bom', file: shown, line: 1, message: 'file starts with a UTF-8 byte-order mark; offsets would be off by one: remove it' });
    return null;
  }
  const r = readUtf8Bytes(bytes, problems, shown);
  return r && { ...r, whole: bytes };
}

/** `base`: where `bytes` start in the file (after a byte-order mark that was dropped), for the byte's offset. */
function readUtf8Bytes(bytes: Buffer, problems: Problem[], shown: string, base = 0): { text: string; bytes: Buffer } | null {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    problems.push({ code: 'not-utf8', file: shown, line: lineOfByte(bytes, bad), message: `${notUtf8At(bytes, bad, base)}: ${notUtf8Hint(bytes, bad)}` });
    return null;
  }
  return { text: bytes.toString('utf8'), bytes };
}


// ---------- standard output ----------

/** Our stdout was closed by its reader (`| head`): not an error, the run just stops. */
export class OutputClosed extends Error {
  constructor() { super('the reader of the output closed it'); }
}

/** Our stdout failed (a full disk, /dev/full): the output is incomplete. */
export class OutputFailed extends Error {}

let stdoutError: NodeJS.ErrnoException | null = null;
let watching = false;

/**
 * Listen for write errors on stdout and stderr once, for the whole process:
 * without a listener, EPIPE or ENOSPC surfaces as an uncaught exception
 * with a stack trace. The error is kept and reported by `stdoutProblem`.
 */
export function watchStdio(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { stdoutError ??= e; });
  // nowhere left to report a failing stderr
  process.stderr.on('error', () => undefined);
}

/** The error stdout met, as OutputClosed or OutputFailed; null while it is fine. */
export function stdoutProblem(): OutputClosed | OutputFailed | null {
  // a failed synchronous write (a file, /dev/full) is on the stream before its 'error' event is emitted
  stdoutError ??= (process.stdout as { errored?: NodeJS.ErrnoException | null }).errored ?? null;
  if (!stdoutError) return null;
  if (stdoutError.code === 'EPIPE' || stdoutError.code === 'ERR_STREAM_DESTROYED') return new OutputClosed();
  return new OutputFailed(`cannot write the output: ${stdoutError.message}; what was written is incomplete`);
}

/**
 * The most bytes one write to stdout hands the kernel. A block's answer
 * (about 3 MB of lines) written to a file in one write cost the kernel about
 * twice the system time of the same bytes in slices of 128–256 KiB (1 GiB of
 * input, `--jobs 2`: 1.5–1.9 s against 0.75–0.9 s, and 0.4–0.7 s of wall
 * time; slices of 64 KiB or 1 MiB cost more again); into a pipe the slices
 * cost nothing more (docs/speed.md, "Writes in slices").
 */
export const STDOUT_SLICE = 256 * 1024;

/** process.stdout.write in slices of at most STDOUT_SLICE bytes, `written` on the last; false when stdout's buffer is full. */
function writeSliced(data: string | Uint8Array, written?: () => void): boolean {
  const done = written && (() => written());
  if (typeof data === 'string' || data.length <= STDOUT_SLICE) return process.stdout.write(data, done);
  let ok = true;
  for (let i = 0; i < data.length; i += STDOUT_SLICE) {
    const end = Math.min(data.length, i + STDOUT_SLICE);
    // a stream keeps its writes in order, so the last slice's callback comes after every other slice's write
    ok = process.stdout.write(data.subarray(i, end), end === data.length ? done : undefined);
  }
  return ok;
}

/**
 * Write to stdout, waiting while its buffer is full (backpressure: a slow
 * reader slows us down instead of growing our memory); throws OutputClosed or
 * OutputFailed as soon as a write fails. `written` is called once the data
 * has left the process, or the write failed: until then its memory must
 * stay as it is (not at all when stdout had already failed: nothing was
 * written, and the run stops).
 */
export async function writeStdout(data: string | Uint8Array, written?: () => void): Promise<void> {
  watchStdio();
  const p = stdoutProblem();
  if (p) throw p;
  if (writeSliced(data, written)) return;
  await new Promise<void>((resolve) => {
    const done = () => { process.stdout.off('drain', done); process.stdout.off('error', done); process.stdout.off('close', done); resolve(); };
    process.stdout.on('drain', done);
    process.stdout.on('error', done);
    process.stdout.on('close', done);
  });
  const q = stdoutProblem();
  if (q) throw q;
}

/** Wait until everything written to stdout has left the process; throws as writeStdout does. */
export async function flushStdout(): Promise<void> {
  watchStdio();
  if (!stdoutProblem() && process.stdout.writable) {
    await new Promise<void>((resolve) => { process.stdout.write('', () => resolve()); });
  }
  const p = stdoutProblem();
  if (p) throw p;
}

// ---------- a folder of files written as one set ----------

/** The output folder cannot be prepared or written; the message says what to do. */
export class OutputSetError extends Error {}

/** Written into every output set, so that a later run knows the folder is one it may replace. */
const MARKER = '.zhnum-out';

function errText(e: unknown): string {
  const x = e as NodeJS.ErrnoException;
  return x.code ? `${x.code}: ${x.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : String((e as Error).message ?? e);
}

/** The files of an output set (and of each dataset's folder in it), for sets whose marker does not list them. */
const SET_FILES = new Set([MARKER, 'results.json', 'predictions.jsonl', 'mismatches.jsonl', 'report.html']);
const MARKER_TEXT = 'written by zhnum run; the folder is replaced as a whole by the next run into it\n';
const LISTED = 'files:\n';

/**
 * What in `dir` zhnum did not write (top-level names), [] where it holds only an output set: nothing, the files its
 * marker lists, or (a marker listing none, or runs before the marker: results.json alone) the set's usual files and
 * folders of them. A file a user put into an earlier output folder is named here, so that replacing the folder never
 * deletes it unasked (a review: deleted without a word).
 */
function foreignEntries(dir: string): string[] {
  const entries = readdirSync(dir);
  let listed: Set<string> | null = null;
  try {
    const m = readFileSync(join(dir, MARKER), 'utf8');
    const at = m.indexOf(LISTED);
    if (at >= 0) listed = new Set(m.slice(at + LISTED.length).split('\n').filter((l) => l !== ''));
  } catch { /* no marker, or an unreadable one: the usual files decide */ }
  const ours = (rel: string): boolean => {
    let st;
    try { st = statSync(join(dir, rel)); } catch { return false; }
    if (!st.isDirectory()) return rel === MARKER || (listed ? listed.has(rel) : SET_FILES.has(basename(rel)));
    let inner: string[];
    try { inner = readdirSync(join(dir, rel)); } catch { return false; }
    if (inner.length === 0 || (!listed && !inner.includes('results.json'))) return false;
    return inner.every((f) => ours(join(rel, f)));
  };
  return entries.filter((e) => !ours(e));
}

/**
 * `run --out DIR`: checked before the run starts (so that a bad place fails
 * in a second, not after an hour of extraction), filled in a new hidden folder
 * next to DIR, then renamed into place. A kill before the rename leaves DIR as
 * it was; two runs into one DIR leave one run's files, never a mix.
 */
export class OutputSet {
  /** The files written so far, relative to DIR. */
  private readonly files = new Set<string>();
  private constructor(readonly dir: string, private readonly tmp: string) {}

  /** Check that DIR can be (re)placed and make the folder the files go to first. */
  static prepare(dirArg: string, what = '--out'): OutputSet {
    const dir = resolve(dirArg);
    const parent = dirname(dir);
    let st;
    try { st = statSync(dir); } catch { st = null; }
    if (st && !st.isDirectory()) throw new OutputSetError(`${what} ${dirArg}: is a file, not a folder; name a folder (it is created, or replaced as a whole)`);
    const foreign = st ? foreignEntries(dir) : [];
    if (foreign.length > 0) {
      const names = foreign.slice(0, 3).map((e) => JSON.stringify(e)).join(', ') + (foreign.length > 3 ? ` and ${foreign.length - 3} more` : '');
      throw new OutputSetError(`${what} ${dirArg}: the folder holds files zhnum did not write (${names}), which replacing it would delete; move them, or name a new or empty folder, or a previous output folder`);
    }
    let pst;
    try { pst = statSync(parent); } catch { pst = null; }
    if (!pst) throw new OutputSetError(`${what} ${dirArg}: the folder it goes in, ${parent}, does not exist; create it first`);
    if (!pst.isDirectory()) throw new OutputSetError(`${what} ${dirArg}: ${parent} is not a folder`);
    let tmp: string;
    try {
      tmp = mkdtempSync(join(parent, `.${basename(dir)}.tmp-`));
    } catch (e) {
      throw new OutputSetError(`${what} ${dirArg}: cannot create a folder in ${parent} (${errText(e)}); choose a place you can write to`);
    }
    const set = new OutputSet(dir, tmp);
    try { set.write(MARKER, MARKER_TEXT); } catch (e) { set.abort(); throw e; }
    return set;
  }

  /** Write one file of the set (a path relative to DIR), to the end and to the disk. */
  write(rel: string, data: string | Uint8Array): void {
    if (rel !== MARKER) this.files.add(join(rel));
    const file = join(this.tmp, rel);
    try {
      mkdirSync(dirname(file), { recursive: true });
      const fd = openSync(file, 'w');
      try {
        const buf = typeof data === 'string' ? Buffer.from(data) : data;
        let off = 0;
        while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw new OutputSetError(`cannot write ${join(this.dir, rel)} (${errText(e)}); nothing was changed in ${this.dir}`);
    }
  }

  /** Put the set in place of DIR. */
  commit(): void {
    // the marker lists the set's files: what else a later run finds there is a user's, and is never deleted
    this.write(MARKER, `${MARKER_TEXT}${LISTED}${[...this.files].sort().join('\n')}\n`);
    const foreign = existsSync(this.dir) ? foreignEntries(this.dir) : [];
    if (foreign.length > 0) {
      this.abort();
      throw new OutputSetError(`${shownPath(this.dir)}: files zhnum did not write were put there during the run (${foreign.slice(0, 3).map((e) => JSON.stringify(e)).join(', ')}); nothing was replaced: move them and run again`);
    }
    const olds: string[] = [];
    for (let attempt = 0; ; attempt++) {
      try {
        if (existsSync(this.dir)) { const old = `${this.tmp}.old${attempt}`; renameSync(this.dir, old); olds.push(old); }
        renameSync(this.tmp, this.dir);
        for (const old of olds) rmSync(old, { recursive: true, force: true });
        return;
      } catch (e) {
        // another run renamed DIR in between: try again a few times
        if (attempt < 5 && ['ENOENT', 'ENOTEMPTY', 'EEXIST'].includes((e as NodeJS.ErrnoException).code ?? '')) continue;
        this.abort();
        throw new OutputSetError(`cannot put the results in place at ${this.dir} (${errText(e)})`);
      }
    }
  }

  /** Remove what was written; DIR stays as it was. */
  abort(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }

  /** Where a file of the set will be, for messages. */
  where(rel: string): string {
    return shownPath(join(this.dir, rel));
  }
}
