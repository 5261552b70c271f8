// The checks of a mention list that need no schema library: the plain-object
// test, values, offsets and text, overlaps, and the JSON line. mentions.ts
// adds zod for whatever the plain test does not pass (and for the messages);
// the worker of `zhnum extract` uses this module alone on a well-formed
// answer, so that it never loads zod (see vocab.ts). The definition of a
// valid mention is in mentions.ts.
import { DATE_VALUE_RE, MENTION_KEYS, MENTION_TYPES, QUALIFIERS } from '../vocab.js';
import { clip, type CodePoints } from '../text/codepoints.js';
import type { Mention } from '../types.js';

export interface MentionProblem {
  /** position of the offending item in the input list */
  index: number;
  code: 'schema' | 'value-kind' | 'date-format' | 'offsets' | 'text-mismatch' | 'overlap' | 'gold-rule';
  path?: string;
  message: string;
  /** for overlaps: the index of the mention it overlaps */
  other?: number;
}

function describeValueKind(v: unknown): string {
  return typeof v === 'string' ? `string "${clip(v)}"` : typeof v === 'number' ? `number ${v}` : clip(String(JSON.stringify(v)));
}

const TYPE_SET: ReadonlySet<unknown> = new Set(MENTION_TYPES);
const QUALIFIER_SET: ReadonlySet<unknown> = new Set(QUALIFIERS);
const KEYS: ReadonlySet<string> = new Set(MENTION_KEYS);
// The common words first, compared as (internalized) strings: a Set lookup per
// key of every mention was 2% of a worker's time. The Sets stay the definition.
const isKey = (k: string) => k === 'start' || k === 'end' || k === 'text' || k === 'type' || k === 'value' || k === 'unit' || k === 'qualifier' || k === 'rule' || KEYS.has(k);
const isType = (t: unknown) => t === 'COUNT' || t === 'MONEY' || t === 'PERCENT' || TYPE_SET.has(t);
const isQualifier = (q: unknown) => q === 'exact' || QUALIFIER_SET.has(q);
const isValue = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length > 0);

/**
 * True only for a plain object that `MentionSchema` certainly accepts as it
 * is. Checking every mention of a large stream with zod costs as much as
 * extracting it; whatever this does not pass goes through zod, which gives
 * the messages. It must never pass what zod refuses (a test compares them).
 */
export function plainValidMention(o: unknown): o is Mention {
  if (typeof o !== 'object' || o === null || Object.getPrototypeOf(o) !== Object.prototype) return false;
  const m = o as Record<string, unknown>;
  for (const k in m) if (!isKey(k)) return false;
  return Number.isSafeInteger(m.start) && (m.start as number) >= 0
    && Number.isSafeInteger(m.end) && (m.end as number) > 0
    && typeof m.text === 'string' && m.text.length > 0
    && isType(m.type) && isValue(m.value)
    && (m.valueMax === undefined || isValue(m.valueMax))
    && (m.unit === null || (typeof m.unit === 'string' && m.unit.length > 0))
    && isQualifier(m.qualifier)
    && (m.optional === undefined || typeof m.optional === 'boolean')
    && (m.intended === undefined || isValue(m.intended))
    && (m.note === undefined || typeof m.note === 'string')
    && (m.rule === undefined || typeof m.rule === 'string');
}

const VALUE_KEYS = ['value', 'valueMax', 'intended'] as const;

