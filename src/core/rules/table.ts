// Tables flattened one cell per line (statistical communiqués, D-45):
//
//   表2  2025年主要农产品产量        ← title: 表N
//   产品名称                          ← header cells, up to the last one with a unit in brackets
//   产量(万吨)
//   比上年增长(%)
//   粮食                              ← a row: its label,
//   50.49                             ← then one number per value column
//   1.1
//
// Every number cell becomes a mention typed by its column: `产量(万吨)` makes
// 50.49 QUANTITY 504900 吨, `比上年增长(%)` makes -0.4 PERCENT -0.4. A
// `单位` column puts the unit in each row (`万吨`) for the columns without
// one. A line `单位：亿元` under the title (budget reports) gives its unit to
// every column whose name states none (`预算数`, `执行数`; `为预算%` is a
// percentage), and the header then ends before the first row's label; a
// column named for a rate or a change without its unit (`增长`, `完成率`)
// makes the table unread. Header and unit cells are not mentions. A row
// whose number of cells differs from the number of value columns gives
// nothing (no guessed column).
//
// This pass reads the raw lines, because normalization joins them; it
// returns what it decided by normalized position, and the `table.cell` step
// applies it.
import { CLASS, Cls, CN_SCALE, codeAt, codeIs, FOLD } from '../../text/chars.js';
import { unitAt } from '../lexicon.js';
import { scaleEndsHere } from '../numbers.js';
import type { Normalized } from '../normalize.js';
import { isHanUnit } from '../normalize-tables.js';
import type { MentionType } from '../../types.js';
import { lastNonSpace, type Ctx, type Step } from './context.js';
import { SENTENCE_STOPS } from './data/words.js';
import { AMOUNT_HEADS, COLUMN_NUMBER_LABELS, CONTINUATION_HEADS, COUNT_HEAD_ENDS, COUNT_HEADS, INDEX_HEADERS, isComparisonStem, LATER_LABEL_COLUMNS, RATE_HEADS, ROW_NUMBER_COLUMNS, UNIT_COLUMN } from './data/table.js';

/** What a column makes of its cells. */
interface ColumnUnit { type: MentionType; unit: string | null; exp: number }

/** A decided cell, by normalized position of its numeral. */
export interface TableCell { start: number; signStart: number; type: MentionType; unit: string | null; exp: number }

export interface Tables {
  /** normalized numeral start → the cell it is */
  cells: Map<number, TableCell>;
  /** normalized ranges [start, end) of header and unit cells: no mention there */
  quiet: number[];
}

const EMPTY: Tables = { cells: new Map(), quiet: [] };

/** A raw line: `text` its Han characters folded (hanFolded), `raw` as written, both from `start` to `end` of the raw text. */
interface Line { text: string; raw: string; start: number; end: number }

/** Find the flattened tables of a raw block. Cheap when there are none: normalize lists the few places a title can be. */
export function findTables(norm: Normalized): Tables {
  const raw = norm.raw;
  let out: Tables = EMPTY;
  let from = 0; // tables do not overlap: the next title is looked for after the last table
  for (const k of norm.titles) {
    if (k < from || !titleAt(raw, k)) continue;
    if (out === EMPTY) out = { cells: new Map(), quiet: [] };
    // the lines of the table, read from its title on (at most 2000: a table is not a document)
    const lines: Line[] = [];
    for (let s = raw.lastIndexOf('\n', k) + 1, n = 0; s <= raw.length && n < 2000; n++) {
      const e = raw.indexOf('\n', s);
      lines.push(trimmed(raw, s, e < 0 ? raw.length : e));
      if (e < 0) break;
      s = e + 1;
      if (n > 0 && isTableEnd(lines[n].text)) break;
    }
    const last = readTable(lines, 0, norm, out);
    from = lines[last].end;
  }
  return out.cells.size ? out : EMPTY;
}

/** Whether the 表 at k starts a line and a number follows it (表3, 表 3). */
function titleAt(raw: string, k: number): boolean {
  const next = codeIs(raw, k + 1, 0x20) ? codeAt(raw, k + 2) : codeAt(raw, k + 1);
  if (!isAsciiOrWideDigit(next)) return false;
  let b = k - 1;
  while (b >= 0 && (raw.charCodeAt(b) === 0x20 || raw.charCodeAt(b) === 0x3000 || raw.charCodeAt(b) === 0x09)) b--;
  return b < 0 || raw.charCodeAt(b) === 0x0a;
}

