#!/usr/bin/env python3
"""search helper: s.py REGEX [REGEX2 ...] -> articles (all 3 files) matching ALL regexes (case-insensitive); prints snippets of first regex"""
import json,sys,re
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0
for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    for l in open(C+fn):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=40:
                m=pats[-1].search(t); a=max(0,m.start()-150)
                print(f"[{src} {r['id']} {r['date']}] {r['title']}\n   ...{t[a:m.end()+150]!r}")
print('HITS',n)
