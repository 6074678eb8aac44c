#!/usr/bin/env python3
"""g.py [-n] [-c N] regex1 [regex2 ...]: articles (all 3 files) whose title+text match ALL regexes (case-insens).
Prints count and, for each hit, source id date and a snippet around first regex. -n: count only."""
import json,re,sys
args=sys.argv[1:]; only=False; ctx=150
if args and args[0]=='-n': only=True; args=args[1:]
if args and args[0]=='-c': ctx=int(args[1]); args=args[2:]
pats=[re.compile(a,re.I) for a in args]
C='/work/shared/corpora/'
hits=[]
for fn in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+fn):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats): hits.append(r)
print('HITS',len(hits))
if not only:
    for r in hits[:40]:
        t=(r['title'] or '')+' \n '+r['text']; m=pats[-1].search(t)
        s=max(0,m.start()-ctx); print('--',r['source'],r['id'],r['date'],'|',t[s:m.end()+ctx].replace('\n',' '))
