import { extractRules } from '../core/pipeline.js';
import type { Extractor } from '../types.js';

export const ruleExtractor: Extractor = {
  name: 'rule',
  version: '0.1.0',
  description: 'rule-based extractor on the zhnum core (normalize → tokenize → numbers → rules)',
  extract: (text: string) => extractRules(text),
};
