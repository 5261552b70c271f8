#!/usr/bin/env python3
"""Train, evaluate and export the zhnum-tagger (character-level BIO tagger).

Data: the `train` split of each dataset (default datasets/seeds and
datasets/reports; never dev or test) plus synthetic documents from synth.py.
10% of each dataset's real train windows are held out (seeded) for
validation: they choose the best epoch and give the reported scores.

    /usr/bin/python3 train.py --data ../datasets/seeds --data ../datasets/reports \
        --synth-file build/synth.jsonl --out ../models/zhnum-tagger --seed 13 --epochs 8

Writes into --out: config.json, tokenizer.json, tokenizer_config.json,
special_tokens_map.json, vocab.txt, onnx/model.onnx, onnx/model_quantized.onnx
(int8, quantize.py), training.json; into --build: reference.json (a sample
input with the PyTorch logits) and holdout.jsonl (the held-out windows, for
the Node check of both ONNX files).
"""
import argparse
import json
import os
import platform
import random
import time
import unicodedata

# OpenBLAS's own thread pool fights torch's intra-op threads on 2 cores (2x slower);
# torch parallelises itself (set_num_threads below), so BLAS calls stay single-threaded.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
import torch
import torch.nn.functional as F

from common import (trim_spans, IGNORE, LABEL2ID, LABELS, MAX_CHARS, MAX_POS, SPECIALS, TYPES, UNK, CLS, SEP, PAD,
                    bio_labels, char_token, decode_spans, encode_chars, load_split)
from model import BertTagger

CUT_AFTER = set("\n。；;！!？?，,、：:)）」”")
NUMERALS = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"
EXTRA_CHARS = NUMERALS + "萬億兩餘○‰" + "“”‘’、。，；：？！（）《》〈〉«»‹›〔〕【】—–－…·•％‰℃∶×÷±≤≥→＋＝～｜　" + \
    "第年月日号时分秒元万亿件人次个项条家名位届期批率倍成点余多约近超逾左右以上下内前后"


# --------------------------------------------------------------------------
# windows
# --------------------------------------------------------------------------

def inside_mention(mentions_sorted, pos):
    """True if a cut at pos (between pos-1 and pos) would split a mention."""
    for m in mentions_sorted:
        if m["start"] < pos < m["end"]:
            return True
    return False


def cut_windows(text, mentions, a, b, lengths, rng=None):
    """Cut text[a:b] into consecutive windows no longer than MAX_CHARS that never
    split a mention. lengths() gives the target length of each window; a cut
    prefers the position after a line break or punctuation in the last third."""
    ms = sorted((m for m in mentions if m["start"] < b and m["end"] > a), key=lambda m: m["start"])
    bad = set()
    for m in ms:
        bad.update(range(m["start"] + 1, m["end"]))
    out = []
    s = a
    while s < b:
        target = min(lengths(), MAX_CHARS)
        if s + target >= b:
            out.append((s, b))
            break
        e = s + target
        lo = s + max(1, (2 * target) // 3)
        cut = None
        for p in range(e, lo - 1, -1):
            if p not in bad and text[p - 1] in CUT_AFTER:
                cut = p
                break
        if cut is None:
            for p in range(e, s, -1):
                if p not in bad:
                    cut = p
                    break
        if cut is None:  # a mention longer than the window (never happens in practice)
            cut = e
        out.append((s, cut))
        s = cut
    return out


def make_example(text, mentions, s, e, vocab):
    ids = encode_chars(text[s:e], vocab)
    labels = bio_labels(e - s, mentions, offset=s)
    opt = [(m["start"] - s, m["end"] - s) for m in mentions
           if m.get("optional") and m["start"] >= s and m["end"] <= e]
    gold = [(m["start"] - s, m["end"] - s, m["type"]) for m in mentions
            if m["start"] >= s and m["end"] <= e and not m.get("optional")]
    return {"ids": ids, "labels": labels, "gold": gold, "optional": opt, "text": text[s:e]}


# --------------------------------------------------------------------------
# augmentation of real windows (--augment-real)
# --------------------------------------------------------------------------

FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x30, 0x3A)}
HALFWIDTH = {v: k for k, v in FULLWIDTH.items()}


