#!/usr/bin/env python3
import json, sys
C = '/work/shared/corpora/'
src = sys.argv[1]; ids = sys.argv[2:]
want = set(ids)
for l in open(C + src + '.jsonl', encoding='utf-8'):
    r = json.loads(l)
    if r['id'] in want:
        print('=====', src, r['id'], r['date'], '|', r['title'])
        print(r['text']); print()
