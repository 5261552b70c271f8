// Loads an exported zhnum-tagger with @huggingface/transformers (as the
// TypeScript runtime does), tags two sentences in one padded batch and prints
// the label of every character; then checks the model against train.py:
//
//   node training/check_model.mjs [MODEL_DIR] [REFERENCE_JSON] [HOLDOUT_JSONL]
//
// MODEL_DIR defaults to models/zhnum-tagger. REFERENCE_JSON (train.py) holds
// PyTorch logits for one sentence: the fp32 ONNX logits must match them.
// HOLDOUT_JSONL (train.py) holds the held-out windows with their gold spans:
// both ONNX files (fp32 model.onnx, int8 model_quantized.onnx) tag them, and
// their strict span F1 and the share of characters whose label differs are
// printed (the int8 file may not lose more than a point of F1).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env, AutoModelForTokenClassification, Tensor } from '@huggingface/transformers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modelDir = resolve(process.argv[2] ?? join(root, 'models', 'zhnum-tagger'));
const referencePath = process.argv[3];
const holdoutPath = process.argv[4];

env.allowRemoteModels = false;
env.localModelPath = dirname(modelDir) + '/';
const name = basename(modelDir);
const config = JSON.parse(readFileSync(join(modelDir, 'config.json'), 'utf8'));
const vocab = new Map(Object.entries(JSON.parse(readFileSync(join(modelDir, 'tokenizer.json'), 'utf8')).model.vocab));
const id2label = config.id2label;

// The tokenization contract: one token per code point.
const WS = /\s/u;
function charToken(c) {
  if (c === '\n' || c === '\r') return '[NL]';
  if (WS.test(c)) return '[SP]';
  const n = c.normalize('NFKC');
  if ([...n].length === 1) return WS.test(n) ? '[SP]' : n;
  return c;
}
function encode(text) {
  const chars = [...text];
  const ids = [vocab.get('[CLS]'), ...chars.map((c) => vocab.get(charToken(c)) ?? vocab.get('[UNK]')), vocab.get('[SEP]')];
  return { chars, ids };
}

async function tag(model, texts) {
  const enc = texts.map(encode);
  const L = Math.max(...enc.map((e) => e.ids.length));
  if (L > 256) throw new Error('at most 254 characters per chunk');
  const ids = new BigInt64Array(texts.length * L);
  const mask = new BigInt64Array(texts.length * L);
  enc.forEach((e, b) => e.ids.forEach((id, i) => { ids[b * L + i] = BigInt(id); mask[b * L + i] = 1n; }));
  const dims = [texts.length, L];
  const out = await model({
    input_ids: new Tensor('int64', ids, dims),
    attention_mask: new Tensor('int64', mask, dims),
    token_type_ids: new Tensor('int64', new BigInt64Array(texts.length * L), dims),
  });
  const logits = out.logits; // [batch, seq, labels]
  const nl = logits.dims[2];
  return enc.map((e, b) => {
    const labels = [];
    const rows = [];
    for (let i = 0; i < e.ids.length; i++) {
      const row = Array.from(logits.data.slice((b * L + i) * nl, (b * L + i + 1) * nl));
      rows.push(row);
      labels.push(id2label[row.indexOf(Math.max(...row))]);
    }
    return { chars: e.chars, labels, rows };
  });
}

/** BIO decoding of train.py (decode_spans + trim_spans): [start, end, type] over the characters. */
function spans(chars, labels) {
  const out = [];
  let cur = null;
  labels.forEach((l, i) => {
    if (l === 'O') { cur = null; return; }
    const t = l.slice(2);
    if (l.startsWith('I-') && cur && cur[2] === t) cur[1] = i + 1;
    else { cur = [i, i + 1, t]; out.push(cur); }
  });
  return out.map(([s, e, t]) => {
    while (s < e && WS.test(chars[s])) s++;
    while (e > s && WS.test(chars[e - 1])) e--;
    return [s, e, t];
  }).filter(([s, e]) => s < e);
}

