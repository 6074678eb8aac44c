#!/usr/bin/env python3
"""g.py PAT [PAT...] : records (all 3 files) whose text+title match ALL regexes (case-insens). Prints count + snippets of first PAT."""
import json,re,sys
C='/work/shared/corpora/'
args=sys.argv[1:]
if len(args)==1: args=args[0].split(';')
pats=[re.compile(p,re.I) for p in args]
n=0
for src in ['reuters21578','bbc','agnews']:
    for l in open(C+src+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=40:
                m=pats[-1].search(t); s=max(0,m.start()-150)
                print(f"[{src} {r['id']} {r['date']}] ..."+t[s:m.end()+150].replace('\n',' ')+'...')
print('COUNT',n)
