// Peer baseline: jieba word segmentation (@node-rs/jieba, default dictionary,
// HMM on) plus a handful of plain rules on the tokens. It emits every run of
// number tokens (Arabic, full-width or Chinese numerals, with decimal points
// and scale words 百千万亿) and types it by the token that follows:
//
//   % ％ / 百分之…            → PERCENT        成 after a Chinese numeral → PERCENT ×10
//   (个)百分点                 → PERCENT_POINT
//   元 万元 亿元 美元 …         → MONEY          倍, a/b written 分之 → RATIO
//   年 after a 4-digit number → DATE (then 月 and 日 after it are taken in); N月, N月N日 → DATE
//   年 天 个月 小时 周 周年 …    → DURATION       亩 吨 公里 平方米 千瓦 岁 …  → QUANTITY
//   第 before, or 届 after     → ORDINAL        件 人 个 家 项 名 次 … (classifiers) → COUNT
//   anything else             → NUMBER (the number alone)
//
// A token that begins with a numeral but goes on with a word the lists do not
// know (一体化, 两级, 一是, 三年行动 as one token) is left alone: that is where
// the segmenter earns its keep. Everything else is deliberately naive (no
// hard-negative lists, no ranges, no enumeration sharing of units): this is a
// baseline, written without the project's own lexicon or number code.
import { createRequire } from 'node:module';
import { CodePoints } from '../text/codepoints.js';
import type { Extractor, Mention, MentionType, Qualifier } from '../types.js';

interface JiebaLike { cut(sentence: string, hmm?: boolean | null): string[] }

let jieba: JiebaLike | null = null;
const require = createRequire(import.meta.url);

