// Peer extractor: Microsoft Recognizers-Text (the JavaScript port), culture
// zh-cn. Seven models are run and their results mapped onto the benchmark's
// types, values and units:
//
//   number       (recognizers-text-number)            → NUMBER, or RATIO for 分之 fractions
//   ordinal      (recognizers-text-number)            → ORDINAL
//   percentage   (recognizers-text-number)            → PERCENT, or PERCENT_POINT for 百分点
//   currency     (recognizers-text-number-with-unit)  → MONEY
//   dimension    (recognizers-text-number-with-unit)  → QUANTITY
//   age          (recognizers-text-number-with-unit)  → QUANTITY
//   datetimeV2   (recognizers-text-date-time)         → DATE (date, daterange, datetime) or DURATION
//
// What the adapter adds (docs/peers.md has the tables):
// - offsets: the library's inclusive UTF-16 [start, end] → half-open code points;
// - each span checked against the document (the library lower-cases and maps
//   full-width digits and punctuation, and reports its normalized text): a
//   span whose text is not there is repaired if it is a few units away, else
//   dropped; so is one that read `、` or `，` as a thousands comma (`１，２３４、５６７` → 1234567);
// - qualifier words (约, 近, 超过, 不超过, 过去, 左右, 以上, 以来 …) trimmed off
//   the span edges and, with those just outside the span and 余/多 inside it,
//   turned into the qualifier;
// - units read off the document as written, after the number model's span
//   (`6.7万平方米` → 平方米, `4.05亿元` → 元); `37微克` `/` `立方米` merged;
// - two span conventions of the benchmark: 年度/月份 join a date, and a
//   session or rank classifier (届次名期位批轮号) joins an ordinal (第十四届);
// - datetime: a DATE needs a date word in its span (the model reads any bare
//   1000–2099 as a year), a year not written in the span is dropped from the
//   value (relative dates), and a period counted back from the reference date
//   (近20年) becomes a DURATION;
// - overlaps between models resolved by keeping the longer span.
// It does not type plain numbers by the classifier that follows them (46987件):
// that is outside what the library recognizes, so those stay NUMBER, span the
// number alone.
//
// Sentence splitting. The currency model, and to a lesser degree the
// dimension and date-time models, get super-linearly slow on long input
// (measured here with Node 20 on the 2-core dev machine, which was shared and
// so noisy by ±20%):
//   seed 000 (12.6k chars) as ONE string:   19.9 s (currency 16.8 s, dimension
//     2.0 s, date-time 1.1 s, the four others 0.1 s together);
//   seed 002, first 10k / 20k / 40k chars as one string: 15 s / 47 s / 161 s
//     (currency 12 s / 39 s / 136 s), i.e. about n^1.7; the whole 205k chars
//     would take some 45–70 minutes, so it was not run to the end;
//   sentence by sentence (this adapter): seed 000 in 1.1–1.6 s, seed 002 in
//     10–13 s (about 16k–20k chars/s).
// So the document is cut into sentences at 。！？；!?; and at blank lines, with
// chunks longer than MAX_CHUNK further cut at a line break, else at ，、：,
// else hard (never inside a run of digits). Single line breaks are NOT cut:
// the PDF-extracted seeds break lines inside sentences and numbers; cutting at
// every line break found nothing more on the seeds (strict F1 the same, two
// fewer matches) and was slower, from the per-call overhead of seven models.
// MAX_CHUNK 100, 300 or 1000 gave the same mentions on the seeds.
import { createRequire } from 'node:module';
import { CodePoints } from '../text/codepoints.js';
import type { Extractor, Mention, MentionType, Qualifier } from '../types.js';

// ---------- the library, loaded lazily ----------

interface RtResult {
  start: number;
  /** inclusive */
  end: number;
  text: string;
  typeName: string;
  resolution: Record<string, unknown> | null | undefined;
}
interface RtModel { parse(query: string, referenceDate?: Date): RtResult[] }

