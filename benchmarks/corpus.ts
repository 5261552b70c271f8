// The text every in-process speed figure is measured on: the five seed
// reports, in file order, joined by line breaks. The speed suite and
// bench:pair read it from here, so that their figures are of the same work.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed corpus of the checkout at `root`. */
export function seedCorpus(root: string): string {
  const dir = join(root, 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}
