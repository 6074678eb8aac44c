"""Seeded candidate sampling for archive-h.

Slice: in each corpus file, records whose 0-based line number % 3 == 0.
Excluded: every (source, id) in /work/gold/used_articles.tsv and every record whose
text is identical to the text of a listed article (in any file).
Candidates are drawn with random.Random(3131): for each file (in the order reuters, bbc,
agnews) the eligible slice records are shuffled with that single RNG and the first N
are printed (N = 150 / 60 / 60).  Articles were then picked by hand from these lists, in
list order, preferring fact-rich stories (no pure earnings tables).
Run: python3 sample.py  > candidates.tsv
"""
import json, random, sys

CORP = "/work/shared/corpora/"
FILES = [("reuters21578", "reuters21578.jsonl", 150),
         ("bbc", "bbc.jsonl", 60),
         ("agnews", "agnews.jsonl", 60)]

used = set()
for line in open("/work/gold/used_articles.tsv"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 2:
        used.add((parts[0], parts[1]))

recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + fn, encoding="utf-8")]
used_texts = set()
for src, _, _ in FILES:
    for r in recs[src]:
        if (src, r["id"]) in used:
            used_texts.add(r["text"])

rng = random.Random(3131)
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src])
            if i % 3 == 0 and (src, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(elig)
    for r in elig[:n]:
        print(f"{src}\t{r['id']}\t{len(r['text'])}\t{r['title'][:80]}")
