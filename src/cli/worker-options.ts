// The options of the commands that run an extractor in workers (run, extract):
// one definition, so their help and limits cannot drift apart.
import { DEFAULTS } from '../config.js';
import { ISOLATIONS } from '../harness/pool.js';
import type { OptionSpec } from './options.js';

export const WORKER_OPTIONS: Record<string, OptionSpec> = {
  'start-timeout': { type: 'string', arg: 'MS', int: { min: 1, max: DEFAULTS.maxTimeoutMs }, help: 'time an extractor may take to start in a worker (its modules or model; a cmd: program\'s answer to the start-up probe), in ms', defaultText: `${DEFAULTS.startTimeoutMs}, or --timeout where longer` },
  isolation: { type: 'string', choices: ISOLATIONS, default: 'auto', help: 'worker threads, or child processes (contain native crashes); auto: processes for the transformer' },
  model: { type: 'string', arg: 'DIR', help: 'model folder for the transformer extractor' },
};
