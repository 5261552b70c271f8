// Hard negatives (spec §5, guideline §3): numerals that are codes, markers,
// labels or parts of words. Each check is its own step so that the table of
// contents names it; each settles the numeral with no mention.
import { CLASS, classAt, Cls, CN_SCALE, codeAt, codeIs, isDigit, isTensToThousands, LATIN_LETTERS, numeralClassAt, scaleChars } from '../../text/chars.js';
import { qualifierAfter, unitAt } from '../lexicon.js';
import { digitsFrom, NumForm, type NumberSpan } from '../numbers.js';
import { isYearValue } from '../read.js';
import { C, endsWithAny, isPowerOfTen, isRangeChar, isWordJoiner, lastChars, lastNonSpace, RANGE_CHARS, startsWithAny, type Ctx, type Step, type Trigger } from './context.js';
import { CN_WORD_BLOCK, TABLE_REF } from './data/words.js';

const neg = (id: string, when: Trigger | undefined, test: (c: Ctx) => boolean, only?: 'cn' | 'arabic'): Step => ({ id, only, when, apply: test });

/**
 * 公元前221年: a year before the common era, which no DATE value writes
 * (spec §4: ISO years); never a length of 221 years. Nothing.
 */
// (约公元前1300—前1046年, 公元前2300—1900年: the upper end of a range before the common era, 前 written or left to the lower
// end; session 50's review, DATE 1046, 1900)
export const beforeCommonEra = neg('negative.before-common-era', { before: '前' + String.fromCharCode(...RANGE_CHARS) }, (c) => (c.before === C.QIAN && c.num.start >= 3 && c.text.startsWith('公元前', c.num.start - 3)) ||
  (!c.isCn && ((c.before === C.QIAN && isRangeChar(c.before2)) || isRangeChar(c.before)) && commonEraRangeBefore(c)));
/** 公元前 before the numeral before this one, itself right before the range mark (公元前1300—前1046年). */
function commonEraRangeBefore(c: Ctx): boolean {
  const p = c.numAt(c.i - 1);
  const mark = c.before === C.QIAN ? c.num.start - 2 : c.num.start - 1;
  return !!p && p.end === mark && p.start >= 3 && c.text.startsWith('公元前', p.start - 3);
}

/**
 * 1391⏎6件, 2⏎0.5亿元: digits after a line break that follows digits may be
 * the end of one number wrapped over two lines (13916件) or a number of their
 * own: not certain, no mention (D-91; a space between them: D-71).
 */
export const brokenDigits = neg('negative.broken-digits', { before: ' ' }, (c) => {
  if (c.isCn || c.before !== 0x20 || !isDigit(c.before2) || !c.atLineStart(c.num.start)) return false;
  // the digits before the break end a line of text (共受理1391⏎): a number alone on its line (a page
  // number, a table's cell, a serial number) ends nothing
  let k = c.num.start - 2;
  while (k > 0 && (isDigit(c.text.charCodeAt(k - 1)) || c.text.charCodeAt(k - 1) === C.DOT || c.text.charCodeAt(k - 1) === C.COMMA)) k--;
  if (k === 0 || c.atLineStart(k) || CLASS[c.text.charCodeAt(k - 1)] !== Cls.CJK) return false;
  // a year opening the next line (…提升。⏎12⏎2024年以来) is read as one
  return !(codeIs(c.text, c.num.end, C.NIAN) && isYearValue(c.num, c.s));
}, 'arabic');

/**
 * 5,00亿元, 1,000,0000元, 12,34万元: digits beside an ASCII comma that makes
 * no thousands group (D-70) are part of a number written wrong: no mention.
 */
export const badGrouping = neg('negative.bad-grouping', { before: ',', after: ',' }, (c) =>
  !c.isCn && ((c.before === C.COMMA && isDigit(c.before2) && c.asciiComma(c.num.start - 1) && badGroup(c.text, c.num.start)) ||
    (c.after === C.COMMA && isDigit(codeAt(c.text, c.num.end + 1)) && c.asciiComma(c.num.end) && badGroup(c.text, c.num.end + 1))), 'arabic');

/** Digits at `at` after a comma that no list item starts so: a 0 first (5,00) or four digits and more after a group (1,000,0000, 12,3456). */
function badGroup(text: string, at: number): boolean {
  if (codeIs(text, at, 0x30)) return true;
  let e = at;
  while (isDigit(codeAt(text, e))) e++;
  return e - at >= 4 && !(codeIs(text, e, C.NIAN) || codeIs(text, e, C.COMMA) || codeIs(text, e, C.DUN));
}

/** PM2.5, G0616: a numeral glued to Latin letters before it. */
// (PM 2.5, PM 10 with the space a PDF leaves: the pollutant's name too, PM 2.5年均 was a length; session 46's review)
// (双11支付峰值, 双十一首日, 双12: the shopping festival's name; session 50's review, COUNT 11 支, 11 首; one step with the
// Latin letters', as the dispatch holds 64)
export const latinBefore = neg('negative.latin-before', { before: LATIN_LETTERS + ' 双' }, (c) => c.beforeCls === Cls.LATIN ||
  (c.before === 0x20 && (c.text.startsWith('PM', c.num.start - 3) || c.text.startsWith('pm', c.num.start - 3))) ||
  (c.before === 0x53cc /* 双 */ && (c.num.value === 11 || c.num.value === 12) && c.num.end - c.num.start === 2));

/** 5G, 4A级: Latin letters after it that are not a unit. */
export const latinAfter = neg('negative.latin-after', { after: LATIN_LETTERS }, (c) => {
  if (c.afterCls !== Cls.LATIN) return false;
  const u = unitAt(c.text, c.num.end);
  return !u || classAt(c.text, c.num.end + u[1]) === Cls.LATIN;
});

/** 〔2023〕, [1], 【3】: bracketed numbers are document numbers or footnote marks. */
export const bracketed = neg('negative.bracketed', { before: '〔[【', after: '〕]' }, (c) =>
  // (not a year written with 年 and more inside: 〔2021年6月10日第三次修正〕, 【2021年修订】, an edition's date; session 40's review)
  ((c.before === C.LBRACKET || c.before === C.LSQ || c.before === C.LLENT) && !(c.after === C.NIAN && datedNote(c.text, c.num.end + 1))) ||
  c.after === C.RBRACKET || c.after === C.RSQ);

