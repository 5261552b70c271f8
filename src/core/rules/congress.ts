// Congresses and N大 (D-20, D-21, D-36): 二中全会 → ORDINAL (optional),
// 二十大 → ORDINAL (optional), 三大产业 → COUNT 三大 (unit 大), 九大类 → COUNT 九大类.
import { classAt, Cls, codeAt } from '../../text/chars.js';
import { unitAt } from '../lexicon.js';
import { qualifierAround } from '../read.js';
import { C, endsWithAny, isListJoiner, startsWithAny, type Ctx, type Step } from './context.js';
import { CONGRESS_BEFORE, CONGRESS_EVENTS, DA_NOUNS, DA_SCOPE_BEFORE, DA_SCOPE_NOUNS, PARTY_BEFORE } from './data/words.js';

/** 三中全会, and each member of a list that closes so (二中、三中全会): the plenary session's number. */
export const plenary: Step = {
  id: 'ordinal.plenary',
  only: 'cn',
  when: { after: '中' },
  apply(c: Ctx): boolean {
    if (!c.isCn || c.after !== C.ZHONG || !(c.text.startsWith('全会', c.num.end + 1) || plenaryListAhead(c))) return false;
    c.push(this.id, { start: c.num.start, end: c.num.end + 1, type: 'ORDINAL', value: c.num.value, unit: null, qualifier: 'exact', optional: true });
    return true;
  },
};

/** 二中、三中全会, 二中、三中、四中全会: a member of a list of N中 whose last one is followed by 全会 (session 45: 二中 was a bare number). */
function plenaryListAhead(c: Ctx): boolean {
  const { text } = c;
  for (let k = c.num.end + 1, j = 1; codeAt(text, k) === C.DUN; j++) {
    const m = c.next(j);
    if (!m || m.start !== k + 1 || codeAt(text, m.end) !== C.ZHONG) return false;
    if (text.startsWith('全会', m.end + 1)) return true;
    k = m.end + 1;
  }
  return false;
}

/** After N大项, N大块: the characters that make the classifier a noun's first (四大项目, 三大块头). */
const CLASS_NOUN_AFTER = '目头';
/** N大: a congress (二十大), a count with a classifier (九大类) or before a noun (三大产业). */
export const nDa: Step = {
  id: 'n-da',
  when: { after: '大' },
  apply(c: Ctx): boolean {
    const { num, text } = c;
    if (c.after !== C.DA || !Number.isInteger(num.value) || num.value < 2) return false;
    // 党的十二大, 中共七大: the party names the congress whatever its number; 二十大 alone from the 14th on
    // (a scope or a verb of building before it and a word after, 全市二十大民生实事: counted; session 42's review)
    if (c.isCn && num.value <= 20 && ((num.value >= 14 && (endsWithAny(text, num.start, CONGRESS_BEFORE) || !(startsWithAny(text, num.end + 1, DA_NOUNS) ||
      (endsWithAny(text, num.start, DA_SCOPE_BEFORE) && startsWithAny(text, num.end + 1, DA_SCOPE_NOUNS) && !eventAhead(text, num.end + 1))))) || endsWithAny(text, num.start, PARTY_BEFORE))) {
      c.push('ordinal.congress', { start: num.start, end: num.end + 1, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    // (党的九大、十大, 八大、九大、十大, 十大和十一大: a list of congresses, each member (D-20); session 51's review, COUNT 10 大)
    const prev = c.lastMention();
    // (not before a noun counted: 打造九大、十大产业集群; the hunt)
    if (c.isCn && num.value <= 20 && prev !== undefined && prev.rule === 'ordinal.congress' && prev.end === num.start - 1 && isListJoiner(text.charCodeAt(num.start - 1)) &&
      !startsWithAny(text, num.end + 1, DA_NOUNS)) {
      c.push('ordinal.congress', { start: num.start, end: num.end + 1, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    // 十二大以来, 八大提出, 七大确立, 从七大到十二大: an earlier congress by what it did or when (session 46's review: COUNT
    // 12 大); N大 before a noun stays a count (十大工程)
    if (c.isCn && num.value >= 5 && num.value <= 13 && startsWithAny(text, num.end + 1, CONGRESS_FOLLOW)) {
      c.push('ordinal.congress', { start: num.start, end: num.end + 1, type: 'ORDINAL', value: num.value, unit: null, qualifier: 'exact', optional: true });
      return true;
    }
    const cls = unitAt(text, num.end + 1);
    // (16大项、52小项, 四大块: 项 and 块 as 类; session 50's review, unit 大; not 四大项目, a noun)
    if (cls && cls[0].type === 'COUNT' && (cls[0].unit === '类' || ((cls[0].unit === '项' || cls[0].unit === '块') && !CLASS_NOUN_AFTER.includes(text[num.end + 2] ?? '\0')))) {
      const end = num.end + 1 + cls[1];
      c.push('count.da-class', { start: num.start, end, type: 'COUNT', value: num.value, unit: cls[0].unit, qualifier: qualifierAround(text, num.start, end, 'COUNT') });
      return true;
    }
    // (交警二大队, 刑侦三大队: a brigade by its number, a name; session 48's hunt: COUNT 2 大)
    if (codeAt(text, num.end + 1) === 0x961f /* 队 */) return true;
    // 十万大山, 百大: a count of N大 items is small; larger numbers before 大 are names
    if (classAt(text, num.end + 1) === Cls.CJK && num.value <= 20) {
      c.push('count.da', { start: num.start, end: num.end + 1, type: 'COUNT', value: num.value, unit: '大', qualifier: 'exact' });
      return true;
    }
    return false;
  },
};

/** After N大 (5 to 13): what a congress did or when (以来, 提出, 召开…), or the next of two (到十三大). */
const CONGRESS_FOLLOW = ['以来', '以后', '之后', '以前', '前后', '提出', '召开', '确立', '宣布', '通过', '制定', '作出', '做出', '指出', '强调', '报告', '精神', '路线', '到十', '至十', '、十', '和十'];

/**
 * An event of the congress within eight Han characters of `at` (全省二十大特色宣讲活动, 全市二十大民生新闻发布会): the
 * congress, no count; not past a thing counted first (全市二十大民生实事发布会, 全省十五大特色产业链研讨会).
 */
function eventAhead(text: string, at: number): boolean {
  for (let k = at; k < text.length && k - at < 8 && classAt(text, k) === Cls.CJK; k++) {
    if (startsWithAny(text, k, DA_NOUNS) || startsWithAny(text, k, COUNTED_BEFORE_EVENT)) return false;
    if (startsWithAny(text, k, CONGRESS_EVENTS)) return true;
  }
  return false;
}
const COUNTED_BEFORE_EVENT = ['实事', '产业链', '项目', '工程'];