def augment_window(text, mentions, arng):
    """A real window with the extraction damage of the corpus drawn onto it,
    labels carried over: digits switched between half and full width, hard
    line wraps every 14-30 characters, or PDF spacing (two spaces after every
    non-ASCII character, D-42). Whitespace inserted between two characters of
    a mention belongs to it (GUIDELINES: `13916\n件`, `421.9亿  元`); at a
    mention's edge it stays outside. `mentions` are dicts with window offsets."""
    width = arng.random()
    if width < 0.35:
        text = "".join(FULLWIDTH.get(c, c) for c in text)
    elif width < 0.6:
        text = "".join(HALFWIDTH.get(c, c) for c in text)
    style = arng.random()
    out, new_pos = [], []
    n = len(text)
    if style < 0.75:  # hard wraps
        wrap = arng.choice(["\n\n", "\n\n", "\n", "\n", "\n  ", "\n\n\u3000\u3000"])
        every = arng.randint(14, 30)
        nxt = every + arng.randint(-2, 2)
        col = 0
        for i, c in enumerate(text):
            new_pos.append(len(out))
            out.append(c)
            col = 0 if c == "\n" else col + 1
            if col >= nxt and i < n - 1 and text[i + 1] != "\n":
                out.extend(wrap)
                col = 0
                nxt = every + arng.randint(-2, 2)
    elif style < 0.9:  # spaced-out PDF text
        for i, c in enumerate(text):
            new_pos.append(len(out))
            out.append(c)
            if ord(c) > 0x7F and not c.isspace() and i < n - 1 and text[i + 1] != "\n":
                out.extend("  ")
    else:
        new_pos = list(range(n))
        out = list(text)
    new_pos.append(len(out))
    ments = [dict(m, start=new_pos[m["start"]], end=new_pos[m["end"] - 1] + 1) for m in mentions]
    return "".join(out), ments


# --------------------------------------------------------------------------
# batching
# --------------------------------------------------------------------------

def batches(examples, batch_size, rng, shuffle=True, unk_p=0.0, unk_ok=None):
    idx = list(range(len(examples)))
    if shuffle:
        rng.shuffle(idx)
    # bucket by length to save padding, then shuffle the batches
    groups = []
    chunk = batch_size * 16
    for i in range(0, len(idx), chunk):
        part = sorted(idx[i:i + chunk], key=lambda j: len(examples[j]["ids"]))
        groups += [part[k:k + batch_size] for k in range(0, len(part), batch_size)]
    if shuffle:
        rng.shuffle(groups)
    for g in groups:
        L = max(len(examples[j]["ids"]) for j in g) + 2
        ids = torch.full((len(g), L), PAD, dtype=torch.long)
        lab = torch.full((len(g), L), IGNORE, dtype=torch.long)
        am = torch.zeros((len(g), L), dtype=torch.long)
        for r, j in enumerate(g):
            x = examples[j]["ids"]
            if unk_p > 0:
                x = [UNK if (unk_ok[t] and rng.random() < unk_p) else t for t in x]
            n = len(x)
            ids[r, 0] = CLS
            ids[r, 1:n + 1] = torch.tensor(x, dtype=torch.long)
            ids[r, n + 1] = SEP
            lab[r, 1:n + 1] = torch.tensor(examples[j]["labels"], dtype=torch.long)
            am[r, :n + 2] = 1
        yield g, ids, am, torch.zeros_like(ids), lab


# --------------------------------------------------------------------------
# evaluation
# --------------------------------------------------------------------------

NUMERAL_CHARS = set("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿半")


def has_numeral(text):
    """Post-filter recommended to the runtime: a span without any digit or numeral is dropped."""
    return any(c in NUMERAL_CHARS for c in text)


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": np_, "gold": ng}


