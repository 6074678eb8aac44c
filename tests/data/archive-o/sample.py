#!/usr/bin/env python3
"""Draw candidate articles for archive-o.

Slice: in each corpus file, only records whose 0-based line number % 3 == 1.
Excluded: every (source, id) in /work/gold/used_articles.tsv and every record whose
text is identical to the text of a listed record.
Sampling: one random.Random(5353) generator; for each file in the order
reuters21578, bbc, agnews the eligible records (in file order) are shuffled
with rng.shuffle and the first N are written as candidates (N = 160 / 60 / 60).
Reuters candidates must have >= 600 characters of text and fewer than 30% of their
paragraphs look like table rows (contains ' vs '), to skip pure earnings tables.
Final articles were then picked by hand from these candidate lists, in order,
preferring fact-rich stories.
"""
import json, random, sys
C = '/work/shared/corpora/'
FILES = [('reuters21578', 160), ('bbc', 60), ('agnews', 60)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))
recs = {}
for src, _ in FILES:
    recs[src] = [json.loads(l) for l in open(C + src + '.jsonl')]
used_texts = set()
for src, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])

def ok_reuters(r):
    t = r['text']
    if len(t) < 600:
        return False
    paras = [p for p in t.split('\n\n') if p.strip()]
    vs = sum(1 for p in paras if ' vs ' in p)
    return vs < 0.3 * len(paras)

rng = random.Random(5353)
out = {}
for src, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 1
            and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    if src == 'reuters21578':
        elig = [r for r in elig if ok_reuters(r)]
    out[src] = elig[:n]
if __name__ == '__main__':
    for src, _ in FILES:
        for r in out[src]:
            print(src, r['id'], r['title'], sep='\t')
