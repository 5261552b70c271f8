// The public API of zhnum-bench. Everything a library user may rely on is
// named here; everything else is internal.

// data types and schemas (all core types live in types.ts)
export {
  MENTION_TYPES, QUALIFIERS, SCHEMES, DATE_VALUE_RE, RESULTS_SCHEMA_VERSION,
  MentionSchema, DatasetManifestSchema, ResultsSchema, UnitSchema, SparseSegmentStatsSchema,
} from './types.js';
export type {
  Mention, MentionType, Qualifier, Value, Problem, EvalDoc, Dataset, DatasetManifest, Unit,
  Extractor, ExtractorInfo, ExtractOptions, Scheme, Counts, Prf, ScoreBlock, SchemeScores, Results, ExtractorResult, PairTest,
  SegmentStats, SparseSegmentStats,
} from './types.js';
export { DEFAULTS } from './config.js';

// text
export { CodePoints } from './text/codepoints.js';

// the core: normalize (with its numeral runs) → locate numerals → rule steps; the
// character-class tokenizer (tokenize, tokenList: for inspection); and the span reader
export { normalize, rawSpan, type Normalized } from './core/normalize.js';
export { tokenize, tokenList, type Tokens } from './core/tokenize.js';
export { locateNumbers, numberValue, chineseValue, type NumberSpan } from './core/numbers.js';
export { extractRules } from './core/pipeline.js';
export { readSpan } from './core/span.js';
// readNumbers(text): every numeral of a text with its value, on its own (no
// types, units or mention decisions), offsets in code points of the raw text:
//   readNumbers('收入81.63 亿元，增长-4.2%，伍万陆仟元，二十几万人')
//   → [{ start: 2, end: 9, text: '81.63 亿', value: 8163000000 },
//      { start: 13, end: 17, text: '-4.2', value: -4.2 },
//      { start: 19, end: 23, text: '伍万陆仟', value: 56000 },
//      { start: 25, end: 29, text: '二十几万', value: 200000, over: true }]
export { readNumbers, type ReadNumber } from './core/read-numbers.js';

// datasets and the one definition of a valid mention
export { loadDataset, splitUnits, summarize, formatProblem, DEFAULT_DATASET_DIR, type LoadResult, type DatasetSummary } from './data/dataset.js';
export { checkMention, checkMentions, type MentionProblem } from './data/mentions.js';
export { projectDatasets, resolveDatasets, type DatasetRef } from './data/catalog.js';
// predictions files (zhnum score): gold format plus doc (and extractor)
export { readPredictions, unitPredictions, type PredictionGroup, type RawPrediction, type UnitPredictions } from './data/predictions.js';

// extractors (a user's own: a file:PATH#export spec, see README)
export { listExtractors, createExtractor, type ExtractorFactory } from './extractors/registry.js';
// ... or any program speaking JSON lines: a cmd:COMMAND spec (docs/protocol.md)
export { createCmdExtractor, CMD_DEFAULTS, type CmdExtractorOptions } from './extractors/cmd.js';
export { extractorHashes, extractorFiles } from './extractors/hashes.js';

// evaluation: in-memory scoring of any predictions, statistics, errors
export { evaluate, prf, denseSegments, type Evaluation, type Predictions } from './eval/score.js';
export { matchDocument, valuesEqual, type MatchOutcome } from './eval/match.js';
export { segmentBounds } from './eval/segments.js';
export { bootstrapCi, pairedBootstrap, resamples } from './eval/stats.js';
export { mismatches, classifyErrors, classifyUnit, confusionMatrix, ERROR_KINDS, type Mismatch, type ErrorKind, type ErrorItem, type UnitErrors, type ValueField } from './eval/mismatches.js';
export { buildResults, type ScoredExtractor, type ResultsConfig } from './eval/results.js';
export { summarizeRuns, type Summary } from './eval/summary.js';

// the harness: extractors in worker threads
export { runBenchmark, runExtractor, type RunOptions, type RunOutput, type ExtractorRun, type Progress } from './harness/run.js';
export { extractStream, type StreamDoc, type StreamOptions, type StreamStats } from './harness/stream.js';

// reports
export { render, renderSummary, RunsWriter, FORMATS, type Format } from './report/formats.js';
export { gate, gateAll, type GateOutcome, type GateRow, type GateOptions } from './report/gate.js';
export { gateText, gateGithub, gateMarkdown, gateJunit, benchmarkJson, GATE_FORMATS, type GateFormat, type BenchmarkEntry } from './report/ci.js';
export { renderHtml, htmlInputOf, type HtmlInput, type BrowserExtractor } from './report/html.js';
export { renderFigure, figureSpec, FIGURES, type Figure } from './report/figures.js';
export { sampleWarnings, MIN_SEGMENTS, MIN_TYPE_GOLD } from './report/warnings.js';
export { TABLES, type TableName, type RenderOptions } from './report/formats.js';

// documents as users hold them
export { readDocumentText, documentKind, type DocumentKind } from './text/documents.js';
