#!/usr/bin/env python3
"""Seeded sample of slice records (0-based line % 3 == 2) for archive-zw.
One random.Random(3535) instance; eligible records shuffled per file in the order
reuters21578, bbc, agnews. Writes candidates.tsv (source, id, line, rank, length, numbers, title)."""
import json, random, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
used_texts = set()
for f in FILES:
    recs[f] = [json.loads(l) for l in open(C + f + '.jsonl')]
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(3535)
out = open('candidates.tsv', 'w')
out.write('source\tid\tline\trank\tchars\tnumbers\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 3 == 2
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        nums = len(re.findall(r'\d', r['text']))
        out.write('%s\t%s\t%d\t%d\t%d\t%d\t%s\n' % (f, r['id'], i, rank, len(r['text']), nums,
                  (r['title'] or '').replace('\t', ' ')))
out.close()
