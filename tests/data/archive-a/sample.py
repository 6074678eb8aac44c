#!/usr/bin/env python3
"""Reproduce the seeded candidate sample this set was hand-picked from (seed 2718).
Pools: Reuters records at 0-based line positions 0..9520 (inclusive) of reuters21578.jsonl, and BBC records
whose id starts with business/ or politics/; both minus articles listed in /work/gold/used_articles.tsv and
minus any record whose text is identical to a listed article's text.
Then random.Random(2718): first .sample(reuters_pool, 300), then .sample(bbc_pool, 120). Prints the candidates."""
import json, random
C = '/work/shared/corpora/'
used = set()
for l in open('/work/gold/used_articles.tsv').read().splitlines()[1:]:
    s, i = l.split('\t'); used.add((s, i))
recs = {f: [json.loads(l) for l in open(C + f + '.jsonl')] for f in ['reuters21578', 'bbc', 'agnews']}
usedtext = {r['text'] for f in recs for r in recs[f] if (f, r['id']) in used}
ok = lambda f, r: (f, r['id']) not in used and r['text'] not in usedtext
reu = [(p, r) for p, r in enumerate(recs['reuters21578']) if p <= 9520 and ok('reuters21578', r)]
bbc = [r for r in recs['bbc'] if r['id'].split('/')[0] in ('business', 'politics') and ok('bbc', r)]
print('pool sizes: reuters', len(reu), 'bbc', len(bbc))
rng = random.Random(2718)
rs = rng.sample(reu, 300)
bs = rng.sample(bbc, 120)
for p, r in rs: print('reuters21578', r['id'], 'line', p, r['title'])
for r in bs: print('bbc', r['id'], r['title'])