/** After 年 in a bracket: a dated note (a month, or a word of an edition: 〔2021年6月10日第三次修正〕, 【2021年修订】), not a document number's (〔2023年度〕12号, 〔2023年第12号〕). */
function datedNote(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k - from < 30 && !'〕]】'.includes(text[k])) k++;
  const inside = text.slice(from, k);
  // (an edition's words decide, 号 or not: 〔2019年3月2日国务院令第709号修订〕; a heading, 【2023年度】, 【2024年】, is a year
  // unless a number and 号 follow the bracket: 〔2023年〕12号, 〔2023年〕第12号, 〔2023年〕晋01民初12号; later reviews of session 40)
  if (/修订|修正|修改|通过|公布|施行/.test(inside)) return true;
  if (inside.includes('号')) return false;
  // (【2024年5月】本月第3号台风: a month makes a date whatever follows)
  if (/月/.test(inside)) return true;
  if (text.slice(k + 1, k + 13).includes('号')) return false;
  return /^[度版本]?$/.test(inside);
}

/** (一), (2): enumeration labels. */
export const parenthesized = neg('negative.parenthesized', { before: '(' }, (c) => c.before === C.LPAREN && c.after === C.RPAREN);

/** —1—: a page marker. */
export const pageMarker = neg('negative.page-marker', { before: '—-' }, (c) =>
  (c.before === C.EMDASH || c.before === C.DASH) && (c.after === C.EMDASH || c.after === C.DASH) && !isDigit(c.before2));

/**
 * 一、 1、: a list marker (unless a unit follows: 3、4个 is a list of counts, or 百分之 stands before: 百分之五、).
 * And 8到10个亿, 5、6个亿: a range or a list closed by the spoken scale 个亿 (D-27: 两个亿 is no mention),
 * whose members alone (8到10个, a count; 5) would be wrong values: nothing for either (found by review;
 * one step with the marker's, as the dispatch holds 64).
 */
export const pauseMarker = neg('negative.pause-marker', { after: '、到至—-～~和' }, (c) => spokenScaleList(c) ||
  (c.after === C.DUN && c.num.value < 100 && (c.isCn || c.atLineStart(c.num.start)) && !unitAt(c.text, c.num.end) &&
  c.before !== 0x4e4b /* 之: 百分之五、百分之八 is a list of rates, never a marker */ &&
  c.before !== C.DI /* 第: 居全国第三、中部第一 are ranks (session 42's review: the first lost) */ &&
  // (分别提高三、四和五个百分点: the first member of a list closed by 和, after a verb inside a clause, where no marker
  // stands; session 46's review: the first lost; 二、三、四季度 stays no mention, D-90)
  // (多为十六、十七岁, 判处有期徒刑十一、十二年: a member of two characters or more inside a clause before one with the unit,
  // a list (D-60); session 51's review, the last alone)
  !(c.isCn && c.beforeCls === Cls.CJK && !c.atLineStart(c.num.start) && (listJoinedAhead(c) || longMemberBeforeUnit(c)))));
/** The numeral is two characters or more and the next, right after its 、, two or more with a unit after it (十六、十七岁). */
function longMemberBeforeUnit(c: Ctx): boolean {
  const m = c.next();
  return c.num.end - c.num.start >= 2 && !!m && m.start === c.num.end + 1 && m.end - m.start >= 2 && unitAt(c.text, m.end) !== null;
}

/** Whether the 、 list the numeral opens has a later member joined by 和, 及, 与 or 或 (三、四和五个百分点). */
function listJoinedAhead(c: Ctx): boolean {
  for (let j = c.i; j + 1 < c.nums.length && c.nums[j + 1].start === c.nums[j].end + 1; j++) {
    const sep = c.text.charCodeAt(c.nums[j].end);
    if (isWordJoiner(sep)) return true;
    if (sep !== C.DUN) return false;
  }
  return false;
}

function spokenScaleList(c: Ctx): boolean {
  const m = c.next();
  if (!m || m.start !== c.num.end + 1 || !spokenYiAt(c.text, m.end)) return false;
  c.i++;
  return true;
}

/**
 * 个亿, 个多亿 at `p`: the spoken scale of hundreds of millions (D-27); not
 * where 亿 (or 亿元) classes what is counted (4到6个亿元以上重大项目, 10到15个亿级龙头企业,
 * 3到5个亿元乡镇: counts of 个, a later review).
 */
export function spokenYiAt(text: string, p: number): boolean {
  if (!codeIs(text, p, 0x4e2a /* 个 */)) return false;
  p++;
  if (codeIs(text, p, C.DUO) || codeIs(text, p, C.YU)) p++;
  if (!codeIs(text, p, 0x4ebf /* 亿 */)) return false;
  p++;
  if (codeIs(text, p, 0x5143 /* 元 */)) p++;
  return !startsWithAny(text, p, YI_CLASS_AFTER);
}

/** After 亿 or 亿元: what is counted is classed by its size (亿元以上项目, 亿级企业, 亿元乡镇). */
const YI_CLASS_AFTER = ['以上', '级', '乡', '镇', '村', '企', '项', '产', '龙', '重', '特', '园', '工',
  '吨', '千瓦', '标箱', '立方', '平方']; // (4个亿吨大港, 两个亿千瓦级基地: a class by size; session 47's review, lost)

/** 一是, 二是: discourse markers. */
export const shiMarker = neg('negative.shi-marker', { after: '是' }, (c) =>
  c.isCn && c.after === C.SHI && (c.beforeCls === Cls.PUNCT || c.atLineStart(c.num.start) || c.before === C.HE || c.num.start === 0), 'cn');

/** "1." at the start of a line: a list marker. */
export const dotMarker = neg('negative.dot-marker', { before: '.·', after: '.·' }, (c) => (!c.isCn && c.atLineStart(c.num.start) && c.after === C.DOT) || dotDecimal(c));

/**
 * 百分之一○二·八, 一·○六亿元, 百分之十二．五, 102·8%, 287·43亿元: a decimal point written as a middle dot, or as a point
 * between Chinese numerals, which the numerals do not read (session 49's review of final accounts: 102, 6亿, 12, 8%, 43亿):
 * no value for either side (D-113's 十二.五%). Not a date's label (“5·13”, 7·23事件): digits only before an amount.
 */