const fp32 = await AutoModelForTokenClassification.from_pretrained(name, { dtype: 'fp32', local_files_only: true, device: 'cpu' });
const sentences = [
  '2023年全市法院共受理各类案件 46987件，同比上升 7.39%。一、进一步推进一体化建设',
  '省十四届人大常委会第七次会议于２０２４年１月１８日通过，新执行到位4.05亿元。',
];
const results = await tag(fp32, sentences); // a batch of two, padded (attention_mask 0 on padding)
for (const r of results) {
  console.log(r.chars.map((c, i) => `${JSON.stringify(c)}\t${r.labels[i + 1]}`).join('\n'));
  console.log('---');
}

let ok = results.every((r) => r.labels[0] !== undefined);
if (referencePath) {
  const ref = JSON.parse(readFileSync(referencePath, 'utf8'));
  const [r] = await tag(fp32, [ref.text]);
  const own = encode(ref.text).ids;
  const sameIds = own.length === ref.input_ids.length && own.every((v, i) => v === ref.input_ids[i]);
  let maxDiff = 0;
  ref.logits.forEach((row, i) => row.forEach((v, j) => { maxDiff = Math.max(maxDiff, Math.abs(v - r.rows[i][j])); }));
  const sameLabels = ref.labels.every((l, i) => l === r.labels[i]);
  console.log(`reference: ids ${sameIds ? 'match' : 'DIFFER'}, labels ${sameLabels ? 'match' : 'DIFFER'}, max |logit diff| ${maxDiff.toExponential(2)}`);
  ok = ok && sameIds && sameLabels && maxDiff < 1e-3;
}

if (holdoutPath) {
  const windows = readFileSync(holdoutPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const models = { fp32 };
  if (existsSync(join(modelDir, 'onnx', 'model_quantized.onnx'))) {
    models.int8 = await AutoModelForTokenClassification.from_pretrained(name, { dtype: 'q8', local_files_only: true, device: 'cpu' });
  }
  const labelsBy = {};
  const f1 = {};
  for (const [key, model] of Object.entries(models)) {
    let tp = 0, np = 0, ng = 0;
    labelsBy[key] = [];
    for (let i = 0; i < windows.length; i += 16) {
      const group = windows.slice(i, i + 16);
      const tagged = await tag(model, group.map((w) => w.text));
      tagged.forEach((r, k) => {
        const w = group[k];
        const labels = r.labels.slice(1, r.chars.length + 1);
        labelsBy[key].push(...labels);
        const pred = spans(r.chars, labels).filter(([s, e]) => !w.optional.some(([os, oe]) => s < oe && os < e));
        const gold = new Set(w.gold.map((g) => g.join('|')));
        np += pred.length; ng += gold.size;
        tp += pred.filter((p) => gold.has(p.join('|'))).length;
      });
    }
    const p = np ? tp / np : 0, rc = ng ? tp / ng : 0;
    f1[key] = p + rc ? (2 * p * rc) / (p + rc) : 0;
    console.log(`holdout (${windows.length} windows, ${ng} mentions), ${key}: strict P ${(100 * p).toFixed(2)} R ${(100 * rc).toFixed(2)} F1 ${(100 * f1[key]).toFixed(2)}`);
  }
  if (models.int8) {
    const a = labelsBy.fp32, b = labelsBy.int8;
    const differ = a.filter((l, i) => l !== b[i]).length;
    console.log(`int8 vs fp32: ${differ} of ${a.length} character labels differ (${(100 * differ / a.length).toFixed(3)}%), strict F1 ${(100 * (f1.int8 - f1.fp32)).toFixed(2)} points`);
    ok = ok && f1.int8 >= f1.fp32 - 0.01;
  }
}
console.log(ok ? 'check_model: OK' : 'check_model: FAILED');
process.exit(ok ? 0 : 1);
