// Stage 4: extract. Turns located numerals into typed mentions by reading
// their context in the normalized text: prefixes (第, 前, 百分之, qualifiers),
// what follows (scale, 余/多, a unit or classifier, a range, a date), and
// the hard negatives of the specification.
import { CLASS, Cls, CN_SCALE, isDigit } from '../../text/chars.js';
import { LEGAL_LABELS, ORDINAL_CLASSIFIERS, ORDINAL_FIXED, WordSet, qualifierAfter, qualifierBefore, unitAt, type UnitEntry } from '../lexicon.js';
import { NumForm, readArabic, type NumberSpan } from '../numbers.js';
import { absorbScale, isDayNum, isMonthNum, isYearValue, pad, qualifierAround, readDate, scaleValue } from '../read.js';
import type { MentionType, Qualifier } from '../../types.js';

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
  DUN: ch('、'), DOT: ch('.'), LPAREN: ch('('), RPAREN: ch(')'), SHI: ch('是'), LQUOTE: ch('“'), RQUOTE: ch('”'),
  LBRACKET: ch('〔'), RBRACKET: ch('〕'), LSQ: ch('['), RSQ: ch(']'), LLENT: ch('【'), SHU: ch('数'), JI: ch('几'), SHANG: ch('上'),
  CHENG: ch('成'), COLON: ch(':'), RATIO: ch('∶'), FEN2: ch('分'), BAI: ch('百'), DA: ch('大'), ZHONG: ch('中'), GE: ch('个'),
  MIDDOT: ch('·'), XING: ch('性'), HE: ch('和'), TIMES: ch('×'), BAN: ch('半'), PLUS: ch('+'), SHI2: ch('时'), DIAN: ch('点'),
};
const W_TABLE_REF = ['附件', '附表', '见表', '如表', '见图', '如图'];
const W_LIST_NAMES = ['世界', '中国', '全国'];
const W_PROGRAMME = ['工程', '国债'];
const W_RANK_BEFORE = ['全国', '全省', '全市', '排名', '位居', '进入', '居', '位列', '跻身', '列', '行业', '同类', '中部'];
const W_CONGRESS_BEFORE = ['党的', '十', '、'];
const W_DA_NOUNS = ['行动', '工程', '平台', '中心', '产业', '领域', '板块', '因素', '革命', '举措', '任务', '典型', '关口', '服务', '世界', '旅游', '提升', '重点'];
const W_PROGRAMME_AFTER = ['行动', '攻坚行动', '规划', '立法规划', '发展规划', '行动计划', '“'];
const W_MEETING = ['会议', '全体会议', '常委会', '党代会', '代表大会'];
const W_SESSION_BEFORE = ['届', '人大', '常委会', '届人大'];
const W_PHASE_AFTER = ['工程', '项目', '改扩建'];
const W_ROUND_AFTER = ['延包', '土地承包'];
const W_DAY_DURATION_AFTER = ['内', '以内', '之内', '后', '前', '以上', '以后'];
const RANGE_CHARS = new Set([C.ZHI, C.DAO, C.DASH, C.EMDASH, C.TILDE, C.WAVE]);
const LIST_SEPARATORS = new Set(['、', '和', '及', '与', '或', ',']);
const SENTENCE_END = new Set(['.', '。', ':', ';', '!', '?', ')', '”']);

function startsWithAny(text: string, i: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, i)) return true;
  return false;
}
const endsWithAny = (text: string, i: number, words: readonly string[]) => {
  for (const w of words) if (text.startsWith(w, i - w.length)) return true;
  return false;
};

// Words in which a Chinese numeral is not a number (the spec's fixed names,
// slogans and article-like 一).
const CN_WORD_BLOCK = ['一些', '一批', '一系列', '一体', '一致', '一线', '一把手', '一般', '一律', '一切', '一直', '一样', '一流', '一贯',
  '一定', '一起', '一道', '一同', '一方面', '一次性', '一揽子', '一带一路', '一站式', '一条龙', '一张网', '一盘棋', '一件事',
  '一网', '一门', '一口', '一票否决', '一号', '一审', '二审', '三审', '一并', '一心', '一时', '一度', '一旦', '一经', '一连', '一如', '一举',
  '一手', '三农', '三公', '万一', '千万', '百姓', '千方百计', '千家万户', '百日', '百倍', '千兆', '万人起诉率', '五台', '三次产业',
  '八项规定', '八项行动', '五篇大文章', '一刻钟', '三晋', '九州', '四海', '五湖', '一等', '二等', '三等', '十四五', '十三五', '十五五',
  '两级', '三级', '四级', '五级', '一级', '二级', '百优', '千亿级', '万亿级', '千万吨级', '百万吨级', '一号文件', '百家', '万家', '千村', '百县', '百校', '万企', '万村'];
