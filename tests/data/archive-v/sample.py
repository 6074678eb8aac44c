"""Rerunnable candidate sampler for archive-v.

Slice: in each of the three corpus files, only records whose 0-based line number % 3 == 2.
Excluded: any article listed in /work/gold/used_articles.tsv (source + id), and any article whose
text is identical to the text of a listed article.
Sampling: random.Random(7979); the eligible records of each file are shuffled with that single
generator (reuters first, then bbc, then agnews) and the first N of each shuffled list are written
as candidates (N = 200 Reuters, 80 BBC, 60 AG News) to candidates_<source>.jsonl (not part of the set).
Articles were then picked by hand from the front of each candidate list (fact-rich ones first).
"""
import json, random

CORP = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 200), ('bbc', 'bbc.jsonl', 80), ('agnews', 'agnews.jsonl', 60)]

used = set()
for line in open('/work/gold/used_articles.tsv'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 2:
        used.add((p[0], p[1]))

# texts of used articles
recs = {}
for src, fn, _ in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + fn)]
used_texts = set()
for src, _, _ in FILES:
    for r in recs[src]:
        if (src, r['id']) in used:
            used_texts.add(r['text'])

rng = random.Random(7979)
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(recs[src]) if i % 3 == 2
            and (src, r['id']) not in used and r['text'] not in used_texts]
    rng.shuffle(elig)
    with open(f'candidates_{src}.jsonl', 'w') as f:
        for r in elig[:n]:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(src, len(elig), 'eligible;', n, 'candidates written')
