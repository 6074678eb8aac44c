#!/usr/bin/env python3
"""Validate archive-z4 gold.jsonl / articles.jsonl against the brief's requirements."""
import json, os, re, sys
from collections import Counter

CORPORA = "/work/shared/corpora"
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["reuters21578", "bbc", "agnews"]
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = ["who", "when", "how_much", "how_many", "where"]
N_EXPECTED = 110
errors = []


def err(msg):
    errors.append(msg)


# archive, with line numbers
archive, lineno, rawline = {}, {}, {}
for s in SOURCES:
    with open(f"{CORPORA}/{s}.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            r = json.loads(line)
            archive[(s, r["id"])] = r
            lineno[(s, r["id"])] = i
            rawline[(s, r["id"])] = line.rstrip("\n")

used = set()
with open("/work/gold/used_articles.tsv", encoding="utf-8") as f:
    for line in f:
        p = line.rstrip("\n").split("\t")
        if len(p) >= 2:
            used.add((p[0], p[1]))
used_texts = {archive[k]["text"] for k in used if k in archive}

# articles.jsonl
arts = {}
with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"articles.jsonl line {n}: bad JSON {e}"); continue
        k = (r.get("source"), r.get("id"))
        if k not in archive:
            err(f"articles.jsonl line {n}: {k} not in archive"); continue
        if r != archive[k] or list(r.keys()) != list(archive[k].keys()):
            err(f"articles.jsonl line {n}: {k} differs from the archive record")
        if line != rawline[k]:
            err(f"articles.jsonl line {n}: {k} is not the archive line verbatim")
        if k in arts:
            err(f"articles.jsonl: duplicate {k}")
        arts[k] = r
        if lineno[k] % 3 != 1:
            err(f"{k}: line {lineno[k]} is not in slice (%3==1)")
        if k in used:
            err(f"{k}: listed in used_articles.tsv")
        if r["text"] in used_texts:
            err(f"{k}: text identical to a used article")

