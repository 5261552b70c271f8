// readNumbers: the numeral reader on its own, for library users who want
// every number of a text with its value and nothing else (no types, units
// or mention decisions). It runs the core's normalize → locate
// stages, so it reads what the rule extractor reads, and maps each numeral
// back to code-point offsets of the raw text.
import { CodePoints } from '../text/codepoints.js';
import { CN_DIGIT, isDigit, isHan } from '../text/chars.js';
import { normalize, rawSpan } from './normalize.js';
import { locateNumbers, timesTenTo } from './numbers.js';
import { locateOptions } from './pipeline.js';

export interface ReadNumber {
  /** code-point offsets into the raw text, [start, end) */
  start: number;
  end: number;
  /** the raw text of the numeral, whitespace inside it included */
  text: string;
  /** the value: scale words applied, a sign inside the span applied; a fraction is its quotient */
  value: number;
  /** 几/多/余 inside the numeral (二十几万): `value` is the lower bound */
  over?: true;
}

const CHENG = '成'.charCodeAt(0);

/**
 * Every numeral in `text`, in order, with its value: Arabic (`1,076,420`,
 * full-width `９５．１９`), Chinese (`三亿七千零六十二万`, `二〇二三`,
 * `七点九`), financial (`壹拾万` → 100000), traditional (`三萬` → 30000),
 * mixed (`5万4千6百` → 54600, `1.2万亿` → 1200000000000), signed (`-4.2`,
 * `负3`), `几`/`多`/`余` inside (`二十几万` → 200000, over), fractions
 * (`三分之一` → 1/3, `百分之三十` → 0.3), `成` (`两成` → 0.2), and whitespace
 * or line breaks anywhere inside (`81.63 亿` → 8163000000). A numeral it
 * cannot read with certainty (`三四十`, "thirty or forty") is left out.
 *
 * ```ts
 * readNumbers('收入81.63 亿元，增长-4.2%')
 * // [{ start: 2, end: 9, text: '81.63 亿', value: 8163000000 },
 * //  { start: 13, end: 17, text: '-4.2', value: -4.2 }]
 * ```
 */
export function readNumbers(text: string): ReadNumber[] {
  const norm = normalize(text);
  const t = norm.text;
  const nums = locateNumbers(t, norm.numerals, locateOptions(norm));
  const cp = new CodePoints(text);
  const out: ReadNumber[] = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (!Number.isFinite(n.value)) continue;
    let start = n.start, end = n.end, value = n.value;
    const next = nums[i + 1];
    if (t.startsWith('百分之', start - 3)) {
      // 百分之三十 → 0.3 (the 百 is not located: 百分 starts a unit)
      start -= 3;
      value = div(value, 100);
    } else if (t.startsWith('分之', end) && next && next.start === end + 2 && Number.isFinite(next.value) && value !== 0) {
      // 三分之一 → 1/3, 千分之五 → 0.005
      value = next.value / value;
      end = next.end;
      i++;
    } else if (t.charCodeAt(end) === CHENG && isShare(t, n.start, end)) {
      // 两成 → 0.2
      value = div(value, 10);
      end++;
    }
    if (n.neg && start === n.start) { start--; value = -value; }
    const [rs, re] = rawSpan(norm, start, end);
    const m: ReadNumber = { start: cp.toCp(rs), end: cp.toCp(re), text: text.slice(rs, re), value };
    if (n.over) m.over = true;
    out.push(m);
  }
  return out;
}

/** Exact decimal division by 10 or 100 (0.07 × 100 problems avoided by moving the point). */
const div = (v: number, by: 10 | 100) => timesTenTo(v, by === 10 ? -1 : -2);

/** N成 as a share: a one-digit numeral (两成, 七成, 三点五成) not followed by a word that 成 starts (成员, 成本). */
function isShare(t: string, start: number, end: number): boolean {
  if (CN_DIGIT[t.charCodeAt(start)] === 255 && !isDigit(t.charCodeAt(start))) return false;
  const after = t.charCodeAt(end + 1);
  return Number.isNaN(after) || !isHan(after) || t.startsWith('左右', end + 1) || t.startsWith('以上', end + 1) || t.startsWith('多', end + 1);
}
