// A token-classification transformer run fully offline with
// @xenova/transformers. One token per code point, BIO labels over the
// specification's types; values, units and qualifiers come from the shared
// number parser. Any local model folder in the Hugging Face layout with the
// same labels can be plugged in with --model DIR.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { projectRoot } from '../config.js';
import { readSpan } from '../core/span.js';
import { MENTION_TYPES, type Extractor, type Mention, type MentionType } from '../types.js';

export const DEFAULT_MODEL = 'models/zhnum-tagger';
const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', join('onnx', 'model.onnx')];
const ALLOWED_LABELS = new Set(['O', ...MENTION_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]);
// Chunks are cut after clause punctuation when one is in the second half of the window.
const CUT_AFTER = new Set(['。', '；', ';', '！', '？', '!', '?', '，', ',', '、', '\n', ':', '：']);
const OVERLAP = 32;

export class ModelError extends Error {}

interface Loaded {
  model: (inputs: Record<string, unknown>) => Promise<{ logits: { data: Float32Array; dims: number[] } }>;
  Tensor: new (type: string, data: BigInt64Array, dims: number[]) => unknown;
  vocab: Map<string, number>;
  labels: string[];
  maxChars: number;
  special: { cls: number; sep: number; unk: number; sp: number; nl: number };
}

function readJson(file: string): Record<string, unknown> {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new ModelError(`${file}: cannot read: ${(e as Error).message}`); }
  try { return JSON.parse(text); } catch (e) { throw new ModelError(`${file}: not valid JSON: ${(e as Error).message}`); }
}

/** Check a model folder before loading it; every message names the file at fault. */
export function checkModelFolder(dir: string): { labels: string[]; maxPositions: number } {
  if (!existsSync(dir)) throw new ModelError(`model folder ${dir} does not exist`);
  for (const f of REQUIRED_FILES) if (!existsSync(join(dir, f))) throw new ModelError(`model folder ${dir}: missing ${f}`);
  const config = readJson(join(dir, 'config.json'));
  readJson(join(dir, 'tokenizer.json'));
  const tokConfig = readJson(join(dir, 'tokenizer_config.json'));
  const id2label = config.id2label as Record<string, string> | undefined;
  if (!id2label || typeof id2label !== 'object') throw new ModelError(`${join(dir, 'config.json')}: no id2label: not a token-classification model`);
  const labels: string[] = [];
  for (const [k, v] of Object.entries(id2label)) labels[Number(k)] = v;
  const unknown = labels.filter((l) => !ALLOWED_LABELS.has(l));
  if (unknown.length || !labels.includes('O')) {
    throw new ModelError(`${join(dir, 'config.json')}: labels do not match the specification's types: ${unknown.length ? `unknown ${unknown.slice(0, 5).join(', ')}` : 'no "O" label'} (expected O, B-TYPE and I-TYPE for ${MENTION_TYPES.join(', ')})`);
  }
  const maxPositions = Number(config.max_position_embeddings ?? tokConfig.model_max_length ?? 256);
  return { labels, maxPositions };
}

