#!/usr/bin/env python3
"""Draw candidate articles for archive-z3.

Slice: in each corpus file, records whose 0-based line number % 3 == 2.
Excluded: every (source, id) in /work/gold/used_articles.tsv and every record whose
text is identical to the text of a listed article.
Each file's eligible slice is shuffled with one random.Random(8686) generator
(files processed in the order reuters21578, bbc, agnews) and the first N of each
shuffled list are written to candidates.tsv in draw order. Articles were then picked
by hand, in draw order, preferring fact-rich stories (no pure earnings tables).
"""
import json, random, csv
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 200), ('bbc', 'bbc.jsonl', 80), ('agnews', 'agnews.jsonl', 80)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn, encoding='utf-8')]
used_texts = set()
for src, fn, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(8686)
out = []
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 2
            and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for rank, r in enumerate(elig[:n]):
        out.append((src, rank, r['id'], len(r['text']), r['title']))
with open('candidates.tsv', 'w') as f:
    f.write('source\trank\tid\tchars\ttitle\n')
    for row in out:
        f.write('\t'.join(str(x) for x in row) + '\n')
print(len(out), 'candidates written')