@torch.no_grad()
def evaluate(model, examples, batch_size=64):
    model.eval()
    ctp = cpred = cgold = 0
    stp = etp = npred = ngold = 0
    ftp = fpred = 0
    per = {t: [0, 0, 0] for t in TYPES}
    errors = []
    for g, ids, am, tt, lab in batches(examples, batch_size, None, shuffle=False):
        pred = model(ids, am, tt).argmax(-1)
        for r, j in enumerate(g):
            ex = examples[j]
            n = len(ex["ids"])
            p = pred[r, 1:n + 1].tolist()
            gl = ex["labels"]
            # character level: a character counts when its full label (B/I + type) is right
            optchars = set()
            for s, e in ex["optional"]:
                optchars.update(range(s, e))
            for i in range(n):
                if i in optchars:
                    continue
                if p[i] != 0:
                    cpred += 1
                if gl[i] != 0:
                    cgold += 1
                if p[i] != 0 and p[i] == gl[i]:
                    ctp += 1
            # span level; predicted spans overlapping an optional gold span are ignored
            spans = [sp for sp in trim_spans(decode_spans(p), ex["text"])
                     if not any(sp[0] < oe and os_ < sp[1] for os_, oe in ex["optional"])]
            gold = set(ex["gold"])
            gold_pos = {(s, e) for s, e, _ in gold}
            npred += len(spans)
            ngold += len(gold)
            for t in TYPES:
                per[t][1] += sum(1 for sp in spans if sp[2] == t)
                per[t][2] += sum(1 for sp in gold if sp[2] == t)
            for sp in spans:
                if sp in gold:
                    stp += 1
                    per[sp[2]][0] += 1
                if (sp[0], sp[1]) in gold_pos:
                    etp += 1
            kept = [sp for sp in spans if has_numeral(ex["text"][sp[0]:sp[1]])]
            fpred += len(kept)
            ftp += sum(1 for sp in kept if sp in gold)
            for sp in set(spans) ^ gold:
                kind = "FP" if sp in spans else "FN"
                errors.append({"kind": kind, "type": sp[2], "text": ex["text"][sp[0]:sp[1]],
                               "context": ex["text"][max(0, sp[0] - 12):sp[1] + 8]})
    model.train()
    return {
        "char": prf(ctp, cpred, cgold),
        "strict": prf(stp, npred, ngold),
        "exact_span": prf(etp, npred, ngold),
        "strict_numeral_filter": prf(ftp, fpred, ngold),
        "per_type_strict": {t: prf(*v) for t, v in per.items() if v[1] or v[2]},
    }, errors


# --------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------

