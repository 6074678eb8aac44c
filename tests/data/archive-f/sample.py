"""Seeded candidate sampling for archive-f.
Rerun: python3 sample.py  -> writes candidates.tsv (source, id, length, title)
Seed: random.Random(8080). One RNG, sources drawn in the order reuters21578, bbc, agnews.
Each source's eligible ids (not in /work/gold/used_articles.tsv, text not identical to a used
article's text, text >= 400 chars for Reuters/BBC to skip tables/briefs) are sorted in file order and
rng.sample() draws 150 Reuters, 60 BBC, 45 AG News candidates. Articles were then picked by hand from
these candidates, in sampled order, preferring fact-rich ones (about 60% / 25% / 15%)."""
import json, random
C = '/work/shared/corpora/'
FILES = [('reuters21578', 'reuters21578.jsonl', 150, 400),
         ('bbc', 'bbc.jsonl', 60, 400),
         ('agnews', 'agnews.jsonl', 45, 0)]
used = set()
for line in open('/work/gold/used_articles.tsv'):
    s, i = line.rstrip('\n').split('\t')[:2]
    used.add((s, i))
arts = {}
for src, fn, _, _ in FILES:
    arts[src] = [json.loads(l) for l in open(C + fn)]
used_texts = {a['text'] for src in arts for a in arts[src] if (src, a['id']) in used}
rng = random.Random(8080)
out = []
for src, fn, n, minlen in FILES:
    elig = [a for a in arts[src] if (src, a['id']) not in used and a['text'] not in used_texts
            and len(a['text']) >= minlen]
    for a in rng.sample(elig, n):
        out.append((src, a['id'], len(a['text']), a['title'] or ''))
with open('candidates.tsv', 'w') as f:
    for r in out:
        f.write('\t'.join(map(str, r)) + '\n')
print(len(out), 'candidates written')
