#!/usr/bin/env python3
"""Seeded sample of the archive-zu slice (0-based line number % 3 == 0).
One random.Random(1313) instance; eligible records of each file are shuffled in the order
reuters21578, bbc, agnews. Excludes articles in /work/gold/used_articles.tsv and any article whose
text is identical to a listed one's. Writes candidates.tsv (source, id, line, rank, chars, title)."""
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
rng = random.Random(1313)
out = open('candidates.tsv', 'w')
out.write('source\tid\tline\trank\tchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 0 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        out.write('%s\t%s\t%d\t%d\t%d\t%s\n' % (f, r['id'], i, rank, len(r['text']),
                  (r['title'] or '').replace('\t', ' ').replace('\n', ' ')))
out.close()