function tokenFor(c: string, vocab: Map<string, number>, s: Loaded['special']): number {
  if (c === '\n' || c === '\r') return s.nl;
  if (/\s/.test(c)) return s.sp;
  const n = c.normalize('NFKC');
  return vocab.get(n.length === 1 ? n : c) ?? vocab.get(c) ?? s.unk;
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

export function createTransformerExtractor(options: { model?: string; concurrency?: number } = {}): Extractor {
  const dir = resolve(options.model ?? join(projectRoot(), DEFAULT_MODEL));
  let loaded: Loaded | null = null;
  const limit = pLimit(Math.max(1, options.concurrency ?? 1));

  async function load(): Promise<Loaded> {
    const { labels, maxPositions } = checkModelFolder(dir);
    const tf = await import('@xenova/transformers');
    tf.env.allowRemoteModels = false;
    tf.env.allowLocalModels = true;
    tf.env.localModelPath = dirname(dir) + '/';
    const name = basename(dir);
    let tokenizer: { model: { tokens_to_ids: Map<string, number> } };
    try {
      tokenizer = (await tf.AutoTokenizer.from_pretrained(name, { local_files_only: true })) as unknown as typeof tokenizer;
    } catch (e) {
      throw new ModelError(`${join(dir, 'tokenizer.json')}: cannot load the tokenizer: ${(e as Error).message}`);
    }
    let model: Loaded['model'];
    try {
      model = (await tf.AutoModelForTokenClassification.from_pretrained(name, { quantized: false, local_files_only: true })) as unknown as Loaded['model'];
    } catch (e) {
      throw new ModelError(`${join(dir, 'onnx', 'model.onnx')}: cannot load the model: ${(e as Error).message}`);
    }
    const vocab = tokenizer.model.tokens_to_ids;
    const need = (t: string) => {
      const id = vocab.get(t);
      if (id === undefined) throw new ModelError(`${join(dir, 'tokenizer.json')}: the vocabulary has no ${t} token`);
      return id;
    };
    return {
      model, Tensor: tf.Tensor as unknown as Loaded['Tensor'], vocab, labels,
      maxChars: maxPositions - 2,
      special: { cls: need('[CLS]'), sep: need('[SEP]'), unk: need('[UNK]'), sp: vocab.get('[SP]') ?? need('[UNK]'), nl: vocab.get('[NL]') ?? need('[UNK]') },
    };
  }

  async function labelWindow(L: Loaded, cps: string[], start: number, end: number): Promise<Int32Array> {
    const n = end - start;
    const ids = new BigInt64Array(n + 2);
    ids[0] = BigInt(L.special.cls);
    for (let k = 0; k < n; k++) ids[k + 1] = BigInt(tokenFor(cps[start + k], L.vocab, L.special));
    ids[n + 1] = BigInt(L.special.sep);
    const ones = new BigInt64Array(n + 2).fill(1n);
    const zeros = new BigInt64Array(n + 2);
    const out = await L.model({
      input_ids: new L.Tensor('int64', ids, [1, n + 2]),
      attention_mask: new L.Tensor('int64', ones, [1, n + 2]),
      token_type_ids: new L.Tensor('int64', zeros, [1, n + 2]),
    });
    const { data, dims } = out.logits;
    const nl = dims[2];
    const best = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const base = (k + 1) * nl;
      let arg = 0;
      for (let j = 1; j < nl; j++) if (data[base + j] > data[base + arg]) arg = j;
      best[k] = arg;
    }
    return best;
  }

  return {
    name: 'transformer',
    version: '0.1.0',
    description: `char-level BIO token classifier (ONNX, @xenova/transformers) from ${dir.startsWith(projectRoot()) ? dir.slice(projectRoot().length + 1) : dir}`,
    async init() {
      loaded ??= await load();
    },
    async extract(text: string): Promise<Mention[]> {
      loaded ??= await load();
      const L = loaded;
      const cps = Array.from(text);
      if (cps.length === 0) return [];
      const labels = new Int32Array(cps.length);
      const chunks = chunkText(cps, L.maxChars);
      await Promise.all(chunks.map((c) => limit(async () => {
        const lab = await labelWindow(L, cps, c.start, c.end);
        for (let k = c.own[0]; k < c.own[1]; k++) labels[k] = lab[k - c.start];
      })));
      return decode(text, cps, labels, L.labels);
    },
  };
}

/**
 * BIO labels → mentions; an I- without its B- opens a span (lenient decoding).
 * The model decides spans and types; values, units and qualifiers come from
 * the core's span reader (core/span.ts), never from the rule extractor.
 */
export
function decode(text: string, cps: string[], labels: Int32Array, names: string[]): Mention[] {
  const spans: { start: number; end: number; type: MentionType }[] = [];
  let cur: { start: number; end: number; type: MentionType } | null = null;
  for (let k = 0; k < cps.length; k++) {
    const name = names[labels[k]] ?? 'O';
    if (name === 'O') { cur = null; continue; }
    const type = name.slice(2) as MentionType;
    if (name.startsWith('B-') || !cur || cur.type !== type) { cur = { start: k, end: k + 1, type }; spans.push(cur); }
    else cur.end = k + 1;
  }
  const out: Mention[] = [];
  for (const s of spans) {
    let a = s.start, b = s.end;
    while (a < b && /\s/.test(cps[a])) a++;
    while (b > a && /\s/.test(cps[b - 1])) b--;
    if (a === b) continue;
    const m = readSpan(text, a, b, s.type);
    if (m) out.push(m);
  }
  return out;
}
