#!/usr/bin/env python3
"""Seeded candidate sampling for archive-t.

Slice: in each corpus file, records whose 0-based line number % 3 == 0.
Excluded: every (source, id) in /work/gold/used_articles.tsv and every record whose text
equals the text of a listed article (any file). Very short (<400 chars for Reuters/BBC) or
table-like Reuters texts are skipped as candidates.
Sampling: rng = random.Random(2727); for each file in order (reuters21578, bbc, agnews) the
eligible list (in file order) is shuffled with rng.shuffle and the first N are printed
(N = 120 / 45 / 40). Articles were then picked by hand, in candidate order, from these lists.
Usage: python3 sample.py [--full]  -> writes candidates.tsv (source, id, rank, title)
"""
import json, random, sys, os

C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 120), ('bbc', 'bbc.jsonl', 45), ('agnews', 'agnews.jsonl', 40)]

used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))

recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn)]
used_texts = set(r['text'] for src in recs for r in recs[src] if (src, r['id']) in used)

def tableish(t):
    lines = [l for l in t.split('\n') if l.strip()]
    short = sum(1 for l in lines if len(l) < 60)
    return len(lines) > 3 and short / len(lines) > 0.5

rng = random.Random(2727)
out = []
for src, fn, n in FILES:
    elig = []
    for i, r in enumerate(recs[src]):
        if i % 3 != 0:
            continue
        if (src, r['id']) in used or r['text'] in used_texts:
            continue
        if src != 'agnews' and (len(r['text']) < 400 or tableish(r['text'])):
            continue
        elig.append(r)
    rng.shuffle(elig)
    for k, r in enumerate(elig[:n]):
        out.append((src, r['id'], k, r['title']))
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'candidates.tsv'), 'w') as f:
    for o in out:
        f.write('%s\t%s\t%d\t%s\n' % o)
print(len(out), 'candidates written')
