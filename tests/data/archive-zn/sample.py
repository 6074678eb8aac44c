#!/usr/bin/env python3
"""Seeded sample of the archive-zn slice (0-based line number % 3 == 2 in each corpus file).
One random.Random(7373) instance; shuffle eligible slice records of each file in the order
reuters21578, bbc, agnews. Excludes articles listed in /work/gold/used_articles.tsv and any article
whose text is identical to a listed one's. Writes candidates.tsv (source, id, rank, line, nchars, title),
keeping the first 150 shuffled records of each file."""
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
rng = random.Random(7373)
out = open('candidates.tsv', 'w', encoding='utf-8')
out.write('source\tid\trank\tline\tnchars\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 2 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig[:150]):
        out.write('\t'.join([f, r['id'], str(rank), str(i), str(len(r['text'])),
                             (r['title'] or '').replace('\t', ' ')]) + '\n')
out.close()
