"""Draw candidate articles for archive-q (slice: 0-based line number % 3 == 0).

Rerun: python3 sample.py  -> writes candidates.jsonl (in draw order) and prints a summary.
Method: for each file (in the fixed order reuters21578, bbc, agnews) collect the slice's records,
drop those listed in /work/gold/used_articles.tsv or whose text equals a listed article's text,
drop very short texts and earnings-table-like texts (many short 'vs' rows), then shuffle the eligible
list with ONE shared random.Random(4141) (seeded once, files shuffled in that order) and keep the first
N of each (reuters 150, bbc 60, agnews 60). Articles were then picked by hand from these candidates,
roughly in draw order, preferring fact-rich ones.
"""
import json, random

CORP = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 150), ('bbc', 'bbc.jsonl', 60), ('agnews', 'agnews.jsonl', 60)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))

# texts of used articles
used_texts = set()
allrecs = {}
for src, fn, _ in FILES:
    recs = [json.loads(l) for l in open(CORP + fn)]
    allrecs[src] = recs
    for r in recs:
        if (src, r['id']) in used:
            used_texts.add(r['text'])

def tableish(t):
    paras = t.split('\n\n')
    short_vs = sum(1 for p in paras if ' vs ' in p and len(p) < 80)
    return short_vs >= 3

rng = random.Random(4141)
out = []
for src, fn, n in FILES:
    elig = []
    for i, r in enumerate(allrecs[src]):
        if i % 3 != 0:
            continue
        if (src, r['id']) in used or r['text'] in used_texts:
            continue
        minlen = 120 if src == 'agnews' else 400
        if len(r['text']) < minlen or tableish(r['text']):
            continue
        elig.append((i, r))
    rng.shuffle(elig)
    for i, r in elig[:n]:
        out.append({'line': i, **r})
    print(src, 'eligible', len(elig), 'drawn', min(n, len(elig)))
with open('candidates.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