type ModelName = 'number' | 'ordinal' | 'percentage' | 'currency' | 'dimension' | 'age' | 'datetime';
const MODEL_ORDER: ModelName[] = ['currency', 'percentage', 'dimension', 'age', 'datetime', 'ordinal', 'number'];
/** Ties in span length go to the earlier model in MODEL_ORDER. */
const PRIORITY: Record<ModelName, number> = Object.fromEntries(MODEL_ORDER.map((m, i) => [m, i])) as Record<ModelName, number>;

let models: Record<ModelName, RtModel> | null = null;
let loading: Promise<Record<ModelName, RtModel>> | null = null;

const CULTURE = 'zh-cn';
/** Fixed reference date, so relative expressions resolve the same on every run. */
const REFERENCE_DATE = new Date(2024, 0, 1);

function libraryVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require('@microsoft/recognizers-text-number/package.json') as { version?: string };
    const dt = require('@microsoft/recognizers-text-date-time/package.json') as { version?: string };
    const v = pkg.version ?? 'unknown';
    return dt.version && dt.version !== v ? `${v} (date-time ${dt.version})` : v;
  } catch {
    return 'unknown';
  }
}

async function loadModels(): Promise<Record<ModelName, RtModel>> {
  if (models) return models;
  if (!loading) {
    loading = (async () => {
      // The packages are CommonJS (UMD) bundles: their exports are on `default`.
      const num = ((await import('@microsoft/recognizers-text-number')) as { default: any }).default;
      const nwu = ((await import('@microsoft/recognizers-text-number-with-unit')) as { default: any }).default;
      const dt = ((await import('@microsoft/recognizers-text-date-time')) as { default: any }).default;
      const n = new num.NumberRecognizer(CULTURE);
      const u = new nwu.NumberWithUnitRecognizer(CULTURE);
      const d = new dt.DateTimeRecognizer(CULTURE);
      const m: Record<ModelName, RtModel> = {
        number: n.getNumberModel(CULTURE, false),
        ordinal: n.getOrdinalModel(CULTURE, false),
        percentage: n.getPercentageModel(CULTURE, false),
        currency: u.getCurrencyModel(CULTURE, false),
        dimension: u.getDimensionModel(CULTURE, false),
        age: u.getAgeModel(CULTURE, false),
        datetime: d.getDateTimeModel(CULTURE, false),
      };
      models = m;
      return m;
    })();
    loading.catch(() => { loading = null; });
  }
  return loading;
}

// ---------- sentences ----------

const MAX_CHUNK = 300;
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Cut text into chunks [start, end) of UTF-16 offsets, covering all of it. */
export function splitSentences(text: string, maxChunk = MAX_CHUNK): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (s: number, e: number) => { if (e > s) cutLong(text, s, e, maxChunk, out); };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (SENTENCE_END.has(c)) {
      push(start, i + 1);
      start = i + 1;
    } else if (c === '\n') {
      // a blank line (only whitespace between two line breaks) ends a paragraph
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u3000')) j++;
      if (j < text.length && text[j] === '\n') {
        push(start, i + 1);
        start = i + 1;
      }
    }
  }
  push(start, text.length);
  return out;
}

function cutLong(text: string, s: number, e: number, max: number, out: Array<[number, number]>): void {
  while (e - s > max) {
    let cut = -1;
    for (const seps of [['\n'], ['，', ',', '、', '：', ':']]) {
      for (let i = s + max - 1; i > s + max / 3; i--) if (seps.includes(text[i])) { cut = i + 1; break; }
      if (cut > 0) break;
    }
    if (cut < 0) {
      cut = s + max;
      // do not cut a surrogate pair, nor a run of digits
      while (cut > s + 1 && (isLowSurrogate(text.charCodeAt(cut)) || (isDigitish(text[cut - 1]) && isDigitish(text[cut])))) cut--;
      if (cut <= s + 1) cut = s + max;
      if (isLowSurrogate(text.charCodeAt(cut))) cut++;
    }
    out.push([s, cut]);
    s = cut;
  }
  if (e > s) out.push([s, e]);
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isDigitish = (c: string | undefined) => c !== undefined && /[0-9０-９.．]/.test(c);

// ---------- span checking ----------

/**
 * The library's own preprocessing, as far as it keeps length: full-width
 * ASCII to ASCII and lower case. The full-width comma `，` and the enumeration
 * comma `、`, which the library turns into `,`, are deliberately NOT mapped: a
 * result whose text has a `,` where the document has `，` or `、` merged two
 * numbers of a list (`１，２３４、５６７` read as 1234567), and is dropped.
 */
function norm(s: string): string {
  let r = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e && c !== 0xff0c) r += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) r += ' ';
    else r += ch;
  }
  return r.toLowerCase();
}

