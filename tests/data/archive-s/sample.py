#!/usr/bin/env python3
"""Draw candidate articles for archive-s.

Slice: in each corpus file, records whose 0-based line number % 3 == 2.
Excluded: every (source, id) in /work/gold/used_articles.tsv and every record whose
text equals the text of a listed article (checked over the whole archive).
One random.Random(8383) generator is used, in this order: reuters21578, bbc, agnews;
each file's eligible slice is shuffled with rng.shuffle and the first N kept as the
candidate pool (N = 150 / 60 / 60).  Reuters candidates shorter than 500 characters or
looking like earnings tables (many 'vs' rows) are dropped from the pool after shuffling.
Articles were then picked by hand, in pool order, for fact-richness.
"""
import json, random, sys
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 150), ('bbc', 'bbc.jsonl', 60), ('agnews', 'agnews.jsonl', 60)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn, encoding='utf-8')]
used_texts = set()
for src in recs:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(8383)
out = {}
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 2
            and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    pool = elig[:n]
    if src == 'reuters21578':
        pool = [r for r in pool if len(r['text']) >= 500 and r['text'].count(' vs ') < 4]
    out[src] = pool
if __name__ == '__main__':
    for src in out:
        for r in out[src]:
            print(src, r['id'], len(r['text']), (r['title'] or '')[:80], sep='\t')
