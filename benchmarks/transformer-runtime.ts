// The transformer extractor, today's against yesterday's, in one run:
// model v1 (git 0014811) with the v1 extractor on @xenova/transformers 2.17.2,
// and the current extractor on @huggingface/transformers with either model,
// fp32 or int8, one window or several per inference call. Each configuration
// runs in a child process of its own (the two onnxruntime-node builds never
// share a process), rounds interleave the configurations so that the load of
// a shared machine falls on all of them alike, and the figures are quoted as
// ratios to the v1 baseline measured in the same run.
//
//   npm run build && node dist/benchmarks/transformer-runtime.js [--rounds 3] [--iterations 3]
//     [--old-model DIR] [--new-model DIR] [--prev-model DIR] [--only KEY,KEY] [--dataset NAME] [--split test]
//
// --prev-model adds the default configuration of another model (the one a new
// model replaces) to the same run; --only keeps the listed configurations.
//
// The committed model folder holds only the int8 file; the fp32 rows need a
// folder with onnx/model.onnx too (train.sh with KEEP_FP32=1), else they are left out.
//
// Scores come from the harness, not from here; the v1 extractor is exported for it:
//   zhnum run --extractors file:dist/benchmarks/transformer-runtime.js#legacyTransformer --model DIR
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { projectRoot } from '../src/config.js';
import { chunkText, createTransformerExtractor, decode, DEFAULT_MODEL, type TransformerDtype } from '../src/extractors/transformer.js';
import { createExtractor } from '../src/extractors/registry.js';
import type { Extractor, Mention } from '../src/types.js';

/** The commit holding model v1 and its card (the model of the v1 extractor). */
export const V1_COMMIT = '0014811';
const V1_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt', 'onnx/model.onnx'];
// a variable, so that the build does not need the package once it is gone
const XENOVA = '@xenova/transformers';

/**
 * The v1 extractor (src/extractors/transformer.ts before v2), kept verbatim in
 * what matters for speed: tokenizer loaded with the model, ids built per
 * window, one window per inference call, fp32 weights.
 */
