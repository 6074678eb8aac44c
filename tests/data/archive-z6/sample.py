#!/usr/bin/env python3
"""Seeded sample of archive-z6's slice (0-based line number % 3 == 0) -> candidates.tsv.
One random.Random(8181) instance; shuffle eligible slice records of each file in the order
reuters21578, bbc, agnews. Eligible = in slice, not listed in used_articles.tsv, text not identical
to a listed article's text. Writes candidates.tsv (rank within file, source, id, line, title, chars)."""
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
rng = random.Random(8181)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\ttitle\tchars\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 3 == 0
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{k}\t{f}\t{r['id']}\t{i}\t{(r['title'] or '').replace(chr(9),' ')}\t{len(r['text'])}\n")
out.close()