/** The line [s, e) without the whitespace around it, its traditional characters read as simplified ones (hanFolded). */
function trimmed(raw: string, s: number, e: number): Line {
  let a = s, b = e;
  while (a < b && CLASS[FOLD[raw.charCodeAt(a)]] === Cls.SPACE) a++;
  while (b > a && CLASS[FOLD[raw.charCodeAt(b - 1)]] === Cls.SPACE) b--;
  const written = raw.slice(a, b);
  return { text: hanFolded(written), raw: written, start: a, end: b };
}

/**
 * The Han characters of a raw line folded as normalize folds them (產量 →
 * 产量, 單位 → 单位: a table in traditional script has the headers the lists
 * know in simplified), one unit for one, so that offsets into the line hold;
 * its punctuation as written (isTableEnd reads ， and ；, which FOLD makes , and ;).
 */
function hanFolded(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isHanUnit(c) || FOLD[c] === c) continue;
    let out = t.slice(0, i);
    for (let k = i; k < t.length; k++) { const d = t.charCodeAt(k); out += String.fromCharCode(isHanUnit(d) ? FOLD[d] : d); }
    return out;
  }
  return t;
}

const isTitle = (t: string) => codeIs(t, 0, 0x8868 /* 表 */) && isAsciiOrWideDigit(codeAt(t, codeIs(t, 1, 0x20) ? 2 : 1));
const isAsciiOrWideDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** Cells that hold a blank's place in a row (no value): —, -, －, …, /. */
const PLACEHOLDERS = new Set(['—', '——', '-', '－', '–', '…', '/', '／']);

/** A number cell: an optional sign, digits with thousands separators, a decimal part. Returns the sign's length, or -1. */
function numberCell(t: string): number {
  if (t.length === 0) return -1; // (FOLD[NaN] would turn this load generic for good: see Ctx.numAt)
  let i = 0;
  const c0 = FOLD[t.charCodeAt(0)];
  if (c0 === 0x2d) i = 1;
  let digits = 0;
  for (; i < t.length; i++) {
    const c = FOLD[t.charCodeAt(i)];
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c !== 0x2c && c !== 0x2e) return -1;
  }
  return digits > 0 ? (c0 === 0x2d ? 1 : 0) : -1;
}

/** A unit with optional scale words before it: 万吨 → QUANTITY 吨 ×10^4, % → PERCENT, 亿元 → MONEY 元 ×10^8. Null if the text is not exactly that. */
export function parseUnit(t: string): ColumnUnit | null {
  let i = 0;
  let exp = 0;
  while (i < t.length && CN_SCALE[t.charCodeAt(i)] && !scaleEndsHere(t, i)) exp += CN_SCALE[t.charCodeAt(i++)];
  if (i === t.length) return null;
  const u = unitAt(t, i);
  if (!u || i + u[1] !== t.length) return null;
  return { type: u[0].type, unit: u[0].unit, exp };
}

/** A header cell with its unit in brackets: 产量(万吨) → ['产量', '万吨']; null without brackets. */
function bracketed(t: string): [string, string] | null {
  const last = t.charCodeAt(t.length - 1);
  // 比上年增长%, 为预算％: a percentage written after the name
  if (last === 0x25 || last === 0xff05) return [t.slice(0, -1).replace(/\s+/g, ''), '%'];
  if (last !== 0x29 && last !== 0xff09) return null;
  const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
  if (open < 0) return null;
  return [t.slice(0, open).replace(/\s+/g, ''), t.slice(open + 1, t.length - 1).trim()];
}