function dotDecimal(c: Ctx): boolean {
  const { text, num } = c;
  if (c.isCn) {
    return ((c.after === MIDDLE_DOT || c.after === C.DOT) && CN_DIGIT_OR_ZERO.test(text[num.end + 1] ?? '')) ||
      ((c.before === MIDDLE_DOT || c.before === C.DOT) && CN_DIGIT_OR_ZERO.test(text[num.start - 2] ?? ''));
  }
  if (c.after === MIDDLE_DOT && isDigit(codeAt(text, num.end + 1))) { let k = num.end + 1; while (isDigit(codeAt(text, k))) k++; return DECIMAL_AMOUNT_AFTER.test(text.slice(k, k + 3)); }
  return c.before === MIDDLE_DOT && isDigit(c.before2) && DECIMAL_AMOUNT_AFTER.test(text.slice(num.end, num.end + 3));
}
const MIDDLE_DOT = 0xb7;
const CN_DIGIT_OR_ZERO = /^[〇○零一二三四五六七八九十百千万亿]$/; // (三百五十·五斤: session 49's hunt, 5 斤)
const DECIMAL_AMOUNT_AFTER = /^(?:%|‰|[万亿]|元|倍|个百分点)/;

/**
 * 2021/22年度, 8.2/10万, 2024/3/15: a number after a slash that follows a
 * digit continues a date, a code or a rate (22年度 is no length of 22 years);
 * a fraction 1/3 is read whole before this (ratio.slash).
 */
// (0.37℃/10年, 3.8%/10年: the denominator of the mention just before, a trend's; session 47's review: DURATION 10)
// (O/MYA98/BY/2010株, Re-13株, PD-1单抗, H7N9 H7-4株, mg/100cm²: a strain's, a drug's or a marker's code, a rate's
// denominator after a Latin unit; session 50's reviews, counts of 株, 单, 类, a length)
// (not 20MW/40MWh, 1.2GW/2.4GWh: a second amount after the first one's unit; the session's judge)
// (5.49×10^16次/秒, 8.6×10^6个/升, 快10^14倍: an exponent after ^, never the amount (as 3.2×105个/克, D-117); session 51's
// reviews, 16 次/秒)
export const afterSlash = neg('negative.after-slash', { before: '/-^' }, (c) => !c.isCn && c.before === 0x5e /* ^ */ || !c.isCn && ((c.before === 0x2f && (isDigit(c.before2) || (c.before2Cls === Cls.LATIN && c.lastMention()?.end !== c.num.start - 1) ||
  (c.lastMention()?.end === c.num.start - 1 && isPowerOfTen(c.num.value) && (codeIs(c.text, c.num.end, C.NIAN) || codeIs(c.text, c.num.end, 0x61 /* a */))))) ||
  (c.before === C.DASH && latinTiedDash(c.text, c.num.start - 1)) || (c.before === 0x2f && isPowerOfTen(c.num.value) && slashedBase(c.text, c.num.start - 1))) ||
  // (七千零六十一点八/十万, 一百六十一点四/十万人: a rate's denominator in words after a numerator in words, D-53; session 51's
  // review, COUNT 100000)
  (c.isCn && c.before === 0x2f && isPowerOfTen(c.num.value) && (numeralClassAt(c.text, c.num.start - 2) || slashedBase(c.text, c.num.start - 1))));
/**
 * Before the slash at `slash`, a rate's own unit that leaves the number after it a denominator: 4.6233元人民币/100日元,
 * 7.8元港币/100日元 (a quote's base, MONEY 100 日元), or a unit note, 单位：人/10万人, （人/10万人） (COUNT 100000 人; session
 * 51's reviews).
 */
function slashedBase(text: string, slash: number): boolean {
  if (text.startsWith('人民币', slash - 3) || text.startsWith('港币', slash - 2)) return true;
  const k = codeAt(text, slash - 2);
  return CLASS[codeAt(text, slash - 1) & 0xffff] === Cls.CJK && (k === C.COLON || k === C.LPAREN || k === 0x4e3a /* 为 */);
}
/** A Latin letter right before the dash at `dash`, or digits with a Latin letter before them (Re-13, H7-4). */
function latinTiedDash(text: string, dash: number): boolean {
  let k = dash - 1;
  while (k >= 0 && isDigit(text.charCodeAt(k))) k--;
  return k >= 0 && CLASS[text.charCodeAt(k)] === Cls.LATIN;
}

/**
 * 2023.10.1起: the third part of a dotted chain (a date written with points,
 * a version, a section number 3.2.1) is no number of its own (1起 is no
 * count). The chain as a date is an open case (dotted dates); two parts with
 * one point (１７．１０个) are left to the list-marker step.
 */
export const dottedChain = neg('negative.dotted-chain', { before: '.' }, (c) => {
  if (c.isCn || c.before !== C.DOT || !isDigit(c.before2)) return false;
  let k = c.num.start - 2;
  while (k >= 0 && isDigit(c.text.charCodeAt(k))) k--;
  return k >= 1 && c.text.charCodeAt(k) === C.DOT && isDigit(c.text.charCodeAt(k - 1));
}, 'arabic');

/**
 * GB/T 19001-2016, HJ 633—2012, DB14/T 1234-2023: a standard's number and
 * its year are one code (spec §5), neither a count nor a date. The shape:
 * Latin letters (a space between allowed, GB50016 is latinBefore's), a
 * number, a dash, a four-digit year.
 */
export const standardNumber = neg('negative.standard-number', { before: ' -—' }, (c) => {
  if (c.isCn) return false;
  const { text, num } = c;
  // the number after the letters, before the dash and its year
  if (latinCodeBefore(text, num.start)) {
    const d = text.charCodeAt(num.end);
    // GDP 2020-2024年: a range of years after a Latin word, no standard
    return (d === C.DASH || d === C.EMDASH) && isDigit(text.charCodeAt(num.end + 1)) && digitsFrom(text, num.end + 1) === 4 && !codeIs(text, num.end + 5, C.NIAN);
  }
  // the year after the dash
  const d = text.charCodeAt(num.start - 1);
  if ((d !== C.DASH && d !== C.EMDASH) || num.intDigits !== 4 || !isDigit(codeAt(text, num.start - 2)) || codeIs(text, num.end, C.NIAN)) return false;
  let k = num.start - 2;
  while (k > 0 && (isDigit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === C.DOT)) k--;
  return latinCodeBefore(text, k) || classAt(text, k - 1) === Cls.LATIN;
}, 'arabic');