/** The checks after the schema: the kind of each value for the type, the date forms, the span inside the text and the text there. */
export function checkMentionAgainstText(m: Mention, cp: CodePoints, index: number): MentionProblem[] {
  const problems: MentionProblem[] = [];
  const wantString = m.type === 'DATE';
  for (let k = 0; k < VALUE_KEYS.length; k++) {
    const key = VALUE_KEYS[k];
    // named loads: m[key] was a megamorphic keyed load on every mention
    const v = k === 0 ? m.value : k === 1 ? m.valueMax : m.intended;
    if (v === undefined) continue;
    if (wantString && typeof v !== 'string') {
      problems.push({ index, code: 'value-kind', path: key, message: `${key} of a DATE must be an ISO 8601 string, got ${describeValueKind(v)}` });
    } else if (!wantString && typeof v !== 'number') {
      problems.push({ index, code: 'value-kind', path: key, message: `${key} of a ${m.type} must be a number, got ${describeValueKind(v)}` });
    } else if (wantString && !DATE_VALUE_RE.test(v as string)) {
      problems.push({ index, code: 'date-format', path: key, message: `${key} "${clip(v as string)}" is not a date of the forms 2024, 2024-01, 2024-01-18, --04-29, --04, 2024-Q1, H1 or a/b` });
    }
  }
  if (m.end <= m.start) {
    // (a one-character span with an inclusive end has end = start)
    problems.push({ index, code: 'offsets', message: `end ${m.end} is not after start ${m.start}${m.end === m.start ? offsetsHint(m, cp) : ''}` });
  } else if (m.end > cp.length) {
    problems.push({ index, code: 'offsets', message: `span [${m.start}, ${m.end}) is outside the document (${cp.length} code points)${offsetsHint(m, cp)}` });
  } else if (!cp.textIs(m.start, m.end, m.text)) {
    const actual = cp.slice(m.start, m.end);
    problems.push({ index, code: 'text-mismatch', message: `stored text ${clip(JSON.stringify(m.text))} differs from the document at [${m.start}, ${m.end}): ${clip(JSON.stringify(actual))}${offsetsHint(m, cp)}` });
  }
  return problems;
}

/**
 * The task's rules a gold record must keep beyond its form (docs/task.md §3, §4): a DATE's unit is null, a date's month
 * and day exist (2024-02-30 does not), a range's upper end is not below its value. Checked on the gold only (validate
 * and every load of a dataset): a prediction that breaks them is only wrong, and scores so. Found by a review: a gold
 * typo that moves the value scheme's scores passed as valid.
 */
export function goldRuleProblems(m: Mention, index: number): MentionProblem[] {
  const problems: MentionProblem[] = [];
  if (m.type === 'DATE' && m.unit !== null) problems.push({ index, code: 'gold-rule', path: 'unit', message: `a DATE's unit is always null (docs/task.md), got ${clip(JSON.stringify(m.unit))}: set "unit": null` });
  for (const key of ['value', 'valueMax'] as const) {
    const v = m[key];
    if (typeof v === 'string') {
      const bad = v.split('/').find((part) => !dateExists(part));
      if (bad !== undefined) problems.push({ index, code: 'gold-rule', path: key, message: `${key} "${clip(v)}": ${clip(bad)} is no date of the calendar (a month 01–12, a day the month has)` });
    }
  }
  if (typeof m.value === 'number' && typeof m.valueMax === 'number' && m.valueMax < m.value) {
    problems.push({ index, code: 'gold-rule', path: 'valueMax', message: `valueMax ${m.valueMax} is below value ${m.value}: a range runs upward (GUIDELINES D-11); swap them, or drop valueMax` });
  }
  return problems;
}

/** Whether a date form (2024, 2024-02, 2024-02-29, --02-29, --04, 2024-Q1, H1) names months and days the calendar has. */
function dateExists(part: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(part);
  if (!m) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  // (no year: 29 February may be meant)
  const days = month === 2 ? (m[1] === '-' ? 29 : (Number(m[1]) % 4 === 0 && (Number(m[1]) % 100 !== 0 || Number(m[1]) % 400 === 0) ? 29 : 28)) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day >= 1 && day <= days;
}

/**
 * A document's UTF-8 byte offsets as code-point offsets (-1 inside a
 * character), made once for the hints of all its mentions: an extractor
 * that counts bytes gets every mention of a long document wrong.
 */
const byteToCp = new WeakMap<CodePoints, Int32Array>();

function bytesToCodePoints(cp: CodePoints): Int32Array {
  let map = byteToCp.get(cp);
  if (map) return map;
  const t = cp.text;
  map = new Int32Array(Buffer.byteLength(t, 'utf8') + 1).fill(-1);
  let b = 0, k = 0;
  for (let i = 0; i < t.length; i++, k++) {
    map[b] = k;
    const c = t.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { b += 4; i++; }
    // (a lone surrogate is written as U+FFFD, three bytes)
    else b += 3;
  }
  map[b] = k;
  byteToCp.set(cp, map);
  return map;
}

