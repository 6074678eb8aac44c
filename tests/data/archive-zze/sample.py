#!/usr/bin/env python3
"""Seeded sample of archive-zze's slice. Writes candidates.tsv.
Slice: 0-based line number % 8 == 1 in each corpus file.
One random.Random(2828) instance shuffles the eligible records of each file, in order
reuters21578, bbc, agnews. Eligible = in slice, not listed in /work/gold/used_articles.tsv,
and text not identical to the text of a listed article."""
import json, random, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {f: [json.loads(l) for l in open(C + f + '.jsonl')] for f in FILES}
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(2828)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tchars\tnums\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 8 == 1 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        nums = len(re.findall(r'\d', r['text']))
        out.write(f"{k}\t{f}\t{r['id']}\t{i}\t{len(r['text'])}\t{nums}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
