#!/usr/bin/env python3
"""srch.py [-v] REGEX [REGEX...]: articles (all 3 files) whose title+text match ALL regexes (case-insensitive).
Prints hit count and ids; with -v a snippet around the last regex."""
import json,re,sys
CORP='/work/shared/corpora/'
args=sys.argv[1:]; v=False
if args and args[0]=='-v': v=True; args=args[1:]
pats=[re.compile(p,re.I) for p in args]
hits=[]
for s in ['reuters21578','bbc','agnews']:
    for l in open(CORP+s+'.jsonl',encoding='utf-8'):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats):
            m=pats[-1].search(t); a=max(0,m.start()-110)
            hits.append((s,r['id'],t[a:m.end()+110].replace('\n',' ')))
print('HITS',len(hits),'|',' & '.join(args), '|', ' '.join(h[0][:1]+':'+h[1] for h in hits[:40]))
if v:
    for h in hits[:15]: print('    ',h[0]+':'+h[1],'::',h[2])
