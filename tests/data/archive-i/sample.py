"""Seeded candidate sampling for the archive-i gold set.
Slice: records whose 0-based line number % 3 == 1 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text equals a listed one's.
Draws with random.Random(4242): shuffles each file's eligible slice and takes the first N
(reuters 120, bbc 50, agnews 40) as candidates, from which fact-rich ones were picked by hand."""
import json, random
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 120), ('bbc', 'bbc.jsonl', 50), ('agnews', 'agnews.jsonl', 40)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2 and p[0] != 'source':
        used.add((p[0], p[1]))
recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(C + fn)]
used_texts = set()
for src in recs:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(4242)
out = []
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 1 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for r in elig[:n]:
        out.append((src, r['id']))
if __name__ == '__main__':
    for src, i in out:
        print(src + '\t' + i)
