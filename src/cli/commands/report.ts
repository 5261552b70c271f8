import { FORMATS, render, type Format } from '../../report/formats.js';
import { readResults } from '../common.js';
import { UsageError, type CommandSpec } from '../options.js';

export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'render a saved results.json again (table, md, latex, csv, json)',
  positionals: 'RESULTS.json',
  description: 'Renders a saved run without running anything again.',
  options: {
    format: { type: 'string', arg: 'F', choices: FORMATS, default: 'table', help: 'output format' },
  },
  async run(v, positionals) {
    if (positionals.length !== 1) throw new UsageError('report needs exactly one RESULTS.json');
    process.stdout.write(render(readResults(positionals[0]), v.format as Format));
    return 0;
  },
};
