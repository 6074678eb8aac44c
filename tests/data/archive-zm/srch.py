#!/usr/bin/env python3
"""usage: srch.py REGEX [REGEX ...]  -> articles (all 3 files) matching ALL regexes (case-insensitive); shows snippet around first regex's... last regex"""
import json,sys,re
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=25:
                m=pats[-1].search(t)
                print(f"{f}\t{r['id']}\t{r['date']}\t...{t[max(0,m.start()-150):m.end()+150]!r}")
print('HITS',n)
