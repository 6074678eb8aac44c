#!/usr/bin/env python3
"""Seeded sample of archive-zzf slice -> candidates.tsv.
Slice: 0-based line number % 8 == 2 in each corpus file. Excluded: articles in
/work/gold/used_articles.tsv (source+id) and articles whose text equals a listed one's.
One random.Random(3939) instance shuffles the eligible slice of each file in order
reuters21578, bbc, agnews. candidates.tsv lists the shuffled order (rank within file)."""
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
used_texts = set(r['text'] for f in FILES for r in recs[f] if (f, r['id']) in used)
rng = random.Random(3939)
out = open('candidates.tsv', 'w')
out.write('source\tid\trank\tline\tlen\tnum_digits\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 8 == 2 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        nd = sum(ch.isdigit() for ch in r['text'])
        out.write('\t'.join([f, r['id'], str(rank), str(i), str(len(r['text'])), str(nd),
                             (r['title'] or '').replace('\t', ' ')]) + '\n')
out.close()
