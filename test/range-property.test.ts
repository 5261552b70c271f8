// Ranges from generated text: whatever two numerals, scale words, joiner and
// unit are put together, a range the rule steps or the span reader give runs
// upward (D-11: value is the lower end, valueMax the upper), and the reader
// agrees with the steps or refuses. (A fuzz of this kind found 三至五万元 →
// 3–50000, 六千至七百元 → 6000–700 and 四至五十亿元 read as 4亿.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractRules } from '../src/core/pipeline.js';
import { readSpan } from '../src/core/span.js';

const CN = ['一', '两', '三', '四', '五', '八', '九', '十', '十五', '二十', '三百', '一千', '两千', '五千'];
const AR = ['1', '2', '3', '5', '8', '10', '15', '20', '100', '1000', '2.5', '0.5', '1,200'];
const SCALE = ['', '万', '亿', '千', '百', '千万', '十万', '万亿'];
const JOIN = ['至', '到', '-', '—', '~', '、'];
const UNIT = ['元', '人', '个', '年', '吨', '%', '家', '亿元', '万元', '天', '个月', '个百分点'];

const rangeText = fc.record({
  cn: fc.boolean(), a: fc.nat(20), b: fc.nat(20), sa: fc.constantFrom(...SCALE), sb: fc.constantFrom(...SCALE),
  join: fc.constantFrom(...JOIN), negB: fc.boolean(), unit: fc.constantFrom(...UNIT), pre: fc.constantFrom('', '共', '约', '投资', '增长', '-'), post: fc.constantFrom('。', '，', '的', '左右'),
}).map((r) => {
  const nums = r.cn ? CN : AR;
  return `${r.pre}${nums[r.a % nums.length]}${r.sa}${r.join}${r.negB ? '-' : ''}${nums[r.b % nums.length]}${r.sb}${r.unit}${r.post}`;
});

// Short texts of numeral pieces, scale words, units, joiners and punctuation.
const PIECES = ['1', '3', '12', '2023', '２０２４', '0.5', '4.05', '1,200', '一', '三', '十', '十五', '二十', '一百', '三千', '两', '九', '万', '亿', '千', '百', '点',
  '余', '多', '几', '近', '约', '左右', '以上', '年', '月', '日', '个', '个月', '天', '半', '元', '万元', '亿元', '人', '件', '%', '％', '个百分点', '倍', '成', '第',
  '届', '次', '至', '到', '-', '—', '、', '和', '：', '分之', '百分之', '负', '增长', '下降', '，', '。', '\n', ' ', '（', '）', '季度'];
const pieceText = fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 9 }).map((a) => a.join(''));

describe('ranges from generated text', () => {
  it('run upward, and the span reader gives the same value or none', () => {
    fc.assert(fc.property(rangeText, (t) => {
      for (const m of extractRules(t)) {
        if (typeof m.value === 'number' && typeof m.valueMax === 'number') expect(m.value, `${t}: ${m.text}`).toBeLessThanOrEqual(m.valueMax);
        // the sign is never lost: a mention whose text starts with a minus has a negative value
        if (/^-/.test(m.text) && typeof m.value === 'number' && m.type !== 'DURATION') expect(m.value, `${t}: ${m.text}`).toBeLessThan(0);
        const r = readSpan(t, m.start, m.end, m.type);
        if (r && typeof r.valueMax === 'number') expect(r.value as number, `${t}: reader ${m.text}`).toBeLessThanOrEqual(r.valueMax);
        if (r && m.type !== 'DATE') {
          expect(r.value as number, `${t}: ${m.text}`).toBeCloseTo(m.value as number, 9);
          expect(r.valueMax, `${t}: ${m.text}`).toBe(m.valueMax);
        }
      }
    }), { numRuns: 3000, seed: 20261202 });
  }, 60_000);

  it('of numeral pieces: the span reader gives the steps\' numeric value or none, and quarters are 1–4', () => {
    fc.assert(fc.property(pieceText, (t) => {
      for (const m of extractRules(t)) {
        if (typeof m.value === 'number' && typeof m.valueMax === 'number') expect(m.value, `${t}: ${m.text}`).toBeLessThanOrEqual(m.valueMax);
        if (m.type === 'DATE') {
          if (/^Q/.test(String(m.value))) expect(String(m.value), `${t}: ${m.text}`).toMatch(/^Q[1-4](\/Q[1-4])?$/);
          continue;
        }
        const r = readSpan(t, m.start, m.end, m.type);
        if (!r) continue;
        expect(r.value as number, `${t}: ${m.text}`).toBeCloseTo(m.value as number, 9);
        expect(r.valueMax, `${t}: ${m.text}`).toBe(m.valueMax);
      }
    }), { numRuns: 20_000, seed: 20261203 });
  }, 120_000);
});