/** Latin letters and one space right before start (GB/T 19001, HJ 633; GB50016 without the space is latinBefore's). */
function latinCodeBefore(text: string, start: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === 0x20 && CLASS[text.charCodeAt(start - 2)] === Cls.LATIN;
}

/**
 * 财政赤字率为.5%: a rate with a decimal point and no digit before it. The
 * text lost a digit (2.5%?) or wrote 0.5 without its zero; which, it does not
 * say, and the digits after the point alone (5%) are surely wrong: nothing
 * (§4). So for money and a multiple (财政赤字规模为.5亿元, 增长.5倍). Only a
 * rate, an amount or a multiple glued to the point: texts that end sentences with `.`
 * (批准.２０２４年１月, 完成.5月份) go on with a number of their own.
 */
export const leadingPoint = neg('negative.leading-point', { before: '.' }, (c) =>
  !c.isCn && c.before === C.DOT && !(c.before2 >= 0x30 && c.before2 <= 0x39) && c.before2Cls !== Cls.LATIN && !c.gap(c.num.start) &&
  (c.after === C.PERCENT || c.after === C.PERMILLE || c.text.startsWith('个百分点', c.num.end) || c.text.startsWith('百分点', c.num.end) ||
    POINT_AMOUNT.test(c.text.slice(c.num.end, c.num.end + 4))), 'arabic');
/** An amount of money or a multiple after the digits (财政赤字规模为.5亿元, 增长.5倍): as sure a lost digit as a rate. */
const POINT_AMOUNT = /^[万亿千百]*(?:元|美元|欧元|港元|日元|倍)/;

/**
 * 数十, 几百, 数以万计, 上百, 成千上万: vague quantities (D-6); the 数 of
 * 总数三年 is a noun's, not vagueness. One step for both forms (the
 * dispatch holds 64 steps).
 */
export const vague = neg('negative.vague', { before: '数几以一三上成期拜周多' }, (c) => c.isCn && (weekday(c) || pairAfterVague(c) ||
  // (not the 数 of 人数, 总数, 户数: 会员人数十五万人, 占职工总数十分之九; session 50's review, nothing)
  (CN_SCALE[c.text.charCodeAt(c.num.start)] > 0 && ((c.before === C.SHU && !NOUN_BEFORE_SHU.includes(c.text[c.num.start - 2] ?? '\0')) || c.before === C.JI || (c.before === 0x4ee5 /* 以 */ && c.before2 === C.SHU))) ||
  // 一两个, 一两年: "one or two", approximate like 三四个; 三两天, 三两家: "two or three" (session 39's review: 2 days;
  // 三两黄金 is 3 liang, its 两 before no unit)
  ((c.before === 0x4e00 /* 一 */ || (c.before === 0x4e09 /* 三 */ && c.s.length === 1 && unitAt(c.text, c.num.end) !== null)) &&
    c.s.charCodeAt(0) === 0x4e24 /* 两 */ && c.num.start - 1 === (c.i > 0 ? c.nums[c.i - 1].start : -1)) ||
  // 上百, 成千上万 (not the 上 of 以上: 三年以上十年以下, the law's sentencing ranges)
  ((c.before === C.SHANG || c.before === C.CHENG) && c.s.length === 1 && CN_SCALE[c.s.charCodeAt(0)] > 0 &&
    !(c.before === C.SHANG && codeIs(c.text, c.num.start - 2, 0x4ee5 /* 以 */)) &&
    // (建成十大工程, 完成十项任务: the 成 of a verb before ten; 成十上百, 成十倍, 发动成十万群众 stay vague; session 50's review
    // and hunt)
    // (赞成十票: ten votes; vague only before 上, 倍 or a scale, and not after a verb's 成)
    !(c.before === C.CHENG && c.s.charCodeAt(0) === 0x5341 /* 十 */ && (VERB_BEFORE_CHENG.includes(c.text[c.num.start - 2] ?? '\0') ||
      !(codeIs(c.text, c.num.end, C.SHANG) || codeIs(c.text, c.num.end, 0x500d /* 倍 */) || CN_SCALE[codeAt(c.text, c.num.end) & 0xffff] >= 4))))), 'cn');
/** Before 成: the first characters of verbs ending in it (建成, 完成, 达成, 形成, 变成, 组成, 造成, 构成, 促成, 做成, 养成, 分成, 改成, 合成, 落成, 集成, 办成). */
const VERB_BEFORE_CHENG = '建完达形变组造构促做养分改合落集办';

/** Before 数: the characters of nouns ending in it (人数, 总数, 户数, 次数, 件数, 票数, 员数, 家数, 个数). */
const NOUN_BEFORE_SHU = '人总户次件票员家个';

/**
 * 十几二十年, 十多二十件, 二十几三十岁: a vague number, then the upper end of the pair it opens (session 49's review of court
 * reports: the upper end alone, exact; D-47). Nothing.
 */
function pairAfterVague(c: Ctx): boolean {
  if (c.before !== C.JI && c.before !== C.DUO) return false;
  const p = c.i > 0 ? c.nums[c.i - 1] : undefined;
  return !!p && (p.end === c.num.start - 1 || p.end === c.num.start) && CLASS[c.text.charCodeAt(p.start)] === Cls.CNUM && isTensToThousands(c.text.charCodeAt(c.num.start - 2)) &&
    CN_SCALE[c.text.charCodeAt(c.num.start)] === 0;
}

/**
 * 星期五至三十日, 礼拜五, 6月28日周五至30日: a weekday's numeral (read with this step, whose slot it shares: the dispatch is
 * full), never the lower end of a range of days (session 40's review: 5 to 30 days). 周 only after 本, 下, 上 or 这
 * (本周五起), or after a day, a bracket or a mark before a range (每周五, 周五天 are not weekdays alone).
 */
