"""Seeded candidate sampling for archive-j.
Slice: records whose 0-based line number % 3 == 2 in each corpus file.
Excludes articles listed in /work/gold/used_articles.tsv and any whose text equals a listed one's.
Shuffles each file's eligible slice with one random.Random(5353) (files in order reuters, bbc, agnews)
and writes the first N candidates per file (Reuters 150, BBC 60, AG News 60) to candidates.tsv,
in draw order. Articles were then picked by hand, in draw order, for fact richness
(earnings tables and very short bodies skipped)."""
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
    recs[src] = [json.loads(l) for l in open(C + fn)]
used_texts = set(r['text'] for src in recs for r in recs[src] if (src, r['id']) in used)
rng = random.Random(5353)
out = []
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 2
            and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    for k, r in enumerate(elig[:n]):
        out.append((src, r['id'], k, len(r['text']), r['title'] or ''))
with open('candidates.tsv', 'w') as f:
    for o in out:
        f.write('\t'.join(str(x) for x in o) + '\n')
print(len(out))