/** Read one table from its title line; returns the index of its last line. */
function readTable(lines: Line[], title: number, norm: Normalized, out: Tables): number {
  // the header: up to the last bracketed cell before the first number cell
  let firstNumber = -1;
  for (let k = title + 1; k < lines.length && k <= title + 40; k++) {
    if (numberCell(lines[k].text) >= 0 || PLACEHOLDERS.has(lines[k].text)) { firstNumber = k; break; }
    if (isTitle(lines[k].text)) return k - 1;
  }
  if (firstNumber < 0) return title;
  // a unit line for the whole table (单位：亿元), as budget reports print it under the title
  let tableUnit: ColumnUnit | null = null;
  let unitLine = -1;
  for (let k = title + 1; k < firstNumber; k++) {
    const u = unitLineOf(lines[k].text, lines[k].raw);
    if (u === undefined) continue;
    if (u === null) return title; // a unit line it cannot read (单位：亿元、%): no guessed column
    tableUnit = u; unitLine = k;
    break;
  }
  let headerEnd = -1;
  for (let k = firstNumber - 1; k > title; k--) if (k !== unitLine && bracketed(lines[k].text)) { headerEnd = k; break; }
  // without a bracketed header, the header ends before the first row's label (one line before its first number)
  if (headerEnd < 0 && tableUnit) headerEnd = firstNumber - 2;
  if (headerEnd < 0 || headerEnd <= unitLine) return title;
  const headerLines = lines.slice(title + 1, headerEnd + 1).filter((_, i) => title + 1 + i !== unitLine);
  const headers = headerLines.map((l) => l.text);
  const columns = columnsOf(headers, tableUnit, headerLines.map((l) => l.raw));
  if (!columns) return title;
  const hasUnitColumn = headers.some((h) => h.replace(/\s+/g, '') === UNIT_COLUMN);
  for (let k = title + 1; k <= headerEnd; k++) if (bracketed(lines[k].text) || k === unitLine) quiet(norm, lines[k], out);

  // the rows: each a label, then its cells (a placeholder — or - holds a blank cell's place)
  type Row = { cells: { line: Line; sign: number }[]; unit: ColumnUnit | null };
  const rows: Row[] = [];
  let rowUnit: ColumnUnit | null = null;
  let cells: { line: Line; sign: number }[] = [];
  let labelled = false;
  const flush = () => {
    if (labelled && cells.length) rows.push({ cells, unit: rowUnit });
    cells = [];
  };
  let k = headerEnd + 1;
  for (; k < lines.length; k++) {
    const t = lines[k].text;
    if (isTableEnd(t)) break;
    // another table without a title: its own unit line, or a header of two cells with units in brackets
    if (unitLineOf(t) !== undefined || (bracketed(t) && k + 1 < lines.length && bracketed(lines[k + 1].text))) break;
    const sign = numberCell(t);
    if (sign >= 0 || PLACEHOLDERS.has(t)) { cells.push({ line: lines[k], sign: sign >= 0 ? sign : -1 }); continue; }
    const u = hasUnitColumn ? cellUnit(t, lines[k].raw) : null;
    if (u) { rowUnit = u; quiet(norm, lines[k], out); continue; }
    // a label starts a new row (栏次 / 1 / 2 / 3 numbers the columns: no data)
    flush();
    // (增长（%）, 人均一般公共预算收入（元）, 财政供养人员（人）, 公务用车保有量 under 单位：万元: a row with its own unit or a
    // count gives nothing, never the table's unit; session 51's review, MONEY 86000 元)
    labelled = !COLUMN_NUMBER_LABELS.has(t.replace(/\s+/g, '')) && !(tableUnit && ownUnitRow(t, tableUnit));
    if (hasUnitColumn) rowUnit = null;
  }
  flush();
  // a row whose number of cells differs from the columns gives nothing (no guessed column); where most rows
  // differ, the header was misread and the rows that do match may be shifted: the table gives nothing
  const complete = rows.filter((r) => r.cells.length === columns.length);
  if (complete.length * 2 >= rows.length) {
    for (const r of complete) {
      r.cells.forEach((cell, c) => {
        const col = columns[c] === 'row' ? r.unit : columns[c];
        if (col && cell.sign >= 0) addCell(norm, cell.line, cell.sign, col, out);
      });
    }
  }
  return k - 1;
}

/**
 * The value columns of a header: a bracketed unit makes one (`产量(万吨)`,
 * `(亿元)` after `出口额`, `比上年` + `增长(%)`); a plain name after `单位`
 * makes one that takes each row's unit (`产量`, `绝对数`). The first cell
 * names the label column. Null when a column's unit cannot be read.
 */
