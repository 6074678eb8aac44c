#!/usr/bin/env python3
"""Seeded sample of the archive-zo slice (0-based line number % 3 == 0) -> candidates.tsv.
One random.Random(8484) instance; eligible slice records of each file are shuffled in the
order reuters21578, bbc, agnews. Articles listed in /work/gold/used_articles.tsv (or whose
text is identical to a listed one's) are excluded."""
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
    recs[f] = [json.loads(l) for l in open(C + f + '.jsonl', encoding='utf-8')]
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(8484)
out = open('candidates.tsv', 'w', encoding='utf-8')
out.write('rank\tsource\tid\tline\tdate\tchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 0 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write('%d\t%s\t%s\t%d\t%s\t%d\t%s\n' % (k, f, r['id'], i, r['date'] or '',
                  len(r['text']), (r['title'] or '').replace('\t', ' ').replace('\n', ' ')))
out.close()