/** Locate a result in the document: its UTF-16 [start, end), or null when its text is not there. */
function locate(text: string, chunkStart: number, r: RtResult): [number, number] | null {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.end < r.start || typeof r.text !== 'string' || r.text === '') return null;
  const want = norm(r.text);
  const s = chunkStart + r.start;
  const e = chunkStart + r.end + 1;
  if (e <= text.length && norm(text.slice(s, e)) === want) return [s, e];
  // repair: the same text a few units away (the library lower-cases, and a few
  // characters such as İ change length when they do, shifting what follows)
  for (let d = 1; d <= 8; d++) {
    for (const p of [s - d, s + d]) {
      if (p >= chunkStart && p + r.text.length <= text.length && norm(text.slice(p, p + r.text.length)) === want) {
        return [p, p + r.text.length];
      }
    }
  }
  return null;
}

// ---------- qualifiers ----------

const LEAD_QUALIFIERS: Array<[string, Qualifier]> = [
  ['过去', 'exact'], // 过去一年 → 一年 (not a qualifier, but outside the span)
  ['大约', 'approx'], ['约', 'approx'],
  ['将近', 'under'], ['接近', 'under'], ['不足', 'under'], ['不到', 'under'], ['不满', 'under'], ['近', 'under'],
  ['不超过', 'under'], ['不高于', 'under'], ['不少于', 'over'], ['不低于', 'over'],
  ['超过', 'over'], ['突破', 'over'], ['逾', 'over'], ['超', 'over'],
];
const TRAIL_QUALIFIERS: Array<[string, Qualifier]> = [
  ['以来', 'exact'], // 2022年以来 → 2022年 (not a qualifier, but outside the span)
  ['左右', 'approx'], ['上下', 'approx'], ['及以上', 'over'], ['以上', 'over'], ['以下', 'under'], ['以内', 'under'],
  ['内', 'under'], ['多', 'over'], ['余', 'over'],
];
const isSpace = (c: string | undefined) => c !== undefined && /\s|\u3000/.test(c);

interface Span { s: number; e: number; q: Qualifier }

/** Trim whitespace and qualifier words off a span's edges; read the qualifier from them or from the words beside it. */
function trimSpan(text: string, s: number, e: number): Span | null {
  let q: Qualifier = 'exact';
  const trimWs = () => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
  };
  trimWs();
  for (const [w, k] of LEAD_QUALIFIERS) if (text.startsWith(w, s) && e - s > w.length) { s += w.length; q = k; break; }
  trimWs();
  for (const [w, k] of TRAIL_QUALIFIERS) {
    if (e - s > w.length && text.startsWith(w, e - w.length) && w.length === 2) { e -= w.length; q = k; break; }
  }
  trimWs();
  if (e <= s) return null;
  if (q === 'exact') {
    const before = text.slice(Math.max(0, s - 8), s).replace(/\s+/gu, '');
    for (const [w, k] of LEAD_QUALIFIERS) if (before.endsWith(w)) { q = k; break; }
  }
  if (q === 'exact') {
    const after = text.slice(e, e + 8).replace(/\s+/gu, '');
    for (const [w, k] of TRAIL_QUALIFIERS) if (after.startsWith(w)) { q = k; break; }
  }
  if (q === 'exact' && /[0-9０-９万千百十亿][余多]/.test(text.slice(s, e))) q = 'over';
  return { s, e, q };
}

// ---------- values and units ----------

function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.replace(/[%\s,]/g, '');
  if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** The unit as written: what the result's span has after the number model's span inside it. */
