// A token-classification transformer run fully offline with
// @huggingface/transformers (onnxruntime-node). One token per code point, BIO
// labels over the specification's types. The model decides spans and types;
// values, units and qualifiers come from the core's span reader. Any local
// model folder in the Hugging Face layout with the same labels can be plugged
// in with --model DIR.
//
// Speed: the document is encoded to ids once; windows are cut once and run
// several to an inference call (padded batch); with onnx/model_quantized.onnx
// present the int8 weights are used (dtype 'auto'). The committed model ships
// only the int8 file: it scored the same as fp32 (models/zhnum-tagger/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { projectRoot } from '../config.js';
import { readSpan } from '../core/span.js';
import { MENTION_TYPES, type Extractor, type Mention, type MentionType } from '../types.js';
import { jsonFailureText } from '../text/json-failure.js';

export const DEFAULT_MODEL = 'models/zhnum-tagger';
export const DTYPES = ['auto', 'fp32', 'q8'] as const;
export type TransformerDtype = (typeof DTYPES)[number];
const REQUIRED_FILES = ['config.json', 'tokenizer.json'];
const FP32_FILE = join('onnx', 'model.onnx');
const QUANTIZED_FILE = join('onnx', 'model_quantized.onnx');
const ALLOWED_LABELS = new Set(['O', ...MENTION_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]);
// Chunks are cut after clause punctuation when one is in the second half of the window.
const CUT_AFTER = new Set(['。', '；', ';', '！', '？', '!', '?', '，', ',', '、', '\n', ':', '：']);
const OVERLAP = 32;
/** Whitespace as the tokenization contract counts it (the JavaScript `\s` set): [SP]/[NL] tokens, trimmed from spans, bridged inside them. */
const isWs = (c: string) => /\s/.test(c);
/** Windows per inference call (measured in benchmarks/transformer-runtime.ts). */
export const DEFAULT_BATCH = 8;
/**
 * Characters per window. The model takes 254; windows of 128 scored higher on
 * the dev splits of both datasets (reports 96.5 against 95.0 strict F1, seeds
 * 93.6 against 90.6; 160 scored the same as 128 within a few tenths) and
 * halve the attention work per character. See models/zhnum-tagger/README.md.
 */
export const DEFAULT_WINDOW = 128;

export class ModelError extends Error {}

interface Logits { data: Float32Array; dims: number[] }
/** Ids of the special tokens the encoding needs. */
export interface SpecialIds { cls: number; sep: number; unk: number; sp: number; nl: number }
interface Loaded {
  model: (inputs: Record<string, unknown>) => Promise<{ logits: Logits }>;
  Tensor: new (type: string, data: BigInt64Array, dims: number[]) => unknown;
  vocab: Map<string, number>;
  labels: string[];
  maxChars: number;
  dtype: 'fp32' | 'q8';
  special: SpecialIds;
}

function readJson(file: string): Record<string, unknown> {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new ModelError(`${file}: cannot read: ${(e as Error).message}`); }
  try { return JSON.parse(text); } catch (e) { throw new ModelError(`${file}: not valid JSON ${jsonFailureText(text, e)}`); }
}

/** Check a model folder before loading it; every message names the file at fault. */
export function checkModelFolder(dir: string): { labels: string[]; maxPositions: number; vocab: Map<string, number> } {
  if (!existsSync(dir)) throw new ModelError(`model folder ${dir} does not exist`);
  for (const f of REQUIRED_FILES) if (!existsSync(join(dir, f))) throw new ModelError(`model folder ${dir}: missing ${f}`);
  if (!existsSync(join(dir, FP32_FILE)) && !existsSync(join(dir, QUANTIZED_FILE))) throw new ModelError(`model folder ${dir}: missing ${FP32_FILE} (or ${QUANTIZED_FILE})`);
  const config = readJson(join(dir, 'config.json'));
  const tokenizer = readJson(join(dir, 'tokenizer.json'));
  const id2label = config.id2label as Record<string, string> | undefined;
  if (!id2label || typeof id2label !== 'object') throw new ModelError(`${join(dir, 'config.json')}: no id2label: not a token-classification model`);
  const labels: string[] = [];
  for (const [k, v] of Object.entries(id2label)) labels[Number(k)] = v;
  const unknown = labels.filter((l) => !ALLOWED_LABELS.has(l));
  if (unknown.length || !labels.includes('O')) {
    throw new ModelError(`${join(dir, 'config.json')}: labels do not match the specification's types: ${unknown.length ? `unknown ${unknown.slice(0, 5).join(', ')}` : 'no "O" label'} (expected O, B-TYPE and I-TYPE for ${MENTION_TYPES.join(', ')})`);
  }
  const model = tokenizer.model as { vocab?: Record<string, number> } | undefined;
  if (!model || !model.vocab || typeof model.vocab !== 'object') {
    throw new ModelError(`${join(dir, 'tokenizer.json')}: no model.vocab: expected a WordPiece vocabulary of single characters`);
  }
  const vocab = new Map(Object.entries(model.vocab));
  let maxPositions = Number(config.max_position_embeddings ?? 256);
  const tokConfigFile = join(dir, 'tokenizer_config.json');
  if (existsSync(tokConfigFile)) {
    const max = Number(readJson(tokConfigFile).model_max_length);
    if (Number.isFinite(max) && max > 2) maxPositions = Math.min(maxPositions, max);
  }
  return { labels, maxPositions, vocab };
}

