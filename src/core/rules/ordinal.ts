// Ranks and positions written with 第 or 前 (spec §3, D-8): 第十四届, 第七次,
// 全省第四, 前三名; 第N季度 and 前N季度 are quarters (DATE, optional).
import { classAt, Cls, CN_SCALE, codeAt, codeIs, numeralClassAt } from '../../text/chars.js';
import { legalLabelAt, ORDINAL_CLASSIFIERS, ordinalClassifierAt, ordinalFixedAt, ordinalNameAt, qualifierAfter } from '../lexicon.js';
import { NumForm, type NumberSpan } from '../numbers.js';
import { C, endsWithAny, isQuarter, isRangeChar, startsWithAny, type Ctx, type Step } from './context.js';
import { ORDINAL_SLOGAN_BEFORE, RANK_BEFORE, RANK_CLASSIFIERS } from './data/words.js';
import { sharedUnitAhead } from './shared-unit.js';

/** Words of a lottery before its draw's number (双色球第24035期). */
const LOTTERY_BEFORE = /彩|双色球|大乐透|排列[三五3５]|七星彩|快乐8|福彩|体彩|开奖/;
/** Before 第N these make it a rank in a scope even before a works' name (全国第一纺织大省). */
const RANK_SCOPE = ['全国', '全省', '全市', '全县', '全区', '全校', '新中国', '我国', '国内', '全球', '世界'];
/** Before 第一条, 第一项 besides RANK_SCOPE: a scope of a rank, never a law's name (我省第一条高速公路, 中部地区第一条). */
const ROW_SCOPE = ['我省', '我市', '我区', '我县', '地区', '西部', '中部', '东部', '亚洲', '全州', '全盟'];
/** After 第N条: words of a law's article (规定, 第三款, 之规定). */
const ARTICLE_AFTER = ['规定', '之规定', '所称', '的规定'];
/** After 第N条: a clause's or an item's label (第三款, 第2项), or 款 alone; not 第三代, 款式, 款项. */
const ARTICLE_PART = /^(?:第[(（]?[0-9一二三四五六七八九十百]+[)）]?[款项目]|款(?![式项]))/;
/** Before 前: the first characters of words ending in 前 (目前, 当前, 年底前, 提前), whose 前 is no "top" (目前十大工程). */
const WORD_ENDING_QIAN = '目当此之以日眼空提年节会赛底期月周天事战生先从跟面向超汛旦';
/** Before 前: words ending there whose last character also ends scopes (开工前, 国庆前; 化工前十大企业, 重庆前十大 are scopes). */
const WORDS_BEFORE_QIAN = ['开工', '竣工', '完工', '国庆', '开学', '改革', '投产', '召开', '开幕', '复工', '动工', '入学', '放学', '校庆', '开业', '开赛'];

