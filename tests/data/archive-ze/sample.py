#!/usr/bin/env python3
"""Seeded sample of candidate articles for archive-ze.
Slice: records whose 0-based line number % 3 == 2 in each corpus file.
One random.Random(8989) instance; shuffle eligible slice records of each file in order
reuters21578, bbc, agnews. Excludes articles in /work/gold/used_articles.tsv and any whose text
is identical to a listed one's. Writes candidates.tsv (rank, source, id, line, title, textlen)."""
import json, random
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
used_texts = set()
for f in FILES:
    recs[f] = [json.loads(l) for l in open(C + f + '.jsonl')]
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(8989)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\ttitle\ttextlen\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 3 == 2
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write('%d\t%s\t%s\t%d\t%s\t%d\n' % (k, f, r['id'], i, (r['title'] or '').replace('\t', ' '), len(r['text'])))
out.close()