/** The dtype a folder will run with: 'auto' takes the int8 file when there is one. */
export function resolveDtype(dir: string, dtype: TransformerDtype = 'auto'): 'fp32' | 'q8' {
  if (dtype === 'q8' && !existsSync(join(dir, QUANTIZED_FILE))) throw new ModelError(`model folder ${dir}: missing ${QUANTIZED_FILE} (needed for dtype q8)`);
  if (dtype === 'fp32' && !existsSync(join(dir, FP32_FILE))) throw new ModelError(`model folder ${dir}: missing ${FP32_FILE} (needed for dtype fp32; training/train.sh leaves it in its build folder, or run with KEEP_FP32=1)`);
  if (dtype !== 'auto') return dtype;
  return existsSync(join(dir, QUANTIZED_FILE)) ? 'q8' : 'fp32';
}

/** Ids of the code points (the tokenization contract of models/zhnum-tagger/README.md), one lookup per distinct character. */
export function encodeIds(cps: string[], vocab: Map<string, number>, s: SpecialIds): Int32Array {
  const ids = new Int32Array(cps.length);
  const memo = new Map<string, number>();
  for (let k = 0; k < cps.length; k++) {
    const c = cps[k];
    let id = memo.get(c);
    if (id === undefined) {
      if (c === '\n' || c === '\r') id = s.nl;
      else if (isWs(c)) id = s.sp;
      else {
        const n = c.normalize('NFKC');
        id = Array.from(n).length === 1 ? (isWs(n) ? s.sp : vocab.get(n) ?? vocab.get(c) ?? s.unk) : vocab.get(c) ?? s.unk;
      }
      memo.set(c, id);
    }
    ids[k] = id;
  }
  return ids;
}

/** Windows over the code points: [start, end) and the part each one owns. */
export function chunkText(cps: string[], maxChars: number): { start: number; end: number; own: [number, number] }[] {
  const out: { start: number; end: number; own: [number, number] }[] = [];
  let s = 0;
  while (s < cps.length) {
    let e = Math.min(cps.length, s + maxChars);
    let overlap = 0;
    if (e < cps.length) {
      let cut = -1;
      for (let k = e; k > s + (maxChars >> 1); k--) if (CUT_AFTER.has(cps[k - 1])) { cut = k; break; }
      if (cut > 0) e = cut;
      else overlap = OVERLAP; // no clause end: the next window starts earlier and the middle of the overlap is the border
    }
    const ownStart = out.length ? out[out.length - 1].own[1] : 0;
    const ownEnd = e === cps.length ? e : e - (overlap >> 1);
    out.push({ start: s, end: e, own: [ownStart, ownEnd] });
    if (e === cps.length) break;
    s = e - overlap;
  }
  return out;
}

export interface TransformerOptions {
  /** model folder (default models/zhnum-tagger) */
  model?: string;
  /** weights: 'auto' (int8 when onnx/model_quantized.onnx exists), 'fp32' or 'q8' */
  dtype?: TransformerDtype;
  /** windows per inference call */
  batch?: number;
  /** inference calls in flight at once */
  concurrency?: number;
  /** characters per window (default DEFAULT_WINDOW; at most the model's positions less [CLS] and [SEP]) */
  window?: number;
  /**
   * let the model read hard-wrapped text without its layout's line breaks
   * (hardWrapView; default true since extractor 0.2.3, chosen on the dev
   * splits: models/zhnum-tagger/README.md); false reads every character
   */
  unwrap?: boolean;
}

// A text is hard-wrapped when most of its lines have about the same length:
// a PDF's or gazette's layout cut them at a fixed width, not the author.
const WRAP_MIN_WIDTH = 16;
const WRAP_SLACK = 3;
const WRAP_MIN_LINES = 8;
const SENTENCE_END = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':']);

