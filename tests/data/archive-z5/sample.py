#!/usr/bin/env python3
"""Seeded sample of this set's slice (line number % 3 == 2) of the three corpus files.

One random.Random(7373) instance; the eligible slice records of each file are shuffled in the
order reuters21578, bbc, agnews. Eligible = 0-based line % 3 == 2, not listed in
/work/gold/used_articles.tsv, and text not identical to a listed article's text.
Writes candidates.tsv: source, rank (position in shuffled order), id, title, text length, fact score.
"""
import json, random, re

CORPORA = "/work/shared/corpora/"
FILES = ["reuters21578", "bbc", "agnews"]
SEED = 7373

def load(name):
    with open(CORPORA + name + ".jsonl", encoding="utf-8") as f:
        return [json.loads(l) for l in f]

def main():
    used = set()
    with open("/work/gold/used_articles.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                used.add((parts[0], parts[1]))
    data = {n: load(n) for n in FILES}
    used_texts = set()
    for n in FILES:
        for r in data[n]:
            if (n, r["id"]) in used:
                used_texts.add(r["text"])
    rng = random.Random(SEED)
    rows = []
    for n in FILES:
        elig = [r for i, r in enumerate(data[n])
                if i % 3 == 2 and (n, r["id"]) not in used and r["text"] not in used_texts]
        rng.shuffle(elig)
        for rank, r in enumerate(elig):
            t = r["text"]
            score = len(re.findall(r"\d", t)) + 3 * len(re.findall(r"\b(?:said|chairman|president|chief|minister|aged|years old|pct|mln|million|billion)\b", t, re.I))
            rows.append((n, rank, r["id"], (r["title"] or "").replace("\t", " "), len(t), score))
    with open("candidates.tsv", "w", encoding="utf-8") as f:
        f.write("source\trank\tid\ttitle\tlen\tscore\n")
        for row in rows:
            f.write("\t".join(map(str, row)) + "\n")

if __name__ == "__main__":
    main()
