#!/usr/bin/env python3
"""Seeded candidate sampling for archive-x.

Slice: in each corpus file, records whose 0-based line number % 3 == 1.
Excluded: any (source, id) in /work/gold/used_articles.tsv and any record whose
text equals the text of a listed record (checked across the whole archive).
Draw: random.Random(5757); for each file (in order reuters21578, bbc, agnews)
the eligible slice records are shuffled with the same RNG instance and the first
N are written as candidates (N = 150 / 60 / 60), for hand-picking in that order.
Reuters candidates shorter than 600 characters or looking like earnings tables
("Shr " / "Net " rows) are skipped at sampling time to save reading effort.
"""
import json, random, sys

CORP = "/work/shared/corpora/"
FILES = [("reuters21578", 150), ("bbc", 60), ("agnews", 60)]

used = set()
for line in open("/work/gold/used_articles.tsv"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2:
        used.add((p[0], p[1]))

recs = {}
for src, _ in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + src + ".jsonl", encoding="utf-8")]
used_texts = {r["text"] for src in recs for r in recs[src] if (src, r["id"]) in used}

def is_table(t):
    lines = [p for p in t.split("\n\n") if p.strip()]
    short = sum(1 for p in lines if len(p) < 60)
    return "Shr " in t or "Net " in t and short > len(lines) / 2

rng = random.Random(5757)
out = []
for src, n in FILES:
    elig = [r for i, r in enumerate(recs[src])
            if i % 3 == 1 and (src, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(elig)
    k = 0
    for r in elig:
        if src == "reuters21578" and (len(r["text"]) < 600 or is_table(r["text"])):
            continue
        out.append({"source": src, "id": r["id"], "title": r["title"], "len": len(r["text"])})
        k += 1
        if k >= n:
            break

with open("candidates.jsonl", "w", encoding="utf-8") as f:
    for c in out:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(out), "candidates written to candidates.jsonl", file=sys.stderr)
