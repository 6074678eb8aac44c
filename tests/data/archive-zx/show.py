#!/usr/bin/env python3
import json, sys
C = '/work/shared/corpora/'
want = [tuple(a.split(':',1)) for a in sys.argv[1:]]
idx = {}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r = json.loads(l); idx[(f, r['id'])] = r
for f,i in want:
    f = {'r':'reuters21578','b':'bbc','a':'agnews'}.get(f,f)
    r = idx[(f,i)]
    print('=====', f, i, r['date'], '|', r['title']); print(r['text']); print()
