#!/usr/bin/env python3
"""Seeded sample of the archive-z4 slice.

Slice: in each corpus file, records whose 0-based line number % 3 == 1.
Excluded: articles listed in /work/gold/used_articles.tsv and any article whose
text is identical to a listed article's text.
One random.Random(5151) instance shuffles the eligible records of each file,
in the order reuters21578, bbc, agnews. The first N of each shuffled list are
written to candidates.tsv (rank, source, id, date, chars, title) for hand-picking.
"""
import json, random, os

CORPORA = "/work/shared/corpora"
FILES = ["reuters21578", "bbc", "agnews"]
TOP = {"reuters21578": 300, "bbc": 120, "agnews": 150}
HERE = os.path.dirname(os.path.abspath(__file__))

used = set()
with open("/work/gold/used_articles.tsv") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2:
            used.add((parts[0], parts[1]))

records = {}
for name in FILES:
    with open(f"{CORPORA}/{name}.jsonl", encoding="utf-8") as f:
        records[name] = [json.loads(l) for l in f]

used_texts = set()
for name in FILES:
    for r in records[name]:
        if (name, r["id"]) in used:
            used_texts.add(r["text"])

rng = random.Random(5151)
rows = []
for name in FILES:
    elig = [r for i, r in enumerate(records[name])
            if i % 3 == 1 and (name, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(elig)
    print(name, "eligible", len(elig))
    for k, r in enumerate(elig[:TOP[name]]):
        rows.append((k, name, r["id"], r["date"] or "", len(r["text"]),
                     (r["title"] or "").replace("\t", " ")))

with open(os.path.join(HERE, "candidates.tsv"), "w", encoding="utf-8") as f:
    f.write("rank\tsource\tid\tdate\tchars\ttitle\n")
    for row in rows:
        f.write("\t".join(str(x) for x in row) + "\n")
print("wrote", len(rows), "candidates")
