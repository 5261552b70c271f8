// Loads the exported zhnum-tagger with @xenova/transformers (as the TypeScript
// runtime does), tags a short sentence and prints the label of every character.
//
//   node training/check_model.mjs [MODELS_DIR] [REFERENCE_JSON]
//
// MODELS_DIR defaults to /work/main/models/ (the folder holding zhnum-tagger/).
// REFERENCE_JSON (written by train.py) holds PyTorch logits for one sentence;
// when given, the ONNX logits must match them.
import { readFileSync } from 'node:fs';
import { env, AutoModelForTokenClassification, AutoTokenizer, Tensor } from '@xenova/transformers';

const modelsDir = process.argv[2] ?? '/work/main/models/';
const referencePath = process.argv[3];

env.allowRemoteModels = false;
env.localModelPath = modelsDir.endsWith('/') ? modelsDir : modelsDir + '/';

const model = await AutoModelForTokenClassification.from_pretrained('zhnum-tagger', { quantized: false, local_files_only: true });
const tokenizer = await AutoTokenizer.from_pretrained('zhnum-tagger', { local_files_only: true });

// The tokenization contract: one token per code point.
const vocab = tokenizer.model.tokens_to_ids; // Map token -> id (the char vocab)
const id2label = model.config.id2label;
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

async function tag(texts) {
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
  const logits = out.logits; // [batch, seq, 21]
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

const sentences = [
  '2023年全市法院共受理各类案件 46987件，同比上升 7.39%。一、进一步推进一体化建设',
  '省十四届人大常委会第七次会议于２０２４年１月１８日通过，新执行到位4.05亿元。',
];
const results = await tag(sentences); // a batch of two, padded (attention_mask 0 on padding)
for (const r of results) {
  console.log(r.chars.map((c, i) => `${JSON.stringify(c)}\t${r.labels[i + 1]}`).join('\n'));
  console.log('---');
}

// The tokenizer file must parse; show what it makes of a sentence.
const t = tokenizer('增长１６倍');
console.log('AutoTokenizer ids:', Array.from(t.input_ids.data, Number), 'own encoding:', encode('增长１６倍').ids);

let ok = results.every((r) => r.labels[0] !== undefined);
if (referencePath) {
  const ref = JSON.parse(readFileSync(referencePath, 'utf8'));
  const [r] = await tag([ref.text]);
  const own = encode(ref.text).ids;
  const sameIds = own.length === ref.input_ids.length && own.every((v, i) => v === ref.input_ids[i]);
  let maxDiff = 0;
  ref.logits.forEach((row, i) => row.forEach((v, j) => { maxDiff = Math.max(maxDiff, Math.abs(v - r.rows[i][j])); }));
  const sameLabels = ref.labels.every((l, i) => l === r.labels[i]);
  console.log(`reference: ids ${sameIds ? 'match' : 'DIFFER'}, labels ${sameLabels ? 'match' : 'DIFFER'}, max |logit diff| ${maxDiff.toExponential(2)}`);
  ok = ok && sameIds && sameLabels && maxDiff < 1e-3;
}
console.log(ok ? 'check_model: OK' : 'check_model: FAILED');
process.exit(ok ? 0 : 1);
