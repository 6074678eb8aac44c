#!/usr/bin/env python3
"""srch.py PATTERN [PATTERN2 ...] : case-insensitive regex search of all three corpus files.
Articles must match ALL patterns; prints count and snippets around first pattern."""
import json, re, sys
C='/work/shared/corpora/'
pats=[re.compile(p, re.I) for p in sys.argv[1:]]
n=0
for fn in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+fn):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=int(__import__('os').environ.get('MAXN','25')):
                ms=[m for m in pats[-1].finditer(t)][:3]
                snip=' ... '.join(t[max(0,m.start()-110):m.end()+110].replace('\n',' ') for m in ms)
                print(f"[{r['source']} {r['id']} {r['date']}] {snip}")
print('HITS',n)
