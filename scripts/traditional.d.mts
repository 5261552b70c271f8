/** Characters the table folds that simplified texts write as well. */
export const EXCLUDED: string;
/** The pairs kept, [traditional, simplified], in OpenCC's order. */
export function traditionalPairs(): [string, string][];
/** The text of src/text/traditional.ts for these pairs. */
export function traditionalModule(pairs?: [string, string][]): string;
