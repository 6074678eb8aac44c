#!/usr/bin/env python3
"""s.py [-c N] TERM [TERM...]: articles in all three files whose text (or title) matches ALL regex terms (case-insensitive).
Prints count and, per hit, source id title, plus context of first term."""
import json,re,sys
C='/work/shared/corpora/'
args=sys.argv[1:]; ctx=80; maxshow=25
if args and args[0]=='-c': ctx=int(args[1]); args=args[2:]
if args and args[0]=='-n': maxshow=int(args[1]); args=args[2:]
pats=[re.compile(a,re.I) for a in args]
n=0
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); t=(r['title'] or '')+'\n'+r['text']
        if all(p.search(t) for p in pats):
            n+=1
            if n<=maxshow:
                m=pats[-1].search(t); s=t[max(0,m.start()-ctx):m.end()+ctx].replace('\n',' ')
                print(f"{f}\t{r['id']}\t{r['date']}\t{(r['title'] or '')[:60]}\n    ...{s}...")
print('HITS',n)
