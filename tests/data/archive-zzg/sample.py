#!/usr/bin/env python3
"""Seeded sample of the archive-zzg slice -> candidates.tsv.
Slice: 0-based line number % 8 == 3 in each corpus file.
Excluded: articles listed in /work/gold/used_articles.tsv and any article whose text is identical
to a listed one's. One random.Random(4848) instance shuffles the eligible slice records of each file
in the order reuters21578, bbc, agnews. candidates.tsv lists the shuffled order (rank per file)."""
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
rng = random.Random(4848)
out = open('candidates.tsv', 'w')
out.write('source\trank\tline\tid\tchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 8 == 3
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{f}\t{k}\t{i}\t{r['id']}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
