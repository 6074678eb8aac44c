#!/usr/bin/env python3
"""Rerunnable sampler for archive-zb.
Slice: records whose 0-based line number % 3 == 2 in each corpus file.
Excluded: any (source,id) in /work/gold/used_articles.tsv and any record whose text is
identical to the text of a used article (in any file).
One random.Random(6161) instance shuffles the eligible records of each file, in the order
reuters21578, bbc, agnews. Output: candidates.tsv (source, id, rank within file, line no, length, title).
"""
import json, random
CORP = "/work/shared/corpora/"
FILES = ["reuters21578", "bbc", "agnews"]
used = set()
for line in open("/work/gold/used_articles.tsv"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
used_texts = set()
for f in FILES:
    recs[f] = [json.loads(l) for l in open(CORP + f + ".jsonl", encoding="utf-8")]
    for r in recs[f]:
        if (f, r["id"]) in used:
            used_texts.add(r["text"])
rng = random.Random(6161)
out = open("candidates.tsv", "w", encoding="utf-8")
out.write("source\tid\trank\tline\tchars\ttitle\n")
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 2 and (f, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{f}\t{r['id']}\t{k}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
