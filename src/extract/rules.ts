// Stage 4: extract. Turns located numerals into typed mentions by reading
// their context in the normalized text: prefixes (第, 前, 百分之, qualifiers),
// what follows (scale, 余/多, a unit or classifier, a range, a date), and
// the hard negatives of the specification.
import { CLASS, Cls, CN_DIGIT, CN_SCALE, isDigit } from '../chars.js';
import { LEGAL_LABELS, ORDINAL_CLASSIFIERS, ORDINAL_FIXED, qualifierAfter, qualifierBefore, unitAt, type UnitEntry } from '../lexicon.js';
import { NumForm, numberValue, type NumberSpan } from '../numbers.js';
import type { MentionType, Qualifier } from '../types.js';

/** A mention over the normalized text; offsets are UTF-16 units of that text. */
export interface NormMention {
  start: number;
  end: number;
  type: MentionType;
  value: number | string;
  valueMax?: number | string;
  unit: string | null;
  qualifier: Qualifier;
  optional?: boolean;
}

const ch = (s: string) => s.charCodeAt(0);
const C = {
  DI: ch('第'), QIAN: ch('前'), YU: ch('余'), DUO: ch('多'), NIAN: ch('年'), YUE: ch('月'), RI: ch('日'), HAO: ch('号'),
  DU: ch('度'), FEN: ch('份'), ZHI: ch('至'), DAO: ch('到'), DASH: ch('-'), EMDASH: ch('—'), TILDE: ch('~'), WAVE: ch('〜'),
  PCT: ch('%'), DUN: ch('、'), DOT: ch('.'), LPAREN: ch('('), RPAREN: ch(')'), SHI: ch('是'), LQUOTE: ch('“'), RQUOTE: ch('”'),
  LBRACKET: ch('〔'), RBRACKET: ch('〕'), LSQ: ch('['), RSQ: ch(']'), LLENT: ch('【'), SHU: ch('数'), JI: ch('几'), SHANG: ch('上'),
  CHENG: ch('成'), COLON: ch(':'), RATIO: ch('∶'), ZHI2: ch('之'), FEN2: ch('分'), BAI: ch('百'), YI1: ch('一'), DA: ch('大'),
  ZHONG: ch('中'), JIE: ch('届'), CI: ch('次'), QI: ch('期'), GE: ch('个'), MIDDOT: ch('·'), YUAN: ch('元'), LIANG: ch('两'),
  XING: ch('性'), BI: ch('比'), NEI: ch('内'), HE: ch('和'), JI2: ch('及'), HUO: ch('或'), SPACE: ch(' '), YIN: ch('〇'),
};
const RANGE_CHARS = new Set([C.ZHI, C.DAO, C.DASH, C.EMDASH, C.TILDE, C.WAVE]);
const MEETING_AFTER_CI = ['会议', '全会', '全体会议', '常委会', '主任会议', '会', '大会', '代表大会', '党代会', '集体学习', '理事会'];

function startsWithAny(text: string, i: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, i)) return true;
  return false;
}

const isYearValue = (n: NumberSpan, s: string) =>
  (n.form === NumForm.ARABIC && n.intDigits === 4 && !n.decimal && n.value >= 1000 && n.value <= 2999) ||
  (n.form === NumForm.CHINESE && s.length === 4 && n.value >= 1000 && n.value <= 2999);

const pad = (v: number) => String(v).padStart(2, '0');

interface DatePart { end: number; iso: string; unit: string; month?: number; year?: number }

/**
 * Try to read a calendar date starting with numeral index i: Y年[M月[D日]], M月[D日], with 年度/月份.
 * Returns the parsed part and how many numerals it consumed.
 */