function unitAfterNumber(text: string, s: number, e: number, numbers: Array<[number, number]>): string | null {
  let best: [number, number] | null = null;
  for (const n of numbers) if (n[0] >= s && n[1] <= e && n[1] < e && (!best || n[0] < best[0] || (n[0] === best[0] && n[1] > best[1]))) best = n;
  if (!best) return null;
  const u = text.slice(best[1], e).replace(/\s+/gu, '');
  return u === '' ? null : u;
}

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Whether a 4-digit year is written in the span (Arabic, full-width or 二〇二三-style). */
function yearWritten(spanText: string, year: string): boolean {
  const n = norm(spanText);
  if (n.includes(year)) return true;
  const zh = [...year].map((d) => CHINESE_DIGITS[+d]).join('');
  return spanText.includes(zh) || spanText.includes(zh.replace(/〇/g, '零'));
}

const HAS_NUMERAL = /[0-9０-９零〇一二三四五六七八九十两百千万亿壹贰叁肆伍陆柒捌玖拾]/;

interface Mapped { type: MentionType; value: number | string; valueMax?: number | string; unit: string | null }

function mapDateTime(r: RtResult, spanText: string, unitText: string | null): Mapped | null {
  if (!HAS_NUMERAL.test(spanText)) return null; // 今年, 上半年, 每年: relative, no number written
  const sub = r.typeName.replace(/^datetimeV2\./, '');
  const values = (r.resolution as { values?: Array<Record<string, string>> } | null)?.values;
  const v = Array.isArray(values) ? values[0] : undefined;
  const timex = v && typeof v.timex === 'string' ? v.timex : '';
  if (!timex) return null;
  if (sub === 'duration') {
    const m = /^PT?(\d+(?:\.\d+)?)([YMWDHS])$/.exec(timex);
    if (!m) return null;
    const inTime = timex.startsWith('PT');
    const unit = unitText ?? (inTime ? { H: '小时', M: '分钟', S: '秒' } : { Y: '年', M: '个月', W: '周', D: '天' } as Record<string, string>)[m[2]] ?? null;
    return { type: 'DURATION', value: Number(m[1]), unit };
  }
  // The model reads any bare number from about 1000 to 2099 as a year (`2053人`, `2000余名`):
  // a DATE needs a date word in its span.
  if (!/[年月日号]|季度|世纪|年代/u.test(spanText)) return null;
  // the specification (revised): a DATE's unit is always null
  const dateUnit = null;
  if (sub === 'date' || sub === 'datetime') {
    const iso = isoDate(timex.split('T')[0], spanText);
    return iso ? { type: 'DATE', value: iso, unit: dateUnit } : null;
  }
  if (sub === 'daterange') {
    const t = /^\((.+),(.+),P(\d+(?:\.\d+)?)([YMWD])\)$/.exec(timex);
    if (!t) {
      const iso = isoDate(timex, spanText);
      return iso ? { type: 'DATE', value: iso, unit: dateUnit } : null;
    }
    const [, a, b, n, p] = t;
    // quarters: (2023-10-01,…,P3M)
    if (p === 'M' && n === '3' && /^\d{4}-(01|04|07|10)-01$/.test(a)) {
      const q = `Q${(+a.slice(5, 7) - 1) / 3 + 1}`;
      return { type: 'DATE', value: yearWritten(spanText, a.slice(0, 4)) ? `${a.slice(0, 4)}-${q}` : q, unit: null };
    }
    // decades: (XX90-01-01,XX00-01-01,P10Y), the start read from the resolved values
    if (p === 'Y' && n === '10' && a.startsWith('XX') && v && /^\d{4}/.test(v.start ?? '')) {
      const y = +v.start.slice(0, 4);
      return { type: 'DATE', value: `${y}/${y + 9}`, unit: null };
    }
    const ya = a.slice(0, 4), yb = b.slice(0, 4);
    // a period counted back from the reference date (近20年, 过去三年): no year is written
    if (/^\d{4}$/.test(ya) && !yearWritten(spanText, ya) && !yearWritten(spanText, yb)) {
      return { type: 'DURATION', value: Number(n), unit: unitText ?? ({ Y: '年', M: '个月', W: '周', D: '天' } as Record<string, string>)[p] ?? null };
    }
    let from: string | null, to: string | null;
    if (p === 'Y') {
      from = ya;
      // the library ends a year range at the start of its last year (1981–1985 → 1985-01-01)
      // but a decade or "N years" at the year after: keep the written one
      to = yearWritten(spanText, yb) ? yb : String(+yb - 1);
      if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(to)) return null;
    } else if (p === 'M') {
      from = isoDate(a.slice(0, 7), spanText);
      to = isoDate(b.slice(0, 7), spanText);
    } else {
      from = isoDate(a, spanText);
      to = isoDate(b, spanText);
    }
    if (!from || !to) return null;
    return { type: 'DATE', value: from === to ? from : `${from}/${to}`, unit: dateUnit };
  }
  return null; // time, timerange, datetimerange, set: no such type in the benchmark
}

