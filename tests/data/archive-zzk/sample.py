#!/usr/bin/env python3
"""Rerunnable sampler for archive-zzk: slice = 0-based line number % 8 == 7; seed 9191;
one random.Random(9191) instance shuffles eligible slice records of reuters21578, bbc, agnews in that order."""
import json, random
C = '/work/shared/corpora/'
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2: used.add((p[0], p[1]))
# texts of used articles (exclude identical texts too)
used_texts = set()
allrecs = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    recs = [json.loads(l) for l in open(C + f + '.jsonl')]
    allrecs[f] = recs
    for r in recs:
        if (f, r['id']) in used: used_texts.add(r['text'])
rng = random.Random(9191)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tlineno\tlen\ttitle\n')
for f in ['reuters21578', 'bbc', 'agnews']:
    elig = [(i, r) for i, r in enumerate(allrecs[f]) if i % 8 == 7 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{k}\t{f}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
