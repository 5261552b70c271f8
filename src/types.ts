// All core data types. Schemas first (zod); TypeScript types are inferred.
import { z } from 'zod';
import { DATE_VALUE_RE, MENTION_KEYS, MENTION_TYPES, QUALIFIERS } from './vocab.js';

export { DATE_VALUE_RE, MENTION_KEYS, MENTION_TYPES, QUALIFIERS };

export const MentionTypeSchema = z.enum(MENTION_TYPES);
export type MentionType = z.infer<typeof MentionTypeSchema>;

export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** A DATE value is an ISO-8601-like string; every other type has a finite number. */
export const ValueSchema = z.union([z.number().finite(), z.string().min(1)]);
export type Value = z.infer<typeof ValueSchema>;

/** One mention as stored in an annotation file or printed by `zhnum extract`. Offsets are code points, [start, end). */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  type: MentionTypeSchema,
  value: ValueSchema,
  valueMax: ValueSchema.optional(),
  unit: z.string().min(1).nullable(),
  qualifier: QualifierSchema,
  optional: z.boolean().optional(),
  intended: ValueSchema.optional(),
  note: z.string().optional(),
  /** Predictions only: the id of the rule step that made the mention (the rule extractor's `ordinal.di`, `unit`, `table.cell`…), so an error points at its rule. Never scored. */
  rule: z.string().optional(),
}).strict();
export type Mention = z.infer<typeof MentionSchema>;

/** A prediction line of `zhnum extract`: a mention plus its document ID. */
export type PredictionLine = { doc: string } & Mention;

export const UnitSchema = z.object({
  id: z.string().min(1),
  doc: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  title: z.string().optional(),
}).strict();
export type Unit = z.infer<typeof UnitSchema>;

export const DatasetManifestSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  licence: z.string().optional(),
  notes: z.string().optional(),
  /** Folder of the documents, relative to the dataset folder (default `docs`). */
  docsDir: z.string().optional(),
  /** SHA-256 of each document's bytes; the loader refuses a document whose checksum changed. */
  checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)).optional(),
  /** Evaluation units cut from documents (code points); a document not cut is its own unit. */
  units: z.array(UnitSchema).optional(),
  /** Split name → unit or document IDs. */
  splits: z.record(z.string(), z.array(z.string())).optional(),
}).strict();
export type DatasetManifest = z.infer<typeof DatasetManifestSchema>;

/** A data problem, collected and printed with the others rather than thrown. */
export interface Problem {
  code: string;
  file: string;
  line?: number;
  path?: string;
  message: string;
}

/** One evaluation unit: a document or a slice of one, with its gold relative to the slice. */
export interface EvalDoc {
  id: string;
  docId: string;
  /** code-point offset of the unit in its document */
  offset: number;
  text: string;
  chars: number;
  gold: Mention[];
}

export interface Dataset {
  name: string;
  version: string;
  dir: string;
  /** SHA-256 over the manifest, every document and every annotation file. */
  sha256: string;
  manifest: DatasetManifest;
  units: EvalDoc[];
  splits: Record<string, string[]>;
}

// ---------- extractors ----------

export interface ExtractOptions {
  signal?: AbortSignal;
}

export interface ExtractorInfo {
  name: string;
  version: string;
  description: string;
}

/** Every extractor, ours or a peer, is seen through this interface. */
export interface Extractor extends ExtractorInfo {
  /** Load models or dictionaries; called once before the first extract. */
  init?(): Promise<void>;
  extract(text: string, options?: ExtractOptions): Mention[] | Promise<Mention[]>;
  dispose?(): Promise<void>;
  /**
   * Optional: true when what the extractor finds does not depend on where a
   * text is cut, as long as the cut is right after a sentence end
   * (text/sentences.ts): the mentions of the pieces, shifted by the pieces'
   * offsets, are the mentions of the whole. `zhnum extract` then hands a long
   * text over in pieces of up to 60,000 UTF-16 units where sentence ends allow
   * (harness/blocks.ts), strings that V8 makes far more cheaply than one of a
   * megabyte, and a file in parts of 4 MiB rather than 1 MiB
   * (SENTENCE_LOCAL_BLOCK_BYTES; --timeout is per part). The extractor contract (test/contract.test.ts) checks the claim on the seed
   * and report corpora. Leave it out when unsure: the harness then gives each
   * part of a file whole.
   */
  readonly sentenceLocal?: boolean;
}

// ---------- scoring ----------