function columnsOf(headers: string[], tableUnit: ColumnUnit | null = null, written: readonly string[] = headers): (ColumnUnit | 'row')[] | null {
  const cols: (ColumnUnit | 'row')[] = [];
  let afterUnitColumn = false;
  let pendingName = false; // a plain name waiting for its bracket (出口额 / (亿元), 比上年 / 增长(%))
  // the first cell names the label column, unless it is a value column itself (产量(万吨) with the
  // top-left cell left blank): then the table is not read (its rows' labels have no column)
  if (headers.length && bracketed(headers[0].replace(/\s+/g, ''))) return null;
  // 序号 / 项目, 位次 / 城市: a row number or a second label column; its cells would shift the rows
  if (headers.some((h, i) => { const t = h.replace(/\s+/g, ''); return ROW_NUMBER_COLUMNS.includes(t) || (i > 0 && LATER_LABEL_COLUMNS.includes(t)); })) return null;
  for (let h = 1; h < headers.length; h++) {
    const t = headers[h].replace(/\s+/g, '');
    if (t === UNIT_COLUMN) { afterUnitColumn = true; continue; }
    const b = bracketed(t);
    if (b) {
      const u = cellUnit(b[1], bracketed(written[h].replace(/\s+/g, ''))?.[1] ?? b[1]);
      if (!u) return null;
      cols.push(u);
      pendingName = false;
      continue;
    }
    // a plain name: its own column unless a bracket or a continuation follows
    const next = (headers[h + 1] ?? '').replace(/\s+/g, '');
    // 比上年 / 增长(%) name one column; 产量 / 增长(%) two (a merge there left a column out, and short rows read shifted)
    const continued = next.startsWith('(') || next.startsWith('（') || (isComparisonStem(t) && CONTINUATION_HEADS.some((w) => next.startsWith(w)));
    if (continued) { pendingName = true; continue; }
    if (afterUnitColumn) cols.push('row');
    else if (INDEX_HEADERS.some((w) => t.includes(w))) cols.push({ type: 'NUMBER', unit: null, exp: 0 });
    // 预算数, 执行数 under 单位：亿元: the table's unit; a rate or a change (增长, 比上年, 完成率) could be a
    // percentage the header does not say: no guessed column
    else if (tableUnit && AMOUNT_HEADS.some((w) => t.includes(w)) && !RATE_HEADS.some((w) => t.includes(w)) && !COUNT_HEADS.some((w) => t.includes(w)) && !COUNT_HEAD_ENDS.some((w) => t.endsWith(w))) cols.push(tableUnit);
    else return null; // a value column whose unit nobody states
  }
  return pendingName || cols.length === 0 ? null : cols;
}

/** 单位：亿元 → its unit; null where the line is a unit line that cannot be read (单位：亿元、%); undefined where it is none. */
function unitLineOf(t: string, raw = t): ColumnUnit | null | undefined {
  // 单位：亿元, 金额单位：亿元, （单位：亿元）
  const s = foldText(t).replace(/\s+/g, '');
  let a = 0, b = s.length;
  if (s.startsWith('(') && s.endsWith(')')) { a++; b--; }
  if (s.startsWith('金额', a)) a += 2;
  if (!s.startsWith(UNIT_COLUMN, a) || s[a + 2] !== ':') return undefined;
  const written = raw.replace(/\s+/g, '');
  return cellUnit(s.slice(a + 3, b), written.length === s.length ? written.slice(a + 3, b) : s.slice(a + 3, b));
}

/** parseUnit on a cell's text, its unit as the raw cell writes it (`raw`, the same cell before the fold: D-69, 萬噸 → 噸). */
function cellUnit(t: string, raw: string): ColumnUnit | null {
  const folded = foldText(t);
  const u = parseUnit(folded);
  if (!u || u.unit === null || raw.length !== folded.length || !folded.endsWith(u.unit)) return u;
  // (only Han characters are taken back, as pipeline.ts's unitAsWritten does for running text: ％ stays %)
  const from = folded.length - u.unit.length;
  let unit = '';
  for (let k = 0; k < u.unit.length; k++) { const r = raw.charCodeAt(from + k); unit += String.fromCharCode(isHanUnit(r) ? r : u.unit.charCodeAt(k)); }
  return unit === u.unit ? u : { ...u, unit };
}

/** Full-width forms folded (（％） → (%)), as normalize folds the running text. */
function foldText(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) out += String.fromCharCode(FOLD[t.charCodeAt(i)]);
  return out;
}

/**
 * Whether a row's label gives it a unit other than the table's: its own in brackets (not the table's, 人数（人） under
 * 单位：人), a percent sign, a rate, a share or a ratio, or a count's noun under money's unit line (批次, 保有量 under
 * 单位：万元; 人数 under 单位：人 is the line's).
 */
