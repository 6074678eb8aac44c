"""Seeded candidate sampling for archive-u.

Slice: in each corpus file, records whose 0-based line number % 3 == 1.
Excludes every (source, id) in /work/gold/used_articles.tsv and any record whose
text is identical to a listed article's text.
One random.Random(5353) generator is used; for each file in the fixed order
reuters21578, bbc, agnews the eligible slice records are shuffled (rng.shuffle)
and the first N are written as candidates (N = 200, 60, 80).
Light filter applied AFTER shuffling (order preserved): Reuters texts >= 400 chars
and not earnings tables (fewer than 3 lines starting with Shr/Net/Revs/Qtr);
BBC all; AG News all.  Hand picking is then done in candidate order.
"""
import json, random
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 200),
         ('bbc', 'bbc.jsonl', 60),
         ('agnews', 'agnews.jsonl', 80)]
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

def is_table(t):
    n = sum(1 for para in t.split('\n\n') if para.strip().split(' ')[0] in ('Shr', 'Net', 'Revs', 'Qtr', 'Oper', 'Avg'))
    return n >= 3

rng = random.Random(5353)
out = []
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 1
            and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    if src == 'reuters21578':
        elig = [r for r in elig if len(r['text']) >= 400 and not is_table(r['text'])]
    for r in elig[:n]:
        out.append(r)
with open('candidates.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'candidates written')
