// Chinese numerals inside words: fixed names, slogans, quotations and the
// article-like 一 (spec §5). One step emits: an amount that names a programme
// (百亿工程, 万亿国债) is MONEY by the spec's 百亿 convention (D-26).
import { CLASS, Cls, CN_DIGIT, CN_SCALE, codeAt, codeIs, isNumeralChar } from '../../text/chars.js';
import { qualifierBefore, unitAt } from '../lexicon.js';
import { C, endsWithAny, firstChars, isRangeChar, startsWithAny, type Ctx, type Step } from './context.js';
import { CN_WORD_BLOCK, PROGRAMME } from './data/words.js';
import { insideShortQuote } from './negatives.js';

/** 百亿工程, 万亿国债: MONEY with unit null (D-26). */
export const programmeMoney: Step = {
  id: 'money.programme',
  only: 'cn',
  when: { after: firstChars(PROGRAMME) },
  apply(c: Ctx): boolean {
    const { s, num } = c;
    if (!c.isCn || s.length < 2 || CN_SCALE[s.charCodeAt(s.length - 1)] < 8 || !startsWithAny(c.text, num.end, PROGRAMME)) return false;
    c.push(this.id, { start: num.start, end: num.end, type: 'MONEY', value: num.value, unit: null, qualifier: 'exact' });
    return true;
  },
};

/** 一些, 一体化, 千方百计, 十四五: the numeral belongs to a word. */
export const blockedWord: Step = {
  id: 'negative.word',
  only: 'cn',
  apply(c: Ctx): boolean {
    if (!c.isCn) return false;
    const { text, num } = c;
    let w = CN_WORD_BLOCK.at(text, num.start);
    // 逾百家, 超万家, 近千村: after a qualifier a bare scale is an amount (D-27), read by the bare-scale step
    if (w && CN_SCALE[text.charCodeAt(num.start)] >= 2) { const q = qualifierBefore(text, num.start); if (q && q[0] !== 'exact') w = 0; }
    // 千万 is "by all means" but 千万吨 a size (D-52): a unit right after the numeral makes it one
    if (w && c.before !== C.DI && !text.startsWith('十分之', num.start) && !(w === num.end - num.start && w === 2 && text.startsWith('千万', num.start) && unitAt(text, num.end)) && !amountOverWord(c, w)) return true;
    // a word that starts before the numeral and covers it (进一步, 千家万户, 统一); 百分之一点九 is a percentage
    // (each startsWith behind a comparison of one character: most numerals fail it)
    if (num.start >= 3 && text.charCodeAt(num.start - 3) === C.BAI && text.startsWith('百分之', num.start - 3)) return false;
    // (not a word whose first character ends the numeral before: 一九六三年两年内 is no 三年两年; session 50's review)
    for (let k = 1; k <= 3 && k <= num.start; k++) {
      if (CN_WORD_BLOCK.at(text, num.start - k) > k && !(num.start - k > 0 && isNumeralChar(text.charCodeAt(num.start - k)) && isNumeralChar(text.charCodeAt(num.start - k - 1)))) return true;
    }
    // 十分 (very), but not 十分钟 or 十分之一
    return text.charCodeAt(num.start) === 0x5341 /* 十 */ && text.startsWith('十分', num.start) && !text.startsWith('十分钟', num.start) && !text.startsWith('十分之', num.start);
  },
};

/**
 * A word of the block list that is an amount here (a review: each was lost):
 * a unit after the numeral that runs past the word (三公里, 三公斤: not 三公
 * of 三公经费; a unit in 公, the one such word), or one of AMOUNT_WORDS, a
 * numeral and its unit, closing its clause or (二元五角) going on with a
 * smaller coin (补助二元。 but 二元结构, 新建站点四处， but 四处奔波).
 */
