#!/usr/bin/env python3
"""Seeded sample of the archive-z8 slice (0-based line number % 3 == 2 in each corpus file).
One random.Random(6363) instance; eligible slice records shuffled per file in the order
reuters21578, bbc, agnews. Excludes articles listed in /work/gold/used_articles.tsv and any
article whose text is identical to a listed one's. Writes candidates.tsv (shuffled order)."""
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
used_texts = set(r['text'] for f in FILES for r in recs[f] if (f, r['id']) in used)
rng = random.Random(6363)
out = open('candidates.tsv', 'w')
out.write('source\tid\tline\tchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 3 == 2
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for i, r in elig:
        out.write('%s\t%s\t%d\t%d\t%s\n' % (f, r['id'], i, len(r['text']), (r['title'] or '').replace('\t', ' ')))
    print(f, len(elig))
out.close()
