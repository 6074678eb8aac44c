#!/usr/bin/env python3
"""Seeded sample for archive-zz. Slice: 0-based line number % 3 == 2 in each corpus file.
Excludes articles in /work/gold/used_articles.tsv and any whose text is identical to a listed one's.
One random.Random(8282) instance shuffles the eligible records of each file in the order
reuters21578, bbc, agnews. Writes candidates.tsv (rank within file, source, id, line, len, title)."""
import json, random
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl'), ('bbc', 'bbc.jsonl'), ('agnews', 'agnews.jsonl')]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for src, fn in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn)]
used_texts = set()
for src in recs:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(8282)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tlen\ttitle\n')
for src, fn in FILES:
    elig = [(i, r) for i, r in enumerate(recs[src])
            if i % 3 == 2 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{k}\t{src}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
    print(src, len(elig))