function amountOverWord(c: Ctx, w: number): boolean {
  const { text, num } = c;
  const end = num.start + w, next = codeAt(text, num.end);
  // 四方面军民融合, 四方面军事, 四方面军队: 四方面 and 军… (红四方面军, 原四方面军 are the army; later reviews)
  if (w === 4 && next === 0x65b9 /* 方 */ && startsWithAny(text, end, AFTER_FOUR_SIDES_ARMY) && !'红原'.includes(text[num.start - 1] ?? '\0')) return true;
  // (a character compared first: every word of the list reaches here, most numerals before none of these)
  if (next === 0x516c /* 公 */ && num.end < end) { const u = unitAt(text, num.end); return u !== null && num.end + u[1] > end; }
  // 事故一起，火灾一起。: one incident counted after its noun, closing the clause (session 41's review: the adverb 一起); not
  // 与相关部门一起研究, 未发生一起重大事故, 查处一起、通报一起
  if (w === 2 && next === 0x8d77 /* 起 */ && num.end - num.start === 1 && endsWithAny(text, num.start, INCIDENT_NOUNS) && (end >= text.length || '，。；,.;'.includes(text[end]))) return true;
  // (二套房, 二套房贷: the second home's word whatever comes before; 二套 and 二套住房 count only after a word of a limit or of
  // owning, 限购二套, 拥有二套及以上住房, 分配安置房二套: the second hunt, 二套住房商业贷款, 购买二套住房的家庭 the second home)
  if (next === 0x5957 /* 套 */) return !codeIs(text, num.end + 1, 0x623f /* 房 */) && endsWithAny(text, num.start, HOMES_COUNTED_BEFORE);
  if (w !== 2 || (next !== 0x5143 /* 元 */ && next !== 0x5904 /* 处 */ && next !== 0x53f0 /* 台 */) || !startsWithAny(text, num.start, AMOUNT_WORDS)) return false;
  // 购置了五台拖拉机, 拖拉机五台、, 五台智能设备: five machines, named before or within five characters after; else the
  // county (繁峙、五台、代县, 在五台考察, 五台人民, 五台山: later reviews)
  if (next === 0x53f0 /* 台 */) return MACHINE_END.includes(text[num.start - 1] ?? '\0') || (!COUNTY_BEFORE.includes(text[num.start - 1] ?? '\0') && machineAhead(text, end));
  // (流窜四处, 散落四处: "everywhere" after a verb of scattering; a later review)
  if (next === 0x5904 /* 处 */ && endsWithAny(text, num.start, SCATTERED_BEFORE)) return false;
  if (end >= text.length || CLASS[text.charCodeAt(end)] === Cls.PUNCT) return true;
  // (每月二元至二十元, 二处至三处: a range's lower end; session 50's review, the upper end alone)
  if (isRangeChar(text.charCodeAt(end)) && CLASS[codeAt(text, end + 1) & 0xffff] === Cls.CNUM) return true;
  return next === 0x5143 /* 元 */ && CN_DIGIT[text.charCodeAt(end)] < 10 && (codeIs(text, end + 1, 0x89d2 /* 角 */) || codeIs(text, end + 1, 0x5206 /* 分 */));
}
/** Words of a limit or of owning before 二套 that make it a count of two homes (限购, 可购买; 有 ends 拥有, 持有, 共有; 房 ends 安置房, 门面房). */
const HOMES_COUNTED_BEFORE = ['限购', '可购买', '可购', '最多购买', '分配', '有', '房'];
const AMOUNT_WORDS = ['二元', '四处', '五台']; // (百倍 alone stays nothing: a scale alone, D-27)
/** Incidents counted by 起 (事故一起, 火灾一起, 案件一起). */
const INCIDENT_NOUNS = ['事故', '火灾', '案件', '事件', '险情', '案', '疫情', '爆炸', '纠纷'];
/** The last character of a machine's name (拖拉机, 汽车, 设备, 电梯, 空调, 锅炉, 电脑, 投影仪, 充电桩). */
const MACHINE_END = '机车备器梯组调床仪炉桩脑船艇';
/** A machine's name ends within five characters from `at`, before punctuation (五台大型设备, 五台CT机). */
function machineAhead(text: string, at: number): boolean {
  if ('山县区市籍人、和与及等两的'.includes(text[at] ?? '\0')) return false; // 五台县调研, 五台山, 五台等地农机
  for (let k = at; k < at + 6 && k < text.length; k++) {
    if (MACHINE_END.includes(text[k])) return true;
    if (CLASS[text.charCodeAt(k)] === Cls.PUNCT || CLASS[text.charCodeAt(k)] === Cls.SPACE) return false;
  }
  return false;
}
/** After 四方面军: words that make it 四方面 and 军… (军民融合, 军事训练, 军队建设, 军地协作, 军人军属; not 队伍, 事迹, 人数). */
const AFTER_FOUR_SIDES_ARMY = ['民', '事训', '队建', '地协', '地合', '人军'];
/** Before 五台 the county: its city (忻州市五台农机推广站); a list of places is told by what follows (繁峙、五台等地). */
const COUNTY_BEFORE = '市州';
/** Before 四处: verbs of scattering and fleeing (流窜四处, 散落四处, 飘落四处; not 分布, 堆放: 分布四处：城东两处…). */
const SCATTERED_BEFORE = ['流窜', '逃窜', '散落', '分散', '遍布', '奔波', '飞溅', '逃散', '散布', '奔走', '洒落', '飘落', '撒落', '遗落', '流散',
  '扩散', '失散', '外逃', '流落', '蔓延', '横流', '丢弃'];