function jiebaVersion(): string {
  try {
    return (require('@node-rs/jieba/package.json') as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Load the default dictionary once (about half a second). */
function load(): JiebaLike {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/** Pure segmentation (HMM on), for the speed benchmark. */
export function jiebaSegment(text: string): string[] {
  if (!text) return [];
  return load().cut(text, true);
}

// ---------- numerals ----------

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const NUM_CHARS = '0-9０-９.．零〇一二两三四五六七八九十百千万亿';
const NUMERAL_RE = new RegExp(`^[${NUM_CHARS}]+$`);
/** A token split into an optional prefix, its leading numeral and what follows. */
const NUM_START = '0-9０-９零〇一二两三四五六七八九十百千万亿';
const LEAD_RE = new RegExp(`^(第|百分之)?([${NUM_START}][${NUM_CHARS}]*(?:分之[${NUM_CHARS}]+)?)(.*)$`, 's');
const HAS_DIGIT = /[0-9０-９零〇一二两三四五六七八九十]/;

const toAscii = (s: string) => s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A Chinese numeral: 十八 → 18, 一万二千 → 12000, 二〇二三 → 2023 (digit by digit when there is no 十百千). */
function parseChinese(s: string): number {
  if (!/[十百千万亿]/.test(s)) {
    let n = 0;
    for (const c of s) { if (!(c in ZH_DIGIT)) return NaN; n = n * 10 + ZH_DIGIT[c]; }
    return s.length ? n : NaN;
  }
  let total = 0, section = 0, digit = 0, seen = false;
  for (const c of s) {
    if (c in ZH_DIGIT) { digit = ZH_DIGIT[c]; seen = true; }
    else if (c in ZH_UNIT) { section += (seen ? digit : 1) * ZH_UNIT[c]; digit = 0; seen = false; }
    else if (c in ZH_BIG) { total = (total + section + digit) * ZH_BIG[c]; section = 0; digit = 0; seen = false; }
    else return NaN;
  }
  return total + section + digit;
}

/** Arabic with scale words (4.05亿 → 405000000), or a Chinese numeral; NaN when neither. */
function parseNumber(raw: string): number {
  const s = toAscii(raw);
  if (s.includes('分之')) {
    const [den, numr] = s.split('分之');
    const d = parseNumber(den), n = parseNumber(numr);
    return d ? n / d : NaN;
  }
  const m = /^(\d+(?:\.\d+)?)([百千万亿]*)$/.exec(s);
  if (m) {
    let v = Number(m[1]);
    for (const c of m[2]) v *= c === '百' ? 100 : c === '千' ? 1000 : c === '万' ? 1e4 : 1e8;
    return m[2] ? Number(v.toPrecision(15)) : v; // 271.03万 → 2710300, not 2710299.9999999995
  }
  return parseChinese(s);
}

// ---------- units ----------

const MONEY = new Set(['元', '美元', '欧元', '港元', '日元', '英镑', '人民币', '块']);
const DURATION = new Set(['年', '天', '个月', '小时', '分钟', '周', '周年', '星期', '秒']);
const QUANTITY = new Set(['亩', '吨', '公里', '千米', '米', '平方米', '平方公里', '立方米', '千瓦', '千瓦时', '度', '公斤', '千克', '斤', '克', '岁', '周岁', '公顷', '毫米', '厘米', '微克', '升']);
const COUNT = new Set([...'件人个家项名次条户所座份类场部种起张套位处辆台只本篇栋间艘架头株', '人次', '件次', '户次', '方面', '批次', '个人']);
const ORDINAL_AFTER = new Set(['届']);

interface Tok { t: string; s: number; e: number }

const isSpaceTok = (t: string) => /^\s+$/u.test(t);

/** The number run starting at token i: consecutive numeral tokens, the last possibly followed by a unit in the same token. */
function readRun(toks: Tok[], i: number): { s: number; numEnd: number; num: string; pre: string; rest: string; restStart: number; next: number } | null {
  if (toks[i].t === '第' && i + 1 < toks.length && toks[i + 1].t !== '第') {
    // 第 as a token of its own before the numeral
    const r = readRun(toks, i + 1);
    return r && !r.pre ? { ...r, s: toks[i].s, pre: '第' } : null;
  }
  const first = LEAD_RE.exec(toks[i].t);
  if (!first) return null;
  const pre = first[1] ?? '';
  let num = first[2];
  let rest = first[3];
  let numEnd = toks[i].s + pre.length + num.length;
  let j = i + 1;
  // join following tokens that continue the number: ２ ０ ２ ４, 4 . 39, 2184 万余元, 二 〇 二三年
  while (rest === '' && j < toks.length) {
    const t = toks[j].t;
    if (/^[.．]$/.test(t) && j + 1 < toks.length && /^[0-9０-９]/.test(toks[j + 1].t) && /[0-9０-９]$/.test(num) && !yearAhead(toks, j + 1)) { num += t; numEnd = toks[j].e; j++; continue; }
    const m = LEAD_RE.exec(t);
    if (!m || m[1]) break;
    const arabicEnd = /[0-9０-９.．]$/.test(num);
    // Arabic digits go on with digits or scale words (２ ０ ２ ４, 2184 万余元), Chinese numerals with Chinese ones (二 〇 二三年)
    if (arabicEnd ? !/^[0-9０-９百千万亿]/.test(m[2]) : /^[0-9０-９.．]/.test(m[2])) break;
    num += m[2];
    numEnd = toks[j].s + m[2].length;
    rest = m[3];
    j++;
  }
  // a trailing decimal point is not part of the number
  if (rest === '') while (/[.．]$/.test(num)) { num = num.slice(0, -1); numEnd--; }
  if (!num || !HAS_DIGIT.test(num)) return null;
  return { s: toks[i].s, numEnd, num, pre, rest, restStart: numEnd, next: j };
}

/** Four digits and 年 from token j on: after a list marker `１５．` the point is not a decimal one. */
function yearAhead(toks: Tok[], j: number): boolean {
  let digits = '';
  for (let k = j; k < toks.length && k < j + 5; k++) {
    const t = toks[k].t;
    const m = /^([0-9０-９]+)(.*)$/s.exec(t);
    if (!m) return false;
    digits += m[1];
    if (m[2] !== '' || digits.length >= 4) return digits.length === 4 && (m[2].startsWith('年') || (m[2] === '' && toks[k + 1]?.t.startsWith('年') === true));
  }
  return false;
}

interface Out { s: number; e: number; type: MentionType; value: number | string; unit: string | null; q: Qualifier }

function qualifierBefore(toks: Tok[], i: number): Qualifier {
  let k = i - 1;
  while (k >= 0 && isSpaceTok(toks[k].t)) k--;
  const w = k >= 0 ? toks[k].t : '';
  if (/^(约|大约)$/.test(w)) return 'approx';
  if (/^(近|将近|接近|不足|不到|不满)$/.test(w)) return 'under';
  if (/^(超过|超|逾|突破)$/.test(w)) return 'over';
  return 'exact';
}

function qualifierAfter(toks: Tok[], j: number): Qualifier | null {
  let k = j;
  while (k < toks.length && isSpaceTok(toks[k].t)) k++;
  const w = k < toks.length ? toks[k].t : '';
  if (w === '左右' || w === '上下') return 'approx';
  if (w === '以上' || w === '多') return 'over';
  if (w === '以下' || w === '以内') return 'under';
  return null;
}

function extractTokens(text: string, toks: Tok[]): Out[] {
  const out: Out[] = [];
  let i = 0;
  while (i < toks.length) {
    const run = readRun(toks, i);
    if (!run) { i++; continue; }
    let q = qualifierBefore(toks, i);
    let end = run.numEnd;
    let next = run.next;
    // the unit: the rest of the number's last token, else the next token (over whitespace)
    let unitRaw = run.rest;
    let unitEnd = unitRaw ? run.restStart + unitRaw.length : run.numEnd;
    if (!unitRaw) {
      let k = next;
      while (k < toks.length && isSpaceTok(toks[k].t) && k - next < 2) k++;
      if (k < toks.length) { unitRaw = toks[k].t; unitEnd = toks[k].e; }
      const u = stripOver(unitRaw).unit;
      if (known(u) || (u === '个' && toks[k + 1]?.t === '百分点') || (u === '个' && toks[k + 1]?.t === '月')) next = k + 1;
      else if (unitRaw.length > 1 && known(unitRaw[0]) && !NUMERAL_RE.test(unitRaw[0])) {
        // jieba glued a one-character unit to the next word (日至, 个省): take the character
        unitRaw = unitRaw[0]; unitEnd = toks[k].s + 1; next = k + 1;
      } else unitRaw = '';
    }
    let { unit, over } = stripOver(unitRaw);
    if (over) q = 'over';
    // 个 + 百分点 / 个 + 月 come as two tokens
    if (unit === '个' && toks[next]?.t === '百分点') { unit = '个百分点'; unitEnd = toks[next].e; next++; }
    else if (unit === '个' && toks[next]?.t === '月') { unit = '个月'; unitEnd = toks[next].e; next++; }
    if (run.rest && !known(unit) && unit !== '') {
      // a word that merely begins with a numeral (一体化, 两级, 一是): not a mention, unless 第 makes it a rank
      if (run.pre !== '第') { i = run.next; continue; }
      unit = '';
    }
    const value = parseNumber(run.num);
    if (!Number.isFinite(value)) { i = Math.max(run.next, i + 1); continue; }
    const ascii = toAscii(run.num);
    const fourDigitYear = (/^\d{4}$/.test(ascii) || /^[零〇一二三四五六七八九]{4}$/.test(run.num)) && value >= 1000;
    let type: MentionType;
    let v: number | string = value;
    let u: string | null = unit || null;
    end = unit ? unitEnd : run.numEnd;
    if (run.pre === '第') {
      type = 'ORDINAL';
      if (!(COUNT.has(unit) || ORDINAL_AFTER.has(unit))) { u = null; end = run.numEnd; }
    } else if (run.pre === '百分之') { type = 'PERCENT'; u = '%'; end = run.numEnd; }
    else if (run.num.includes('分之')) { type = 'RATIO'; u = null; end = run.numEnd; }
    else if (unit === '%' || unit === '％') { type = 'PERCENT'; u = '%'; }
    else if (unit === '成' && /^[一二两三四五六七八九十]+$/.test(run.num)) { type = 'PERCENT'; v = value * 10; u = '%'; }
    else if (unit === '百分点' || unit === '个百分点') type = 'PERCENT_POINT';
    else if (MONEY.has(unit)) { type = 'MONEY'; if (unit === '人民币' || unit === '块') u = '元'; }
    else if (unit === '倍') type = 'RATIO';
    else if ((unit === '年' || unit === '年度') && fourDigitYear) {
      type = 'DATE'; u = '年'; v = String(value);
      // 2024年 1月 18日
      const mo = readDatePart(toks, next, '月', 12);
      if (mo) {
        v += `-${pad(mo.value)}`; u = '月'; end = mo.end; next = mo.next;
        const d = readDatePart(toks, next, '日', 31);
        if (d) { v += `-${pad(d.value)}`; u = '日'; end = d.end; next = d.next; }
      }
    } else if ((unit === '月' || unit === '月份') && Number.isInteger(value) && value >= 1 && value <= 12) {
      type = 'DATE'; u = '月'; v = `--${pad(value)}`;
      const d = readDatePart(toks, next, '日', 31);
      if (d) { v += `-${pad(d.value)}`; u = '日'; end = d.end; next = d.next; }
    } else if (DURATION.has(unit)) type = 'DURATION';
    else if (QUANTITY.has(unit)) type = 'QUANTITY';
    else if (ORDINAL_AFTER.has(unit)) type = 'ORDINAL';
    else if (COUNT.has(unit)) type = 'COUNT';
    else { type = 'NUMBER'; u = null; end = run.numEnd; }
    if (type !== 'DATE' && /[余多]/.test(text.slice(run.s, end))) q = 'over';
    const after = qualifierAfter(toks, next);
    if (after && q === 'exact') q = after;
    // drop edge whitespace (never inside text positions we chose, but be safe)
    let s = run.s;
    while (s < end && /\s/u.test(text[s])) s++;
    while (end > s && /\s/u.test(text[end - 1])) end--;
    if (end > s) out.push({ s, e: end, type, value: v, unit: u, q });
    i = Math.max(next, run.next, i + 1);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function stripOver(u: string): { unit: string; over: boolean } {
  const m = /^([余多])(.+)$/.exec(u);
  return m ? { unit: m[2], over: true } : { unit: u, over: false };
}

function known(u: string): boolean {
  return u === '%' || u === '％' || u === '成' || u === '百分点' || u === '倍' || u === '年度' || u === '月' || u === '月份' || u === '日' || u === '号'
    || MONEY.has(u) || DURATION.has(u) || QUANTITY.has(u) || COUNT.has(u) || ORDINAL_AFTER.has(u);
}

/** After a year or month: an integer number token and the given unit (月, 日), possibly over whitespace. */
function readDatePart(toks: Tok[], j: number, unit: string, max: number): { value: number; end: number; next: number } | null {
  let k = j;
  while (k < toks.length && isSpaceTok(toks[k].t) && k - j < 2) k++;
  if (k >= toks.length) return null;
  const run = readRun(toks, k);
  if (!run || run.pre) return null;
  let u = run.rest, end = run.restStart + u.length, next = run.next;
  if (!u) {
    let m = run.next;
    while (m < toks.length && isSpaceTok(toks[m].t) && m - run.next < 2) m++;
    if (m < toks.length) {
      u = toks[m].t; end = toks[m].e; next = m + 1;
      if (u.length > 1 && (u[0] === unit || (unit === '日' && u[0] === '号')) && u !== '月份') { u = u[0]; end = toks[m].s + 1; } // 日前, 日至
    }
  }
  if (u === '月份') u = '月';
  if (u === '号') u = '日';
  if (u !== unit) return null;
  const v = parseNumber(run.num);
  if (!Number.isInteger(v) || v < 1 || v > max) return null;
  return { value: v, end, next };
}

function extract(text: string): Mention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const words = load().cut(text, true);
  // locate the tokens in the text (they should tile it; search if one does not)
  const toks: Tok[] = [];
  let pos = 0;
  for (const w of words) {
    if (!w) continue;
    let s = text.startsWith(w, pos) ? pos : text.indexOf(w, pos);
    if (s < 0) continue;
    toks.push({ t: w, s, e: s + w.length });
    pos = s + w.length;
  }
  const cp = new CodePoints(text);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const o of extractTokens(text, toks)) {
    if (o.s < lastEnd) continue;
    const start = cp.toCp(o.s), end = cp.toCp(o.e);
    if (!(end > start)) continue;
    if (typeof o.value === 'number' && !Number.isFinite(o.value)) continue;
    // the specification (revised): a DATE's unit is always null
    out.push({ start, end, text: cp.slice(start, end), type: o.type, value: o.value, unit: o.type === 'DATE' ? null : o.unit, qualifier: o.q });
    lastEnd = o.e;
  }
  return out;
}

export const jiebaExtractor: Extractor = {
  name: 'jieba',
  version: jiebaVersion(),
  description: 'baseline: jieba segmentation (@node-rs/jieba, default dictionary) + typing each number token by the token after it',
  async init() { load(); },
  extract,
};
