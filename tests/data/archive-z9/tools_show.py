#!/usr/bin/env python3
# helper: print articles: tools_show.py source id [id...]
import json, sys
src = sys.argv[1]; ids = set(sys.argv[2:])
for l in open('/work/shared/corpora/%s.jsonl' % src):
    r = json.loads(l)
    if r['id'] in ids:
        print('=== %s %s %s | %s' % (src, r['id'], r['date'], r['title'])); print(r['text']); print()