/** “四大检察”, “两个维护”, “最后一公里”: a short quotation is a name. */
export const quotedName: Step = {
  id: 'negative.quoted-name',
  only: 'cn',
  // “百亿县”: an amount of money in a name is still one (D-37), read by the bare-scale step
  apply: (c) => c.isCn && !(c.before === C.LQUOTE && CN_SCALE[c.text.charCodeAt(c.num.start)] >= 2 && c.num.value >= 1e10) && insideShortQuote(c.text, c.num.start, c.num.end),
};

/** 一月一日, 二月二十八日: a month and its day, no slogan (一月一次 stays one). */
function monthDay(c: Ctx): boolean {
  if (c.after !== C.YUE) return false;
  const m = c.next();
  if (!m || m.start !== c.num.end + 1 || m.end >= c.text.length) return false;
  const d = c.text.charCodeAt(m.end);
  return d === C.RI || d === C.HAO;
}

/**
 * 一链一册, 三册一站: paired slogans; never a range (十到十五个, 三至三十个: the numeral after 到 or 至 is its upper end), nor a
 * share with its tenth (九成九: 99%), nor a numeral whose twin two before ends a longer one (十三届三次、四次会议: the
 * thirteenth's session; session 45, was nothing and a COUNT 4).
 */
export const pairedSlogan: Step = {
  id: 'negative.paired-slogan',
  only: 'cn',
  // a one-character numeral, compared by code (its text is not made for this)
  // (长三角三省一市, 珠三角三地: the delta's 三 is no twin; session 50's review, both dropped)
  apply: (c) => c.isCn && c.num.end - c.num.start === 1 && !monthDay(c) && !deltaAt(c.text, c.num.start) && !deltaAt(c.text, c.num.start - 2) &&
    ((c.num.end + 1 < c.text.length && c.text.charCodeAt(c.num.end + 1) === c.text.charCodeAt(c.num.start) && c.afterCls === Cls.CJK && !isRangeChar(c.after) && c.after !== C.CHENG &&
      !compoundPair(c.after, c.text, c.num.end + 2)) ||
      (c.num.start >= 2 && c.text.charCodeAt(c.num.start - 2) === c.text.charCodeAt(c.num.start) && c.beforeCls === Cls.CJK && CLASS[codeAt(c.text, c.num.start - 3) & 0xffff] !== Cls.CNUM &&
        !compoundPair(c.before, c.text, c.num.end))),
};

/** 长三角, 珠三角, 金三角 with its 三 at k. */
const deltaAt = (text: string, k: number) => codeIs(text, k + 1, 0x89d2 /* 角 */) && (codeIs(text, k - 1, 0x957f /* 长 */) || codeIs(text, k - 1, 0x73e0 /* 珠 */) || codeIs(text, k - 1, 0x91d1 /* 金 */));

/**
 * The words after two twins (the first's at `a`, the second's at `at`) that make them one length or one session, no
 * slogan: 三年三个月, 一年一月 (a term in years and months, D-31's compound; 一年一个样 stays one), 一比一点八 (a ratio), 五届五次会议, 八届八中全会 (a term's session, D-32, D-20; session 45's review: all dropped).
 */
function compoundPair(a: number, text: string, at: number): boolean {
  // (三分三十六秒, 五分五十二秒: minutes and seconds, D-107; session 50's review, 36 秒 alone)
  if (a === 0x5206 /* 分 */) { const s = text.indexOf('秒', at); if (s >= 0 && s - at <= 3) return true; }
  // (一比一点八: a ratio, the colon step's; session 45's review, dropped as 一X一Y)
  if (a === 0x6bd4 /* 比 */) return true;
  const b = codeAt(text, at);
  // (个 only in 个月: 一年一个样 stays a slogan)
  // (一年一个多月: 多 or 余 inside 个月, the closing review)
  const b1 = codeAt(text, at + 1);
  const months = b === C.YUE || (b === C.GE && (b1 === C.YUE || ((b1 === C.DUO || b1 === C.YU) && codeAt(text, at + 2) === C.YUE)));
  return (a === 0x5e74 /* 年 */ && months) || (a === 0x5c4a /* 届 */ && (b === 0x6b21 /* 次 */ || b === C.ZHONG));
}