function weekday(c: Ctx): boolean {
  const { text, num } = c;
  if (num.end - num.start !== 1 || !'一二三四五六'.includes(text[num.start])) return false;
  // (a weekday whatever follows, 星期五起施行, 星期六天气, except after 每, 一, or 个 in 一个, 两个, 几个, 每个, 半个 with a
  // unit after: 每星期三次, 一个星期五天 are a count and a length, session 40's review; 上个星期五起, 这个星期六 are weekdays)
  const counted = '每一'.includes(text[num.start - 3] ?? '\0') || (text[num.start - 3] === '个' && '一两几每半'.includes(text[num.start - 4] ?? '\0'));
  if (text.startsWith('星期', num.start - 2) || text.startsWith('礼拜', num.start - 2)) return !counted || unitAt(text, num.end) === null;
  if (text[num.start - 1] !== '周') return false;
  // (本周五起, 下周三天气, 上周五: a weekday named by its week)
  if ('本下上这'.includes(text[num.start - 2] ?? '\0')) {
    // (a weekday unless a count or a length follows: 本周三次, 下周五个工作日, 本周三场; not 上周五月度例会, 本周六日两天)
    const u = unitAt(text, num.end);
    return u === null || !COUNTED_AFTER_WEEK.includes(u[0].unit.charAt(0)) || text.startsWith('天气', num.end) || text.startsWith('个别', num.end);
  }
  return (text[num.start - 2] === '日' || classAt(text, num.start - 2) === Cls.PUNCT) && isRangeMark(text.charCodeAt(num.end));
}
/** Classifiers after 本周, 下周 and a numeral that count (本周三次, 下周五个工作日). */
const COUNTED_AFTER_WEEK = '次天个场项家批轮';
const isRangeMark = (x: number) => x === 0x81f3 /* 至 */ || x === 0x5230 /* 到 */ || x === 0x2d || x === 0x2014 || x === 0x7e;

/**
 * 3万5元, 2万3人, 1万五人, 3千5人, 3万1500元: one digit (or a few) right after a numeral that ends
 * in a scale (百, 千, 万, 亿) is a shortened tail (35000?) or a slip, not
 * certain: no mention for either part (a review: 5元 and 3人 were read, the
 * scale's numeral lost; D-40 reads 3万零5000元 so too).
 */
export const scaleTail = neg('negative.scale-tail', { before: scaleChars(2), after: numeralStarts() }, (c) => {
  const { text, num } = c;
  const prev = c.i > 0 ? c.nums[c.i - 1] : undefined, next = c.numAt(c.i + 1);
  if (prev && prev.end === num.start && !c.gap(num.start) && tailAfterScale(text, num, CN_SCALE[text.charCodeAt(prev.end - 1)])) return true;
  return !!next && next.start === num.end && !c.gap(num.end) && tailAfterScale(text, next, CN_SCALE[text.charCodeAt(num.end - 1)]);
});
/** Every character a numeral may start with (the classes DIGIT and CNUM), for `when`. */
function numeralStarts(): string {
  let out = '';
  for (let k = 0; k < 65536; k++) if (CLASS[k] === Cls.DIGIT || CLASS[k] === Cls.CNUM) out += String.fromCharCode(k);
  return out;
}
/** The numeral m right after one ending in a scale of `zeros` (百 and up): a tail (tailAt) or a lower amount with 多/余 (overTail). */
function tailAfterScale(text: string, m: NumberSpan, zeros: number): boolean {
  return zeros >= 2 && (tailAt(text, m, zeros) || overTail(text, m, zeros));
}

/**
 * One digit before a unit, or digits no more than the scale's zeros (3万1500元, 2万300人, 3千15人: the whole read
 * as its tail alone was a wrong value, session 39), opening no word (３５００万三晋人民, 5万一次性补助 keep their
 * amounts), nor an age or a length (为2万3岁以下儿童, 100亿3年翻一番: a later review); not across a line break (a
 * table's cells).
 */
function tailAt(text: string, m: NumberSpan, zeros: number): boolean {
  const n = m.end - m.start;
  // (digits right after digits and their scale, whatever their length: 3万15000元, 3万1500.5元 were 15000, 1500.5;
  // session 40; four after 万 the locator reads as the sum, 3万1500元)
  const afterDigits = isDigit(codeAt(text, m.start)) && isDigit(codeAt(text, m.start - 2));
  if (n > 1 && !afterDigits && (n > zeros || !allDigits(text, m.start, m.end))) return false;
  if (CN_WORD_BLOCK.at(text, m.start) !== 0) return false;
  // (3万1500余元, 2万300多人: a later review)
  const u = unitAt(text, m.end + (text[m.end] === '余' || text[m.end] === '多' ? 1 : 0));
  return u !== null && u[0].type !== 'DURATION' && u[0].unit !== '岁' && u[0].unit !== '周岁';
}

/**
 * 2亿3000多万元, 5亿2000余万元: an amount with 多 or 余 in a lower scale right after one ending in a higher scale, which
 * the locator reads apart (2亿3000万元 it reads whole): the tail alone was a wrong value (a later review), and the project
 * reads no two numerals as one sum: no mention.
 */
function overTail(text: string, m: NumberSpan, zeros: number): boolean {
  const s = CN_SCALE[text.charCodeAt(m.end - 1)];
  return m.over && s >= 4 && s < zeros && isDigit(text.charCodeAt(m.start));
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLASS[text.charCodeAt(k)] !== Cls.DIGIT) return false;
  return true;
}

/** 1号, 13002号: instruments and case numbers (dates took their month already). */
export const hao = neg('negative.hao', { after: '号' }, (c) => c.after === C.HAO);

/** “1+13+N”: digit slogans; 1对1, 1对1包保: "one-to-one" in digits, as 一对一 (session 49's review: COUNT 1 对, 1 包). */
// (同比+3.5%, 环比+0.8个百分点: a rate's plus sign after a word or a clause mark, no slogan; D-117, was nothing)
export const plusSlogan = neg('negative.plus', { before: '+对', after: '+对' }, (c) => !c.isCn && (c.after === C.PLUS || (c.before === C.PLUS && !plusRate(c)) || oneToOne(c)), 'arabic');
function plusRate(c: Ctx): boolean {
  const p = codeAt(c.text, c.num.start - 2), k = p < 0 ? Cls.PUNCT : CLASS[p];
  return (k === Cls.CJK || (k === Cls.PUNCT && p !== 0x201d /* ” */ && p !== C.PLUS)) && RATE_AFTER_PLUS.some((w) => c.text.startsWith(w, c.num.end));
}
const RATE_AFTER_PLUS = ['%', '‰', '个百分点', '百分点'];
function oneToOne(c: Ctx): boolean {
  if (c.num.value !== 1 || c.num.end - c.num.start !== 1) return false;
  if (c.after === 0x5bf9 /* 对 */) return codeIs(c.text, c.num.end + 1, 0x31) && !isDigit(codeAt(c.text, c.num.end + 2));
  return c.before === 0x5bf9 /* 对 */ && codeIs(c.text, c.num.start - 2, 0x31) && !isDigit(codeAt(c.text, c.num.start - 3));
}

