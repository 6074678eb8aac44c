#!/usr/bin/env python3
"""Seeded sample for archive-zzc.
Slice: records whose 0-based line number % 3 == 2 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text is identical
to a listed article's text. One random.Random(7878) instance shuffles the eligible records
of each file in the order reuters21578, bbc, agnews. Writes candidates.tsv (all eligible
records in shuffled order, with rank within file)."""
import json, random, re
CORP = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {f: [json.loads(l) for l in open(CORP + f + '.jsonl')] for f in FILES}
used_texts = set()
for f in FILES:
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(7878)
out = open('candidates.tsv', 'w')
out.write('source\trank\tid\tdate\tnchars\tnnums\ttitle\n')
for f in FILES:
    elig = [r for i, r in enumerate(recs[f]) if i % 3 == 2
            and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, r in enumerate(elig):
        nn = len(re.findall(r'\d', r['text']))
        out.write('%s\t%d\t%s\t%s\t%d\t%d\t%s\n' % (f, k, r['id'], r['date'], len(r['text']), nn,
                                                   (r['title'] or '').replace('\t', ' ')))
    print(f, len(recs[f]), 'eligible', len(elig))
out.close()
