#!/usr/bin/env python3
"""A zhnum extractor in Python, standard library only: the `cmd:` protocol.

Run it through the harness:

    zhnum run --extractors "cmd:python3 examples/cmd_extractor.py" --dataset seeds
    zhnum extract --extractor "cmd:python3 examples/cmd_extractor.py" report.txt

The protocol (docs/protocol.md): one JSON object a line on stdin,
{"id": ..., "text": ...}; one answer a line on stdout, in the same order,
{"id": ..., "mentions": [...]} or {"id": ..., "error": "..."}. Offsets are
code points, which is what Python's str indexes. Logs go to stderr.

This toy finds Arabic-numeral percentages and counts of cases and people. It
is an example of the protocol, not a serious extractor.
"""
import json
import re
import sys

PATTERNS = [
    # 12.5%  → PERCENT, value 12.5, unit "%"
    (re.compile(r"(\d+(?:\.\d+)?)\s*[%％]"), "PERCENT", "%"),
    # 46987件 / 9人 → COUNT with its classifier as the unit
    (re.compile(r"(\d+)\s*(件|人)"), "COUNT", None),
]


def extract(text):
    mentions = []
    taken = []
    for pattern, mtype, unit in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(start < e and s < end for s, e in taken):
                continue  # mentions must not overlap
            # a number glued to more digits or a decimal point belongs to something else
            if start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
                continue
            taken.append((start, end))
            mentions.append({
                "start": start,
                "end": end,
                "text": text[start:end],
                "type": mtype,
                "value": float(m.group(1)) if "." in m.group(1) else int(m.group(1)),
                "unit": unit if unit is not None else m.group(2),
                "qualifier": "exact",
            })
    mentions.sort(key=lambda x: x["start"])
    return mentions


def main():
    # the harness writes and reads UTF-8, whatever the locale says
    sys.stdin.reconfigure(encoding="utf-8")
    sys.stdout.reconfigure(encoding="utf-8")
    first = True
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            answer = {"id": request["id"], "mentions": extract(request["text"])}
        except Exception as e:  # one bad document is reported, the next goes on
            answer = {"id": request["id"], "error": f"{type(e).__name__}: {e}"}
        if first:
            # optional, on the first answer only: how results tables name this extractor
            answer.update(name="py-regex", version="0.1.0", description="example: regexes for % and 件/人 counts")
            first = False
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
