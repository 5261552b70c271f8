// The public API of zhnum-bench. Everything a library user may rely on is
// named here; everything else is internal.

// data types and schemas (all core types live in types.ts)
export {
  MENTION_TYPES, QUALIFIERS, SCHEMES, DATE_VALUE_RE, RESULTS_SCHEMA_VERSION,
  MentionSchema, DatasetManifestSchema, ResultsSchema, UnitSchema,
} from './types.js';
export type {
  Mention, MentionType, Qualifier, Value, Problem, EvalDoc, Dataset, DatasetManifest, Unit,
  Extractor, ExtractorInfo, ExtractOptions, Scheme, Counts, Prf, ScoreBlock, SchemeScores, Results, ExtractorResult, PairTest,
} from './types.js';
export { DEFAULTS } from './config.js';

// text
export { CodePoints } from './text/codepoints.js';

// the core: normalize → tokenize → locate numerals → rule steps; and the span reader
export { normalize, rawSpan, type Normalized } from './core/normalize.js';
export { tokenize, tokenList, type Tokens } from './core/tokenize.js';
export { locateNumbers, numberValue, chineseValue, type NumberSpan } from './core/numbers.js';
export { extractRules } from './core/pipeline.js';
export { readSpan } from './core/span.js';
export { readNumbers, type ReadNumber } from './core/read-numbers.js';

// datasets and the one definition of a valid mention
export { loadDataset, splitUnits, summarize, formatProblem, DEFAULT_DATASET_DIR, type LoadResult, type DatasetSummary } from './data/dataset.js';
export { checkMention, checkMentions, type MentionProblem } from './data/mentions.js';
export { projectDatasets, resolveDatasets, type DatasetRef } from './data/catalog.js';

// extractors (a user's own: a file:PATH#export spec, see README)
export { listExtractors, createExtractor, type ExtractorFactory } from './extractors/registry.js';

// evaluation: in-memory scoring of any predictions, statistics, errors
export { evaluate, prf, type Evaluation, type Predictions } from './eval/score.js';
export { matchDocument, valuesEqual, type MatchOutcome } from './eval/match.js';
export { segmentBounds } from './eval/segments.js';
export { bootstrapCi, pairedBootstrap, resamples } from './eval/stats.js';
export { mismatches, type Mismatch } from './eval/mismatches.js';
export { buildResults, type ScoredExtractor, type ResultsConfig } from './eval/results.js';
export { summarizeRuns, type Summary } from './eval/summary.js';

// the harness: extractors in worker threads
export { runBenchmark, runExtractor, type RunOptions, type RunOutput, type ExtractorRun, type Progress } from './harness/run.js';
export { extractStream, type StreamDoc, type StreamOptions, type StreamStats } from './harness/stream.js';

// reports
export { render, renderSummary, FORMATS, type Format } from './report/formats.js';
export { gate, gateAll, type GateOutcome, type GateRow } from './report/gate.js';
