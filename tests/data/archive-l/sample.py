#!/usr/bin/env python3
"""Draw candidate articles for archive-l.

Slice: records whose 0-based line number in each corpus file is congruent to 1 modulo 3.
Excluded: any (source, id) in /work/gold/used_articles.tsv, and any record whose text equals
the text of a listed record (in any file).
Sampling: one random.Random(6464); for each file in the fixed order reuters21578, bbc, agnews,
the eligible slice records are shuffled with rng.shuffle (after sorting by line number), and the
first N of the shuffled order are written to candidates_<source>.txt (N = 150 / 60 / 60).
Reuters candidates additionally must have text of at least 500 characters and must not look
like an earnings table (>= 40% of paragraphs shorter than 40 characters); this filter is applied
before shuffling so the draw is reproducible.  Articles were then picked by hand for fact-richness
from the top of each candidate list (roughly the first 55 Reuters, 40 BBC and 40 AG News candidates).
"""
import json, random

CORP = '/work/shared/corpora/'
FILES = [('reuters21578', 150), ('bbc', 60), ('agnews', 60)]

used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))

recs = {}
for src, _ in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + src + '.jsonl', encoding='utf-8')]
used_texts = set()
for src, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])

def tableish(text):
    paras = text.split('\n\n')
    short = sum(1 for p in paras if len(p) < 40)
    return len(paras) >= 3 and short / len(paras) >= 0.4

rng = random.Random(6464)
for src, n in FILES:
    elig = []
    for i, r in enumerate(recs[src]):
        if i % 3 != 1:
            continue
        if (src, r['id']) in used or r['text'] in used_texts:
            continue
        if src == 'reuters21578' and (len(r['text']) < 500 or tableish(r['text'])):
            continue
        elig.append((i, r))
    rng.shuffle(elig)
    with open('candidates_%s.txt' % src, 'w') as f:
        for i, r in elig[:n]:
            f.write('%d\t%s\t%s\n' % (i, r['id'], (r['title'] or '')[:90]))
    print(src, 'eligible', len(elig), 'written', min(n, len(elig)))
