#!/usr/bin/env python3
"""Seeded sample of archive-zzh slice: records whose 0-based line number % 8 == 4,
minus articles in /work/gold/used_articles.tsv (and any article whose text equals a used one's).
One random.Random(5656) instance shuffles the eligible records of reuters21578, bbc, agnews in that order.
Writes candidates.tsv: rank_in_file, source, id, line_no, n_chars, title."""
import json, random
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl'), ('bbc', 'bbc.jsonl'), ('agnews', 'agnews.jsonl')]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
rng = random.Random(5656)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline_no\tn_chars\ttitle\n')
for src, fn in FILES:
    recs = [json.loads(l) for l in open(C + fn)]
    used_texts = {r['text'] for r in recs if (src, r['id']) in used}
    elig = [(i, r) for i, r in enumerate(recs)
            if i % 8 == 4 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig):
        out.write(f"{k}\t{src}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
    print(src, 'eligible', len(elig))
out.close()