/**
 * Why a span does not hold its text, where the reason is one of the common
 * ones: offsets counted in UTF-16 units (JavaScript, Java and C# string
 * indices) or in UTF-8 bytes (Rust, Go, Python bytes), or an end that
 * includes the last character (Recognizers-Text's); "" where none fits.
 * Each hint's offsets are checked to hold the text.
 */
function offsetsHint(m: Mention, cp: CodePoints): string {
  const { start, end, text } = m;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || text.length === 0) return '';
  const holds = (a: number, b: number) => a >= 0 && b > a && b <= cp.length && cp.textIs(a, b, text);
  const t = cp.text;
  if (end <= t.length && t.startsWith(text, start) && end - start === text.length) {
    const a = cp.toCp(start), b = cp.toCp(end);
    if (holds(a, b)) return `; the text is there counting UTF-16 units (JavaScript, Java and C# string indices): offsets count code points, here [${a}, ${b})`;
  }
  const map = bytesToCodePoints(cp);
  if (end < map.length && holds(map[start], map[end])) return `; the text is there counting UTF-8 bytes (Rust, Go, Python bytes): offsets count code points, here [${map[start]}, ${map[end]})`;
  if (holds(start, end + 1)) return `; the end looks inclusive: offsets are half-open, [start, end) with end after the last character: here [${start}, ${end + 1})`;
  return '';
}

/**
 * Pairs of overlapping mentions in a list: for each mention (in start order)
 * that starts before the end of the furthest-reaching earlier one, its index
 * and that earlier one's index. Returns the order by start as well.
 */
export function findOverlaps(ms: readonly Mention[]): { order: number[]; overlaps: { index: number; other: number }[] } {
  const order = ms.map((_, i) => i);
  // answers mostly come in order: a sort (stable) would leave them as they are, at n log n comparisons
  let sorted = true;
  for (let i = 1; i < ms.length && sorted; i++) sorted = ms[i - 1].start < ms[i].start || (ms[i - 1].start === ms[i].start && ms[i - 1].end <= ms[i].end);
  if (!sorted) order.sort((a, b) => ms[a].start - ms[b].start || ms[a].end - ms[b].end);
  const overlaps: { index: number; other: number }[] = [];
  // top: the earlier mention reaching furthest (comparing with the last one that
  // overlapped nothing missed 1–2 after 0–1 and 0–2)
  let top = -1;
  for (const i of order) {
    if (top >= 0 && ms[i].start < ms[top].end) overlaps.push({ index: i, other: top });
    if (top < 0 || ms[i].end > ms[top].end) top = i;
  }
  return { order, overlaps };
}

/**
 * Mentions never overlap and are at least one code point long, so a list
 * longer than the text is wrong whatever it holds; refusing it early keeps a
 * runaway extractor from costing a check per item.
 */
const MAX_MENTIONS_PER_CHAR = 1;

/** What is wrong with an answer as a whole (not an array, too long), or null. */
export function answerProblem(raw: unknown, cp: CodePoints): MentionProblem | null {
  if (!Array.isArray(raw)) return { index: -1, code: 'schema', message: `returned ${raw === null ? 'null' : typeof raw}, not an array of mentions` };
  if (raw.length > MAX_MENTIONS_PER_CHAR * cp.length + 16) return { index: -1, code: 'schema', message: `returned ${raw.length} mentions for ${cp.length} code points: more than mentions could fit without overlapping` };
  return null;
}

/** The mentions that passed (with their positions in the answer) sorted by start; every mention that overlaps another dropped, the overlaps reported in `problems`. */
export function dropOverlaps(ok: Mention[], okIndex: number[], problems: MentionProblem[]): Mention[] {
  const { order, overlaps } = findOverlaps(ok);
  // every mention of an overlap goes, not only the later one: which of two is
  // meant is not the scorer's to guess, and keeping the first in the answer
  // made a score depend on the order of its lines (two values for one span)
  const dropped = new Set<number>();
  for (const o of overlaps) {
    dropped.add(o.index);
    dropped.add(o.other);
    const a = ok[o.index], b = ok[o.other];
    problems.push({ index: okIndex[o.index], other: okIndex[o.other], code: 'overlap', message: `mention ${clip(JSON.stringify(a.text))} [${a.start}, ${a.end}) overlaps mention ${okIndex[o.other]} ${clip(JSON.stringify(b.text))} [${b.start}, ${b.end})` });
  }
  if (overlaps.length === 0 && order.every((i, k) => i === k)) return ok; // in order, none dropped: the common answer
  return order.filter((i) => !dropped.has(i)).map((i) => ok[i]);
}