/** 附表3, 见图2, 国道108: references to tables and figures, road numbers. */
// (县道120公里, 改造国道35公里: a length of road of that class, no road's number; session 47's review: lost)
// (服装及衣着附件1.16万亿元, 汽车零附件3200亿元: a product's name before an amount with a scale; session 47's review: lost)
// (表1-1所列, 专栏3-2列出: a table's or a box's number after its chapter's; session 49's review, COUNT 1 所)
export const tableRef = neg('negative.table-ref', { before: lastChars(TABLE_REF) + '-—' }, (c) => !c.isCn && ((endsWithAny(c.text, c.num.start, TABLE_REF) &&
  // (专栏 a box only before what refers to it: 开设专栏3个, 专栏38期 count columns; session 49's hunt)
  !(c.before === 0x680f /* 栏 */ && !BOX_REFERRED_AFTER.test(c.text.slice(c.num.end, c.num.end + 3))) &&
  !(c.before === 0x9053 /* 道 */ && ROAD_LENGTH_AFTER.some((w) => c.text.startsWith(w, c.num.end))) &&
  !(c.before === 0x4ef6 /* 件 */ && CN_SCALE[c.text.charCodeAt(c.num.end - 1)] >= 4 && unitAt(c.text, c.num.end) !== null)) ||
  ((c.before === C.DASH || c.before === C.EMDASH) && SUB_NUMBERED.test(c.text.slice(Math.max(0, c.num.start - 6), c.num.start)) && subNumberEnds(c.text, c.num.end)) ||
  ((c.after === C.DASH || c.after === C.EMDASH) && isDigit(codeAt(c.text, c.num.end + 1)) && SUB_NUMBERED.test(c.text.slice(Math.max(0, c.num.start - 3), c.num.end + 1)) &&
    subNumberEnds(c.text, c.num.end + 1 + digitsFrom(c.text, c.num.end + 1)))), 'arabic');
/** After a table's sub-number: a reference's words or a phrase's end (表1-1所列), not a unit (调查表1-2万份, 专栏1-2期: a range; session 49's judge). */
const subNumberEnds = (text: string, at: number) => /^(?:$|[-,.;:!?、）)]|所|列|中|的|提出|明确|显示|要求|和|及)/.test(text.slice(at, at + 2));
const SUB_NUMBERED = /(?:表|图|专栏)[0-9]{1,2}[-—]$/;
const BOX_REFERRED_AFTER = /^(?:$|[,.;:!?、）)]|列|所|提出|中|的|明确|指出|显示|要求)/;
const ROAD_LENGTH_AFTER = ['公里', '千米', 'km', '米'];

/** 表3, 图1 opening a line: the number of a table or figure (D-45, D-46). */
export const figureNumber = neg('negative.figure-number', { before: '表图' }, (c) =>
  !c.isCn && (c.before === C.BIAO || c.before === C.TU) && c.num.start > 0 && c.atLineStart(c.num.start - 1), 'arabic');

/** 3.0版, 30版: a version. */
export const version = neg('negative.version', { after: '版' }, (c) => !c.isCn && c.after === C.BAN2, 'arabic');

/** 第2024-01-19期: an issue number; its parts go with it. */
export const issueNumber: Step = {
  id: 'negative.issue-number',
  when: { before: '第' },
  apply(c) {
    if (c.before !== C.DI || c.after !== C.DASH) return false;
    for (let m = c.next(); m && m.start === c.nums[c.i].end + 1; m = c.next()) c.i++;
    return true;
  },
};

/** “551人才选拔培养工程”, “1231”工作思路: digits in a short quoted slogan. */
export const quotedDigits: Step = {
  id: 'negative.quoted-digits',
  only: 'arabic',
  // ("6个100", 「6个100」, ‘5个10’: the other quotation marks of D-114 too; session 48's review, COUNT 6 个)
  when: { before: '“"「‘' },
  apply(c) {
    const b = c.before;
    if (c.isCn || (b !== C.LQUOTE && b !== 0x22 && b !== 0x300c && b !== 0x2018) || c.after === C.MIDDOT) return false;
    if (!(insideShortQuote(c.text, c.num.start, c.num.end) || (b === C.LQUOTE && !isYearValue(c.num, c.s) && durationAt(c.text, c.num.end) && quotedPhrase(c.text, c.num.end)))) return false;
    // the rest of the slogan goes with it (“7×24小时不打烊”)
    const close = c.text.indexOf(b === C.LQUOTE ? '”' : b === 0x22 ? '"' : b === 0x300c ? '」' : '’', c.num.end);
    for (let m = c.next(); m && m.start < close; m = c.next()) c.i++;
    return true;
  },
};

/** 12时, 9点: times of day (D-7). */
export const timeOfDay = neg('negative.time-of-day', { after: '时点' }, (c) =>
  !c.isCn && (c.after === C.SHI2 || c.after === C.DIAN) && !c.num.decimal && !unitAt(c.text, c.num.end), 'arabic');

/** 10:30:25: the minutes and seconds of a clock time (its hour was refused as a ratio). */
// (8∶00—18∶00对外开放: the ratio sign typed for a clock's colon; session 49's hunt, COUNT 0 对)
export const clockPart = neg('negative.clock-part', { before: ':∶' }, (c) =>
  !c.isCn && (c.before === C.COLON || c.before === C.RATIO) && c.before2Cls === Cls.DIGIT && c.num.intDigits <= 2 && !c.num.decimal, 'arabic');

