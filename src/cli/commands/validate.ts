import { summarize } from '../../data/dataset.js';
import { loadDatasets } from '../common.js';
import type { CommandSpec } from '../options.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'check dataset folders and print every problem, or a summary',
  positionals: '[NAME|DIR...]',
  description: `Checks each dataset (schema, offsets and text against the documents, overlaps,
checksums, UTF-8, byte-order marks, empty documents, units and splits): every one named by
--dataset and by the arguments (project datasets by name, or dataset folders), or every
project dataset when none is named. Prints every problem of every dataset with its file and
line and exits 2, or prints a summary of each and exits 0. A name that is neither a project
dataset nor a folder is a usage error (exit 2).`,
  options: {
    dataset: { type: 'string', arg: 'NAMES|DIR', help: 'project datasets by name or dataset folders', defaultText: 'every project dataset' },
  },
  async run(v, positionals) {
    // every dataset named, by --dataset and by the arguments: none is left unchecked
    const named = [v.dataset as string | undefined, ...positionals].filter((x): x is string => x !== undefined);
    const datasets = loadDatasets(named.length ? named.join(',') : undefined, positionals.length ? null : '--dataset');
    if (!datasets) return 2;
    for (const ds of datasets) {
      const s = summarize(ds);
      console.log([
        `${s.name} ${s.version}: valid`,
        `  sha256      ${s.sha256}`,
        `  documents   ${s.documents} (${s.units} evaluation units)`,
        `  characters  ${s.characters}`,
        `  mentions    ${s.mentions} (${s.optional} optional)`,
        `  by type     ${Object.entries(s.byType).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ')}`,
        ...Object.entries(s.splits).map(([k, x]) => `  split ${k.padEnd(6)}${String(x.units).padStart(3)} units, ${String(x.characters).padStart(7)} chars, ${String(x.mentions).padStart(5)} mentions (${x.optional} optional; "run" counts ${x.mentions - x.optional})`),
      ].join('\n'));
    }
    return 0;
  },
};