/**
 * `checkMentions` (mentions.ts) for an answer whose every item passes
 * `plainValidMention`, the same result without zod; null for any other
 * answer (the caller then runs the full check).
 */
export function checkPlainMentions(raw: unknown, cp: CodePoints): { mentions: Mention[]; problems: MentionProblem[] } | null {
  if (answerProblem(raw, cp)) return null;
  const list = raw as unknown[];
  for (let i = 0; i < list.length; i++) if (!plainValidMention(list[i])) return null;
  const problems: MentionProblem[] = [];
  const ok: Mention[] = [];
  const okIndex: number[] = [];
  list.forEach((m, i) => {
    const p = checkMentionAgainstText(m as Mention, cp, i);
    if (p.length) problems.push(...p);
    else { ok.push(m as Mention); okIndex.push(i); }
  });
  return { mentions: dropOverlaps(ok, okIndex, problems), problems };
}

/** A mention as one JSON line of `zhnum extract`: `doc` first, then the fields in the schema's order. */
export function mentionLine(docJson: string, m: Mention, shift = 0): string {
  let s = `{"doc":${docJson},"start":${m.start + shift},"end":${m.end + shift},"text":${JSON.stringify(m.text)},"type":"${m.type}","value":${JSON.stringify(m.value)}`;
  if (m.valueMax !== undefined) s += `,"valueMax":${JSON.stringify(m.valueMax)}`;
  s += `,"unit":${JSON.stringify(m.unit)},"qualifier":"${m.qualifier}"`;
  if (m.optional !== undefined) s += `,"optional":${m.optional}`;
  if (m.intended !== undefined) s += `,"intended":${JSON.stringify(m.intended)}`;
  if (m.note !== undefined) s += `,"note":${JSON.stringify(m.note)}`;
  return s + '}\n';
}

/**
 * `mentionLine` written straight into UTF-8 bytes at `b[p]`, without the
 * string: the same bytes as `Buffer.from(mentionLine(...))` (a property test
 * holds them equal), at a fraction of the cost (making one string per mention
 * and encoding it was a fifth of a worker's time). `docJson` is the UTF-8 of
 * `JSON.stringify(doc)`. The caller leaves `mentionLineBound(m, docJson)`
 * bytes free. Returns the position after the line.
 */
export function writeMentionLine(b: Buffer, p: number, docJson: Uint8Array, m: Mention, shift = 0): number {
  p = kDoc(b, p);
  p = put(b, p, docJson);
  p = kStart(b, p);
  p = jsonNumber(b, p, m.start + shift);
  p = kEnd(b, p);
  p = jsonNumber(b, p, m.end + shift);
  p = kText(b, p);
  p = jsonString(b, p, m.text);
  p = kType(b, p);
  p = ascii(b, p, m.type);
  p = kValue(b, p);
  p = jsonValue(b, p, m.value);
  if (m.valueMax !== undefined) { p = kValueMax(b, p); p = jsonValue(b, p, m.valueMax); }
  p = kUnit(b, p);
  p = m.unit === null ? kNull(b, p) : jsonString(b, p, m.unit);
  p = kQualifier(b, p);
  p = ascii(b, p, m.qualifier);
  b[p++] = 0x22;
  if (m.optional !== undefined) { p = kOptional(b, p); p = ascii(b, p, String(m.optional)); }
  if (m.intended !== undefined) { p = kIntended(b, p); p = jsonValue(b, p, m.intended); }
  if (m.note !== undefined) { p = kNote(b, p); p = jsonString(b, p, m.note); }
  b[p++] = 0x7d; // }
  b[p++] = 0x0a;
  return p;
}

