#!/usr/bin/env python3
"""Seeded sample of eligible slice records -> candidates.tsv.
Slice: 0-based line number % 3 == 1 in each corpus file. Excludes articles listed in
/work/gold/used_articles.tsv and articles whose text is identical to a listed one's.
One random.Random(3434) instance shuffles the eligible records of each file, in the order
reuters21578, bbc, agnews."""
import json, random
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
data = {}
used_texts = set()
for f in FILES:
    recs = [json.loads(l) for l in open(C + f + '.jsonl')]
    data[f] = recs
    for r in recs:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(3434)
out = open('candidates.tsv', 'w')
out.write('source\trank\tline\tid\tchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(data[f])
            if i % 3 == 1 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        out.write(f"{f}\t{rank}\t{i}\t{r['id']}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
