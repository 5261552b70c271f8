// 翻一番, 翻两番 (D-50): RATIO, span 一番/两番 (the verb 翻 outside, like
// 增长), value the written number, unit 番. A qualifier before the verb
// (接近翻一番), between it and the number (翻了近一番) or after 番 (翻了一番多)
// applies.
import { qualifierAround } from '../read.js';
import { qualifierBefore } from '../lexicon.js';
import { C, type Ctx, type Step } from './context.js';
import { codeAt, codeIs } from '../../text/chars.js';

export const fan: Step = {
  id: 'ratio.fan',
  when: { after: '番' },
  apply(c: Ctx): boolean {
    const { text, num } = c;
    if (c.after !== C.FAN) return false;
    // (翻了近一番, 翻了将近两番: the qualifier between the verb and the number; session 43's review: none)
    const inner = c.before === C.FAN_VERB || c.before === C.LE ? null : qualifierBefore(text, num.start);
    const at = inner ? num.start - inner[1] : num.start;
    const verb = codeAt(text, at - 1) === C.FAN_VERB ? at - 1 : codeAt(text, at - 1) === C.LE && codeAt(text, at - 2) === C.FAN_VERB ? at - 2 : -1;
    if (verb < 0 || !Number.isInteger(num.value) || num.value <= 0) return false;
    // 翻一番半: and a half (1.5)
    const half = codeIs(text, num.end + 1, 0x534a /* 半 */) ? 1 : 0;
    const q = inner ? inner[0] : qualifierAround(text, verb, num.end + 1 + half);
    c.push(this.id, { start: num.start, end: num.end + 1 + half, type: 'RATIO', value: num.value + half / 2, unit: '番', qualifier: q });
    return true;
  },
};
