#!/usr/bin/env python3
"""Validates archive-x: JSON/key order, exact substrings, article files, slice and exclusion rules,
counts and proportions. Exits non-zero on any failure."""
import json, sys, re
CORP = "/work/shared/corpora/"
SRCS = ("reuters21578", "bbc", "agnews")
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = {"who", "when", "how_much", "how_many", "where"}
N_TOTAL = 110
errs = []
def err(m): errs.append(m)

arch, line_no, raw = {}, {}, {}
for s in SRCS:
    for i, l in enumerate(open(CORP + s + ".jsonl", encoding="utf-8")):
        r = json.loads(l); arch[(s, r["id"])] = r; line_no[(s, r["id"])] = i; raw[(s, r["id"])] = l.rstrip("\n")
used = set()
for l in open("/work/gold/used_articles.tsv", encoding="utf-8"):
    p = l.rstrip("\n").split("\t")
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {arch[k]["text"] for k in used if k in arch}

# articles.jsonl
arts = {}
for n, l in enumerate(open("articles.jsonl", encoding="utf-8"), 1):
    try: r = json.loads(l)
    except Exception as e: err(f"articles.jsonl line {n}: bad JSON {e}"); continue
    k = (r.get("source"), r.get("id"))
    if k not in arch: err(f"articles.jsonl line {n}: {k} not in archive"); continue
    if l.rstrip("\n") != raw[k] and r != arch[k]: err(f"articles.jsonl line {n}: {k} not verbatim")
    if list(r.keys()) != ["id", "title", "date", "source", "text"]: err(f"articles.jsonl line {n}: key order")
    if line_no[k] % 3 != 1: err(f"articles.jsonl: {k} outside slice (line {line_no[k]} % 3 != 1)")
    if k in used: err(f"articles.jsonl: {k} is in used_articles.tsv")
    if r["text"] in used_texts: err(f"articles.jsonl: {k} text identical to a used article")
    if k in arts: err(f"articles.jsonl: duplicate {k}")
    arts[k] = r

# gold.jsonl
gold, ids, docs_ref = [], set(), set()
for n, l in enumerate(open("gold.jsonl", encoding="utf-8"), 1):
    try: g = json.loads(l)
    except Exception as e: err(f"gold line {n}: bad JSON {e}"); continue
    gold.append(g)
    if list(g.keys()) != KEYS: err(f"gold line {n}: keys {list(g.keys())}")
    if g["id"] != "ax-%03d" % n: err(f"gold line {n}: id {g['id']}")
    if g["id"] in ids: err(f"duplicate id {g['id']}")
    ids.add(g["id"])
    if g["type"] not in TYPES: err(f"{g['id']}: bad type")
    if not isinstance(g["answers"], list): err(f"{g['id']}: answers not list"); continue
    if g["answers"]:
        k = (g["source"], g["doc"])
        if k not in arts: err(f"{g['id']}: doc {k} not in articles.jsonl"); continue
        docs_ref.add(k)
        t = arch[k]["text"]
        ev = g["evidence"]
        if not ev or ev not in t: err(f"{g['id']}: evidence not a substring of {k}")
        elif g["answers"][0] not in ev: err(f"{g['id']}: first answer not in evidence")
        alltexts = [t]
        if not isinstance(g["also"], list): err(f"{g['id']}: also not list")
        for a in g["also"]:
            if list(a.keys()) != ["source", "doc", "evidence"]: err(f"{g['id']}: also keys")
            k2 = (a["source"], a["doc"])
            if k2 not in arch: err(f"{g['id']}: also {k2} not in archive"); continue
            if k2 == k: err(f"{g['id']}: also repeats doc")
            t2 = arch[k2]["text"]
            if a["evidence"] not in t2: err(f"{g['id']}: also evidence not in {k2}")
            elif not any(x in a["evidence"] for x in g["answers"]): err(f"{g['id']}: also evidence of {k2} has no answer")
            alltexts.append(t2)
        for x in g["answers"]:
            if not any(x in tt for tt in alltexts): err(f"{g['id']}: answer {x!r} not an exact substring of doc/also texts")
        nm = g["normalized"]
        if g["type"] in ("who", "where") and nm is not None: err(f"{g['id']}: normalized must be null")
        if g["type"] == "when":
            if g["source"] == "reuters21578":
                if not (isinstance(nm, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nm)): err(f"{g['id']}: bad when normalized {nm}")
            elif nm is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nm): err(f"{g['id']}: bad when normalized {nm}")
            elif nm is not None and nm[:4] not in g["evidence"]: err(f"{g['id']}: undated source but year not explicit")
        if g["type"] == "how_much" and nm is not None:
            ok = (set(nm) == {"amount", "currency"} and isinstance(nm["amount"], float)) or (set(nm) == {"percent"} and isinstance(nm["percent"], float))
            if not ok: err(f"{g['id']}: bad how_much normalized {nm}")
        if g["type"] == "how_many" and nm is not None:
            if set(nm) != {"count"} or not isinstance(nm["count"], (int, float)): err(f"{g['id']}: bad how_many normalized {nm}")
    else:
        if any(g[x] is not None for x in ("doc", "source", "evidence", "normalized")) or g["also"] != []:
            err(f"{g['id']}: unanswerable must have null doc/source/evidence/normalized and empty also")

# near-miss articles: every article in articles.jsonl must be a doc of some answerable question
# or listed (in README/build) as a near-miss article; here we require each to be referenced by a doc
# or to be named in ABSENT_CHECKED.
absent = open("ABSENT_CHECKED", encoding="utf-8").read()
for k in arts:
    if k not in docs_ref and f"{k[0]}:{k[1]}" not in absent: err(f"articles.jsonl: {k} unused")
una = [g for g in gold if not g["answers"]]
for g in una:
    if not re.search(r"^" + g["id"] + r"\t", absent, re.M): err(f"{g['id']}: missing from ABSENT_CHECKED")

# counts and proportions
N = len(gold)
if N != N_TOTAL: err(f"total {N} != {N_TOTAL}")
if len(una) / N < 0.27: err(f"unanswerable share {len(una)/N:.3f} < 0.27")
short = sum(1 for g in gold if len(g["question"].split()) < 10)
if short / N < 0.36: err(f"short share {short/N:.3f} < 0.36")
tab = {}
for g in gold:
    a = tab.setdefault(g["type"], [0, 0]); a[0 if g["answers"] else 1] += 1
for t in TYPES:
    tot = sum(tab.get(t, [0, 0]))
    if tot / N < 0.15: err(f"type {t} share {tot/N:.3f} < 0.15")
src = {}
for k in arts: src[k[0]] = src.get(k[0], 0) + 1

print(f"questions: {N}; answerable {N-len(una)}, unanswerable {len(una)} ({len(una)/N:.1%}); short (<10 words) {short} ({short/N:.1%})")
for t in sorted(TYPES):
    a, u = tab.get(t, [0, 0]); print(f"  {t:9s} answerable {a:3d}  unanswerable {u:3d}  total {a+u:3d} ({(a+u)/N:.1%})")
print("articles:", len(arts), src, "; answerable with also:", sum(1 for g in gold if g["also"]))
if errs:
    print("FAILED:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
