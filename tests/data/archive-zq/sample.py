#!/usr/bin/env python3
"""Seeded sample of the archive-zq slice (0-based line number % 3 == 2) -> candidates.tsv.

One random.Random(2626) instance shuffles the eligible slice records of each corpus file,
in the order reuters21578, bbc, agnews. Eligible = in slice, not listed in
/work/gold/used_articles.tsv, and text not identical to any listed article's text.
candidates.tsv lists the first TOP records of each shuffled list (rank order)."""
import json, random
CORP = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
TOP = {'reuters21578': 250, 'bbc': 120, 'agnews': 150}
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {f: [json.loads(l) for l in open(CORP + f + '.jsonl')] for f in FILES}
used_texts = set(r['text'] for f in FILES for r in recs[f] if (f, r['id']) in used)
rng = random.Random(2626)
with open('candidates.tsv', 'w') as out:
    out.write('source\trank\tline\tid\tchars\ttitle\n')
    for f in FILES:
        elig = [(i, r) for i, r in enumerate(recs[f])
                if i % 3 == 2 and (f, r['id']) not in used and r['text'] not in used_texts]
        rng.shuffle(elig)
        for rank, (i, r) in enumerate(elig[:TOP[f]]):
            out.write('%s\t%d\t%d\t%s\t%d\t%s\n' % (f, rank, i, r['id'], len(r['text']),
                                                    (r['title'] or '').replace('\t', ' ')))
        print(f, 'eligible', len(elig))
