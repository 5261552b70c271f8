// The rule steps and the span reader (span.ts) read values with shared parts
// but separately: the steps decide spans and read them in context, the reader
// reads a span someone else decided. On every mention the rule extractor
// finds in both datasets, the reader, given that span and type, must give the
// same value and upper end, or refuse. A disagreement is a wrong value in one
// of them (this check found the reader's 4天半 → 4, 四、五十亿元 → 4, table
// cells without their column's scale, and the steps' 三至五万元 → 3).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/dataset.js';
import { extractRules } from '../src/core/pipeline.js';
import { readSpan } from '../src/core/span.js';

const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

describe('span reader and rule steps agree on values', () => {
  for (const dir of ['datasets/seeds', 'datasets/reports']) {
    it(`${dir}: every rule mention the reader reads has the rule's value`, () => {
      const { dataset, problems } = loadDataset(dir);
      if (!dataset) throw new Error(`${dir}: ${problems.map((p) => p.message).join('; ')}`);
      const differ: string[] = [];
      let read = 0;
      for (const u of dataset.units) {
        for (const m of extractRules(u.text)) {
          const r = readSpan(u.text, m.start, m.end, m.type);
          if (!r) continue;
          read++;
          if (!same(r.value, m.value) || !same(r.valueMax, m.valueMax)) differ.push(`${u.id} ${m.text} ${m.type}: rule ${m.value}–${m.valueMax}, reader ${r.value}–${r.valueMax}`);
        }
      }
      expect(differ).toEqual([]);
      expect(read).toBeGreaterThan(1000);
    }, 120_000);
  }
});
