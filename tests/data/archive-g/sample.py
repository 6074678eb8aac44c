#!/usr/bin/env python3
"""Seeded candidate draw for archive-g.

random.Random(9191); for each file in the fixed order reuters21578, bbc, agnews, the eligible
records (not listed in /work/gold/used_articles.tsv and whose text is not identical to the text of a
listed article, nor empty/tiny) are sorted by file order, then rng.sample() draws a candidate pool
(Reuters 160, BBC 70, AG News 80). Fact-rich articles were then picked by hand from the pools in
draw order. Writes candidates.tsv (source, id, draw rank, title).
"""
import json, random

CORP = "/work/shared/corpora/"
FILES = [("reuters21578", "reuters21578.jsonl", 160),
         ("bbc", "bbc.jsonl", 70),
         ("agnews", "agnews.jsonl", 80)]

used = set()
for line in open("/work/gold/used_articles.tsv"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2:
        used.add((p[0], p[1]))

recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + fn, encoding="utf-8")]
used_texts = {r["text"] for src in recs for r in recs[src] if (src, r["id"]) in used}

rng = random.Random(9191)
out = []
for src, fn, n in FILES:
    elig = [r for r in recs[src]
            if (src, r["id"]) not in used and r["text"] not in used_texts and len(r["text"]) >= 150]
    pool = rng.sample(elig, n)
    for rank, r in enumerate(pool, 1):
        out.append((src, r["id"], rank, (r["title"] or "").replace("\t", " ")))

with open("candidates.tsv", "w", encoding="utf-8") as f:
    for row in out:
        f.write("\t".join(map(str, row)) + "\n")
print(len(out), "candidates written")
