#!/usr/bin/env python3
"""Seeded candidate sampling for archive-y.
Slice: in each corpus file, records whose 0-based line number % 3 == 2.
Skips articles listed in /work/gold/used_articles.tsv and any whose text equals a listed one's.
Draws candidates with random.Random(9797): shuffles each file's eligible slice (files in fixed
order reuters21578, bbc, agnews) and prints the first N of each (N = 120 / 50 / 40)."""
import json, random, sys
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 120), ('bbc', 'bbc.jsonl', 50), ('agnews', 'agnews.jsonl', 40)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn, encoding='utf-8')]
used_texts = set()
for src, _, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(9797)
out = {}
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 2
            and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    out[src] = elig[:n]
if __name__ == '__main__':
    for src, _, n in FILES:
        for r in out[src]:
            print(f"{src}\t{r['id']}\t{len(r['text'])}\t{r['title'][:90] if r['title'] else ''}")
