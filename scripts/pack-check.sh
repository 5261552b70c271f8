#!/usr/bin/env bash
# A project that depends on ours installs it without any `overrides`: pack this
# project, install the tarball into an empty project, then use the library
# (numeral reader, rule and transformer extractors) and the `zhnum` binary from
# there. Run by .ci/run after `npm ci` (prepack builds with tsc); needs the npm
# registry (as `npm ci` does). The empty project has no `overrides`: the
# install succeeding is the check.
#
# ONNXRUNTIME_NODE_INSTALL=skip: onnxruntime-node's postinstall otherwise
# downloads its optional CUDA provider from api.nuget.org, which fails
# offline; its CPU binaries are in the package (models/zhnum-tagger/README.md).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
tarball="$(npm pack --silent --pack-destination "$WORK" | tail -1)"
mkdir "$WORK/app" && cd "$WORK/app"
npm init -y >/dev/null
ONNXRUNTIME_NODE_INSTALL=skip npm install --no-audit --no-fund --loglevel=error "$WORK/$tarball" >/dev/null
cat > check.mjs <<'JS'
import assert from 'node:assert/strict';
import { readNumbers, createExtractor } from 'zhnum-bench';
assert.deepEqual(readNumbers('人民币壹拾万元整').map((n) => n.value), [100000]);
const text = '全年国内生产总值1260582亿元，比上年增长5.0%。';
for (const name of ['rule', 'transformer']) {
  const ex = await createExtractor(name);
  const got = (await ex.extract(text)).map((m) => `${m.text}:${m.type}:${m.value}`);
  assert.deepEqual(got, ['1260582亿元:MONEY:126058200000000', '5.0%:PERCENT:5'], name);
}
JS
node check.mjs
out="$(printf '{"doc":"a","text":"增长5.0%%"}\n' | npx --no-install zhnum extract - 2>"$WORK/err")" || { echo "pack-check: zhnum extract failed:" >&2; cat "$WORK/err" >&2; exit 1; }
[ "$out" = '{"doc":"a","start":2,"end":6,"text":"5.0%","type":"PERCENT","value":5,"unit":"%","qualifier":"exact"}' ] || { echo "pack-check: zhnum extract gave: $out" >&2; exit 1; }
echo "pack-check: $tarball installs into an empty project without overrides; library and zhnum binary work"