function readDate(text: string, nums: NumberSpan[], i: number, ctxYear?: number): [DatePart, number] | null {
  const n = nums[i];
  const s = text.slice(n.start, n.end);
  let p = n.end;
  let used = 1;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let unit = '';
  if (text.charCodeAt(p) === C.NIAN && isYearValue(n, s)) {
    year = n.value;
    p++;
    unit = '年';
    if (text.charCodeAt(p) === C.DU) p++;
    const m = nums[i + 1];
    if (m && m.start === p && m.value >= 1 && m.value <= 12 && Number.isInteger(m.value) && text.charCodeAt(m.end) === C.YUE) {
      month = m.value; p = m.end + 1; used++; unit = '月';
      if (text.charCodeAt(p) === C.FEN) p++;
      const d = nums[i + 2];
      if (d && d.start === p && d.value >= 1 && d.value <= 31 && Number.isInteger(d.value) && (text.charCodeAt(d.end) === C.RI || text.charCodeAt(d.end) === C.HAO)) {
        day = d.value; p = d.end + 1; used++; unit = '日';
      }
    }
  } else if (text.charCodeAt(p) === C.YUE && n.value >= 1 && n.value <= 12 && Number.isInteger(n.value) && !n.decimal && text.charCodeAt(n.start - 1) !== C.GE) {
    month = n.value; p++; unit = '月';
    if (text.charCodeAt(p) === C.FEN) p++;
    const d = nums[i + 1];
    if (d && d.start === p && d.value >= 1 && d.value <= 31 && Number.isInteger(d.value) && (text.charCodeAt(d.end) === C.RI || text.charCodeAt(d.end) === C.HAO)) {
      day = d.value; p = d.end + 1; used++; unit = '日';
    }
  } else return null;
  void ctxYear;
  let iso: string;
  if (year !== undefined) iso = `${year}${month !== undefined ? `-${pad(month)}` : ''}${day !== undefined ? `-${pad(day)}` : ''}`;
  else iso = `--${pad(month!)}${day !== undefined ? `-${pad(day)}` : ''}`;
  return [{ end: p, iso, unit, month, year }, used];
}

/** The value of a numeral with the scale characters that follow 余/多 (30多万 → 300000). */
function absorbScale(text: string, p: number): [number, number] {
  let exp = 0;
  while (CN_SCALE[text.charCodeAt(p)] && !(text.charCodeAt(p) === C.BAI && text.charCodeAt(p + 1) === C.FEN2)) {
    const c = text.charCodeAt(p);
    if (c === ch('千') && '米克瓦'.includes(text[p + 1] ?? '')) break;
    exp += CN_SCALE[c];
    p++;
  }
  return [exp, p];
}

function scaleValue(v: number, exp: number): number {
  return exp ? Number(`${v}e${exp}`) : v;
}

// Words in which 一/两/三… followed by a classifier-like character are not counts.
const CN_WORD_BLOCK = ['一些', '一批', '一系列', '一体', '一致', '一线', '一把手', '一般', '一律', '一切', '一直', '一样', '一流', '一贯',
  '一定', '一起', '一道', '一同', '一方面', '一次性', '一揽子', '一带一路', '一站式', '一流域', '一条龙', '一张网', '一盘棋', '一件事', '一类',
  '一网', '一门', '一支笔', '一口', '一票否决', '一号', '两级', '三级', '四级', '五级', '一级', '二级', '一审', '二审', '三审', '一村', '一县',
  '一市', '一省', '一区', '一地', '一处', '一案', '一人一', '一事一', '一项', '一个', '一份', '一场', '一种', '一部', '一本', '一套', '一位',
  '一所', '一家', '一座', '一条', '一支', '一张', '一片', '一块', '一轮', '一组', '一对', '一股', '一层', '一票', '一席', '一员', '一代',
  '三农', '三公', '十分', '万一', '千万', '百姓', '千方百计', '一手', '一并', '一心', '一时', '一度', '一旦', '一经', '一连', '一如', '一举',
  '一号文件'];

export interface RuleOptions {
  /** emit optional-class mentions (quarters, congress short names); on by default */
  optionalClasses?: boolean;
}

