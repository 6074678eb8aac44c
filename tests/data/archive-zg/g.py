#!/usr/bin/env python3
# g.py PATTERN [PATTERN2 ...]: regex (case-insens.) all of which must match the text; prints hit count + ids + snippet of first pattern
import json, sys, re
C = '/work/shared/corpora/'
pats = [re.compile(p, re.I) for p in sys.argv[1:]]
n = 0; out = []
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r = json.loads(l); t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in pats):
            n += 1
            m = pats[0].search(t); s = t[max(0,m.start()-100):m.end()+100].replace('\n',' ')
            out.append(f"{f}:{r['id']} {r['date']} | {s}")
print(f"HITS {n}")
for o in out[:40]: print(o)