def export(model, vocab_list, out, hp):
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    model.eval()
    ids = torch.tensor([[CLS, 10, 11, 12, 13, SEP]], dtype=torch.long)
    am = torch.ones_like(ids)
    tt = torch.zeros_like(ids)
    path = os.path.join(out, "onnx", "model.onnx")
    torch.onnx.export(
        model, (ids, am, tt), path,
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch_size", 1: "sequence_length"},
                      "attention_mask": {0: "batch_size", 1: "sequence_length"},
                      "token_type_ids": {0: "batch_size", 1: "sequence_length"},
                      "logits": {0: "batch_size", 1: "sequence_length"}},
        opset_version=14, do_constant_folding=True)
    import onnx
    m = onnx.load(path)
    onnx.checker.check_model(m)
    names = [i.name for i in m.graph.input]
    assert names == ["input_ids", "attention_mask", "token_type_ids"], names
    assert [o.name for o in m.graph.output] == ["logits"]

    id2label = {str(i): l for i, l in enumerate(LABELS)}
    config = {
        "model_type": "bert",
        "architectures": ["BertForTokenClassification"],
        "vocab_size": len(vocab_list),
        "hidden_size": hp["hidden"],
        "num_hidden_layers": hp["layers"],
        "num_attention_heads": hp["heads"],
        "intermediate_size": hp["intermediate"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": hp["dropout"],
        "attention_probs_dropout_prob": hp["attention_dropout"],
        "max_position_embeddings": MAX_POS,
        "type_vocab_size": 2,
        "initializer_range": 0.02,
        "layer_norm_eps": 1e-12,
        "pad_token_id": PAD,
        "position_embedding_type": "absolute",
        "id2label": id2label,
        "label2id": {l: i for i, l in enumerate(LABELS)},
        "zhnum_tokenization": ("one token per code point; '\\n' and '\\r' -> [NL]; other whitespace -> [SP]; "
                               "else NFKC(char) if that is one character, else the char; unknown -> [UNK]; "
                               "[CLS] + chars + [SEP], at most 256 positions"),
    }
    with open(os.path.join(out, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
    write_tokenizer(vocab_list, out)
    return path


def write_tokenizer(vocab_list, out):
    vocab = {t: i for i, t in enumerate(vocab_list)}
    tokenizer = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for i, t in enumerate(SPECIALS)],
        # whitespace -> [NL] / [SP] first (one token per code point), then NFKC; the pre-tokenizer
        # isolates every character (and the [NL]/[SP] markers).
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "Replace", "pattern": {"Regex": "[\\r\\n]"}, "content": "[NL]"},
            {"type": "Replace", "pattern": {"Regex": "\\s"}, "content": "[SP]"},
            {"type": "NFKC"}]},
        "pre_tokenizer": {"type": "Split", "pattern": {"Regex": "\\[NL\\]|\\[SP\\]|."}, "behavior": "Isolated",
                          "invert": False},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [vocab[t]], "tokens": [t]} for t in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": False},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }
    with open(os.path.join(out, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer, f, ensure_ascii=False)
    tok_config = {
        "tokenizer_class": "BertTokenizer",
        "model_max_length": MAX_POS,
        "do_lower_case": False,
        "tokenize_chinese_chars": True,
        "strip_accents": None,
        "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]", "mask_token": "[MASK]",
        "clean_up_tokenization_spaces": False,
    }
    with open(os.path.join(out, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(tok_config, f, ensure_ascii=False, indent=2)
    with open(os.path.join(out, "special_tokens_map.json"), "w", encoding="utf-8") as f:
        json.dump({"cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]",
                   "mask_token": "[MASK]"}, f, indent=2)
    with open(os.path.join(out, "vocab.txt"), "w", encoding="utf-8") as f:
        for t in vocab_list:
            f.write(t + "\n")


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--data", action="append", help="dataset folder (dataset.json with splits); repeat for several "
                    "(default: datasets/seeds and datasets/reports)")
    ap.add_argument("--split", default="train", help="the only split trained on (default train)")
    ap.add_argument("--out", default=os.path.join(here, "..", "models", "zhnum-tagger"))
    ap.add_argument("--build", default=os.environ.get("ZHNUM_BUILD", "/tmp/zhnum-tagger-build"), help="scratch folder")
    ap.add_argument("--synth-file", help="synthetic JSONL from synth.py (else generated here from --synthetic)")
    ap.add_argument("--synthetic", type=int, default=160000, help="synthetic sentences to generate if no --synth-file")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--epochs", type=int, default=22)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--weight-decay", type=float, default=0.01)
    ap.add_argument("--warmup", type=float, default=0.05, help="warm-up fraction of all steps")
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--intermediate", type=int, default=512)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--attention-dropout", type=float, default=0.0)
    ap.add_argument("--pos-init", default="sin", choices=["sin", "normal"], help="initial position embeddings")
    ap.add_argument("--pos-scale", type=float, default=0.02 * 2 ** 0.5, help="scale of the sinusoidal start")
    ap.add_argument("--vocab-cap", type=int, default=6000)
    ap.add_argument("--holdout", type=float, default=0.1, help="fraction of real train windows held out")
    ap.add_argument("--real-passes", type=int, default=2, help="differently cut copies of the real windows per epoch")
    ap.add_argument("--synth-per-epoch", type=int, default=1700, help="synthetic windows per epoch, taken in turn (0: all / epochs)")
    ap.add_argument("--unk-p", type=float, default=0.02, help="chance a CJK character becomes [UNK] in training")
    ap.add_argument("--min-len", type=int, default=48)
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (1: on a shared 2-core machine 2 threads ran 6x slower per step)")
    ap.add_argument("--average-last", type=int, default=0,
                    help="also average the weights of the last K epochs (0: off); the held-out slice of train chooses "
                         "between the average and the best single epoch")
    ap.add_argument("--augment-real", type=float, default=0.0,
                    help="chance that a real training window is replaced by a damaged copy (digit width, wraps, PDF "
                         "spacing; labels carried over); 0: off, the run is then identical to one without the option")
    ap.add_argument("--max-minutes", type=float, default=0, help="stop starting new epochs after this (0: no limit)")
    args = ap.parse_args()
    if not args.data:
        args.data = [os.path.join(here, "..", "datasets", d) for d in ("seeds", "reports")]

    t0 = time.time()
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    os.makedirs(args.build, exist_ok=True)

    # ---- real data: the train split only, of every dataset ----
    assert args.split == "train", "train only on the train split"
    units, unit_ds = [], []
    for d in args.data:
        name = os.path.basename(os.path.normpath(d))
        for u in load_split(d, args.split):
            units.append(u)
            unit_ds.append(name)
    datasets = sorted(set(unit_ds), key=unit_ds.index)
    base = []  # (unit index, start, end): deterministic windows of up to 254 chars
    for ui, u in enumerate(units):
        for s, e in cut_windows(u["text"], u["mentions"], 0, len(u["text"]), lambda: MAX_CHARS):
            base.append((ui, s, e))
    # the same share of each dataset's windows is held out, drawn with the seed
    hrng = random.Random(args.seed + 1)
    hold_idx = set()
    for name in datasets:
        idx = [k for k, (ui, _, _) in enumerate(base) if unit_ds[ui] == name]
        hold_idx.update(hrng.sample(idx, max(1, int(round(len(idx) * args.holdout)))))
    # contiguous runs of non-held-out text, re-cut every epoch
    runs = []
    for k, (ui, s, e) in enumerate(base):
        if k in hold_idx:
            continue
        if runs and runs[-1][0] == ui and runs[-1][2] == s:
            runs[-1][2] = e
        else:
            runs.append([ui, s, e])
    n_real_chars = sum(e - s for _, s, e in runs)
    n_real_ments = sum(1 for ui, s, e in runs for m in units[ui]["mentions"] if m["start"] >= s and m["end"] <= e)

    # ---- synthetic data ----
    synth_meta = {"sentences": args.synthetic, "seed": args.seed, "generated_by": "train.py"}
    if args.synth_file:
        with open(args.synth_file, encoding="utf-8") as f:
            synth_docs = [json.loads(l) for l in f if l.strip()]
        meta_path = args.synth_file + ".meta.json"
        synth_meta = {"generated_by": "synth.py"}
        if os.path.exists(meta_path):
            with open(meta_path, encoding="utf-8") as f:
                synth_meta.update(json.load(f))
    else:
        from synth import Synth
        g = Synth(args.seed)
        synth_docs, left = [], args.synthetic
        while left > 0:
            k = min(left, g.r.randint(15, 40))
            left -= k
            text, ments = g.render_doc(k)
            synth_docs.append({"text": text, "mentions": ments})

    # ---- vocabulary: chars of the non-held-out train text + synthetic + fixed sets ----
    freq = {}
    def count(text):
        for c in text:
            t = char_token(c)
            freq[t] = freq.get(t, 0) + 1
    for ui, s, e in runs:
        count(units[ui]["text"][s:e])
    for d in synth_docs:
        count(d["text"])
    fixed = [chr(c) for c in range(0x21, 0x7F)] + [char_token(c) for c in EXTRA_CHARS]
    for t in fixed:
        freq[t] = freq.get(t, 0) + 10 ** 9  # always kept
    cands = [t for t in sorted(freq, key=lambda t: (-freq[t], t)) if t not in SPECIALS]
    vocab_list = SPECIALS + cands[:args.vocab_cap - len(SPECIALS)]
    vocab = {t: i for i, t in enumerate(vocab_list)}
    unk_ok = [False] * len(vocab_list)
    for t, i in vocab.items():
        if len(t) == 1 and "\u4e00" <= t <= "\u9fff" and t not in NUMERALS and t not in EXTRA_CHARS:
            unk_ok[i] = True

    # ---- held-out examples (fixed) ----
    holdout = [dict(make_example(units[ui]["text"], units[ui]["mentions"], s, e, vocab), dataset=unit_ds[ui], unit=units[ui]["id"])
               for k, (ui, s, e) in enumerate(base) if k in hold_idx]
    with open(os.path.join(args.build, "holdout.jsonl"), "w", encoding="utf-8") as f:
        for x in holdout:  # for the Node check (fp32 and int8 on the same windows)
            f.write(json.dumps({"dataset": x["dataset"], "text": x["text"], "gold": x["gold"], "optional": x["optional"]},
                               ensure_ascii=False) + "\n")
    n_hold_ments = sum(len(x["gold"]) for x in holdout)
    # a small synthetic validation set (not used for selection; reported for information)
    synth_val_docs = synth_docs[:max(1, len(synth_docs) // 50)]
    synth_train_docs = synth_docs[len(synth_val_docs):]
    synth_val = []
    for d in synth_val_docs:
        for s, e in cut_windows(d["text"], d["mentions"], 0, len(d["text"]), lambda: MAX_CHARS):
            synth_val.append(make_example(d["text"], d["mentions"], s, e, vocab))

    def rand_len():
        return MAX_CHARS if rng.random() < 0.4 else rng.randint(args.min_len, MAX_CHARS)

    # its own generator: with --augment-real 0 the main one draws exactly as before
    arng = random.Random(args.seed + 7)

    def real_epoch():
        out = []
        for _ in range(args.real_passes):
            for ui, s, e in runs:
                u = units[ui]
                for ws, we in cut_windows(u["text"], u["mentions"], s, e, rand_len):
                    if args.augment_real and arng.random() < args.augment_real:
                        ms = [dict(m, start=m["start"] - ws, end=m["end"] - ws) for m in u["mentions"]
                              if m["start"] >= ws and m["end"] <= we]
                        t, ms = augment_window(u["text"][ws:we], ms, arng)
                        for a, b in cut_windows(t, ms, 0, len(t), lambda: MAX_CHARS):
                            out.append(make_example(t, ms, a, b, vocab))
                    else:
                        out.append(make_example(u["text"], u["mentions"], ws, we, vocab))
        return out

    synth_windows = []
    for d in synth_train_docs:
        start = rng.randint(0, 30)
        # start inside the document (never splitting a mention)
        while any(m["start"] < start < m["end"] for m in d["mentions"]):
            start += 1
        for s, e in cut_windows(d["text"], d["mentions"], start, len(d["text"]), rand_len):
            synth_windows.append((d, s, e))
    rng.shuffle(synth_windows)
    per_epoch = args.synth_per_epoch or max(1, len(synth_windows) // args.epochs)

    model = BertTagger(len(vocab_list), len(LABELS), hidden=args.hidden, layers=args.layers, heads=args.heads,
                       inter=args.intermediate, max_pos=MAX_POS, dropout=args.dropout, attn_dropout=args.attention_dropout,
                       pos_init=args.pos_init, pos_scale=args.pos_scale)
    n_params = sum(p.numel() for p in model.parameters())
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if (n.endswith("bias") or "norm" in n or "emb." in n) else decay).append(p)
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": args.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=args.lr)
    est_real = len(real_epoch())
    steps_per_epoch = (est_real + per_epoch + args.batch_size - 1) // args.batch_size
    total_steps = steps_per_epoch * args.epochs
    warm = max(1, int(total_steps * args.warmup))

    def lr_at(step):
        if step < warm:
            return args.lr * (step + 1) / warm
        return args.lr * max(0.0, (total_steps - step) / max(1, total_steps - warm))

    print(f"real train: {len(units)} units, {len(base)} windows, {len(hold_idx)} held out ({n_hold_ments} mentions); "
          f"{n_real_chars} chars / {n_real_ments} mentions for training")
    print(f"synthetic: {len(synth_docs)} documents, {len(synth_windows)} training windows, {per_epoch} per epoch; "
          f"{len(synth_val)} synthetic validation windows")
    print(f"vocab {len(vocab_list)}, parameters {n_params}, ~{steps_per_epoch} steps/epoch, {total_steps} steps")

    log = []
    best = (-1.0, None, None)
    avg_sum, avg_epochs = None, []
    step = 0
    stopped_early = False
    train_start = time.time()
    train_cpu_start = time.process_time()
    for epoch in range(1, args.epochs + 1):
        if args.max_minutes and (time.time() - train_start) / 60 > args.max_minutes:
            stopped_early = True
            break
        te = time.time()
        exs = real_epoch()
        chunk = [synth_windows[(k + (epoch - 1) * per_epoch) % len(synth_windows)] for k in range(per_epoch)]
        exs += [make_example(d["text"], d["mentions"], s, e, vocab) for d, s, e in chunk]
        tot, cnt = 0.0, 0
        for g, ids, am, tt, lab in batches(exs, args.batch_size, rng, unk_p=args.unk_p, unk_ok=unk_ok):
            for pg in opt.param_groups:
                pg["lr"] = lr_at(step)
            logits = model(ids, am, tt)
            loss = F.cross_entropy(logits.view(-1, len(LABELS)), lab.view(-1), ignore_index=IGNORE)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            tot += loss.item()
            cnt += 1
            if step % 50 == 0:
                print(f"  epoch {epoch} step {step} loss {tot / cnt:.4f} lr {lr_at(step):.2e} ({time.time() - t0:.0f}s)", flush=True)
        hv, _ = evaluate(model, holdout)
        sv, _ = evaluate(model, synth_val)
        entry = {"epoch": epoch, "train_loss": round(tot / max(1, cnt), 4), "windows": len(exs), "steps": step,
                 "holdout_strict_f1": hv["strict"]["f1"], "holdout_char_f1": hv["char"]["f1"],
                 **{f"holdout_{name}_strict_f1": evaluate(model, [x for x in holdout if x["dataset"] == name])[0]["strict"]["f1"]
                    for name in datasets},
                 "synth_val_strict_f1": sv["strict"]["f1"], "seconds": round(time.time() - te, 1)}
        log.append(entry)
        print(json.dumps(entry), flush=True)
        if hv["strict"]["f1"] > best[0]:
            best = (hv["strict"]["f1"], epoch, {k: v.clone() for k, v in model.state_dict().items()})
        if args.average_last and epoch > args.epochs - args.average_last:
            sd = model.state_dict()
            if avg_sum is None:
                avg_sum = {k: v.detach().clone().double() if v.is_floating_point() else v.clone() for k, v in sd.items()}
            else:
                for k, v in sd.items():
                    if v.is_floating_point():
                        avg_sum[k] += v.double()
            avg_epochs.append(epoch)
    train_seconds = time.time() - train_start
    train_cpu_seconds = time.process_time() - train_cpu_start

    # The average of the last epochs' weights (a flat end of the schedule) against
    # the best single epoch: one choice, made on the held-out slice of train.
    averaged = None
    if avg_sum is not None:
        avg_n = len(avg_epochs)
        avg_state = {k: (v / avg_n).to(best[2][k].dtype) if v.is_floating_point() else v for k, v in avg_sum.items()}
        model.load_state_dict(avg_state)
        av, _ = evaluate(model, holdout)
        averaged = {"epochs": avg_n, "holdout_strict_f1": av["strict"]["f1"], "best_epoch_holdout_strict_f1": best[0],
                    "chosen": av["strict"]["f1"] >= best[0]}
        print("average of the last", avg_n, "epochs: holdout strict F1", av["strict"]["f1"], "against best epoch", best[1], best[0],
              "->", "average" if averaged["chosen"] else "best epoch", flush=True)
        if averaged["chosen"]:
            best = (av["strict"]["f1"], f"average of epochs {avg_epochs[0]}-{avg_epochs[-1]}", avg_state)

    model.load_state_dict(best[2])
    torch.save({"state_dict": best[2], "vocab": vocab_list, "args": vars(args)}, os.path.join(args.build, "model.pt"))
    hv, errors = evaluate(model, holdout)
    hv["by_dataset"] = {name: {k: v for k, v in evaluate(model, [x for x in holdout if x["dataset"] == name])[0].items()
                               if k in ("strict", "exact_span", "char")} for name in datasets}
    sv, _ = evaluate(model, synth_val)
    print("best epoch", best[1], "holdout:", json.dumps({k: hv[k] for k in ("char", "strict", "exact_span", "strict_numeral_filter")}))
    for t, v in hv["per_type_strict"].items():
        print(f"  {t:14s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} (gold {v['gold']})")
    with open(os.path.join(args.build, "holdout_errors.jsonl"), "w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")

    hp = {"hidden": args.hidden, "layers": args.layers, "heads": args.heads, "intermediate": args.intermediate,
          "dropout": args.dropout, "attention_dropout": args.attention_dropout}
    onnx_path = export(model, vocab_list, args.out, hp)
    from quantize import quantize
    import onnx
    qm = onnx.load(onnx_path)
    n_q = quantize(qm)
    q_path = os.path.join(args.out, "onnx", "model_quantized.onnx")
    onnx.save(qm, q_path)
    print(f"int8: {n_q} MatMuls quantized -> {q_path} ({os.path.getsize(q_path) / 2**20:.2f} MiB)")

    # reference logits for the Node check
    sample = "2023年全市法院共受理各类案件 46987件，同比上升 7.39%。一、进一步推进一体化建设"
    ids = [CLS] + encode_chars(sample, vocab) + [SEP]
    with torch.no_grad():
        x = torch.tensor([ids])
        ref = model(x, torch.ones_like(x), torch.zeros_like(x))[0]
    with open(os.path.join(args.build, "reference.json"), "w", encoding="utf-8") as f:
        json.dump({"text": sample, "input_ids": ids, "labels": [LABELS[i] for i in ref.argmax(-1).tolist()],
                   "logits": [[round(v, 5) for v in row] for row in ref.tolist()]}, f, ensure_ascii=False)

    info = {
        "model": "zhnum-tagger",
        "task": "character-level BIO tagging of numeric mentions (docs/task.md types)",
        "data": {
            "datasets": [os.path.relpath(os.path.abspath(d), os.path.join(here, "..")) for d in args.data],
            "split": args.split,
            "units": [f"{unit_ds[i]}:{u['id']}" for i, u in enumerate(units)],
            "holdout_windows_by_dataset": {name: sum(1 for x in holdout if x["dataset"] == name) for name in datasets},
            "holdout_mentions_by_dataset": {name: sum(len(x["gold"]) for x in holdout if x["dataset"] == name) for name in datasets},
            "real_windows": len(base), "holdout_windows": len(hold_idx), "holdout_mentions_scored": n_hold_ments,
            "real_training_chars": n_real_chars, "real_training_mentions": n_real_ments,
            "synthetic": synth_meta,
            "synthetic_documents": len(synth_docs), "synthetic_training_windows": len(synth_windows),
            "synthetic_windows_per_epoch": per_epoch,
            "real_passes_per_epoch": args.real_passes,
        },
        "hyperparameters": {k: v for k, v in vars(args).items()
                            if k not in ("data", "out", "build", "synth_file") and not (k == "synthetic" and args.synth_file)},
        "architecture": dict(hp, vocab_size=len(vocab_list), max_position_embeddings=MAX_POS, type_vocab_size=2,
                             num_labels=len(LABELS), parameters=n_params),
        "optimizer": {"name": "AdamW", "lr": args.lr, "weight_decay": args.weight_decay, "schedule": "linear warm-up then linear decay",
                      "warmup_steps": warm, "total_steps": total_steps, "grad_clip": 1.0, "loss": "cross-entropy, CLS/SEP/PAD ignored"},
        "seed": args.seed,
        "epochs_run": len(log), "steps_run": step, "best_epoch": best[1], "stopped_by_time_limit": stopped_early,
        "weight_average": averaged,
        "log": log,
        "holdout": hv,
        "synthetic_validation": {k: sv[k] for k in ("char", "strict", "exact_span")},
        "training_seconds": round(train_seconds, 1),
        "training_cpu_seconds": round(train_cpu_seconds, 1),
        "total_seconds_before_export": round(time.time() - t0, 1),
        "environment": {"python": platform.python_version(), "torch": torch.__version__, "threads": args.threads,
                        "machine": platform.machine(), "cpus": os.cpu_count()},
        "onnx": {"file": "onnx/model.onnx", "opset": 14, "bytes": os.path.getsize(onnx_path),
                 "int8_file": "onnx/model_quantized.onnx", "int8_bytes": os.path.getsize(q_path), "int8_matmuls": n_q},
    }
    with open(os.path.join(args.out, "training.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, ensure_ascii=False, indent=2)
    print(f"done: training {train_seconds / 60:.1f} min, model {os.path.getsize(onnx_path) / 2**20:.2f} MiB -> {args.out}")


if __name__ == "__main__":
    main()
