#!/usr/bin/env python3
"""Seeded candidate sample for archive-zk.
Slice: records whose 0-based line number % 3 == 2 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text is identical to a listed one's.
One random.Random(7676) instance shuffles eligible slice records per file in order reuters21578, bbc, agnews.
Writes candidates.tsv: rank, source, id, line, textlen, title (first 200 per file kept)."""
import json, random
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
# texts of used articles (across all files)
used_texts = set()
recs = {}
for f in FILES:
    recs[f] = [json.loads(l) for l in open(C + f + '.jsonl')]
    for r in recs[f]:
        if (f, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(7676)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\ttextlen\ttitle\n')
for f in FILES:
    elig = [(i, r) for i, r in enumerate(recs[f])
            if i % 3 == 2 and (f, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig[:200]):
        out.write(f"{k}\t{f}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')[:100]}\n")
out.close()