/** A timex date (2024-01-18, 2024-01, 2024, XXXX-04-29, XXXX-04) as the benchmark's DATE value; the year only when written. */
function isoDate(timex: string, spanText: string): string | null {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(timex);
  if (!m) return null;
  let y: string = m[1];
  const mo: string | undefined = m[2];
  let d: string | undefined = m[3];
  if (y !== 'XXXX' && !yearWritten(spanText, y)) y = 'XXXX';
  if (mo === 'XX' || (mo === undefined && d !== undefined)) return null;
  if (d === 'XX') d = undefined;
  if (y === 'XXXX') {
    if (!mo) return null;
    return d ? `--${mo}-${d}` : `--${mo}`;
  }
  return d ? `${y}-${mo}-${d}` : mo ? `${y}-${mo}` : y;
}

// ---------- the extractor ----------

const ORDINAL_CLASSIFIERS = new Set([...'届次名期位批轮号']);

interface Candidate { s: number; e: number; model: ModelName; m: Mapped; q: Qualifier }

function mapResult(model: ModelName, r: RtResult, text: string, s: number, e: number, numbers: Array<[number, number]>): Mapped | null {
  const spanText = text.slice(s, e);
  const res = (r.resolution ?? {}) as Record<string, unknown>;
  switch (model) {
    case 'number': {
      const value = num(res.value);
      if (value === null) return null;
      return { type: spanText.includes('分之') ? 'RATIO' : 'NUMBER', value, unit: null };
    }
    case 'ordinal': {
      const value = num(res.value);
      return value === null ? null : { type: 'ORDINAL', value, unit: null };
    }
    case 'percentage': {
      const value = num(res.value);
      if (value === null) return null;
      if (spanText.includes('百分点')) return { type: 'PERCENT_POINT', value, unit: /个\s*百\s*分\s*点/u.test(spanText) ? '个百分点' : '百分点' };
      return { type: 'PERCENT', value, unit: '%' };
    }
    case 'currency': {
      const value = num(res.value);
      if (value === null) return null;
      const written = unitAfterNumber(text, s, e, numbers);
      const yuan = res.isoCurrency === 'CNY' || /元|人民币/.test(spanText);
      const unit = yuan && (!written || /^(人民币)?元$|^块(钱)?$/.test(written) || written === '人民币') ? '元' : written;
      return { type: 'MONEY', value, unit };
    }
    case 'dimension': {
      const value = num(res.value);
      if (value === null) return null; // a bare unit word (两, 立方米) with no number
      return { type: 'QUANTITY', value, unit: unitAfterNumber(text, s, e, numbers) };
    }
    case 'age': {
      const value = num(res.value);
      if (value === null) return null;
      return { type: 'QUANTITY', value, unit: unitAfterNumber(text, s, e, numbers) ?? '岁' };
    }
    case 'datetime':
      return mapDateTime(r, spanText, unitAfterNumber(text, s, e, numbers));
  }
}

