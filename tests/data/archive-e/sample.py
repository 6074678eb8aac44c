#!/usr/bin/env python3
"""Reproduce the seeded candidate sample archive-e was hand-picked from (seed 5505).
Pools (in file order): Reuters records at 0-based line positions 9521..end (inclusive) of reuters21578.jsonl;
all AG News records; BBC records whose id starts with sport/, entertainment/ or tech/. Each pool excludes
articles listed in /work/gold/used_articles.tsv and any record whose text is identical to a listed article's text.
Then random.Random(5505): first .sample(reuters_pool, 300), then .sample(agnews_pool, 200), then
.sample(bbc_pool, 150). Prints the candidates (source, id, position/title)."""
import json, random
C = '/work/shared/corpora/'
used = set()
for l in open('/work/gold/used_articles.tsv').read().splitlines()[1:]:
    s, i = l.split('\t'); used.add((s, i))
recs = {f: [json.loads(l) for l in open(C + f + '.jsonl')] for f in ['reuters21578', 'bbc', 'agnews']}
usedtext = {r['text'] for f in recs for r in recs[f] if (f, r['id']) in used}
ok = lambda f, r: (f, r['id']) not in used and r['text'] not in usedtext
reu = [(p, r) for p, r in enumerate(recs['reuters21578']) if p >= 9521 and ok('reuters21578', r)]
agn = [r for r in recs['agnews'] if ok('agnews', r)]
bbc = [r for r in recs['bbc'] if r['id'].split('/')[0] in ('sport', 'entertainment', 'tech') and ok('bbc', r)]
if __name__ == '__main__':
    print('pool sizes: reuters', len(reu), 'agnews', len(agn), 'bbc', len(bbc))
rng = random.Random(5505)
rs = rng.sample(reu, 300)
ags = rng.sample(agn, 200)
bs = rng.sample(bbc, 150)
if __name__ == '__main__':
    for p, r in rs: print('reuters21578', r['id'], 'line', p, r['title'])
    for r in ags: print('agnews', r['id'], r['title'])
    for r in bs: print('bbc', r['id'], r['title'])
