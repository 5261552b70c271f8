#!/usr/bin/env bash
# Rebuilds models/zhnum-tagger/ from scratch: synthetic data, training on the
# train split (10% held out), ONNX export, and a load check in Node.
# Installs nothing. Run from anywhere:  bash training/train.sh
# Environment overrides: ZHNUM_BUILD (scratch folder, default /tmp/zhnum-tagger-build),
# PYTHON (default /usr/bin/python3), SEED, EPOCHS, SYNTH_SENTENCES.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PY="${PYTHON:-/usr/bin/python3}"
BUILD="${ZHNUM_BUILD:-/tmp/zhnum-tagger-build}"
SEED="${SEED:-13}"
EPOCHS="${EPOCHS:-22}"
SYNTH_SENTENCES="${SYNTH_SENTENCES:-160000}"
OUT="$ROOT/models/zhnum-tagger"

if ! "$PY" -c 'import torch, onnx, numpy' 2>/dev/null; then
  echo "error: $PY cannot import torch, onnx and numpy. Install them (Debian 12) with:" >&2
  echo "  apt-get update && apt-get install -y python3-torch python3-onnx libopenblas0-pthread" >&2
  echo "(use /usr/bin/python3, not a pyenv python; without libopenblas0-pthread training is ~50x slower)" >&2
  exit 1
fi
if [ ! -d "$ROOT/node_modules/@xenova/transformers" ]; then
  echo "error: $ROOT/node_modules/@xenova/transformers is missing (run npm install in $ROOT)" >&2
  exit 1
fi

mkdir -p "$BUILD" "$OUT"
start=$(date +%s)
echo "== 1/3 synthetic data (seed $SEED, $SYNTH_SENTENCES sentences)"
"$PY" "$HERE/synth.py" --n "$SYNTH_SENTENCES" --seed "$SEED" --out "$BUILD/synth.jsonl"
echo "== 2/3 training + export (seed $SEED, $EPOCHS epochs, 2 threads)"
"$PY" "$HERE/train.py" --data "$ROOT/datasets/seeds" --synth-file "$BUILD/synth.jsonl" \
  --out "$OUT" --build "$BUILD" --seed "$SEED" --epochs "$EPOCHS" --threads 2 2>&1 | tee "$BUILD/train.log"
echo "== 3/3 load check in Node (@xenova/transformers)"
(cd "$ROOT" && node training/check_model.mjs "$ROOT/models/" "$BUILD/reference.json")
end=$(date +%s)
echo "== done in $(( (end - start) / 60 )) min $(( (end - start) % 60 )) s; model in $OUT ($(du -sh "$OUT" | cut -f1))"