function extractChunk(text: string, cs: number, ce: number, m: Record<ModelName, RtModel>, out: Candidate[]): void {
  const chunk = text.slice(cs, ce);
  if (!HAS_NUMERAL.test(chunk)) return;
  const raw: Partial<Record<ModelName, RtResult[]>> = {};
  for (const name of MODEL_ORDER) {
    try {
      const rs = name === 'datetime' ? m[name].parse(chunk, REFERENCE_DATE) : m[name].parse(chunk);
      raw[name] = Array.isArray(rs) ? rs : [];
    } catch {
      raw[name] = []; // the library throws on some inputs; a model that fails on a sentence gives nothing for it
    }
  }
  const located = (name: ModelName) => {
    const xs: Array<{ r: RtResult; s: number; e: number }> = [];
    for (const r of raw[name] ?? []) {
      const loc = locate(text, cs, r);
      if (loc) xs.push({ r, s: loc[0], e: loc[1] });
    }
    return xs;
  };
  const numbers = located('number').map((x) => [x.s, x.e] as [number, number]);

  // dimension compounds: `37微克` + `/` + `立方米` (a unit-only result) → 37 微克/立方米
  const dims = located('dimension');
  const mergedDims: typeof dims = [];
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i];
    const next = dims[i + 1];
    const nv = next ? (next.r.resolution as Record<string, unknown> | null)?.value : undefined;
    if (next && (nv === null || nv === undefined) && /^\s*[\/／]\s*$/u.test(text.slice(d.e, next.s))) {
      mergedDims.push({ r: d.r, s: d.s, e: next.e });
      i++;
    } else mergedDims.push(d);
  }

  for (const name of MODEL_ORDER) {
    const xs = name === 'dimension' ? mergedDims : located(name);
    for (const { r, s, e } of xs) {
      const sp = trimSpan(text, s, e);
      if (!sp) continue;
      let mapped: Mapped | null = null;
      try {
        mapped = mapResult(name, r, text, sp.s, sp.e, numbers);
      } catch {
        mapped = null;
      }
      if (!mapped) continue;
      if (typeof mapped.value === 'number' && !Number.isFinite(mapped.value)) continue;
      if (mapped.type === 'DATE' && typeof mapped.value !== 'string') continue;
      // span conventions the library does not follow: 年度 and 月份 belong to a date,
      // the classifier of a session or rank to its ordinal (第十四届, 第七次)
      let end = sp.e;
      let next = end;
      while (next < text.length && next - end < 4 && isSpace(text[next])) next++;
      if (mapped.type === 'DATE' && ((text[end - 1] === '年' && text[next] === '度') || (text[end - 1] === '月' && text[next] === '份'))) end = next + 1;
      else if (mapped.type === 'ORDINAL' && ORDINAL_CLASSIFIERS.has(text[next])) { mapped.unit = text[next]; end = next + 1; }
      out.push({ s: sp.s, e: end, model: name, m: mapped, q: sp.q });
    }
  }
}

/** Keep the longest spans; drop any candidate overlapping one already kept. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands.slice().sort((a, b) => (b.e - b.s) - (a.e - a.s) || PRIORITY[a.model] - PRIORITY[b.model] || a.s - b.s);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.s < k.e && k.s < c.e)) kept.push(c);
  return kept.sort((a, b) => a.s - b.s);
}

async function extract(text: string, options?: { signal?: AbortSignal }): Promise<Mention[]> {
  if (typeof text !== 'string' || text.length === 0) return [];
  const m = await loadModels();
  const cands: Candidate[] = [];
  for (const [cs, ce] of splitSentences(text)) {
    if (options?.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    extractChunk(text, cs, ce, m, cands);
  }
  const cp = new CodePoints(text);
  const out: Mention[] = [];
  for (const c of resolveOverlaps(cands)) {
    const start = cp.toCp(c.s);
    const end = cp.toCp(c.e);
    if (!(end > start)) continue;
    const mention: Mention = {
      start, end, text: cp.slice(start, end), type: c.m.type, value: c.m.value,
      unit: c.m.unit === '' ? null : c.m.unit, qualifier: c.q,
    };
    if (c.m.valueMax !== undefined) mention.valueMax = c.m.valueMax;
    out.push(mention);
  }
  return out;
}

export const recognizersExtractor: Extractor = {
  name: 'recognizers',
  version: libraryVersion(),
  description: 'Microsoft Recognizers-Text, zh-cn (number, ordinal, percentage, currency, dimension, age, datetimeV2), fed sentence by sentence and mapped to the benchmark types',
  async init() { await loadModels(); },
  extract,
};
