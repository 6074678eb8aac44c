#!/usr/bin/env python3
"""Seeded sample of the archive-zs slice (0-based line number % 3 == 1) -> candidates.tsv.
One random.Random(5353) instance; eligible records of each file are shuffled in the order
reuters21578, bbc, agnews. Excludes articles in /work/gold/used_articles.tsv and any article whose
text is identical to a listed one's."""
import json, random, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for f in FILES:
    recs[f] = [json.loads(l) for l in open(C + f + '.jsonl', encoding='utf-8')]
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(5353)
TAKE = {'reuters21578': 300, 'bbc': 120, 'agnews': 150}
out = open('candidates.tsv', 'w', encoding='utf-8')
out.write('source\tid\trank\tline\tchars\tnumbers\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 1 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig[:TAKE[f]]):
        nums = len(re.findall(r'\d', r['text']))
        out.write('%s\t%s\t%d\t%d\t%d\t%d\t%s\n' % (f, r['id'], rank, i, len(r['text']), nums,
                                                   (r['title'] or '').replace('\t', ' ')))
out.close()
