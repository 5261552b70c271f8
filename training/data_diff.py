#!/usr/bin/env python3
"""Is the committed model stale? Compares what training reads from the gold
(the text, span and type of every mention of every train and dev unit) at a
git revision with the working tree.

    python3 training/data_diff.py 429b0f3    # the gold that trained model v2.4 (v2.2: 8b6a93f)

Training labels characters B-TYPE/I-TYPE/O from spans and types alone
(common.bio_labels); values, qualifiers and units never reach the model, and
the optional flag only the holdout's scoring (which chose the epoch). So a gold fix that changes only those leaves the model what
train.sh would build today, and one that moves a span or a type of a train or
dev unit means the model should be retrained (the holdout slice of train
chose its epoch; dev chose its layers, window and contrasts). Test units
are listed too, for information: the model never saw them.

Exit 0 when train and dev are unchanged, 1 when they differ, 2 on bad usage.
Needs git and the datasets' documents; no torch.
"""
import os
import subprocess
import sys
import tarfile
import tempfile
import io

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import load_split  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASETS = ["seeds", "reports"]
SPLITS = ["train", "dev", "test"]


def labels(dataset_dir, split):
    out = {}
    for u in load_split(dataset_dir, split):
        out[u["id"]] = (u["text"], sorted((m["start"], m["end"], m["type"]) for m in u["mentions"]))
    return out


def main(argv):
    if len(argv) != 2 or argv[1].startswith("-"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rev = argv[1]
    try:
        tar = subprocess.run(["git", "-C", ROOT, "archive", rev, "datasets", "seeds"], check=True, capture_output=True).stdout
    except subprocess.CalledProcessError as e:
        print(f"error: git archive {rev} failed: {e.stderr.decode(errors='replace').strip()}", file=sys.stderr)
        return 2
    stale = False
    with tempfile.TemporaryDirectory(prefix="zhnum-data-diff-") as old_root:
        with tarfile.open(fileobj=io.BytesIO(tar)) as t:
            t.extractall(old_root)
        for ds in DATASETS:
            for split in SPLITS:
                old = labels(os.path.join(old_root, "datasets", ds), split)
                new = labels(os.path.join(ROOT, "datasets", ds), split)
                changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
                mark = "" if not changed else ("  <- the model trained on these" if split != "test" else "  (never trained on)")
                print(f"{ds:8} {split:5} {len(new):3} units, {len(changed)} changed{mark}")
                for k in changed:
                    if k not in old or k not in new:
                        print(f"    {k}: {'added' if k not in old else 'removed'}")
                        continue
                    if old[k][0] != new[k][0]:
                        print(f"    {k}: the text changed")
                    a, b = set(old[k][1]), set(new[k][1])
                    for s, e, ty in sorted(a - b):
                        print(f"    {k}: - [{s}, {e}) {ty} {old[k][0][s:e]!r}")
                    for s, e, ty in sorted(b - a):
                        print(f"    {k}: + [{s}, {e}) {ty} {new[k][0][s:e]!r}")
                if changed and split != "test":
                    stale = True
    print("train and dev labels differ: retrain (npm run train:model)" if stale else f"train and dev labels are those of {rev}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
