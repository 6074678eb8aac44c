#!/usr/bin/env python3
"""Seeded candidate draw for archive-w.
Slice: in each corpus file, records whose 0-based line number % 3 == 0.
Excluded: any (source, id) in /work/gold/used_articles.tsv, and any record whose text
equals the text of a listed record. Candidates are shuffled with ONE random.Random(3131)
instance, files processed in the order reuters21578, bbc, agnews; the first N of each
shuffled list are written to candidates.tsv (Reuters 150, BBC 60, AG News 60) and
articles were then picked by hand, in candidate order, for fact richness."""
import json, random
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
rng = random.Random(3131)
with open('candidates.tsv', 'w') as out:
    out.write('source\tid\tline\tchars\ttitle\n')
    for src, fn, n in FILES:
        pool = [(i, r) for i, r in enumerate(recs[src])
                if i % 3 == 0 and (src, r['id']) not in used and r['text'] not in used_texts]
        rng.shuffle(pool)
        for i, r in pool[:n]:
            out.write(f"{src}\t{r['id']}\t{i}\t{len(r['text'])}\t{(r['title'] or '')[:80]}\n")
print('done')