// The field names, written byte by byte with the bytes in the code: a loop
// over each name's bytes was two fifths of the writer's time. Each writes
// the text in its comment (the property test compares whole lines).
/** `{"doc":` */ const kDoc = (b: Buffer, p: number) => { b[p] = 0x7b; b[p + 1] = 0x22; b[p + 2] = 0x64; b[p + 3] = 0x6f; b[p + 4] = 0x63; b[p + 5] = 0x22; b[p + 6] = 0x3a; return p + 7; };
/** `,"start":` */ const kStart = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x73; b[p + 3] = 0x74; b[p + 4] = 0x61; b[p + 5] = 0x72; b[p + 6] = 0x74; b[p + 7] = 0x22; b[p + 8] = 0x3a; return p + 9; };
/** `,"end":` */ const kEnd = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x65; b[p + 3] = 0x6e; b[p + 4] = 0x64; b[p + 5] = 0x22; b[p + 6] = 0x3a; return p + 7; };
/** `,"text":` */ const kText = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x74; b[p + 3] = 0x65; b[p + 4] = 0x78; b[p + 5] = 0x74; b[p + 6] = 0x22; b[p + 7] = 0x3a; return p + 8; };
/** `,"type":"` */ const kType = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x74; b[p + 3] = 0x79; b[p + 4] = 0x70; b[p + 5] = 0x65; b[p + 6] = 0x22; b[p + 7] = 0x3a; b[p + 8] = 0x22; return p + 9; };
/** `","value":` */ const kValue = (b: Buffer, p: number) => { b[p] = 0x22; b[p + 1] = 0x2c; b[p + 2] = 0x22; b[p + 3] = 0x76; b[p + 4] = 0x61; b[p + 5] = 0x6c; b[p + 6] = 0x75; b[p + 7] = 0x65; b[p + 8] = 0x22; b[p + 9] = 0x3a; return p + 10; };
/** `,"valueMax":` */ const kValueMax = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x76; b[p + 3] = 0x61; b[p + 4] = 0x6c; b[p + 5] = 0x75; b[p + 6] = 0x65; b[p + 7] = 0x4d; b[p + 8] = 0x61; b[p + 9] = 0x78; b[p + 10] = 0x22; b[p + 11] = 0x3a; return p + 12; };
/** `,"unit":` */ const kUnit = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x75; b[p + 3] = 0x6e; b[p + 4] = 0x69; b[p + 5] = 0x74; b[p + 6] = 0x22; b[p + 7] = 0x3a; return p + 8; };
/** `null` */ const kNull = (b: Buffer, p: number) => { b[p] = 0x6e; b[p + 1] = 0x75; b[p + 2] = 0x6c; b[p + 3] = 0x6c; return p + 4; };
/** `,"qualifier":"` */ const kQualifier = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x71; b[p + 3] = 0x75; b[p + 4] = 0x61; b[p + 5] = 0x6c; b[p + 6] = 0x69; b[p + 7] = 0x66; b[p + 8] = 0x69; b[p + 9] = 0x65; b[p + 10] = 0x72; b[p + 11] = 0x22; b[p + 12] = 0x3a; b[p + 13] = 0x22; return p + 14; };
/** `,"optional":` */ const kOptional = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x6f; b[p + 3] = 0x70; b[p + 4] = 0x74; b[p + 5] = 0x69; b[p + 6] = 0x6f; b[p + 7] = 0x6e; b[p + 8] = 0x61; b[p + 9] = 0x6c; b[p + 10] = 0x22; b[p + 11] = 0x3a; return p + 12; };
/** `,"intended":` */ const kIntended = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x69; b[p + 3] = 0x6e; b[p + 4] = 0x74; b[p + 5] = 0x65; b[p + 6] = 0x6e; b[p + 7] = 0x64; b[p + 8] = 0x65; b[p + 9] = 0x64; b[p + 10] = 0x22; b[p + 11] = 0x3a; return p + 12; };
/** `,"note":` */ const kNote = (b: Buffer, p: number) => { b[p] = 0x2c; b[p + 1] = 0x22; b[p + 2] = 0x6e; b[p + 3] = 0x6f; b[p + 4] = 0x74; b[p + 5] = 0x65; b[p + 6] = 0x22; b[p + 7] = 0x3a; return p + 8; };

function put(b: Buffer, p: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) b[p++] = bytes[i];
  return p;
}

