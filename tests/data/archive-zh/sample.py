#!/usr/bin/env python3
"""Seeded sample of eligible slice records -> candidates.tsv.
Slice: 0-based line number % 3 == 2 in each corpus file.
Excluded: articles listed in /work/gold/used_articles.tsv (source+id) and any article whose
text is identical to a listed article's text.
One random.Random(9292) instance; eligible records of each file are shuffled in the order
reuters21578, bbc, agnews. candidates.tsv lists them in shuffled order (rank within file)."""
import json, random, re
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
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(9292)
out = open('candidates.tsv', 'w', encoding='utf-8')
out.write('source\tid\tline\trank\tchars\tdigits\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 2 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, (i, r) in enumerate(elig):
        digits = len(re.findall(r'\d+', r['text']))
        out.write('\t'.join([f, r['id'], str(i), str(rank), str(len(r['text'])), str(digits),
                             (r['title'] or '').replace('\t', ' ')]) + '\n')
out.close()
