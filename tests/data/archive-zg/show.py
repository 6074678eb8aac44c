#!/usr/bin/env python3
import json, sys
C = '/work/shared/corpora/'
idx = {}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r = json.loads(l); idx[(f, r['id'])] = r
src = {'r':'reuters21578','b':'bbc','a':'agnews'}
for a in sys.argv[1:]:
    s, i = a.split(':',1); s = src.get(s, s)
    r = idx[(s,i)]
    print(f"=== {s}:{i} | {r['date']} | {r['title']}\n{r['text']}\n")
