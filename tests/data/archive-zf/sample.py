#!/usr/bin/env python3
"""Seeded sample of the archive-zf slice (0-based line number % 3 == 0) -> candidates.tsv.
One random.Random(4242) instance shuffles the eligible records of each file in the order
reuters21578, bbc, agnews. Excludes articles in /work/gold/used_articles.tsv and any article whose
text is identical to a listed article's text."""
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
rng = random.Random(4242)
out = open('candidates.tsv', 'w', encoding='utf-8')
out.write('source\trank\tline\tid\tchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 0 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        out.write(f"{f}\t{rank}\t{i}\t{r['id']}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
    print(f, len(elig))
out.close()
