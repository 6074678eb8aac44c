#!/usr/bin/env python3
"""search: s.py REGEX [REGEX2 ...]  -> articles (all 3 files) matching ALL regexes (case-insens.), count + snippets of first regex"""
import json,re,sys
C='/work/shared/corpora/'
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' \n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=15:
                m=pats[-1].search(t); s=max(0,m.start()-100)
                print(f"{f}:{r['id']}", r['date'], '|', t[s:m.end()+100].replace('\n',' '))
print('HITS',n)
