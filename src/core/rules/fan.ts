// 翻一番, 翻两番 (D-50): RATIO, span 一番/两番 (the verb 翻 outside, like
// 增长), value the written number, unit 番. A qualifier before the verb
// (接近翻一番) or after 番 (翻了一番多) applies.
import { qualifierAround } from '../read.js';
import { C, type Ctx, type Step } from './context.js';
import { codeIs } from '../../text/chars.js';

export const fan: Step = {
  id: 'ratio.fan',
  when: { after: '番' },
  apply(c: Ctx): boolean {
    const { text, num } = c;
    if (c.after !== C.FAN) return false;
    const verb = c.before === C.FAN_VERB ? num.start - 1 : c.before === C.LE && c.before2 === C.FAN_VERB ? num.start - 2 : -1;
    if (verb < 0 || !Number.isInteger(num.value) || num.value <= 0) return false;
    // 翻一番半: and a half (1.5)
    const half = codeIs(text, num.end + 1, 0x534a /* 半 */) ? 1 : 0;
    const q = qualifierAround(text, verb, num.end + 1 + half);
    c.push(this.id, { start: num.start, end: num.end + 1 + half, type: 'RATIO', value: num.value + half / 2, unit: '番', qualifier: q });
    return true;
  },
};
