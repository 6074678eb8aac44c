#!/usr/bin/env python3
"""Seeded sample of the archive-zx slice (0-based line % 3 == 0), seed 4646.
One random.Random(4646) instance shuffles the eligible records of each file in the
order reuters21578, bbc, agnews. Excludes articles in /work/gold/used_articles.tsv and
articles whose text is identical to a listed one's. Writes candidates.tsv
(source, id, rank within file, length, title)."""
import json, random
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for f in FILES:
    recs[f] = [json.loads(l) for l in open(C + f + '.jsonl')]
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(4646)
out = open('candidates.tsv', 'w')
out.write('source\tid\trank\tlen\ttitle\n')
for f in FILES:
    elig = [r for i, r in enumerate(recs[f]) if i % 3 == 0
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, r in enumerate(elig):
        out.write(f"{f}\t{r['id']}\t{k}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
