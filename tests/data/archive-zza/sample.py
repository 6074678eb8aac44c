#!/usr/bin/env python3
"""Seeded sample of the archive-zza slice (0-based line number % 3 == 0) -> candidates.tsv.
One random.Random(5959); shuffle eligible slice records of reuters21578, bbc, agnews in that order."""
import json, random
C = '/work/shared/corpora/'
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
rng = random.Random(5959)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tlen\ttitle\n')
for src in ['reuters21578', 'bbc', 'agnews']:
    recs = [json.loads(l) for l in open(C + src + '.jsonl')]
    usedtexts = {r['text'] for r in recs if (src, r['id']) in used}
    elig = [(i, r) for i, r in enumerate(recs) if i % 3 == 0 and (src, r['id']) not in used and r['text'] not in usedtexts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{k}\t{src}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
