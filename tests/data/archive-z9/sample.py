#!/usr/bin/env python3
"""Rerunnable sampler for archive-z9.
Slice: records whose 0-based line number % 3 == 0 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text is identical to a listed one.
One random.Random(3737) instance shuffles the eligible records of each file, in the order
reuters21578, bbc, agnews. Writes candidates.tsv (rank within file, source, id, line, chars, title)."""
import json, random
CORP = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for f in FILES:
    recs[f] = [json.loads(l) for l in open(CORP + f + '.jsonl')]
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(3737)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 0 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write('%d\t%s\t%s\t%d\t%d\t%s\n' % (k, f, r['id'], i, len(r['text']),
                  (r['title'] or '').replace('\t', ' ')))
out.close()