function ownUnitRow(t: string, table: ColumnUnit): boolean {
  const b = /[（(]([^（()）]{1,6})[）)]\s*$/.exec(t);
  if (b) { const u = parseUnit(b[1]); return !u || u.unit !== table.unit || u.exp !== table.exp; }
  return /(?:%|率|比重|占比|比)\s*$/.test(t) || (table.type === 'MONEY' && /(?:人数|批次|保有量|车辆数|户数|个数|次数)\s*$/.test(t));
}
/** Whether a line ends a table: an empty line, another title, or running text. */
const isTableEnd = (t: string) => t === '' || isTitle(t) || t.length > 30 || t.includes('。') || t.includes('，') || t.includes('；');

function addCell(norm: Normalized, line: Line, sign: number, col: ColumnUnit, out: Tables): void {
  const signStart = normIndex(norm, line.start);
  const start = normIndex(norm, line.start + sign);
  out.cells.set(start, { start, signStart, type: col.type, unit: col.unit, exp: col.exp });
}

function quiet(norm: Normalized, line: Line, out: Tables): void {
  out.quiet.push(normIndex(norm, line.start), normIndex(norm, line.end));
}

/** The normalized index of a raw index (the first normalized unit at or after it). */
function normIndex(norm: Normalized, raw: number): number {
  const m = norm.toRaw;
  let lo = 0, hi = m.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid] < raw) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// A numeral on a line of its own, outside a table this pass found: the unit
// and date steps ask whether the next line is a cell's word, not its unit.

/** Whether the line before `head` ends with a number (a cell beside it) or a sentence, or there is none. */
function cellOrSentenceBefore(text: string, head: number): boolean {
  const k = lastNonSpace(text, head);
  if (k < 0) return true;
  const b = text.charCodeAt(k);
  // (SENTENCE_STOPS, not SENTENCE_END, which also holds : ) ” — a line ending so keeps its number)
  if (CLASS[b] === Cls.DIGIT || b === 0x25 /* % */ || SENTENCE_STOPS.includes(text[k])) return true;
  // a row's label with its unit in brackets, 医院（个）⏎38355⏎床位（万张）: the number is its cell (session 47's review: 38355 床位)
  if (b !== 0x29 /* ) */) return false;
  const open = text.lastIndexOf('(', k);
  return open >= 0 && unitInBrackets(text, open) && text.indexOf(')', open) === k;
}

/**
 * Whether the numeral is alone on its line and the next line, which starts
 * inside it (before its scale) or right after it, runs on past `unitEnd`
 * into a word: 234.5⏎-3.4⏎天然气, 5.6⏎万州区. A unit or scale on a line of
 * its own, or before punctuation or a space, is one (产量⏎312.5⏎万吨).
 * The caller has found whitespace folded away before the unit or before the
 * numeral's last scale word (its cheap test, kept at the call site).
 */
export function cellBeforeWord(c: Ctx, unitEnd: number): boolean {
  const { num, text } = c;
  // (a minus sign before it belongs to its line: -3.4 in a growth column)
  // (so a bound's sign before a cell, ≥63.5, ≤5.5, >90, 约63.5: session 47's review, COUNT 63.5 单)
  const b0 = num.start > 0 ? text.charCodeAt(num.start - 1) : -1;
  const head = num.start > 0 && (num.neg || b0 === 0x2d || b0 === 0x2265 || b0 === 0x2264 || b0 === 0x3e || b0 === 0x3c || b0 === 0x7ea6 /* 约 */) ? num.start - 1 : num.start;
  if (head > 0 && !c.atLineStart(head)) {
    // a row's later cell on its line, whitespace and a number before it (地区生产总值 亿元 7245.6 5.8⏎人均…: session 47's
    // review, COUNT 5.8 人)
    if (!rowCellBefore(c, head)) return false;
  // the line before ends with a number (a cell beside it) or a sentence (a page number between paragraphs); a line of
  // prose that wraps before the number (结案率达到⏎95.19⏎%以上) keeps it
  // (本年收入合计⏎3,865.42⏎年初结转和结余⏎186.35: a table's rows without its title, labels and cells in turn; session 51's
  // review, DURATION 3865.42 年)
  // (万人⏎1200以上⏎1256⏎单位国内生产总值能耗降低, 亿元⏎1349084⏎人均国内生产总值: a unit's cell or a target's before it;
  // session 51's review, COUNT 1256 单位)
  } else if (head > 0 && !cellOrSentenceBefore(text, head) && !labelsInTurn(c, head) && !unitOrTargetLine(c, head)) return false;
  let b = num.start + 1;
  while (b <= unitEnd && !c.atLineStart(b)) b++;
  if (b > unitEnd || unitEnd >= text.length || c.atLineStart(unitEnd) || c.gap(unitEnd)) return false;
  const k = CLASS[text.charCodeAt(unitEnd)];
  // (or a row's label with its own unit in brackets: 38355⏎床位（万张）; session 47's review, QUANTITY 38355 床位)
  return (k !== Cls.PUNCT && k !== Cls.SPACE) || unitInBrackets(text, unitEnd);
}