/** 0351-4567890, 010: a leading zero before three or more digits is a code (telephone, post), with the groups joined to it. */
export const leadingZero: Step = {
  id: 'negative.leading-zero',
  only: 'arabic',
  when: { first: '0' },
  apply(c) {
    // 12⏎000万元, 3⏎050.5万元: a group opening with 0 after whitespace is the tail of a number cut there, never one of
    // its own, unit or not (D-71, D-91)
    // (after digits only: 增长⏎⏎０３％ is D-16's percentage)
    if (!c.isCn && c.num.intDigits >= 2 && c.text.charCodeAt(c.num.start) === 0x30 && (c.gap(c.num.start) || c.atLineStart(c.num.start)) && digitBefore(c.text, c.num.start)) return true;
    // (千帆极轨01组卫星, 遥感三十九号03组, 05星: a satellite batch's or a satellite's label, its zero written; session 50's
    // review, COUNT 1 组; 07地块, 07-02地块: a land plot's; session 51's review, COUNT 7 地)
    if (!c.isCn && c.num.intDigits === 2 && !c.num.decimal && c.text.charCodeAt(c.num.start) === 0x30 && c.beforeCls !== Cls.DIGIT && c.before !== C.DI && (c.after === 0x7ec4 /* 组 */ || c.after === 0x661f /* 星 */ || plotCode(c))) return true;
    // ０１６％ is a percentage that lost its decimal point (D-16): a unit after it keeps it
    if (c.isCn || c.num.intDigits < 3 || c.num.decimal || c.text.charCodeAt(c.num.start) !== 0x30 || unitAt(c.text, c.num.end)) return false;
    for (let m = c.next(); m && m.start === c.nums[c.i].end + 1 && codeIs(c.text, c.nums[c.i].end, C.DASH); m = c.next()) c.i++;
    return true;
  },
};

/** 07地块, 02-03-05地块, 01、02地块: a land plot's code, its groups joined by - or listed with 、 (all of them taken: called last, it moves c.i). */
function plotCode(c: Ctx): boolean {
  let j = c.i;
  while ((codeIs(c.text, c.nums[j].end, C.DASH) || codeIs(c.text, c.nums[j].end, C.DUN)) && c.nums[j + 1]?.start === c.nums[j].end + 1) j++;
  if (!c.text.startsWith('地块', c.nums[j].end)) return false;
  c.i = j;
  return true;
}

/** Whether a digit comes before i, over the whitespace that normalize keeps (line breaks, spaces). */
function digitBefore(text: string, i: number): boolean {
  const k = lastNonSpace(text, i);
  return k >= 0 && isDigit(text.charCodeAt(k));
}

/** 十大强: a name. */
export const daQiang = neg('negative.da-qiang', { after: '大' }, (c) => c.after === C.DA && c.text.startsWith('强', c.num.end + 1));

/** 世界500强, 中国民营企业500强: a list's name (D-29, D-55); 前10强 is a rank. */
export const listName = neg('negative.list-name', { after: '强' }, (c) => !c.isCn && c.after === C.QIANG && c.before !== C.QIAN, 'arabic');

/** 第 155 页: a page number (D-42). */
export const pageNumber = neg('negative.page-number', { before: '第' }, (c) => {
  if (c.before !== C.DI) return false;
  if (c.after === C.YE) return true;
  const m = c.next();
  return c.after === 0x2f /* / */ && !!m && codeIs(c.text, m.end, C.YE); // 第1/3页
});

/** "3.1   关于…" at the start of a line: a section number, spaced from its heading. */
export const sectionNumber: Step = {
  ...neg('negative.section-number', undefined, (c) =>
    c.num.form === NumForm.ARABIC && c.num.decimal && c.num.intDigits <= 2 && c.atLineStart(c.num.start) && c.gap(c.num.end) && c.afterCls === Cls.CJK, 'arabic'),
  decimal: true,
};

/** 每满, 每服, 每服役, 每服现役, 每多缴, 每增加… right before a length or a count: a rate's period or base. */
const EVERY_FULL_BEFORE = /每(?:满|服|服役|服现役|多缴|多交|增加|延长|工作|工作满|多生育|生育|招用|多招用|安置|增长|提高|提升|降低|下降|减少)$/;
/** 每 two to six characters before `start`. */
function meiNear(text: string, start: number): boolean {
  for (let k = start - 2; k >= 0 && k >= start - 6; k--) if (text.charCodeAt(k) === C.MEI) return true;
  return false;
}
/** The last characters of EVERY_FULL_BEFORE's verbs (the step's trigger). */
const EVERY_LAST = '满服役缴交加长作育用置高升低降少';

/**
 * 每万人口, 每千人, 每百元, 每10万人, 每10万人口: the denominator of a rate (D-53); and any count, measure or amount after 每
 * that a second number in the same clause is counted against (每3名法官配备1名书记员, 每5000人增加1名代表; 每100毫升血液中
 * 酒精含量达到80毫克: session 43's review, QUANTITY 100毫升).
 */
export const denominator = neg('negative.denominator', { before: '每' + EVERY_LAST }, (c) => (c.before === C.MEI && everyRange(c)) || (c.before === C.MEI &&
  ((c.isCn ? CN_SCALE[c.text.charCodeAt(c.num.start)] > 0 : isPowerOfTen(c.num.value) && (isCountOrMoney(c.text, c.num.end) || c.text.startsWith('人口', c.num.end))) ||
    (countOrAmount(c.text, c.num.end) && (numeratorAhead(c) || baseClause(c))) ||
    // 每10年0.16℃, 平均每10年减少1.4天: a period in tens of years a change is counted over (session 47's review: a length); not
    // 每5年召开一次, a period things recur in
    // (平均每10年增加1.4站日, 每10年减少0.3次: a trend counted in counts too, after a verb of change; session 51's review, DURATION 10)
    (!c.isCn && isPowerOfTen(c.num.value) && durationAt(c.text, c.num.end) && numeratorAhead(c) && (measureAhead(c) || changeAhead(c))))) ||
  // 每满1年增加3万元: "for each full year" a loan's limit grows by, a rate's period (session 48's review: DURATION 1 年)
  // (每服一年义务兵役每月发放50元, 每服现役一年: service's years, the same; session 48's review)
  // (每满1年，大病保险最高支付限额提高2000元: the figure in the next clause; session 49's review, DURATION 1 年)
  // (每多缴1年，基础养老金每月加发2元, 工龄每增加1年, 每多生育1个婴儿, 每招用1名农民工: the same, after a verb; session 50's
  // reviews, DURATION 1 年, COUNT 1 个)
  // (每 looked for first among the few characters before: the trigger's 长, 加, 作 end common verbs, 增长 most of all)
  (c.before !== C.MEI && meiNear(c.text, c.num.start) && EVERY_FULL_BEFORE.test(c.text.slice(Math.max(0, c.num.start - 6), c.num.start)) &&
    // (每降低1个百分点, 每增长1亿件: points and amounts too; session 50's review of express delivery)
    // (人口每增加1亿，城镇化率提高约0.7个百分点: a bare amount in 万 or 亿 as well; session 51's review, COUNT 1亿)
    (durationAt(c.text, c.num.end) || countOrAmount(c.text, c.num.end) || unitAt(c.text, c.num.end)?.[0].type === 'PERCENT_POINT' ||
      CN_SCALE[c.text.charCodeAt(c.num.end - 1)] >= 4) && (numeratorAhead(c) || baseClause(c))));

