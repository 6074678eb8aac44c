#!/usr/bin/env python3
"""Rerunnable sampler for archive-zp.
Slice: records whose 0-based line number % 3 == 1 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any article whose text is identical
to a listed one's. One random.Random(9595) instance shuffles the eligible records of each file in
the order reuters21578, bbc, agnews. Writes candidates.tsv (rank within file, source, id, line, chars, title)
for the first N of each shuffled list."""
import json, random
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 200), ('bbc', 'bbc.jsonl', 80), ('agnews', 'agnews.jsonl', 120)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
# texts of used articles (across all files)
recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn)]
used_texts = set(r['text'] for src in recs for r in recs[src] if (src, r['id']) in used)
rng = random.Random(9595)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tchars\ttitle\n')
for src, fn, n in FILES:
    elig = [(i, r) for i, r in enumerate(recs[src])
            if i % 3 == 1 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig[:n]):
        out.write(f"{k+1}\t{src}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '').replace(chr(9),' ')}\n")
    print(src, 'eligible', len(elig))
out.close()
