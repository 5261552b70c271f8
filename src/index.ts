// The public API of zhnum-bench. Everything a library user may rely on is
// named here; everything else is internal.

// data types and schemas
export {
  MENTION_TYPES, QUALIFIERS, SCHEMES, DATE_VALUE_RE, RESULTS_SCHEMA_VERSION,
  MentionSchema, DatasetManifestSchema, ResultsSchema, UnitSchema,
} from './types.js';
export type {
  Mention, MentionType, Qualifier, Value, Problem, EvalDoc, Dataset, DatasetManifest, Unit,
  Extractor, ExtractorInfo, ExtractOptions, Scheme, Counts, Prf, ScoreBlock, SchemeScores, Results, ExtractorResult, PairTest,
} from './types.js';

// the core stages
export { normalize, rawSpan, type Normalized } from './normalize.js';
export { tokenize, tokenList, type Tokens } from './tokenize.js';
export { locateNumbers, numberValue, chineseValue, type NumberSpan } from './numbers.js';
export { extractRules, describeSpan } from './pipeline.js';
export { CodePoints } from './text.js';

// datasets
export { loadDataset, splitUnits, summarize, formatProblem, DEFAULT_DATASET_DIR, type LoadResult, type DatasetSummary } from './dataset.js';

// extractors
export { listExtractors, createExtractor, registerExtractor, type ExtractorFactory } from './registry.js';

// evaluation
export { matchDocument, valuesEqual, type MatchOutcome } from './match.js';
export { scoreAll, prf, segmentBounds, type DocPredictions } from './score.js';
export { bootstrapCi, pairedBootstrap, resamples } from './stats.js';
export { runBenchmark, runExtractor, type RunOptions, type RunOutput, type Progress, type PredictionRecord } from './run.js';
export { render, FORMATS, type Format } from './report.js';
export { gate, type GateOutcome, type GateRow } from './gate.js';
export { extractStream } from './stream.js';
