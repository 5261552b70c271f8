import { relative } from 'node:path';
import { projectRoot } from '../../config.js';
import { loadDataset, summarize } from '../../data/dataset.js';
import { projectDatasets } from '../../data/catalog.js';
import { listExtractors } from '../../extractors/registry.js';
import { UsageError, type CommandSpec } from '../options.js';

export const lsCommand: CommandSpec = {
  name: 'ls',
  summary: 'list extractors and datasets',
  positionals: '',
  description: 'Lists the registered extractors and the project datasets with their sizes and splits.',
  options: {},
  async run(_v, positionals) {
    if (positionals.length) throw new UsageError(`ls takes no arguments, got "${positionals[0]}"`);
    console.log('extractors:');
    for (const f of listExtractors()) console.log(`  ${f.name.padEnd(12)} ${f.default ? '(default) ' : ''}${f.description}`);
    console.log('datasets (--dataset NAME):');
    for (const ref of projectDatasets()) {
      const { dataset } = loadDataset(ref.dir);
      const where = relative(projectRoot(), ref.dir);
      if (!dataset) { console.log(`  ${ref.name.padEnd(12)} ${where}: has problems, run "zhnum validate --dataset ${ref.name}"`); continue; }
      const s = summarize(dataset);
      const splits = Object.entries(s.splits).filter(([k]) => k !== 'all' || Object.keys(s.splits).length === 1).map(([k, x]) => `${k} ${x.units}`).join(', ');
      console.log(`  ${ref.name.padEnd(12)} ${s.name} ${s.version}: ${s.documents} documents, ${s.characters} characters, ${s.mentions} mentions (${s.optional} optional); units per split: ${splits}  (${where})`);
    }
    return 0;
  },
};
