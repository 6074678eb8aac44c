#!/usr/bin/env python3
"""s.py PAT1 [PAT2 ...] : articles (all 3 files) matching ALL regexes (case-insens.); prints hits + snippet around the LAST pattern.
options: -n only count; -w N window"""
import json,re,sys
C='/work/shared/corpora/'
args=sys.argv[1:]; only=False; w=150
if args and args[0]=='-n': only=True; args=args[1:]
if args and args[0]=='-w': w=int(args[1]); args=args[2:]
pats=[re.compile(a,re.I) for a in args]
n=0
MAXP=25
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' || '+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if not only and n<=MAXP:
                out=[]
                for m in list(pats[-1].finditer(t))[:2]:
                    out.append(t[max(0,m.start()-w):m.end()+w].replace('\n',' '))
                print(f"## {f} {r['id']} {r['date']} | {r['title']}")
                for o in out: print('   ..',o)
print('HITS',n)
