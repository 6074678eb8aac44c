#!/usr/bin/env python3
"""Seeded sample of archive-zi's slice -> candidates.tsv.

Slice: records whose 0-based line number % 3 == 0 in each corpus file.
Excluded: articles listed in /work/gold/used_articles.tsv and any article whose
text is identical to a listed article's text.
One random.Random(1717) instance shuffles the eligible records of each file,
in the order reuters21578, bbc, agnews.  Output keeps shuffled order (rank).
"""
import json, random, re
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
rng = random.Random(1717)
out = open('candidates.tsv', 'w')
out.write('source\trank\tline\tid\tdate\tnchars\tnnum\ttitle\n')
for src, fn in FILES:
    elig = [(i, r) for i, r in enumerate(recs[src])
            if i % 3 == 0 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        nnum = len(re.findall(r'\d', r['text']))
        out.write('\t'.join([src, str(rank), str(i), r['id'], r['date'] or '', str(len(r['text'])),
                             str(nnum), (r['title'] or '').replace('\t', ' ')]) + '\n')
out.close()
