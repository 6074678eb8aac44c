#!/usr/bin/env python3
"""s.py [-n] PAT [PAT ...]: articles (all three files) whose title+text match ALL regexes (case-insensitive).
Prints total hit count, and (unless -n) each hit id with a snippet around the LAST pattern."""
import json, re, sys
C='/work/shared/corpora/'
args=sys.argv[1:]; quiet=False; width=150
if args and args[0]=='-n': quiet=True; args=args[1:]
pats=[re.compile(a, re.I) for a in args]
tot=0; out=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); t=(r['title'] or '')+' \n '+r['text']
        if all(p.search(t) for p in pats):
            tot+=1
            if not quiet:
                m=pats[-1].search(t); a=max(0,m.start()-width); 
                out.append(f"{f} {r['id']} {r['date']}: ..."+t[a:m.end()+width].replace('\n',' ')+"...")
print('HITS', tot)
for o in out[:40]: print(o)
if len(out)>40: print('...more', len(out)-40)
