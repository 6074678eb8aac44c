#!/usr/bin/env python3
"""Validate archive-zb: JSON + key order, exact spans, articles present & verbatim, slice/used rules, mix requirements."""
import json, sys, collections
CORP = "/work/shared/corpora/"
FILES = ["reuters21578", "bbc", "agnews"]
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = ["who", "when", "how_much", "how_many", "where"]
N = 110
err = []
raw, D, lineno = {}, {}, {}
for f in FILES:
    for i, line in enumerate(open(CORP + f + ".jsonl", encoding="utf-8")):
        r = json.loads(line); raw[(f, r["id"])] = line.rstrip("\n"); D[(f, r["id"])] = r; lineno[(f, r["id"])] = i
used = set()
for line in open("/work/gold/used_articles.tsv"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {D[k]["text"] for k in used if k in D}
arts = {}
for line in open("articles.jsonl", encoding="utf-8"):
    line = line.rstrip("\n"); r = json.loads(line); k = (r["source"], r["id"])
    if k in arts: err.append(f"duplicate article {k}")
    arts[k] = r
    if raw.get(k) != line: err.append(f"article not verbatim {k}")
    if k in used or r["text"] in used_texts: err.append(f"article used elsewhere {k}")
    if lineno[k] % 3 != 2: err.append(f"article outside slice {k}")
G = []
for n, line in enumerate(open("gold.jsonl", encoding="utf-8"), 1):
    try: o = json.loads(line)
    except Exception as e: err.append(f"line {n} bad JSON {e}"); continue
    G.append(o)
    if list(o.keys()) != KEYS: err.append(f"{n} key order {list(o.keys())}")
    if o["id"] != "azb-%03d" % n: err.append(f"{n} id {o['id']}")
    if o["type"] not in TYPES: err.append(f"{o['id']} type")
    if o["answers"]:
        k = (o["source"], o["doc"])
        if k not in arts: err.append(f"{o['id']} doc not in articles.jsonl")
        txt = D[k]["text"]
        if o["evidence"] not in txt: err.append(f"{o['id']} evidence not in doc")
        if o["answers"][0] not in o["evidence"]: err.append(f"{o['id']} first answer not in evidence")
        alltxt = [txt] + [D[(a["source"], a["doc"])]["text"] for a in o["also"] if (a["source"], a["doc"]) in D]
        for a in o["answers"]:
            if not any(a in t for t in alltxt): err.append(f"{o['id']} answer not found: {a}")
        for a in o["also"]:
            ka = (a["source"], a["doc"])
            if ka not in D: err.append(f"{o['id']} also not in archive {ka}"); continue
            if ka == k: err.append(f"{o['id']} also repeats doc")
            if a["evidence"] not in D[ka]["text"]: err.append(f"{o['id']} also evidence not in {ka}")
            if not any(x in a["evidence"] for x in o["answers"]): err.append(f"{o['id']} also evidence lacks an answer {ka}")
        nz = o["normalized"]
        if o["type"] in ("who", "where") and nz is not None: err.append(f"{o['id']} normalized should be null")
        if o["type"] == "how_many" and not (isinstance(nz, dict) and "count" in nz): err.append(f"{o['id']} how_many normalized")
        if o["type"] == "how_much" and not (isinstance(nz, dict) and ("percent" in nz or "amount" in nz)): err.append(f"{o['id']} how_much normalized")
        if o["type"] == "when" and o["source"] == "reuters21578" and not isinstance(nz, str): err.append(f"{o['id']} when normalized")
    else:
        if any(o[x] is not None for x in ("doc", "source", "evidence", "normalized")) or o["also"]:
            err.append(f"{o['id']} unanswerable must have null doc/source/evidence/normalized and empty also")
if len(G) != N: err.append(f"count {len(G)} != {N}")
absent_ids = [l.split("\t")[0] for l in open("ABSENT_CHECKED") if l.startswith("azb-")]
un = [o["id"] for o in G if not o["answers"]]
if sorted(absent_ids) != sorted(un): err.append("ABSENT_CHECKED ids differ from unanswerable ids")
c = collections.Counter(o["type"] for o in G)
ca = collections.Counter(o["type"] for o in G if o["answers"])
short = sum(len(o["question"].split()) < 10 for o in G)
print("total", len(G), "unanswerable", len(un), f"({len(un)/len(G):.1%})", "short", short, f"({short/len(G):.1%})")
for t in TYPES: print(f"  {t:9s} total {c[t]:3d} ({c[t]/len(G):.1%})  answerable {ca[t]:3d}  unanswerable {c[t]-ca[t]:3d}")
print("articles", len(arts), "docs of answerable", len({(o['source'], o['doc']) for o in G if o['answers']}))
if len(un) / len(G) < 0.27: err.append("too few unanswerable")
if short / len(G) < 0.36: err.append("too few short")
for t in TYPES:
    if c[t] / len(G) < 0.15: err.append(f"type {t} below 15%")
qs = [o["question"] for o in G]
if len(set(qs)) != len(qs): err.append("duplicate question text")
print("ERRORS:" if err else "OK: all checks passed")
for e in err: print("  ", e)
sys.exit(1 if err else 0)
