#!/usr/bin/env python3
"""s.py [-c] PAT [PAT...]: articles (all 3 files) whose text+title match ALL regexes (case-insens).
Prints count and per hit source/id + snippet around first pattern. -c: count only. -t: print full text"""
import json, re, sys
args = sys.argv[1:]; cnt = '-c' in args; full='-t' in args
args = [a for a in args if a not in ('-c','-t')]
pats = [re.compile(a, re.I) for a in args]
C = '/work/shared/corpora/'
hits = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in pats):
            hits.append((f, r, t))
print('HITS', len(hits))
if not cnt:
    for f, r, t in hits[:40]:
        if full: print('==', f, r['id'], r['date'], r['title']); print(r['text']); continue
        m = pats[-1].search(t); a = max(0, m.start()-150)
        print(f, r['id'], r['date'], '|', t[a:m.end()+150].replace('\n', ' '))
