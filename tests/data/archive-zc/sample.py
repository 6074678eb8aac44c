#!/usr/bin/env python3
"""Seeded sample of slice records for archive-zc.
Slice: 0-based line number % 3 == 0 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and articles whose text is identical to a listed one.
One random.Random(2323) instance shuffles the eligible records of each file in the order
reuters21578, bbc, agnews. Writes candidates.tsv (source, id, line, rank, chars, title)."""
import json, random
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
rng = random.Random(2323)
out = open('candidates.tsv', 'w')
out.write('source\tid\tline\trank\tchars\ttitle\n')
for f in FILES:
    recs = [json.loads(l) for l in open(C + f + '.jsonl')]
    used_texts = {r['text'] for r in recs if (f, r['id']) in used}
    elig = [(i, r) for i, r in enumerate(recs)
            if i % 3 == 0 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        out.write('%s\t%s\t%d\t%d\t%d\t%s\n' % (f, r['id'], i, rank, len(r['text']),
                  (r['title'] or '').replace('\t', ' ').replace('\n', ' ')))
out.close()