/**
 * 每五户至十五户推选一人, 每5—15户推选1名, 每3至5名党员编为1个党小组: a range of counts after 每 that a number after it is
 * counted against, its unit after either end (D-53 for a range; session 50's review, COUNT 15 户 or 5–15 户): nothing for
 * either end.
 */
function everyRange(c: Ctx): boolean {
  const { text, num } = c;
  const u = unitAt(text, num.end);
  const mark = num.end + (u ? u[1] : 0);
  const m = c.next();
  if (!isRangeChar(codeAt(text, mark)) || !m || m.start !== mark + 1 || !countOrAmount(text, m.end)) return false;
  const n = c.numAt(c.i + 2);
  const mu = unitAt(text, m.end);
  if (!n || !mu || n.start - (m.end + mu[1]) > 12) return false;
  for (let k = m.end + mu[1]; k < n.start; k++) { const cls = CLASS[text.charCodeAt(k)]; if (cls === Cls.PUNCT || cls === Cls.SPACE) return false; }
  c.i++;
  return true;
}

/** The numeral after this one follows a verb of change (每10年增加1.4站日). */
function changeAhead(c: Ctx): boolean {
  const m = c.next();
  return !!m && TREND_BEFORE.test(c.text.slice(Math.max(0, m.start - 5), m.start));
}
const TREND_BEFORE = /(?:增加|减少|上升|下降|增多|减小|升高|降低)了?(?:约|近)?$/;

/** The numeral after this one has a measure, a rate, points, a multiple or a length after it (0.16℃, 5.1毫米, 5个百分点, 1倍, 1.4天). */
function measureAhead(c: Ctx): boolean {
  const m = c.next();
  const u = m ? unitAt(c.text, m.end) : null;
  return !!u && u[0].type !== 'COUNT' && u[0].type !== 'MONEY' && u[0].type !== 'DATE' && u[0].type !== 'ORDINAL';
}

/** A count at i, or a measure or money with no bound after it (每200吨以下的渔船: a threshold, the second review). */
function countOrAmount(text: string, i: number): boolean {
  const u = unitAt(text, i);
  return !!u && (u[0].type === 'COUNT' || ((u[0].type === 'QUANTITY' || u[0].type === 'MONEY') && !qualifierAfter(text, i + u[1])));
}

/**
 * 每一百元工业产值的利润，一九五二年为十二元; 每一百个职工中，…二十一人: the base of a rate in a clause of its own, its figure
 * in the next (D-53 across the comma; session 49's review of the 1950s: MONEY 100): Han characters up to a comma, and a
 * numeral within sixteen characters after it.
 */
function baseClause(c: Ctx): boolean {
  const { text } = c;
  // (past the unit first: 个百分点's 百 is no Han character of the class read below)
  let k = c.num.end + (unitAt(text, c.num.end)?.[1] ?? 0);
  while (k < text.length && k - c.num.end <= 12 && CLASS[text.charCodeAt(k)] === Cls.CJK) k++;
  if (text.charCodeAt(k) !== 0x2c /* , */ && text.charCodeAt(k) !== 0xff0c /* ， */) return false;
  const m = c.next();
  return !!m && m.start > k && m.start - k <= 16;
}
/** A numeral after this one within 12 characters of the same clause (no punctuation between): the numerator of 每N…. */
function numeratorAhead(c: Ctx): boolean {
  const m = c.next();
  if (!m || m.start - c.num.end > 12) return false;
  for (let k = c.num.end; k < m.start; k++) { const cls = CLASS[c.text.charCodeAt(k)]; if (cls === Cls.PUNCT || cls === Cls.SPACE) return false; }
  return true;
}

function isCountOrMoney(text: string, i: number): boolean {
  const u = unitAt(text, i);
  return !!u && (u[0].type === 'COUNT' || u[0].type === 'MONEY');
}

/**
 * Inside a quotation of at most 10 characters: “四大检察”; also in 「」, ‘’ and the ASCII "…" of texts taken from web
 * pages ("三个课堂": session 47's review, COUNT 三个).
 */
export function insideShortQuote(text: string, start: number, end: number): boolean {
  let open = -1, close = -1;
  for (let k = start - 1; k >= 0 && k >= start - 10; k--) {
    const c = text.charCodeAt(k);
    // (a Han character, the most of them, compared once: every quotation mark and stop below lies under U+3010; the
    // marks' look-up for each character was 1.4% of the extractor, session 47)
    if (c >= 0x3010 || (c >= 0x30 && c <= 0x39)) continue;
    if (c === C.LQUOTE) { open = k; close = C.RQUOTE; break; }
    if (c === 0x22 /* " */ || c === 0x300c /* 「 */ || c === 0x2018 /* ‘ */) { open = k; close = c === 0x22 ? 0x22 : c + 1; break; }
    if (c === C.RQUOTE || c === 0x300d /* 」 */ || c === 0x2019 /* ’ */ || c === 0x3002 /* 。 */ || c === C.DOT) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < text.length && k <= open + 12; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x3010) continue;
    if (c === close) return true;
    if (c === 0x3002 /* 。 */ || c === 0x2c /* , (，folded) */) return false;
  }
  return false;
}

function durationAt(text: string, i: number): boolean {
  const u = unitAt(text, i);
  return !!u && u[0].type === 'DURATION';
}

/** “15分钟高品质生活服务圈”: a quotation opened right before a number that closes within 16 characters, Han characters and numerals only: a name. */
function quotedPhrase(text: string, end: number): boolean {
  for (let k = end; k < text.length && k - end <= 16; k++) {
    const c = text.charCodeAt(k);
    if (c === C.RQUOTE) return k > end;
    const cls = CLASS[c];
    if (cls !== Cls.CJK && cls !== Cls.CNUM && cls !== Cls.DIGIT) return false;
  }
  return false;
}