/**
 * The code points the model reads, as indices into `cps`: all of them, except
 * the line breaks of hard-wrapped text. A text is hard-wrapped when at least
 * half of its non-empty lines (at least WRAP_MIN_LINES) are within
 * WRAP_SLACK code points (whitespace not counted) of the most common length
 * W, and W is at least WRAP_MIN_WIDTH. Then the whitespace after a line of
 * at least W - WRAP_SLACK code points that does not end a sentence, up to
 * the next non-whitespace character, is left out: a mention the layout cut
 * (`７０⏎⏎周年`) reaches the model whole. Only the layout and sentence-end
 * punctuation decide, never which words or numerals are there; null when the
 * text is not hard-wrapped. Lines end at \n only (a text wrapped with a lone
 * \r or U+2028 is not recognised).
 */
export function hardWrapView(cps: string[]): Int32Array | null {
  const lines: { end: number; len: number; last: string }[] = [];
  let len = 0, last = '';
  for (let k = 0; k <= cps.length; k++) {
    const c = k < cps.length ? cps[k] : '\n';
    if (c === '\n') { if (len > 0) lines.push({ end: k, len, last }); len = 0; last = ''; }
    else if (!isWs(c)) { len++; last = c; }
  }
  const count = new Map<number, number>();
  for (const l of lines) count.set(l.len, (count.get(l.len) ?? 0) + 1);
  let width = 0, best = 0;
  for (const [w, n] of count) if (n > best || (n === best && w > width)) { width = w; best = n; }
  const near = lines.filter((l) => Math.abs(l.len - width) <= WRAP_SLACK).length;
  if (width < WRAP_MIN_WIDTH || near < WRAP_MIN_LINES || 2 * near < lines.length) return null;
  const drop = new Uint8Array(cps.length);
  for (const l of lines) {
    if (l.len < width - WRAP_SLACK || SENTENCE_END.has(l.last)) continue;
    // the whitespace from the line's last character to the next line's first
    let a = l.end;
    while (a > 0 && isWs(cps[a - 1])) a--;
    let b = l.end;
    while (b < cps.length && isWs(cps[b])) b++;
    // (a line has a non-whitespace character, so a > 0; after the last line nothing is joined)
    if (b === cps.length) continue;
    drop.fill(1, a, b);
  }
  const keep: number[] = [];
  for (let k = 0; k < cps.length; k++) if (!drop[k]) keep.push(k);
  return keep.length === cps.length ? null : Int32Array.from(keep);
}

