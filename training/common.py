"""Shared definitions for the zhnum-tagger training pipeline.

Tokenization contract (mirrored by the TypeScript runtime):
one token per Unicode code point; a character c becomes
  "[NL]"  if c is "\\n" or "\\r",
  "[SP]"  if c is any other whitespace character (the JavaScript /\\s/ set),
  NFKC(c) if that is a single character, otherwise c itself;
and a token not in the vocabulary becomes "[UNK]".
Sequence = [CLS] + tokens + [SEP], at most 256 positions.
"""
import json
import os
import unicodedata

TYPES = ["COUNT", "MONEY", "PERCENT", "PERCENT_POINT", "RATIO", "DATE",
         "DURATION", "ORDINAL", "QUANTITY", "NUMBER"]
LABELS = ["O"] + [f"{p}-{t}" for t in TYPES for p in ("B", "I")]
LABEL2ID = {l: i for i, l in enumerate(LABELS)}
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[SP]", "[NL]"]
PAD, UNK, CLS, SEP, MASK, SPT, NLT = range(7)
MAX_POS = 256
MAX_CHARS = MAX_POS - 2
IGNORE = -100

# The JavaScript /\s/ class (ECMAScript WhiteSpace + LineTerminator).
JS_WHITESPACE = set("\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"
                    + "".join(chr(c) for c in range(0x2000, 0x200B)))


def char_token(c):
    """Vocabulary token string for one code point (see module docstring)."""
    if c == "\n" or c == "\r":
        return "[NL]"
    if c in JS_WHITESPACE:
        return "[SP]"
    n = unicodedata.normalize("NFKC", c)
    if len(n) == 1:
        if n in JS_WHITESPACE:
            return "[SP]"
        return n
    return c


def encode_chars(text, vocab):
    """Ids for the characters of text (no CLS/SEP)."""
    return [vocab.get(char_token(c), UNK) for c in text]


def bio_labels(n, mentions, offset=0):
    """Label ids for n characters starting at offset; mentions hold start/end/type
    in the same coordinates as offset (code points)."""
    labels = [LABEL2ID["O"]] * n
    for m in mentions:
        s, e = m["start"] - offset, m["end"] - offset
        if s < 0 or e > n:
            continue
        labels[s] = LABEL2ID["B-" + m["type"]]
        for i in range(s + 1, e):
            labels[i] = LABEL2ID["I-" + m["type"]]
    return labels


def decode_spans(label_ids):
    """BIO decoding used for evaluation (and documented for the runtime):
    a span starts at B-X, or at I-X not continuing a span of type X;
    it continues over I-X. Returns [(start, end, type)]."""
    spans = []
    cur = None
    for i, lid in enumerate(label_ids):
        lab = LABELS[lid]
        if lab == "O":
            if cur:
                spans.append(tuple(cur)); cur = None
            continue
        p, t = lab.split("-", 1)
        if p == "I" and cur and cur[2] == t:
            cur[1] = i + 1
        else:
            if cur:
                spans.append(tuple(cur))
            cur = [i, i + 1, t]
    if cur:
        spans.append(tuple(cur))
    return spans


def trim_spans(spans, text):
    """(start, end, type) spans without the whitespace at their edges, which is never part of a mention (spec 3); empty spans dropped. Used for predicted and for synthetic spans."""
    out = []
    for s, e, t in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e, t))
    return out


def load_split(dataset_dir, split):
    """Returns a list of dicts {id, text, mentions} for the units of a split.
    Mentions are re-based to the unit text (code-point offsets)."""
    with open(os.path.join(dataset_dir, "dataset.json"), encoding="utf-8") as f:
        meta = json.load(f)
    docs_dir = os.path.normpath(os.path.join(dataset_dir, meta.get("docsDir", "docs")))
    units = {u["id"]: u for u in meta.get("units", [])}
    ids = meta["splits"][split]
    cache = {}
    out = []
    for uid in ids:
        if uid in units:
            u = units[uid]
            doc, start, end = u["doc"], u["start"], u["end"]
        else:
            doc, start, end = uid, None, None
        if doc not in cache:
            with open(os.path.join(docs_dir, doc + ".txt"), encoding="utf-8", newline="") as f:
                text = f.read()
            ments = []
            with open(os.path.join(dataset_dir, "annotations", doc + ".jsonl"), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        ments.append(json.loads(line))
            for m in ments:
                assert text[m["start"]:m["end"]] == m["text"], (doc, m)
            cache[doc] = (text, ments)
        text, ments = cache[doc]
        if start is None:
            start, end = 0, len(text)
        sub = [dict(m, start=m["start"] - start, end=m["end"] - start)
               for m in ments if m["start"] >= start and m["end"] <= end]
        out.append({"id": uid, "text": text[start:end], "mentions": sub})
    return out