/** Whether the line before `head` is a unit alone (万人, %, 亿元) or a target's cell (1200以上, 2.5左右, 5.5以内). */
function unitOrTargetLine(c: Ctx, head: number): boolean {
  const { text } = c;
  let a = head - 1;
  while (a > 0 && head - a <= 12 && !c.atLineStart(a)) a--;
  if (!c.atLineStart(a)) return false;
  const seg = text.slice(a, head).trim();
  if (seg === '%' || /^[0-9.]+(?:左右|以上|以内|以下)$/.test(seg)) return true;
  let k = a;
  while (k < head && CN_SCALE[text.charCodeAt(k)] > 0) k++;
  const u = unitAt(text, k);
  return !!u && k - a + u[1] === seg.length;
}

/**
 * Whether the numeral's line is a cell between two rows' labels: the line before is a short label of Han characters only,
 * and the line after the numeral is one too, a number opening the line after it.
 */
function labelsInTurn(c: Ctx, head: number): boolean {
  const { text, num } = c;
  let a = head - 1;
  while (a > 0 && head - a <= 16 && !c.atLineStart(a)) a--;
  if (!c.atLineStart(a) || a === head - 1) return false;
  for (let k = a; k < head; k++) if (CLASS[text.charCodeAt(k)] !== Cls.CJK) return false;
  if (!c.atLineStart(num.end)) return false;
  let e = num.end + 1;
  while (e < text.length && e - num.end <= 16 && !c.atLineStart(e)) e++;
  if (e >= text.length || !c.atLineStart(e)) return false;
  for (let k = num.end; k < e; k++) if (CLASS[text.charCodeAt(k)] !== Cls.CJK) return false;
  return CLASS[text.charCodeAt(e)] === Cls.DIGIT;
}

/** Whether whitespace kept on the numeral's own line stands before `head`, after a number (or %) on the line: a row's later cell. */
function rowCellBefore(c: Ctx, head: number): boolean {
  const { text } = c;
  // (not whitespace folded away after a label, 企业所得税 398.20⏎个人所得税: a PDF's spaced prose wraps so too, 平均得分分别为
  // 95.79⏎分和, 为期 3⏎个月的; left, session 47)
  let k = head - 1;
  while (k >= 0 && CLASS[text.charCodeAt(k)] === Cls.SPACE) k--;
  if (k < 0 || k === head - 1) return false;
  // (the whitespace inside the line: a line break in it makes the number the first on its line, the other test's)
  for (let j = k + 1; j <= head; j++) if (c.atLineStart(j)) return false;
  const b = text.charCodeAt(k);
  return CLASS[b] === Cls.DIGIT || b === 0x25 /* % */;
}

/** Whether a bracketed unit opens at `at`: （万张）, (个). */
function unitInBrackets(text: string, at: number): boolean {
  if (codeAt(text, at) !== 0x28 /* ( */) return false;
  const close = text.indexOf(')', at);
  return close > at && close - at <= 8 && parseUnit(text.slice(at + 1, close)) !== null;
}

/** A table cell (D-45), or a number in a header or unit cell (no mention). */
export const tableCell: Step = {
  id: 'table.cell',
  apply(c: Ctx): boolean {
    const t = c.tables;
    if (t === EMPTY) return false;
    const { num } = c;
    const cell = t.cells.get(num.start);
    if (cell) {
      const v = Number(`${c.text.slice(num.start, num.end).replace(/,/g, '')}e${cell.exp}`);
      c.push(this.id, { start: cell.signStart, end: num.end, type: cell.type, value: cell.signStart < cell.start ? -v : v, unit: cell.unit, qualifier: 'exact' });
      return true;
    }
    for (let k = 0; k < t.quiet.length; k += 2) if (num.start >= t.quiet[k] && num.start < t.quiet[k + 1]) return true;
    return false;
  },
};

export { EMPTY as NO_TABLES };
