#!/usr/bin/env python3
"""Seeded sample of the archive-z7 slice -> candidates.tsv.
Slice: in each corpus file, records whose 0-based line number % 3 == 1.
Excluded: articles listed in /work/gold/used_articles.tsv and articles whose text equals a listed one's.
One random.Random(2929) instance shuffles the eligible records of reuters21578, then bbc, then agnews.
"""
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
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(2929)
rows = []
for f in FILES:
    elig = [r for i, r in enumerate(recs[f]) if i % 3 == 1
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, r in enumerate(elig):
        t = r['text']
        nums = len(re.findall(r'\d', t))
        table = len(re.findall(r'\bvs\b', t))
        rows.append((f, r['id'], rank, len(t), nums, table, (r['title'] or '').replace('\t', ' ')[:90]))
with open('candidates.tsv', 'w') as out:
    out.write('source\tid\trank\tchars\tdigits\tvs_count\ttitle\n')
    for row in rows:
        out.write('\t'.join(map(str, row)) + '\n')
print(len(rows), {f: sum(1 for r in rows if r[0] == f) for f in FILES})
