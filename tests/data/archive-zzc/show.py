#!/usr/bin/env python3
import json, sys
CORP = '/work/shared/corpora/'
src = sys.argv[1]; ids = sys.argv[2:]
recs = {}
for l in open(CORP + src + '.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r
for i in ids:
    r = recs[i]
    print('=====', src, i, r['date'], '|', r['title']); print(r['text']); print()
