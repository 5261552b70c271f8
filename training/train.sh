#!/usr/bin/env bash
# Rebuilds models/zhnum-tagger/ from scratch: synthetic data, training on the
# train splits of datasets/seeds and datasets/reports (10% of each held out),
# ONNX export (fp32 and int8), and a load check in Node.
# Installs nothing. Run from anywhere:  bash training/train.sh
# Environment overrides: ZHNUM_BUILD (scratch folder, default /tmp/zhnum-tagger-build),
# ZHNUM_MODEL_OUT (model folder, default models/zhnum-tagger), PYTHON (default /usr/bin/python3),
# SEED, EPOCHS, SYNTH_SENTENCES, REPORTS_SHARE, THREADS, SYNTH_ARGS (extra synth.py options), TRAIN_ARGS (extra train.py options),
# KEEP_FP32=1 (keep onnx/model.onnx in the model folder; by default only the int8 file stays).
# The body is one compound command, read whole before it runs: editing this
# file during a 30-minute run must not change what the run does next.
{
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PY="${PYTHON:-/usr/bin/python3}"
BUILD="${ZHNUM_BUILD:-/tmp/zhnum-tagger-build}"
OUT="${ZHNUM_MODEL_OUT:-$ROOT/models/zhnum-tagger}"
SEED="${SEED:-13}"
EPOCHS="${EPOCHS:-22}"
SYNTH_SENTENCES="${SYNTH_SENTENCES:-200000}"
REPORTS_SHARE="${REPORTS_SHARE:-0.45}"
THREADS="${THREADS:-1}"
# model v2.2's recipe (an empty value turns either off: SYNTH_ARGS= gives v2.1's synthetic data)
SYNTH_ARGS="${SYNTH_ARGS---contrasts}"
TRAIN_ARGS="${TRAIN_ARGS---average-last 5}"

if ! "$PY" -c 'import torch, onnx, numpy' 2>/dev/null; then
  echo "error: $PY cannot import torch, onnx and numpy. Install them (Debian 12) with:" >&2
  echo "  apt-get update && apt-get install -y python3-torch python3-onnx libopenblas0-pthread" >&2
  echo "(use /usr/bin/python3, not a pyenv python; without libopenblas0-pthread training is ~50x slower)" >&2
  exit 1
fi
if [ ! -d "$ROOT/node_modules/@huggingface/transformers" ]; then
  echo "error: $ROOT/node_modules/@huggingface/transformers is missing (run npm ci in $ROOT)" >&2
  exit 1
fi

mkdir -p "$BUILD" "$OUT"
start=$(date +%s)
echo "== 1/3 synthetic data (seed $SEED, $SYNTH_SENTENCES sentences, report genres $REPORTS_SHARE, options: ${SYNTH_ARGS:-none})"
# shellcheck disable=SC2086
"$PY" "$HERE/synth.py" --n "$SYNTH_SENTENCES" --reports-share "$REPORTS_SHARE" --seed "$SEED" --out "$BUILD/synth.jsonl" $SYNTH_ARGS
echo "== 2/3 training + export (seed $SEED, $EPOCHS epochs, $THREADS thread(s), options: ${TRAIN_ARGS:-none})"
# shellcheck disable=SC2086
"$PY" "$HERE/train.py" --data "$ROOT/datasets/seeds" --data "$ROOT/datasets/reports" --synth-file "$BUILD/synth.jsonl" \
  --out "$OUT" --build "$BUILD" --seed "$SEED" --epochs "$EPOCHS" --threads "$THREADS" $TRAIN_ARGS 2>&1 | tee "$BUILD/train.log"
echo "== 3/3 load check in Node (@huggingface/transformers, fp32 and int8)"
(cd "$ROOT" && node training/check_model.mjs "$OUT" "$BUILD/reference.json" "$BUILD/holdout.jsonl")
# int8 scored the same as fp32 (model card), so only the int8 file is kept in the model folder;
# the fp32 file stays in the build folder (KEEP_FP32=1 keeps it in the model folder too)
if [ "${KEEP_FP32:-0}" != "1" ]; then
  mv "$OUT/onnx/model.onnx" "$BUILD/model.onnx"
  echo "fp32 weights moved to $BUILD/model.onnx (KEEP_FP32=1 keeps them in $OUT)"
fi
end=$(date +%s)
echo "== done in $(( (end - start) / 60 )) min $(( (end - start) % 60 )) s wall; model in $OUT ($(du -sh "$OUT" | cut -f1))"
exit
}