// "00" to "99", for two digits a division
const TWO_DIGITS = Uint8Array.from({ length: 200 }, (_, i) => 0x30 + ((i & 1) === 0 ? Math.floor(i / 20) : (i >> 1) % 10));

/**
 * A number as JSON.stringify writes it: integers below 2^31 two digits a
 * division (int32 arithmetic: `%` on a double is a call; the length by
 * comparisons, not by dividing twice), others by JSON.stringify.
 */
function jsonNumber(b: Buffer, p: number, n: number): number {
  if (!(n >= 0 && n <= 0x7fffffff && Number.isInteger(n))) return ascii(b, p, JSON.stringify(n));
  let x = n | 0;
  const digits = x < 1e5 ? (x < 100 ? (x < 10 ? 1 : 2) : x < 1e3 ? 3 : x < 1e4 ? 4 : 5) : x < 1e7 ? (x < 1e6 ? 6 : 7) : x < 1e8 ? 8 : x < 1e9 ? 9 : 10;
  let k = p + digits;
  while (x >= 100) {
    const q = (x / 100) | 0, r = 2 * (x - 100 * q);
    b[--k] = TWO_DIGITS[r + 1];
    b[--k] = TWO_DIGITS[r];
    x = q;
  }
  if (x >= 10) { b[--k] = TWO_DIGITS[2 * x + 1]; b[--k] = TWO_DIGITS[2 * x]; } else b[--k] = 0x30 + x;
  return p + digits;
}

/**
 * Bytes enough for `writeMentionLine`: the field names and enum words (under
 * 200 bytes), five numbers of at most 25 characters each, six pairs of
 * quotes, and each UTF-16 unit of a string at most 6 bytes (\uXXXX).
 */
export function mentionLineBound(m: Mention, docJson: Uint8Array): number {
  const units = m.text.length + (m.unit?.length ?? 0) + (m.note?.length ?? 0) + stringLength(m.value) + stringLength(m.valueMax) + stringLength(m.intended);
  return 512 + docJson.length + 6 * units;
}

const stringLength = (v: unknown) => (typeof v === 'string' ? v.length : 0);

/** Characters known to be ASCII (field names, enum words, numbers). */
function ascii(b: Buffer, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
  return p;
}

function jsonValue(b: Buffer, p: number, v: number | string): number {
  return typeof v === 'string' ? jsonString(b, p, v) : jsonNumber(b, p, v);
}

// The strings written here come in every representation V8 has (a slice of
// the text, a copy, an interned word, a joined one...), each with its own
// map: `s.length` and `s.charCodeAt` read each character through a
// megamorphic lookup (a generic load and call a character: 2.5% of a
// worker's time). Called through the function itself, charCodeAt is
// compiled inline behind one check that `s` is a string.
const charCodeAt = String.prototype.charCodeAt;

/** JSON.stringify(s) as UTF-8; what needs escaping (quotes, controls, surrogates) is left to JSON.stringify itself. */
function jsonString(b: Buffer, p: number, s: string): number {
  const start = p;
  b[p++] = 0x22;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = charCodeAt.call(s, i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return start + b.write(JSON.stringify(s), start);
      b[p++] = c;
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      return start + b.write(JSON.stringify(s), start);
    } else {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    }
  }
  b[p++] = 0x22;
  return p;
}

/**
 * One line for the first of several problems: "N invalid mention(s) dropped;
 * first: mention 3: …". N counts the mentions dropped, not the problems: both
 * mentions of an overlap go (dropOverlaps), and one mention may overlap two.
 */
export function summarizeProblems(problems: MentionProblem[]): string {
  const first = problems[0];
  // the answer as a whole (not an array, too long): no mention was dropped, the answer was
  if (first.index < 0 && problems.length === 1) return `the answer was dropped: it ${first.message}`;
  const where = first.index >= 0 ? `mention ${first.index}: ` : '';
  const dropped = new Set<number>();
  for (const p of problems) {
    if (p.index >= 0) dropped.add(p.index);
    if (p.other !== undefined) dropped.add(p.other);
  }
  return `${dropped.size || problems.length} invalid mention(s) dropped; first: ${where}${first.message}`;
}
