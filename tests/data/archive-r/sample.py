"""Seeded candidate sampling for archive-r.
Slice: in each corpus file, records whose 0-based line number % 3 == 1.
Excludes every (source,id) in /work/gold/used_articles.tsv and any record whose text equals a listed one's.
Candidates drawn with random.Random(6767): one RNG, shuffling reuters, then bbc, then agnews slice lists in that order.
Prints the first N candidates per file (reuters 150, bbc 60, agnews 60) for manual fact-rich picking."""
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
    recs[src] = [json.loads(l) for l in open(C + fn)]
used_texts = set()
for src, _, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])
rng = random.Random(6767)
out = {}
for src, fn, n in FILES:
    cand = [r for i, r in enumerate(recs[src]) if i % 3 == 1 and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(cand)
    out[src] = cand[:n]
if __name__ == '__main__':
    for src, fn, n in FILES:
        for r in out[src]:
            print(src, r['id'], len(r['text']), r['title'][:80] if r['title'] else None, sep='\t')
