#!/usr/bin/env python3
"""Rerunnable sampler for archive-zzi.
Slice: 0-based line number % 8 == 5 in each corpus file.
Excludes articles in /work/gold/used_articles.tsv and any article whose text is identical to a listed one.
One random.Random(6565) instance shuffles the eligible records of each file in order reuters21578, bbc, agnews.
Writes candidates.tsv: rank, source, id, line, nchars, title."""
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
rng = random.Random(6565)
rows = []
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 8 == 5 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        rows.append((rank, f, r['id'], i, len(r['text']), (r['title'] or '').replace('\t', ' ')))
with open('candidates.tsv', 'w', encoding='utf-8') as out:
    out.write('rank\tsource\tid\tline\tnchars\ttitle\n')
    for row in rows:
        out.write('\t'.join(map(str, row)) + '\n')
print({f: sum(1 for r in rows if r[1] == f) for f in FILES})
