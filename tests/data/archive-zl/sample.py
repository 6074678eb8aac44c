#!/usr/bin/env python3
"""Rerunnable sampler for archive-zl.
Slice: records whose 0-based line number % 3 == 0 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text is identical to a listed one.
One random.Random(5151) instance shuffles the eligible records of each file in the order
reuters21578, bbc, agnews. candidates.tsv lists the first 150/80/80 of each shuffled list (rank order)."""
import json, random
CORP = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl'), ('bbc', 'bbc.jsonl'), ('agnews', 'agnews.jsonl')]
TAKE = {'reuters21578': 150, 'bbc': 80, 'agnews': 80}
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
used_texts = set()
for src, fn in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + fn)]
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(5151)
out = open('candidates.tsv', 'w')
out.write('source\tid\trank\tline\tlen\ttitle\n')
for src, fn in FILES:
    elig = [(i, r) for i, r in enumerate(recs[src])
            if i % 3 == 0 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig[:TAKE[src]]):
        out.write('%s\t%s\t%d\t%d\t%d\t%s\n' % (src, r['id'], rank, i, len(r['text']), (r['title'] or '').replace('\t', ' ')))
    print(src, 'eligible', len(elig))
out.close()
