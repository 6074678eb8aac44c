#!/usr/bin/env python3
"""Append draft questions (JSON lines on stdin, compact form) to draft.jsonl after checking spans.
Compact keys: t type, q question, a answers, d doc, s source, e evidence, n normalized, also [[src,doc,evidence],...], x absent-check note
"""
import json, sys
sys.path.insert(0, "/work/gold/archive-zb")
from tools import load
D = load()
ELIG = set(tuple(l.split("\t")[:2]) for l in open("/work/gold/archive-zb/candidates.tsv"))
out = open("/work/gold/archive-zb/draft.jsonl", "a", encoding="utf-8")
ok = True
for line in sys.stdin:
    line = line.strip()
    if not line: continue
    o = json.loads(line)
    errs = []
    if o.get("d"):
        txt = D[(o["s"], o["d"])]["text"]
        if (o["s"], o["d"]) not in ELIG: errs.append("doc not in slice/eligible")
        for a in o["a"]:
            found = a in txt or any(a in D[(s2, d2)]["text"] for s2, d2, e2 in o.get("also", []))
            if not found: errs.append("answer not found: " + a)
        if o["e"] not in txt: errs.append("evidence not in doc")
        if o["a"][0] not in o["e"]: errs.append("first answer not in evidence")
        for s2, d2, e2 in o.get("also", []):
            if e2 not in D[(s2, d2)]["text"]: errs.append(f"also evidence not in {s2}/{d2}")
            elif not any(a in e2 for a in o["a"]): errs.append(f"also evidence has no answer {d2}")
    if errs:
        ok = False; print("ERR", o["q"], errs)
    else:
        out.write(json.dumps(o, ensure_ascii=False) + "\n"); print("added:", o["q"][:60])