/** 第N[classifier]. Legal labels (第十条, D-2) and fixed terms (第一产业) settle as nothing. */
export const ordinalDi: Step = {
  id: 'ordinal.di',
  when: { before: '第' },
  apply(c: Ctx): boolean {
    if (c.before !== C.DI) return false;
    const { text, num } = c;
    // 第十参届, 第二十參次: 参 written for 叁 after a plain numeral, 13th, not 10th: not certain, nothing (session 45's list)
    if (c.after === 0x53c2 /* 参 */ && c.isCn && CN_SCALE[text.charCodeAt(num.end - 1)] === 1 && ordinalClassifierAt(text, num.end + 1) !== null) return true;
    let p = num.end;
    let unit: string | null = null;
    // (全省第一条城市轨道交通线路, 全省第一项…成果: a rank in a scope, no legal label; session 42's review: nothing)
    if (legalLabelAt(text, p)) {
      // (我省第一条, 中部地区第一条, and 全国第一条、第二条's second: the second review)
      const prev = c.lastMention();
      // (not before 规定 or a clause's label, 我市第一条规定, 全省第一条第三款: a law's article)
      if ((codeIs(text, p, 0x6761 /* 条 */) || codeIs(text, p, 0x9879 /* 项 */)) && !startsWithAny(text, p + 1, ARTICLE_AFTER) && !ARTICLE_PART.test(text.slice(p + 1, p + 6)) &&
        (endsWithAny(text, num.start - 1, RANK_SCOPE) || endsWithAny(text, num.start - 1, ROW_SCOPE) ||
        (!!prev && prev.type === 'ORDINAL' && prev.unit === text[p] && prev.end === num.start - 2 && codeIs(text, prev.end, C.DUN)))) {
        c.push(this.id, { start: num.start - 1, end: p + 1, type: 'ORDINAL', value: num.value, unit: text[p], qualifier: 'exact' });
      }
      return true;
    }
    // 第五篇　推动城乡区域协调发展: a plan's part heading on its own line (D-2; session 42's review: ORDINAL)
    if (codeIs(text, p, 0x7bc7 /* 篇 */) && (num.start === 1 || c.atLineStart(num.start - 1)) && (p + 1 >= text.length || c.gap(p + 1) || c.atLineStart(p + 1) || codeIs(text, p + 1, 0x20))) return true;
    if (ordinalFixedAt(text, p)) return true;
    if (ordinalNameAt(text, p) && !endsWithAny(text, num.start - 1, RANK_SCOPE)) return true;
    // 第三方 is "a third party" in any compound (第三方检测, 引入第三方); 第三方阵 would be a rank
    if (num.value === 3 && codeIs(text, p, 0x65b9 /* 方 */) && !codeIs(text, p + 1, 0x9635 /* 阵 */)) return true;
    // 第三人: the legal third party (追加第三人, 第三人撤销之诉), as 第三方
    if (num.value === 3 && codeIs(text, p, 0x4eba /* 人 */) && !codeIs(text, p + 1, 0x6c11 /* 民 */)) return true;
    if (num.value === 1 && text.startsWith('届', p) && c.before2 === C.XIN) return true;
    // 第一百年奋斗目标: 第一 and the hundred years' goal, no 100th year
    if (text.charCodeAt(num.end - 1) === 0x767e /* 百 */ && text.startsWith('百年奋斗', num.end - 1)) return true;
    // 倒数第二: a rank counted from the end, which 2 (the second from the top) would misstate: nothing (D-8)
    if (num.start >= 3 && text.charCodeAt(num.start - 3) === 0x5012 /* 倒 */ && text.charCodeAt(num.start - 2) === 0x6570 /* 数 */) return true;
    // 第三, opening a clause is a discourse marker; 居全国第一, is a rank
    // (第一、坚持党的领导 too, opening a line or a clause: the pause mark's marker step no longer reads 第N、; session 42)
    if (codeIs(text, p, C.COMMA) && num.value <= 10 && (num.start < 2 || c.before2Cls === Cls.PUNCT)) return true;
    // (第一件，第一个： opening a clause: an item's label of a list, as 第一，and 第一项， (session 47's review: ORDINAL 1 件))
    if ((codeIs(text, p, 0x4ef6 /* 件 */) || codeIs(text, p, C.GE)) && (codeIs(text, p + 1, C.COMMA) || codeIs(text, p + 1, C.COLON)) && num.value <= 20 &&
      (num.start < 2 || c.before2Cls === Cls.PUNCT)) return true;
    // 第N、… lists: 第一、第二、第三名, 第1、2、3名, 第一、二、三名 (each member a rank in the last member's classifier, D-74);
    // 第一、第二、三产业 fixed terms and 第二、三、四季度 quarters alike (session 42's reviews: the first a rank with no unit,
    // the bare members counts, or nothing)
    if (codeIs(text, p, C.DUN) || (codeIs(text, p, C.HE) && codeIs(text, p + 1, C.DI))) {
      const members: NumberSpan[] = [num];
      for (let at = p; codeIs(text, at, C.DUN) || codeIs(text, at, C.HE);) {
        const di = codeIs(text, at + 1, C.DI) ? 1 : 0;
        const m = c.next(members.length);
        if (!m || m.start !== at + 1 + di || (m.form === NumForm.CHINESE) !== c.isCn || !Number.isInteger(m.value) || m.value <= 0) break;
        members.push(m);
        at = m.end;
      }
      const last = members[members.length - 1];
      // (a member's span: 第 inside where it is written, 第一、第二; the first's always)
      const from = (k: number, m: NumberSpan): number => (k === 0 || codeIs(text, m.start - 1, C.DI) ? m.start - 1 : m.start);
      if (members.length > 1) {
        if (ordinalFixedAt(text, last.end) || legalLabelAt(text, last.end) || text.startsWith('等奖', last.end) || text.startsWith('年级', last.end) || text.startsWith('年度', last.end)) { c.i += members.length - 1; return true; }
        if (text.startsWith('季度', last.end)) {
          // (a member past the fourth quarter: no quarters at all, D-74)
          if (members.every((m) => isQuarter(m.value))) {
            for (const [k, m] of members.entries()) c.push('date.quarter', { start: from(k, m), end: m === last ? m.end + 2 : m.end, type: 'DATE', value: `Q${m.value}`, unit: null, qualifier: 'exact', optional: true });
          }
          c.i += members.length - 1;
          return true;
        }
        const shared = ordinalClassifierAt(text, last.end);
        if (shared) {
          for (const [k, m] of members.entries()) c.push(this.id, { start: from(k, m), end: m === last ? m.end + shared.length : m.end, type: 'ORDINAL', value: m.value, unit: shared, qualifier: 'exact' });
          c.i += members.length - 1;
          return true;
        }
      }
      // (第一、坚持…, 第十一、加强…: a marker opening a line or a clause; 第一、二、三 with nothing after the last: nothing, as the
      // pause mark's marker step gave before it left 第N、 to this step, session 42)
      // (第三、第四 with no classifier after: ranks, each read on its own)
      const ranksApart = members.length > 1 && codeIs(text, members[1].start - 1, C.DI);
      if (c.isCn && codeIs(text, p, C.DUN) && !ranksApart && (members.length > 1 || (num.value < 100 && (num.start < 2 || c.before2Cls === Cls.PUNCT || c.atLineStart(num.start - 1))))) return true;
    }
    if (num.value === 1 && endsWithAny(text, num.start - 1, ORDINAL_SLOGAN_BEFORE)) return true; // 质量第一
    if (text.startsWith('季度', p)) {
      if (quarterRange(c, p + 2)) return true;
      // a year has four quarters: 第五季度 is no date
      if (isQuarter(num.value)) c.push('date.quarter', { start: num.start - 1, end: p + 2, type: 'DATE', value: `Q${num.value}`, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    if (!Number.isInteger(num.value) || num.value <= 0) return true;
    // (双色球第2024035期, 体育彩票第24001期: a lottery draw's serial number, the year and the draw; session 50's review,
    // ORDINAL; not a newspaper's 第10001期, the judge)
    if (!c.isCn && num.intDigits >= 5 && codeIs(text, p, 0x671f /* 期 */) && ((num.intDigits === 7 && (text.startsWith('19', num.start) || text.startsWith('20', num.start))) ||
      LOTTERY_BEFORE.test(text.slice(Math.max(0, num.start - 11), num.start - 1)))) return true;
    if (quarterRange(c, p)) return true;
    const m = c.next();
    // 第3、4季度 (any numerals: quarters), 第3、4名, 第十一、十二次 (numerals of one script; 第一、二名 in turn is
    // the pause step's): a pair of ranks
    if (codeIs(text, p, C.DUN) && m && m.start === p + 1 && (text.startsWith('季度', m.end) || (m.form === NumForm.CHINESE) === c.isCn) && rankPair(c, m)) return true;
    // 第3至5名, 第40至第42周: a range of ranks, one mention (spec §3)
    if (isRangeChar(codeAt(text, p)) && m && m.start === p + 1 + (codeIs(text, p + 1, C.DI) ? 1 : 0) && (m.form === NumForm.CHINESE) === c.isCn && Number.isInteger(m.value) && m.value > num.value) {
      // 第3—5条: a range of articles is a legal label too (D-2); 第一至三年级: school grades (D-25, D-91);
      // 第一至第三中级人民法院, 第一至第三产业: names (D-29)
      // (第1至3号机组: labels, as 第1号 is; session 48's hunt)
      if (legalLabelAt(text, m.end) || text.startsWith('年级', m.end) || ordinalFixedAt(text, m.end) || codeIs(text, m.end, 0x53f7 /* 号 */)) { c.i++; return true; }
      const mu = ordinalClassifierAt(text, m.end);
      // (第一至三战役, 第一至第三梯队: before a plain noun, no classifier; session 48's review: 第一 alone, or two)
      if (mu || classAt(text, m.end) === Cls.CJK) {
        c.push('ordinal.range', { start: num.start - 1, end: m.end + (mu ? mu.length : 0), type: 'ORDINAL', value: num.value, valueMax: m.value, unit: mu ?? null, qualifier: 'exact' });
        c.i++;
        return true;
      }
    }
    // (第100多位, 第二十多位, 第10余位: 多 or 余 before the classifier, inside the span and over, as D-48's; session 50's review,
    // cut before 多)
    const over = (codeIs(text, p, C.DUO) || codeIs(text, p, C.YU)) && ordinalClassifierAt(text, p + 1) !== null;
    if (over) p++;
    const classifier = ordinalClassifierAt(text, p);
    // 第三次至第五次, 第12名至第15名: a range of ranks with the classifier at both ends, one mention (a review: two)
    if (classifier && classifierRange(c, p + classifier.length, classifier)) return true;
    // 第三年级: a school grade (D-25), no third year
    if (classifier === '年' && codeIs(text, p + 1, 0x7ea7 /* 级 */)) return true;
    if (classifier) { unit = classifier; p += classifier.length; }
    else {
      const shared = sharedUnitAhead(c);
      if (shared && ORDINAL_CLASSIFIERS.has(shared.unit)) unit = shared.unit;
    }
    // (第20位左右, 第二十位上下: about that rank; session 50's review, exact)
    c.push(this.id, { start: num.start - 1, end: p, type: 'ORDINAL', value: num.value, unit, qualifier: over ? 'over' : aboutAt(text, p) ? 'approx' : 'exact' });
    return true;
  },
};

/**
 * 第三次至第五次会议, 第一届至第三届, 第12名至第15名: 第N and its classifier,
 * a range mark, 第M and the same classifier, M above N: one ORDINAL N–M
 * (spec §3, D-11), as 第3至5名 is. `p` is where the range mark would stand.
 * Not a change (由第15名升至第8名: a verb stands between, or M is below N).
 */
function classifierRange(c: Ctx, p: number, classifier: string): boolean {
  const { text, num } = c;
  if (!isRangeChar(codeAt(text, p)) || !codeIs(text, p + 1, C.DI)) return false;
  const m = c.next();
  if (!m || m.start !== p + 2 || (m.form === NumForm.CHINESE) !== c.isCn || !Number.isInteger(m.value) || m.value <= num.value) return false;
  if (ordinalClassifierAt(text, m.end) !== classifier) return false;
  c.push('ordinal.range', { start: num.start - 1, end: m.end + classifier.length, type: 'ORDINAL', value: num.value, valueMax: m.value, unit: classifier, qualifier: 'exact' });
  c.i++;
  return true;
}

/**
 * 第一至三季度, 第一至第三季度, 第一季度至第三季度: a range of quarters, one
 * DATE Q1/Q3, optional, as 一至三季度 is (D-17, D-77); 第一 was an ORDINAL 1
 * and the end a quarter of its own. `p` is where the range mark would stand
 * (after 第N or after 第N季度). A range that names no quarters in order
 * (第三至一季度, 第四至五季度) is nothing; false where no range of quarters
 * follows (第3至5名 is the range of ranks' own).
 */
function quarterRange(c: Ctx, p: number): boolean {
  const { text, num } = c;
  if (!isRangeChar(codeAt(text, p))) return false;
  const m = c.next();
  if (!m || m.start !== p + 1 + (codeIs(text, p + 1, C.DI) ? 1 : 0) || !text.startsWith('季度', m.end)) return false;
  if (isQuarter(num.value) && isQuarter(m.value) && m.value > num.value) {
    c.push('date.quarter', { start: num.start - 1, end: m.end + 2, type: 'DATE', value: `Q${num.value}/Q${m.value}`, unit: null, qualifier: 'exact', optional: true });
  }
  c.i++;
  return true;
}

/**
 * 第二、三季度, 第一、二名, 第3、4名: two ranks sharing 第 and the classifier,
 * one mention each (D-60, D-68, D-74), never a "two or three" range: 第二
 * and 三季度 are DATE Q2 and Q3, optional (D-17), and a pair past the
 * fourth quarter is nothing (第四、五季度); 第一 and 二名 are ORDINAL 1 and 2,
 * unit 名 (the first takes the shared classifier, as 1998 takes 年 in
 * 1998、1999年), the classifier read as after one rank (第三、四个月 as
 * 第三个月: 个); a pair of legal labels (第三、四条, D-2) is nothing. `m` is
 * the numeral right after the pause mark that follows the current one;
 * false, for the other steps, where no classifier of ranks follows it. The
 * pause step calls it for Chinese numerals, the 第 step for digits.
 */
export function rankPair(c: Ctx, m: NumberSpan): boolean {
  const { num, text } = c;
  if (text.startsWith('季度', m.end)) {
    if (isQuarter(num.value) && isQuarter(m.value)) {
      c.push('date.quarter', { start: num.start - 1, end: num.end, type: 'DATE', value: `Q${num.value}`, unit: null, qualifier: 'exact', optional: true });
      c.push('date.quarter', { start: m.start, end: m.end + 2, type: 'DATE', value: `Q${m.value}`, unit: null, qualifier: 'exact', optional: true });
    }
    c.i++;
    return true;
  }
  if (!Number.isInteger(m.value) || m.value <= 0) return false;
  if (legalLabelAt(text, m.end)) { c.i++; return true; }
  const unit = ordinalClassifierAt(text, m.end);
  if (!unit) return false;
  c.push('ordinal.di', { start: num.start - 1, end: num.end, type: 'ORDINAL', value: num.value, unit, qualifier: 'exact' });
  c.push('ordinal.di', { start: m.start, end: m.end + unit.length, type: 'ORDINAL', value: m.value, unit, qualifier: 'exact' });
  c.i++;
  return true;
}

/** 前N: a rank after a ranking word (全国前三) or with a rank classifier (前三名); 前三季度 is a quarter range. */
export const ordinalQian: Step = {
  id: 'ordinal.qian',
  when: { before: '前' },
  apply(c: Ctx): boolean {
    if (c.before !== C.QIAN || c.before2Cls === Cls.DIGIT) return false;
    const { text, num } = c;
    if (c.after === C.PERCENT || c.after === C.PERMILLE || c.after === C.PERMYRIAD) return false; // 前1% is a share (D-41)
    // 前1/3, 前三分之一: the top third, a share as 前1% (D-41; session 46's review: ORDINAL 1, 3)
    if ((c.after === 0x2f /* / */ && numeralClassAt(text, num.end + 1)) || text.startsWith('分之', num.end)) return false;
    if (text.startsWith('季度', num.end)) {
      if (isQuarter(num.value)) c.push('date.quarter', { start: num.start - 1, end: num.end + 2, type: 'DATE', value: `Q1/Q${num.value}`, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    // (前二十大企业, 前五大客户: the top N before a noun, as 全国前二十大城市; session 42's review: COUNT 大, or a congress)
    // (not after a word ending in 前: 目前十大工程, 年底前三大工程, 提前二十大 count, or name the congress; the second review)
    const topDa = c.after === C.DA && classAt(text, num.end + 1) === Cls.CJK && Number.isInteger(num.value) && num.value >= 2 && num.value <= 100 &&
      !WORD_ENDING_QIAN.includes(text[num.start - 2] ?? '\0') && !endsWithAny(text, num.start - 1, WORDS_BEFORE_QIAN);
    if (!endsWithAny(text, num.start - 1, RANK_BEFORE) && !(num.end < text.length && RANK_CLASSIFIERS.includes(text[num.end])) && !topDa) return false;
    let p = num.end;
    let unit: string | null = null;
    if (p < text.length && RANK_CLASSIFIERS.includes(text[p])) { unit = text[p]; p++; }
    // (前20名左右: about that many places, as 第20位左右; session 50)
    c.push(this.id, { start: num.start - 1, end: p, type: 'ORDINAL', value: num.value, unit, qualifier: aboutAt(text, p) ? 'approx' : 'exact' });
    return true;
  },
};

/** 左右 or 上下 at `p`, after a rank: about that rank (the lexicon asked only after 左 or 上, the cheap test first). */
function aboutAt(text: string, p: number): boolean {
  if (!codeIs(text, p, 0x5de6 /* 左 */) && !codeIs(text, p, C.SHANG)) return false;
  const q = qualifierAfter(text, p);
  return q !== null && q[0] === 'approx';
}