export const SCHEMES = ['strict', 'exact', 'partial', 'value'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Counts in the MUC/SemEval style. `partial` is only non-zero in the partial scheme. */
export interface Counts {
  correct: number;
  incorrect: number;
  partial: number;
  missed: number;
  spurious: number;
  /** non-optional gold mentions */
  gold: number;
  /** predictions not matched to an optional gold mention */
  predicted: number;
}

const Ci = z.tuple([z.number(), z.number()]);
export const PrfSchema = z.object({
  precision: z.number(), recall: z.number(), f1: z.number(),
  ci95: z.object({ precision: Ci, recall: Ci, f1: Ci }).optional(),
});
export type Prf = z.infer<typeof PrfSchema>;

const CountsSchema = z.object({
  correct: z.number(), incorrect: z.number(), partial: z.number(),
  missed: z.number(), spurious: z.number(), gold: z.number(), predicted: z.number(),
});
export const ScoreBlockSchema = PrfSchema.extend({ counts: CountsSchema });
export type ScoreBlock = z.infer<typeof ScoreBlockSchema>;

export const SchemeScoresSchema = z.object({
  overall: ScoreBlockSchema,
  macro: PrfSchema,
  byType: z.record(z.string(), ScoreBlockSchema),
  byDoc: z.record(z.string(), ScoreBlockSchema),
});
export type SchemeScores = z.infer<typeof SchemeScoresSchema>;

/** Per-segment sufficient statistics, kept so that bootstrap tests can be recomputed and gated. */
export const SegmentStatsSchema = z.object({
  /** matched credit (partial matches count 0.5) */
  tp: z.array(z.number()),
  pred: z.array(z.number()),
  gold: z.array(z.number()),
});
export type SegmentStats = z.infer<typeof SegmentStatsSchema>;

/**
 * One mention type's per-segment statistics, sparse: only the segments where
 * the type has gold mentions or predictions (`idx` indexes the run's segments).
 * They give per-type and macro CIs and the gate's per-type paired tests.
 */
export const SparseSegmentStatsSchema = z.object({
  idx: z.array(z.number().int().nonnegative()),
  tp: z.array(z.number()),
  pred: z.array(z.number()),
  gold: z.array(z.number()),
});
export type SparseSegmentStats = z.infer<typeof SparseSegmentStatsSchema>;

export const DocErrorSchema = z.object({
  doc: z.string(),
  kind: z.enum(['threw', 'timeout', 'invalid']),
  message: z.string(),
});
export type DocError = z.infer<typeof DocErrorSchema>;

export const ExtractorResultSchema = z.object({
  name: z.string(),
  version: z.string(),
  description: z.string(),
  scores: z.record(z.enum(SCHEMES), SchemeScoresSchema),
  segments: z.record(z.enum(SCHEMES), SegmentStatsSchema),
  /** optional (results written before it lack it): scheme → type → sparse segment statistics */
  typeSegments: z.record(z.enum(SCHEMES), z.record(z.string(), SparseSegmentStatsSchema)).optional(),
  throughput: z.object({ chars: z.number(), seconds: z.number(), charsPerSecond: z.number() }),
  errors: z.array(DocErrorSchema),
});
export type ExtractorResult = z.infer<typeof ExtractorResultSchema>;

export const PairTestSchema = z.object({
  a: z.string(), b: z.string(), scheme: z.enum(SCHEMES),
  deltaF1: z.number(), pValue: z.number().nullable(),
});
export type PairTest = z.infer<typeof PairTestSchema>;

export const RESULTS_SCHEMA_VERSION = 1;
/**
 * A run's record (results.json). Optional fields added within version 1, so
 * that older files still read: `extractors[].typeSegments` (per-type segment
 * statistics), per-type and macro `ci95`, `provenance.command` (the command
 * line), `provenance.hashes` (SHA-256 of each model or extractor file used),
 * `dataset.segmentsSha256` (the sentences the bootstrap resamples) and
 * `scoring` (which definition of the per-type counts and of the sentence
 * statistics made the file: absent means 1, per-type counts from a match of
 * each type alone; 2, from the document's one match split by the gold
 * mention's type, score.ts byGoldType; 3, as 2, and a pair's prediction
 * counted in its gold mention's sentence, score.ts segmentCounts).
 */
export const SCORING_VERSION = 3;
/** What each scoring version changed, for messages about files made by an older one. */
export const SCORING_CHANGES: Record<number, string> = {
  2: 'what is matched to a gold mention counts under its type',
  3: "a matched prediction counts in its gold mention's sentence",
};
export const ResultsSchema = z.object({
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  dataset: z.object({
    name: z.string(), version: z.string(), sha256: z.string(), dir: z.string(),
    split: z.string(), documents: z.number(), characters: z.number(), mentions: z.number(),
    segments: z.number(),
    /** SHA-256 of every unit's ID and sentence bounds: two runs resample the same sentences only if it is the same */
    segmentsSha256: z.string().optional(),
  }),
  /** the per-type scoring definition (absent: 1); SCORING_VERSION */
  scoring: z.number().optional(),
  config: z.object({
    extractors: z.array(z.string()), bootstrap: z.number(), seed: z.number(),
    timeoutMs: z.number(), concurrency: z.number(), options: z.record(z.string(), z.unknown()),
  }),
  extractors: z.array(ExtractorResultSchema),
  pairs: z.array(PairTestSchema),
  provenance: z.object({
    gitCommit: z.string().nullable(), gitDirty: z.boolean().nullable(), date: z.string(),
    node: z.string(), platform: z.string(), cpus: z.string(), packages: z.record(z.string(), z.string()),
    zhnumVersion: z.string(),
    /** optional: the command line that produced the record (arguments after the program name) */
    command: z.array(z.string()).optional(),
    /** optional: extractor spec → file (relative to the project or absolute) → SHA-256, for every model or extractor module used */
    hashes: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  }),
});
export type Results = z.infer<typeof ResultsSchema>;
