#!/usr/bin/env python3
"""Seeded sample of the archive-zv slice (0-based line number % 3 == 1 in each corpus file).
One random.Random(2424) instance; shuffle eligible slice records of each file in the order
reuters21578, bbc, agnews. Eligible = not listed in /work/gold/used_articles.tsv and text not identical
to a listed article's text. Writes candidates.tsv (source, id, rank, title, text length)."""
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
rng = random.Random(2424)
out = open('candidates.tsv', 'w', encoding='utf-8')
out.write('source\tid\trank\ttitle\tlen\n')
for f in FILES:
    elig = [r for i, r in enumerate(recs[f]) if i % 3 == 1 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, r in enumerate(elig):
        out.write('%s\t%s\t%d\t%s\t%d\n' % (f, r['id'], k, (r['title'] or '').replace('\t', ' '), len(r['text'])))
    print(f, 'eligible', len(elig))
out.close()