export function createTransformerExtractor(options: TransformerOptions = {}): Extractor {
  const dir = resolve(options.model ?? join(projectRoot(), DEFAULT_MODEL));
  const batch = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
  let loaded: Loaded | null = null;
  const limit = pLimit(Math.max(1, options.concurrency ?? 1));
  const shown = dir.startsWith(projectRoot()) ? dir.slice(projectRoot().length + 1) : dir;

  async function load(): Promise<Loaded> {
    const { labels, maxPositions, vocab } = checkModelFolder(dir);
    const dtype = resolveDtype(dir, options.dtype);
    const tf = await import('@huggingface/transformers');
    tf.env.allowRemoteModels = false;
    tf.env.allowLocalModels = true;
    tf.env.localModelPath = dirname(dir) + '/';
    let model: Loaded['model'];
    try {
      model = (await tf.AutoModelForTokenClassification.from_pretrained(basename(dir), { dtype, device: 'cpu', local_files_only: true })) as unknown as Loaded['model'];
    } catch (e) {
      throw new ModelError(`${join(dir, dtype === 'q8' ? QUANTIZED_FILE : FP32_FILE)}: cannot load the model: ${(e as Error).message}`);
    }
    const need = (t: string) => {
      const id = vocab.get(t);
      if (id === undefined) throw new ModelError(`${join(dir, 'tokenizer.json')}: the vocabulary has no ${t} token`);
      return id;
    };
    return {
      model, Tensor: tf.Tensor as unknown as Loaded['Tensor'], vocab, labels, dtype,
      maxChars: Math.min(maxPositions - 2, Math.max(16, Math.floor(options.window ?? DEFAULT_WINDOW))),
      special: { cls: need('[CLS]'), sep: need('[SEP]'), unk: need('[UNK]'), sp: vocab.get('[SP]') ?? need('[UNK]'), nl: vocab.get('[NL]') ?? need('[UNK]') },
    };
  }

  /** Labels of a group of windows, in one padded inference call. */
  async function labelWindows(L: Loaded, ids: Int32Array, wins: { start: number; end: number }[], out: Int32Array[]): Promise<void> {
    let width = 0;
    for (const w of wins) width = Math.max(width, w.end - w.start + 2);
    const B = wins.length;
    const input = new BigInt64Array(B * width);
    const mask = new BigInt64Array(B * width);
    const cls = BigInt(L.special.cls), sep = BigInt(L.special.sep);
    wins.forEach((w, r) => {
      const n = w.end - w.start, row = r * width;
      input[row] = cls;
      for (let k = 0; k < n; k++) input[row + k + 1] = BigInt(ids[w.start + k]);
      input[row + n + 1] = sep;
      mask.fill(1n, row, row + n + 2);
    });
    const dims = [B, width];
    const res = await L.model({
      input_ids: new L.Tensor('int64', input, dims),
      attention_mask: new L.Tensor('int64', mask, dims),
      token_type_ids: new L.Tensor('int64', new BigInt64Array(B * width), dims),
    });
    const { data, dims: od } = res.logits;
    const nl = od[2];
    wins.forEach((w, r) => {
      const n = w.end - w.start;
      const best = new Int32Array(n);
      for (let k = 0; k < n; k++) {
        const base = (r * width + k + 1) * nl;
        let arg = 0;
        for (let j = 1; j < nl; j++) if (data[base + j] > data[base + arg]) arg = j;
        best[k] = arg;
      }
      out.push(best);
    });
  }

  return {
    name: 'transformer',
    version: '0.2.33',
    description: `char-level BIO token classifier (ONNX, @huggingface/transformers${options.dtype && options.dtype !== 'auto' ? `, ${options.dtype}` : ''}) from ${shown}`,
    async init() {
      loaded ??= await load();
    },
    async extract(text: string): Promise<Mention[]> {
      loaded ??= await load();
      const L = loaded;
      const all = Array.from(text);
      if (all.length === 0) return [];
      const view = options.unwrap === false ? null : hardWrapView(all);
      const cps = view ? Array.from(view, (k) => all[k]) : all;
      const ids = encodeIds(cps, L.vocab, L.special);
      const labels = new Int32Array(cps.length);
      const chunks = chunkText(cps, L.maxChars);
      const groups: (typeof chunks)[] = [];
      for (let i = 0; i < chunks.length; i += batch) groups.push(chunks.slice(i, i + batch));
      await Promise.all(groups.map((g) => limit(async () => {
        const out: Int32Array[] = [];
        await labelWindows(L, ids, g, out);
        g.forEach((c, r) => { for (let k = c.own[0]; k < c.own[1]; k++) labels[k] = out[r][k - c.start]; });
      })));
      return decode(text, cps, labels, L.labels, view);
    },
  };
}

/**
 * BIO labels → mentions; an I- without its B- opens a span (lenient decoding).
 * With a `view` (hardWrapView), `cps` and `labels` are the code points the
 * model read and `view[k]` is the text's code point of their k-th; a span is
 * mapped back from its first to its last, whitespace left out inside it
 * included.
 * The model decides spans and types; values, units and qualifiers come from
 * the core's span reader (core/span.ts), never from the rule extractor.
 */
export
function decode(text: string, cps: string[], labels: Int32Array, names: string[], view: Int32Array | null = null): Mention[] {
  const spans: { start: number; end: number; type: MentionType }[] = [];
  let cur: { start: number; end: number; type: MentionType } | null = null;
  for (let k = 0; k < cps.length; k++) {
    const name = names[labels[k]] ?? 'O';
    if (name === 'O') {
      // whitespace the model left outside a span, followed by a continuation
      // of the same type (I-X): one mention wrapped across a line break
      // ("１２个\n\n月"); the labels alone decide, no lexicon
      if (cur && isWs(cps[k])) {
        let j = k;
        while (j < cps.length && isWs(cps[j])) j++;
        if (j < cps.length && names[labels[j]] === `I-${cur.type}`) { k = j - 1; continue; }
      }
      cur = null;
      continue;
    }
    const type = name.slice(2) as MentionType;
    if (name.startsWith('B-') || !cur || cur.type !== type) { cur = { start: k, end: k + 1, type }; spans.push(cur); }
    else cur.end = k + 1;
  }
  const out: Mention[] = [];
  for (const s of spans) {
    let a = s.start, b = s.end;
    while (a < b && isWs(cps[a])) a++;
    while (b > a && isWs(cps[b - 1])) b--;
    if (a === b) continue;
    // back to the text's code points: whitespace left out inside a span is part of it
    const m = view ? readSpan(text, view[a], view[b - 1] + 1, s.type) : readSpan(text, a, b, s.type);
    if (m) out.push(m);
  }
  return out;
}
