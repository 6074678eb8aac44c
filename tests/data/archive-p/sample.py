"""Seeded candidate sampling for archive-p.
Slice: records whose 0-based line number % 3 == 2 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text equals a listed one's.
Candidates are drawn with random.Random(2727): each source's eligible slice is shuffled
(sources processed in the order reuters21578, bbc, agnews with one shared RNG) and the first N
kept (N = 150 / 60 / 60). Reuters candidates must have >= 500 chars and must not look like an earnings
table (more than 30% of paragraphs shorter than 40 chars). Articles were then hand-picked from these
candidates, in shuffled order, for fact richness.
Usage: python3 sample.py  -> writes candidates.tsv (source, id, rank, title)
"""
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
for src, fn, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])

def ok(src, r):
    if (src, r['id']) in used or r['text'] in used_texts:
        return False
    if src == 'reuters21578':
        t = r['text']
        if len(t) < 500:
            return False
        paras = [p for p in t.split('\n\n') if p.strip()]
        if sum(len(p) < 40 for p in paras) > 0.3 * len(paras):
            return False
    return True

rng = random.Random(2727)
out = []
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 2 and ok(src, r)]
    rng.shuffle(elig)
    for k, r in enumerate(elig[:n]):
        out.append((src, r['id'], k, r['title'] or ''))
with open('candidates.tsv', 'w', encoding='utf-8') as f:
    for row in out:
        f.write('\t'.join(map(str, row)) + '\n')
print(len(out), 'candidates')
