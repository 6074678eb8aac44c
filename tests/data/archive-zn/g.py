#!/usr/bin/env python3
"""Loose whole-archive search: g.py PAT1 [PAT2 ...] -> articles whose text+title matches ALL regexes (case-insensitive)."""
import json,re,sys
pats=[re.compile(p,re.I) for p in sys.argv[1:]]
n=0
for s in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/%s.jsonl'%s,encoding='utf-8'):
        r=json.loads(l); t=(r['title'] or '')+' \n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            m=pats[-1].search(t); a=max(0,m.start()-150)
            print(s,r['id'],r['date'],'|',t[a:m.end()+150].replace('\n',' '))
print('HITS',n)
