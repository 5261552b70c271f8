// The one definition of a valid mention list, used by dataset loading (gold),
// the harness and streaming (predictions) and the extractor contract test.
//
// A mention is valid when it passes `MentionSchema` (shape, types, qualifier),
// its values have the kind its type needs (a DATE an ISO-like string, every
// other type a finite number), its span [start, end) lies inside the text in
// code points, and its stored text equals the text there. A list is valid when
// no two mentions overlap (spec §7: gold spans never overlap; an extractor's
// answer is held to the same rule, so that one-to-one matching is well
// defined). Gold with an overlap is a data problem; in a prediction list the
// later of two overlapping mentions (in start order) is dropped and reported.
import { DATE_VALUE_RE, MENTION_TYPES, MentionSchema, QUALIFIERS, type Mention } from '../types.js';
import { clip, type CodePoints } from '../text/codepoints.js';

export interface MentionProblem {
  /** position of the offending item in the input list */
  index: number;
  code: 'schema' | 'value-kind' | 'date-format' | 'offsets' | 'text-mismatch' | 'overlap';
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
const KEYS: ReadonlySet<string> = new Set(Object.keys(MentionSchema.shape));
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
  for (const k in m) if (!KEYS.has(k)) return false;
  return Number.isSafeInteger(m.start) && (m.start as number) >= 0
    && Number.isSafeInteger(m.end) && (m.end as number) > 0
    && typeof m.text === 'string' && m.text.length > 0
    && TYPE_SET.has(m.type) && isValue(m.value)
    && (m.valueMax === undefined || isValue(m.valueMax))
    && (m.unit === null || (typeof m.unit === 'string' && m.unit.length > 0))
    && QUALIFIER_SET.has(m.qualifier)
    && (m.optional === undefined || typeof m.optional === 'boolean')
    && (m.intended === undefined || isValue(m.intended))
    && (m.note === undefined || typeof m.note === 'string');
}

/** Check one mention-like object against the text; returns the mention or its problems. */
export function checkMention(obj: unknown, cp: CodePoints, index = 0): { mention: Mention | null; problems: MentionProblem[] } {
  const problems: MentionProblem[] = [];
  let m: Mention;
  if (plainValidMention(obj)) m = obj;
  else {
    const parsed = MentionSchema.safeParse(obj);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const got = path ? (obj as Record<string, unknown>)[issue.path[0] as string] : obj;
        let message = issue.message;
        if (path === 'type') message = `unknown type ${clip(String(JSON.stringify(got)))} (expected one of ${MENTION_TYPES.join(', ')})`;
        else if (path === 'qualifier') message = `unknown qualifier ${clip(String(JSON.stringify(got)))} (expected one of ${QUALIFIERS.join(', ')})`;
        else if (issue.code === 'unrecognized_keys') message = `unknown key(s): ${clip(issue.keys.join(', '))}`;
        else if (path === '') message = `expected a JSON object, got ${clip(String(JSON.stringify(obj)), 40)}`;
        else message = `${path}: ${clip(issue.message)}`;
        problems.push({ index, code: 'schema', path: path || undefined, message });
      }
      return { mention: null, problems };
    }
    m = parsed.data;
  }
  const wantString = m.type === 'DATE';
  for (const key of ['value', 'valueMax', 'intended'] as const) {
    const v = m[key];
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
    problems.push({ index, code: 'offsets', message: `end ${m.end} is not after start ${m.start}` });
  } else if (m.end > cp.length) {
    problems.push({ index, code: 'offsets', message: `span [${m.start}, ${m.end}) is outside the document (${cp.length} code points)` });
  } else {
    const actual = cp.slice(m.start, m.end);
    if (actual !== m.text) problems.push({ index, code: 'text-mismatch', message: `stored text ${clip(JSON.stringify(m.text))} differs from the document at [${m.start}, ${m.end}): ${clip(JSON.stringify(actual))}` });
  }
  return { mention: problems.length ? null : m, problems };
}

/**
 * Pairs of overlapping mentions in a list: for each mention (in start order)
 * that starts before the end of the furthest-reaching earlier one, its index
 * and that earlier one's index. Returns the order by start as well.
 */
export function findOverlaps(ms: readonly Mention[]): { order: number[]; overlaps: { index: number; other: number }[] } {
  const order = ms.map((_, i) => i).sort((a, b) => ms[a].start - ms[b].start || ms[a].end - ms[b].end);
  const overlaps: { index: number; other: number }[] = [];
  let prev = -1;
  for (const i of order) {
    if (prev >= 0 && ms[i].start < ms[prev].end) overlaps.push({ index: i, other: prev });
    else prev = i;
  }
  return { order, overlaps };
}

/**
 * Keep the valid mentions of a list (an extractor's answer), sorted by start,
 * dropping overlapping ones; every dropped item is reported.
 */
export function checkMentions(raw: unknown, cp: CodePoints): { mentions: Mention[]; problems: MentionProblem[] } {
  if (!Array.isArray(raw)) return { mentions: [], problems: [{ index: -1, code: 'schema', message: `returned ${raw === null ? 'null' : typeof raw}, not an array of mentions` }] };
  if (raw.length > MAX_MENTIONS_PER_CHAR * cp.length + 16) return { mentions: [], problems: [{ index: -1, code: 'schema', message: `returned ${raw.length} mentions for ${cp.length} code points: more than mentions could fit without overlapping` }] };
  const problems: MentionProblem[] = [];
  const ok: Mention[] = [];
  const okIndex: number[] = [];
  raw.forEach((x, i) => {
    const r = checkMention(x, cp, i);
    problems.push(...r.problems);
    if (r.mention) { ok.push(r.mention); okIndex.push(i); }
  });
  const { order, overlaps } = findOverlaps(ok);
  const dropped = new Set(overlaps.map((o) => o.index));
  for (const o of overlaps) {
    const a = ok[o.index], b = ok[o.other];
    problems.push({ index: okIndex[o.index], other: okIndex[o.other], code: 'overlap', message: `mention ${clip(JSON.stringify(a.text))} [${a.start}, ${a.end}) overlaps mention ${okIndex[o.other]} ${clip(JSON.stringify(b.text))} [${b.start}, ${b.end})` });
  }
  return { mentions: order.filter((i) => !dropped.has(i)).map((i) => ok[i]), problems };
}

/**
 * Mentions never overlap and are at least one code point long, so a list
 * longer than the text is wrong whatever it holds; refusing it early keeps a
 * runaway extractor from costing a check per item.
 */
const MAX_MENTIONS_PER_CHAR = 1;

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

/** One line for the first of several problems: "N invalid mention(s) dropped; first: mention 3: …". */
export function summarizeProblems(problems: MentionProblem[]): string {
  const first = problems[0];
  const where = first.index >= 0 ? `mention ${first.index}: ` : '';
  return `${problems.length} invalid mention(s) dropped; first: ${where}${first.message}`;
}
