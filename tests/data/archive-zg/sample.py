#!/usr/bin/env python3
"""Seeded sample of the archive-zg slice. Writes candidates.tsv.
Slice: 0-based line number % 3 == 1 in each corpus file.
Excludes articles in /work/gold/used_articles.tsv and any whose text equals a listed one's.
One random.Random(6868) instance shuffles the eligible records of each file, in the order
reuters21578, bbc, agnews. candidates.tsv lists them in shuffled order with a rough fact score."""
import json, random, re
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
rng = random.Random(6868)
def score(t):
    return (len(re.findall(r'\d', t)) > 0) + len(re.findall(r'\b(pct|percent|mln|million|billion|bln|dlrs|stg|yen|year-old|aged|chairman|president|chief executive|minister|said)\b', t, re.I))
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tchars\tscore\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 3 == 1 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{k}\t{f}\t{r['id']}\t{i}\t{len(r['text'])}\t{score(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
out.close()
