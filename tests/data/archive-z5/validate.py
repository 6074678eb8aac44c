#!/usr/bin/env python3
"""Validates gold.jsonl / articles.jsonl / ABSENT_CHECKED of the archive-z5 set against the brief."""
import json, re, sys

CORPORA = "/work/shared/corpora/"
FILES = ["reuters21578", "bbc", "agnews"]
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = ["who", "when", "how_much", "how_many", "where"]
N_QUESTIONS, PREFIX = 110, "az5-"
errors = []


def err(msg):
    errors.append(msg)


# archive
lines, recs, lineno = {}, {}, {}
for src in FILES:
    with open(CORPORA + src + ".jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            r = json.loads(line)
            lines[(src, r["id"])] = line.rstrip("\n")
            recs[(src, r["id"])] = r
            lineno[(src, r["id"])] = i
used = set()
with open("/work/gold/used_articles.tsv", encoding="utf-8") as f:
    for line in f:
        p = line.rstrip("\n").split("\t")
        if len(p) >= 2:
            used.add((p[0], p[1]))
used_texts = {recs[k]["text"] for k in used if k in recs}


def eligible(key):
    return key in recs and lineno[key] % 3 == 2 and key not in used and recs[key]["text"] not in used_texts


# articles.jsonl
art = {}
with open("articles.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"articles.jsonl line {n}: bad JSON {e}")
            continue
        key = (r.get("source"), r.get("id"))
        if key in art:
            err(f"articles.jsonl: duplicate {key}")
        if lines.get(key) != line:
            err(f"articles.jsonl: {key} not a verbatim copy of the archive line")
        if not eligible(key):
            err(f"articles.jsonl: {key} not in slice / used / duplicate text of a used article")
        art[key] = r

# gold.jsonl
gold = []
with open("gold.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            g = json.loads(line)
        except Exception as e:
            err(f"gold line {n}: bad JSON {e}")
            continue
        gold.append(g)
        if list(g.keys()) != KEYS:
            err(f"gold line {n}: keys {list(g.keys())}")
            continue
        qid = g["id"]
        if qid != "%s%03d" % (PREFIX, n):
            err(f"{qid}: id out of sequence (line {n})")
        if g["type"] not in TYPES:
            err(f"{qid}: bad type")
        if not isinstance(g["question"], str) or not g["question"].endswith("?"):
            err(f"{qid}: question")
        if g["answers"]:
            key = (g["source"], g["doc"])
            if key not in art:
                err(f"{qid}: doc {key} not in articles.jsonl")
                continue
            text = art[key]["text"]
            if not isinstance(g["evidence"], str) or g["evidence"] not in text:
                err(f"{qid}: evidence not in doc text")
            elif g["answers"][0] not in g["evidence"]:
                err(f"{qid}: first answer not in evidence")
            pool = [text]
            for a in g["also"]:
                if list(a.keys()) != ["source", "doc", "evidence"]:
                    err(f"{qid}: also keys")
                ak = (a["source"], a["doc"])
                if ak not in recs:
                    err(f"{qid}: also {ak} not in archive")
                    continue
                if ak == key:
                    err(f"{qid}: also repeats doc")
                if a["evidence"] not in recs[ak]["text"]:
                    err(f"{qid}: also evidence not in {ak}")
                pool.append(recs[ak]["text"])
            for ans in g["answers"]:
                if not isinstance(ans, str) or not any(ans in t for t in pool):
                    err(f"{qid}: answer {ans!r} not an exact substring of doc/also texts")
            nz = g["normalized"]
            t = g["type"]
            if t in ("who", "where") and nz is not None:
                err(f"{qid}: normalized must be null")
            if t == "when":
                if nz is None:
                    if g["source"] == "reuters21578":
                        err(f"{qid}: reuters when needs normalized")
                elif not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nz):
                    err(f"{qid}: bad when normalized {nz}")
            if t == "how_much" and nz is not None:
                ok = (isinstance(nz, dict) and ((list(nz) == ["amount", "currency"] and isinstance(nz["amount"], float)
                      and (nz["currency"] is None or re.fullmatch(r"[A-Z]{3}", nz["currency"])))
                      or (list(nz) == ["percent"] and isinstance(nz["percent"], float))))
                if not ok:
                    err(f"{qid}: bad how_much normalized {nz}")
            if t == "how_many" and nz is not None:
                if not (isinstance(nz, dict) and list(nz) == ["count"] and isinstance(nz["count"], (int, float))):
                    err(f"{qid}: bad how_many normalized {nz}")
        else:
            if any(g[k] is not None for k in ("doc", "source", "evidence", "normalized")) or g["also"] != []:
                err(f"{qid}: unanswerable must have null doc/source/evidence/normalized and empty also")

# unanswerable: ABSENT_CHECKED and 'about' articles
unans = [g["id"] for g in gold if not g["answers"]]
absent_lines = [l for l in open("ABSENT_CHECKED", encoding="utf-8").read().splitlines() if l.strip()]
absent_ids = [l.split(" | ")[0] for l in absent_lines]
if sorted(absent_ids) != sorted(unans):
    err("ABSENT_CHECKED ids do not match the unanswerable questions")
for sp in json.load(open("absent_specs.json", encoding="utf-8")):
    if tuple(sp["about"]) not in art:
        err(f"{sp['id']}: near-miss article {sp['about']} not in articles.jsonl")
# every article in articles.jsonl is used
referenced = {(g["source"], g["doc"]) for g in gold if g["answers"]} | \
             {tuple(sp["about"]) for sp in json.load(open("absent_specs.json", encoding="utf-8"))}
for k in art:
    if k not in referenced:
        err(f"articles.jsonl: {k} not used by any question")

# proportions
n = len(gold)
short = sum(1 for g in gold if len(g["question"].split()) < 10)
if n != N_QUESTIONS:
    err(f"{n} questions, expected {N_QUESTIONS}")
if len(unans) < 0.27 * n:
    err(f"only {len(unans)} unanswerable")
if short < 0.36 * n:
    err(f"only {short} short questions")
print("type       answerable unanswerable total")
for t in TYPES:
    a = sum(1 for g in gold if g["type"] == t and g["answers"])
    u = sum(1 for g in gold if g["type"] == t and not g["answers"])
    print(f"{t:10} {a:10} {u:12} {a + u:5}")
    if a + u < 0.15 * n:
        err(f"type {t} below 15%")
print(f"total {n}; unanswerable {len(unans)} ({100 * len(unans) / n:.1f}%); short {short} ({100 * short / n:.1f}%); "
      f"articles {len(art)} (by source: " +
      ", ".join(f"{s} {sum(1 for k in art if k[0] == s)}" for s in FILES) + ")")
if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("OK")