const BLOCKED = new WordSet(CN_WORD_BLOCK);
const ARTICLE_YI_BEFORE = /[仅只共各有计]$/;

export function interpret(text: string, nums: NumberSpan[], atLineStart: (i: number) => boolean): NormMention[] {
  const out: NormMention[] = [];
  let lastDate: { end: number; year?: number; month?: number } | null = null;
  let lastEnd = 0;
  const push = (m: NormMention) => { out.push(m); lastEnd = m.end; return m; };

  for (let i = 0; i < nums.length; i++) {
    let num = nums[i];
    if (num.start < lastEnd) continue; // consumed by the previous mention (7000余万元)
    let s = text.slice(num.start, num.end);
    const isCn = num.form === NumForm.CHINESE;
    if (!Number.isFinite(num.value)) continue;

    // "17.10个" at the start of a line after a sentence end: the list marker "17." and "10个"
    if (!isCn && num.decimal && num.intDigits <= 2 && atLineStart(num.start) && (num.start === 0 || SENTENCE_END.has(text[num.start - 1]))) {
      const dot = text.indexOf('.', num.start);
      num = readArabic(text, dot + 1, text.length);
      nums[i] = num;
      s = text.slice(num.start, num.end);
    }
    const before = text.charCodeAt(num.start - 1);
    const before2 = text.charCodeAt(num.start - 2);
    const after = text.charCodeAt(num.end);

    // ---- hard negatives ----
    if (CLASS[before] === Cls.LATIN) continue; // PM2.5, G0616
    if (CLASS[after] === Cls.LATIN) { const u = unitAt(text, num.end); if (!u || CLASS[text.charCodeAt(num.end + u[1])] === Cls.LATIN) continue; } // 5G, 4A级
    if (before === C.LBRACKET || after === C.RBRACKET || before === C.LSQ || before === C.LLENT || after === C.RSQ) continue; // 〔2023〕, [1]
    if (before === C.LPAREN && after === C.RPAREN) continue; // (一) (2)
    if ((before === C.EMDASH || before === C.DASH) && (after === C.EMDASH || after === C.DASH) && !isDigit(before2)) continue; // —1— page marker
    if (after === C.DUN && (isCn || atLineStart(num.start)) && !unitAt(text, num.end)) continue; // 一、 1、
    if (isCn && after === C.SHI && (CLASS[before] === Cls.PUNCT || atLineStart(num.start) || before === C.HE || num.start === 0)) continue; // 一是
    if (!isCn && atLineStart(num.start) && after === C.DOT) continue; // "1." list marker
    if (isCn && (before === C.SHU || before === C.JI)) continue; // 数十, 几百
    if (isCn && (before === C.SHANG || before === C.CHENG) && s.length === 1 && CN_SCALE[s.charCodeAt(0)]) continue; // 上百, 成千上万
    if (after === C.HAO) continue; // 1号 instruments, 13002号 case numbers (dates were read with their month)
    if (!isCn && (after === C.PLUS || before === C.PLUS)) continue; // “1+13+N”
    if (endsWithAny(text, num.start, W_TABLE_REF) && !isCn) continue;
    if (before === C.DI && after === C.DASH) { while (nums[i + 1] && nums[i + 1].start === nums[i].end + 1) i++; continue; } // 第2024-01-19期 (issue numbers)
    // digits in a short quoted slogan: “551人才选拔培养工程”, “1231”工作思路
    if (!isCn && before === C.LQUOTE && after !== C.MIDDOT && insideShortQuote(text, num.start, num.end)) continue;
    if (!isCn && (after === C.SHI2 || after === C.DIAN) && !num.decimal && !unitAt(text, num.end)) continue; // 12时, 9点 (times of day)
    if (after === C.DA && text.startsWith('大', num.end) && (text.startsWith('强', num.end + 1))) continue;
    if (!isCn && text.startsWith('强', num.end) && endsWithAny(text, num.start, W_LIST_NAMES)) continue; // 世界500强 (D-29)

    if (isCn) {
      // amounts written in words in programme names: 百亿工程, 万亿国债 (spec: 百亿 → MONEY, D-26)
      if (s.length >= 2 && CN_SCALE[s.charCodeAt(s.length - 1)] >= 8 && startsWithAny(text, num.end, W_PROGRAMME)) {
        push({ start: num.start, end: num.end, type: 'MONEY', value: num.value, unit: null, qualifier: 'exact' });
        continue;
      }
      if (BLOCKED.at(text, num.start) && before !== C.DI) {
        if (!(text.startsWith('十分之', num.start))) continue;
      }
      if (text.startsWith('十分', num.start) && !text.startsWith('十分钟', num.start) && !text.startsWith('十分之', num.start)) continue;
      // inside a short quotation: “四大检察”, “两个维护”, “最后一公里”
      if (insideShortQuote(text, num.start, num.end)) continue;
      // paired slogans: 一链一册, 一镇一册, 三册一站
      if (s.length === 1 && (text[num.end + 1] === s || text[num.start - 2] === s)) continue;
    }

    // ---- ordinals with 第 / 前 ----
    if (before === C.DI) {
      let p = num.end;
      let unit: string | null = null;
      const two = text.slice(p, p + 2);
      if (LEGAL_LABELS.has(text[p]) || LEGAL_LABELS.has(two)) continue;
      if (startsWithAny(text, p, ORDINAL_FIXED)) continue;
      if (num.value === 1 && text.startsWith('届', p) && text.charCodeAt(num.start - 2) === ch('新')) continue;
      if (text[p] === ',' && num.value <= 10) continue; // 第三, as a discourse marker
      if (text.startsWith('季度', p)) {
        push({ start: num.start - 1, end: p + 2, type: 'DATE', value: `Q${num.value}`, unit: null, qualifier: 'exact', optional: true });
        continue;
      }
      if (!Number.isInteger(num.value) || num.value <= 0) continue;
      if (ORDINAL_CLASSIFIERS.has(two)) { unit = two; p += 2; }
      else if (ORDINAL_CLASSIFIERS.has(text[p])) { unit = text[p]; p += 1; }
      else {
        const shared = sharedUnitAhead(text, nums, i);
        if (shared && ORDINAL_CLASSIFIERS.has(shared.unit)) unit = shared.unit;
      }
      push({ start: num.start - 1, end: p, type: 'ORDINAL', value: num.value, unit, qualifier: 'exact' });
      continue;
    }
    if (before === C.QIAN && CLASS[before2] !== Cls.DIGIT) {
      if (text.startsWith('季度', num.end)) {
        push({ start: num.start - 1, end: num.end + 2, type: 'DATE', value: `Q1/Q${num.value}`, unit: null, qualifier: 'exact', optional: true });
        continue;
      }
      if (endsWithAny(text, num.start - 1, W_RANK_BEFORE) || '名位强批'.includes(text[num.end])) {
        let p = num.end; let unit: string | null = null;
        if ('名位强批'.includes(text[p])) { unit = text[p]; p++; }
        push({ start: num.start - 1, end: p, type: 'ORDINAL', value: num.value, unit, qualifier: 'exact' });
        continue;
      }
    }

    // ---- percent words and fractions ----
    if (text.startsWith('百分之', num.start - 3)) {
      const q = qualifierAround(text, num.start - 3, num.end);
      push({ start: num.start - 3, end: num.end, type: 'PERCENT', value: num.value, unit: '%', qualifier: q });
      continue;
    }
    if (text.startsWith('分之', num.end)) {
      const m = nums[i + 1];
      if (m && m.start === num.end + 2 && num.value !== 0) {
        push({ start: num.start, end: m.end, type: 'RATIO', value: m.value / num.value, unit: null, qualifier: qualifierAround(text, num.start, m.end) });
        i++;
        continue;
      }
    }
    if (s === '百' && text.startsWith('分之', num.end)) continue;

    // ---- ratios a:b and products a×b ----
    if (!isCn && (after === C.COLON || after === C.RATIO)) {
      const m = nums[i + 1];
      const clock = num.intDigits <= 2 && !num.decimal && m && m.intDigits === 2 && !m.decimal && num.value <= 24 && m.value < 60;
      if (m && m.start === num.end + 1 && m.form !== NumForm.CHINESE && m.value !== 0 && !clock) {
        let j = i + 1;
        while (nums[j + 1] && nums[j + 1].start === nums[j].end + 1 && (text.charCodeAt(nums[j].end) === C.COLON || text.charCodeAt(nums[j].end) === C.RATIO)) j++;
        push({ start: num.start, end: nums[j].end, type: 'RATIO', value: num.value / m.value, unit: null, qualifier: 'exact' });
        i = j;
        continue;
      }
    }
    if (!isCn && after === C.TIMES) {
      const m = nums[i + 1];
      const u = m && m.start === num.end + 1 ? unitAt(text, m.end) : null;
      if (m && u) {
        push({ start: num.start, end: m.end + u[1], type: u[0].type, value: num.value * m.value, unit: u[0].unit, qualifier: 'exact' });
        i++;
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
      const rc = text.charCodeAt(end);
      const nx = nums[i + used];
      // a year followed by a month range: 2022年1至5月
      const m1 = nums[i + used], m2 = nums[i + used + 1];
      if (part.unit === '年' && m1 && m2 && m1.start === end && isMonthNum(m1) && RANGE_CHARS.has(text.charCodeAt(m1.end)) && m2.start === m1.end + 1 && isMonthNum(m2) && text.charCodeAt(m2.end) === C.YUE) {
        let e2 = m2.end + 1;
        if (text.charCodeAt(e2) === C.FEN) e2++;
        push({ start: num.start, end: e2, type: 'DATE', value: `${part.year}-${pad(m1.value)}/${part.year}-${pad(m2.value)}`, unit: null, qualifier: 'exact' });
        lastDate = { end: e2, year: part.year, month: m2.value };
        i += used + 1;
        continue;
      }
      if (RANGE_CHARS.has(rc) && nx && nx.start === end + 1) {
        const d2 = readDate(text, nums, i + used);
        if (d2) {
          const [p2, used2] = d2;
          let iso2 = p2.iso;
          if (p2.year === undefined && part.year !== undefined) iso2 = `${part.year}${iso2.slice(1)}`;
          iso = `${iso}/${iso2}`; end = p2.end; consumed += used2;
        } else if (part.unit === '日' && isDayNum(nx) && (text.charCodeAt(nx.end) === C.RI || text.charCodeAt(nx.end) === C.HAO)) {
          iso = `${iso}/${iso.slice(0, iso.lastIndexOf('-'))}-${pad(nx.value)}`; end = nx.end + 1; consumed++;
        } else if (part.unit === '月' && isMonthNum(nx) && text.charCodeAt(nx.end) === C.YUE) {
          const ym = iso.slice(0, iso.lastIndexOf('-'));
          iso = `${iso}/${ym}-${pad(nx.value)}`; end = nx.end + 1; consumed++;
          if (text.charCodeAt(end) === C.FEN) end++;
        }
      }
      push({ start: num.start, end, type: 'DATE', value: iso, unit: null, qualifier: 'exact' });
      lastDate = { end, year: part.year, month: part.month };
      i += consumed - 1;
      continue;
    }
    // year and month ranges with the unit at the end: 2023-2024年度, 1-11月, 1至5月
    if (!num.decimal && Number.isInteger(num.value) && RANGE_CHARS.has(after)) {
      const m = nums[i + 1];
      if (m && m.start === num.end + 1 && Number.isInteger(m.value)) {
        const mAfter = text.charCodeAt(m.end);
        if (mAfter === C.NIAN && isYearValue(num, s) && isYearValue(m, text.slice(m.start, m.end))) {
          let end = m.end + 1;
          if (text.charCodeAt(end) === C.DU) end++;
          push({ start: num.start, end, type: 'DATE', value: `${num.value}/${m.value}`, unit: null, qualifier: 'exact' });
          i++; continue;
        }
        if (mAfter === C.YUE && isMonthNum(num) && isMonthNum(m) && before !== C.GE) {
          let end = m.end + 1;
          if (text.charCodeAt(end) === C.FEN) end++;
          const y = lastDate && lastDate.end === num.start && lastDate.year !== undefined ? `${lastDate.year}` : '-';
          push({ start: num.start, end, type: 'DATE', value: `${y}-${pad(num.value)}/${y}-${pad(m.value)}`, unit: null, qualifier: 'exact' });
          i++; continue;
        }
      }
    }
    // a day written alone after a date: 9月21日、22日; 22日上午 (D-31)
    if (after === C.RI && isDayNum(num) && lastDate && lastDate.month !== undefined && num.start - lastDate.end <= 400 &&
      !startsWithAny(text, num.end + 1, W_DAY_DURATION_AFTER) && !isCn) {
      const iso = `${lastDate.year !== undefined ? lastDate.year : '-'}-${pad(lastDate.month)}-${pad(num.value)}`;
      push({ start: num.start, end: num.end + 1, type: 'DATE', value: iso, unit: null, qualifier: 'exact' });
      lastDate = { end: num.end + 1, year: lastDate.year, month: lastDate.month };
      continue;
    }
    // ISO dates 2026-01-22
    if (num.intDigits === 4 && after === C.DASH && isYearValue(num, s)) {
      const m = nums[i + 1], dd = nums[i + 2];
      if (m && dd && m.start === num.end + 1 && text.charCodeAt(m.end) === C.DASH && dd.start === m.end + 1 && isMonthNum(m) && isDayNum(dd)) {
        if (before !== C.DI) push({ start: num.start, end: dd.end, type: 'DATE', value: `${num.value}-${pad(m.value)}-${pad(dd.value)}`, unit: null, qualifier: 'exact' });
        i += 2; continue;
      }
    }
    // date labels “5·13”
    if (!isCn && after === C.MIDDOT) {
      const m = nums[i + 1];
      if (m && m.start === num.end + 1 && isMonthNum(num) && isDayNum(m)) {
        push({ start: num.start, end: m.end, type: 'DATE', value: `--${pad(num.value)}-${pad(m.value)}`, unit: null, qualifier: 'exact', optional: true });
        i++; continue;
      }
    }

    // ---- 二十大, 二中全会, N大 + noun ----
    if (isCn && after === C.ZHONG && text.startsWith('全会', num.end + 1)) {
      push({ start: num.start, end: num.end + 1, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
      continue;
    }
    if (after === C.DA && Number.isInteger(num.value) && num.value >= 2) {
      if (isCn && num.value >= 14 && num.value <= 20 && (endsWithAny(text, num.start, W_CONGRESS_BEFORE) || !startsWithAny(text, num.end + 1, W_DA_NOUNS))) {
        push({ start: num.start, end: num.end + 1, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
        continue;
      }
      const cls = unitAt(text, num.end + 1);
      if (cls && cls[0].type === 'COUNT' && cls[0].unit === '类') {
        push({ start: num.start, end: num.end + 1 + cls[1], type: 'COUNT', value: num.value, unit: cls[0].unit, qualifier: qualifierAround(text, num.start, num.end + 1 + cls[1]) });
        continue;
      }
      if (CLASS[text.charCodeAt(num.end + 1)] === Cls.CJK) {
        push({ start: num.start, end: num.end + 1, type: 'COUNT', value: num.value, unit: '大', qualifier: 'exact' });
        continue;
      }
    }

    // ---- quantities with a unit ----
    let p = num.end;
    let value = num.value;
    let inSpanQual: Qualifier | null = null;
    if ((after === C.YU || after === C.DUO) && !text.startsWith('多元', p) && !text.startsWith('余额', p)) {
      const [exp, q] = absorbScale(text, p + 1);
      if (unitAt(text, q) || exp) { inSpanQual = 'over'; value = scaleValue(value, exp); p = q; }
    }
    const u = unitAt(text, p);
    let unitEntry: UnitEntry | null = u ? u[0] : null;
    let end = u ? p + u[1] : p;
    let valueMax: number | undefined;
    // half: 4天半, 两年半
    if (unitEntry && text.charCodeAt(end) === C.BAN && (unitEntry.type === 'DURATION' || unitEntry.type === 'QUANTITY')) { value += 0.5; end++; }
    // a range: 5—10家, 3至5年, 三到五年
    const rc = text.charCodeAt(end);
    if (RANGE_CHARS.has(rc) && !(rc === C.EMDASH && before === C.EMDASH)) {
      const m = nums[i + 1];
      if (m && m.start === end + 1 && (m.form === NumForm.CHINESE) === isCn && Number.isFinite(m.value)) {
        let mp = m.end;
        if (text.charCodeAt(mp) === C.YU || text.charCodeAt(mp) === C.DUO) { mp++; inSpanQual = 'over'; }
        const mu = unitAt(text, mp);
        const m2 = nums[i + 2];
        if (unitEntry && unitEntry.unit === '个月' && mu && mu[0].unit === '年' && m2 && m2.start === mp + mu[1] && text.startsWith('个月', m2.end)) {
          push({ start: num.start, end: m2.end + 2, type: 'DURATION', value, valueMax: m.value * 12 + m2.value, unit: '个月', qualifier: qualifierAround(text, num.start, m2.end + 2) });
          i += 2;
          continue;
        }
        if (mu && (!unitEntry || mu[0].unit === unitEntry.unit)) {
          if (!unitEntry && m.form === NumForm.MIXED && num.form === NumForm.ARABIC) {
            const digits = Number(text.slice(m.start, m.end).replace(/[^0-9.]/g, ''));
            if (digits) value = scaleValue(value, Math.round(Math.log10(m.value / digits)));
          }
          unitEntry = mu[0];
          valueMax = m.value;
          end = mp + mu[1];
          i++;
        }
      }
    }
    // compound durations: 三年六个月 → 42 months (D-23)
    if (unitEntry && unitEntry.unit === '年' && unitEntry.type === 'DURATION' && !isYearValue(num, s)) {
      const m = nums[i + 1];
      if (m && m.start === end && text.startsWith('个月', m.end)) {
        push({ start: num.start, end: m.end + 2, type: 'DURATION', value: value * 12 + m.value, unit: '个月', qualifier: qualifierAround(text, num.start, m.end + 2) });
        i++;
        continue;
      }
    }
    // a bare number sharing the unit of the next one: 分别提高4.08和3.76个百分点
    let sharedOnly = false;
    if (!unitEntry) {
      const shared = sharedUnitAhead(text, nums, i);
      if (shared) { unitEntry = shared; sharedOnly = true; }
    }
    if (unitEntry) {
      let type = unitEntry.type;
      const unit = unitEntry.unit;
      if (!sharedOnly && text[p] === '成') { value *= 10; if (valueMax !== undefined) valueMax *= 10; }
      if (text.charCodeAt(end) === C.XING && (unit === '次' || unit === '元')) continue; // 一次性
      if (unit === '部' && text.startsWith('队', end)) continue; // 32703部队
      if (type === 'DURATION' && startsWithAny(text, end, W_PROGRAMME_AFTER)) continue; // 三年行动, 五年规划
      if (unit === '届') type = (text.charCodeAt(num.start - 1) === C.NIAN || text.startsWith('党组', end)) ? 'COUNT' : 'ORDINAL';
      if (unit === '次' && (text.startsWith('全会', end) || (startsWithAny(text, end, W_MEETING) && endsWithAny(text, num.start, W_SESSION_BEFORE)))) type = 'ORDINAL';
      if (unit === '方' && isCn) continue; // 三方, 千方百计: 方 is cubic metres only after digits
      if (unit === '期' && (isCn || startsWithAny(text, end, W_PHASE_AFTER))) type = 'ORDINAL';
      if (unit === '轮' && isCn && startsWithAny(text, end, W_ROUND_AFTER)) type = 'ORDINAL';
      if (unit === '年' && isYearValue(num, s)) type = 'DATE';
      if (unit === '月' || (unit === '日' && before === C.YUE)) continue; // months are read as dates
      if (unit === '元' && text.startsWith('元月', p)) continue;
      if (isCn && s === '一' && !(unit === '届' && text.charCodeAt(num.start - 1) === C.NIAN && type === 'COUNT')) {
        // the article 一 ("a"): keep only where a count or a length of time is meant
        const prev = text.slice(Math.max(0, num.start - 2), num.start);
        if (type === 'DURATION') {
          if (/(关键|的|上|同|这|那|每|下|新|可)$/.test(prev) || (unit === '日' && /[可一]$/.test(prev))) continue;
        } else if (type === 'ORDINAL') {
          if (/新$/.test(prev)) continue;
        } else if (type === 'COUNT' || type === 'QUANTITY' || type === 'MONEY') {
          const counted = ARTICLE_YI_BEFORE.test(prev) || /[和与及或]$/.test(prev) || /^[,.;:、]/.test(text.slice(end, end + 1));
          if (!counted) continue;
        }
      }
      if (type === 'DATE') {
        push({ start: num.start, end, type, value: String(num.value), unit: null, qualifier: 'exact' });
        continue;
      }
      let start = num.start;
      if (unit === '%' && before === C.DASH && !isDigit(before2) && !RANGE_CHARS.has(before2)) { value = -value; start--; }
      let qualifier: Qualifier = inSpanQual ?? qualifierAround(text, start, end, type);
      // 近三年 = "the last three years" (spec)
      if (type === 'DURATION' && qualifier === 'under' && isCn && unit === '年' && text.charCodeAt(start - 1) === ch('近') && num.value <= 10) qualifier = 'exact';
      if (type === 'ORDINAL') qualifier = 'exact';
      const m: NormMention = { start, end, type, value, unit, qualifier };
      if (valueMax !== undefined) m.valueMax = valueMax;
      push(m);
      continue;
    }

    // ---- bare numerals ----
    if (isCn) continue; // Chinese numerals without a unit are parts of words
    const lookback = text.slice(Math.max(0, num.start - 8), num.start);
    if (num.decimal && /比/.test(lookback) && !/比上年|同比|环比|相比|比重|比例/.test(lookback)) { // “案-件比”为1.043
      push({ start: num.start, end: num.end, type: 'RATIO', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end) });
      continue;
    }
    if (isYearValue(num, s) && (CLASS[after] === Cls.CJK || after === C.LQUOTE)) { // 2023黄河非遗大展 (D-33)
      push({ start: num.start, end: num.end, type: 'DATE', value: String(num.value), unit: null, qualifier: 'exact' });
      continue;
    }
    if (/指数(达到|为|是)?$/.test(lookback)) {
      push({ start: num.start, end: num.end, type: 'NUMBER', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end) });
      continue;
    }
    if (CLASS[after] === Cls.CJK || CLASS[after] === Cls.CNUM) {
      if (num.intDigits >= 5 && num.form === NumForm.ARABIC && !num.decimal) continue; // hotlines, codes
      if (num.form === NumForm.MIXED || num.value >= 2 || num.decimal) {
        push({ start: num.start, end: num.end, type: 'COUNT', value: num.value, unit: null, qualifier: qualifierAround(text, num.start, num.end) });
      }
    }
  }
  return out;
}

/** For a bare number in a list (4.08和3.76个百分点, 第7、6、4位), the unit of the number that closes the list. */
function sharedUnitAhead(text: string, nums: NumberSpan[], i: number): UnitEntry | null {
  let j = i;
  for (let hops = 0; hops < 8; hops++) {
    const cur = nums[j], next = nums[j + 1];
    if (!next) return null;
    const sep = text.slice(cur.end, next.start);
    if (!LIST_SEPARATORS.has(sep)) return null;
    if ((cur.form === NumForm.CHINESE) !== (next.form === NumForm.CHINESE)) return null;
    const u = unitAt(text, next.end);
    if (u) return u[0].type === 'DATE' ? null : u[0];
    j++;
  }
  return null;
}

/** Inside a quotation of at most 10 characters: “四大检察”. */
function insideShortQuote(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - 10; k--) {
    const c = text.charCodeAt(k);
    if (c === C.LQUOTE) { open = k; break; }
    if (c === C.RQUOTE || c === ch('。') || c === C.DOT) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < text.length && k <= open + 12; k++) if (text.charCodeAt(k) === C.RQUOTE) return true;
  return false;
}
