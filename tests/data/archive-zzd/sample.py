#!/usr/bin/env python3
"""Seeded sample of slice records for archive-zzd.
Slice: 0-based line number % 8 == 0 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any article whose text is identical
to a listed one's. One random.Random(1919) instance shuffles the eligible records of each file,
in the order reuters21578, bbc, agnews. Writes candidates.tsv (rank within file, source, id, line,
chars, number-count, title) in shuffled order."""
import json, random, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for l in open('/work/gold/used_articles.tsv'):
    p = l.rstrip('\n').split('\t')
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
rng = random.Random(1919)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tchars\tnums\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 8 == 0
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        nums = len(re.findall(r'\d[\d,.]*', r['text']))
        out.write(f"{k}\t{f}\t{r['id']}\t{i}\t{len(r['text'])}\t{nums}\t{(r['title'] or '').replace(chr(9),' ')}\n")
    print(f, 'eligible', len(elig))