export function interpret(text: string, nums: NumberSpan[], atLineStart: (i: number) => boolean): NormMention[] {
  const out: NormMention[] = [];
  const n = nums.length;
  let lastDate: { end: number; year?: number; month?: number } | null = null;

  for (let i = 0; i < n; i++) {
    const num = nums[i];
    const s = text.slice(num.start, num.end);
    const before = text.charCodeAt(num.start - 1);
    const before2 = text.charCodeAt(num.start - 2);
    const after = text.charCodeAt(num.end);
    const isCn = num.form === NumForm.CHINESE;

    if (!Number.isFinite(num.value)) continue;

    // ---- hard negatives ----
    if (CLASS[before] === Cls.LATIN || (CLASS[after] === Cls.LATIN && !unitAt(text, num.end))) continue; // PM2.5, G0616, 5G, 4A
    if (before === C.LBRACKET || after === C.RBRACKET || before === C.LSQ || before === C.LLENT || after === C.RSQ) continue; // 〔2023〕, [1]
    if (before === C.LPAREN && after === C.RPAREN) { // (一) (2) (2023)13002号
      continue;
    }
    if ((before === C.EMDASH || before === C.DASH) && (after === C.EMDASH || after === C.DASH) && !isDigit(before2)) continue; // —1— page marker
    if (after === C.DUN && (isCn || atLineStart(num.start)) && !unitAt(text, num.end)) continue; // 一、 1、
    if (isCn && after === C.SHI && (CLASS[before] === Cls.PUNCT || atLineStart(num.start) || before === C.HE)) continue; // 一是
    if (!isCn && atLineStart(num.start) && after === C.DOT) continue; // "1." list marker (a decimal was read as part of the numeral)
    if (before === C.SHU || before === C.JI) continue; // 数十, 几百
    if ((before === C.SHANG || before === C.CHENG) && isCn && s.length === 1 && CN_SCALE[s.charCodeAt(0)]) continue; // 上百, 成千上万
    if (after === C.HAO && !text.startsWith('号', num.end) === false && text.charCodeAt(num.end - 1) !== C.YUE) {
      // 1号 instruments, 13002号 case numbers; dates are read below before we get here only via readDate
      if (!(readDate(text, nums, i))) continue;
    }
    if (isCn) {
      let blocked = false;
      for (const w of CN_WORD_BLOCK) if (text.startsWith(w, num.start)) { blocked = true; break; }
      // 一 + classifier is usually the article "a"; counted only after words that say how many
      if (blocked && !(s === '一' && /[仅只共各至少有计]$/.test(text.slice(Math.max(0, num.start - 1), num.start)) && !text.startsWith('一些', num.start) && !text.startsWith('一批', num.start))) {
        if (before !== C.DI) continue;
      }
      if (before === C.LQUOTE) { // “四大检察”, “两个维护”
        const close = text.indexOf('”', num.end);
        if (close >= 0 && close - num.start <= 8) continue;
      }
    }
    // digits in quoted slogans: “1+13+N”, “1231”
    if (!isCn && (after === ch('+') || before === ch('+'))) continue;

    // ---- ordinals with 第 / 前 ----
    if (before === C.DI) {
      const cls = unitAt(text, num.end);
      let p = num.end;
      let unit: string | null = null;
      const two = text.slice(p, p + 2);
      if (LEGAL_LABELS.has(text[p]) || LEGAL_LABELS.has(two)) continue;
      if (startsWithAny(text, p, ORDINAL_FIXED)) continue;
      if (text.startsWith('季度', p)) {
        out.push({ start: num.start - 1, end: p + 2, type: 'DATE', value: `Q${num.value}`, unit: null, qualifier: 'exact', optional: true });
        continue;
      }
      if (ORDINAL_CLASSIFIERS.has(two)) { unit = two; p += 2; }
      else if (ORDINAL_CLASSIFIERS.has(text[p])) { unit = text[p]; p += 1; }
      else if (cls && cls[0].type === 'COUNT' && cls[1] === 1 && !'条款项章节'.includes(text[p])) { unit = cls[0].unit; p += cls[1]; }
      if (!Number.isInteger(num.value) || num.value <= 0) continue;
      out.push({ start: num.start - 1, end: p, type: 'ORDINAL', value: num.value, unit, qualifier: 'exact' });
      continue;
    }
    if (before === C.QIAN && CLASS[before2] !== Cls.DIGIT) {
      if (text.startsWith('季度', num.end)) {
        out.push({ start: num.start - 1, end: num.end + 2, type: 'DATE', value: `Q1/Q${num.value}`, unit: null, qualifier: 'exact', optional: true });
        continue;
      }
      const prevWord = text.slice(Math.max(0, num.start - 3), num.start - 1);
      if (/(全国|全省|全市|排名|位居|进入|居|位列|跻身|列|世界|行业|同类)$/.test(prevWord) || ORDINAL_CLASSIFIERS.has(text[num.end]) && '名位强批'.includes(text[num.end])) {
        let p = num.end; let unit: string | null = null;
        if ('名位强批'.includes(text[p])) { unit = text[p]; p++; }
        out.push({ start: num.start - 1, end: p, type: 'ORDINAL', value: num.value, unit, qualifier: 'exact' });
        continue;
      }
    }

    // ---- percent words ----
    if (text.startsWith('百分之', num.start - 3)) {
      out.push({ start: num.start - 3, end: num.end, type: 'PERCENT', value: num.value, unit: '%', qualifier: withQualifiers(text, num.start - 3, num.end).q });
      const last = out[out.length - 1];
      const qa = qualifierAfter(text, num.end);
      if (qa) last.qualifier = qa[0];
      continue;
    }
    if (text.startsWith('分之', num.end)) {
      const m = nums[i + 1];
      if (m && m.start === num.end + 2 && num.value !== 0) {
        const q = withQualifiers(text, num.start, m.end);
        out.push({ start: num.start, end: m.end, type: 'RATIO', value: m.value / num.value, unit: null, qualifier: q.q });
        i++;
        continue;
      }
    }
    if (s === '百' && text.startsWith('分之', num.end)) continue;

    // ---- ratios a:b ----
    if (!isCn && (after === C.COLON || after === C.RATIO)) {
      const m = nums[i + 1];
      if (m && m.start === num.end + 1 && m.form !== NumForm.CHINESE && m.value !== 0 && !(num.intDigits <= 2 && !num.decimal && m.intDigits === 2 && !m.decimal && num.value <= 24 && m.value < 60 && text.charCodeAt(m.end) !== C.COLON)) {
        let j = i + 1;
        while (nums[j + 1] && nums[j + 1].start === nums[j].end + 1 && (text.charCodeAt(nums[j].end) === C.COLON || text.charCodeAt(nums[j].end) === C.RATIO)) j++;
        out.push({ start: num.start, end: nums[j].end, type: 'RATIO', value: num.value / m.value, unit: null, qualifier: 'exact' });
        i = j;
        continue;
      }
    }

    // ---- dates ----
    const d = readDate(text, nums, i);
    if (d) {
      const [part, used] = d;
      let end = part.end;
      let iso = part.iso;
      let consumed = used;
      // ranges: 2022年1至5月, 2023年7月27日至29日, 一九八一年至一九八五年, 1-11月
      const rc = text.charCodeAt(end);
      const nx = nums[i + used];
      if (RANGE_CHARS.has(rc) && nx && nx.start === end + 1) {
        const d2 = readDate(text, nums, i + used);
        if (d2) {
          const [p2, used2] = d2;
          let iso2 = p2.iso;
          if (p2.year === undefined && part.year !== undefined) iso2 = `${part.year}${iso2.slice(1)}`;
          iso = `${iso}/${iso2}`; end = p2.end; consumed += used2;
        } else if (part.unit === '日' && Number.isInteger(nx.value) && nx.value <= 31 && (text.charCodeAt(nx.end) === C.RI || text.charCodeAt(nx.end) === C.HAO)) {
          iso = `${iso}/${iso.slice(0, iso.lastIndexOf('-'))}-${pad(nx.value)}`; end = nx.end + 1; consumed++;
        }
      }
      out.push({ start: num.start, end, type: 'DATE', value: iso, unit: part.unit, qualifier: 'exact' });
      lastDate = { end, year: part.year, month: part.month };
      i += consumed - 1;
      continue;
    }
    // year and month ranges with the unit only at the end: 2023-2024年度, 1-11月, 1至5月, 2021-2025年
    if (!num.decimal && Number.isInteger(num.value) && RANGE_CHARS.has(after)) {
      const m = nums[i + 1];
      if (m && m.start === num.end + 1 && Number.isInteger(m.value)) {
        const mAfter = text.charCodeAt(m.end);
        const sm = text.slice(m.start, m.end);
        if (mAfter === C.NIAN && isYearValue(num, s) && isYearValue(m, sm)) {
          let end = m.end + 1;
          if (text.charCodeAt(end) === C.DU) end++;
          out.push({ start: num.start, end, type: 'DATE', value: `${num.value}/${m.value}`, unit: '年', qualifier: 'exact' });
          i++; continue;
        }
        if (mAfter === C.YUE && num.value >= 1 && num.value <= 12 && m.value >= 1 && m.value <= 12 && text.charCodeAt(num.start - 1) !== C.GE) {
          let end = m.end + 1;
          if (text.charCodeAt(end) === C.FEN) end++;
          const y = lastDate && lastDate.end === num.start && lastDate.year !== undefined ? lastDate.year : undefined;
          out.push({ start: num.start, end, type: 'DATE', value: `--${pad(num.value)}/--${pad(m.value)}`, unit: '月', qualifier: 'exact' });
          void y;
          i++; continue;
        }
      }
    }
    // a day listed after a date: 9月21日、22日
    if ((after === C.RI || after === C.HAO) && lastDate && lastDate.month !== undefined && num.start - lastDate.end <= 2 && num.value >= 1 && num.value <= 31 && Number.isInteger(num.value)) {
      const sep = text.slice(lastDate.end, num.start);
      if (sep === '、' || sep === '和' || sep === '及' || sep === '或' || sep === ',') {
        const iso = `${lastDate.year !== undefined ? lastDate.year : '-'}-${pad(lastDate.month)}-${pad(num.value)}`;
        out.push({ start: num.start, end: num.end + 1, type: 'DATE', value: iso.startsWith('-') ? `-${iso}` : iso, unit: '日', qualifier: 'exact' });
        lastDate = { end: num.end + 1, year: lastDate.year, month: lastDate.month };
        continue;
      }
    }
    // ISO dates 2026-01-22
    if (num.intDigits === 4 && after === C.DASH && isYearValue(num, s)) {
      const m = nums[i + 1], dd = nums[i + 2];
      if (m && dd && m.start === num.end + 1 && text.charCodeAt(m.end) === C.DASH && dd.start === m.end + 1 && m.value >= 1 && m.value <= 12 && dd.value >= 1 && dd.value <= 31) {
        if (before === C.DI) { i += 2; continue; }
        out.push({ start: num.start, end: dd.end, type: 'DATE', value: `${num.value}-${pad(m.value)}-${pad(dd.value)}`, unit: null, qualifier: 'exact' });
        i += 2; continue;
      }
    }
    // date labels “5·13”
    if (!isCn && after === C.MIDDOT) {
      const m = nums[i + 1];
      if (m && m.start === num.end + 1 && num.value >= 1 && num.value <= 12 && m.value >= 1 && m.value <= 31) {
        out.push({ start: num.start, end: m.end, type: 'DATE', value: `--${pad(num.value)}-${pad(m.value)}`, unit: null, qualifier: 'exact', optional: true });
        i++; continue;
      }
    }

    // ---- congress short names and plenums: 二十大, 二中全会 ----
    if (isCn && after === C.DA && num.value >= 10 && num.value <= 30 && Number.isInteger(num.value)) {
      out.push({ start: num.start, end: num.end + 1, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
      continue;
    }
    if (isCn && after === C.ZHONG && text.startsWith('全会', num.end + 1)) {
      out.push({ start: num.start, end: num.end + 1, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
      continue;
    }

    // ---- quantities with a unit ----
    let p = num.end;
    let value = num.value;
    let inSpanQual: Qualifier | null = null;
    if ((after === C.YU || after === C.DUO) && !text.startsWith('多元', p) && !text.startsWith('余额', p)) {
      const [exp, q] = absorbScale(text, p + 1);
      const u = unitAt(text, q);
      if (u || exp) { inSpanQual = 'over'; value = scaleValue(value, exp); p = q; }
    }
    const u = unitAt(text, p);
    let unitEntry: UnitEntry | null = u ? u[0] : null;
    let end = u ? p + u[1] : p;
    // a range: 5—10家, 3至5年, 三到五年
    let valueMax: number | undefined;
    const rc = text.charCodeAt(end);
    if (RANGE_CHARS.has(rc) && !(rc === C.EMDASH && before === C.EMDASH)) {
      const m = nums[i + 1];
      if (m && m.start === end + 1 && (m.form === NumForm.CHINESE) === isCn && Number.isFinite(m.value)) {
        let mp = m.end;
        let mv = m.value;
        if (text.charCodeAt(mp) === C.YU || text.charCodeAt(mp) === C.DUO) { mp++; inSpanQual = 'over'; }
        const mu = unitAt(text, mp);
        if (mu && (!unitEntry || mu[0].unit === unitEntry.unit)) {
          // scale written only on the upper end: 5-10万元 → both in 万
          if (!unitEntry && m.form === NumForm.MIXED && num.form === NumForm.ARABIC) {
            const mexp = Math.round(Math.log10(m.value / Number(text.slice(m.start, m.end).replace(/[^0-9.]/g, '')) || 1));
            value = scaleValue(value, mexp);
          }
          unitEntry = mu[0];
          valueMax = mv;
          end = mp + mu[1];
          i++;
        }
        void mv;
      }
    }
    if (unitEntry) {
      let type = unitEntry.type;
      let unit: string | null = unitEntry.unit;
      if (unitEntry.unit === '成') { /* never: 成 maps to % */ }
      if (text.slice(p, p + 1) === '成') { value = value * 10; if (valueMax !== undefined) valueMax *= 10; }
      // words the unit character starts: 一次性, 三年行动 handled by block list
      if (text.charCodeAt(end) === C.XING && (unit === '次' || unit === '元')) continue;
      if (unit === '届') type = 'ORDINAL';
      if (unit === '次' && startsWithAny(text, end, MEETING_AFTER_CI)) type = 'ORDINAL';
      if (unit === '期' && startsWithAny(text, end, ['工程', '项目'])) type = 'ORDINAL';
      if (unit === '年' && isYearValue(num, s)) { type = 'DATE'; }
      if ((unit === '月') && !(isCn && num.value > 12)) continue; // month handled by readDate; 月 after a large numeral is odd
      if (unit === '日' && type === 'DURATION' && text.charCodeAt(num.start - 1) === C.YUE) continue;
      if (unit === '元' && text.startsWith('元月', p)) continue;
      if (type === 'COUNT' && isCn && num.value === 1 && s === '一' && !/[仅只共各有计少]$/.test(text.slice(Math.max(0, num.start - 1), num.start))) {
        // the article 一: keep only where a count is meant
        const prevChar = text[num.start - 1] ?? '';
        if (!/[和、与及或第每]/.test(prevChar)) continue;
      }
      if (unit === '月' || unit === '日' && text.charCodeAt(end) === C.YUE) continue;
      if (type === 'DATE') {
        out.push({ start: num.start, end, type, value: String(num.value), unit: '年', qualifier: 'exact' });
        continue;
      }
      if (unit === '%' && before === C.DASH && !isDigit(before2)) { value = -value; }
      const q = withQualifiers(text, before === C.DASH && unit === '%' ? num.start - 1 : num.start, end);
      let qualifier: Qualifier = inSpanQual ?? q.q;
      if (!inSpanQual) {
        const qa = qualifierAfter(text, end);
        if (qa && (qa[0] !== 'under' || text.startsWith('以下', end) || type === 'DURATION' || type === 'QUANTITY')) {
          if (!(text.startsWith('内', end) && type !== 'DURATION')) qualifier = qa[0];
        } else if (q.q !== 'exact') qualifier = q.q;
      }
      // 近三年 = "the last three years"
      if (type === 'DURATION' && q.q === 'under' && q.word === '近' && isCn && unit === '年') qualifier = 'exact';
      const start = unit === '%' && before === C.DASH && !isDigit(before2) ? num.start - 1 : num.start;
      const m: NormMention = { start, end, type, value, unit, qualifier };
      if (valueMax !== undefined) m.valueMax = valueMax;
      if (type === 'ORDINAL') m.qualifier = 'exact';
      out.push(m);
      continue;
    }

    // ---- bare numerals ----
    if (isCn) {
      // Chinese numerals without a unit are parts of words, except large written amounts (百亿 MONEY)
      if (s.length >= 2 && CN_SCALE[s.charCodeAt(s.length - 1)] === 8 && /工程|国债|资金|投资/.test(text.slice(num.end, num.end + 3))) {
        out.push({ start: num.start, end: num.end, type: 'MONEY', value: num.value, unit: null, qualifier: 'exact' });
      }
      continue;
    }
    // ratios named by a preceding 比: “案-件比”为1.043
    const lookback = text.slice(Math.max(0, num.start - 8), num.start);
    if (num.decimal && /比/.test(lookback) && !/比上年|同比|环比|相比|比重/.test(lookback)) {
      out.push({ start: num.start, end: num.end, type: 'RATIO', value: num.value, unit: null, qualifier: withQualifiers(text, num.start, num.end).q });
      continue;
    }
    if (isYearValue(num, s) && CLASS[after] === Cls.CJK) {
      out.push({ start: num.start, end: num.end, type: 'DATE', value: String(num.value), unit: null, qualifier: 'exact' });
      continue;
    }
    if (CLASS[after] === Cls.CJK || CLASS[after] === Cls.CNUM) {
      if (num.intDigits >= 5 && num.form === NumForm.ARABIC && !num.decimal) continue; // hotlines, codes
      if (/指数$/.test(lookback)) {
        out.push({ start: num.start, end: num.end, type: 'NUMBER', value: num.value, unit: null, qualifier: 'exact' });
        continue;
      }
      if (num.form === NumForm.MIXED || num.value >= 2) {
        out.push({ start: num.start, end: num.end, type: 'COUNT', value: num.value, unit: null, qualifier: withQualifiers(text, num.start, num.end).q });
      }
      continue;
    }
    if (/指数$/.test(lookback)) {
      out.push({ start: num.start, end: num.end, type: 'NUMBER', value: num.value, unit: null, qualifier: 'exact' });
    }
  }
  void CN_DIGIT; void numberValue; void C.YIN;
  return out;
}

function withQualifiers(text: string, start: number, _end: number): { q: Qualifier; word: string } {
  const qb = qualifierBefore(text, start);
  if (!qb) return { q: 'exact', word: '' };
  const word = text.slice(start - qb[1], start);
  // a verb that only contains the character (超收) never reaches here: the word must touch the number
  return { q: qb[0], word };
}
