#!/usr/bin/env python3
"""Seeded sample of the archive-zy slice (0-based line number % 3 == 1), excluding used articles.
One random.Random(7171) instance; shuffle eligible records of each file in order reuters21578, bbc, agnews.
Writes candidates.tsv (source, id, line_no, rank_in_shuffle, text_len, n_digits, title)."""
import json, random
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl'), ('bbc', 'bbc.jsonl'), ('agnews', 'agnews.jsonl')]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
# texts of used articles (to exclude identical texts)
recs = {}
used_texts = set()
for src, fn in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn, encoding='utf-8')]
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(7171)
N = {'reuters21578': 300, 'bbc': 120, 'agnews': 200}
with open('candidates.tsv', 'w', encoding='utf-8') as out:
    out.write('source\tid\tline\trank\tlen\tdigits\ttitle\n')
    for src, fn in FILES:
        elig = [(i, r) for i, r in enumerate(recs[src])
                if i % 3 == 1 and (src, r['id']) not in used and r['text'] not in used_texts]
        rng.shuffle(elig)
        for rank, (i, r) in enumerate(elig[:N[src]]):
            t = r['text']
            out.write(f"{src}\t{r['id']}\t{i}\t{rank}\t{len(t)}\t{sum(c.isdigit() for c in t)}\t{(r['title'] or '').replace(chr(9),' ')}\n")
        print(src, 'eligible', len(elig))
