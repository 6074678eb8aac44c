#!/usr/bin/env python3
"""usage: srch.py PAT [PAT...]  -- articles (all 3 files) whose title+text match ALL regexes (case-insens.);
prints hit count and a snippet around the LAST pattern's match. -n: count only. -w N: snippet width"""
import json,re,sys
C='/work/shared/corpora/'
args=sys.argv[1:]; only=False; w=150; maxshow=15
rest=[]
while args:
    a=args.pop(0)
    if a=='-n': only=True
    elif a=='-w': w=int(args.pop(0))
    elif a=='-m': maxshow=int(args.pop(0))
    else: rest.append(a)
args=rest
pats=[re.compile(p,re.I) for p in args]
hits=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats): hits.append((f,r,t))
print('HITS',len(hits),'for',args)
if not only:
    for f,r,t in hits[:maxshow]:
        m=list(pats[-1].finditer(t))[0]
        s=t[max(0,m.start()-w):m.end()+w].replace('\n',' ')
        print(' -',f,r['id'],r['date'],'|',s)
