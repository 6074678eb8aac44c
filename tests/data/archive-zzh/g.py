#!/usr/bin/env python3
"""g.py PATTERN [PATTERN2 ...] : case-insensitive regex search over all three files;
an article matches if it matches ALL patterns. Prints count and snippets around first pattern."""
import json, re, sys
C='/work/shared/corpora/'
pats=[re.compile(p, re.I) for p in sys.argv[1:]]
show = int(__import__('os').environ.get('SHOW','12'))
n=0
for fn in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+fn):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=show:
                m=pats[-1].search(t); s=max(0,m.start()-150)
                print(f"-- {r['source']} {r['id']} {r['date']} | {r['title']}\n   ...{t[s:m.end()+150]!r}")
print('HITS', n)
