#!/usr/bin/env python3
"""Seeded sample of the archive-zr slice (line number % 3 == 0 in each corpus file).
One random.Random(4141) instance; eligible slice records of each file are shuffled in the order
reuters21578, bbc, agnews. Records listed in /work/gold/used_articles.tsv, or whose text is identical
to a listed record's text, are not eligible. Writes candidates.tsv (rank within file, source, id, line, length, title)."""
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
    recs[f] = [json.loads(l) for l in open(CORP + f + '.jsonl', encoding='utf-8')]
used_texts = set(r['text'] for f in FILES for r in recs[f] if (f, r['id']) in used)
rng = random.Random(4141)
N = {'reuters21578': 250, 'bbc': 80, 'agnews': 120}
with open('candidates.tsv', 'w', encoding='utf-8') as out:
    out.write('rank\tsource\tid\tline\tchars\ttitle\n')
    for f in FILES:
        elig = [(i, r) for i, r in enumerate(recs[f])
                if i % 3 == 0 and (f, r['id']) not in used and r['text'] not in used_texts]
        rng.shuffle(elig)
        for k, (i, r) in enumerate(elig[:N[f]]):
            out.write(f"{k}\t{f}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
        print(f, 'eligible', len(elig))
