#!/usr/bin/env python3
"""Seeded sample of candidate articles for archive-zzb.
Slice: 0-based line number % 3 == 1 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text equals a listed one's.
One random.Random(6969) instance; eligible records shuffled in order reuters21578, bbc, agnews.
Writes candidates.tsv (source, id, rank, line, title, textlen)."""
import json, random
CORP = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
TOP = {'reuters21578': 120, 'bbc': 50, 'agnews': 60}
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for f in FILES:
    recs[f] = [json.loads(l) for l in open(CORP + f + '.jsonl', encoding='utf-8')]
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(6969)
out = []
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f]) if i % 3 == 1
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig[:TOP[f]]):
        out.append((f, r['id'], rank, i, (r['title'] or '').replace('\t', ' '), len(r['text'])))
with open('candidates.tsv', 'w', encoding='utf-8') as fh:
    fh.write('source\tid\trank\tline\ttitle\ttextlen\n')
    for row in out:
        fh.write('\t'.join(map(str, row)) + '\n')
print(len(out), 'candidates written')