# near-miss map
near = {}
with open(os.path.join(HERE, "near_miss_articles.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        qid, s, d, _ = line.rstrip("\n").split("\t", 3)
        near[qid] = (s, d)

# gold.jsonl
gold = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            g = json.loads(line)
        except Exception as e:
            err(f"gold line {n}: bad JSON {e}"); continue
        gold.append(g)
        if list(g.keys()) != KEYS:
            err(f"gold line {n}: keys {list(g.keys())}")
            continue
        if g["id"] != f"az4-{n:03d}":
            err(f"gold line {n}: id {g['id']}")
        if g["type"] not in TYPES:
            err(f"{g['id']}: bad type {g['type']}")
        if not isinstance(g["question"], str) or not g["question"].endswith("?"):
            err(f"{g['id']}: question must be a string ending with '?'")
        t = g["type"]
        if g["answers"]:
            k = (g["source"], g["doc"])
            if k not in archive:
                err(f"{g['id']}: doc {k} not in archive"); continue
            if k not in arts:
                err(f"{g['id']}: doc {k} not in articles.jsonl")
            text = archive[k]["text"]
            # the brief: spans stated by OTHER articles (listed in `also`) are added to answers too,
            # so every answer must be a substring of the doc or of an `also` article; the first of the doc.
            also_texts = [archive[(al.get("source"), al.get("doc"))]["text"] for al in g["also"]
                          if (al.get("source"), al.get("doc")) in archive]
            for i, a in enumerate(g["answers"]):
                if not isinstance(a, str) or not a:
                    err(f"{g['id']}: empty answer")
                elif i == 0 and a not in text:
                    err(f"{g['id']}: first answer {a!r} not in {k}")
                elif a not in text and not any(a in t for t in also_texts):
                    err(f"{g['id']}: answer {a!r} in neither {k} nor its also articles")
            if len(set(g["answers"])) != len(g["answers"]):
                err(f"{g['id']}: duplicate answers")
            ev = g["evidence"]
            if not isinstance(ev, str) or ev not in text:
                err(f"{g['id']}: evidence not in {k}")
            elif g["answers"][0] not in ev:
                err(f"{g['id']}: first answer not in evidence")
            # normalized
            nz = g["normalized"]
            if t in ("who", "where"):
                if nz is not None:
                    err(f"{g['id']}: normalized must be null for {t}")
            elif t == "when":
                if nz is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nz):
                    err(f"{g['id']}: bad when normalized {nz!r}")
                if g["source"] == "reuters21578" and nz is None:
                    err(f"{g['id']}: reuters when question needs normalized")
                if g["source"] != "reuters21578" and nz is not None and nz[:4] not in text:
                    err(f"{g['id']}: undated source but year {nz[:4]} not explicit in text")
            elif t == "how_much":
                ok = nz is None or (isinstance(nz, dict) and (
                    (set(nz) == {"amount", "currency"} and isinstance(nz["amount"], float)
                     and (nz["currency"] is None or re.fullmatch(r"[A-Z]{3}", nz["currency"])))
                    or (set(nz) == {"percent"} and isinstance(nz["percent"], float))))
                if not ok:
                    err(f"{g['id']}: bad how_much normalized {nz!r}")
            elif t == "how_many":
                if nz is not None and not (isinstance(nz, dict) and set(nz) == {"count"}
                                           and isinstance(nz["count"], (int, float))):
                    err(f"{g['id']}: bad how_many normalized {nz!r}")
            # also
            seen = set()
            for al in g["also"]:
                if list(al.keys()) != ["source", "doc", "evidence"]:
                    err(f"{g['id']}: also keys {list(al.keys())}"); continue
                ak = (al["source"], al["doc"])
                if ak not in archive:
                    err(f"{g['id']}: also {ak} not in archive"); continue
                if ak == k or ak in seen:
                    err(f"{g['id']}: also {ak} repeats the doc or another also")
                seen.add(ak)
                atext = archive[ak]["text"]
                if al["evidence"] not in atext:
                    err(f"{g['id']}: also evidence not in {ak}")
                elif not any(a in al["evidence"] for a in g["answers"]):
                    err(f"{g['id']}: also evidence in {ak} contains no listed answer")
        else:
            if any(g[x] is not None for x in ("doc", "source", "evidence", "normalized")) or g["also"] != []:
                err(f"{g['id']}: unanswerable must have null doc/source/evidence/normalized and also []")
            if g["id"] not in near:
                err(f"{g['id']}: unanswerable without a near-miss article")
            elif near[g["id"]] not in arts:
                err(f"{g['id']}: near-miss article {near[g['id']]} not in articles.jsonl")

# every article is used
refd = {(g["source"], g["doc"]) for g in gold if g["answers"]} | set(near.values())
for k in arts:
    if k not in refd:
        err(f"articles.jsonl: {k} is not referenced by any question")

# ABSENT_CHECKED covers every unanswerable question
absent_path = os.path.join(HERE, "ABSENT_CHECKED")
if os.path.exists(absent_path):
    with open(absent_path, encoding="utf-8") as f:
        lines = [l for l in f if l.startswith("az4-")]
    ids = [l.split("\t")[0] for l in lines]
    want = [g["id"] for g in gold if not g["answers"]]
    if ids != want:
        err(f"ABSENT_CHECKED ids {ids} != unanswerable ids {want}")
else:
    err("ABSENT_CHECKED missing")

# counts and proportions
n = len(gold)
questions = [g["question"] for g in gold]
if len(set(q.lower() for q in questions)) != n:
    err("duplicate question text")
unans = sum(1 for g in gold if not g["answers"])
short = sum(1 for q in questions if len(q.split()) < 10)
tc = Counter(g["type"] for g in gold)
if n != N_EXPECTED:
    err(f"{n} questions, expected {N_EXPECTED}")
if unans < 0.27 * n:
    err(f"unanswerable {unans} < 27%")
if short < 0.36 * n:
    err(f"short {short} < 36%")
for t in TYPES:
    if tc[t] < 0.15 * n:
        err(f"type {t}: {tc[t]} < 15%")

print(f"questions {n}; unanswerable {unans} ({unans / n:.1%}); short (<10 words) {short} ({short / n:.1%}); "
      f"articles {len(arts)}")
print(f"{'type':10} {'answerable':>10} {'unanswerable':>12} {'total':>6}")
for t in TYPES:
    a = sum(1 for g in gold if g["type"] == t and g["answers"])
    u = sum(1 for g in gold if g["type"] == t and not g["answers"])
    print(f"{t:10} {a:>10} {u:>12} {a + u:>6}")
print("by source (answerable):", dict(Counter(g["source"] for g in gold if g["answers"])))
print("by source (articles):", dict(Counter(k[0] for k in arts)))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