export async function legacyTransformer(options: { model?: string } = {}): Promise<Extractor> {
  const dir = resolve(options.model ?? join(projectRoot(), DEFAULT_MODEL));
  const tf = await import(XENOVA);
  tf.env.allowRemoteModels = false;
  tf.env.allowLocalModels = true;
  tf.env.localModelPath = dirname(dir) + '/';
  const name = basename(dir);
  const tokenizer = await tf.AutoTokenizer.from_pretrained(name, { local_files_only: true });
  const model = await tf.AutoModelForTokenClassification.from_pretrained(name, { quantized: false, local_files_only: true });
  const vocab: Map<string, number> = tokenizer.model.tokens_to_ids;
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  const labels: string[] = [];
  for (const [k, v] of Object.entries(config.id2label as Record<string, string>)) labels[Number(k)] = v;
  const sp = { cls: vocab.get('[CLS]')!, sep: vocab.get('[SEP]')!, unk: vocab.get('[UNK]')!, sp: vocab.get('[SP]')!, nl: vocab.get('[NL]')! };
  const tokenFor = (c: string) => {
    if (c === '\n' || c === '\r') return sp.nl;
    if (/\s/.test(c)) return sp.sp;
    const n = c.normalize('NFKC');
    return vocab.get(n.length === 1 ? n : c) ?? vocab.get(c) ?? sp.unk;
  };
  async function labelWindow(cps: string[], start: number, end: number): Promise<Int32Array> {
    const n = end - start;
    const ids = new BigInt64Array(n + 2);
    ids[0] = BigInt(sp.cls);
    for (let k = 0; k < n; k++) ids[k + 1] = BigInt(tokenFor(cps[start + k]));
    ids[n + 1] = BigInt(sp.sep);
    const out = await model({
      input_ids: new tf.Tensor('int64', ids, [1, n + 2]),
      attention_mask: new tf.Tensor('int64', new BigInt64Array(n + 2).fill(1n), [1, n + 2]),
      token_type_ids: new tf.Tensor('int64', new BigInt64Array(n + 2), [1, n + 2]),
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
    name: 'transformer-v1', version: '0.1.0',
    description: `v1 extractor on ${XENOVA} 2.17.2, fp32, one window per call, from ${dir}`,
    async extract(text: string): Promise<Mention[]> {
      const cps = Array.from(text);
      if (!cps.length) return [];
      const lab = new Int32Array(cps.length);
      for (const c of chunkText(cps, 254)) {
        const l = await labelWindow(cps, c.start, c.end);
        for (let k = c.own[0]; k < c.own[1]; k++) lab[k] = l[k - c.start];
      }
      return decode(text, cps, lab, labels);
    },
  };
}

/** Model v1 written out of git into a temporary folder (or the folder given). */
function v1ModelDir(given?: string): string {
  if (given) return resolve(given);
  const dir = join(tmpdir(), `zhnum-tagger-${V1_COMMIT}`, 'zhnum-tagger');
  for (const f of V1_FILES) {
    const target = join(dir, f);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, execFileSync('git', ['show', `${V1_COMMIT}:models/zhnum-tagger/${f}`], { cwd: projectRoot(), maxBuffer: 1 << 26 }));
  }
  return dir;
}

interface Config { key: string; label: string; runtime: 'xenova' | 'hf' | 'rule'; model: string; dtype?: TransformerDtype; batch?: number; window?: number }
interface Measure { key: string; ms: number; sd: number; samples: number; chars: number; mentions: number; loadMs: number }

function texts(dataset: string, split: string): string[] {
  const dir = join(projectRoot(), 'datasets', dataset);
  const meta = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
  const docsDir = resolve(dir, meta.docsDir ?? 'docs');
  const units = new Map<string, { doc: string; start: number; end: number }>((meta.units ?? []).map((u: { id: string; doc: string; start: number; end: number }) => [u.id, u]));
  return (meta.splits[split] as string[]).map((id) => {
    const u = units.get(id);
    const text = readFileSync(join(docsDir, `${u ? u.doc : id}.txt`), 'utf8');
    return u ? Array.from(text).slice(u.start, u.end).join('') : text;
  });
}

async function child(cfg: Config, docs: string[], iterations: number): Promise<Measure> {
  const t0 = performance.now();
  const ex = cfg.runtime === 'xenova' ? await legacyTransformer({ model: cfg.model })
    : cfg.runtime === 'rule' ? await createExtractor('rule')
      : createTransformerExtractor({ model: cfg.model, dtype: cfg.dtype, batch: cfg.batch, window: cfg.window });
  await ex.init?.();
  await ex.extract(docs[0]); // first inference: allocation planning, JIT
  const loadMs = performance.now() - t0;
  let mentions = 0;
  const bench = new Bench({ iterations, time: 0, warmupIterations: 0, warmupTime: 0 });
  bench.add(cfg.key, async () => { mentions = 0; for (const d of docs) mentions += (await ex.extract(d)).length; });
  await bench.run();
  const r = bench.tasks[0].result as unknown as { latency?: { mean: number; sd: number; samplesCount?: number }; mean?: number; sd?: number; samples?: number[] };
  const mean = r.latency?.mean ?? r.mean ?? NaN;
  const sd = r.latency?.sd ?? r.sd ?? NaN;
  return { key: cfg.key, ms: mean, sd, samples: r.latency?.samplesCount ?? r.samples?.length ?? iterations, chars: docs.reduce((a, d) => a + Array.from(d).length, 0), mentions, loadMs };
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const { cfg, datasets, split, iterations } = JSON.parse(args[1]);
    const docs = (datasets as string[]).flatMap((d) => texts(d, split));
    process.send!(await child(cfg, docs, iterations));
    return;
  }
  const rounds = Number(arg(args, '--rounds') ?? 3);
  const iterations = Number(arg(args, '--iterations') ?? 3);
  const split = arg(args, '--split') ?? 'test';
  const datasets = (arg(args, '--dataset') ?? 'reports,seeds').split(',');
  const oldModel = v1ModelDir(arg(args, '--old-model'));
  const newModel = resolve(arg(args, '--new-model') ?? join(projectRoot(), DEFAULT_MODEL));
  const prevModel = arg(args, '--prev-model') ? resolve(arg(args, '--prev-model')!) : null;
  // the rows' labels name the model under test by its folder (the keys keep their historic 'v2' prefix, used by --only)
  const newName = `model ${relative(projectRoot(), newModel) || newModel}`;
  const only = arg(args, '--only')?.split(',');
  let hasXenova = true;
  try { await import(XENOVA); } catch { hasXenova = false; }
  const configs: Config[] = ([
    ...(hasXenova ? [{ key: 'v1', label: `model v1, v1 extractor, ${XENOVA} 2.17.2, fp32, 254-char windows, 1/call`, runtime: 'xenova' as const, model: oldModel }] : []),
    { key: 'v1-hf', label: 'model v1, v2 extractor, @huggingface/transformers, fp32, 254-char windows, 1/call', runtime: 'hf', model: oldModel, dtype: 'fp32', batch: 1, window: 254 },
    ...(hasXenova ? [{ key: 'v2-xenova', label: `${newName}, v1 extractor, ${XENOVA} 2.17.2, fp32, 254-char windows, 1/call`, runtime: 'xenova' as const, model: newModel }] : []),
    { key: 'v2-fp32-w254-b1', label: `${newName}, fp32, 254-char windows, 1/call`, runtime: 'hf', model: newModel, dtype: 'fp32', batch: 1, window: 254 },
    { key: 'v2-q8-w254-b1', label: `${newName}, int8, 254-char windows, 1/call`, runtime: 'hf', model: newModel, dtype: 'q8', batch: 1, window: 254 },
    { key: 'v2-q8-w254-b8', label: `${newName}, int8, 254-char windows, 8/call`, runtime: 'hf', model: newModel, dtype: 'q8', batch: 8, window: 254 },
    { key: 'v2-fp32-w128-b8', label: `${newName}, fp32, 128-char windows, 8/call`, runtime: 'hf', model: newModel, dtype: 'fp32', batch: 8 },
    { key: 'v2-q8-w128-b1', label: `${newName}, int8, 128-char windows, 1/call`, runtime: 'hf', model: newModel, dtype: 'q8', batch: 1 },
    { key: 'v2-q8-w128-b8', label: `${newName}, int8, 128-char windows, 8/call (the default)`, runtime: 'hf', model: newModel, dtype: 'q8', batch: 8 },
    ...(prevModel ? [{ key: 'prev-q8-w128-b8', label: `previous model (${basename(dirname(prevModel))}/${basename(prevModel)}), int8, 128-char windows, 8/call (its default)`, runtime: 'hf' as const, model: prevModel, dtype: 'q8' as const, batch: 8 }] : []),
    { key: 'rule', label: 'the rule extractor, for scale', runtime: 'rule', model: '' },
  ] as Config[]).filter((c) => !only || only.includes(c.key)).filter((c) => c.runtime === 'rule' || existsSync(join(c.model, 'onnx', c.runtime === 'hf' && c.dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx')));
  const self = fileURLToPath(import.meta.url);
  const results = new Map<string, Measure[]>();
  console.log(`corpus: ${datasets.join(' + ')} ${split} split; ${rounds} rounds x ${iterations} iterations per configuration, one child process each; node ${process.version}`);
  if (!hasXenova) console.log(`(${XENOVA} is not installed: the v1 baseline is skipped)`);
  for (let round = 1; round <= rounds; round++) {
    for (const cfg of configs) {
      const m = await new Promise<Measure>((res, rej) => {
        const p = fork(self, ['--child', JSON.stringify({ cfg, datasets, split, iterations })], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        p.once('message', (msg) => res(msg as Measure));
        p.once('exit', (code) => { if (code) rej(new Error(`${cfg.key}: child exited with ${code}`)); });
      });
      results.set(cfg.key, [...(results.get(cfg.key) ?? []), m]);
      console.log(`  round ${round} ${cfg.key}: ${(m.chars / m.ms * 1000 / 1000).toFixed(1)} k chars/s (${m.mentions} mentions)`);
    }
  }
  const median = (xs: number[]) => { const s = xs.slice().sort((a, b) => a - b); return s[s.length >> 1]; };
  const rate = (key: string) => { const ms = results.get(key)!; return median(ms.map((m) => m.chars / m.ms * 1000)); };
  // the ratios are to v1 when it ran, else to the first configuration that ran (--only may leave both v1 rows out)
  const base = results.has('v1') ? 'v1' : results.has('v1-hf') ? 'v1-hf' : configs[0].key;
  console.log(`\n| configuration | chars/s (median of ${rounds} rounds) | x ${base} | load + first call ms | mentions |`);
  console.log('|---|---|---|---|---|');
  for (const c of configs) {
    const ms = results.get(c.key)!;
    console.log(`| ${c.label} | ${(rate(c.key) / 1000).toFixed(1)} k | ${(rate(c.key) / rate(base)).toFixed(2)} | ${Math.round(median(ms.map((m) => m.loadMs)))} | ${ms[0].mentions} |`);
  }
}

const isMain = !!process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url;
if (isMain) main().catch((e) => { console.error(`transformer-runtime: ${(e as Error).message}`); process.exit(1); });
