#!/usr/bin/env python3
"""Reproduce the seeded candidate sample for gold set archive-d.

Slice: Reuters records at 0-based line positions 0..9519 of reuters21578.jsonl
(i.e. positions p with 0 <= p < 9520), plus BBC records whose id starts with
"business/" or "politics/".
Excluded: any article listed in /work/gold/used_articles.tsv and any article whose
text is identical to a listed article's text.
Also skipped (pre-filter, not random): Reuters bodies shorter than 600 characters and
earnings/table stories (more than 40% of paragraphs shorter than 60 characters).
The eligible pool is ordered (Reuters by line position, then BBC by id) and shuffled
with random.Random(4404); the first 300 candidates are written to candidates.tsv.
Articles were then picked by hand, in candidate order, for being fact-rich.
"""
import json, random, os, sys

CORPORA = "/work/shared/corpora"
OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 4404
N = 300

used = set()
with open("/work/gold/used_articles.tsv") as f:
    next(f)
    for line in f:
        s, i = line.rstrip("\n").split("\t")
        used.add((s, i))

recs = {}
for name in ("reuters21578", "bbc", "agnews"):
    with open(f"{CORPORA}/{name}.jsonl") as f:
        recs[name] = [json.loads(l) for l in f]
used_texts = {r["text"] for name, rs in recs.items() for r in rs if (name, r["id"]) in used}

def tableish(text):
    paras = [p for p in text.split("\n\n") if p.strip()]
    short = sum(1 for p in paras if len(p) < 60)
    return len(paras) == 0 or short / len(paras) > 0.4

pool = []
for pos, r in enumerate(recs["reuters21578"]):
    if pos >= 9520:
        break
    if ("reuters21578", r["id"]) in used or r["text"] in used_texts:
        continue
    if len(r["text"]) < 600 or tableish(r["text"]):
        continue
    pool.append(("reuters21578", r["id"], pos, r["title"]))
for r in recs["bbc"]:
    if not (r["id"].startswith("business/") or r["id"].startswith("politics/")):
        continue
    if ("bbc", r["id"]) in used or r["text"] in used_texts:
        continue
    pool.append(("bbc", r["id"], None, r["title"]))

rng = random.Random(SEED)
sample = rng.sample(pool, N)
with open(os.path.join(OUT, "candidates.tsv"), "w") as f:
    f.write("rank\tsource\tid\tline_pos\ttitle\n")
    for k, (s, i, p, t) in enumerate(sample):
        f.write(f"{k}\t{s}\t{i}\t{'' if p is None else p}\t{t}\n")
print(f"pool={len(pool)} sampled={len(sample)} -> candidates.tsv", file=sys.stderr)
