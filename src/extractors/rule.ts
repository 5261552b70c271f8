import { extractRules } from '../core/pipeline.js';
import type { Extractor } from '../types.js';

export const ruleExtractor: Extractor = {
  name: 'rule',
  version: '0.2.36',
  description: 'rule-based extractor on the zhnum core (normalize with numeral runs → numbers → rule steps); every mention names its rule',
  extract: (text: string) => extractRules(text),
  // the pipeline cuts its own blocks at the same sentence ends
  sentenceLocal: true,
};
