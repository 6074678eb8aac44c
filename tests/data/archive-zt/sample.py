#!/usr/bin/env python3
"""Rerunnable sampler for archive-zt.
Slice: records whose 0-based line number % 3 == 2 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any article whose text is
identical to a listed article's text. One random.Random(7979) instance shuffles the
eligible records of each file in the order reuters21578, bbc, agnews.
Writes candidates.tsv: rank, source, id, line, n_chars, n_digits, title (the first 150 of each shuffled file)."""
import json, random, re
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl'), ('bbc', 'bbc.jsonl'), ('agnews', 'agnews.jsonl')]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for src, fn in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn)]
used_texts = set()
for src, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(7979)
out = open('candidates.tsv', 'w')
out.write('rank\tsource\tid\tline\tn_chars\tn_digits\ttitle\n')
for src, _ in FILES:
    elig = [(i, r) for i, r in enumerate(recs[src])
            if i % 3 == 2 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, (i, r) in enumerate(elig[:150]):
        t = r['text']
        out.write(f"{k}\t{src}\t{r['id']}\t{i}\t{len(t)}\t{len(re.findall(r'[0-9]', t))}\t{(r['title'] or '').replace(chr(9),' ')}\n")
    print(src, 'eligible', len(elig))
out.close()
