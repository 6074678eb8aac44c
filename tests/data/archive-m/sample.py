"""Seeded candidate sampling for the archive-m gold set.

Slice: in each corpus file, only records whose 0-based line number % 3 == 2.
Excluded: every (source, id) in /work/gold/used_articles.tsv, and any record whose
text is identical to the text of a listed article (looked up across the whole archive).
Candidates: random.Random(7575); for each file in the fixed order reuters21578, bbc,
agnews the eligible slice records are shuffled with that one generator and the first N
are written to candidates_<source>.jsonl (N = 150 / 60 / 60). Articles were then picked
by hand from these candidate lists, in list order, preferring fact-rich ones.
"""
import json, random

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

rng = random.Random(7575)
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src])
            if i % 3 == 2 and (src, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(elig)
    with open(f"candidates_{src}.jsonl", "w", encoding="utf-8") as f:
        for r in elig[:n]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(src, "eligible", len(elig), "written", min(n, len(elig)))
