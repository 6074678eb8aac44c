#!/usr/bin/env python3
# usage: g.py [-n N] [-c CTX] PAT1 [PAT2 ...]  -> articles (all 3 files) whose text+title match ALL regexes (case-insens.)
import json,re,sys
args=sys.argv[1:]; N=15; CTX=150
while args and args[0] in('-n','-c'):
    if args[0]=='-n': N=int(args[1])
    else: CTX=int(args[1])
    args=args[2:]
pats=[re.compile(p,re.I) for p in args]
hits=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/%s.jsonl'%f):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats): hits.append((f,r,t))
print('HITS',len(hits))
for f,r,t in hits[:N]:
    snips=[]
    for p in pats[-1:]:
        m=p.search(t); s=max(0,m.start()-CTX); snips.append(t[s:m.end()+CTX].replace('\n',' '))
    print('--',f,r['id'],r['date'],'|',' ... '.join(snips))
